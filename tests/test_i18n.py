"""The rules' words in Welsh (core/i18n): every pack and rule has them, none names a pack or rule
that does not exist, each quotes the guide's tips as the English does, and none is left in
English. The command line's JSON is unchanged unless --lang asks."""

from __future__ import annotations

import re

import pytest

from core import check
from core.i18n import ENGLISH, language_codes, languages, localise
from core.model import Tip
from core.registry import ALL_RULES, PACKS, RULES_BY_ID, describe

WELSH = languages()["cy"]

# Everyday English words that have no place in Welsh prose (not "person", "post" or "at", which
# Welsh shares). The rules quote a few English examples on purpose (text speak such as 'gr8',
# 'thx'); none of them is one of these.
ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "this",
        "that",
        "with",
        "not",
        "for",
        "please",
        "of",
        "it",
        "is",
        "are",
        "was",
        "be",
        "to",
        "in",
        "on",
        "someone",
        "something",
        "people",
        "group",
        "groups",
        "message",
        "posts",
    ]
)
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def english_words_in(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w in ENGLISH_WORDS}


def test_every_rule_has_welsh_words_and_none_names_a_missing_rule() -> None:
    assert set(WELSH.rules) == set(RULES_BY_ID), (
        f"missing: {sorted(set(RULES_BY_ID) - set(WELSH.rules))}; "
        f"no such rule: {sorted(set(WELSH.rules) - set(RULES_BY_ID))}"
    )


def test_every_pack_has_a_welsh_title_and_description() -> None:
    assert set(WELSH.packs) == {pack.id for pack in PACKS}


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_a_replacement_is_welsh_where_the_rule_has_one(rule) -> None:  # type: ignore[no-untyped-def]
    words = WELSH.rules[rule.id]
    if rule.replacement is None:
        assert words.replacement is None
    else:
        assert words.replacement is not None
        assert re.fullmatch(r"\[[^\[\]]+\]", words.replacement)
        assert words.replacement != rule.replacement


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_welsh_why_quotes_the_same_tips_in_welsh(rule) -> None:  # type: ignore[no-untyped-def]
    words = WELSH.rules[rule.id]
    for tip in Tip:
        quoted_in_english = f"'{tip.value}'" in rule.why
        assert quoted_in_english == (f"'{WELSH.tips[tip.value]}'" in words.why), tip.value


def test_every_tip_has_a_welsh_name() -> None:
    assert set(WELSH.tips) == {tip.value for tip in Tip}


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_no_english_is_left_in_a_rule(rule) -> None:  # type: ignore[no-untyped-def]
    words = WELSH.rules[rule.id]
    for english, welsh in zip(
        (rule.message, rule.why, rule.suggestion),
        (words.message, words.why, words.suggestion),
        strict=True,
    ):
        assert welsh.strip() and welsh != english
        assert not english_words_in(welsh), welsh


def test_no_english_is_left_in_the_packs_or_tips() -> None:
    for pack in PACKS:
        words = WELSH.packs[pack.id]
        assert words.title != pack.title and words.description != pack.description
        assert not english_words_in(words.title + " " + words.description)
    for name in WELSH.tips.values():
        assert not english_words_in(name), name


def test_the_english_word_check_catches_english() -> None:
    assert english_words_in("Take the number out") == {"the"}
    assert not english_words_in("Tynnwch y rhif allan, neu disgrifiwch y sefyllfa hebddo.")


def test_a_finding_in_welsh_keeps_its_span_and_match() -> None:
    [finding] = check("NHS 943 476 5919")
    welsh = localise(finding, "cy")
    assert (welsh.rule, welsh.start, welsh.end, welsh.match) == (
        finding.rule,
        finding.start,
        finding.end,
        finding.match,
    )
    assert welsh.message == "Mae hwn yn edrych fel rhif GIG."
    assert welsh.replacement == "[rhif GIG]"
    assert localise(finding, ENGLISH) is finding


def test_describe_in_welsh_has_the_same_shape() -> None:
    english, welsh = describe(), describe("cy")
    assert [p["id"] for p in english] == [p["id"] for p in welsh]
    assert welsh[0]["title"] == "Dynodwyr"
    assert language_codes() == ("en", "cy")
