"""Quiet mode and the keyboard shortcut, in both browsers with the real build.

Quiet mode: nothing is drawn while typing (no underline, no badge), and the panel still comes at
send. The shortcut (manifest `commands`, Alt+Shift+K) opens the panel for the draft being
written; press_shortcut says how each browser's test reaches it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from e2e.tabs import Browser, ChromiumTab, FirefoxTab
from e2e.test_extension_send import (
    BADGE,
    CLEAN,
    DIALOG,
    DRAFT,
    MARKS,
    SHADOW,
    WA_COMPOSER,
    WHATSAPP,
    click_dialog_button,
    sent,
    wait_for_check,
)
from e2e.test_options_page import Options, fresh_options

Tab = ChromiumTab | FirefoxTab
SHORTCUT = "Alt+Shift+K"


@pytest.fixture
def options(browser: Browser) -> Iterator[Options]:
    with fresh_options(browser) as page:
        yield page


def next_frames(tab: Tab) -> None:
    """Wait until the page has drawn two more frames (the overlay draws at the next one)."""
    tab.js(
        "(window.__frames = false, requestAnimationFrame(() => requestAnimationFrame(() => "
        "{ window.__frames = true; })), true)"
    )
    tab.wait_until("window.__frames === true")


def warm_engine(tab: Tab) -> None:
    """A first check, so the engine is up before the draft the test is about."""
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(CLEAN)
    wait_for_check(tab, "clean")


# --- quiet mode ---------------------------------------------------------------------------------


def test_quiet_mode_draws_nothing_while_typing_and_the_panel_comes_at_send(
    options: Options,
) -> None:
    warm_engine(options.tab)
    options.open()
    assert options.js("document.getElementById('quiet-mode').checked") is False
    options.click("#quiet-mode")
    options.wait_for_status("Saved")
    assert options.settings()["quietMode"] is True

    tab = options.tab
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(DRAFT)
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert "identifiers.nhs_number" in tab.js(
        f"[...{DIALOG}.querySelectorAll('[data-rule]')].map((f) => f.dataset.rule)"
    )
    assert sent(tab) == []
    # The check is done (the panel lists its finding), and nothing was drawn over the draft.
    next_frames(tab)
    assert tab.js(f"{MARKS}.length") == 0
    assert tab.js(f"Boolean({BADGE})") is False
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "whatsapp-carers", "text": DRAFT}]


def test_quiet_mode_off_again_underlines_as_usual(options: Options) -> None:
    options.click("#quiet-mode")
    options.wait_for_status("Saved")
    options.click("#quiet-mode")
    options.wait_for_status("Saved")
    assert options.settings()["quietMode"] is False
    tab = options.tab
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(DRAFT)
    wait_for_check(tab, "findings")
    assert tab.js(f"{MARKS}.length") > 0


def test_quiet_mode_locked_by_the_organisation_applies_and_cannot_be_switched(
    options: Options,
) -> None:
    options.js("TBYP.api.storage.local.set({testManagedPolicy: {quietMode: true}})")
    options.open()
    assert options.js("document.getElementById('quiet-mode').checked") is True
    assert options.js("document.getElementById('quiet-mode').disabled") is True
    assert options.text("#quiet-mode-locked") == "Set by your organisation"


# --- the keyboard shortcut ----------------------------------------------------------------------


def press_shortcut(tab: Tab, browser: Browser) -> None:
    """Run the shortcut's command the nearest way each browser lets a test.

    Chromium: a key press from Playwright (DevTools' Input.dispatchKeyEvent) goes to the page and
    never to the browser's shortcuts in headless Chromium (tried: Alt+Shift+K did nothing, though
    chrome.commands.getAll() lists it with that key). So the testing path: the test asks the
    service worker to run the handler that commands.onCommand calls (TBYP.onCommand), and checks
    that the manifest's command has the key. Firefox: Marionette's key presses are made inside
    the page's process and do not reach the browser window's shortcut keys either, so the test
    presses the very key element Firefox made for the shortcut in the browser window (through
    Marionette's chrome context), which runs commands.onCommand as a key press does.
    """
    if isinstance(tab, ChromiumTab):
        tab.page.bring_to_front()
        [worker] = tab.page.context.service_workers
        shortcut = worker.evaluate(
            "chrome.commands.getAll().then((all) => all.find((c) => c.name === 'open-panel'))"
        )
        assert shortcut["shortcut"] == SHORTCUT
        worker.evaluate("TBYP.onCommand('open-panel')")
        return
    driver = tab.driver
    driver.set_context("chrome")
    try:
        found = driver.execute_script(
            """
            // Firefox keeps each add-on's shortcut keys in a keyset named after its id.
            const key = document.querySelector(
              'keyset[id^="ext-keyset-id-think-before-you-post"] key[modifiers]');
            if (!key) return null;
            const shortcut = [key.getAttribute("modifiers"), key.getAttribute("key")];
            key.doCommand();
            return shortcut;
            """
        )
    finally:
        driver.set_context("content")
    assert found is not None, "Firefox made no key element for the shortcut"
    modifiers, key = found
    assert sorted(modifiers.split(",")) == ["alt", "shift"] and key.upper() == "K"


def test_the_shortcut_opens_the_panel_for_the_draft(browser: Browser) -> None:
    tab = browser.tab()
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(DRAFT)
    wait_for_check(tab, "findings")
    press_shortcut(tab, browser)
    tab.wait_until(f"Boolean({DIALOG})")
    assert sent(tab) == []
    click_dialog_button(tab, "Edit")
    tab.wait_until(f"!{DIALOG}")
    assert sent(tab) == []
    if isinstance(tab, ChromiumTab):
        tab.page.close()


def test_the_shortcut_on_a_clean_draft_says_there_is_nothing_to_look_at(
    browser: Browser,
) -> None:
    tab = browser.tab()
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(CLEAN)
    wait_for_check(tab, "clean")
    press_shortcut(tab, browser)
    toast = f"{SHADOW}?.querySelector('.toast')?.textContent"
    tab.wait_until(f"{toast} === {json.dumps('Nothing to look at in this message.')}")
    assert tab.js(f"Boolean({DIALOG})") is False
    if isinstance(tab, ChromiumTab):
        tab.page.close()


def test_the_options_page_names_the_shortcut(options: Options) -> None:
    text: Any = options.text("#shortcut")
    assert text.startswith(f"Keyboard shortcut: {SHORTCUT} opens")
