"""Accuracy floor of the identifiers pack on its labelled corpus (not a timing test)."""

from __future__ import annotations

import pytest

from bench.accuracy_identifiers import STRUCTURED, TARGETS, TYPES, load_corpus, ours, score

CORPUS = load_corpus()
SCORES = score(CORPUS, ours())


def test_corpus_is_big_enough_and_has_near_misses() -> None:
    assert len(CORPUS) >= 300
    assert sum(1 for row in CORPUS if not row["labels"]) * 3 >= len(CORPUS)
    for kind in TYPES:
        assert SCORES[kind][2] >= 10, f"too few {kind} labels to measure"


@pytest.mark.parametrize("kind", TYPES)
def test_precision_and_recall_meet_the_target(kind: str) -> None:
    precision, recall, _, _ = SCORES[kind]
    want_p, want_r = TARGETS[kind]
    assert precision is not None and precision >= want_p, f"{kind} precision {precision}"
    assert recall is not None and recall >= want_r, f"{kind} recall {recall}"


def test_structured_targets_are_the_strict_ones() -> None:
    assert all(TARGETS[kind] == (0.97, 0.97) for kind in STRUCTURED)
