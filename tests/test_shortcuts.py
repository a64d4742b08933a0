"""The shortcuts that keep a check fast change nothing it finds.

A pattern with ``cues`` skips drafts without any of them, the address rule runs a narrower pattern
when no flat, apartment or unit is mentioned, normalisation touches only the characters that fold,
and UTF-16 offsets are counted from the astral characters alone. Each is compared here with the
plain way on every corpus draft and rule example, and on drafts made to trip it.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from core.matchers import Pattern
from core.model import Context
from core.packs import identifiers
from core.registry import ALL_RULES
from core.text import astral_positions, normalise, utf16_offset
from tests.examples import unmark

CORPUS = Path(__file__).resolve().parent / "corpus"
ROWS = [
    json.loads(line)
    for path in sorted(CORPUS.glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
EXAMPLES = [unmark(e)[0] for r in ALL_RULES for e in (*r.flags, *r.passes)]
SAMPLES = [row["text"] for row in ROWS if isinstance(row.get("text"), str)] + EXAMPLES
# "İ" matches "i" ignoring case but lower-cases to two characters; "ſ" and "K" (Kelvin) match "s"
# and "k" but fold to them first.
TRICKY = [
    "PATİENT NUMBER K1234567, HOSPİTAL NO RX4456712",
    "ſhe was BORN ON 7 MARCH 1936; DATE OF BİRTH 03/04/1941",
    "Flat 3, 12 Mill Lane and UNİT 4, 9 Rowan Close; 23b Church Street",
    "\u0130 Apt. 14 Queen's Court, apartment 2 Station Road",
]

CUED_PATTERNS = [r.matcher for r in ALL_RULES if isinstance(r.matcher, Pattern) and r.matcher.cues]


def test_some_patterns_have_cues() -> None:
    assert len(CUED_PATTERNS) >= 2


@pytest.mark.parametrize("pattern", CUED_PATTERNS, ids=lambda p: p.cues[0])
def test_cues_never_hide_a_match(pattern: Pattern) -> None:
    bare = dataclasses.replace(pattern, cues=())
    for text in SAMPLES + TRICKY:
        norm = normalise(text)
        assert list(pattern.find(norm, Context())) == list(bare.find(norm, Context())), text


def test_addresses_without_a_unit_word_need_only_the_numbered_pattern() -> None:
    found = 0
    for text in SAMPLES + TRICKY:
        norm = normalise(text)
        everything = list(identifiers._ANY_ADDRESS.find(norm, Context()))
        assert list(identifiers.find_addresses(norm, Context())) == everything, text
        found += len(everything)
    assert found >= 20


@pytest.mark.parametrize(
    "text",
    ["", "plain", "ａ\u200bb", "…ﬁ😂\U000e0101x", "Ѕome ｗｉｄｅ", "e\u0301 İ ı ſ K", "\ud83d"],
)
def test_normalise_maps_every_character_back(text: str) -> None:
    norm = normalise(text)
    if norm.origin is None:
        assert norm.text == text
        return
    assert len(norm.origin) == len(norm.text)
    assert list(norm.origin) == sorted(norm.origin)
    assert all(norm.text[i] == text[o] for i, o in enumerate(norm.origin) if text[o].isascii())


@pytest.mark.parametrize("text", ["", "ascii", "é’—", "a😂b👍🏽c", "\U0001d400x\ud83d"])
def test_utf16_offsets_count_code_units(text: str) -> None:
    astral = astral_positions(text)
    for index in range(len(text) + 1):
        units = len(text[:index].encode("utf-16-le", "surrogatepass")) // 2
        assert utf16_offset(index, astral) == units
