"""The professional pack's twenty-second round (issue 14): belittling words and a private matter
said of "he" or "she" near the start of a short post that names no one else, and the employer
or a colleague scorned through a contraction ("the agency's a clown show") or as a walking hazard;
and the near-misses: the writer's family, a colleague named, praise, a WhatsApp team chat. Kept
here, beside the rules' own examples, until the scorer is next retrained (its inputs hash the
rules' examples)."""

from __future__ import annotations

import pytest

from core.learned.scorer import rules_alone
from tests.examples import professional_found, unmark

# Belittling words said of "he" or "she" that nothing else in a short post names.
_BELITTLED = (
    "[[He's a proper drama queen if his tea is two minutes late.]]",
    "Long one today. [[She's a right little nightmare, rings the bell then sends us away.]]",
)
# The writer's family, a colleague by role, a named friend, words of respect.
_NOT_BELITTLED = (
    "My daughter is a proper drama queen about homework, she's worse than me.",
    "Our senior says she's a right little nightmare at home with her kids, ha.",
    "Off to see Shona, she's a drama queen but I love her.",
)


@pytest.mark.parametrize("example", _BELITTLED)
def test_belittling_said_of_he_or_she_alone(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _NOT_BELITTLED)
def test_belittling_of_family_colleagues_or_friends_is_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []


# A private matter told by its event of "he" or "she" in a short post that names no one else.
_PRIVATE_OF_HE_OR_SHE = (
    "[[He told me the divorce went through today and he's not coping.]]",
    "Heavy shift. [[She's been sectioned again, poor love.]]",
)
# The writer's own family, a public figure by name, a question.
_NOT_PRIVATE = (
    "My brother told me the divorce went through today, he's not coping.",
    "Read that Kylie says the divorce went through, so sad.",
    "Is it normal that he won't talk about the divorce?",
)


@pytest.mark.parametrize("example", _PRIVATE_OF_HE_OR_SHE)
def test_a_private_matter_of_he_or_she_alone(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _NOT_PRIVATE)
def test_family_public_figures_and_questions_are_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []


# The employer or a colleague scorned through a contraction, or as a walking hazard, in a
# public post; praise and a team's WhatsApp chat are not.
_SCORNED = (
    "[[Honestly the agency's a clown show, sent a lad who'd never seen a hoist.]]",
    "[[The new senior is a walking hazard with the meds trolley.]]",
)
_NOT_SCORNED = (
    "Our night nurse is a walking encyclopaedia, she knows every med by heart.",
    "The company's a lot calmer since the new manager started, credit to her.",
)


@pytest.mark.parametrize("example", _SCORNED)
def test_a_colleague_scorned_through_a_contraction_or_as_a_hazard(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.running_down", text) == spans
        assert professional_found("professional.running_down", text, "whatsapp") == []


@pytest.mark.parametrize("example", _NOT_SCORNED)
def test_praise_of_colleagues_is_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.running_down", example) == []


# The family of "he" or "she" told as theirs ("her son", "his daughter") does not name someone
# else the post is about; the writer's own family still does.
_OF_HE_OR_SHE_WITH_THEIR_FAMILY = ("[[He's been sectioned again, his daughter rang me in tears.]]",)
_WITH_THE_WRITERS_FAMILY = ("He's been sectioned again, my daughter rang me in tears.",)


@pytest.mark.parametrize("example", _OF_HE_OR_SHE_WITH_THEIR_FAMILY)
def test_their_own_family_does_not_name_someone_else(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.confidential", text) == spans


@pytest.mark.parametrize("example", _WITH_THE_WRITERS_FAMILY)
def test_the_writers_family_still_does(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.confidential", example) == []


# A measure of a sedating medicine put in a drink: "half a zopiclone in her cocoa".
_SEDATIVE_IN_A_DRINK = (
    "[[Half a Nytol in his cocoa and he sleeps right through.]]",
    "[[Pop a temazepam in the late cuppa, quietest night ever.]]",
)
_NOT_SEDATIVE_ADVICE = (
    "I take half a Nytol with my tea when I cannot sleep after nights.",
    "Mum has a melatonin with her supper, the GP prescribed it.",
)


@pytest.mark.parametrize("example", _SEDATIVE_IN_A_DRINK)
def test_a_sedative_measured_into_a_drink(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.clinical_advice", text) == spans


@pytest.mark.parametrize("example", _NOT_SEDATIVE_ADVICE)
def test_the_writers_own_or_a_prescribed_one_is_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.clinical_advice", example) == []


# "I've", "I'm" and "I'll" are the writer, not a name that "she" could stand for; "the girls"
# (colleagues or friends) are someone else.
_BOUNDARY_BESIDE_I_VE = (
    "[[She's asked me to be her next of kin and I've said yes, she's got no one else.]]",
)
_BOUNDARY_NOT_ALONE = (
    "I know where she lives, so I'll drop her card round on Sunday with a cake from the girls.",
)


@pytest.mark.parametrize("example", _BOUNDARY_BESIDE_I_VE)
def test_i_ve_is_the_writer_not_a_name(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.boundaries", text) == spans


@pytest.mark.parametrize("example", _BOUNDARY_NOT_ALONE)
def test_the_girls_are_someone_else(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.boundaries", example) == []


# A pet name told as what someone is called is reported, not said to anyone; said to the
# reader it is still over-familiar.
_CALLED = (
    "My nan always called me petal and I miss it.",
    "She calls all the staff darling, it's a Derby thing.",
    "Don't call me hun, I'm fifty-three.",
)
_ADDRESSED = ("Thanks for the call yesterday [[hun]], it helped.",)


@pytest.mark.parametrize("example", _CALLED)
def test_a_pet_name_told_as_what_someone_is_called(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.over_familiar", example) == []


@pytest.mark.parametrize("example", _ADDRESSED)
def test_a_pet_name_said_to_the_reader_after_call(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.over_familiar", text) == spans


# One grown person likened to a child, or "like he was a toddler"; a child in a fondness idiom,
# or the past, is not.
_LIKE_A_CHILD = (
    "[[The gent I support is like a child, tantrum every time the telly goes off.]]",
    "[[My client she is doing like small pikin today, crying for nothing.]]",
    "[[Forty minutes with the man I support over a yoghurt like he was a toddler.]]",
)
_NOT_LIKE_A_CHILD = (
    "She was like a child on Christmas morning when her grandson came in.",
    "When she was a child she lived in Kingston.",
)


@pytest.mark.parametrize("example", _LIKE_A_CHILD)
def test_a_grown_person_likened_to_a_child(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _NOT_LIKE_A_CHILD)
def test_fondness_and_the_past_are_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []


# The work with someone likened by "like" and a word of doing ("like moving a beached whale");
# "like" as a verb of the writer or a family member is not.
_WORK_LIKENED = (
    "[[The gent I support took four of us to turn, like moving a beached whale.]]",
    "[[Took the lads I support to the pub, like taking a Labrador out.]]",
)
_LIKE_AS_A_VERB = (
    "The gent I support would like feeding the pigeons in the park on Sunday.",
    "My dad used to like watching the seagulls at Whitby.",
)


@pytest.mark.parametrize("example", _WORK_LIKENED)
def test_the_work_with_someone_likened(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _LIKE_AS_A_VERB)
def test_like_as_a_verb_is_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []
