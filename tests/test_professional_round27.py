"""The professional pack's twenty-seventh round (issue 14): a private matter of a person supported
told after an "if you" that opens another clause of a long sentence ("If you ever wondered why I
look tired, the old boy I support ..."); beside its near-misses. Kept here, beside the rules' own
examples, until the scorer is next retrained (its inputs hash the rules' examples)."""

from __future__ import annotations

import pytest

from core.learned.scorer import rules_alone
from tests.examples import professional_found, unmark

_TOLD_AFTER_IF_YOU = (
    "[[If you ever wondered why I look knackered, the old boy I support told me he's been "
    "sleeping in his car since his son changed the locks, and nobody in the family knows.]]",
    "[[If you want to know why I'm quiet today, the lady I support has just been diagnosed "
    "with dementia and her husband has no idea yet.]]",
)
# "If you" opening the clause that holds the matter: said of anyone, not of one person.
_SAID_OF_ANYONE = (
    "If you're caring for a lady whose husband has just been diagnosed with cancer, the "
    "hospice nurses are brilliant.",
    "If you support someone whose son has been sectioned, the carers' centre has a group.",
    "If someone tells you they were in prison, it stays with you, that's the rule.",
)


@pytest.mark.parametrize("example", _TOLD_AFTER_IF_YOU)
def test_a_private_matter_after_an_if_you_clause(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _SAID_OF_ANYONE)
def test_if_you_in_the_matters_own_clause_is_general(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []
