"""The options page, in both browsers with the real dist/ build, used the way a person uses it:
a site switched off is not checked; a name on the private list is underlined on a site and never
reaches storage.sync; settings go to a file and come back; a bad file changes nothing; broken
settings load as the usual ones with a notice; reset asks first."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from core.registry import PACKS
from e2e.tabs import WAIT_MS, Browser, ChromiumTab, FirefoxTab
from e2e.test_extension_send import (
    DIALOG,
    DRAFT,
    ENGINE_WAIT_MS,
    MARKS,
    WA_COMPOSER,
    WHATSAPP,
    sent,
    wait_for_check,
)

# What settings read as when none were stored: each pack as the registry has it by default (the
# regulators pack is off until switched on).
DEFAULT_PACKS = {p.id: p.default_on for p in PACKS}

Tab = ChromiumTab | FirefoxTab
NAME = "Doris Pemberton"
NAME_DRAFT = f"Popped in to see {NAME} today, she loved the garden."


class Options:
    """The extension's options page, in the tab the test drives."""

    def __init__(self, tab: Tab, url: str) -> None:
        self.tab = tab
        self.url = url

    def open(self) -> None:
        if isinstance(self.tab, ChromiumTab):
            self.tab.page.goto(self.url)
        else:
            self.tab.driver.get(self.url)
        self.tab.wait_until("document.documentElement.dataset.ready === 'true'")

    def js(self, expression: str) -> Any:
        return self.tab.js(expression)

    def storage(self, area: str) -> dict[str, Any]:
        return self.js(f"TBYP.api.storage.{area}.get(null)")

    def settings(self) -> dict[str, Any]:
        return self.js("TBYP.settings.load()")

    def click(self, css: str) -> None:
        self.tab.click(css)

    def fill(self, css: str, text: str) -> None:
        """Type into a text box the way a person does: click, then keys, one line at a time."""
        self.js(f"document.querySelector({json.dumps(css)}).value = ''")
        self.click(css)
        for number, line in enumerate(text.split("\n")):
            if number:
                self.tab.press("Enter")
            self.tab.type(line)

    def text(self, css: str) -> str:
        return self.js(f"document.querySelector({json.dumps(css)}).textContent")

    def wait_for_status(self, start: str) -> None:
        self.tab.wait_until(
            f"document.getElementById('status').textContent.startsWith({json.dumps(start)})"
        )

    def choose_file(self, path: Path) -> None:
        if isinstance(self.tab, ChromiumTab):
            self.tab.page.set_input_files("#import-file", str(path))
        else:
            self.tab.driver.find_element("id", "import-file").send_keys(str(path))

    def export(self, tmp_path: Path) -> tuple[str, str]:
        """Choose "Save settings to a file"; return the file's name and text.

        Chromium: the real download. Firefox (Selenium cannot see downloads): the Blob handed to
        the download link, caught on its way to URL.createObjectURL.
        """
        if isinstance(self.tab, ChromiumTab):
            with self.tab.page.expect_download() as info:
                self.click("#export")
            download = info.value
            target = tmp_path / download.suggested_filename
            download.save_as(target)
            return download.suggested_filename, target.read_text(encoding="utf-8")
        self.js(
            """(() => {
              const original = URL.createObjectURL;
              URL.createObjectURL = (blob) => {
                blob.text().then((text) => { window.__exported = text; });
                return original(blob);
              };
              document.addEventListener("click", (event) => {
                if (event.target.download) window.__exportName = event.target.download;
              }, true);
              return true;
            })()"""
        )
        self.click("#export")
        self.tab.wait_until("window.__exported !== undefined && window.__exportName")
        return self.js("window.__exportName"), self.js("window.__exported")


@contextmanager
def fresh_options(browser: Browser) -> Iterator[Options]:
    """The options page in a fresh tab with the user's settings cleared; afterwards cleared again
    (the usual settings, no private names). The options fixtures of the browser tests use it."""
    tab = browser.tab()
    page = Options(tab, browser.options_url())
    page.open()
    page.js("TBYP.api.storage.sync.clear().then(() => TBYP.api.storage.local.clear())")
    page.open()
    try:
        yield page
    finally:
        page.open()
        page.js("TBYP.api.storage.sync.clear().then(() => TBYP.api.storage.local.clear())")
        if isinstance(tab, ChromiumTab):
            tab.page.close()


@pytest.fixture
def options(browser: Browser) -> Iterator[Options]:
    """The options page in a fresh tab; afterwards, the usual settings and no private names."""
    with fresh_options(browser) as page:
        yield page


def go_to_whatsapp_and_type(options: Options, draft: str) -> Tab:
    tab = options.tab
    tab.open(WHATSAPP)
    tab.click(WA_COMPOSER)
    tab.type(draft)
    return tab


# --- where to check -----------------------------------------------------------------------------


def test_a_site_switched_off_is_not_checked_and_its_drafts_go_straight_out(
    options: Options,
) -> None:
    assert options.js("document.getElementById('site-whatsapp').checked") is True
    options.click("#site-whatsapp")
    options.wait_for_status("Saved")
    assert options.settings()["sites"] == {"facebook": True, "linkedin": True, "whatsapp": False}

    tab = go_to_whatsapp_and_type(options, DRAFT)
    tab.press("Enter")
    tab.wait_until("window.__sent.length > 0")
    assert sent(tab) == [{"composer": "whatsapp-carers", "text": DRAFT}]
    assert tab.js(f"Boolean({DIALOG})") is False
    assert tab.js(f"{MARKS}.length") == 0


def test_switching_the_site_back_on_checks_again(options: Options) -> None:
    options.click("#site-whatsapp")
    options.wait_for_status("Saved")
    options.open()
    assert options.js("document.getElementById('site-whatsapp').checked") is False
    options.click("#site-whatsapp")
    options.wait_for_status("Saved")

    tab = go_to_whatsapp_and_type(options, DRAFT)
    wait_for_check(tab, "findings", ("identifiers.nhs_number",))


# --- private names ------------------------------------------------------------------------------


def test_a_private_name_is_underlined_on_a_site_and_never_synced(options: Options) -> None:
    options.fill("#names", f"{NAME}\n\n{NAME.upper()}\nBert")
    options.click("#save-names")
    options.tab.wait_until("document.getElementById('names-message').textContent !== ''")
    assert options.text("#names-message") == "Saved. The list has 2 entries."
    # Blank lines and repeats (whatever the capitals) are left out of what is kept.
    assert options.js("document.getElementById('names').value") == f"{NAME}\nBert"
    assert options.storage("local")["privateNames"] == [NAME, "Bert"]
    synced = json.dumps(options.storage("sync"))
    assert NAME not in synced and "Bert" not in synced

    tab = go_to_whatsapp_and_type(options, NAME_DRAFT)
    wait_for_check(tab, "findings", ("custom.name",))

    options.open()
    synced = json.dumps(options.storage("sync"))
    assert NAME not in synced


def test_a_name_list_over_the_limits_is_not_saved_and_says_why(options: Options) -> None:
    options.fill("#names", "Bert")
    options.click("#save-names")
    options.tab.wait_until("document.getElementById('names-message').textContent !== ''")

    too_many = "\n".join(f"Person {n}" for n in range(203))
    options.js(f"document.getElementById('names').value = {json.dumps(too_many)}")
    options.click("#save-names")
    options.tab.wait_until("document.getElementById('names').ariaInvalid === 'true'")
    assert options.text("#names-message") == (
        "Nothing was saved: there are 203 lines and the most you can have is 200. "
        "Please remove 3 and save again."
    )
    assert options.storage("local")["privateNames"] == ["Bert"]

    options.js("document.getElementById('names').value = 'Bert\\n' + 'x'.repeat(61)")
    options.click("#save-names")
    options.tab.wait_until(
        "document.getElementById('names-message').textContent.includes('longer than 60')"
    )
    assert options.storage("local")["privateNames"] == ["Bert"]


# --- settings files -----------------------------------------------------------------------------


