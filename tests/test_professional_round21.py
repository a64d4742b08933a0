"""The professional pack's twenty-first round (issue 14): a person likened by what they have
("the memory of a goldfish"), to a dinosaur, by "he" or "she" near the start of a short
post that names no one else, or named by the room they are in ("the man in the end room"); and the
near-misses: the writer's own memory, family, colleagues, pets, a question. Kept here, beside the
rules' own examples, until the scorer is next retrained (its inputs hash the rules' examples)."""

from __future__ import annotations

import pytest

from core.learned.scorer import rules_alone
from tests.examples import professional_found, unmark

# Likened, said of "he" or "she" that nothing else in a short post names, or of a person named
# by their room.
_LIKENED = (
    "[[shes got the memory of a goldfish bless her, asked me the same thing 40 times today]]",
    "[[He's got all the conversation of a houseplant.]] Long day.",
    "[[he is like a sack of spuds to turn, I will not do it alone again]]",
    "[[The lady in the end room is like a parrot, same word all night.]]",
    "[[The gent in bed 4 is an old dinosaur, barking orders at us.]]",
    "Did my morning calls. [[She's like a stroppy teenager before her breakfast.]]",
)
# The writer's own memory; family, colleagues, pets and a pal; a question; praise.
_NOT_LIKENED = (
    "I've got the memory of a goldfish, forgot my lanyard again.",
    "My dad has the memory of a goldfish these days and he'd laugh at me for saying it.",
    "Anyone got tips for a greedy lab? He's a right pig with food.",
    "Our deputy has the patience of a saint, she stayed till ten.",
    "Tell yer pal she's like a stroppy teenager when the rota comes out.",
    "Is it wrong that she reminds me of a parrot? Asking for a friend.",
    "My nan used to call me her little monkey and I miss it.",
    "Worked like a dog all week, she says I deserve the weekend.",
)


@pytest.mark.parametrize("example", _LIKENED)
def test_a_person_likened_by_he_or_she_or_their_room(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _NOT_LIKENED)
def test_the_writer_family_colleagues_and_pets_are_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []


# A manager or colleague called a walking disaster or a headless chicken in a public post; a
# disaster that is a thing, the writer's own rush and a team's WhatsApp chat are not.
_SCORNED = (
    "[[our new team leader is a walking disaster tbh, lost the med keys twice]]",
    "[[The deputy runs round like a headless chicken every time the CQC ring.]]",
    "[[Honestly our coordinator is a walking liability with a lanyard.]]",
)
_NOT_SCORNED = (
    "Our manager said the flood was a disaster for the home.",
    "I've been running round like a headless chicken all shift.",
    "The new rota is a walking disaster, three lates in a row.",
)


@pytest.mark.parametrize("example", _SCORNED)
def test_a_colleague_scorned_as_a_walking_disaster(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.running_down", text) == spans
        assert professional_found("professional.running_down", text, "whatsapp") == []


@pytest.mark.parametrize("example", _NOT_SCORNED)
def test_a_disaster_that_is_a_thing_or_the_writer_is_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.running_down", example) == []


# A boundary told of "she" or "he" near the start of a short post that names no one else; the
# writer's family, a friend by name, a colleague or a question are not.
_BOUNDARY_OF_HE_OR_SHE = (
    "[[She's coming round mine for Christmas dinner, can't leave her on her own.]]",
    "[[He's left me his watch in his will, he told me today.]] I nearly cried.",
)
_NOT_A_BOUNDARY = (
    "My auntie says I can stay in her spare room till I find a flat.",
    "Off to the pub with Dee for her birthday, night all!",
    "popped in on my nain after work, she'd let the fire go out, so I stayed for a cuppa",
    "Does anyone know if she's allowed to come round mine? She keeps asking.",
    "The new senior invited me to her birthday drinks on my day off, she's lovely.",
)


@pytest.mark.parametrize("example", _BOUNDARY_OF_HE_OR_SHE)
def test_a_boundary_told_of_he_or_she_alone(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.boundaries", text) == spans


@pytest.mark.parametrize("example", _NOT_A_BOUNDARY)
def test_family_friends_colleagues_and_questions_are_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.boundaries", example) == []


# A private matter of a person supported told by its event (a lost baby, a mastectomy, an
# arrest); the writer's own family's, or a stranger's, is not the worker's confidence to keep.
_PRIVATE_EVENTS = (
    "[[One of my service users lost her baby at the weekend, I've been so worried about her.]]",
    "[[one of my ladies had her breast off last month and shes still doing her own hair]]",
    "[[Wan o ma clients got lifted by the polis last night for batterin his brother.]] Wild.",
)
_NOT_PRIVATE_EVENTS = (
    "My sister lost her baby last year and this group helped me so much.",
    "A lad got lifted by the polis outside the chippy last night, wild.",
)


@pytest.mark.parametrize("example", _PRIVATE_EVENTS)
def test_a_private_matter_told_by_its_event(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _NOT_PRIVATE_EVENTS)
def test_the_writers_family_or_a_stranger_is_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []
