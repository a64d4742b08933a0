"""Drafts are never changed or lost: what the page receives equals what was typed (emoji,
right-to-left text, line breaks, pasted text), unless the user chose "Remove identifiers", and then
it is exactly the redacted text."""

from __future__ import annotations

import json

import pytest

from e2e.composers import LINKEDIN_POST, WHATSAPP_CHAT, Composer
from e2e.test_extension_send import (
    DIALOG,
    NUMBER,
    Tab,
    click_dialog_button,
    sent,
    wait_for_check,
)

COMPOSERS = (WHATSAPP_CHAT, LINKEDIN_POST)

FIRST = f"😀😀 مرحبا بالجميع — שלום! Her NHS number is {NUMBER} 👍🏽"
SECOND = "second line ✅ café"
PASTED = " (pasted: call me after 3)"


def paste(tab: Tab, box: str, text: str) -> None:
    """Paste as a person does: copy the text with Ctrl+C from a text box on the page, then Ctrl+V
    at the end of the draft."""
    tab.js(
        f"""(() => {{
          const area = document.createElement('textarea');
          area.id = 'clipboard-source';
          area.value = {json.dumps(text)};
          document.body.append(area);
          area.focus();
          area.select();
          return true;
        }})()"""
    )
    tab.press("Control+c")
    tab.js("(document.getElementById('clipboard-source').remove(), true)")
    tab.click(box)
    tab.press("Control+End")
    tab.press("Control+v")


def write_draft(tab: Tab, composer: Composer) -> str:
    composer.open(tab)
    tab.type(FIRST)
    tab.press(composer.newline)
    tab.type(SECOND)
    paste(tab, composer.box, PASTED)
    expected = f"{FIRST}\n{SECOND}{PASTED}"
    tab.wait_until(
        f"document.querySelector({json.dumps(composer.box)}).innerText.includes("
        f"{json.dumps(PASTED.strip())})"
    )
    wait_for_check(tab, "findings")
    return expected


@pytest.mark.parametrize("composer", COMPOSERS, ids=lambda c: c.name)
def test_post_anyway_sends_exactly_what_was_written(tab: Tab, composer: Composer) -> None:
    expected = write_draft(tab, composer)
    composer.send_draft(tab)
    tab.wait_until(f"Boolean({DIALOG})")
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": composer.name, "text": expected}]


@pytest.mark.parametrize("composer", COMPOSERS, ids=lambda c: c.name)
def test_remove_identifiers_changes_only_the_identifier(tab: Tab, composer: Composer) -> None:
    expected = write_draft(tab, composer).replace(NUMBER, "[NHS number]")
    composer.send_draft(tab)
    tab.wait_until(f"Boolean({DIALOG})")
    click_dialog_button(tab, "Remove identifiers")
    tab.wait_until(f"!{DIALOG}")
    wait_for_check(tab, "clean")
    composer.send_draft(tab)
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": composer.name, "text": expected}]