def test_settings_go_to_a_file_and_come_back_without_names_unless_asked(
    options: Options, tmp_path: Path
) -> None:
    options.click("#pack-offensive")
    options.wait_for_status("Saved")
    options.click("#show-info")
    options.wait_for_status("Saved")
    options.fill("#phrases", "Rose Court\nnight shift")
    options.click("#save-phrases")
    options.tab.wait_until("document.getElementById('phrases-message').textContent !== ''")
    options.fill("#names", NAME)
    options.click("#save-names")
    options.tab.wait_until("document.getElementById('names-message').textContent !== ''")
    chosen = options.settings()

    name, text = options.export(tmp_path)
    assert name == "think-before-you-post-settings.json"
    exported = json.loads(text)
    assert exported["format"] == "think-before-you-post/settings"
    assert exported["settings"]["packs"]["offensive"] is False
    assert exported["settings"]["phrases"] == ["Rose Court", "night shift"]
    assert "names" not in exported and NAME not in text

    options.open()
    options.click("#export-names")
    _, with_names = options.export(tmp_path)
    assert json.loads(with_names)["names"] == [NAME]

    # Start again from the usual settings and no names, then load the file with the names.
    options.js("TBYP.api.storage.sync.clear().then(() => TBYP.api.storage.local.clear())")
    options.open()
    assert options.settings()["packs"]["offensive"] is True
    file = tmp_path / "with-names.json"
    file.write_text(with_names, encoding="utf-8")
    options.choose_file(file)
    options.wait_for_status("Settings and 1 private names loaded")
    assert options.settings() == chosen
    assert options.storage("local")["privateNames"] == [NAME]
    assert options.js("document.getElementById('pack-offensive').checked") is False
    assert options.js("document.getElementById('phrases').value") == "Rose Court\nnight shift"


@pytest.mark.parametrize(
    "content, message",
    [
        ("this is not JSON", "Nothing was changed: this file could not be read"),
        ('{"packs": {"identifiers": false}}', "Nothing was changed: this is not a Think"),
        (
            json.dumps(
                {
                    "format": "think-before-you-post/settings",
                    "version": 2,
                    "settings": {"packs": {"identifiers": "no"}, "showInfo": False},
                }
            ),
            "Nothing was changed: parts of this file could not be used (what to look out for)",
        ),
    ],
    ids=["not-json", "not-ours", "broken-part"],
)
def test_a_bad_settings_file_changes_nothing_and_says_why(
    options: Options, tmp_path: Path, content: str, message: str
) -> None:
    before = options.storage("sync")
    file = tmp_path / "settings.json"
    file.write_text(content, encoding="utf-8")
    options.choose_file(file)
    options.wait_for_status(message)
    assert options.storage("sync") == before
    assert options.js("document.getElementById('pack-identifiers').checked") is True


def settings_file(tmp_path: Path, names: list[str]) -> Path:
    file = tmp_path / "settings.json"
    content = {
        "format": "think-before-you-post/settings",
        "version": 2,
        "settings": {"showInfo": False},
        "names": names,
    }
    file.write_text(json.dumps(content), encoding="utf-8")
    return file


@pytest.mark.parametrize(
    "incoming, question",
    [
        (
            ["Bert"],
            "You have 2 private names. This file would replace them with the 1 names in it.",
        ),
        ([], "You have 2 private names. This file has none, so loading it would remove them all."),
    ],
    ids=["replace", "empty"],
)
def test_a_file_that_would_replace_or_empty_the_names_asks_first_with_the_count(
    options: Options, tmp_path: Path, incoming: list[str], question: str
) -> None:
    options.fill("#names", f"{NAME}\nAlice Example")
    options.click("#save-names")
    options.tab.wait_until("document.getElementById('names-message').textContent !== ''")
    before = options.storage("sync")

    options.choose_file(settings_file(tmp_path, incoming))
    options.tab.wait_until("document.getElementById('import-dialog').open")
    assert options.text("#import-dialog-text") == question
    options.click("#import-cancel")
    options.wait_for_status("Nothing was changed")
    assert options.storage("local")["privateNames"] == [NAME, "Alice Example"]
    assert options.storage("sync") == before

    options.choose_file(settings_file(tmp_path, incoming))
    options.tab.wait_until("document.getElementById('import-dialog').open")
    options.click("#import-confirm")
    options.wait_for_status("Settings and")
    assert options.storage("local")["privateNames"] == incoming
    assert options.settings()["showInfo"] is False


def test_a_file_with_the_same_names_or_none_loads_without_asking(
    options: Options, tmp_path: Path
) -> None:
    options.fill("#names", NAME)
    options.click("#save-names")
    options.tab.wait_until("document.getElementById('names-message').textContent !== ''")
    options.choose_file(settings_file(tmp_path, [NAME]))
    options.wait_for_status("Settings and 1 private names loaded")
    assert options.js("document.getElementById('import-dialog').open") is False


# --- broken settings, reset ---------------------------------------------------------------------


def test_broken_settings_load_as_the_usual_ones_with_a_notice_and_nothing_else_lost(
    options: Options,
) -> None:
    options.js(
        "TBYP.api.storage.sync.set({settings: {version: 1, packs: 'garbage', "
        "sites: {facebook: 'yes', linkedin: false}, showInfo: false, "
        "phrases: ['Rose Court', 42]}})"
    )
    options.open()
    options.tab.wait_until("!document.getElementById('repair-notice').hidden")
    assert options.text("#repair-text") == (
        "Some of your settings could not be read, so the usual ones are in use for what to look "
        "out for, where to check and your own phrases. Everything else is as you left it."
    )
    settings = options.settings()
    assert settings["packs"] == DEFAULT_PACKS
    assert settings["sites"] == {"facebook": True, "linkedin": False, "whatsapp": True}
    assert settings["showInfo"] is False
    assert settings["phrases"] == ["Rose Court"]
    assert options.js("document.getElementById('site-linkedin').checked") is False
    assert options.js("document.getElementById('show-info').checked") is False


def test_settings_that_are_not_an_object_load_as_the_usual_ones_with_a_notice(
    options: Options,
) -> None:
    options.js("TBYP.api.storage.sync.set({settings: 'garbage'})")
    options.open()
    options.tab.wait_until("!document.getElementById('repair-notice').hidden")
    assert "all your settings" in options.text("#repair-text")
    assert options.settings()["packs"] == DEFAULT_PACKS


def test_reset_asks_first_then_restores_the_usual_settings_and_keeps_names(
    options: Options,
) -> None:
    options.click("#pack-identifiers")
    options.wait_for_status("Saved")
    options.fill("#names", NAME)
    options.click("#save-names")
    options.tab.wait_until("document.getElementById('names-message').textContent !== ''")

    options.click("#reset")
    options.tab.wait_until("document.getElementById('reset-dialog').open")
    options.click("#reset-cancel")
    options.tab.wait_until("!document.getElementById('reset-dialog').open")
    assert options.settings()["packs"]["identifiers"] is False

    options.click("#reset")
    options.tab.wait_until("document.getElementById('reset-dialog').open")
    options.click("#reset-confirm")
    options.wait_for_status("Your settings are back to the usual ones.")
    assert options.settings() == options.js("TBYP.settings.defaults()")
    assert options.js("document.getElementById('pack-identifiers').checked") is True
    assert options.storage("local")["privateNames"] == [NAME]


# --- pause, own phrases --------------------------------------------------------------------------


def test_paused_for_an_hour_drafts_go_straight_out(options: Options) -> None:
    options.click("#pause")
    options.wait_for_status("Paused until")
    assert options.js("document.getElementById('resume').hidden") is False
    tab = go_to_whatsapp_and_type(options, DRAFT)
    tab.press("Enter")
    tab.wait_until("window.__sent.length > 0", WAIT_MS)
    assert sent(tab) == [{"composer": "whatsapp-carers", "text": DRAFT}]
    assert tab.js(f"Boolean({DIALOG})") is False


def test_an_own_phrase_is_underlined_on_a_site(options: Options) -> None:
    options.fill("#phrases", "Rose Court")
    options.click("#save-phrases")
    options.tab.wait_until("document.getElementById('phrases-message').textContent !== ''")
    tab = go_to_whatsapp_and_type(options, "Quiet night at Rose Court, all well.")
    # Only the underline ends the wait: the draft is typed key by key, so a check of its first
    # words can show the badge clean before "Rose Court" is complete.
    tab.wait_until(f"{MARKS}.some((m) => m.dataset.rule === 'custom.phrase')", ENGINE_WAIT_MS)
