"""Every composer on the three sites, in both browsers, with the real build: a draft with an NHS
number is held at send with the panel, "Post anyway" sends exactly what was typed, and a clean draft
goes straight out. Each composer is sent the way that site sends it."""

from __future__ import annotations

import json

import pytest

from e2e.composers import ALL, Composer
from e2e.test_extension_send import (
    DIALOG,
    NUMBER,
    Tab,
    click_dialog_button,
    sent,
    underline_covers,
    wait_for_check,
)

DRAFT = f"Quick one: her NHS number is {NUMBER}, does anyone know who to call?"
CLEAN = "Thank you all for the kind words this week, it really helped."


@pytest.mark.parametrize("composer", ALL, ids=lambda c: c.name)
def test_draft_with_an_identifier_is_held_and_post_anyway_sends_it_exactly(
    tab: Tab, composer: Composer
) -> None:
    composer.open(tab)
    tab.type(DRAFT)
    wait_for_check(tab, "findings", ("identifiers.nhs_number",))
    assert underline_covers(tab, composer.box, NUMBER, "identifiers.nhs_number")
    composer.send_draft(tab)
    tab.wait_until(f"Boolean({DIALOG})")
    assert sent(tab) == []
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": composer.name, "text": DRAFT}]
    # The composer is empty after sending (or gone, as with the post dialog).
    tab.wait_until(
        f"(document.querySelector({json.dumps(composer.box)})?.innerText.trim() ?? '') === ''"
    )


@pytest.mark.parametrize("composer", ALL, ids=lambda c: c.name)
def test_clean_draft_goes_straight_out(tab: Tab, composer: Composer) -> None:
    composer.open(tab)
    tab.type(CLEAN)
    wait_for_check(tab, "clean")
    composer.send_draft(tab)
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": composer.name, "text": CLEAN}]
    assert tab.js(f"Boolean({DIALOG})") is False
