"""The regulators pack and drafts in other languages, in both browsers with the real build: the
pack's switch in the options page (off until switched on), its finding in the panel on the practice
page, and a Welsh draft that gets the identifiers pack only, with the panel saying so."""

from __future__ import annotations

import json

from core.registry import PACKS
from e2e.tabs import Browser, ChromiumTab, FirefoxTab
from e2e.test_extension_send import (
    DIALOG,
    MARKS,
    WA_COMPOSER,
    click_dialog_button,
    sent,
    wait_for_check,
)

REGULATORS = next(p for p in PACKS if p.id == "regulators")
PHOTO = "Here's a photo of our residents at the garden party!"
# Welsh, with an NHS number and a name, and a pet name and kisses the English packs would read.
WELSH = "Bore da pawb, mae Mrs Jones yn yr ysbyty ers ddoe, rhif GIG 943 476 5919. Diolch hun xx"
PANEL_RULES = f"[...{DIALOG}.querySelectorAll('[data-rule]')].map((f) => f.dataset.rule)"
LANGUAGE_LINE = f"{DIALOG}?.querySelector('.language')?.textContent"


def extension_page(browser: Browser, path: str) -> str:
    return browser.options_url().replace("options/options.html", path)


def switch_regulators_on(browser: Browser) -> None:
    """In the options page, find the regulators pack's switch, off by default, and switch it on."""
    if browser.kind == "chromium":
        page = browser.handle.new_page()
        page.goto(browser.options_url())
        switch = page.get_by_role("switch", name=REGULATORS.title)
        assert not switch.is_checked()
        assert REGULATORS.description in page.locator(".pack", has=switch).inner_text()
        switch.click()
        page.get_by_role("status").filter(has_text="Saved").wait_for()
        page.close()
        return
    driver = browser.handle
    first = driver.current_window_handle
    driver.switch_to.new_window("tab")
    driver.get(browser.options_url())
    options = FirefoxTab(driver)
    options.wait_until("document.getElementById('pack-regulators')")
    assert options.js("document.getElementById('pack-regulators').checked") is False
    assert options.js(
        "document.getElementById('pack-regulators').closest('.pack').textContent"
    ).startswith(REGULATORS.title)
    driver.find_element("id", "pack-regulators").click()
    options.wait_until("document.getElementById('status').textContent.startsWith('Saved')")
    driver.close()
    driver.switch_to.window(first)


def type_on_practice_page(
    browser: Browser, text: str, state: str = "findings"
) -> ChromiumTab | FirefoxTab:
    """Open the practice page, type into its WhatsApp box and wait for the check's ``state``."""
    tab = browser.tab()
    tab.open(extension_page(browser, "practice/practice.html"))
    tab.click(WA_COMPOSER)
    tab.type(text)
    wait_for_check(tab, state)
    return tab


def test_regulators_pack_is_off_until_switched_on_then_its_finding_shows(browser: Browser) -> None:
    tab = type_on_practice_page(browser, PHOTO, "clean")
    assert tab.js(f"{MARKS}.length") == 0

    switch_regulators_on(browser)
    tab = type_on_practice_page(browser, PHOTO)
    tab.wait_until(f"{MARKS}.some((m) => m.dataset.rule === 'regulators.photo_of_supported')")
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert tab.js(PANEL_RULES) == ["regulators.photo_of_supported"]
    assert "NMC" in tab.js(f"{DIALOG}.querySelector('.why').textContent")
    assert tab.js(LANGUAGE_LINE) is None
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "whatsapp-chat", "text": PHOTO}]


def test_a_welsh_draft_gets_only_identifiers_and_the_panel_says_so(browser: Browser) -> None:
    tab = type_on_practice_page(browser, WELSH)
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert sorted(tab.js(PANEL_RULES)) == ["identifiers.name", "identifiers.nhs_number"]
    line = tab.js(LANGUAGE_LINE)
    assert line and "language other than English" in line
    described = tab.js(f"{DIALOG}.getAttribute('aria-describedby')").split()
    assert tab.js(f"{DIALOG}.querySelector('.language').id") in described
    click_dialog_button(tab, "Edit")
    tab.wait_until(f"!{DIALOG}")
    text = tab.js(f"document.querySelector({json.dumps(WA_COMPOSER)}).innerText.trim()")
    assert text == WELSH
