"""When a site changes and the adapter recognises no composer, the extension stays quiet: nothing
is added to the page, the page works as before, and the content script tells the popup that no
message box was recognised here."""

from __future__ import annotations

import json

from e2e.tabs import ChromiumTab
from e2e.test_extension_send import Tab

# A page on a supported site with no composer the adapter knows (the replica's "not found" page).
NO_COMPOSER = "https://www.linkedin.com/jobs/"

# The content script has the page's settings from the background a moment after the page loads
# (longer while the service worker starts on a busy machine); until then it reports the tab as not
# enabled. The question is asked again until it is, as a person opening the popup a moment later
# would see it, or until 15 s have passed (then the last answer is returned, and the test says what
# it was).
ASK_THE_TAB = """
  const api = globalThis.browser ?? globalThis.chrome;
  const [tab] = await api.tabs.query({ url: URL_PATTERN });
  const ask = () => api.tabs.sendMessage(tab.id, { target: "tbyp-content", type: "tab-status" });
  const deadline = Date.now() + 15000;
  let status = await ask();
  while (!status?.enabled && Date.now() < deadline) {
    await new Promise((settle) => setTimeout(settle, 50));
    status = await ask();
  }
  return status;
"""


def tab_status(tab: Tab, url_pattern: str = "https://www.linkedin.com/jobs/*") -> dict:
    """What the content script tells the popup about the tab open at `url_pattern`, once it has the
    page's settings."""
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
