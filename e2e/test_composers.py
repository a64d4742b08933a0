"""Every composer on the three sites, in both browsers, with the real build: a draft with an NHS
number is held at send with the panel, "Post anyway" sends exactly what was typed, and a clean draft
goes straight out. Each composer is sent the way that site sends it."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from e2e.test_extension_send import (
    DIALOG,
    LEXICAL,
    NUMBER,
    Tab,
    click_dialog_button,
    sent,
    underline_covers,
    wait_for_check,
)


@dataclass(frozen=True)
class Composer:
    name: str  # as the replica records it
    url: str
    box: str  # the editor
    send: str | None  # the send button; None: Enter sends
    before: tuple[str, ...] = ()  # clicks that bring the composer up (a dialog, a chat)


COMPOSERS = (
    Composer(
        "facebook-post",
        "https://www.facebook.com/groups/carers/",
        f'[role="dialog"] {LEXICAL}',
        '[role="dialog"] [role="button"][aria-label="Post"]',
        ("#open-post-composer",),
    ),
    Composer(
        "facebook-comment",
        "https://www.facebook.com/groups/carers/",
        f'[role="article"] {LEXICAL}',
        None,
    ),
    Composer(
        "messenger",
        "https://www.facebook.com/messages/t/1",
        f'[aria-label="Messenger"] {LEXICAL}',
        '[aria-label="Messenger"] [role="button"][aria-label="Send"]',
    ),
    Composer(
        "linkedin-post",
        "https://www.linkedin.com/feed/",
        '#share-box .ql-editor[contenteditable="true"]',
        "#share-box button.share-actions__primary-action",
    ),
    Composer(
        "linkedin-comment",
        "https://www.linkedin.com/feed/",
        '#comment-box .ql-editor[contenteditable="true"]',
        "#comment-box button.comments-comment-box__submit-button",
    ),
    Composer(
        "linkedin-message",
        "https://www.linkedin.com/messaging/",
        'form.msg-form div.msg-form__contenteditable[contenteditable="true"]',
        "form.msg-form button.msg-form__send-button",
    ),
    Composer(
        "whatsapp-sam",  # a chat opened after the page loaded: its composer is new
        "https://web.whatsapp.com/",
        f"#main footer {LEXICAL}",
        None,
        ('#pane-side [data-chat="sam"]',),
    ),
)

DRAFT = f"Quick one: her NHS number is {NUMBER}, does anyone know who to call?"
CLEAN = "Thank you all for the kind words this week, it really helped."


def open_composer(tab: Tab, composer: Composer) -> None:
    tab.open(composer.url)
    for css in composer.before:
        tab.click(css)
    tab.click(composer.box)


def send(tab: Tab, composer: Composer) -> None:
    if composer.send:
        tab.click(composer.send)
    else:
        tab.press("Enter")


@pytest.mark.parametrize("composer", COMPOSERS, ids=lambda c: c.name)
def test_draft_with_an_identifier_is_held_and_post_anyway_sends_it_exactly(
    tab: Tab, composer: Composer
) -> None:
    open_composer(tab, composer)
    tab.type(DRAFT)
    wait_for_check(tab, "findings")
    assert underline_covers(tab, composer.box, NUMBER, "identifiers.nhs_number")
    send(tab, composer)
    tab.wait_until(f"Boolean({DIALOG})")
    assert sent(tab) == []
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": composer.name, "text": DRAFT}]
    # The composer is empty after sending (or gone, as with the post dialog).
    tab.wait_until(
        f"(document.querySelector({json.dumps(composer.box)})?.innerText.trim() ?? '') === ''"
    )


@pytest.mark.parametrize("composer", COMPOSERS, ids=lambda c: c.name)
def test_clean_draft_goes_straight_out(tab: Tab, composer: Composer) -> None:
    open_composer(tab, composer)
    tab.type(CLEAN)
    wait_for_check(tab, "clean")
    send(tab, composer)
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": composer.name, "text": CLEAN}]
    assert tab.js(f"Boolean({DIALOG})") is False
