"""The regulators pack's shortcuts never change a finding: its readings skip only sentences that
hold no act, and the second reading (a failing told apart from going public) runs only where the
words it needs stand, finding the same as without that gate."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from bench.accuracy_conduct import load
from core.draft import Draft
from core.matchers.sentences import Either, Reading
from core.model import Context
from core.packs import regulators, regulators_lexicon
from tests.examples import unmark
from tests.test_conduct_reading import assert_shortcuts_hide_nothing

FRESH = Path(__file__).resolve().parent.parent / "bench" / "fresh"


def _samples() -> list[str]:
    texts = [d.text for d in load()]
    for name in ("batch1", "conduct_own1", "regulators_own1", "regulators_own4"):
        path = FRESH / f"{name}.jsonl"
        if path.exists():  # the Pyodide run copies the corpora, not the benches
            texts += [json.loads(line)["text"] for line in path.open()]
    return texts + [unmark(e)[0] for r in regulators.RULES for e in (*r.flags, *r.passes)]


@pytest.mark.parametrize(
    "reading",
    [regulators_lexicon.READING, regulators_lexicon.FAILING_READING],
    ids=["reading", "failing"],
)
def test_sentences_left_unread_hold_no_act(reading: Reading) -> None:
    """The reading skips drafts and sentences that lack a word one of each group's categories
    needs; reading every sentence finds no group in them, and the same in the sentences read."""
    assert_shortcuts_hide_nothing(reading, _samples())


def _gated() -> list[regulators.Said]:
    found = []
    for rule in regulators.RULES:
        matchers = rule.matcher.matchers if isinstance(rule.matcher, Either) else (rule.matcher,)
        found += [m for m in matchers if isinstance(m, regulators.Said) and m.only_with]
    return found


@pytest.mark.parametrize("said", _gated(), ids=lambda s: s.only_with or "")
def test_the_only_with_gate_finds_what_reading_every_draft_finds(said: regulators.Said) -> None:
    ungated = dataclasses.replace(said, only_with=None)
    context = Context()
    found = 0
    for text in _samples():
        gated_spans = list(said.find(Draft(text), context))
        assert gated_spans == list(ungated.find(Draft(text), context)) or (
            # Without the gate the combination is read everywhere; with it, only where its
            # category stands: the gate may only ever drop drafts that lack that category.
            not regulators_lexicon.FAILING_READING.anywhere(Draft(text), said.only_with or "")
            and not gated_spans
        ), text
        found += bool(gated_spans)
    assert found  # the samples exercise the gated reading
