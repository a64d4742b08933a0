"""The professional pack's twentieth round (issue 14): pet names of other regions and languages
and in other places in the sentence (after "naw" or "ack", before a dash or an emoji), phone
spellings of text speak, and their near-misses. Kept here, beside the rules' own examples, until
the scorer is next retrained (its inputs hash the rules' examples)."""

from __future__ import annotations

import pytest

import core
from core.learned.scorer import rules_alone
from tests.examples import professional_found, unmark

# A peer addressed by a pet name on Facebook or LinkedIn (the README's rule: not in a WhatsApp
# team chat, where it is only a reminder).
_PET_NAMES = (
    "Naw [[hen]] ye dinnae need a DBS for the befriending.",
    "Ack wee [[pet]], I know exactly how you feel.",
    "Lovely speaking today [[poppet]] - let's get that interview booked.",
    "Nae bother [[quine]], jist phone the office in the mornin.",
    "Congratulations on your promotion [[angel]]!",
    "Long night, [[darlings]]. Two admissions and a fall.",
    "Alright my [[lover]], best bet is ring ACAS.",
    "Thanks for the messages, and you too [[hinny]].",
    "No worries [[jaan]], you can message me the question.",
    "Big up yourself [[sweetness]] 🙌",
    "Thank you [[habibti]], I will ask the nurse.",
)
# The same words as things, feelings, people described or names.
_NOT_PET_NAMES = (
    "She's a little angel, always the first to help set the tables.",
    "My grandma is my angel, she raised me. Now I'm her carer.",
    "Our new cook is a real dog lover.",
    "We took the residents to see a film about the Taj Mahal.",
    "No love lost between the two units, but we work it out.",
    "The hens at the city farm laid six eggs - the residents were thrilled.",
    "Sweetness and salt: the new menu trial starts Monday.",
)


@pytest.mark.parametrize("example", _PET_NAMES)
def test_a_peer_addressed_by_a_pet_name(example: str) -> None:
    text, spans = unmark(example)
    assert professional_found("professional.over_familiar", text) == spans
    assert professional_found("professional.over_familiar", text, "linkedin") == spans


@pytest.mark.parametrize("example", _NOT_PET_NAMES)
def test_the_same_words_not_addressing_anyone(example: str) -> None:
    assert professional_found("professional.over_familiar", example) == []


def test_a_pet_name_in_a_whatsapp_team_chat_is_only_a_reminder() -> None:
    text = "Naw hen ye dinnae need a DBS for the befriending."
    found = [
        f
        for f in core.check(text, packs=["professional"], site="whatsapp")
        if f.rule == "professional.over_familiar"
    ]
    assert [f.severity.value for f in found] == ["info"]


# Phone spellings count towards the three words of text speak a Facebook draft needs, and alone
# on LinkedIn.
def test_phone_spellings_are_text_speak() -> None:
    text = "dnt knw if I'm on nites next week, will ask"
    assert [text[a:b] for a, b in professional_found("professional.text_speak", text)] == [
        "dnt",
        "knw",
        "nites",
    ]
    assert (
        professional_found("professional.text_speak", "don't know if I'm on nights next week") == []
    )
    assert professional_found(
        "professional.text_speak", "Xtra shifts available, amazin team.", "linkedin"
    )
    assert (
        professional_found(
            "professional.text_speak", "Extra shifts available, amazing team.", "linkedin"
        )
        == []
    )


# Colleagues named by the role they lead, the shift they work or their charge, run down.
_COLLEAGUES_RUN_DOWN = (
    "[[Our clinical lead is a nightmare.]] Rings the floor eight times a shift.",
    "[[The charge nurse on nights is a donkey.]]",
    "[[Yer one on the early shift is a clown with a lanyard, God help us all.]]",
    "[[The new fella in charge is a proper divvy, no idea what he's on about.]]",
    "[[The day lot are a bunch of wet lettuces, can't lift a finger without a meeting.]]",
    "[[This firm is a circus and the clowns are in charge.]]",
)
# The same people praised or only mentioned.
_COLLEAGUES_NOT_RUN_DOWN = (
    "Our clinical lead is brilliant, she stayed late to help with the admission.",
    "The nurse on nights was lovely with Mum and rang me at six.",
    "The day lot left everything spotless for us, what a team.",
    "Did a day shift on the dementia unit, exhausting but worth it.",
)


@pytest.mark.parametrize("example", _COLLEAGUES_RUN_DOWN)
def test_colleagues_by_role_or_shift_run_down(example: str) -> None:
    text, spans = unmark(example)
    assert professional_found("professional.running_down", text) == spans


@pytest.mark.parametrize("example", _COLLEAGUES_NOT_RUN_DOWN)
def test_colleagues_by_role_or_shift_praised_or_mentioned(example: str) -> None:
    assert professional_found("professional.running_down", example) == []


# "He" or "she" likened to a baby or a thing, in a draft that tells of the personal care the
# writer gives them and names nobody else: a person supported, belittled.
_LIKENED_IN_CARE = (
    "[[He's like a big baby, you have to spoon feed him every five minutes.]]",
    "[[They are like little babies, you just put them in the chair and feed them.]]",
)
# The writer's own family, a colleague, or care told with warmth.
_NOT_LIKENED_IN_CARE = (
    "My mum is like a baby now, I have to feed her and change her.",
    "She is a joy, I wash her and dress her and we sing together.",
    "Our new starter is like a lost puppy, I had to show her how to feed him with the PEG.",
)


@pytest.mark.parametrize("example", _LIKENED_IN_CARE)
def test_likened_in_a_draft_of_personal_care(example: str) -> None:
    text, spans = unmark(example)
    with rules_alone():
        assert professional_found("professional.demeaning", text) == spans


@pytest.mark.parametrize("example", _NOT_LIKENED_IN_CARE)
def test_family_warmth_and_the_past_are_not(example: str) -> None:
    with rules_alone():
        assert professional_found("professional.demeaning", example) == []


# Harm to workers "from a resident" or "by a resident", any resident, said to support a peer: not
# a safeguarding matter of one person; harm to a particular person supported still is.
_HARM_TO_WORKERS = (
    "Being punched by a resident is not part of the job. Report it and take the time you need.",
    "A punch from a resident is still an assault on you, even if they didn't mean it.",
    "Racist abuse from a resident still hurts, whatever the reason behind it.",
)


@pytest.mark.parametrize("example", _HARM_TO_WORKERS)
def test_harm_to_workers_from_any_resident_is_not_a_safeguarding_matter(example: str) -> None:
    assert professional_found("professional.safeguarding_matter", example) == []


def test_harm_to_a_particular_person_supported_still_is() -> None:
    text = "Her grandson has been taking her pension every Thursday, she told me he shoves her."
    assert professional_found("professional.safeguarding_matter", text) == [(0, len(text))]
