"""The eighteenth round of contacts and numbers: the writer's own details offered. A new address
for the writer's payslips, an address the writer says they are at with an invitation to come to
it, and a mailbox the writer and their family share or have set up are theirs to give: a
reminder (``info``), not a warning. A client's or a relative's stays a warning."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

OWN = [
    (
        "My new address for payslips is 4 Larch Row, Morpeth NE61 2QT, can the office update it?",
        "identifiers.address",
    ),
    (
        "My new address for payslips is 4 Larch Row, Morpeth NE61 2QT, can the office update it?",
        "identifiers.postcode",
    ),
    (
        "Got a commode going spare since Nan passed. I'm at 6 Ashby Crescent, Selby, come and "
        "grab it whenever, or ring me on 0113 496 0557.",
        "identifiers.address",
    ),
    (
        "Got a commode going spare since Nan passed. I'm at 6 Ashby Crescent, Selby, come and "
        "grab it whenever, or ring me on 0113 496 0557.",
        "identifiers.phone",
    ),
    (
        "My brother and I share one inbox for Mam's appointments now, rhysandcerys@gmail.com, "
        "send the forms there please",
        "identifiers.email",
    ),
    (
        "I've set up an email for the grandchildren to send updates: ourgrandadnews@outlook.com",
        "identifiers.email",
    ),
    ("New mobile for me, save it: 07700 900 418. Old one died.", "identifiers.phone"),
]


@pytest.mark.parametrize(("text", "rule"), OWN)
def test_the_writers_own_offered_is_a_reminder(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert found and all(severity is Severity.INFO for severity in found.values()), found


STILL_WARNED = [
    # A worker at a client's home: no invitation.
    (
        "I'm at 22 Kestrel Way and she's on the floor, can someone ring the office",
        "identifiers.address",
        "22 Kestrel Way",
    ),
    # The writer at a client's, who is named in the sentence.
    (
        "I'm at 22 Kestrel Way with her daughter, pop round if you can help",
        "identifiers.address",
        "22 Kestrel Way",
    ),
    # A relative's mailbox, set up by them.
    (
        "His daughter has set up an email for us: jandrews1960@gmail.com",
        "identifiers.email",
        "jandrews1960@gmail.com",
    ),
    # A client's new address.
    (
        "Her new address for the rota is 8 Wren Close, Hull HU5 3PL",
        "identifiers.address",
        "8 Wren Close",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_clients_and_relatives_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


# "Their" after an organisation or an event named before it: the place is theirs.
THEIR_PLACE = [
    (
        "Hollybank Lodge have asked for volunteers for the summer fete, it's at their garden, "
        "LS27 9QT",
        "identifiers.postcode",
    ),
    (
        "Does the carers centre in Elgin still do drop ins? Their address online says 41 Batchen "
        "Street, IV30 1BH",
        "identifiers.address",
    ),
]


@pytest.mark.parametrize(("text", "rule"), THEIR_PLACE)
def test_an_organisations_place_after_their_left_alone(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


def test_their_home_still_warned() -> None:
    text = "The carers centre rang, their client is at 41 Batchen Street, IV30 1BH"
    assert _found(text, "identifiers.address").get("41 Batchen Street") is Severity.SERIOUS


CHI = [
    # A CHI cue in a question just before the number, a booking it is for between them.
    (
        "The ambulance people want Gran's CHI number for the transport booking, is it this? "
        "2509922777 It's on her letter",
        "2509922777",
    ),
    # No cue, a person named in its sentence; outside the NHS's range.
    ("Phoning the lab: 1602 653 240 is on the bottle, Mr Baird in side room 2", "1602 653 240"),
]


@pytest.mark.parametrize(("text", "span"), CHI)
def test_chi_numbers_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.chi_number").get(span) is Severity.SERIOUS


def test_a_booking_number_after_a_chi_question_is_not_one() -> None:
    text = "What's his CHI? Booking ref 2509922777 for the transport"
    assert _found(text, "identifiers.chi_number") == {}


def test_the_on_call_phone_spelled_as_two_words_is_the_rotas() -> None:
    text = "on call phone this weekend is 07700 900 521, that's the managers' phone not mine."
    found = _found(text, "identifiers.phone")
    assert all(severity is Severity.INFO for severity in found.values()), found


def test_a_client_on_a_call_still_warned() -> None:
    text = "Mrs Dale was on call list today, her son's number is 07700 900 522"
    assert _found(text, "identifiers.phone").get("07700 900 522") is Severity.SERIOUS
