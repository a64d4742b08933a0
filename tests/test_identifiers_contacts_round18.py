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
