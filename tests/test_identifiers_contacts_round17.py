"""The seventeenth round of contacts and numbers: whose a contact is, read once per draft. Contacts
given together in one sentence are one owner's: beside an organisation's, after the venue's or
office's word, they are the organisation's; beside the writer's own, the writer's. A ten-digit
number of a person named in its sentence is their NHS number; a house number and a street just
before a home's postcode are that home."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

LEFT_ALONE = [
    # A surgery's clinic: its line read as the surgery's makes its street the surgery's too.
    (
        "The Oakwood Surgery flu clinic for carers is this Saturday, 41 Oakwood Road S10 2EF, "
        "ring 0141 496 0244 after 8am for a slot.",
        "identifiers.address",
    ),
    (
        "The Oakwood Surgery flu clinic for carers is this Saturday, 41 Oakwood Road S10 2EF, "
        "ring 0141 496 0244 after 8am for a slot.",
        "identifiers.postcode",
    ),
    # An office given with its role mailbox.
    (
        "Details at our office, Ty Gobaith, 12 Walter Road, SA1 5NF, or email jobs@example.org.uk.",
        "identifiers.postcode",
    ),
    # A pharmacy's line, then its mailbox.
    (
        "pharmacy says ring them on 0161 496 0123 or email dispensary@example.co.uk",
        "identifiers.email",
    ),
    # A colleague's work mobile.
    (
        "Our new deputy is Ffion, her work mobile is 07700 900 771 and email "
        "ffion.rees@cwmcare.wales.",
        "identifiers.phone",
    ),
]


@pytest.mark.parametrize(("text", "rule"), LEFT_ALONE)
def test_organisations_contacts_given_together_left_alone(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


STILL_WARNED = [
    # A home and a surgery in one sentence, the surgery named between them: two owners.
    (
        "Can somebody ring the GP for the man at number 9 Brig o' Doon Road, surgery is Alloway "
        "Medical Practice 01292 441 710",
        "identifiers.address",
        "9 Brig o' Doon Road",
    ),
    # A client's home beside the office's line, the office named after the home.
    (
        "Calls start at 14 Mill Lane, LS6 2AB, any problems ring the office on 0113 496 0712.",
        "identifiers.postcode",
        "LS6 2AB",
    ),
    # A relative's work number.
    (
        "His daughter says her work number is 07700 900 123 if the ambulance comes",
        "identifiers.phone",
        "07700 900 123",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_homes_and_relatives_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


FOUND = [
    ("Bloods for Mr Lowe 9434 76 5919 went to the lab", "identifiers.nhs_number", "9434 76 5919"),
    (
        "7134 44 7405 for the lady at Flat 4, can someone print her MAR",
        "identifiers.nhs_number",
        "7134 44 7405",
    ),
    (
        "mr and mrs holroyd are at 7 Moorside, bd13 3rj from now",
        "identifiers.address",
        "7 Moorside",
    ),
    (
        "Uncle Des new address from today: 5 The Spinney, BA2 2TN, the carers start Monday",
        "identifiers.address",
        "5 The Spinney",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), FOUND)
def test_numbers_and_streets_of_people_found(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


def test_a_possible_nhs_number_with_no_person_stays_possible() -> None:
    text = "can someone look up 94347 65919 on the system, it was on a hospital letter"
    assert _found(text, "identifiers.nhs_number") == {}
    assert _found(text, "identifiers.possible_nhs_number") == {"94347 65919": Severity.WARNING}
