"""The extension's words (extension/_locales): Welsh has every English key with the same
placeholders and no English left in it; every key the pages and scripts ask for exists; the
translations marked for review name real keys; and the words reach the extension through one
module (shared/i18n.js), never through chrome.i18n.getMessage, which cannot follow the user's
choice of language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builder.generated import chrome_message, locale_messages, locales_js
from core.registry import PACK_IDS, RULES_BY_ID
from tests.test_i18n import english_words_in

ROOT = Path(__file__).resolve().parents[1]
EXTENSION = ROOT / "extension"
LOCALES = EXTENSION / "_locales"
REVIEW = LOCALES / "cy" / "REVIEW.md"
# Names that are the same in every language.
PROPER_NAMES = frozenset({"siteFacebook", "siteLinkedin", "siteWhatsapp"})


def messages(locale: str) -> dict[str, dict[str, object]]:
    return json.loads((LOCALES / locale / "messages.json").read_text(encoding="utf-8"))


ENGLISH = messages("en_GB")
WELSH = messages("cy")


def placeholders(entry: dict[str, object]) -> set[str]:
    return set(re.findall(r"\$([A-Za-z0-9_@]+)\$", str(entry["message"]).lower()))


def test_welsh_has_every_english_key_and_no_other() -> None:
    assert sorted(set(ENGLISH) - set(WELSH)) == [], "keys to translate"
    assert sorted(set(WELSH) - set(ENGLISH)) == [], "keys English does not have"


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_a_welsh_message_has_the_english_placeholders_and_no_english(key: str) -> None:
    english, welsh = ENGLISH[key], WELSH.get(key)
    assert welsh is not None, f"{key} is not translated"
    assert placeholders(welsh) == placeholders(english)
    assert welsh.get("placeholders") == english.get("placeholders")
    if key not in PROPER_NAMES:
        assert welsh["message"] != english["message"], f"{key} is still in English"
    assert not english_words_in(str(welsh["message"])), welsh["message"]


def test_the_words_marked_for_review_name_real_keys_and_rules() -> None:
    text = REVIEW.read_text(encoding="utf-8")
    keys = set(re.findall(r"`([a-z]+[A-Z][A-Za-z]*)`", text))
    rules = set(re.findall(r"`([a-z_]+\.[a-z_]+)`", text)) - {"cy.py", "messages.json"}
    packs = set(re.findall(r"`([a-z_]+)`", text))
    assert keys and rules, "the review list names no key or rule"
    assert sorted(keys - set(WELSH)) == []
    assert sorted(rules - set(RULES_BY_ID)) == []
    assert sorted(packs - set(PACK_IDS)) == []


def script_and_page_keys() -> set[str]:
    keys: set[str] = set()
    for page in EXTENSION.rglob("*.html"):
        keys |= set(re.findall(r'data-i18n="([A-Za-z]+)"', page.read_text(encoding="utf-8")))
    for script in EXTENSION.rglob("*.js"):
        text = script.read_text(encoding="utf-8")
        keys |= set(re.findall(r"\bt\(\s*\"([A-Za-z]+)\"", text))
    return keys


def test_every_key_the_pages_and_scripts_ask_for_exists() -> None:
    keys = script_and_page_keys()
    assert {"panelTitle", "optionsLanguageLabel", "practiceHeading"} <= keys
    assert sorted(keys - set(ENGLISH)) == []


def test_only_the_i18n_module_reads_the_browsers_messages() -> None:
    readers = [
        script.relative_to(EXTENSION).as_posix()
        for script in EXTENSION.rglob("*.js")
        if "getMessage(" in script.read_text(encoding="utf-8")
    ]
    assert readers == []


def test_named_placeholders_become_numbered_as_chrome_resolves_them() -> None:
    entry = {
        "message": "Only $count$ of $MAX$, costs $$5",
        "placeholders": {"count": {"content": "$1"}, "max": {"content": "$2"}},
    }
    assert chrome_message(entry) == "Only $1 of $2, costs $$5"
    resolved = locale_messages()
    assert resolved["cy"]["popupSiteOff"] == (
        "Wedi'i ddiffodd ar $1. Nid yw eich negeseuon yn cael eu gwirio yma."
    )
    assert set(resolved) == {"en_GB", "cy"}
    assert "globalThis.TBYP.LOCALES" in locales_js()
