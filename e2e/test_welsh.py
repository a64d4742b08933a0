"""The interface in Welsh, in both browsers with the real dist/ build: a person chooses Cymraeg in
the options, and the options page, the practice page, its underlines' card and the "Meddyliwch cyn
postio" panel speak Welsh (lang="cy"), with the rules' words; "Tynnu dynodwyr" puts Welsh
placeholders into a post written in Welsh and English ones into a post written in English;
choosing English again brings English back. axe-core finds nothing on the Welsh pages and panel.

Screenshots of the panel and the options page in both languages are written to the test's
temporary folder, and copied to the folder TBYP_SCREENSHOTS_DIR names if it is set."""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from e2e.tabs import Browser, ChromiumTab, FirefoxTab
from e2e.test_accessibility import axe_violations, describe
from e2e.test_extension_send import DIALOG, ENGINE_WAIT_MS, MARKS, NUMBER, SHADOW
from e2e.test_options_page import Options, fresh_options

Tab = ChromiumTab | FirefoxTab
PRACTICE_CHAT = '[data-practice="whatsapp"] [contenteditable="true"]'
DRAFT = f"Mae angen help arna i. Ei rhif GIG yw {NUMBER}."
ENGLISH_DRAFT = f"Could someone check on her today? Her NHS number is {NUMBER}."
WELSH_WHY = (
    "Mae rhif GIG yn arwain at gofnod iechyd un person, ac mae tip y canllaw 'Peidiwch â "
    "phostio dynodwyr unigryw' yn gofyn na ddylai'r un gyrraedd grŵp, pa mor breifat bynnag "
    "yw'r grŵp."
)
PRACTICE_BADGE = f"{SHADOW}?.querySelector('.badge:not([hidden])')"


def choose_language(options: Options, value: str) -> None:
    """Pick a language in the options' list, the way a person does, and wait until it is saved."""
    if isinstance(options.tab, ChromiumTab):
        options.tab.page.select_option("#language", value)
    else:
        from selenium.webdriver.support.select import Select

        Select(options.tab.driver.find_element("id", "language")).select_by_value(value)
    options.tab.wait_until(
        f"document.documentElement.lang === {json.dumps('cy' if value == 'cy' else 'en-GB')}"
        " && document.getElementById('status').textContent !== ''"
    )


def screenshot(tab: Tab, folder: Path, name: str) -> Path:
    """The visible page as a PNG in `folder`, copied to TBYP_SCREENSHOTS_DIR when that is set."""
    target = folder / f"{name}-{'chromium' if isinstance(tab, ChromiumTab) else 'firefox'}.png"
    if isinstance(tab, ChromiumTab):
        tab.page.screenshot(path=str(target))
    else:
        tab.driver.save_screenshot(str(target))
    assert target.stat().st_size > 0
    extra = os.environ.get("TBYP_SCREENSHOTS_DIR")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy2(target, Path(extra) / target.name)
    return target


def practice_url(browser: Browser) -> str:
    return browser.options_url().replace("options/options.html", "practice/practice.html")


def open_page(tab: Tab, url: str, ready: str) -> None:
    if isinstance(tab, ChromiumTab):
        tab.page.goto(url)
    else:
        tab.driver.get(url)
    tab.wait_until(ready)


def open_practice(tab: Tab, url: str, heading: str) -> None:
    open_page(
        tab,
        url,
        f"document.querySelector('h1').textContent === {json.dumps(heading)}",
    )


def type_on_practice_chat(tab: Tab, text: str) -> None:
    tab.click(PRACTICE_CHAT)
    tab.type(text)
    tab.wait_until(f"{PRACTICE_BADGE}?.dataset.state === 'findings'", ENGINE_WAIT_MS)


