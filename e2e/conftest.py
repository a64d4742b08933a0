"""Fixtures for the browser tests: the replica sites, and each browser with the real dist/ build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from e2e import sites
from e2e.browsers import chromium_extension_id, launch_chromium, launch_firefox
from e2e.https_sites import HttpsSites, firefox_options
from e2e.tabs import Browser, ChromiumTab, FirefoxTab

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
GECKO_ID = "think-before-you-post@peer-support.invalid"
# A fixed internal UUID, so the add-on's pages are at the same moz-extension:// address every run.
FIREFOX_UUID = "5d0c1b3e-8a7f-4c52-9e61-3b2f7d4a9c10"


def flavour_js(testing: bool) -> str:
    """shared/build_flavour.js as the build writes it for each kind of build."""
    sys.path.insert(0, str(ROOT))
    from builder.flavours import RELEASE, TESTING
    from builder.generated import build_flavour_js

    return build_flavour_js(TESTING if testing else RELEASE)


@pytest.fixture(scope="session")
def dist() -> Path:
    """The testing build (`python build.py --testing`: an open shadow root and rule ids the tests
    read): `python build.py test` builds it first; built here if missing or a release build."""
    flavour = DIST / "chrome" / "shared" / "build_flavour.js"
    if (
        not flavour.exists()
        or flavour.read_text(encoding="utf-8") != flavour_js(True)
        or not (DIST / "think-before-you-post-firefox.zip").exists()
    ):
        subprocess.run([sys.executable, str(ROOT / "build.py"), "--testing"], cwd=ROOT, check=True)
    return DIST


@pytest.fixture(scope="session")
def release_dist(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The build users install (`python build.py`), for the tests that must run on it: the
    testing build with build.py's release flavour file, the one file in which the two differ."""
    out = tmp_path_factory.mktemp("release")
    for browser in ("chrome", "firefox"):
        shutil.copytree(dist / browser, out / browser)
        (out / browser / "shared" / "build_flavour.js").write_text(
            flavour_js(False), encoding="utf-8"
        )
    return out


@pytest.fixture(scope="session")
def replica_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sites.build_replicas(tmp_path_factory.mktemp("replicas"))


@pytest.fixture(scope="session")
def https_sites(replica_build: Path) -> Iterator[HttpsSites]:
    with HttpsSites(replica_build) as server:
        yield server


def _chromium(
    tmp_path_factory: pytest.TempPathFactory, replica_build: Path, extension: Path
) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = launch_chromium(
            playwright, tmp_path_factory.mktemp("chromium-profile"), extension_dir=extension
        )
        sites.route_sites(context, replica_build)
        context.extension_id = chromium_extension_id(context)
        try:
            yield context
        finally:
            context.close()


def _firefox(addon: Path) -> Iterator[Any]:
    driver = launch_firefox(
        firefox_options(), addon_path=addon, addon_id=GECKO_ID, addon_uuid=FIREFOX_UUID
    )
    driver.extension_base = f"moz-extension://{FIREFOX_UUID}/"
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def chromium_with_extension(
    tmp_path_factory: pytest.TempPathFactory, replica_build: Path, dist: Path
) -> Iterator[Any]:
    yield from _chromium(tmp_path_factory, replica_build, dist / "chrome")


@pytest.fixture(scope="module")
def firefox_with_extension(https_sites: HttpsSites, dist: Path) -> Iterator[Any]:
    yield from _firefox(dist / "think-before-you-post-firefox.zip")


@pytest.fixture(scope="module")
def chromium_release(
    tmp_path_factory: pytest.TempPathFactory, replica_build: Path, release_dist: Path
) -> Iterator[Any]:
    """Chromium with the build users install."""
    yield from _chromium(tmp_path_factory, replica_build, release_dist / "chrome")


@pytest.fixture(scope="module")
def firefox_release(https_sites: HttpsSites, release_dist: Path) -> Iterator[Any]:
    """Firefox with the build users install."""
    yield from _firefox(release_dist / "firefox")


@pytest.fixture(params=["chromium", "firefox"])
def tab(request: pytest.FixtureRequest) -> Iterator[ChromiumTab | FirefoxTab]:
    """The same test in both browsers, each with the real build installed."""
    if request.param == "chromium":
        page = request.getfixturevalue("chromium_with_extension").new_page()
        try:
            yield ChromiumTab(page)
        finally:
            page.close()
    else:
        yield FirefoxTab(request.getfixturevalue("firefox_with_extension"))


@pytest.fixture(params=["chromium", "firefox"])
def release_tab(request: pytest.FixtureRequest) -> Iterator[ChromiumTab | FirefoxTab]:
    """The same test in both browsers, each with the build users install."""
    if request.param == "chromium":
        page = request.getfixturevalue("chromium_release").new_page()
        try:
            yield ChromiumTab(page)
        finally:
            page.close()
    else:
        yield FirefoxTab(request.getfixturevalue("firefox_release"))


@pytest.fixture(params=["chromium", "firefox"])
def browser(request: pytest.FixtureRequest) -> Browser:
    """Each browser with the real build installed, for tests that open several tabs."""
    name = "chromium_with_extension" if request.param == "chromium" else "firefox_with_extension"
    return Browser(request.param, request.getfixturevalue(name))
