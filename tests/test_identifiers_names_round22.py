"""The twenty-second round: names only. The writer's relative who is the one caring ("My own
gran, Ida, was a carer in the war") or said with "my own" is a reminder, not a warning; a charity
named after its founder and followed by what it provides ("Marie Curie nurse"), a venue or a ward
named after someone ("Edith Cavell Ward"), and a name with a role, "mine" or a pet in brackets
after it ("Mrs Hinds (manager at Oakfield)") are no names."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities, names_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My own gran, Ida, was a carer in the war. I think about her on nights.", "Ida"),
        ("You sound exactly like my own mum, Brenda, when she cared for Gran.", "Brenda"),
        ("Me and my mum Perpetua have been caring for Nain since summer.", "Perpetua"),
    ],
)
def test_the_writers_kin_who_gives_care_is_a_reminder(text: str, name: str) -> None:
    # The relative cared for ("Nain") is still a name of its own.
    assert identifier_severities(text, "identifiers.name").get(name) == Severity.INFO


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My nan Bridie is 94 and I'm her main carer", "nan Bridie"),
        ("Three years of caring for my dad Leonard, he has dementia", "Leonard"),
    ],
)
def test_the_writers_kin_cared_for_is_still_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name in found and found[name] != Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        "Marie Curie nurse is coming at 10 for the gentleman in room 3, have his notes ready",
        "Marie Curie nurses were with us the last three nights, we'd not have managed without.",
        "Dropped Dad's old coats at the Sue Ryder shop on the high street",
    ],
)
def test_a_charity_named_after_its_founder_is_no_name(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mrs Curie nurse is coming at 10, she's had a bad night", "Mrs Curie"),
        ("Sadie Armstrong needs her nurse at 10, she's very chesty", "Sadie Armstrong"),
    ],
)
def test_a_person_with_a_nurse_is_still_a_name(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Transfer to Edith Cavell Ward is confirmed, bed 4. Tell the ward manager I sent you.",
        "Nana Yaa Asantewaa Hall is booked for our cultural day in February",
        "Open day at Bryn Celyn nursing home this Saturday 11-3, meet the team",
        "Has anyone used Tŷ Hafan respite for adults? Their number keeps going to voicemail.",
    ],
)
def test_a_venue_or_ward_named_after_someone_is_no_name(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mrs Khan Ward 6 bed 2 had a fall overnight, obs done", "Mrs Khan"),
        ("Mr Asante house is the one with the blue door, he's had a fall", "Mr Asante"),
    ],
)
def test_a_person_in_a_ward_or_house_is_still_a_name(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Hinds (manager at Oakfield) says they have two beds free if the social worker asks",
        "Dona Celeste (cleaning lady) found a set of car keys in the staff room",
        "Nanny Pat (mine, not work) just sent me a voice note singing happy birthday",
        "Boris (my manager's cat) has taken over the staff room sofa again",
    ],
)
def test_a_role_the_writers_own_or_a_pet_in_brackets_is_no_name(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nneka (his wife) needs the bathing aid checked before Friday", "Nneka"),
        ("Mrs Owen (room 6) had a fall at 4am, obs done", "Mrs Owen"),
    ],
)
def test_a_relative_or_a_room_in_brackets_is_still_a_name(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "My own grandad Idris was in a home in the 90s and it was appalling.",
            "grandad Idris",
        ),
        ("Tea dance with my own nana Pearl, 91 and still dancing!", "nana Pearl"),
    ],
)
def test_the_writers_own_kin_is_a_reminder_whatever_is_said(text: str, name: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {name: Severity.INFO}


def test_the_writers_child_who_qualified_as_a_nurse_is_no_name() -> None:
    text = "My daughter Ifeoma has just qualified as a nurse!! So proud of her."
    assert names_found(text) == []


def test_the_writers_husband_cared_for_is_still_a_name() -> None:
    assert names_found("My husband Dave has dementia and a carer comes twice a day") == ["Dave"]


def test_a_relatives_age_said_as_a_birthday_in_years_is_a_reminder() -> None:
    text = "My nan Doreen is 100 years old today, card from the King and everything!"
    assert identifier_severities(text, "identifiers.name") == {"nan Doreen": Severity.INFO}


def test_an_author_who_wrote_is_no_name() -> None:
    text = "Oliver Sacks wrote about music and memory and I see it every day on the unit."
    assert names_found(text) == []


def test_a_visit_noted_in_brackets_is_no_role() -> None:
    text = "Mrs Quennell (nurse coming 2pm) has a new pressure sore on her heel"
    assert names_found(text) == ["Mrs Quennell"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mame Diarra, my grandmother, passed away in Dakar last night. I will be away a while.",
            "Mame Diarra",
        ),
        ("mam-gu eirlys (my mam-gu) is 97 today, off to Tregaron for her party", "eirlys"),
    ],
)
def test_the_writers_kin_in_a_death_or_a_birthday_is_a_reminder(text: str, name: str) -> None:
    assert identifier_severities(text, "identifiers.name").get(name) == Severity.INFO


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Congratulations to Marcus, who we've supported for three years, on starting his job",
            "Marcus",
        ),
        ("Massive shout out to Leonard who I support, he got the bus on his own today", "Leonard"),
        ("Delighted that Priya, a young woman I support, has started her first paid role", "Priya"),
    ],
)
def test_who_the_writer_supports_outweighs_praise_before(text: str, name: str) -> None:
    assert names_found(text, site="linkedin") == [name]


def test_a_colleague_the_writer_works_with_is_still_no_name() -> None:
    assert names_found("Congratulations to Kerry, who I work with, on her promotion") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Loved my visit with Gwenllian today. She showed me her wedding photos.", "Gwenllian"),
        ("Just had a lovely chat with Rahima about her garden, she loves coriander", "Rahima"),
    ],
)
def test_time_spent_with_someone_supported_is_a_name(text: str, name: str) -> None:
    assert names_found(text, site="facebook") == [name]


def test_a_chat_with_a_colleague_is_no_name() -> None:
    text = "I'm ok, had a good sleep and a chat with Donna. back Wednesday"
    assert names_found(text) == []
