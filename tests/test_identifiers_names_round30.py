"""The twenty-eighth round of names work (session 33): precision first. A worker "on with"
another worker is a shift shared ("I'm on with Dan", "Grace is on with Tomasz"), while a question
of who is on with someone still asks after the person supported."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities


def _warned(text: str, name: str) -> bool:
    """A span holding ``name`` is warned about."""
    found = identifier_severities(text, "identifiers.name")
    return any(name in span and level is not Severity.INFO for span, level in found.items())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lena off sick so Ebony is on with Tomasz for the east run", "Tomasz"),
        ("Hiya, Chloe's on with Aisha for the sleep in, I'm back Monday", "Aisha"),
        ("I'm on with Desmond from 8 so we'll do the double-ups first", "Desmond"),
        (
            "Mandy's covering the lounge till 2 and then going on with Raj for the teatime run",
            "Raj",
        ),
    ],
)
def test_a_worker_on_shift_with_another_is_not_warned(text: str, name: str) -> None:
    assert not _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Whoever's on with Eirlys tomorrow, her hearing aid batteries need changing", "Eirlys"),
        ("Is anyone on with Mabel tonight? She wants her hot water bottle filled", "Mabel"),
        ("Who's on with Bronagh tomorrow? She wants to go to the garden centre", "Bronagh"),
    ],
)
def test_the_person_someone_is_on_with_is_still_warned(text: str, name: str) -> None:
    assert _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gladys and Norman went bowling with the day centre, both loved it", {"Gladys", "Norman"}),
        (
            "Hazel and Clifford had a row over the remote again, sorted by tea",
            {"Hazel", "Clifford"},
        ),
        ("Mavis and Cyril both want to go on the seaside trip in June", {"Mavis", "Cyril"}),
        ("Pearl and Bernard asked to sit together at lunch again", {"Pearl", "Bernard"}),
    ],
)
def test_two_people_supported_at_their_pastimes_are_both_warned(text: str, names: set[str]) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert {name for name, level in found.items() if level is not Severity.INFO} == names


@pytest.mark.parametrize(
    "text",
    [
        "Kirsty and Ewan loved the staff quiz on Friday, our team came second",
        "Shona and Ailsa went to the training together on Tuesday",
        "Desmond and Femi on the sleep-ins next week, Kirsty days",
    ],
)
def test_two_colleagues_opening_a_sentence_stay_unwarned(text: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert all(level is Severity.INFO for level in found.values()), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bronwen fell over on the ice by the office and still did her full shift, legend",
            "Bronwen",
        ),
        ("Tariq fell asleep in the staffroom on his break, leave him be", "Tariq"),
    ],
)
def test_a_name_whose_own_shift_or_break_follows_is_not_warned(text: str, name: str) -> None:
    assert not _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bronwen fell in the bathroom at 6, no injuries, logged it before the end of my shift",
            "Bronwen",
        ),
        (
            "Maureen fell again in the night, found her by the wardrobe, she's bruised her arm",
            "Maureen",
        ),
    ],
)
def test_a_fall_with_the_writers_shift_stays_warned(text: str, name: str) -> None:
    assert _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nani Kaur room 9 has a rash on her back, cream put on, please check tomorrow",
            "Nani Kaur",
        ),
        ("Night notes: Mr Okoro bed 2 slept well, Frank bed 5 needs his pads checked", "Frank"),
    ],
)
def test_a_name_just_before_its_room_is_warned(text: str, name: str) -> None:
    assert _warned(text, name), identifier_severities(text, "identifiers.name")


def test_a_colleague_covering_a_room_is_not_placed_there() -> None:
    text = "Kasia room 4 covering till 2, then Frank bed 5 is doing the teas"
    assert not _warned(text, "Frank"), identifier_severities(text, "identifiers.name")
