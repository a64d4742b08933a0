"""The professional pack's twenty-third round (issue 14): harm told of a person supported by the
one doing it named by role ("the lodger", "the husband"), harm told by its act (a card held, money
had off them, burns, a door locked, food kept from them), and a private matter told by its event
(a diagnosis, a death in the family, a pregnancy, a hospital stay, rehab, a section); and the
near-misses: the writer's own family, a question, a concern told without the person, and rehab as
a service. Kept here, beside the rules' own examples, until the scorer is next retrained (its
inputs hash the rules' examples)."""

from __future__ import annotations

import pytest

from core.learned.scorer import rules_alone
from tests.examples import professional_found, unmark

# Harm to a person supported, the one doing it named by role, or the harm told by its act.
_HARM = (
    "[[The lodger is taking his pension every Friday and the lady I visit is frightened of him.]]",
    "[[The gent I visit says the boyfriend locks him in the back room when he goes out.]]",
    "[[The man I support has had £900 off him this month from the bloke next door.]]",
    "[[The lady I visit says her nephew burns her with his lighter when she won't sign.]]",
    "[[The man I support says his son won't let him eat until the grandkids have had theirs.]]",
    "[[The lady I visit told me her grandson has her bank card and her post office book.]]",
)
# The writer's own household, a question asked in general, harm to no one supported.
_NOT_HARM = (
    "My husband locks the back door when he goes out, drives me mad.",
    "Is it normal for the lodger to hold the only key to the shed?",
    "Lost my bank card again, had to ring the bank from work.",
    "The new lodger at my sister's has sold his car, so no more lifts for her.",
)


@pytest.mark.parametrize("example", _HARM)
def test_harm_told_by_role_or_act(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.safeguarding_matter", text) == spans


@pytest.mark.parametrize("example", _NOT_HARM)
def test_household_news_and_questions_are_not_harm(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.safeguarding_matter", example) == []


# A private matter of a person supported told by its event.
_EVENTS = (
    "[[One of my gents was diagnosed with Parkinson's on Monday and took it badly.]]",
    "[[The lady I visit lost her husband at the weekend and has barely eaten since.]]",
    "[[The lad I support is back in hospital with his chest, third time this year.]]",
    "[[One of our young women is pregnant and hasn't a clue who to tell.]]",
    "[[The fella I support came out of rehab on Friday and is already struggling.]]",
)
# The writer's own family, a question, rehab as a service, events told of no one.
_NOT_EVENTS = (
    "My dad was diagnosed with Parkinson's on Monday, any advice from carers?",
    "Started a new job in stroke rehab this week, lovely team.",
    "How do you support someone whose husband has just passed away?",
    "Our home raised £400 for cancer research at the summer fair.",
)


@pytest.mark.parametrize("example", _EVENTS)
def test_private_matter_told_by_its_event(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _NOT_EVENTS)
def test_events_of_family_services_or_no_one_are_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []


# A safeguarding concern named, the writer keeping its details off the group, beside the same
# concern told with the person it is about.
def test_a_concern_raised_with_its_details_kept_off_the_group_is_let_off() -> None:
    kept = "Raised a safeguarding concern about a lady on my round. Not putting details on here."
    told = "Raised a safeguarding concern about a lady on my round, her son hits her."
    with rules_alone():
        assert professional_found("professional.safeguarding_matter", kept) == []
        assert professional_found("professional.safeguarding_matter", told) != []


# A person supported likened, with the everyday "you" of how the work goes in another clause,
# beside the reader likened and the likening said of the reader's own.
_LIKENED_BESIDE_YOU = (
    "[[The gent I support is like a big toddler, you have to tell him everything three times.]]",
)
_THE_READER_LIKENED = (
    "You're like a big toddler when you're tired, go to bed.",
    "Honestly you lot are like a flock of sheep on a night out, love you all.",
)


@pytest.mark.parametrize("example", _LIKENED_BESIDE_YOU)
def test_likened_beside_the_everyday_you(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _THE_READER_LIKENED)
def test_the_reader_likened_is_not_demeaning(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []


# The employer or a colleague found wanting in an idiom's shape, beside the same words of oneself.
_WANTING = (
    "[[The office at our agency don't have a clue, my rota's been wrong all month.]]",
    "[[Our deputy couldn't fill a rota if her life depended on it.]]",
)
_NOT_WANTING = (
    "I didn't have a clue what a hoist was on my first day, now I train the new starters.",
    "I'd do this job for free if my life depended on it, honestly love it.",
)


@pytest.mark.parametrize("example", _WANTING)
def test_the_employer_found_wanting(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert [s for s in professional_found("professional.running_down", text)] == spans


@pytest.mark.parametrize("example", _NOT_WANTING)
def test_the_writer_found_wanting_is_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.running_down", example) == []


# The employer's plans told before the staff know, the secret said in new words.
_PLANS_BEFORE_TOLD = (
    "[[Can't say too much, but our agency is about to lose the hospital contract.]]",
    "[[The owner has told only the seniors that the Oak unit is closing in spring.]]",
    "[[Our home is closing in June and the staff won't find out until May.]]",
)
# The same plans once announced, and "can't say much" of the writer's own first week.
_PLANS_TOLD = (
    "Our agency announced today that it has lost the hospital contract, talks start Monday.",
    "I can't say much about the new manager yet, it's only been a week.",
)


@pytest.mark.parametrize("example", _PLANS_BEFORE_TOLD)
def test_plans_told_before_the_staff_know(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _PLANS_TOLD)
def test_plans_announced_are_not_confidential(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []
