"""The options page: switching a pack off applies to a tab that is already open, without a reload,
and the switches are generated from the rule registry."""

from __future__ import annotations

import json

from core.registry import PACKS
from e2e.tabs import Browser, ChromiumTab, FirefoxTab
from e2e.test_extension_send import (
    BADGE,
    DIALOG,
    DRAFT,
    MARKS,
    WA_COMPOSER,
    WHATSAPP,
    sent,
    wait_for_check,
)


def switch_pack_in_options(
    browser: Browser, site: ChromiumTab | FirefoxTab, pack: str
) -> list[str]:
    """Open the options page in a new tab, flip one pack's switch, return the pack titles shown."""
    if isinstance(site, ChromiumTab):
        page = browser.handle.new_page()
        page.goto(browser.options_url())
        switch = page.get_by_role("switch", name=next(p.title for p in PACKS if p.id == pack))
        switch.click()
        page.get_by_role("status").filter(has_text="Saved").wait_for()
        titles = page.locator(".pack .title").all_text_contents()
        site.page.bring_to_front()
        return titles
    driver = site.driver
    first = driver.current_window_handle
    driver.switch_to.new_window("tab")
    driver.get(browser.options_url())
    options = FirefoxTab(driver)
    options.wait_until(f"document.getElementById('pack-{pack}')")
    driver.find_element("id", f"pack-{pack}").click()
    options.wait_until("document.getElementById('status').textContent.startsWith('Saved')")
    titles = options.js("[...document.querySelectorAll('.pack .title')].map((t) => t.textContent)")
    driver.close()
    driver.switch_to.window(first)
    return titles


def test_switching_identifiers_off_applies_to_an_open_tab_at_once(browser: Browser) -> None:
    site = browser.tab()
    site.open(WHATSAPP)
    site.click(WA_COMPOSER)
    site.type(DRAFT)
    wait_for_check(site, "findings")
    assert site.js(f"{MARKS}.length") > 0

    titles = switch_pack_in_options(browser, site, "identifiers")
    assert titles == [p.title for p in PACKS]

    # No reload: the open tab re-checks with the new settings and the underline goes.
    site.wait_until(f"{MARKS}.length === 0 && {BADGE}?.dataset.state === 'clean'", 30_000)
    site.press("Enter")
    site.wait_until("window.__sent.length > 0")
    assert sent(site) == [{"composer": "whatsapp-carers", "text": DRAFT}]
    assert site.js(f"Boolean({DIALOG})") is False
    assert site.js(f"document.querySelector({json.dumps(WA_COMPOSER)}).innerText.trim()") == ""
