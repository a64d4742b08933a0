"""The sixteenth round of contacts and numbers: a family carer's own number offered, the writer's
home number, a meeting place and an office's floor are no one's identifiers; each beside a
relative's or a home's that must still be found."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

LEFT_ALONE = [
    # A family carer's own number or address, offered to the group: a reminder, not a warning.
    (
        "My mum's got dementia and the forms are beating me. If anyone wants a chat, my number "
        "is 07700 900 240, best after 6.",
        "identifiers.phone",
    ),
    (
        "I look after my husband and I'm happy to talk to anyone in the same boat, ring me on "
        "07700 900 306 or email me at jan.pritchard61@gmail.com",
        "identifiers.email",
    ),
    ("If anyone needs me over Christmas my home number is 0117 496 0673.", "identifiers.phone"),
    # An office's move "from Monday", to a business park; a walk from a car park.
    (
        "New office from Monday: Unit 4, Kestrel Business Park, LS9 4JT.",
        "identifiers.postcode",
    ),
    (
        "Wellbeing walk on Saturday from Pollok Park car park, 2060 Pollokshaws Road, G43 1AT.",
        "identifiers.address",
    ),
    # A shop named by its brand, then where it is.
    (
        "The Boots in Bangor on the High Street LL57 1NP does flu jabs without an appointment.",
        "identifiers.postcode",
    ),
    # A job seeker's own number, the "I" left out.
    (
        "I'm looking for a senior carer role in Inverness. Happy to be contacted on 07700 900604.",
        "identifiers.phone",
    ),
    # Where a group met, an office's floor.
    ("Lovely walk with the group, we met at the car park KY13 9LX.", "identifiers.postcode"),
    (
        "The team has moved to 3rd Floor, 200 St Vincent Street, G2 5RQ.",
        "identifiers.postcode",
    ),
]


@pytest.mark.parametrize(("text", "rule"), LEFT_ALONE)
def test_venues_offices_and_the_writers_own_left_alone(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


STILL_WARNED = [
    # The writer's number beside the relative it leads to: their name, their home, "him".
    (
        "My husband goes walkabout near the prom, if you see him please call me on 07700 900 205",
        "identifiers.phone",
        "07700 900 205",
    ),
    (
        "Looking for a carer for my mum Olwen, she's at 4 Heol y Parc, SA15 3JT. Ring me on "
        "07700 900 733",
        "identifiers.phone",
        "07700 900 733",
    ),
    (
        "Mum's NHS number is 943 476 5919 and my number is 07700 900 098.",
        "identifiers.phone",
        "07700 900 098",
    ),
    # Tablets taken from the pharmacy to a home; a car parked at one.
    (
        "Can someone take her tablets from the pharmacy to 12 Mill Lane, LS6 2AB?",
        "identifiers.postcode",
        "LS6 2AB",
    ),
    ("Her car is parked outside 7 Oak Rise, LS8 1QT.", "identifiers.postcode", "LS8 1QT"),
    (
        "Her son is happy to be contacted on 07700 900 605 about it.",
        "identifiers.phone",
        "07700 900 605",
    ),
    # A shop as a landmark by a home, or passed on the way to one.
    ("Mum is at 12 Mill Lane near the Tesco, LS6 2AB", "identifiers.postcode", "LS6 2AB"),
    (
        "The carers park at the Aldi then walk to 4 Fern Close, LS7 2AB",
        "identifiers.postcode",
        "LS7 2AB",
    ),
    # A flat's floor is a home's; a meeting at someone's flat.
    (
        "She lives on the 2nd floor flat, 14 Mill Lane, LS6 2AB.",
        "identifiers.postcode",
        "LS6 2AB",
    ),
    ("We met at her flat, 9 Elm Rise, LS7 3QT.", "identifiers.postcode", "LS7 3QT"),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_relatives_and_homes_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


FOUND = [
    # A Scots "o'" in a street's name; a street of lanes; a street named like a Welsh house.
    (
        "Ring the GP for the man at number 9 Brig o' Doon Road, he's no better.",
        "identifiers.address",
        "9 Brig o' Doon Road",
    ),
    (
        "Mr Stavrou is flat 11, 82 Green Lanes, 2nd floor.",
        "identifiers.address",
        "flat 11, 82 Green Lanes",
    ),
    ("New referral, Mr Hughes, 2 Bryn Teg, Cwmbran.", "identifiers.address", "2 Bryn Teg"),
    # A birth date with its month in Roman numerals.
    (
        "Referral in for Mrs Prosser, DOB 3.ix.1932, lives alone.",
        "identifiers.date_of_birth",
        "3.ix.1932",
    ),
    (
        "Babcia born 15-III-1936, she showed me her passport.",
        "identifiers.date_of_birth",
        "15-III-1936",
    ),
    # A CHI or NHS cue further back in the number's sentence.
    (
        "Mum's CHI number is on her appointment letter as 0503631825, they can't find her.",
        "identifiers.chi_number",
        "0503631825",
    ),
    (
        "The NHS number for Lola on the MAR is wrong, pharmacy has 6542 026 932 on theirs.",
        "identifiers.nhs_number",
        "6542 026 932",
    ),
    # The writer's number where the draft names the relative it leads to.
    (
        "if anyone needs me my number is 07700 900 412, I'm Tilly's daughter",
        "identifiers.phone",
        "07700 900 412",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), FOUND)
def test_streets_and_named_relatives_found(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS
