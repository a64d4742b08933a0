"""The replica sites behave like the real ones, in both browsers, before any extension is involved.

Each test types into a composer the way a person does (key by key), sends it the site's way (Enter,
a Post / Comment / Send button, a form submit), and checks that the page recorded exactly the text
typed and emptied the composer. Other tests check that each site's Content-Security-Policy is in
force. Chromium gets the replicas through Playwright routes; Firefox through the local HTTPS server.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from e2e import sites
from e2e.browsers import launch_chromium, launch_firefox
from e2e.https_sites import HttpsSites, firefox_options
from e2e.tabs import ChromiumTab, FirefoxTab

FACEBOOK_GROUP = "https://www.facebook.com/groups/carers/"
MESSENGER = "https://www.facebook.com/messages/t/1"
LINKEDIN_FEED = "https://www.linkedin.com/feed/"
LINKEDIN_MESSAGING = "https://www.linkedin.com/messaging/"
WHATSAPP = "https://web.whatsapp.com/"

LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'
FB_COMMENT = f'[role="article"] {LEXICAL}'
FB_POST = f'[role="dialog"] {LEXICAL}'
MESSENGER_BOX = f'[aria-label="Messenger"] {LEXICAL}'
WA_COMPOSER = '#main footer [contenteditable="true"][data-lexical-editor="true"]'
LI_SHARE = '#share-box .ql-editor[contenteditable="true"]'
LI_COMMENT = '#comment-box .ql-editor[contenteditable="true"]'
LI_MESSAGE = 'form.msg-form div.msg-form__contenteditable[contenteditable="true"]'


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory, replica_build: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = launch_chromium(playwright, tmp_path_factory.mktemp("chromium-profile"))
        sites.route_sites(context, replica_build)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def firefox(https_sites: HttpsSites) -> Iterator[Any]:
    driver = launch_firefox(firefox_options())
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(params=["chromium", "firefox"])
def tab(request: pytest.FixtureRequest) -> Iterator[ChromiumTab | FirefoxTab]:
    if request.param == "chromium":
        page = request.getfixturevalue("chromium").new_page()
        try:
            yield ChromiumTab(page)
        finally:
            page.close()
    else:
        yield FirefoxTab(request.getfixturevalue("firefox"))


# --- helpers ------------------------------------------------------------------------------------


def sent(tab: ChromiumTab | FirefoxTab) -> list[dict[str, str]]:
    return tab.js("window.__sent")


def sent_list(tab: ChromiumTab | FirefoxTab) -> list[list[str]]:
    return tab.js(
        "[...document.querySelectorAll('#sent li')]"
        ".map(li => [li.dataset.composer, li.textContent])"
    )


def text_of(tab: ChromiumTab | FirefoxTab, css: str) -> str:
    return tab.js(f"document.querySelector({json.dumps(css)}).textContent")


def type_lines(tab: ChromiumTab | FirefoxTab, lines: list[str], newline: str) -> None:
    for index, line in enumerate(lines):
        if index:
            tab.press(newline)
        tab.type(line)


def assert_sent_once(tab: ChromiumTab | FirefoxTab, composer: str, text: str, box: str) -> None:
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": composer, "text": text}]
    assert sent_list(tab) == [[composer, text]]
    assert text_of(tab, box) == ""


# --- sending from each composer ----------------------------------------------------------------


def test_facebook_comment_is_sent_by_enter(tab):
    tab.open(FACEBOOK_GROUP)
    tab.click(FB_COMMENT)
    tab.type("Thanks Jo, a warm bath helps 😊")
    tab.wait_until(f"document.querySelector({json.dumps(FB_COMMENT)}).textContent.endsWith('😊')")
    tab.press("Enter")
    assert_sent_once(tab, "facebook-comment", "Thanks Jo, a warm bath helps 😊", FB_COMMENT)


def test_facebook_post_dialog_keeps_lines_and_sends_from_post_button(tab):
    tab.open(FACEBOOK_GROUP)
    tab.click("#open-post-composer")
    tab.click(FB_POST)
    # In the post composer Enter starts a new paragraph and Shift+Enter a new line, as on Facebook;
    # Lexical's getTextContent() puts a blank line between paragraphs.
    type_lines(tab, ["Morning all", "Quiet night 🌙"], "Shift+Enter")
    tab.press("Enter")
    tab.type("Thank you")
    tab.click('[role="dialog"] [role="button"][aria-label="Post"]')
    tab.wait_until("window.__sent.length > 0 && !document.querySelector('[role=\"dialog\"]')")
    assert sent(tab) == [
        {"composer": "facebook-post", "text": "Morning all\nQuiet night 🌙\n\nThank you"}
    ]


def test_messenger_sends_a_multi_line_draft_from_the_send_button(tab):
    tab.open(MESSENGER)
    tab.click(MESSENGER_BOX)
    type_lines(tab, ["See you at 3", "Bring the forms ✅"], "Shift+Enter")
    tab.click('[aria-label="Messenger"] [role="button"][aria-label="Send"]')
    assert_sent_once(tab, "messenger", "See you at 3\nBring the forms ✅", MESSENGER_BOX)


def test_linkedin_post_enter_adds_a_line_and_post_sends(tab):
    tab.open(LINKEDIN_FEED)
    tab.click(LI_SHARE)
    type_lines(tab, ["Two years a carer today", "Proud of our team 🎉"], "Enter")
    assert sent(tab) == []
    tab.click("#share-box button.share-actions__primary-action")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [
        {"composer": "linkedin-post", "text": "Two years a carer today\nProud of our team 🎉"}
    ]
    assert tab.js(f"document.querySelector({json.dumps(LI_SHARE)}).innerText.trim()") == ""


def test_linkedin_comment_is_sent_by_the_comment_button(tab):
    tab.open(LINKEDIN_FEED)
    tab.click(LI_COMMENT)
    tab.type("Great point 👏")
    tab.click("#comment-box button.comments-comment-box__submit-button")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "linkedin-comment", "text": "Great point 👏"}]
    assert tab.js(f"document.querySelector({json.dumps(LI_COMMENT)}).innerText.trim()") == ""


def test_linkedin_message_is_sent_by_form_submit(tab):
    tab.open(LINKEDIN_MESSAGING)
    tab.click(LI_MESSAGE)
    type_lines(tab, ["Hello Chris", "Are you free on Friday? 🙂"], "Enter")
    tab.js(
        "(window.__submits = 0, document.querySelector('form.msg-form')"
        ".addEventListener('submit', () => window.__submits++), true)"
    )
    tab.click("form.msg-form button.msg-form__send-button[type=submit]")
    assert_sent_once(tab, "linkedin-message", "Hello Chris\nAre you free on Friday? 🙂", LI_MESSAGE)
    assert tab.js("window.__submits") == 1


def test_whatsapp_enter_sends_and_shift_enter_adds_a_line(tab):
    tab.open(WHATSAPP)
    assert tab.js("document.querySelector('#main footer button[aria-label=\"Send\"]')") is None
    tab.click(WA_COMPOSER)
    type_lines(tab, ["Morning all", "Coffee at 10 ☕"], "Shift+Enter")
    tab.wait_until("document.querySelector('#main footer button[aria-label=\"Send\"]')")
    tab.press("Enter")
    assert_sent_once(tab, "whatsapp-carers", "Morning all\nCoffee at 10 ☕", WA_COMPOSER)
    tab.wait_until("!document.querySelector('#main footer button[aria-label=\"Send\"]')")


def test_whatsapp_send_button_sends(tab):
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type("On my way")
    tab.click('#main footer button[aria-label="Send"]')
    assert_sent_once(tab, "whatsapp-carers", "On my way", WA_COMPOSER)


def test_whatsapp_chat_opened_after_load_has_a_working_composer(tab):
    tab.open(WHATSAPP)
    first_editor = "document.querySelector('#main footer [data-lexical-editor]')"
    tab.js(f"(window.__firstEditor = {first_editor}, true)")
    tab.click('#pane-side [data-chat="sam"]')
    tab.wait_until("document.querySelector('#main').dataset.chat === 'sam'")
    assert tab.js(
        f"{first_editor} !== window.__firstEditor && window.__firstEditor.isConnected === false"
    )
    tab.click(WA_COMPOSER)
    tab.type("Yes, after 4")
    tab.press("Enter")
    assert_sent_once(tab, "whatsapp-sam", "Yes, after 4", WA_COMPOSER)


def test_synthetic_enter_sends_from_lexical(tab):
    # The extension's "Post anyway" re-sends with a synthetic Enter where there is no button to
    # click: Lexical does not check isTrusted, and the replicas must keep it that way.
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type("Sent by a synthetic Enter")
    tab.js(
        f"document.querySelector({json.dumps(WA_COMPOSER)})"
        ".dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', code: 'Enter',"
        " keyCode: 13, which: 13, bubbles: true, cancelable: true}))"
    )
    assert_sent_once(tab, "whatsapp-carers", "Sent by a synthetic Enter", WA_COMPOSER)


def test_empty_draft_is_not_sent(tab):
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.press("Enter")
    tab.type("x")
    tab.press("Enter")
    assert_sent_once(tab, "whatsapp-carers", "x", WA_COMPOSER)


# --- the sites' Content-Security-Policy is in force --------------------------------------------


@pytest.mark.parametrize(
    "url", [FACEBOOK_GROUP, MESSENGER, LINKEDIN_FEED, LINKEDIN_MESSAGING, WHATSAPP]
)
def test_inline_script_is_blocked_by_the_sites_csp(tab, url):
    tab.open(url)
    tab.wait_until("window.__cspViolations.length > 0")
    assert tab.js("window.__inlineScriptRan") is None
    violations = tab.js("window.__cspViolations")
    assert {"directive": "script-src-elem", "blockedURI": "inline"} in violations
    if isinstance(tab, ChromiumTab):
        header = tab.last_response.headers["content-security-policy"]
        site = sites.SITES_BY_HOST[url.split("/")[2]]
        nonce_free = site.csp.split("{nonce}")
        assert header.startswith(nonce_free[0]) and header.endswith(nonce_free[-1])


@pytest.mark.parametrize(
    ("url", "outcome"),
    [(LINKEDIN_FEED, "CompileError"), (FACEBOOK_GROUP, "compiled"), (WHATSAPP, "compiled")],
)
def test_webassembly_in_the_page_follows_wasm_unsafe_eval(tab, url, outcome):
    # Why the engine cannot run in a content script: LinkedIn's CSP has no 'wasm-unsafe-eval'.
    tab.open(url)
    # The replica's own script compiles, so the page's CSP applies (a test runner's script may be
    # exempt).
    tab.js(
        "(window.__wasm = null,"
        " window.__tryWebAssembly().then((r) => { window.__wasm = r; }), true)"
    )
    tab.wait_until("window.__wasm !== null")
    assert tab.js("window.__wasm") == outcome


# --- the extension's practice page ---------------------------------------------------------------


@pytest.fixture(scope="session")
def practice_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("practice")
    subprocess.run(
        [shutil.which("node") or "node", str(sites.BUNDLE_SCRIPT), "--practice", str(out)],
        cwd=sites.REPO_DIR,
        check=True,
    )
    return out


def test_practice_page_sends_nowhere_but_its_own_list(tab, practice_build):
    tab.open((practice_build / "practice.html").as_uri())
    assert (
        tab.js("document.querySelector('h1').textContent")
        == "Try it safely: nothing here is posted anywhere"
    )

    tab.click(f'[data-practice="facebook"] {LEXICAL}')
    tab.type("Group post 👋")
    tab.click('[data-practice="facebook"] [role="button"][aria-label="Post"]')

    tab.click('[data-practice="linkedin"] .ql-editor[contenteditable="true"]')
    type_lines(tab, ["LinkedIn post", "second line"], "Enter")
    tab.click('[data-practice="linkedin"] button')

    tab.click(WA_COMPOSER)
    type_lines(tab, ["Chat", "message"], "Shift+Enter")
    tab.press("Enter")

    tab.wait_until("window.__sent.length === 3")
    assert sent_list(tab) == [
        ["facebook-post", "Group post 👋"],
        ["linkedin-post", "LinkedIn post\nsecond line"],
        ["whatsapp-chat", "Chat\nmessage"],
    ]
    assert tab.js("document.getElementById('sent-empty').hidden") is True


def test_practice_page_loads_the_content_scripts_in_builds_order():
    # The practice page runs the extension's content scripts itself, every site's adapter in turn.
    build_py = ast.parse((sites.REPO_DIR / "build.py").read_text(encoding="utf-8"))
    listed = next(
        ast.literal_eval(node.value)
        for node in build_py.body
        if isinstance(node, ast.Assign)
        and any(getattr(target, "id", None) == "CONTENT_SCRIPTS" for target in node.targets)
    )
    expected = []
    for script in listed:
        if "{site}" in script:
            folders = dict.fromkeys(site.build_folder for site in sites.SITES)
            expected += [script.format(site=folder) for folder in folders]
        else:
            expected.append(script)
    html = (sites.REPO_DIR / "extension" / "practice" / "practice.html").read_text(encoding="utf-8")
    loaded = re.findall(r'<script src="\.\./([^"]+)" defer></script>', html)
    assert loaded == expected
    assert "data-tbyp-practice" in html


# --- respond(), without a browser ----------------------------------------------------------------


def test_respond_serves_every_real_address_with_its_csp(replica_build):
    for site in sites.SITES:
        for url in site.urls:
            status, headers, body = sites.respond(url, replica_build)
            assert status == 200, url
            assert headers["Content-Type"].startswith("text/html")
            assert "Content-Security-Policy" in headers
            assert b'id="sent"' in body


def test_respond_gives_a_clear_404_on_the_sites_and_none_elsewhere(replica_build):
    status, _headers, body = sites.respond("https://www.linkedin.com/jobs/", replica_build)
    assert status == 404
    assert b"linkedin replica serves https://www.linkedin.com/feed/" in body
    assert (
        sites.respond("https://www.linkedin.com/sc/h/replica/../../secret.js", replica_build)[0]
        == 404
    )
    assert sites.respond("https://example.org/", replica_build) is None


def test_csp_allows_the_replica_bundle_without_inline_script():
    for site in sites.SITES:
        script_src = next(d for d in site.csp.split("; ") if d.startswith("script-src "))
        assert "'unsafe-inline'" not in script_src, site.name
    linkedin_script_src = next(
        d for d in sites.LINKEDIN.csp.split("; ") if d.startswith("script-src ")
    )
    assert "'wasm-unsafe-eval'" not in linkedin_script_src
    assert "'self'" not in linkedin_script_src
    assert f"https://{sites.LINKEDIN.host}/sc/" in linkedin_script_src
    assert sites.LINKEDIN.asset_prefix.startswith("/sc/")
