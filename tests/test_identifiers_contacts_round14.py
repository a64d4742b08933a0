"""The fourteenth round of contacts: a venue's, an office's and a colleague's contacts, and a role
mailbox, are no one's identifiers; each beside a home's or a relative's contact that must still be
found."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

LEFT_ALONE = [
    # Role mailboxes: no given name, a role word in the name.
    ("Repeats go to repeats.thornbury@example.nhs.uk from Monday.", "identifiers.email"),
    ("I emailed partners.oakhill@example.nhs.uk two weeks ago, nothing back.", "identifiers.email"),
    ("Please send anything about reviews to reviews@example.co.uk, thanks", "identifiers.email"),
    # A colleague's or a professional's address at their organisation, given with their role.
    (
        "New OT for the north team is Halina Wrobel, halina.wrobel@example.nhs.uk, she covers "
        "Darwen.",
        "identifiers.email",
    ),
    (
        "Rhys from HR wants a call back, his email is rhys.m@brookcareservices.co.uk",
        "identifiers.email",
    ),
    # A role before a title is not a street ("lead, Dr" is no "Lead Dr").
    (
        "Please contact our partnerships lead, Dr Amir Baig, on 0151 496 0682.",
        "identifiers.phone",
    ),
    # A service named just before its address decides before a person's word after it.
    (
        "Repeat service at Crane Pharmacy, 4 Mill Street, Ruthin LL15 1DX, is great for the "
        "rural calls.",
        "identifiers.address",
    ),
    # An organisation's own premises, a shop's and an event's.
    ("Come and visit us at 22 Castle Row, Durham DH1 3AB.", "identifiers.postcode"),
    (
        "The charity shop on Kirk Street (no. 8, Keswick CA12 5EH) wants helpers, good for "
        "getting out of the house.",
        "identifiers.postcode",
    ),
    (
        "Carers' lunch at the Bell, 3 Fore Street, Hexham NE46 1LZ, Thursday at 1.",
        "identifiers.postcode",
    ),
    # An office's landline and an on-call phone named two short sentences before.
    ("Office landline is dead again, use the duty mobile 07700 900 415.", "identifiers.phone"),
    (
        "Who has the on-call phone this week? Mine's dead. Tried 07700 900 416, no answer.",
        "identifiers.phone",
    ),
    # Premises named just before the number, after a pronoun; a colleague named by role.
    (
        "Our Lou started at the hospice shop on Leek Road, she loves it, ring the shop "
        "0115 496 0321 if you can help.",
        "identifiers.phone",
    ),
    (
        "Please welcome Priya, our new coordinator. Her number is 07700 900 417.",
        "identifiers.phone",
    ),
    # A DBS certificate's twelve digits from 00 are no call to America.
    ("My DBS came through, certificate 001234987612, starting Monday.", "identifiers.phone"),
]


@pytest.mark.parametrize(("text", "rule"), LEFT_ALONE)
def test_venues_offices_and_colleagues_left_alone(text: str, rule: str) -> None:
    assert _found(text, rule) == {}


STILL_WARNED = [
    # A relative's address at a work domain, and webmail beside a role word.
    (
        "Her son works for the trust, his email is d.okoro@example.nhs.uk for the review.",
        "identifiers.email",
        "d.okoro@example.nhs.uk",
    ),
    (
        "The team need her daughter's email for the invoices: kezia.b@gmail.com",
        "identifiers.email",
        "kezia.b@gmail.com",
    ),
    (
        "Client's nephew is the contact, jamal.p@brookcareservices.co.uk, he works there.",
        "identifiers.email",
        "jamal.p@brookcareservices.co.uk",
    ),
    # A relative named in the short sentence before; a home visited; a number in Canada.
    (
        "Mum's at the day centre till 3. Her number is 07700 900 419.",
        "identifiers.phone",
        "07700 900 419",
    ),
    (
        "New client, we visit at 4 Mill Lane, Bude EX23 8AB from Monday.",
        "identifiers.postcode",
        "EX23 8AB",
    ),
    (
        "Her brother in Toronto is on +1 416 496 2231.",
        "identifiers.phone",
        "+1 416 496 2231",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_homes_and_relatives_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS
