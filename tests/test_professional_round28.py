"""The professional pack's twenty-eighth round (issue 14): a person supported weighed as a cost
or a waste of the service's beds, staff or hours ("a poor use of a bed", "a low return on the
staffing", "a waste of two staff", "a waste of an hour"), and a home care worker's "calls" as the
people visited ("some of my calls are just dead weight"); beside their near-misses: the same
words of the system's failings, of funding, or denied. Kept here, beside the rules' own examples,
until the scorer is next retrained (its inputs hash the rules' examples)."""

from __future__ import annotations

import pytest

from core.learned.scorer import rules_alone
from tests.examples import professional_found, unmark

_WEIGHED_AS_A_COST = (
    "[[Some of our long stay residents are frankly a low return on the staffing they absorb.]]",
    "[[We've a gentleman on the unit who is honestly a poor use of a bed.]]",
    "[[The ladies on the top corridor are a waste of two staff, they don't know we're there.]]",
    "[[Got one woman on my round who's a total waste of an hour.]]",
    "[[Clients on their fifth detox are, in practical terms, a poor use of scarce beds.]]",
    "[[Honestly some of my calls are just dead weight, same moans every visit.]]",
)
# The same words of the system, the funding or the work, or denied; "my calls" as the work.
_NOT_WEIGHED = (
    "Double handed calls at 15 minutes are a waste of two staff, the council needs to fund 30.",
    "Our residents are not a waste of a bed, whatever the papers say.",
    "Some of my calls are 15 minutes and it is not enough.",
    "Agency shifts are a poor use of our funding, we'd rather pay our own staff more.",
    "A low return on the fundraiser this year, but the raffle still paid for the minibus.",
)


@pytest.mark.parametrize("example", _WEIGHED_AS_A_COST)
def test_a_person_weighed_as_a_cost_is_demeaning(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _NOT_WEIGHED)
def test_costs_of_the_system_or_the_work_are_not_demeaning(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []
