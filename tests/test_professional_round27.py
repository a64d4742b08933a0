"""The professional pack's twenty-seventh round (issue 14): a private matter of a person supported
told after an "if you" that opens another clause of a long sentence ("If you ever wondered why I
look tired, the old boy I support ..."); running down a colleague or an agency by what they
cannot even do ("can't even make a cup of tea", "cannot even read a care plan") or as treating
volunteers like dirt; a safeguarding concern said to have gone through the proper channels;
and a person supported said to be more a thing or an animal than a person; beside their
near-misses. Kept here, beside the rules' own examples, until
the scorer is next retrained (its inputs hash the rules' examples)."""

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


_CANNOT_EVEN = (
    "[[That agency sends out kids who can't even make a cup of tea, shocking they are.]]",
    "I wonder where our deputy manager got her job. [[She cannot even read a care plan.]]",
    "[[Our new senior couldn't even fill in a MAR chart without asking.]]",
    "[[The coordinator at our hospice treats volunteers like dirt.]]",
)
# The writer of themself, family, and the same words of no one at work.
_NOT_CANNOT_EVEN = (
    "I can't even read my own writing after a night shift, our manager laughs.",
    "My manager says I can't even make a brew without spilling it.",
    "Mum can't even read the paper now, her eyes are going.",
    "Our new senior can even make a cup of tea now, she was so nervous at first.",
    "My husband treats the dog like a king and me like the help.",
    "Our manager can't even imagine how hard this year has been for the families.",
)


@pytest.mark.parametrize("example", _CANNOT_EVEN)
def test_running_down_by_what_they_cannot_even_do(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.running_down", text) == spans


@pytest.mark.parametrize("example", _NOT_CANNOT_EVEN)
def test_cannot_even_of_the_writer_or_family_is_not_running_down(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.running_down", example) == []


_PROPER_CHANNELS = (
    "Had a safeguarding concern about one of my clients last week, reported it to the duty "
    "team through the proper channels and they've picked it up.",
    "Raised a safeguarding concern about a resident through the right channels, it's in the "
    "right hands now.",
)


@pytest.mark.parametrize("example", _PROPER_CHANNELS)
def test_a_concern_taken_through_the_proper_channels(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.safeguarding_matter", example) == []


def test_a_concern_with_no_channel_is_still_warned() -> None:
    text = "Had a safeguarding concern about one of my clients last week, feels horrible."
    with rules_alone():
        assert professional_found("professional.safeguarding_matter", text) != []


_MORE_A_THING = (
    "[[see the wee wumman in 4, she's mair ornament than person noo, ye just dust her doon]]",
    "[[The gent in flat 2 is more dog than human, sniffing at the door for his tea.]]",
    "[[Honestly some of our residents are more furniture than people by teatime.]]",
)
# Said of a thing or the writer's own pet, denied, or "more" in its own sense.
_NOT_MORE_A_THING = (
    "The lady I support is more confident than a person half her age.",
    "My dog is more human than some people I know.",
    "Our residents are people first, not more furniture than a person to be moved.",
    "The gent in flat 2 has more plants than a garden centre, all thriving.",
)


@pytest.mark.parametrize("example", _MORE_A_THING)
def test_more_a_thing_than_a_person(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _NOT_MORE_A_THING)
def test_more_in_its_own_sense_is_not_demeaning(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []
