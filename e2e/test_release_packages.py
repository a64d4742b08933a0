"""What `python build.py release` hands to the stores and to organisations (dist/release/), checked
the way they will use it: the store zips installed in Chromium and Firefox check a draft on a
replica site and hold its send for the panel; a CRX signed with a throwaway key is a valid CRX3
holding exactly the Chrome Web Store zip, under the ID update.xml names; the screenshots show
the underline and the panel; and, only when the run may write Chromium's managed-policy folder,
Chromium installs the CRX by itself from that policy.

`python build.py test` makes dist/release/ just before the browser tests. Run alone, these tests
use dist/release/ as it is, or make a release in a temporary folder when there is none.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import shutil
import subprocess
import threading
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from builder import crx3, release
from core import __version__
from e2e import sites
from e2e.browsers import (
    CHROMIUM_ARGS,
    SYSTEM_POLICY_DIR,
    chromium_executable,
    skip_unless_system_policy_allowed,
)
from e2e.closed_ui import BADGE_STATE, DIALOG, MARKS, accessible_dialog, wait_ui
from e2e.composers import WHATSAPP_CHAT
from e2e.conftest import _chromium, _firefox
from e2e.https_sites import HttpsSites, loopback_address
from e2e.png import png_size, read_png
from e2e.tabs import ChromiumTab, FirefoxTab
from e2e.test_extension_send import DRAFT, sent

ROOT = Path(__file__).resolve().parents[1]
CHROME_ZIP = f"{release.STORES['chrome']}/{release.file_name('chrome')}"
FIREFOX_ZIP = f"{release.STORES['firefox']}/{release.file_name('firefox')}"
SERIOUS_UNDERLINE = (185, 28, 28)  # #b91c1c, .mark.sev-serious in content/ui_css.js


@pytest.fixture(scope="module")
def release_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = ROOT / "dist" / "release"
    record = made / "release.json"
    if record.exists() and json.loads(record.read_text("utf-8"))["version"] == __version__:
        return made
    dist = tmp_path_factory.mktemp("release-dist")
    return release.release(release.ReleaseOptions(), dist)


@pytest.fixture(scope="module")
def throwaway_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    key = tmp_path_factory.mktemp("crx-key") / "organisation.pem"
    subprocess.run(
        [
            "openssl",
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
            key,
        ],
        capture_output=True,
        check=True,
    )
    return key


@pytest.fixture(scope="module")
def self_hosted(
    release_dir: Path, throwaway_key: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The Chrome self-hosting files, made as `--crx-key` makes them, from the store's zip."""
    out = tmp_path_factory.mktemp("self-hosted")
    options = release.ReleaseOptions(throwaway_key, f"http://{loopback_address()}:1/tbyp/")
    assert release.self_hosted_chrome(options, release_dir / CHROME_ZIP, out)
    return out


def test_the_release_is_what_release_json_lists(release_dir: Path) -> None:
    record = json.loads((release_dir / "release.json").read_text("utf-8"))
    assert record["version"] == __version__
    for name, digest in record["files"].items():
        assert hashlib.sha256((release_dir / name).read_bytes()).hexdigest() == digest, name
    for store in release.STORES.values():
        for locale in release.locales():
            folder = release_dir / store / "listing" / locale
            for name in (*release.SCREENSHOTS, release.PROMO_TILE, release.ICON):
                assert (folder / name).is_file(), f"{store} {locale}: no {name}"
    for zip_name in (CHROME_ZIP, FIREFOX_ZIP):
        with zipfile.ZipFile(release_dir / zip_name) as archive:
            assert json.loads(archive.read("manifest.json"))["version"] == __version__
            assert b"testing: false" in archive.read("shared/build_flavour.js")


@pytest.fixture(scope="module")
def chromium_from_store_zip(
    tmp_path_factory: pytest.TempPathFactory, replica_build: Path, release_dir: Path
) -> Iterator[Any]:
    unpacked = tmp_path_factory.mktemp("chrome-web-store-zip")
    with zipfile.ZipFile(release_dir / CHROME_ZIP) as archive:
        archive.extractall(unpacked)
    yield from _chromium(tmp_path_factory, replica_build, unpacked)


@pytest.fixture(scope="module")
def firefox_from_amo_zip(https_sites: HttpsSites, release_dir: Path) -> Iterator[Any]:
    yield from _firefox(release_dir / FIREFOX_ZIP)


@pytest.fixture(params=["chromium", "firefox"])
def store_tab(request: pytest.FixtureRequest) -> Iterator[ChromiumTab | FirefoxTab]:
    if request.param == "chromium":
        page = request.getfixturevalue("chromium_from_store_zip").new_page()
        try:
            yield ChromiumTab(page)
        finally:
            page.close()
    else:
        yield FirefoxTab(request.getfixturevalue("firefox_from_amo_zip"))


def test_the_store_zips_check_a_draft_and_hold_its_send(
    store_tab: ChromiumTab | FirefoxTab,
) -> None:
    tab = store_tab
    WHATSAPP_CHAT.open(tab)
    tab.type(DRAFT)
    wait_ui(tab, f"{BADGE_STATE} === 'findings' && {MARKS} >= 1")
    WHATSAPP_CHAT.send_draft(tab)
    wait_ui(tab, DIALOG)
    assert sent(tab) == []
    dialog = accessible_dialog(tab)
    assert dialog is not None and dialog["name"] == "Think before you post"


def test_a_crx_signed_with_a_throwaway_key_is_the_store_zip_under_update_xmls_id(
    release_dir: Path, self_hosted: Path
) -> None:
    data = (self_hosted / release.crx_name()).read_bytes()
    app_id = crx3.verify_crx3(data)  # every proof's signature checked by openssl
    assert crx3.read_crx3(data).archive == (release_dir / CHROME_ZIP).read_bytes()
    namespace = {"g": "http://www.google.com/update2/response"}
    app = ET.parse(self_hosted / "update.xml").getroot().find("g:app", namespace)
    assert app is not None and app.get("appid") == app_id
    update = app.find("g:updatecheck", namespace)
    assert update is not None and update.get("version") == __version__
    assert str(update.get("codebase")).endswith(release.crx_name())
    policy = json.loads((self_hosted / "policy-linux.json").read_text("utf-8"))
    assert policy["ExtensionInstallForcelist"][0].startswith(f"{app_id};http")


def test_the_screenshots_show_the_underline_and_the_panel(release_dir: Path) -> None:
    shown = json.loads((release_dir / "screenshots.json").read_text("utf-8"))
    folder = release_dir / release.STORES["chrome"] / "listing" / "en_GB"
    for name in release.SCREENSHOTS:
        assert png_size(folder / name) == (1280, 800), name
    assert png_size(folder / release.PROMO_TILE) == (440, 280)

    # The underline: the bottom edge of each serious finding's mark is drawn in its red.
    marks = [m for m in shown["screenshot-1-underline.png"]["marks"] if m["serious"]]
    assert marks, "the first screenshot was taken with no serious finding underlined"
    underline = read_png(folder / release.SCREENSHOTS[0])
    for mark in marks:
        y = int(mark["y"] + mark["height"]) - 1
        xs = range(int(mark["x"]) + 3, int(mark["x"] + mark["width"]) - 3)
        red = [x for x in xs if near(underline.pixel(x, y), SERIOUS_UNDERLINE)]
        assert len(red) >= 0.9 * len(xs), f"no underline drawn under {mark}"

    # The panel: the dialog, named and with its buttons, white over the dimmed page.
    panel_shot = shown["screenshot-2-panel.png"]
    assert panel_shot["dialog"]["name"] == "Think before you post"
    assert panel_shot["dialog"]["buttons"] == ["Edit", "Remove identifiers", "Post anyway"]
    box = panel_shot["panel"]
    panel = read_png(folder / release.SCREENSHOTS[1])
    inside = [
        (int(box["x"]) + dx, int(box["y"]) + dy)
        for dx in (16, int(box["width"]) - 16)
        for dy in (16, int(box["height"]) - 16)
    ]
    assert all(near(panel.pixel(x, y), (255, 255, 255)) for x, y in inside)
    # The backdrop dims the page around it; the first screenshot has the same spot undimmed.
    corner = (5, 5)
    assert sum(panel.pixel(*corner)) < sum(underline.pixel(*corner)) - 150


def near(colour: tuple[int, int, int], wanted: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, wanted, strict=True))


# --- installed by Chromium through a managed policy --------------------------------------------


def installed_extension(context: Any, app_id: str) -> dict[str, Any] | None:
    """The extension as chrome://extensions-internals lists it, or None while it is not there."""
    page = context.new_page()
    try:
        page.goto("chrome://extensions-internals")
        listed = json.loads(page.inner_text("body"))
    finally:
        page.close()
    return next((e for e in listed if e["id"] == app_id), None)


class Files(http.server.SimpleHTTPRequestHandler):
    """Serves a folder, noting each path asked for and the answer's status on the server."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.server.requested.append((self.path.split("?")[0], int(code)))  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def policy_folder() -> Iterator[Path]:
    """Chromium's managed-policy folder, writable only when SYSTEM_POLICY_ENV says so;
    everything written there (and any folder made for it) is removed afterwards."""
    skip_unless_system_policy_allowed("installing through a managed policy")
    made = [p for p in (SYSTEM_POLICY_DIR, *SYSTEM_POLICY_DIR.parents) if not p.exists()]
    SYSTEM_POLICY_DIR.mkdir(parents=True, exist_ok=True)
    written = SYSTEM_POLICY_DIR / "think-before-you-post-test.json"
    try:
        yield written
    finally:
        written.unlink(missing_ok=True)
        for folder in made:  # deepest first
            shutil.rmtree(folder, ignore_errors=True)


def test_chromium_installs_the_crx_through_a_managed_policy(
    policy_folder: Path,
    release_dir: Path,
    replica_build: Path,
    throwaway_key: Path,
    tmp_path: Path,
) -> None:
    from playwright.sync_api import sync_playwright

    served = tmp_path / "served"
    served.mkdir()
    handler = functools.partial(Files, directory=str(served))
    server = http.server.ThreadingHTTPServer((loopback_address(), 0), handler)
    server.requested = []  # type: ignore[attr-defined]
    host_url = f"http://{loopback_address()}:{server.server_address[1]}/"
    options = release.ReleaseOptions(throwaway_key, host_url)
    app_id = release.self_hosted_chrome(options, release_dir / CHROME_ZIP, served)
    assert app_id
    policy_folder.write_text((served / "policy-linux.json").read_text("utf-8"), "utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(tmp_path / "profile"),
                executable_path=chromium_executable(),
                headless=True,
                # Extensions on, and background networking too (Playwright turns both off, and
                # our own flags the latter): the extension updater fetches a force-installed
                # extension. Every name but the loopback address is unreachable.
                args=[a for a in CHROMIUM_ARGS if a != "--disable-background-networking"]
                + [f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {loopback_address()}"],
                ignore_default_args=["--disable-extensions", "--disable-background-networking"],
            )
            try:
                # Chromium fetches update.xml, then the CRX, verifies and installs it. (Its
                # service worker runs once, unseen by Playwright, and a tab cannot be sent to its
                # pages: chrome://extensions-internals is where to see it.)
                deadline = time.monotonic() + 60
                while (installed := installed_extension(context, app_id)) is None:
                    assert time.monotonic() < deadline, "Chromium did not install the CRX"
                assert installed["location"] == "EXTERNAL_POLICY_DOWNLOAD", installed["location"]
                assert installed["registry_status"] == "ENABLED"
                assert installed["version"] == __version__
                # And it works: a draft on a replica site is underlined.
                sites.route_sites(context, replica_build)
                tab = ChromiumTab(context.new_page())
                WHATSAPP_CHAT.open(tab)
                tab.type(DRAFT)
                wait_ui(tab, f"{BADGE_STATE} === 'findings' && {MARKS} >= 1")
                # Installed from the policy's address: update.xml, then the CRX it names.
                assert server.requested[:2] == [  # type: ignore[attr-defined]
                    ("/update.xml", 200),
                    (f"/{release.crx_name()}", 200),
                ]
            finally:
                context.close()
    finally:
        server.shutdown()
        server.server_close()
