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
    "[[The doubles on the top corridor are a waste of two staff.]]",
    "[[Got one woman on my round who's a total waste of an hour.]]",
    "[[Clients on their fifth detox are, in practical terms, a poor use of scarce beds.]]",
    "[[Honestly some of my calls are just dead weight, same moans every visit.]]",
    "[[Clients with complex needs are high maintenance, low return.]]",
    "[[Patients in their last days contribute little, so we moved the staff.]]",
    "[[A resident who needs two carers is a depreciating asset.]]",
    "[[Room 14 is just a bag of bones now, turn him and get out.]]",
)
# The same words of the system, the funding or the work, or denied; "my calls" as the work.
_NOT_WEIGHED = (
    "Double handed calls at 15 minutes are a waste of two staff, the council needs to fund 30.",
    "Our residents are not a waste of a bed, whatever the papers say.",
    "Some of my calls are 15 minutes and it is not enough.",
    "Agency shifts are a poor use of our funding, we'd rather pay our own staff more.",
    "A low return on the fundraiser this year, but the raffle still paid for the minibus.",
    "Our residents contribute so much to the village, the school choir loves them.",
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


_KEPT_FROM_OTHERS = (
    "[[The auld fella on my Tuesday run has a son that he's never mentioned to the rest of the "
    "family.]]",
    "[[A patient confided that she has had an eating disorder for years and has never told her "
    "GP.]]",
    "[[The man I care for in the evenings is gay but his brothers do not know.]]",
    "[[The lady I visit on Fridays is having chemo and the family haven't told the grandkids.]]",
)
_A_MARRIAGE_TOLD = (
    "[[The man in bed 3 was crying about his wife leaving him.]]",
    "[[The man I visit in the morning, his wife left him last month because of the drinking.]]",
    "[[The gentleman I visit in Llanelli has been living a double life, by the sound of it.]]",
    "[[My client's daughter is sleeping with her husband's brother, the family are in bits.]]",
    "[[The gent on the top floor's scan came back, it's the big C.]]",
)
# The writer's own family, an ordinary thing kept from no one, what a team member has not yet
# told the office.
_NOT_TOLD_OF_THEM = (
    "My dad has never told his GP about the falls, so I rang them myself.",
    "My wife left me last year and the group kept me going, thank you all.",
    "The lady I visit mentioned to the rest of the family that she'd love a party for her 90th.",
    "The man in bed 3 wants to know if the chaplain can come, his wife is visiting later.",
    "The lady on the top floor's birthday is Friday, cake in the fridge.",
)


@pytest.mark.parametrize("example", _KEPT_FROM_OTHERS + _A_MARRIAGE_TOLD)
def test_a_private_matter_kept_from_others_or_a_marriage_told(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _NOT_TOLD_OF_THEM)
def test_the_writers_family_and_ordinary_things_are_not_confidential(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []


# A label the writer's own family trade in fun: the family word unsays it, as it already does for
# a person likened or reduced to a thing.
_FAMILY_BANTER = (
    "My nan calls me her little monkey and I call her the old trout, she laughs every time.",
    "My dad calls himself an old git and says the lounge at his home is like a zoo.",
)


@pytest.mark.parametrize("example", _FAMILY_BANTER)
def test_labels_traded_with_the_writers_own_family_are_not_demeaning(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []


# Staying over at a person supported's home, in any form of the verb.
_STAYING_OVER = (
    "[[I've been staying over at one of my ladies' houses when her son's away.]]",
    "[[I've been sleeping over at my Tuesday lady's house, she gets frightened at night.]]",
)


@pytest.mark.parametrize("example", _STAYING_OVER)
def test_staying_over_at_a_person_supported_is_a_boundary(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.boundaries", text) == spans


_AT_THE_WRITERS_FAMILY = "I've been staying over at my mum's since her fall, the carers come in."


def test_staying_over_at_the_writers_own_family_is_not_a_boundary() -> None:
    with rules_alone():
        assert professional_found("professional.boundaries", _AT_THE_WRITERS_FAMILY) == []


# Harm to a person supported told by what was done: pushed or slapped, a pension robbed, blank
# cheques signed, finger marks, cuts on the arms, made to sleep in a shed, a marriage forced.
_HARM_TOLD = (
    "[[The new carer on nights push her on the bed, one of my ladies, I see it two times.]]",
    "[[My Tuesday fella's grandson is robbing his pension every week.]]",
    "[[A man I visit has been signing blank cheques for a friend from church.]]",
    "[[Found finger marks all up the arm of one of my ladies this morning.]]",
    "[[The lady I support has new cuts on her legs after her grandson visits.]]",
    "[[A man I visit is being made to sleep in the shed by his son's girlfriend.]]",
    "[[The young woman we support, her family want to take her home to marry a cousin.]]",
)
# The same words with no one harmed: the writer's own life, advice in general.
_NO_HARM_TOLD = (
    "My client's son is getting married in June and the whole street is invited.",
    "The lady I support asked me to help her push the wheelchair up the ramp to church.",
    "A man I visit signed the forms for his new bungalow today, he's over the moon.",
)


@pytest.mark.parametrize("example", _HARM_TOLD)
def test_harm_told_by_what_was_done_is_a_safeguarding_matter(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.safeguarding_matter", text) == spans


@pytest.mark.parametrize("example", _NO_HARM_TOLD)
def test_the_same_words_with_no_harm_are_not_a_safeguarding_matter(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.safeguarding_matter", example) == []
