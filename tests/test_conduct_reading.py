"""The conduct packs' sentence reading (core.matchers.sentences): its phrase syntax, the marks it
reads (negation, questions, quotations), and that its shortcut never hides an act."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from bench.accuracy_conduct import load
from core.draft import _INDEXED_FROM, Draft
from core.matchers.sentences import Lexicon, Reading, _Text, phrases, sentence_bounds
from core.packs import (
    peer_support,
    peer_support_lexicon,
    professional,
    professional_lexicon,
    regulators_lexicon,
)
from tests.examples import unmark

FRESH = Path(__file__).resolve().parents[1] / "bench" / "fresh"


def _read(text: str, **categories: str) -> list[dict[str, list[tuple[int, int]]]]:
    reading = Reading(Lexicon({name: phrases(p) for name, p in categories.items()}))
    return [s.hits for s in reading(Draft(text))]


def test_phrases_offer_alternatives_gaps_optional_words_and_shapes() -> None:
    found = _read(
        "I added one of my service users on fb. Give him 5mg more. Lent her £50.",
        contact="add/added ...+ on/to facebook/fb",
        dose="<dose> more?",
        money="lent her/him <money>",
    )
    assert found == [{"contact": [(1, 9)]}, {"dose": [(2, 4)]}, {"money": [(0, 3)]}]


def test_a_line_ending_in_a_slash_goes_on() -> None:
    assert phrases("| a b\n  crush/\n    grind it\n") == ("a", "b", "crush/grind it")


# The second word of a contraction: "i'll/i will" cannot share a slot, as "i'll" would need "will"
# after it; such a phrase is two lines ("i'll/ill frame it", "i will frame it").
_SECOND_WORDS = {
    "will": ("'ll", "ll"),
    "not": ("n't", "nt"),
    "is": ("'s", "s"),
    "are": ("'re", "re"),
    "have": ("'ve", "ve"),
    "would": ("'d", "d"),
    "am": ("'m", "m"),
}


@pytest.mark.parametrize(
    "module",
    [peer_support_lexicon, professional_lexicon, regulators_lexicon],
    ids=lambda m: m.__name__,
)
def test_no_slot_holds_a_contraction_beside_its_first_word(module: object) -> None:
    broken = []
    for name, texts in module.CATEGORIES.items():  # type: ignore[attr-defined]
        for text in texts:
            slots = text.split()
            for here, after in pairwise(slots):
                if after.endswith("?"):
                    continue  # "i/i've have? helped": the word may be left out
                words, following = set(here.split("/")), after.split("/")
                if all(w in _SECOND_WORDS for w in following) and any(
                    w + ending in words
                    for w in words
                    for n in following
                    for ending in _SECOND_WORDS[n]
                ):
                    broken.append(f"{name}: {text}")
    assert broken == []


def test_negation_questions_and_quotations() -> None:
    reading = Reading(Lexicon({"act": ("crush",)}))
    never, asked, quoted, told = reading(
        Draft('Never crush them. Can you crush them? She said "crush them". Crush them.')
    )
    assert never.negated(never.hits["act"][0][0])
    assert asked.question
    assert "act" not in quoted.hits
    assert not told.negated(told.hits["act"][0][0]) and not told.question


def test_a_statement_that_ends_by_asking_is_not_a_question() -> None:
    reading = Reading(Lexicon({"act": ("enquiry",)}))
    (sentence,) = reading(Draft("There's an enquiry about our nurse, how long do they last?"))
    assert not sentence.question


def _samples() -> list[str]:
    texts = [d.text for d in load()]
    for name in ("batch1", "conduct_own1"):
        path = FRESH / f"{name}.jsonl"
        if path.exists():  # the Pyodide run copies the corpora, not the benches
            texts += [json.loads(line)["text"] for line in path.open()]
    rules = professional.RULES + peer_support.RULES
    return texts + [unmark(e)[0] for r in rules for e in (*r.flags, *r.passes)]


def assert_shortcuts_hide_nothing(reading: Reading, samples: list[str]) -> None:
    """Reading every sentence of each sample finds no group in the sentences the shortcuts skip,
    and the same hits in those they read (tests/test_regulators.py uses it too)."""
    assert reading.groups
    for text in samples:
        full = reading(Draft(text))
        draft = Draft(text)
        read = {s.start: s for s in reading.of(draft)}
        for group in reading.groups:
            anywhere = all(any(c in s.hits for s in full) for c in group.anywhere)
            holding = [s for s in full if all(c in s.hits for c in group.here)]
            quick = [s.start for s in reading.sentences(draft, [group])]
            bounds = sentence_bounds(draft)
            assert [bounds[i][0] for i in reading.may_hold(draft, [group])] == quick, text
            if anywhere:
                assert {s.start for s in holding} <= set(quick), (text, group)
            for s in holding:
                if s.start in read:
                    assert read[s.start].hits == s.hits, text


@pytest.mark.parametrize(
    "reading",
    [
        professional_lexicon.READING,
        professional_lexicon.TEXT_SPEAK_READING,
        peer_support_lexicon.READING,
    ],
    ids=["prof", "text_speak", "peer"],
)
def test_sentences_left_unread_hold_no_group(reading: Reading) -> None:
    """The reading skips drafts and sentences that lack a word one of each group's categories
    needs (derived from the phrases); reading every sentence finds no group in them, and the
    same in the sentences read."""
    assert_shortcuts_hide_nothing(reading, _samples())
    for text in _samples():
        draft = Draft(text)
        full = reading(draft)
        for category in reading.lexicon.categories:
            assert reading.anywhere(draft, category) == any(category in s.hits for s in full), (
                text,
                category,
            )


def test_a_groups_categories_here_are_held_as_a_set_too() -> None:
    """``Group.here_set``, which a short draft's reading tests each group by, holds the
    categories of ``here``, neither more (a group with categories anywhere) nor fewer."""
    readings = (
        professional_lexicon.READING,
        professional_lexicon.TEXT_SPEAK_READING,
        peer_support_lexicon.READING,
    )
    with_anywhere = 0
    for reading in readings:
        for group in reading.groups:
            assert group.here_set == frozenset(group.here), group
            with_anywhere += bool(group.anywhere)
    assert with_anywhere  # groups whose categories are more than those of ``here`` were tried


def test_a_draft_without_the_words_is_not_read() -> None:
    """Most drafts hold no group: no sentence of theirs is read. A short one costs a look at
    each sentence's words (split once per draft, as the learned scorer splits it anyway); a long
    one, a look at the draft's words, and it is not split at all."""
    reading = professional_lexicon.READING
    short = Draft("Lovely afternoon in the garden with everyone, thank you all. " * 20)
    assert len(short.folded) < _INDEXED_FROM
    assert all(reading.sentences(short, [g]) == [] for g in reading.groups)
    assert reading._of_draft(short)._read == {}
    long = Draft("Lovely afternoon in the garden with everyone, thank you all. " * 100)
    assert len(long.folded) >= _INDEXED_FROM
    assert all(reading.sentences(long, [g]) == [] for g in reading.groups)
    assert reading._of_draft(long)._read == {}
    assert _Text not in long._analyses


