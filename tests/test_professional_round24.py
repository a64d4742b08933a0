"""The professional pack's twenty-fourth round (issue 14): a boundary told of a person supported
named by their name alone ("Took Maisie back to my mum's for her tea"), read from the names the
identifiers pack finds; and the near-misses: the writer's own family named, a colleague, a public
figure, a question. Kept here, beside the rules' own examples, until the scorer is next retrained
(its inputs hash the rules' examples)."""

from __future__ import annotations

from itertools import pairwise

import pytest

import core
from core.learned.scorer import rules_alone
from tests.examples import professional_found, unmark

# A boundary crossed with a person supported named by name alone, in a worker's post.
_BY_NAME = (
    "[[Took Maisie back to my mum's for her tea after the shift, she loved the dog.]]",
    "[[Gave Jimmy my number so he can text me when the night staff dinnae answer.]]",
    "[[I lend to Stanley forty pounds until his pension come, he is good man.]]",
)
# The writer's own family or a colleague by name, a name said to the reader, a question.
_NOT_BY_NAME = (
    "Took my mum to my sister's for her tea after work, she loved the dog.",
    "My mother-in-law Niamh moved in with us in March after her second fall.",
    "Sat with Noreen from work in the pub after our shift, she bought the first round.",
    "Can I lend Stanley forty pounds until his pension comes?",
)


