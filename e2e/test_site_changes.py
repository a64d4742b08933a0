"""When a site changes and the adapter recognises no composer, the extension stays quiet: nothing
is added to the page, the page works as before, and the content script tells the popup that no
message box was recognised here."""

from __future__ import annotations

import json

from e2e.tabs import ChromiumTab
from e2e.test_extension_send import Tab

# A page on a supported site with no composer the adapter knows (the replica's "not found" page).
NO_COMPOSER = "https://www.linkedin.com/jobs/"

ASK_THE_TAB = """
  const api = globalThis.browser ?? globalThis.chrome;
  const [tab] = await api.tabs.query({ url: URL_PATTERN });
  return await api.tabs.sendMessage(tab.id, { target: "tbyp-content", type: "tab-status" });
"""


def tab_status(tab: Tab, url_pattern: str = "https://www.linkedin.com/jobs/*") -> dict:
    """What the content script tells the popup about the tab open at `url_pattern`."""
    ask = ASK_THE_TAB.replace("URL_PATTERN", json.dumps(url_pattern))
    if isinstance(tab, ChromiumTab):
        context = tab.page.context
        page = context.new_page()
        page.goto(f"chrome-extension://{context.extension_id}/options/options.html")
        status = page.evaluate(f"async () => {{ {ask} }}")
        page.close()
        return status
    (status,) = tab.in_extension_page(
        "const done = arguments[arguments.length - 1];"
        f"(async () => {{ {ask} }})().then(done, (e) => done(String(e)));"
    )
    return status


def test_a_page_without_a_known_composer_is_left_alone(tab: Tab) -> None:
    if isinstance(tab, ChromiumTab):
        tab.page.goto(NO_COMPOSER)
    else:
        tab.driver.get(NO_COMPOSER)
    tab.wait_until("document.readyState === 'complete'")
    status = tab_status(tab)
    assert status == {
        "ok": True,
        "site": "linkedin",
        "composers": 0,
        "general": 0,
        "enabled": True,
        "engineReady": False,
    }
    # Nothing was added to the page, and pressing Enter or clicking does what the page does.
    tab.press("Enter")
    tab.js("(document.body.click(), true)")
    assert tab.js("document.querySelector('tbyp-root') === null")
    assert "404" in tab.js("document.body.textContent")