def panel(tab: Tab) -> dict[str, Any]:
    """What the open panel shows: its name, language, buttons, headings and findings' words."""
    return tab.js(
        f"""(() => {{
          const dialog = {DIALOG};
          const root = {SHADOW};
          return {{
            name: root.getElementById(dialog.getAttribute('aria-labelledby')).textContent,
            lang: dialog.closest('[lang]')?.lang,
            buttons: [...dialog.querySelectorAll('button')].map((b) => b.textContent),
            headings: [...dialog.querySelectorAll('h3')].map((h) => h.textContent),
            messages: [...dialog.querySelectorAll('.finding .message strong')]
              .map((m) => m.textContent),
            suggestions: [...dialog.querySelectorAll('.finding .suggestion')]
              .map((m) => m.textContent),
          }};
        }})()"""
    )


def press_panel_button(tab: Tab, name: str) -> None:
    if isinstance(tab, ChromiumTab):
        tab.page.get_by_role("button", name=name, exact=True).click()
    else:
        tab.driver.execute_script(
            f"return [...{DIALOG}.querySelectorAll('button')]"
            f".find((b) => b.textContent === {json.dumps(name)})"
        ).click()


@pytest.fixture
def options(browser: Browser) -> Iterator[Options]:
    """The options page in a fresh tab with the usual settings; afterwards, the usual settings."""
    with fresh_options(browser) as page:
        yield page


def test_the_options_page_in_welsh_and_back(options: Options, tmp_path: Path) -> None:
    assert options.js("document.documentElement.lang") == "en-GB"
    assert options.text("h1") == "Think Before You Post: settings"
    screenshot(options.tab, tmp_path, "options-english")

    choose_language(options, "cy")
    assert options.text("h1") == "Meddyliwch Cyn Postio: gosodiadau"
    assert (
        options.text("#status")
        == "Wedi'i gadw. Mae tabiau agored yn defnyddio'r gosodiadau newydd ar unwaith."
    )
    assert options.settings()["language"] == "cy"
    # The packs and their rules, from the registry, in Welsh.
    assert options.text("#pack-identifiers + .title") == "Dynodwyr"
    assert "Mae hwn yn edrych fel rhif GIG." in options.text("#packs")
    assert "NHS" not in options.text("#packs")
    # The list hints drawn by script are Welsh too, and the language's own name stays.
    assert options.text("#phrases-hint").startswith("Hyd at 100 llinell")
    assert (
        options.js("document.querySelector('#language option[value=en]').textContent") == "English"
    )

    # The choice is kept: the page opens in Welsh next time.
    options.open()
    assert options.js("document.documentElement.lang") == "cy"
    assert options.js("document.getElementById('language').value") == "cy"
    assert options.text("#pause") == "Oedi am awr"
    screenshot(options.tab, tmp_path, "options-welsh")

    choose_language(options, "en")
    assert options.text("h1") == "Think Before You Post: settings"
    assert "This looks like an NHS number." in options.text("#packs")


