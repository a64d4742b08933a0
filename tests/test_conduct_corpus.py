"""Accuracy floor of the conduct packs on the labelled development corpus.

The corpus (tests/corpus/conduct.jsonl) was written for this project; ``bench.accuracy_conduct``
prints the full figures. These are floors, not the current figures, so that a rule change that
loses recall or starts flagging clean drafts fails here.
"""

from __future__ import annotations

import pytest

from bench.accuracy_conduct import PACKS, Draft, load, measure

SITES = {"facebook", "linkedin", "whatsapp"}


@pytest.fixture(scope="module")
def drafts() -> list[Draft]:
    return load()


def test_corpus_is_large_enough_and_mostly_clean(drafts: list[Draft]) -> None:
    assert len(drafts) >= 200
    assert len({d.id for d in drafts}) == len(drafts)
    assert all(d.site in SITES and d.labels <= set(PACKS) for d in drafts)
    assert sum(1 for d in drafts if not d.labels) * 2 >= len(drafts)


@pytest.mark.parametrize("pack", ["professional", "peer_support"])
def test_recall_is_at_least_085(drafts: list[Draft], pack: str) -> None:
    score = measure(drafts).packs[pack]
    assert score.recall >= 0.85, f"{pack} missed: {score.missed}"


def test_at_most_3_percent_of_clean_drafts_raise_more_than_info(drafts: list[Draft]) -> None:
    report = measure(drafts)
    assert report.clean_raised_share <= 0.03, f"raised on clean drafts: {report.clean_raised}"
