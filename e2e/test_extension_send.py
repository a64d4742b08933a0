"""The walking skeleton, in both browsers, with the real dist/ build on replica sites at the real
addresses: a person types a draft with an NHS number, sees it underlined, presses Enter or Post,
reads the "Think before you post" panel, and chooses; a clean draft goes straight out."""

from __future__ import annotations

import json

from e2e.tabs import ChromiumTab, FirefoxTab

Tab = ChromiumTab | FirefoxTab

# The engine's first start (Pyodide plus the core) can take a few seconds on a busy machine.
ENGINE_WAIT_MS = 60_000

FACEBOOK_GROUP = "https://www.facebook.com/groups/carers/"
LINKEDIN_FEED = "https://www.linkedin.com/feed/"
WHATSAPP = "https://web.whatsapp.com/"
LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'
WA_COMPOSER = f"#main footer {LEXICAL}"
FB_POST = f'[role="dialog"] {LEXICAL}'
LI_SHARE = '#share-box .ql-editor[contenteditable="true"]'

NUMBER = "943 476 5919"
DRAFT = f"Can anyone help? Her NHS number is {NUMBER} and the GP has no record."
CLEAN = "Thanks all, the moving and handling session on Tuesday was really useful."

# JavaScript run in the page. The overlay and panel live in the extension's open shadow root.
SHADOW = "document.querySelector('tbyp-root')?.shadowRoot"
MARKS = f"[...({SHADOW}?.querySelectorAll('.mark[data-rule]') ?? [])]"
DIALOG = f"{SHADOW}?.querySelector('[role=\"dialog\"]')"
BADGE = f"{SHADOW}?.querySelector('.badge:not([hidden])')"


def wait_for_check(tab: Tab, state: str, rules: tuple[str, ...] = ()) -> None:
    """Wait until the extension has checked the draft: the badge says "clean" or "findings".

    While more is typed the badge keeps saying "findings" from a check of the start of the draft,
    so a test that reads the underlines names the rules the whole draft must show, and waits for
    them too.
    """
    tab.wait_until(f"{BADGE}?.dataset.state === {json.dumps(state)}", ENGINE_WAIT_MS)
    if rules:
        want = json.dumps(sorted(rules))
        tab.wait_until(
            f"(() => {{ const have = new Set({MARKS}.map((m) => m.dataset.rule));"
            f" return {want}.every((r) => have.has(r)); }})()",
            ENGINE_WAIT_MS,
        )


def type_draft(tab: Tab, text: str = DRAFT) -> None:
    """On WhatsApp, type a draft into the chat and wait until the extension has found something."""
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(text)
    wait_for_check(tab, "findings")


def open_panel(tab: Tab, text: str = DRAFT) -> None:
    """Type a draft with something to find on WhatsApp and press Enter: the panel opens."""
    type_draft(tab, text)
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")


def underline_covers(tab: Tab, composer: str, text: str, rule: str) -> bool:
    """True when the marks for `rule` cover exactly the on-screen box of `text` in the composer."""
    return tab.js(
        f"""(() => {{
        const root = document.querySelector({json.dumps(composer)});
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
        const got = {{
          left: edge(Math.min, "left"), right: edge(Math.max, "right"),
          top: edge(Math.min, "top"), bottom: edge(Math.max, "bottom"),
        }};
        const near = (a, b) => Math.abs(a - b) <= 1.5;
        return near(got.left, want.left) && near(got.right, want.right)
          && near(got.top, want.top) && near(got.bottom, want.bottom);
      }})()"""
    )


def dialog_buttons(tab: Tab) -> list[str]:
    return tab.js(f"[...{DIALOG}.querySelectorAll('button')].map((b) => b.textContent)")


def dialog_name(tab: Tab) -> str:
    return tab.js(f"{SHADOW}.getElementById({DIALOG}.getAttribute('aria-labelledby')).textContent")


def click_dialog_button(tab: Tab, name: str) -> None:
    # A person clicks the button; in Firefox, Selenium cannot reach into a shadow root by CSS, so
    # the click is dispatched on the button itself, which is what a mouse click does.
    if isinstance(tab, ChromiumTab):
        tab.page.get_by_role("dialog", name="Think before you post").get_by_role(
            "button", name=name, exact=True
        ).click()
    else:
        element = tab.driver.execute_script(
            f"return [...{DIALOG}.querySelectorAll('button')]"
            f".find((b) => b.textContent === {json.dumps(name)})"
        )
        element.click()


def sent(tab: Tab) -> list[dict[str, str]]:
    return tab.js("window.__sent")


def composer_text(tab: Tab, composer: str) -> str:
    return tab.js(f"document.querySelector({json.dumps(composer)}).innerText.trim()")


# --- WhatsApp (Lexical, Enter sends) -------------------------------------------------------------


def test_nhs_number_is_underlined_and_enter_shows_the_panel_instead_of_sending(tab: Tab) -> None:
    type_draft(tab)
    tab.wait_until(f"{MARKS}.length > 0")
    assert underline_covers(tab, WA_COMPOSER, NUMBER, "identifiers.nhs_number")
    assert {m for m in tab.js(f"{MARKS}.map((m) => m.dataset.rule)")} == {"identifiers.nhs_number"}

    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert dialog_name(tab) == "Think before you post"
    assert dialog_buttons(tab) == ["Edit", "Remove identifiers", "Post anyway"]
    assert NUMBER in tab.js(f"{DIALOG}.textContent")
    assert sent(tab) == []
    assert composer_text(tab, WA_COMPOSER) == DRAFT

    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "whatsapp-carers", "text": DRAFT}]
    tab.wait_until(f"!{DIALOG}")
    assert composer_text(tab, WA_COMPOSER) == ""


def test_clean_draft_is_sent_by_enter_with_no_panel(tab: Tab) -> None:
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(CLEAN)
    wait_for_check(tab, "clean")
    tab.press("Enter")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "whatsapp-carers", "text": CLEAN}]
    assert tab.js(f"Boolean({DIALOG})") is False


def test_edit_closes_the_panel_and_keeps_the_draft_for_the_user(tab: Tab) -> None:
    open_panel(tab)
    click_dialog_button(tab, "Edit")
    tab.wait_until(f"!{DIALOG}")
    assert composer_text(tab, WA_COMPOSER) == DRAFT
    assert sent(tab) == []
    tab.wait_until(f"document.activeElement === document.querySelector({json.dumps(WA_COMPOSER)})")


# --- Facebook group post (Lexical in a dialog, the Post button sends) ------------------------


def test_facebook_post_button_shows_the_panel_and_post_anyway_sends_exactly(tab: Tab) -> None:
    tab.open(FACEBOOK_GROUP)
    tab.click("#open-post-composer")
    tab.click(FB_POST)
    tab.type(DRAFT)
    wait_for_check(tab, "findings", ("identifiers.nhs_number",))
    assert underline_covers(tab, FB_POST, NUMBER, "identifiers.nhs_number")
    tab.click('[role="dialog"] [role="button"][aria-label="Post"]')
    tab.wait_until(f"Boolean({DIALOG})")
    assert sent(tab) == []
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "facebook-post", "text": DRAFT}]


# --- LinkedIn feed post (Quill, Enter adds a line, the Post button sends) --------------------


def test_linkedin_post_is_checked_on_post_and_enter_only_adds_a_line(tab: Tab) -> None:
    tab.open(LINKEDIN_FEED)
    tab.click(LI_SHARE)
    tab.type("Advice please.")
    tab.press("Enter")
    tab.type(DRAFT)
    wait_for_check(tab, "findings", ("identifiers.nhs_number",))
    assert underline_covers(tab, LI_SHARE, NUMBER, "identifiers.nhs_number")
    assert sent(tab) == [] and tab.js(f"Boolean({DIALOG})") is False
    tab.click("#share-box button.share-actions__primary-action")
    tab.wait_until(f"Boolean({DIALOG})")
    assert sent(tab) == []
    click_dialog_button(tab, "Post anyway")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "linkedin-post", "text": f"Advice please.\n{DRAFT}"}]


def test_deleting_part_of_a_number_clears_its_underline(tab: Tab) -> None:
    # Lexical handles Backspace itself and fires no input event; the draft is still re-checked.
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(f"Her NHS number is {NUMBER}")
    wait_for_check(tab, "findings")
    tab.press("Backspace")
    wait_for_check(tab, "clean")
    assert tab.js(f"{MARKS}.length") == 0
    tab.press("Enter")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [
        {"composer": "whatsapp-carers", "text": f"Her NHS number is {NUMBER[:-1]}"}
    ]
