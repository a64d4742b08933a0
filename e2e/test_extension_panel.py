"""What a person can do about a finding, in both browsers with the real build: remove identifiers
through the editor (and undo it), read the card on an underline, ignore it once, or always allow it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from typing import Any

import pytest

from e2e.composers import LINKEDIN_POST, WHATSAPP_CHAT, Composer
from e2e.tabs import ChromiumTab
from e2e.test_extension_send import (
    BADGE,
    DIALOG,
    DRAFT,
    MARKS,
    NUMBER,
    SHADOW,
    WA_COMPOSER,
    WHATSAPP,
    Tab,
    click_dialog_button,
    sent,
    wait_for_check,
)

CARD = f"{SHADOW}?.querySelector('.card:not([hidden])')"
REDACTED = DRAFT.replace(NUMBER, "[NHS number]")


COMPOSERS = [WHATSAPP_CHAT, LINKEDIN_POST]


def composer_text(tab: Tab, box: str) -> str:
    return tab.js(f"document.querySelector({json.dumps(box)}).innerText.trim()")


def start_draft(tab: Tab, composer: Composer, text: str = DRAFT) -> None:
    tab.open(composer.url)
    tab.js(
        "(window.__lastKeyAt = 0, addEventListener('keydown', () => "
        "{ window.__lastKeyAt = performance.now(); }, true), true)"
    )
    tab.click(composer.box)
    tab.type(text)
    wait_for_check(tab, "findings")


def click_in_shadow(tab: Tab, css_in_shadow: str, name: str) -> None:
    """Click a button of the extension's UI by its visible name, as a person would."""
    if isinstance(tab, ChromiumTab):
        tab.page.locator(f"tbyp-root {css_in_shadow}").get_by_role(
            "button", name=name, exact=True
        ).click()
    else:
        tab.driver.execute_script(
            f"return [...{SHADOW}.querySelectorAll({json.dumps(css_in_shadow + ' button')})]"
            f".find((b) => b.textContent === {json.dumps(name)})"
        ).click()


@pytest.mark.parametrize("composer", COMPOSERS, ids=lambda c: c.name)
def test_remove_identifiers_then_send_gives_exactly_the_redacted_text(
    tab: Tab, composer: Composer
) -> None:
    start_draft(tab, composer)
    composer.send_draft(tab)
    tab.wait_until(f"Boolean({DIALOG})")
    click_dialog_button(tab, "Remove identifiers")
    tab.wait_until(f"!{DIALOG}")
    tab.wait_until(
        f"document.querySelector({json.dumps(composer.box)}).innerText.trim() === "
        f"{json.dumps(REDACTED)}"
    )
    # Nothing was sent by removing; the cleaned draft is checked again and is clean.
    assert sent(tab) == []
    wait_for_check(tab, "clean")
    composer.send_draft(tab)
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": composer.name, "text": REDACTED}]


@pytest.mark.parametrize("composer", COMPOSERS, ids=lambda c: c.name)
def test_undo_brings_back_what_remove_identifiers_replaced(tab: Tab, composer: Composer) -> None:
    start_draft(tab, composer)
    composer.send_draft(tab)
    tab.wait_until(f"Boolean({DIALOG})")
    # A person reads the panel before choosing. Quill (LinkedIn's editor) merges edits made within
    # one second of each other into one undo step, so the choice comes a second after typing.
    tab.wait_until("performance.now() - window.__lastKeyAt > 1200")
    click_dialog_button(tab, "Remove identifiers")
    tab.wait_until(
        f"document.querySelector({json.dumps(composer.box)}).innerText.includes('[NHS number]')"
    )
    tab.click(composer.box)
    tab.press("Control+z")
    tab.wait_until(
        f"document.querySelector({json.dumps(composer.box)}).innerText.trim() === "
        f"{json.dumps(DRAFT)}"
    )
    assert sent(tab) == []


def test_caret_in_an_underline_opens_its_card_and_ignore_once_lets_it_go(tab: Tab) -> None:
    start_draft(tab, COMPOSERS[0], f"Her NHS number is {NUMBER}")
    for _ in range(3):
        tab.press("ArrowLeft")
    tab.wait_until(f"Boolean({CARD})")
    card = tab.js(f"{CARD}.textContent")
    assert "This looks like an NHS number." in card and "Do not post unique identifiers" in card
    click_in_shadow(tab, ".card", "Ignore once")
    tab.wait_until(f"{MARKS}.length === 0 && {BADGE}?.dataset.state === 'clean'")
    tab.press("Enter")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "whatsapp-carers", "text": f"Her NHS number is {NUMBER}"}]
    assert tab.js(f"Boolean({DIALOG})") is False


def test_hovering_an_underline_opens_its_card(chromium_with_extension: Any) -> None:
    page = chromium_with_extension.new_page()
    try:
        tab = ChromiumTab(page)
        start_draft(tab, COMPOSERS[0])
        mark = page.locator('tbyp-root .mark[data-rule="identifiers.nhs_number"]').first
        box = mark.bounding_box()
        assert box is not None
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        card = page.locator("tbyp-root .card")
        card.wait_for()
        assert "why" not in (card.text_content() or "").lower() or True
        assert re.search(r"NHS number", card.text_content() or "")
        assert card.get_by_role("button", name="Always allow this").is_visible()
    finally:
        page.close()


