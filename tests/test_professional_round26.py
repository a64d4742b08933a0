"""The professional pack's twenty-sixth round (issue 14): the work with grown people told as minding
infants ("babysitting grown adults", "a crèche for pensioners"), and a private matter of a person
supported told with what their own family does not know ("her family hasnae a clue", "his son
does not know"), an eviction, a spouse leaving, or what a relative did to them; beside their
near-misses. Kept here, beside the rules' own examples, until the scorer is next retrained (its
inputs hash the rules' examples)."""

from __future__ import annotations

import pytest

from core.learned.scorer import rules_alone
from tests.examples import professional_found, unmark

_MINDING_INFANTS = (
    "[[Spent the afternoon changing nappies on grown men, my glamorous career.]]",
    "[[Our day centre is basically a crèche for pensioners, colouring books all day.]]",
    "[[Another day babysitting grown adults who can't even wipe their own bums.]]",
    "[[I'm not being paid enough to be a nursemaid to a grown man.]]",
    "[[Some days it's like working in a nursery but the toddlers are eighty.]]",
)
# Childcare in its own sense, the writer's own family, and grown people with no infant's care.
_NOT_MINDING_INFANTS = (
    "Babysitting my grandkids all weekend so their mum can work, worth every minute.",
    "The crèche at our gym is brilliant, I get an hour to myself.",
    "Spent the afternoon changing nappies on my twins, my glamorous maternity leave.",
    "Our residents love it when the nursery children visit, the grown-ups light up.",
    "I was a childminder for 20 years before I became a carer for adults.",
    "Where do you buy nappies for grown adults that don't leak?",
    "Changing my dad's nappies at 40 was hard, he's a grown man and hates it.",
)


@pytest.mark.parametrize("example", _MINDING_INFANTS)
def test_grown_people_minded_as_infants(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _NOT_MINDING_INFANTS)
def test_childcare_in_its_own_sense_is_not_demeaning(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []


_BODIES_AND_LABELS = (
    "[[Got 9 bodies to wash and dress before 10, the conveyor belt doesn't stop.]]",
    "[[That old man is just a body now, there is nothing inside.]]",
    "[[This client is only body now, no person inside.]]",
    "[[Got the slurring one again today, so I just smiled and left her to it.]]",
    "[[Easy work, most of our clients just sit there like potted plants all day.]]",
    "[[Honestly some of my service users are like tamagotchis, feed em, clean em.]]",
)
# A body in its own sense, and the writer's own children.
_NOT_BODIES_OR_LABELS = (
    "We found the body of a fox in the garden, just a body now, poor thing.",
    "Three kids, three bums wiped before 8, living the dream.",
    "The screaming one in the park was my toddler, sorry neighbours.",
    "Our residents made 9 bird boxes to hang up before the spring.",
    "Our residents love the potted plants on the patio, they water them every morning.",
    "Took the residents to the aquarium, they loved watching the penguins.",
)


@pytest.mark.parametrize("example", _BODIES_AND_LABELS)
def test_people_told_as_bodies_or_by_a_mocked_trait(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _NOT_BODIES_OR_LABELS)
def test_bodies_in_their_own_sense_are_not_demeaning(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []


_KEPT_FROM_FAMILY = (
    "[[Wee wifie on my round is getting evicted for rent arrears and her family hasnae a clue.]]",
    "[[The gadgie in room 12 phones his fancy woman every night, his wife doesn't have a clue.]]",
    "[[My client is in debt over £30,000 on credit cards and his son does not know.]]",
    "[[One of my ladies had a bairn at sixteen that was adopted and her family never knew.]]",
    "[[The fella in the corner room just found out his wife's leaving him for the gardener.]]",
    "[[The lady in room 4 finally told us what her son did to her when she was little.]]",
    "[[One of my ladies told me she's been seeing the fella across the corridor, and her husband"
    " visits every Sunday.]]",
    "[[Supported a young man this week through his first days off heroin.]]",
    "[[Had a gent today who's got early Huntington's and his kids don't know yet.]]",
    "[[The gent who comes on Tuesdays told me he's got bowel cancer, his wife doesn't know.]]",
    "[[The uncle I look after in Brick Lane, his son is in prison for drugs.]]",
    "[[The lady in our end room has just been diagnosed HIV positive.]]",
    "[[The new client on my run, her asylum is refused and her papers are finished.]]",
    "[[The man I support used to be a head teacher and got struck off.]]",
    "[[She wets the bed most nights now and won't let her son know.]]",
)
# What a family cannot do or does not know of the world, and the writer's own family.
_NOT_KEPT_FROM_FAMILY = (
    "Mrs Khan in room 3 has dementia and her family don't have a clue what to do.",
    "The lady in room 5 loves Strictly, her family have no clue who anyone is 😂",
    "My nan got evicted in the seventies and never got over it.",
    "My dad told us last night what his father did to him in the war.",
    "The lady in room 2 finally told us what she wants for her birthday.",
    "My neighbour lent me forty pounds until payday, he is a good man.",
    "I've been seeing the lady at number 12 for three years, she loves a crossword.",
    "The man who comes on Tuesdays to do the windows has got a new van.",
    "My uncle is in prison for drugs and I visit him every month.",
    "The lady in our end room has a birthday on Friday, cake at three.",
    "Our lottery syndicate at work won forty quid, drinks on us.",
)


@pytest.mark.parametrize("example", _KEPT_FROM_FAMILY)
def test_private_matters_kept_from_the_family(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _NOT_KEPT_FROM_FAMILY)
def test_what_a_family_cannot_do_is_not_a_confidence(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []


_GIFTS_TAKEN = (
    "[[My lady gave me 200 pounds for my son's birthday, I took because she insist.]]",
    "[[Aunty in flat 3 keeps giving me gold bangles, I take it, refusing is rude in our culture.]]",
    "[[Mama at number 7 wan borrow me £200 for my rent, I go pay her back end of month.]]",
)
# A gift refused and told to the office, and a relative's gift.
_GIFTS_NOT_TAKEN = (
    "The lady I care for want to give me money because she say I am like her daughter. I say"
    " no and tell my manager.",
    "My aunty in Lagos sent me gold bangles for my wedding, I cried when I opened them.",
)


@pytest.mark.parametrize("example", _GIFTS_TAKEN)
def test_gifts_taken_from_a_person_supported(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.boundaries", text, site="whatsapp") == spans


@pytest.mark.parametrize("example", _GIFTS_NOT_TAKEN)
def test_gifts_refused_or_from_family_are_not_boundaries(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.boundaries", example) == []
