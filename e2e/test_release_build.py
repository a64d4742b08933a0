"""The build users install (`python build.py`), in both browsers: a person's draft is underlined,
Enter is held and the panel opens, and "Post anyway" from the keyboard sends the exact text, all
inside a closed shadow root that a page script cannot read. What the tests see, they see as the
browser's own tools and screen readers do (e2e/closed_ui.py), never through the page."""

from __future__ import annotations

import pytest

from e2e.closed_ui import BADGE_STATE, DIALOG, MARKS, accessible_dialog, wait_ui, wait_ui_gone
from e2e.composers import LINKEDIN_POST, WHATSAPP_CHAT, Composer
from e2e.test_extension_send import DRAFT, Tab, sent


@pytest.mark.parametrize("composer", [WHATSAPP_CHAT, LINKEDIN_POST], ids=lambda c: c.name)
def test_the_release_build_underlines_holds_the_send_and_shows_the_panel(
    release_tab: Tab, composer: Composer
) -> None:
    tab = release_tab
    composer.open(tab)
    tab.type(DRAFT)
    # The underline and the badge, drawn in the closed shadow root.
    wait_ui(tab, f"{BADGE_STATE} === 'findings' && {MARKS} >= 1")
    # The page finds none of it: no element of ours by name, no open shadow root, no rule id.
    assert tab.js("document.querySelectorAll('tbyp-root, [data-tbyp], [data-rule]').length") == 0
    assert tab.js("[...document.body.children].filter((e) => e.shadowRoot !== null).length") == 0

    composer.send_draft(tab)
    wait_ui(tab, DIALOG)
    # The send guard held the draft, and screen readers get the dialog, its name and its buttons.
    assert sent(tab) == []
    dialog = accessible_dialog(tab)
    assert dialog is not None
    assert dialog["name"] == "Think before you post"
    assert dialog["buttons"] == ["Edit", "Remove identifiers", "Post anyway"]
    assert "Think before you post" not in tab.js("document.body.innerText")

    # By keyboard alone: focus starts on Edit, Shift+Tab wraps to "Post anyway".
    tab.press("Shift+Tab")
    tab.press("Enter")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": composer.name, "text": DRAFT}]
    # Idle again: the extension's element has left the page.
    wait_ui_gone(tab)
