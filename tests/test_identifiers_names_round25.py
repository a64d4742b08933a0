"""The twenty-third round: names only. A name said in a sentence of the workers' own working life
(leave, training, the rota, supervision, breaks) with no word of anyone's care in it or the next
sentence is a reminder, not a warning ("anything urgent go to Marcus or the duty manager" while
someone is on annual leave), and so is the writer's sibling, child, partner, aunt or uncle in a
draft about the parent or grandparent they care for ("Uncle Tadeusz drove up to sit with Dad");
two or more names opening a sentence and then spoken to are no names ("Ama, Efe and Kojo, you
sat with Mum"), nor is a business named after its owner ("Mr Okafor's taxis", "Winnie's Tea
Rooms"). A name no rule settled that opens a care note ("Zdravko was very agitated at tea")
is a reminder. The same names beside a word of their own care stay warned, and so does a name
in the writer's own talk of their shift ("can someone swap with me, I've got Tobias 9-1")."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sandra is on annual leave next week, anything urgent go to Marcus or the duty manager",
            "Marcus",
        ),
        ("ellis from the office says tilly is back from maternity leave in june, yay", "tilly"),
        ("Madam Grace said bring your uniform to the induction on Monday", "Madam Grace"),
    ],
)
def test_a_name_in_the_workers_own_working_life_is_a_reminder(text: str, name: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {name: Severity.INFO}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sandra is on annual leave next week, please check on Marcus, his catheter was"
            " bypassing",
            "Marcus",
        ),
        ("ellis from the office says tilly is back from hospital in june, yay", "tilly"),
        ("Madam Grace said bring her slippers to the day centre on Monday", "Madam Grace"),
        ("can someone swap my rota with me sat, I've got Tobias 9-1", "Tobias"),
    ],
)
def test_a_name_beside_care_or_the_writers_own_rota_is_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name in found and found[name] != Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        "Ama, Efe and Kojo, you sat with Mum on the ward every night and brought her soup.",
        "Mr Obi, Mrs Mensah, Miss Dlamini, kindly confirm your availability for the audit.",
    ],
)
def test_names_spoken_to_at_a_sentences_opening_are_no_names(text: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Doris and Albert, please check their pads at 2am", {"Doris", "Albert"}),
        ("Mr Obi, Mrs Mensah, Miss Dlamini had a fall, you need to fill the forms.", None),
    ],
)
def test_names_before_a_request_about_them_are_still_names(
    text: str, names: set[str] | None
) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert found
    if names is not None:
        assert set(found) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Uncle Tadeusz drove up to sit with Dad so I could get to the dentist.",
            "Uncle Tadeusz",
        ),
        ("Our Kenzie keeps asking why Nana calls her by my name.", "Our Kenzie"),
    ],
)
def test_the_writers_kin_beside_the_parent_cared_for_is_a_reminder(text: str, name: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {name: Severity.INFO}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My brother Desmond has dementia, Mum cannot cope.", "brother Desmond"),
        # "her mother" is someone else's: no parent of the writer's is spoken of.
        (
            "Auntie Ama enjoyed the jollof today, she showed me how her mother made it",
            "Auntie Ama",
        ),
    ],
)
def test_kin_cared_for_or_beside_no_parent_of_the_writers_is_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name in found and found[name] != Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        "Aunty Bisi's hair salon is doing home visits for the ladies on Tuesday, list on the board",
        "Mr Okafor's taxis are doing the hospital runs for residents this week",
        "Raj's Mobility on Leeds Road fixed the day centre wheelchair for £20",
        "Does anyone know if Winnie's Tea Rooms in Bakewell are dementia friendly? Thinking of"
        " taking Dad",
    ],
)
def test_a_business_named_after_its_owner_is_no_name(text: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doreen's mobility has got worse since the fall", "Doreen"),
        ("Mrs Oduya's pharmacy sent the wrong blister pack again", "Mrs Oduya"),
        ("Doreen's room needs a deep clean after the D&V", "Doreen"),
    ],
)
def test_what_a_person_supported_has_is_not_a_business(text: str, name: str) -> None:
    assert name in identifier_severities(text, "identifiers.name")


def test_a_full_name_beside_only_the_writers_parent_is_a_reminder() -> None:
    text = "Mam talks back to Bradley Walsh every single afternoon, it's the best bit of my day"
    assert identifier_severities(text, "identifiers.name") == {"Bradley Walsh": Severity.INFO}


@pytest.mark.parametrize(
    "text",
    [
        "Mam talks to Bradley Walsh in room 4 every single afternoon, it's the best bit of my day",
        "Mam talks to Bradley Walsh every single afternoon since her stroke",
    ],
)
def test_a_full_name_beside_a_room_or_care_is_warned(text: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert found.get("Bradley Walsh") not in (None, Severity.INFO)


def test_a_name_no_rule_settled_opening_a_care_note_is_a_reminder() -> None:
    text = "Zdravko was very agitated at tea, tried the fire door twice"
    assert identifier_severities(text, "identifiers.name") == {"Zdravko": Severity.INFO}


@pytest.mark.parametrize(
    "text",
    [
        "Zdravko was very agitated about covering the rota again",
        "Benedict is refusing to do the rota swap again",
    ],
)
def test_a_name_before_a_workers_own_news_is_no_reminder(text: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {}
