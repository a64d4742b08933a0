"""Fixtures for the browser tests: the replica sites, and each browser with the real dist/ build."""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def dist() -> Path:
    """The build users install: `python build.py test` builds it first; built here if missing."""
    if (
        not (DIST / "chrome" / "manifest.json").exists()
        or not (DIST / "think-before-you-post-firefox.zip").exists()
    ):
        subprocess.run([sys.executable, str(ROOT / "build.py"), "build"], cwd=ROOT, check=True)
    return DIST


@pytest.fixture(scope="session")
def replica_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sites.build_replicas(tmp_path_factory.mktemp("replicas"))


@pytest.fixture(scope="session")
def https_sites(replica_build: Path) -> Iterator[HttpsSites]:
    with HttpsSites(replica_build) as server:
        yield server


@pytest.fixture(scope="module")
def chromium_with_extension(
    tmp_path_factory: pytest.TempPathFactory, replica_build: Path, dist: Path
) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = launch_chromium(
            playwright, tmp_path_factory.mktemp("chromium-profile"), extension_dir=dist / "chrome"
        )
        sites.route_sites(context, replica_build)
        context.extension_id = chromium_extension_id(context)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def firefox_with_extension(https_sites: HttpsSites, dist: Path) -> Iterator[Any]:
    driver = launch_firefox(
        firefox_options(),
        addon_path=dist / "think-before-you-post-firefox.zip",
        addon_id=GECKO_ID,
        addon_uuid=FIREFOX_UUID,
    )
    driver.extension_base = f"moz-extension://{FIREFOX_UUID}/"
    try:
        yield driver
    finally:
        driver.quit()


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
def browser(request: pytest.FixtureRequest) -> Browser:
    """Each browser with the real build installed, for tests that open several tabs."""
    name = "chromium_with_extension" if request.param == "chromium" else "firefox_with_extension"
    return Browser(request.param, request.getfixturevalue(name))
