"""The real pages of 2025-2026 (issue 16), in both browsers with the real build: composers in an
open shadow root (LinkedIn's #interop-outlet), TipTap/ProseMirror comments, WhatsApp's
div[role=button] send icon and its caption dialog, Facebook's "Next" then "Post" flow and its
"Reply" buttons, www.messenger.com, pages in Polish, Portuguese and German, and the general method
for a box no adapter knows. The replicas cite the public evidence for each shape
(e2e/replicas/*.js).

Each shape: the draft is underlined, held at send with the panel, "Post anyway" sends exactly what
was typed, a clean draft goes straight out; and what is not a send (a "Reply", a "Next", Enter in a
post dialog or a comment box where Enter adds a line) is never held."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from e2e.tabs import ChromiumTab
from e2e.test_extension_send import (
    DIALOG,
    MARKS,
    NUMBER,
    Tab,
    click_dialog_button,
    sent,
    wait_for_check,
)
from e2e.test_site_changes import tab_status

DRAFT = f"Quick one: her NHS number is {NUMBER}, does anyone know who to call?"
REDACTED = DRAFT.replace(NUMBER, "[NHS number]")
CLEAN = "Thank you all for the kind words this week, it really helped."

LEXICAL = '[contenteditable="true"][data-lexical-editor="true"]'
OUTLET = "document.querySelector('#interop-outlet').shadowRoot"


def q(css: str, root: str = "document") -> str:
    """A JavaScript expression for the element `css` finds in `root`."""
    return f"{root}.querySelector({json.dumps(css)})"


@dataclass(frozen=True)
class Shape:
    name: str  # as the replica records it in window.__sent
    url: str
    box: str  # JavaScript expression: the editor
    send: str | None  # JavaScript expression: the send control; None: Enter sends
    before: tuple[str, ...] = ()  # JavaScript expressions: clicks that bring the composer up
    newline: str = "Shift+Enter"

    def open(self, tab: Tab) -> None:
        tab.open(self.url)
        for expression in self.before:
            click(tab, expression)
        click(tab, self.box)

    def send_draft(self, tab: Tab) -> None:
        if self.send:
            click(tab, self.send)
        else:
            tab.press("Enter")

    def text(self, tab: Tab) -> str:
        return str(tab.js(f"({self.box})?.innerText.trim() ?? ''"))


def click(tab: Tab, expression: str) -> None:
    """Click the element an expression finds, as a person does (also inside shadow roots)."""
    tab.wait_until(f"Boolean({expression})")
    if isinstance(tab, ChromiumTab):
        tab.page.evaluate_handle(f"() => {expression}").as_element().click()
    else:
        tab.driver.execute_script(f"return {expression};").click()


LI_2026 = "https://www.linkedin.com/feed/?variant=2026"
LI_SHARE = Shape(
    "linkedin-post",
    LI_2026,
    q('.ql-editor[contenteditable="true"]', OUTLET),
    q("button.share-actions__primary-action", OUTLET),
    newline="Enter",
)
LI_MESSAGE = Shape(
    "linkedin-message",
    LI_2026,
    q("div.msg-form__contenteditable", OUTLET),
    q('button.msg-form__send-btn[type="submit"]', OUTLET),
    newline="Enter",
)
# With LinkedIn's "Press Enter to send" on, Enter submits the form inside the shadow root.
LI_MESSAGE_ENTER = Shape("linkedin-message", LI_2026, LI_MESSAGE.box, None)
LI_TIPTAP = Shape(
    "linkedin-tiptap-comment",
    LI_2026,
    q('[role="listitem"] .tiptap.ProseMirror[contenteditable="true"]'),
    q('[role="listitem"] button[type="submit"]'),
    newline="Enter",
)
LI_COMMENT_CR_DE = Shape(
    "linkedin-comment",
    "https://www.linkedin.com/feed/?variant=2026&lang=de",
    q('#comment-box .ql-editor[contenteditable="true"]'),
    q("#comment-box button.comments-comment-box__submit-button--cr"),
    newline="Enter",
)
LI_SHARE_DE = Shape(
    "linkedin-post",
    "https://www.linkedin.com/feed/?variant=2026&lang=de",
    LI_SHARE.box,
    LI_SHARE.send,
    newline="Enter",
)
WA_2026 = "https://web.whatsapp.com/?variant=2026"
WA_ICON = Shape("whatsapp-carers", WA_2026, q(f"#main footer {LEXICAL}"), None)
WA_ICON_CLICK = Shape(
    "whatsapp-carers",
    WA_2026,
    WA_ICON.box,
    # The icon inside the div[role=button], where a click lands.
    q('#main footer [role="button"] span[data-icon="wds-ic-send-filled"]'),
)
WA_CAPTION = Shape(
    "whatsapp-caption-carers",
    WA_2026,
    q(f'[role="dialog"] {LEXICAL}'),
    None,
    (q('#main footer [role="button"][aria-label="Attach"]'),),
)
WA_CAPTION_PT = Shape(
    "whatsapp-caption-carers",
    "https://web.whatsapp.com/?variant=2026&lang=pt",
    WA_CAPTION.box,
    q('[role="dialog"] [role="button"][aria-label="Enviar"]'),
    (q('#main footer [role="button"][aria-label="Anexar"]'),),
)
WA_PT = Shape(
    "whatsapp-carers", "https://web.whatsapp.com/?variant=2026&lang=pt", WA_ICON.box, None
)
FB_PL = "https://www.facebook.com/groups/carers/?lang=pl"
FB_COMMENT_PL = Shape(
    "facebook-comment",
    FB_PL,
    q(f'[role="article"] {LEXICAL}'),
    q('#comment-box [role="button"][aria-label="Skomentuj"]'),
)
FB_POST_PL = Shape(
    "facebook-post",
    FB_PL,
    q(f'[role="dialog"] {LEXICAL}'),
    q('[role="dialog"] [role="button"][aria-label="Opublikuj"]'),
    (q("#open-post-composer"),),
)
MESSENGER_PL = Shape(
    "messenger",
    "https://www.facebook.com/messages/t/1?lang=pl",
    q(f'[aria-label="Messenger"] {LEXICAL}'),
    q('[aria-label="Messenger"] [role="button"][aria-label="Wyślij"]'),
)
MESSENGER_COM = Shape(
    "messenger-com",
    "https://www.messenger.com/t/1/",
    q(f'[aria-label="Messenger"] {LEXICAL}'),
    None,
)

SHAPES = (
    LI_SHARE,
    LI_MESSAGE,
    LI_MESSAGE_ENTER,
    LI_TIPTAP,
    LI_COMMENT_CR_DE,
    LI_SHARE_DE,
    WA_ICON,
    WA_ICON_CLICK,
    WA_CAPTION,
    WA_CAPTION_PT,
    WA_PT,
    FB_COMMENT_PL,
    FB_POST_PL,
    MESSENGER_PL,
    MESSENGER_COM,
)
# The shapes whose "clean draft goes straight out" is not already shown by a sibling shape.
CLEAN_SHAPES = (
    LI_SHARE,
    LI_MESSAGE,
    LI_MESSAGE_ENTER,
    LI_TIPTAP,
    LI_COMMENT_CR_DE,
    WA_ICON_CLICK,
    WA_CAPTION,
    WA_PT,
    FB_COMMENT_PL,
    FB_POST_PL,
    MESSENGER_COM,
)


def underline_covers(tab: Tab, box: str, text: str, rule: str) -> bool:
    """True when the marks for `rule` cover exactly the on-screen box of `text` in the editor."""
    return bool(
        tab.js(
            f"""(() => {{
        const root = {box};
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let node, range = null;
        while ((node = walker.nextNode())) {{
          const at = node.data.indexOf({json.dumps(text)});
          if (at >= 0) {{
            range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + {len(text)});
            break;
          }}
        }}
        if (!range) return false;
        const want = range.getBoundingClientRect();
        const marks = {MARKS}.filter((m) => m.dataset.rule === {json.dumps(rule)});
        if (!marks.length) return false;
        const boxes = marks.map((m) => m.getBoundingClientRect());
        const edge = (pick, side) => pick(...boxes.map((b) => b[side]));
        const near = (a, b) => Math.abs(a - b) <= 1.5;
        return near(edge(Math.min, "left"), want.left) && near(edge(Math.max, "right"), want.right)
          && near(edge(Math.min, "top"), want.top) && near(edge(Math.max, "bottom"), want.bottom);
      }})()"""
        )
    )


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: f"{s.name}@{s.url.split('/', 3)[3]}")
def test_draft_is_underlined_held_and_post_anyway_sends_it_exactly(tab: Tab, shape: Shape) -> None:
    shape.open(tab)
    tab.type(DRAFT)
    wait_for_check(tab, "findings", ("identifiers.nhs_number",))
    assert underline_covers(tab, shape.box, NUMBER, "identifiers.nhs_number")
    shape.send_draft(tab)
    tab.wait_until(f"Boolean({DIALOG})")
    assert sent(tab) == []
    assert shape.text(tab) == DRAFT
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": shape.name, "text": DRAFT}]
    tab.wait_until(f"((({shape.box})?.innerText.trim() ?? '') === '')")


@pytest.mark.parametrize("shape", CLEAN_SHAPES, ids=lambda s: f"{s.name}@{s.url.split('/', 3)[3]}")
def test_clean_draft_goes_straight_out(tab: Tab, shape: Shape) -> None:
    shape.open(tab)
    tab.type(CLEAN)
    wait_for_check(tab, "clean")
    shape.send_draft(tab)
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": shape.name, "text": CLEAN}]
    assert tab.js(f"Boolean({DIALOG})") is False


@pytest.mark.parametrize("shape", [LI_TIPTAP, LI_SHARE, WA_CAPTION], ids=lambda s: s.name)
def test_remove_identifiers_gives_exactly_the_redacted_text(tab: Tab, shape: Shape) -> None:
    shape.open(tab)
    tab.type(DRAFT)
    wait_for_check(tab, "findings")
    shape.send_draft(tab)
    tab.wait_until(f"Boolean({DIALOG})")
    click_dialog_button(tab, "Remove identifiers")
    tab.wait_until(f"!{DIALOG}")
    tab.wait_until(f"({shape.box}).innerText.trim() === {json.dumps(REDACTED)}")
    assert sent(tab) == []
    wait_for_check(tab, "clean")
    shape.send_draft(tab)
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": shape.name, "text": REDACTED}]


@pytest.mark.parametrize("shape", [LI_TIPTAP, LI_SHARE], ids=lambda s: s.name)
def test_enter_adds_a_line_and_is_not_held(tab: Tab, shape: Shape) -> None:
    shape.open(tab)
    tab.type("Advice please.")
    tab.press("Enter")
    tab.type(DRAFT)
    wait_for_check(tab, "findings")
    tab.press("Enter")
    tab.type("Thanks")
    tab.wait_until(f"({shape.box}).innerText.includes('Thanks')")
    assert tab.js(f"Boolean({DIALOG})") is False
    assert sent(tab) == []
    shape.send_draft(tab)
    tab.wait_until(f"Boolean({DIALOG})")
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": shape.name, "text": f"Advice please.\n{DRAFT}\nThanks"}]


def test_facebook_next_then_post_is_guarded_with_the_draft_checked_in_that_dialog(tab: Tab) -> None:
    tab.open("https://www.facebook.com/groups/carers/?variant=page")
    click(tab, q("#open-post-composer"))
    box = q(f'[role="dialog"] {LEXICAL}')
    click(tab, box)
    tab.type("Advice please.")
    tab.press("Enter")  # in a post dialog Enter starts a new line: not held
    tab.type(DRAFT)
    wait_for_check(tab, "findings")
    assert tab.js(f"Boolean({DIALOG})") is False
    click(tab, q('[role="dialog"] [role="button"][aria-label="Next"]'))  # not a send: not held
    tab.wait_until("document.querySelector('[role=\"dialog\"] h2').textContent === 'Post settings'")
    assert tab.js(f"Boolean({DIALOG})") is False
    assert tab.js(f"Boolean({box})") is False  # the composer is gone
    click(tab, q('[role="dialog"] [role="button"][aria-label="Post"]'))
    tab.wait_until(f"Boolean({DIALOG})")
    assert sent(tab) == []
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    # Exactly the page's own text: Lexical's plain text puts a blank line between paragraphs.
    assert sent(tab) == [{"composer": "facebook-post", "text": f"Advice please.\n\n{DRAFT}"}]


def test_facebook_next_then_post_lets_a_clean_draft_go(tab: Tab) -> None:
    tab.open("https://www.facebook.com/groups/carers/?variant=page")
    click(tab, q("#open-post-composer"))
    click(tab, q(f'[role="dialog"] {LEXICAL}'))
    tab.type(CLEAN)
    wait_for_check(tab, "clean")
    click(tab, q('[role="dialog"] [role="button"][aria-label="Next"]'))
    click(tab, q('[role="dialog"] [role="button"][aria-label="Post"]'))
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "facebook-post", "text": CLEAN}]
    assert tab.js(f"Boolean({DIALOG})") is False


def test_facebook_reply_is_not_taken_for_a_send(tab: Tab) -> None:
    box = q(f'[role="article"] {LEXICAL}')
    tab.open("https://www.facebook.com/groups/carers/")
    click(tab, box)
    tab.type(DRAFT)
    wait_for_check(tab, "findings")
    click(tab, q('[role="article"] [role="button"][aria-label="Reply"]'))
    tab.wait_until("window.__replyClicks === 1")  # the page's own handler ran
    assert tab.js(f"Boolean({DIALOG})") is False
    # The action bar's "Comment", before the box, only opens it: not held either.
    click(tab, q("#action-comment"))
    tab.wait_until(f"document.activeElement === {box}")
    assert tab.js(f"Boolean({DIALOG})") is False
    assert sent(tab) == []
    tab.press("End")
    tab.press("Enter")  # the comment box's own send: held
    tab.wait_until(f"Boolean({DIALOG})")
    assert sent(tab) == []


def test_a_box_no_adapter_knows_is_checked_with_the_general_method(tab: Tab) -> None:
    box = q('#new-editor [contenteditable="true"]')
    tab.open("https://www.linkedin.com/feed/?variant=unknown")
    click(tab, box)
    tab.type(DRAFT)
    wait_for_check(tab, "findings", ("identifiers.nhs_number",))
    assert underline_covers(tab, box, NUMBER, "identifiers.nhs_number")
    tab.press("Enter")  # where the send control is not known, Enter adds a line: not held
    tab.type("x")
    tab.wait_until(f"({box}).innerText.trim().endsWith('x')")
    assert tab.js(f"Boolean({DIALOG})") is False
    tab.press("Backspace")
    tab.press("Backspace")
    tab.wait_until(f"({box}).innerText.trim() === {json.dumps(DRAFT)}")
    status = tab_status(tab, "https://www.linkedin.com/feed/*")
    assert (status["composers"], status["general"]) == (0, 1)
    click(tab, q('#new-editor [role="button"][aria-label="Send"]'))  # a send control by its word
    tab.wait_until(f"Boolean({DIALOG})")
    assert sent(tab) == []
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "linkedin-new-editor", "text": DRAFT}]


def test_the_popup_says_it_checks_with_the_general_method(chromium_with_extension: Any) -> None:
    # Chromium only: the popup asks about the active tab, and here the replica's tab is made
    # active again from the popup's own page, which then reads it anew.
    page = chromium_with_extension.new_page()
    tab = ChromiumTab(page)
    box = q('#new-editor [contenteditable="true"]')
    tab.open("https://www.linkedin.com/feed/?variant=unknown")
    click(tab, box)
    tab.type("Hello")
    popup = chromium_with_extension.new_page()
    popup.goto(f"chrome-extension://{chromium_with_extension.extension_id}/popup/popup.html")
    popup.evaluate(
        """async () => {
        const [tab] = await chrome.tabs.query({ url: "https://www.linkedin.com/feed/*" });
        await chrome.tabs.update(tab.id, { active: true });
      }"""
    )
    popup.reload()
    popup.wait_for_function("() => document.documentElement.dataset.ready === 'true'")
    state = popup.evaluate("() => document.getElementById('state').textContent")
    assert state.startswith("Active on LinkedIn, checking with the general method")
    popup.close()
    page.close()


def test_caret_in_an_underline_inside_a_shadow_root_opens_its_card(tab: Tab) -> None:
    # The caret is read relative to the editor's own root: the document's selection names the host.
    card = "document.querySelector('tbyp-root')?.shadowRoot?.querySelector('.card:not([hidden])')"
    for shape in (LI_MESSAGE, LI_SHARE):
        shape.open(tab)
        tab.type(f"Her NHS number is {NUMBER}")
        wait_for_check(tab, "findings")
        assert tab.js(f"Boolean({card})") is False
        for _ in range(3):
            tab.press("ArrowLeft")
        tab.wait_until(f"Boolean({card})")
        assert "This looks like an NHS number." in tab.js(f"{card}.textContent")


def test_composers_in_the_shadow_root_are_found_as_it_appears(tab: Tab) -> None:
    # Before anyone focuses them: the share box and the messaging pop-up in #interop-outlet's root,
    # with the TipTap and Quill comment boxes outside it.
    tab.open(LI_2026)
    tab.wait_until(f"Boolean({LI_SHARE.box})")
    status = tab_status(tab, "https://www.linkedin.com/feed/*")
    assert (status["composers"], status["general"]) == (4, 0)