@pytest.mark.parametrize("example", _BY_NAME)
def test_boundary_told_of_someone_named_alone(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.boundaries", text) == spans


@pytest.mark.parametrize("example", _NOT_BY_NAME)
def test_own_family_colleagues_and_questions_are_not_boundaries(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.boundaries", example) == []


def test_lexicon_slashes_bind_single_words() -> None:
    """A slash offers one word for one word ("don't/dont"): "dont/do not x" reads "(dont|do) not
    x", and a hyphened word is never a token ("no-one" is read as "no one"). No phrase of the
    pack's lexicon offers the short form beside a long one in one slot, or a hyphened word."""
    from core.packs.professional_lexicon import CATEGORIES

    negated = ("won't", "wont", "don't", "dont", "doesn't", "doesnt", "haven't", "havent")
    for category, listed in CATEGORIES.items():
        for phrase in listed:
            slots = phrase.split()
            for slot, after in pairwise(slots):
                words = slot.split("/")
                assert not (set(words) & set(negated) and after.split("/")[0] == "not"), (
                    category,
                    phrase,
                )
            assert "-" not in phrase.replace("...", ""), (category, phrase)


@pytest.mark.parametrize(
    "example",
    (
        "[[The lady I visit says her son won't let me see her on my own any more.]]",
        "[[My client went to rehab for drugs last year, she told me herself.]]",
    ),
)
def test_phrases_read_once_the_slash_is_fixed(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        found = [
            (f.start, f.end)
            for f in core.check(text, packs=["professional"], site="facebook")
            if f.rule in ("professional.safeguarding_matter", "professional.confidential")
        ]
    assert found == spans


# Demeaning and confidential talk of someone named by where they are at work: the work likened
# with its particle ("like looking after a baby"), a label beside a room or bay, a person on the
# writer's visits ("the lady on my Tuesday run").
_AT_WORK = (
    (
        "professional.demeaning",
        "[[Honestly she can't even hold a cup any more, it's like looking after a baby.]]",
    ),
    (
        "professional.demeaning",
        "[[Just fed and watered the livestock in bay C, someone else can do the mucking out.]]",
    ),
    ("professional.demeaning", "[[Moaning Minnie in 7 is at it again, no idea what she wants.]]"),
    (
        "professional.confidential",
        "[[The lady on my Tuesday run has been told her cancer is back.]]",
    ),
)
# The writer, a time, an animal, the writer's own toddler, a fond word about someone on the run.
_NOT_AT_WORK = (
    "Thick as a pasty crust me, locked my keys in the car again.",
    "Parasite check for the rabbits in the sensory garden on Tuesday, vet coming at 11.",
    "My toddler is like looking after a baby again this week, teething.",
    "The lady on my Tuesday run loves her crossword, we did it together.",
)


@pytest.mark.parametrize(("rule_id", "example"), _AT_WORK)
def test_said_of_someone_placed_at_work(rule_id: str, example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found(rule_id, text) == spans


@pytest.mark.parametrize("example", _NOT_AT_WORK)
def test_the_writer_a_time_or_their_own_family_are_not_placed_at_work(example: str) -> None:
    with rules_alone():
        found = [f for f in core.check(example, packs=["professional"], site="facebook")]
        assert [f.rule for f in found if f.severity.name != "INFO"] == []


@pytest.mark.parametrize(
    ("example", "found"),
    (
        ("She asked me to stay over. I said no love, not allowed, see you tomorrow.", False),
        ("Nanna Dot asked for a sherry, I told her it's 10am pet, and she laughed.", False),
        ("No idea love, I said the same to my manager last week.", True),
        ("Thanks for this hun, you always know what to say babe", True),
    ),
)
def test_pet_names_said_to_someone_in_the_story(example: str, found: bool) -> None:
    with rules_alone():
        assert bool(professional_found("professional.over_familiar", example)) is found


@pytest.mark.parametrize(
    ("example", "found"),
    (
        (
            "Please who can help, I gave her 2 paracetamol at 8 and she is still sore, "
            "can I give her another 2 at 10 or is better to wait?",
            False,
        ),
        (
            "Question for the pharmacists here (just general): are there rules on which "
            "tablets are ok to be halved?",
            False,
        ),
        ("Just crush her tablets into yoghurt, why would you bother the GP?", True),
    ),
)
def test_medication_asked_about_after_a_lead_in(example: str, found: bool) -> None:
    with rules_alone():
        assert bool(professional_found("professional.clinical_advice", example)) is found


# Speaking as the organisation or for all of it, or from the writer's role at its head.
_ORG_VOICE = (
    "[[On behalf of the whole Meadowcroft group, we refuse to sign the new pay agreement.]]",
    "[[As a company we think the new visa rules are a disgrace and we will keep hiring.]]",
    "[[Speaking for all the carers at Harbour Homecare, we will be walking out on Friday.]]",
    "[[Our trust's position is that the strike is unnecessary and all services stay open.]]",
    "[[As Chief Executive of Harbour Lights Care, I can confirm we will not sign up.]]",
)
# Not for the organisation: a new job announced, a role given to say who one is, a disclaimer.
_NOT_ORG_VOICE = (
    "Thrilled to announce I'm joining Hollybank Care as Registered Manager from January.",
    "I've asked the team manager for a different social worker and copied in our councillor.",
    "I'm sharing this as a volunteer, not on behalf of the charity.",
    "As a family we have decided to move Mum to a home nearer us.",
)


@pytest.mark.parametrize("example", _ORG_VOICE)
def test_speaking_as_the_organisation(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert (
            professional_found("professional.speaking_for_organisation", text, "linkedin") == spans
        )


@pytest.mark.parametrize("example", _NOT_ORG_VOICE)
def test_own_news_and_disclaimers_are_not_the_organisation(example: str) -> None:
    with rules_alone():
        assert (
            professional_found("professional.speaking_for_organisation", example, "linkedin") == []
        )


@pytest.mark.parametrize(
    ("example", "found"),
    (
        ("Love how our manager finds time for her nails but never for supervisions.", True),
        ("Love how the agency schedules the fire training on the one day we're all off.", True),
        ("Love how her family keep her at home with her cat and her garden.", False),
        ("Love how the residents all sang along to the carols this afternoon.", False),
    ),
)
def test_love_how_said_of_the_employer(example: str, found: bool) -> None:
    with rules_alone():
        assert bool(professional_found("professional.running_down", example)) is found