def test_analyses_that_ask_each_other_in_a_circle_are_refused_by_name() -> None:
    # A circle of analyses once ended the bench's 100,000-character draft in a RecursionError
    # several hundred frames deep; now the draft names the analysis asked for again.
    def first(draft: Draft) -> int:
        return draft.analysis(second)

    def second(draft: Draft) -> int:
        return draft.analysis(first)

    draft = Draft("Any draft at all.")
    with pytest.raises(RuntimeError, match="circle"):
        draft.analysis(first)
    assert draft.analysis(lambda d: d.original) == "Any draft at all."  # still usable


def test_a_long_drafts_sentences_are_looked_for_by_the_phrases_it_may_hold() -> None:
    """In a long draft, a category's sentences are looked for by the phrases the draft's words
    are enough for, each from where its words stand: "in" starts "some of us are in", which a
    draft without "us" cannot hold, so its sentences with "in" are not looked at; with "us" in
    the draft, those with "in" and "us" (and "some", "of", "are") are."""
    reading = Reading(Lexicon({"stuck": ("some of us are in/caring", "we are stuck")}))
    group = reading.needs(("stuck",))
    without = Draft("We were in the garden. Some of them are in bed. We are stuck. " * 100)
    assert len(without.folded) >= _INDEXED_FROM
    assert reading._of_draft(without)._held("stuck") == set(range(2, 300, 3))
    assert reading.may_hold(without, [group]) == list(range(2, 300, 3))
    with_us = Draft("Some of us are in bed. We were in the garden. We are stuck. " * 100)
    expected = [i for i in range(300) if i % 3 != 1]
    assert sorted(reading._of_draft(with_us)._held("stuck")) == expected
    assert reading.may_hold(with_us, [group]) == expected
    assert all(s.hits for s in reading.sentences(with_us, [group]))
    # A short draft is read by every key it holds.
    short = Draft("We were in the garden. Some of them are in bed. We are stuck. " * 10)
    assert reading._of_draft(short)._held("stuck") == set(range(30))
    assert reading.may_hold(short, [group]) == list(range(2, 30, 3))


