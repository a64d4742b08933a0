"""The fourteenth round: names only. Honorifics of more languages before a name, a run of calls
with the time before each name, colleagues on call, on leave or in a back office, a business named
after someone without a possessive, the writer's own relative on a day the writer takes off, and the
learned decision over listed given names read alone."""

from __future__ import annotations

import pytest

from core.draft import Draft
from core.lexicons import name_decision
from core.packs import identifiers
from tests.examples import names_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Honorifics of Swahili, Twi, Yiddish, Kikuyu, Arabic, Italian, Swedish and the Caribbean.
        ("Mzee Otieno refused his tablets again this morning, said they make him dizzy", "Mzee"),
        ("Opanyin Kofi wants to go to church on Sunday, who can drive him?", "Opanyin Kofi"),
        ("Bubbe Miriam lit the candles with us tonight, her son joined on the iPad", "Bubbe"),
        ("Hajja Fatima back from hospital, new meds in the blister pack", "Hajja Fatima"),
        ("Signora Rosa wants her rosary before the priest comes at 3", "Signora Rosa"),
        ("It's five years since we lost Pappa Sven. He cared for Mamma Ingrid to the end", "Pappa"),
        # A run of calls with each one's time before the name.
        ("Call list: 8.00 Winifred, 8.45 Alf, 9.30 Mrs Dhaliwal, 10.15 Reg", "Alf"),
        # A role set off by a comma and "'s" opens a clause of its own.
        ("Mrs Kowalczyk, the nurse's been in and her sats are low", "Mrs Kowalczyk"),
        ("CHI 1804818720 is the one for wee Bella, the GP's got it wrong", "wee Bella"),
    ],
)
def test_people_supported_found(text: str, name: str) -> None:
    assert any(found.startswith(name) for found in names_found(text)), names_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Colleagues on call, on leave, off sick or in a back office.
        "Lorraine and Kwabena both finishing at 6 today, Joao on call. Ring the office.",
        "3am. Dorota (on call) says leave the obs till the morning team.",
        "Just to say Deborah is on annual leave from Monday, queries to the office",
        # A business named after someone, without a possessive.
        "Nana Akua Foods in Peckham has the kenkey, I'll bring some for the staff party",
        # "Shoutout" written as one word praises a colleague as "shout out" does.
        "Shoutout to Kev at the pharmacy who stayed open late for us. Legend.",
        # The writer's own relative, on a day the writer takes off.
        "my tanty Merle coming from Port of Spain, I taking the Wednesday off to collect her",
        # An exclamation.
        "Mamma mia the new rota is a mess, who made this",
        # A role after the name and "'s" for "is" before a verb.
        "I'm at the office and Mrs Kowalczyk the new admin's saying the rota system is down",
    ],
)
def test_not_people_supported(text: str) -> None:
    assert names_found(text) == []


def test_the_given_name_decision_reads_the_shared_features() -> None:
    assert set(name_decision.GIVEN_WEIGHTS) <= set(identifiers.ORDINARY_NAME_FEATURES)


def test_the_given_name_candidates_are_no_ordinary_words_and_no_names_found() -> None:
    draft = Draft("Handover: Mrs Evans slept well. Gwenllian chesty, obs done. Thanks Priya")
    spans = draft.analysis(identifiers.rule_names)
    for start, end in identifiers.given_name_candidates(draft, spans):
        word = draft.text[start:end]
        assert not identifiers.names.is_common_word(word)
        assert not any(s < end and start < e for s, e in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Handover: Mrs Evans slept well. Gwenllian chesty, obs done. Winifred settled.",
        "Lovely afternoon with Bernadette today, she had her first ice cream in years",
        "Thanks Priya for covering, Winifred from the office sends her love",
    ],
)
def test_reading_the_costly_features_only_when_needed_decides_the_same_for_given_names(
    text: str,
) -> None:
    # The shortcut in ``given_name_decisions`` skips the costly features when they cannot tip
    # the decision: it must decide as the sum over every feature does.
    draft = Draft(text)
    spans = draft.analysis(identifiers.rule_names)
    about_care = bool(identifiers.people.CARE_WORDS.intersection(draft.words)) or bool(
        draft.analysis(identifiers._identifier_spans)
    )
    full = [
        (start, end)
        for start, end in identifiers.given_name_candidates(draft, spans)
        if name_decision.GIVEN_BIAS
        + sum(
            name_decision.GIVEN_WEIGHTS.get(f, 0.0)
            for f in identifiers.ordinary_name_features(draft, start, end, about_care, bool(spans))
        )
        > 0
    ]
    assert identifiers.given_name_decisions(draft, spans) == full
