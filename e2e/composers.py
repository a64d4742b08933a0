"""The composers of the three replica sites, one table for every browser test: where each is, how a
person brings it up, starts a new line in it, and sends from it."""

from __future__ import annotations

from dataclasses import dataclass

from e2e.tabs import ChromiumTab, FirefoxTab

LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'


@dataclass(frozen=True)
class Composer:
    name: str  # as the replica records it in window.__sent
    url: str
    box: str  # the editor
    send: str | None  # the send button; None: Enter sends
    before: tuple[str, ...] = ()  # clicks that bring the composer up (a dialog, a chat)
    newline: str = "Shift+Enter"  # the key that starts a new line without sending

    def open(self, tab: ChromiumTab | FirefoxTab) -> None:
        tab.open(self.url)
        for css in self.before:
            tab.click(css)
        tab.click(self.box)

    def send_draft(self, tab: ChromiumTab | FirefoxTab) -> None:
        if self.send:
            tab.click(self.send)
        else:
            tab.press("Enter")


FACEBOOK_POST = Composer(
    "facebook-post",
    "https://www.facebook.com/groups/carers/",
    f'[role="dialog"] {LEXICAL}',
    '[role="dialog"] [role="button"][aria-label="Post"]',
    ("#open-post-composer",),
)
FACEBOOK_COMMENT = Composer(
    "facebook-comment",
    "https://www.facebook.com/groups/carers/",
    f'[role="article"] {LEXICAL}',
    None,
)
MESSENGER = Composer(
    "messenger",
    "https://www.facebook.com/messages/t/1",
    f'[aria-label="Messenger"] {LEXICAL}',
    '[aria-label="Messenger"] [role="button"][aria-label="Send"]',
)
LINKEDIN_POST = Composer(
    "linkedin-post",
    "https://www.linkedin.com/feed/",
    '#share-box .ql-editor[contenteditable="true"]',
    "#share-box button.share-actions__primary-action",
    newline="Enter",
)
LINKEDIN_COMMENT = Composer(
    "linkedin-comment",
    "https://www.linkedin.com/feed/",
    '#comment-box .ql-editor[contenteditable="true"]',
    "#comment-box button.comments-comment-box__submit-button",
    newline="Enter",
)
LINKEDIN_MESSAGE = Composer(
    "linkedin-message",
    "https://www.linkedin.com/messaging/",
    'form.msg-form div.msg-form__contenteditable[contenteditable="true"]',
    "form.msg-form button.msg-form__send-button",
    newline="Enter",
)
WHATSAPP_CHAT = Composer(
    "whatsapp-carers", "https://web.whatsapp.com/", f"#main footer {LEXICAL}", None
)
# A chat opened after the page loaded: its composer is new to the page.
WHATSAPP_NEW_CHAT = Composer(
    "whatsapp-sam",
    "https://web.whatsapp.com/",
    f"#main footer {LEXICAL}",
    None,
    ('#pane-side [data-chat="sam"]',),
)

# The seven composers people write in.
ALL = (
    FACEBOOK_POST,
    FACEBOOK_COMMENT,
    MESSENGER,
    LINKEDIN_POST,
    LINKEDIN_COMMENT,
    LINKEDIN_MESSAGE,
    WHATSAPP_NEW_CHAT,
)
