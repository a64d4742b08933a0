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
