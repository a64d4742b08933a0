"""Fail open: when the engine is killed and cannot start, typing and sending work as if the
extension were absent, the badge says checks are unavailable, and the engine starts again the next
time someone clicks into a composer. Both browsers, the real build."""

from __future__ import annotations

import time
from typing import Any

from e2e.tabs import ChromiumTab
from e2e.test_extension_send import (
    BADGE,
    DIALOG,
    MARKS,
    NUMBER,
    SHADOW,
    WA_COMPOSER,
    WHATSAPP,
    Tab,
    sent,
    wait_for_check,
)

FIRST = "Morning all."
KILLED = f" Her NHS number is {NUMBER}."
AFTER = f"Later: her NHS number is {NUMBER}."

# Chromium: the engine lives in the offscreen document; close it, and make the service worker's
# route to it fail, as when the document cannot be created again.
CHROMIUM_KILL = """async () => {
  globalThis.__engine = TBYP.engine;
  const down = async () => ({ ok: false, status: "failed", error: "stopped by the test" });
  TBYP.engine = { request: down, warmUp: down, status: down };
  await chrome.offscreen.closeDocument();
  return true;
}"""
CHROMIUM_REVIVE = "() => { TBYP.engine = globalThis.__engine; return true; }"

# Firefox: the engine is a Worker of the background page; stop it, and point the host at a worker
# file that does not exist, so it cannot start again until the test puts the address back.
FIREFOX_KILL = """const done = arguments[arguments.length - 1];
browser.runtime.getBackgroundPage().then((bg) => {
  const host = bg.TBYP.engineHost;
  bg.__workerUrl = host.workerUrl;
  host.workerUrl = browser.runtime.getURL("engine/no-such-worker.js");
  if (host.worker) host.fail(host.worker, "stopped by the test");
  done(host.status);
});"""
FIREFOX_REVIVE = """const done = arguments[arguments.length - 1];
browser.runtime.getBackgroundPage().then((bg) => {
  bg.TBYP.engineHost.workerUrl = bg.__workerUrl;
  done(true);
});"""


def in_extension(tab: Tab, chromium: Any, script: str) -> None:
    """Run a script in the extension's background (Chromium) or one of its pages (Firefox)."""
    if isinstance(tab, ChromiumTab):
        chromium.service_workers[0].evaluate(script)
        return
    tab.in_extension_page(script)


def test_a_killed_engine_never_blocks_sending_and_restarts_on_focus(tab: Tab, request: Any) -> None:
    chromium = (
        request.getfixturevalue("chromium_with_extension") if isinstance(tab, ChromiumTab) else None
    )
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(FIRST)
    wait_for_check(tab, "clean")

    in_extension(tab, chromium, CHROMIUM_KILL if chromium else FIREFOX_KILL)
    tab.click(WA_COMPOSER)
    tab.press("Control+End")
    tab.type(KILLED)
    tab.wait_until(f"{BADGE}?.dataset.state === 'unavailable'", 30_000)
    assert tab.js(f"{MARKS}.length") == 0
    tab.press("Enter")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "whatsapp-carers", "text": FIRST + KILLED}]
    assert tab.js(f"Boolean({DIALOG})") is False
    assert "not available" in tab.js(f"{SHADOW}.querySelector('.toast')?.textContent ?? ''")

    in_extension(tab, chromium, CHROMIUM_REVIVE if chromium else FIREFOX_REVIVE)
    tab.js("(document.activeElement.blur(), true)")
    tab.click(WA_COMPOSER)  # the next focus of a composer starts the engine again
    tab.type(AFTER)
    wait_for_check(tab, "findings")
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert len(sent(tab)) == 1


def test_checks_go_on_after_the_service_worker_is_stopped(chromium_with_extension: Any) -> None:
    """Chromium stops an idle extension service worker, which closes the port the page's content
    script sends its checks through: the next check opens a new one, and is answered."""
    tab = ChromiumTab(chromium_with_extension.new_page())
    try:
        tab.open(WHATSAPP)
        tab.click(WA_COMPOSER)
        tab.type(FIRST)
        wait_for_check(tab, "clean")

        # Stopped through DevTools from one of the extension's own pages (a session on the site's
        # page does not reach the extension's worker); gone once it is no longer a target.
        context = chromium_with_extension
        options = context.new_page()
        options.goto(f"chrome-extension://{context.extension_id}/options/options.html")
        cdp = context.new_cdp_session(options)
        cdp.send("ServiceWorker.enable")
        cdp.send("ServiceWorker.stopAllWorkers")
        browser_cdp = context.browser.new_browser_cdp_session()
        worker_url = f"chrome-extension://{context.extension_id}/background/background.js"

        def worker_running() -> bool:
            targets = browser_cdp.send("Target.getTargets")["targetInfos"]
            return any(t["type"] == "service_worker" and t["url"] == worker_url for t in targets)

        deadline = time.monotonic() + 30
        while worker_running():
            assert time.monotonic() < deadline, "the service worker did not stop"
            options.wait_for_timeout(50)  # polling interval of the condition above
        browser_cdp.detach()
        cdp.detach()
        options.close()

        tab.press("Control+End")
        tab.type(KILLED)
        wait_for_check(tab, "findings")
        tab.wait_until(f"{MARKS}.length > 0")
    finally:
        tab.page.close()