@pytest.mark.parametrize("size", [3_000, 12_000])
def test_long_drafts_hide_nothing(size: int) -> None:
    """The shortcuts on the bench's long drafts, short of the word index and past it
    (``Draft.starts`` reads every word at once from 4,000 characters)."""
    from bench.drafts import long_draft

    samples = [long_draft(size, seed=seed) for seed in range(2)]
    for reading in (peer_support_lexicon.READING, professional_lexicon.READING):
        assert_shortcuts_hide_nothing(reading, samples)


def _every_phrase_tried_everywhere(
    lexicon: Lexicon, tokens: list[str]
) -> set[tuple[str, int, int]]:
    """What ``Lexicon.find`` finds, worked out the slow way: every phrase of the lexicon tried
    at every token its first slot fits."""
    found = {
        (name, at, at + 1) for at, t in enumerate(tokens) for name in lexicon._single.get(t, ())
    }
    every = {
        id(p): p for p in (*lexicon._shaped, *(p for ps in lexicon._by_rare.values() for p in ps))
    }
    for phrase in every.values():
        first = phrase.slots[0]
        for at, token in enumerate(tokens):
            if first.fits(token):
                end = phrase.match(tokens, at)
                if end >= 0:
                    found.add((phrase.category, at, end))
    return found


@pytest.mark.parametrize(
    "lexicon",
    [professional_lexicon.LEXICON, peer_support_lexicon.LEXICON, regulators_lexicon.LEXICON],
    ids=["prof", "peer", "regulators"],
)
def test_phrases_found_from_their_words_places_are_those_of_every_phrase_tried_everywhere(
    lexicon: Lexicon,
) -> None:
    """``Lexicon.find`` reads where only some words stand (the keys that are phrases, the words
    that start a phrase the sentence may hold, tokens that may fit a shape): it finds what trying
    every phrase at every token does."""
    shaped = "I gave her 5mg at 10 and another two tablets, £20 for the taxi, twice now, 3rd time."
    samples = [*_samples()[::7], shaped]
    for text in samples:
        text_reading = Draft(text).analysis(_Text)
        for i in range(len(text_reading.bounds)):
            tokens = text_reading.tokens(i)[0]
            assert set(lexicon.find(tokens)) == _every_phrase_tried_everywhere(lexicon, tokens), (
                text
            )


def test_each_place_of_a_long_draft_is_in_the_sentence_a_bisection_finds() -> None:
    """``_Text.sentence_at`` answers for every place of the text what a bisection of the
    sentence ends does, blank lines and the last sentence included; ``holding`` reads it."""
    from bisect import bisect_right

    from bench.drafts import long_draft

    text = long_draft(_INDEXED_FROM + 500) + "\n\nAnd a last line without a stop"
    reading = Draft(text).analysis(_Text)
    at = reading.sentence_at()
    assert len(at) == len(reading.folded)
    assert at == [bisect_right(reading.ends, place) for place in range(len(reading.folded))]
    assert reading.holding("stop") == [len(reading.bounds) - 1]


@pytest.mark.parametrize(
    "lexicon",
    [
        professional_lexicon.LEXICON,
        professional_lexicon.TEXT_SPEAK_READING.lexicon,
        peer_support_lexicon.LEXICON,
        regulators_lexicon.LEXICON,
    ],
    ids=["prof", "text_speak", "peer", "regulators"],
)
def test_categories_held_by_each_sentence_are_those_each_gate_allows(lexicon: Lexicon) -> None:
    """``Lexicon.held_by_sentence`` reads every category of a sentence at once, each key's
    phrases ruled out together where the sentence holds no word their needs open with
    (``_openings``): it says of each sentence what each category's own gate (``_Gate.possible``)
    says of it alone."""
    from bench.drafts import long_draft

    shaped = "I gave her 5mg at 10 and another two tablets, £20 for the taxi, twice now, 3rd time."
    samples = [*_samples()[::3], shaped, *(long_draft(1_000, seed) for seed in range(20))]
    tested = 0
    for text in samples:
        draft = Draft(text)
        text_reading = draft.analysis(_Text)
        held = lexicon.held_by_sentence(draft)
        for i in range(len(text_reading.bounds)):
            keys = text_reading.keys(i)
            allowed = {
                name
                for name, gate in lexicon.gates.items()
                if gate.possible(keys, text_reading.shapes, i)
            }
            assert held.get(i, set()) == allowed, (text, i)
            tested += bool(allowed)
    # Enough sentences with a category to mean something: 46 for text speak in the Pyodide run,
    # which has the corpora and the rules' examples but not the fresh batches.
    assert tested > 40
