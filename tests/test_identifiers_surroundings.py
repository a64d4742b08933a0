"""The identifiers pack reads the sentences around addresses, postcodes and phone numbers once per
draft (``core.packs.identifiers._Surroundings``), however many of them a draft holds, and what it
reads decides as the words around each one say: a venue's postcode is let go, a home's is not."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

import core
from core.draft import Draft
from core.model import Context, Span
from core.packs import identifiers
from core.registry import ALL_RULES
from tests.examples import unmark


class _CountingWords:
    """Stands in for the pattern that splits a sentence into words, counting its readings."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.readings = 0

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        self.readings += 1
        return self.pattern.finditer(text, *args)

    def findall(self, text: str, *args: int) -> list[str]:
        self.readings += 1
        return self.pattern.findall(text, *args)


@pytest.fixture
def word_readings(monkeypatch: pytest.MonkeyPatch) -> _CountingWords:
    counting = _CountingWords(identifiers._CONTEXT_WORD)
    monkeypatch.setattr(identifiers, "_CONTEXT_WORD", counting)
    return counting


def _rules(text: str, rule: str) -> list[str]:
    return [f.match for f in core.check(text, packs=["identifiers"]) if f.rule == rule]


@pytest.mark.parametrize(
    ("unit", "last", "rule"),
    [
        ("LS1 4AP ", "See you at the cafe.", "identifiers.postcode"),
        ("12 Mill Lane ", "See you at the cafe.", "identifiers.address"),
        ("07700 900123 ", "Ring the office.", "identifiers.phone"),
    ],
)
def test_the_words_of_a_draft_are_read_once_however_many_numbers_it_holds(
    word_readings: _CountingWords, unit: str, last: str, rule: str
) -> None:
    # One venue or office word at the end, hundreds of postcodes, addresses or phone numbers
    # before it, all in one sentence: each used to have its own 600 characters read.
    text = unit * 400 + last
    found = _rules(text, rule)
    assert len(found) > 300
    assert word_readings.readings == 1


def test_a_venue_word_beyond_the_sentence_s_reach_does_not_make_a_home_a_venue() -> None:
    far = "LS1 4AP " + "and then we waited " * 20 + "at the cafe"
    near = "LS1 4AP then we meet at the cafe"
    assert _rules(far, "identifiers.postcode") == ["LS1 4AP"]
    assert _rules(near, "identifiers.postcode") == []


def test_the_sentence_before_counts_for_a_venue_and_its_own_sentence_for_a_home() -> None:
    event = "Coffee morning at the church on Friday. Doors at ten, 12 Mill Lane, Otley."
    home = "Coffee morning at the church on Friday. She lives at 12 Mill Lane, Otley."
    two_back = "Coffee morning at the church. Lovely bunch. Doors at ten, 12 Mill Lane, Otley."
    assert _rules(event, "identifiers.address") == []
    assert _rules(home, "identifiers.address") == ["12 Mill Lane"]
    assert _rules(two_back, "identifiers.address") == ["12 Mill Lane"]


def test_a_street_s_own_name_is_no_venue() -> None:
    # "Church" of "Church Street" and "Park" of "Park Lane" name streets, not what stands there.
    assert _rules("She lives on 4 Church Street LS1 4AP", "identifiers.postcode") == ["LS1 4AP"]
    assert _rules("Mum is at 2 Park Lane, LS1 4AP", "identifiers.postcode") == ["LS1 4AP"]


def test_a_family_word_keeps_a_number_personal_beside_an_office_word() -> None:
    assert _rules("Office closed today, her daughter is on 07700 900123", "identifiers.phone") == [
        "07700 900123"
    ]
    assert _rules("Office closed today, ring the duty line 07700 900123", "identifiers.phone") == []


def test_the_venue_gate_never_hides_a_venue(monkeypatch: pytest.MonkeyPatch) -> None:
    # Where the draft has no venue or service word, its sentences are not read: reading them all
    # the same finds the same addresses and postcodes.
    texts = [unmark(e)[0] for r in ALL_RULES for e in (*r.flags, *r.passes)] + [
        "Ｃａｆｅ at 12 Mill Lane, LS1 4AP",
        "Drop-in at 12 Mill Lane, LS1 4AP",
        "Our café, 12 Mill Lane, LS1 4AP",
        "THE GP SURGERY IS AT 3 MARKET PLACE, NE46 1XW",
    ]

    def found() -> list[list[Span]]:
        return [
            [
                *identifiers.find_addresses(Draft(t), Context()),
                *identifiers.find_postcodes(Draft(t), Context()),
            ]
            for t in texts
        ]

    gated = found()
    monkeypatch.setattr(identifiers, "_may_name_a_venue", lambda draft: True)
    assert found() == gated
    assert sum(map(len, gated)) >= 20
