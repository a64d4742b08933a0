"""The offensive pack meets its targets on the HateCheck development cases.

Scored as shared/data/hatecheck/README.md says: recall on the functionalities that must be flagged,
false-positive rate on those that must not. Only the development half is here; the other half is
held back to measure how well the rules generalise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy_offensive import (
    FPR_TARGET,
    MUST_FLAG,
    MUST_NOT,
    RECALL_TARGET,
    load_cases,
    ours,
    score,
    summary,
)

DEV_CASES = Path(__file__).parents[1] / ".." / "shared" / "data" / "hatecheck" / "dev_cases.csv"

pytestmark = pytest.mark.skipif(
    not DEV_CASES.exists(),
    reason="the HateCheck development cases (shared/data/hatecheck) are not beside the repo",
)


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[int, int]]:
    return score(load_cases(DEV_CASES), ours())


def test_every_scored_functionality_is_in_the_file(scores: dict[str, tuple[int, int]]) -> None:
    assert set(MUST_FLAG + MUST_NOT) <= set(scores)


def test_recall_on_must_flag_meets_the_target(scores: dict[str, tuple[int, int]]) -> None:
    recall, _ = summary(scores)
    assert recall >= RECALL_TARGET


def test_false_positive_rate_on_must_not_meets_the_target(
    scores: dict[str, tuple[int, int]],
) -> None:
    _, fpr = summary(scores)
    assert fpr <= FPR_TARGET


@pytest.mark.parametrize("functionality", ["ident_neutral_nh", "ident_pos_nh", "slur_homonym_nh"])
def test_neutral_and_positive_mentions_and_homonyms_stay_clean(
    scores: dict[str, tuple[int, int]], functionality: str
) -> None:
    flagged, _ = scores[functionality]
    assert flagged == 0
