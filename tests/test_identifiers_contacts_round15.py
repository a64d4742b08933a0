"""The fifteenth round of contacts and numbers: a shop's, a supplier's, a firm's and a work
phone's numbers, a booking's, a course's and a payslip's references, and addresses beside a
service's home visits, a care home and a party, are no one's identifiers; each beside a home's, a
relative's or a record's that must still be found."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

LEFT_ALONE = [
    # A commercial word between a record system's name and the number: a course's or a session's.
    ("RiO refresher, session code RX-5521, is on the intranet.", "identifiers.record_number"),
    ("The Nourish training code is NT 7730215, 30 minutes long.", "identifiers.record_number"),
    # A booking's and a payslip's references.
    (
        "Room for the AGM is booked, ref HLX-230981, keys from reception.",
        "identifiers.record_number",
    ),
    (
        "Your number is on your payslip (EMP-7713), use it for the portal.",
        "identifiers.record_number",
    ),
    # A supplier's, a firm's, a garage's and a taxi firm's lines; the work phone; a chain's line.
    ("Pads come from the supplier now, Carewise on 0161 496 0812.", "identifiers.phone"),
    ("Van's at the garage, if they ring it's 0114 496 0713.", "identifiers.phone"),
    ("Kwik Cabs number is 0113 496 0244, they take wheelchairs.", "identifiers.phone"),
    ("Out of hours is 07700 900 531, that's the work phone so use it.", "identifiers.phone"),
    (
        "Anyone know if the Superdrug on Bank St does flu jabs? Their number is 0121 496 0937.",
        "identifiers.phone",
    ),
    # The writer's own new number: a reminder, not a warning.
    ("my new number is 07700 900 266, lost the old one", "identifiers.phone"),
    # A surgery's address beside "home visits"; a care home's pharmacy; a party's hall.
    (
        "Is Elmwood Surgery, 14 Station Road, LS18 4AB, still doing home visits?",
        "identifiers.postcode",
    ),
    ("The party is at 6 Kirk Lane, it's the scout hut, from 7.", "identifiers.address"),
    # A place called "the" and its name just before the address: a pub's, a museum's.
    ("Grand day with the residents at the Burrell, Pollok Park, G43 1AT.", "identifiers.postcode"),
    # A time before a number is no house number; the writer's own home, offered.
    ("Bridge Street shut 8 till 6, Fold Lane open for the calls.", "identifiers.address"),
    (
        "Spare wheelchair going free, it's at mine, 9 Lark Rise, come any time.",
        "identifiers.address",
    ),
    # Role mailboxes for leave, people and timesheets.
    ("Leave requests to leave@harbourcare.co.uk from now on.", "identifiers.email"),
    # A spelled-out address of a role, and words that only look like one.
    ("Forms to referrals at ashdowncare dot org dot uk please.", "identifiers.email"),
    ("We were at the dot com launch party at work.", "identifiers.email"),
    # An NHS word far back is no cue over an order's ("NHS supplies order ...").
    ("NHS supplies order 717 765 0490 came today.", "identifiers.nhs_number"),
]


@pytest.mark.parametrize(("text", "rule"), LEFT_ALONE)
def test_shops_firms_bookings_and_services_left_alone(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


STILL_WARNED = [
    ("Mosaic ID for the new lady is 4471902.", "identifiers.record_number", "4471902"),
    (
        "Client ref CW-220918 booked in for Tuesday.",
        "identifiers.record_number",
        "CW-220918",
    ),
    (
        "Her son's number is 07700 900 532, he works at the garage.",
        "identifiers.phone",
        "07700 900 532",
    ),
    (
        "Mum's new number is 07700 900 533 if the carers need it.",
        "identifiers.phone",
        "07700 900 533",
    ),
    (
        "She lives at 9 Hall Lane, LS18 5EE, and the GP does home visits.",
        "identifiers.postcode",
        "LS18 5EE",
    ),
    (
        "His address is 12 Moor View, park at the top, near the Tesco.",
        "identifiers.address",
        "12 Moor View",
    ),
    # A house named with "the" and a plural, or a house word, is a home.
    ("Mum's at the Laurels, 4 Park Road now.", "identifiers.address", "4 Park Road"),
    ("The gent at the Old Forge, 3 Mill Lane, LS6 2AB.", "identifiers.postcode", "LS6 2AB"),
    ("Her carer's at mine, but she lives at 7 Elm Rise.", "identifiers.address", "7 Elm Rise"),
    # An address spelled out; an NHS number whose cue stands just before it, past a booking.
    (
        "Her son's email is kwame dot asante at gmail dot com.",
        "identifiers.email",
        "kwame dot asante at gmail dot com",
    ),
    (
        "Who has the transport booking line? His NHS number is 943 476 5919 if they ask.",
        "identifiers.nhs_number",
        "943 476 5919",
    ),
    # A birth date spoken of further back than its cue reaches.
    (
        "GP wants his date of birth for the form, it's 3 Aug 1939 I think.",
        "identifiers.date_of_birth",
        "3 Aug 1939",
    ),
    # A surname that is also a word is no role ("Bank", "Holiday").
    (
        "Email her daughter, mia.bank@gmail.com, about it.",
        "identifiers.email",
        "mia.bank@gmail.com",
    ),
    ("Son's email is joe.holiday@gmail.com.", "identifiers.email", "joe.holiday@gmail.com"),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_homes_relatives_and_records_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS
