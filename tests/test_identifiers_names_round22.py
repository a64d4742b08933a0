"""The twenty-second round: names only. The writer's relative who is the one caring ("My own
gran, Ida, was a carer in the war") is a reminder, not a warning; a charity named after its
founder and followed by what it provides ("Marie Curie nurse") is no name."""

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