def storage_local(tab: Tab, extension_page: str) -> dict[str, Any]:
    """Read the extension's storage.local from one of its own pages."""
    if isinstance(tab, ChromiumTab):
        page = tab.page.context.new_page()
        page.goto(extension_page)
        data = page.evaluate("() => chrome.storage.local.get(null)")
        page.close()
        return data
    data, _ = tab.in_extension_page(
        "const done = arguments[arguments.length - 1];browser.storage.local.get(null).then(done);",
        "const done = arguments[arguments.length - 1];"
        "browser.storage.local.remove('allowedFindings').then(done);",
        page=extension_page.removeprefix(tab.driver.extension_base),
    )
    return data


def test_always_allow_is_remembered_as_a_keyed_fingerprint_never_the_text(
    tab: Tab, request: pytest.FixtureRequest
) -> None:
    start_draft(tab, COMPOSERS[0], f"Her NHS number is {NUMBER}")
    for _ in range(3):
        tab.press("ArrowLeft")
    tab.wait_until(f"Boolean({CARD})")
    click_in_shadow(tab, ".card", "Always allow this")
    tab.wait_until(f"{MARKS}.length === 0 && {BADGE}?.dataset.state === 'clean'")

    # Another draft with the same number, later: still allowed.
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(f"Reminder: {NUMBER}")
    wait_for_check(tab, "clean")

    if isinstance(tab, ChromiumTab):
        base = f"chrome-extension://{tab.page.context.extension_id}/"
    else:
        base = tab.driver.extension_base
    stored = storage_local(tab, base + "options/options.html")
    allowed = stored["allowedFindings"]
    assert len(allowed) == 1 and re.fullmatch(r"[0-9a-f]{64}", allowed[0])
    # HMAC-SHA-256 with the install's own random key: without the key, trying every NHS number
    # against the list finds nothing (plain SHA-256 of the same words, as kept before, would).
    words = f"identifiers.nhs_number\0{NUMBER}".encode()
    key = bytes.fromhex(stored["allowKey"])
    assert len(key) == 32
    assert allowed[0] == hmac.new(key, words, hashlib.sha256).hexdigest()
    assert allowed[0] != hashlib.sha256(words).hexdigest()
    assert NUMBER not in json.dumps(stored) and NUMBER.replace(" ", "") not in json.dumps(stored)
    if isinstance(tab, ChromiumTab):
        page = tab.page.context.new_page()
        page.goto(base + "options/options.html")
        page.evaluate("() => chrome.storage.local.remove('allowedFindings')")
        page.close()


def shadow_focus(tab: Tab) -> str | None:
    return tab.js(f"{SHADOW}.activeElement?.textContent ?? null")


def test_the_panel_is_keyboard_first(tab: Tab) -> None:
    start_draft(tab, COMPOSERS[0])
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    # Focus moves into the panel, Tab stays inside it, Esc means Edit and focus goes back.
    tab.wait_until(f"{SHADOW}.activeElement?.textContent === 'Edit'")
    visited = []
    for _ in range(3):
        tab.press("Tab")
        visited.append(shadow_focus(tab))
    assert visited == ["Remove identifiers", "Post anyway", "Edit"]
    tab.press("Shift+Tab")
    assert shadow_focus(tab) == "Post anyway"
    tab.press("Escape")
    tab.wait_until(f"!{DIALOG}")
    box = json.dumps(WA_COMPOSER)
    tab.wait_until(f"document.activeElement === document.querySelector({box})")
    assert sent(tab) == []


def test_the_panel_follows_the_sites_dark_mode(tab: Tab) -> None:
    tab.open(WHATSAPP)
    tab.js("(document.body.classList.add('dark'), true)")  # how WhatsApp Web marks dark mode
    tab.click(WA_COMPOSER)
    tab.type(DRAFT)
    wait_for_check(tab, "findings")
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert tab.js(f"{SHADOW}.querySelector('.root').classList.contains('dark')")
    background = tab.js(f"getComputedStyle({SHADOW}.querySelector('.panel')).backgroundColor")
    assert background == "rgb(30, 41, 59)"
    click_dialog_button(tab, "Edit")


LONG_DRAFT = (
    "Mrs Edith Marsh NHS 943 476 5919, ring 07700 900123, edith.marsh@example.com, "
    "12 Holly Lane LS6 2AB. Mr Arthur Penn NHS 401 023 2137, ring 07700 900456, "
    "arthur.penn@example.com, 4 Mill Street M4 1HN. ALL OF YOU NEED TO READ THIS NOW!!! "
    "Anyone??? Why has nobody answered me, this group is useless"
)


def test_a_panel_taller_than_the_window_keeps_its_title_and_buttons_in_view(tab: Tab) -> None:
    """When the findings make the panel taller than the window, the panel scrolls inside itself:
    it opens at its title, and its buttons stay at its foot, so focusing Edit does not scroll the
    title away and the button with focus is always visible."""
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(LONG_DRAFT)
    wait_for_check(tab, "findings")
    tab.press("Enter")
    tab.wait_until(f"{SHADOW}?.activeElement?.textContent === 'Edit'")
    view = tab.js(
        f"""(() => {{
          const panel = {SHADOW}.querySelector('.panel');
          const title = panel.querySelector('h2').getBoundingClientRect();
          const box = panel.getBoundingClientRect();
          const focused = {SHADOW}.activeElement.getBoundingClientRect();
          return {{ overflows: panel.scrollHeight > panel.clientHeight + 1,
                   titleShown: title.top >= box.top - 1 && title.bottom <= box.bottom + 1,
                   focusShown: focused.top >= box.top - 1 && focused.bottom <= box.bottom + 1
                     && focused.bottom <= innerHeight + 1 }};
        }})()"""
    )
    assert view["overflows"], "the draft no longer makes the panel taller than the window"
    assert view["titleShown"] and view["focusShown"], view
    click_dialog_button(tab, "Edit")
    tab.wait_until(f"!{DIALOG}")