def test_the_practice_page_and_its_panel_in_welsh(
    options: Options, browser: Browser, tmp_path: Path
) -> None:
    tab = options.tab
    # In English first, for the screenshots in both languages.
    open_practice(tab, practice_url(browser), "Try it safely: nothing here is posted anywhere")
    type_on_practice_chat(tab, DRAFT)
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert panel(tab)["name"] == "Think before you post"
    screenshot(tab, tmp_path, "panel-english")
    press_panel_button(tab, "Edit")

    options.open()
    choose_language(options, "cy")
    open_practice(
        tab,
        practice_url(browser),
        "Rhowch gynnig arni'n ddiogel: does dim yma'n cael ei bostio i unman",
    )
    assert tab.js("document.documentElement.lang") == "cy"
    assert tab.js("document.getElementById('sent-heading').textContent") == (
        "Beth fyddai wedi cael ei anfon"
    )
    type_on_practice_chat(tab, DRAFT)
    assert "identifiers.nhs_number" in tab.js(f"{MARKS}.map((m) => m.dataset.rule)")
    badge = tab.js(f"{PRACTICE_BADGE}.getAttribute('aria-label')")
    assert badge.startswith("Meddyliwch Cyn Postio: ") and "peth sy'n werth ail olwg" in badge

    # The caret moved into the underlined number opens its card, in Welsh.
    tab.press("ArrowLeft")
    tab.press("ArrowLeft")
    card = f"{SHADOW}?.querySelector('.card:not([hidden])')"
    tab.wait_until(f"Boolean({card})")
    assert tab.js(f"[...{card}.querySelectorAll('p, button')].map((n) => n.textContent)") == [
        "Mae hwn yn edrych fel rhif GIG.",
        WELSH_WHY,
        "Tynnwch y rhif allan, neu disgrifiwch y sefyllfa hebddo.",
        "Anwybyddu unwaith",
        "Caniatáu hwn bob amser",
    ]
    tab.press("End")

    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    shown = panel(tab)
    assert shown["name"] == "Meddyliwch cyn postio"
    assert shown["lang"] == "cy"
    assert shown["buttons"] == ["Golygu", "Tynnu dynodwyr", "Postio beth bynnag"]
    assert shown["headings"][0] == "Manylion a allai ddatgelu pwy yw rhywun"
    assert shown["headings"][-1] == "Cwestiynau i'w gofyn i chi'ch hun"
    assert shown["messages"] == ["Mae hwn yn edrych fel rhif GIG."]
    assert shown["suggestions"] == ["Tynnwch y rhif allan, neu disgrifiwch y sefyllfa hebddo."]
    screenshot(tab, tmp_path, "panel-welsh")

    # "Tynnu dynodwyr" puts the Welsh placeholder in the draft, and nothing else changes.
    press_panel_button(tab, "Tynnu dynodwyr")
    tab.wait_until(
        f"document.querySelector({json.dumps(PRACTICE_CHAT)}).innerText.includes('[rhif GIG]')"
    )
    assert tab.js(f"document.querySelector({json.dumps(PRACTICE_CHAT)}).innerText.trim()") == (
        "Mae angen help arna i. Ei rhif GIG yw [rhif GIG]."
    )

    # A post written in English gets the English placeholder, whatever language the panel speaks.
    open_practice(
        tab,
        practice_url(browser),
        "Rhowch gynnig arni'n ddiogel: does dim yma'n cael ei bostio i unman",
    )
    type_on_practice_chat(tab, ENGLISH_DRAFT)
    tab.press("End")
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    press_panel_button(tab, "Tynnu dynodwyr")
    tab.wait_until(
        f"document.querySelector({json.dumps(PRACTICE_CHAT)}).innerText.includes('[NHS number]')"
    )
    assert tab.js(f"document.querySelector({json.dumps(PRACTICE_CHAT)}).innerText.trim()") == (
        "Could someone check on her today? Her NHS number is [NHS number]."
    )


def test_the_welsh_pages_and_panel_have_no_wcag_violations(chromium_with_extension: Any) -> None:
    page = chromium_with_extension.new_page()
    base = f"chrome-extension://{chromium_with_extension.extension_id}/"
    try:
        page.goto(base + "options/options.html")
        page.wait_for_function("() => document.documentElement.dataset.ready === 'true'")
        page.evaluate(
            "() => TBYP.api.storage.sync.clear().then(() => TBYP.settings.save("
            "{...TBYP.settings.defaults(), language: 'cy'}))"
        )
        for path in ("options/options.html", "popup/popup.html", "onboarding/onboarding.html"):
            page.goto(base + path)
            page.wait_for_function(
                "() => document.documentElement.dataset.ready === 'true'"
                " && document.documentElement.lang === 'cy'"
            )
            violations = axe_violations(page)
            assert violations == [], f"{path}: {describe(violations)}"
            # WCAG 1.4.10 with the Welsh words: no sideways scrolling at 400 % zoom.
            page.set_viewport_size({"width": 320, "height": 480})
            widths = page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            assert widths[0] <= widths[1], (path, widths)
            page.set_viewport_size({"width": 1280, "height": 720})

        tab = ChromiumTab(page)
        open_practice(
            tab,
            base + "practice/practice.html",
            "Rhowch gynnig arni'n ddiogel: does dim yma'n cael ei bostio i unman",
        )
        violations = axe_violations(page)
        assert violations == [], describe(violations)
        type_on_practice_chat(tab, DRAFT)
        tab.press("Enter")
        tab.wait_until(f"Boolean({DIALOG})")
        assert panel(tab)["lang"] == "cy"
        violations = axe_violations(page, include="tbyp-root")
        assert violations == [], describe(violations)
    finally:
        page.evaluate("() => TBYP.api.storage.sync.clear()")
        page.close()


def welsh_by_default(tab: Tab, base: str) -> None:
    """With the usual setting ("automatic"), the options page, the practice page and the panel
    are in Welsh."""
    open_page(tab, base + "options/options.html", "document.documentElement.dataset.ready")
    assert tab.js("document.getElementById('language').value") == "auto"
    assert tab.js("document.documentElement.lang") == "cy"
    assert tab.js("document.querySelector('h1').textContent") == (
        "Meddyliwch Cyn Postio: gosodiadau"
    )
    open_practice(
        tab,
        base + "practice/practice.html",
        "Rhowch gynnig arni'n ddiogel: does dim yma'n cael ei bostio i unman",
    )
    type_on_practice_chat(tab, DRAFT)
    tab.press("Enter")
    tab.wait_until(f"Boolean({DIALOG})")
    assert panel(tab)["name"] == "Meddyliwch cyn postio"


def in_a_thread_of_its_own(work: Callable[[], None], timeout_s: float = 300) -> None:
    """Run `work` in another thread and raise what it raised: Playwright's sync API cannot start
    a second browser in the thread where the other tests' Chromium is running."""
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:  # handed to the test's own thread
            failure.append(error)

    thread = threading.Thread(target=run, name="welsh-first-chromium")
    thread.start()
    thread.join(timeout_s)
    assert not thread.is_alive(), "the Welsh-first Chromium did not finish"
    if failure:
        raise failure[0]


def welsh_first_chromium(tmp_path: Path, replica_build: Path, dist: Path) -> None:
    from playwright.sync_api import sync_playwright

    from e2e import sites
    from e2e.browsers import chromium_extension_id, launch_chromium

    with sync_playwright() as playwright:
        context = launch_chromium(
            playwright,
            tmp_path / "profile",
            extension_dir=dist / "chrome",
            args=["--accept-lang=cy,en-GB"],
        )
        sites.route_sites(context, replica_build)
        try:
            base = f"chrome-extension://{chromium_extension_id(context)}/"
            welsh_by_default(ChromiumTab(context.new_page()), base)
        finally:
            context.close()


def welsh_first_firefox(dist: Path) -> None:
    from e2e.browsers import launch_firefox
    from e2e.conftest import FIREFOX_UUID, GECKO_ID
    from e2e.https_sites import firefox_options

    driver = launch_firefox(
        firefox_options(prefs={"intl.accept_languages": "cy, en-gb"}),
        addon_path=dist / "think-before-you-post-firefox.zip",
        addon_id=GECKO_ID,
        addon_uuid=FIREFOX_UUID,
    )
    try:
        welsh_by_default(FirefoxTab(driver), f"moz-extension://{FIREFOX_UUID}/")
    finally:
        driver.quit()


@pytest.mark.parametrize("kind", ["chromium", "firefox"])
def test_automatic_follows_the_browsers_preferred_languages(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path, dist: Path
) -> None:
    """A browser whose preferred languages put Welsh first shows the extension in Welsh while the
    setting is "automatic" (the usual one); the other tests' browsers, English first, in English."""
    if kind == "chromium":
        replica_build = request.getfixturevalue("replica_build")
        in_a_thread_of_its_own(lambda: welsh_first_chromium(tmp_path, replica_build, dist))
    else:
        request.getfixturevalue("https_sites")
        welsh_first_firefox(dist)
