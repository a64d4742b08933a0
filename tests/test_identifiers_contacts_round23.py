"""The twenty-third round of contacts and numbers: a record number before the system named as
whose it is ("2205871 is her Mosaic ID", "4419027 (Liquidlogic)"); a reference about an
organisation's premises, stall or event and no person; a premises' word as the subject of the
address ("office is 112 Raddle Lane"); an organisation's name ending in "Care", "Trust" or
"Advice" before its address; "their" referring back to an organisation before its address; a
titled colleague named by their role ("our office manager Mrs Okafor"); a family support line; a
deputy's work email. Each beside its twin that is still found, or still left alone."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

NOT_WARNED = [
    (
        "complaint ref CSC/2026/88107 is ours about the parking at the hub, please quote it if "
        "you chase the council",
        "identifiers.record_number",
    ),
    (
        "Council ref for the bin complaint at the office is CRM-991104. Nothing to do with the "
        "tenants",
        "identifiers.record_number",
    ),
    (
        "key safe for the office changed, code is with Jas, office is 112 Raddle Lane the one "
        "with the blue door",
        "identifiers.address",
    ),
    (
        "so the new office is at number nine, Brackenbeck Close, the key is with Carol until "
        "Monday",
        "identifiers.address",
    ),
    (
        "Delighted to start at Larchfield Care, 9 Rowan Way, DN4 8SE. Do say hello.",
        "identifiers.postcode",
    ),
    (
        "Anyone know if the Citizens Advice in Inverness still does drop ins? Their address "
        "online says 29 Castle Street, IV2 3DU but the bus driver said they moved.",
        "identifiers.address",
    ),
    (
        "Good morning. The number for our office manager Mrs Okafor is 07700-900-320, she want "
        "anyone who has not done the training to call her",
        "identifiers.phone",
    ),
    (
        "The hospice family support line is 0115 496 0106 Mon to Fri 9-5, they rang me back",
        "identifiers.phone",
    ),
    (
        "her email is m.obi@ridgewaycare.co.uk, she's the new deputy, cc me in pls",
        "identifiers.email",
    ),
]


@pytest.mark.parametrize(("text", "rule"), NOT_WARNED)
def test_organisations_and_colleagues_not_warned(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


STILL_WARNED = [
    # A reference on a care-record system, or beside a person, is still a person's record.
    (
        "Mosaic ID 2205871, email the office the review notes",
        "identifiers.record_number",
        "2205871",
    ),
    (
        "pls note CH/0448/21 = her case ref with the council, the office needs it",
        "identifiers.record_number",
        "CH/0448/21",
    ),
    # A home given as a person's, with no premises as its subject.
    ("her flat is 12 Mill Lane, the office has the key", "identifiers.address", "12 Mill Lane"),
    (
        "the grandkids came over, their address is 4 Fern Close",
        "identifiers.address",
        "4 Fern Close",
    ),
    # A title after a role is a colleague; a relative of the titled person is not.
    (
        "the manager said Mrs Okafor's son is on 07700 900320",
        "identifiers.phone",
        "07700 900320",
    ),
    # A relative's line, not a family support line.
    (
        "The hospice rang, her family's number is 0115 496 0106 if anyone needs it",
        "identifiers.phone",
        "0115 496 0106",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_people_and_homes_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("2205871 is her Mosaic ID, social worker wants the review notes", "2205871"),
        ("00719934 (that's her Mosaic number) for the referral", "00719934"),
        ("Found my husband's reference at last: 4419027 (Liquidlogic).", "4419027"),
        ("7731902 = Dad's RiO no., the ward wants it", "7731902"),
    ],
)
def test_a_record_number_before_its_system_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.record_number").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "2205871 is the Amazon order for the new sensory lights",
        "We bought 4500 Mosaic licences for the team",
        "ticket 55120 is the RiO outage, IT are on it",
    ],
)
def test_a_number_beside_a_system_that_is_no_record_not_found(text: str) -> None:
    assert not _found(text, "identifiers.record_number")


def test_an_office_before_a_relatives_number_does_not_make_it_the_offices() -> None:
    text = (
        "Social services want me to give out my dad's number to strangers?? It's 0114 496 0621, "
        "and they've already rung it twice"
    )
    assert _found(text, "identifiers.phone").get("0114 496 0621") is Severity.SERIOUS


def test_an_office_named_after_a_relative_keeps_its_line() -> None:
    text = (
        "Dad's on dialysis three times a week, anyone had any luck with the council? Ring "
        "0113 496 0643 and they just fob you off"
    )
    found = _found(text, "identifiers.phone")
    assert all(severity is Severity.INFO for severity in found.values()), found


def test_a_venue_before_the_person_spoken_of_does_not_make_their_home_a_venue() -> None:
    text = "Can anyone from the choir visit my grandad? Flat 6, Bank St Court, PR7 1DX. Misses it"
    assert _found(text, "identifiers.postcode").get("PR7 1DX") is Severity.SERIOUS
    venue = "Can anyone visit my grandad at the choir? St Mark's Hall, Bank St, PR7 1DX. Tuesdays"
    found = _found(venue, "identifiers.postcode")
    assert all(severity is Severity.INFO for severity in found.values()), found


VENUES_AND_WORKERS = [
    (
        "Age Concern Wakefield, 14 Zetland Street, WF1 1QT, open Mon-Fri 9-4, drop in any time",
        "identifiers.postcode",
    ),
    (
        "Thanks to everyone at Sunnyside Lodge, 44 Moor Road, LS6 4BB for a brilliant open day!",
        "identifiers.address",
    ),
    (
        "Team night out: Mowbray Arms, 3 Market Place, DL8 1AB, Friday 13th, 7pm. Tell Jen",
        "identifiers.address",
    ),
    (
        "Ring Sam on 07700 900712 to book a place on the manual handling course, she's the trainer",
        "identifiers.phone",
    ),
    (
        "Contact our volunteer coordinator Gemma at gemma.t@littlesteps.org.uk for a chat",
        "identifiers.email",
    ),
    ("Social worker is Lee, 0161 496 0290 ext 4412, he's only in Mon-Wed", "identifiers.phone"),
    ("The chaplain, Rev. Okoye, is happy to visit, 07700 900511", "identifiers.phone"),
    ("Flu jabs at Boots, 40 Briggate, LS1 6HD, walk in Saturdays", "identifiers.postcode"),
    (
        "Need a plumber? Gaz did our heating, 07700 900903, tell him Sue sent you",
        "identifiers.phone",
    ),
]


@pytest.mark.parametrize(("text", "rule"), VENUES_AND_WORKERS)
def test_opening_hours_open_days_pubs_trainers_and_charities_not_warned(
    text: str, rule: str
) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


HOMES_AND_PEOPLE = [
    # A door open at a home's visit is no opening hours.
    (
        "new client at 14 Zetland Street, WF1 1QT, door open 9-10 for the carers",
        "identifiers.postcode",
        "WF1 1QT",
    ),
    # A trainer's number is theirs; a trainee's mum's is not.
    (
        "Ring Sam's mum on 07700 900712, she's asked about the course for him",
        "identifiers.phone",
        "07700 900712",
    ),
    # A shop's brand before a home someone lives at, or goes to from the shop, is no shop's.
    (
        "Got her shopping from Aldi, she's at 4 Fern Close, LS6 2QT",
        "identifiers.postcode",
        "LS6 2QT",
    ),
    ("Can someone take her from Tesco, to 4 Fern Close", "identifiers.address", "4 Fern Close"),
    # An extension's "x" is no multiplication: "x2" after a mobile is no switchboard's.
    ("her daughter is on 07700 900290 x2 a day", "identifiers.phone", "07700 900290"),
    # A tradesman before a relative whose number it then gives is no longer the one spoken of.
    (
        "Need a plumber for Mum's? Her neighbour knows one, ring Mum on 07700 900903",
        "identifiers.phone",
        "07700 900903",
    ),
    # An address at a mail service, or a relative's at a charity's domain, is still personal.
    (
        "her son's email is d.okafor@littlesteps.org.uk, he wants the updates",
        "identifiers.email",
        "d.okafor@littlesteps.org.uk",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), HOMES_AND_PEOPLE)
def test_homes_and_relatives_beside_them_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS
