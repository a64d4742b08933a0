"""The twenty-sixth round of contacts: a named home on its address line, its town after a comma
("Ty Gwyn, Llanrug", "Low Burn Cottage, Acomb NE46 4PX"), is a home's address; not where a day,
a title or a kinship word follows the comma, nor where a care home's, a venue's or a service's
word stands just before, nor where the sentence tells of an event or a venue."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("new client from Monday: Bryn Awel, Llanrug, two calls a day", "Bryn Awel"),
        (
            "Next visit: Moorside Farm, Hebden Bridge, the lady there needs the hoist",
            "Moorside Farm",
        ),
        (
            "mams address for the letters is Low Burn Cottage, Acomb NE46 4PX, they keep "
            "sending them to mine",
            "Low Burn Cottage",
        ),
        ("Mrs Parry, Glan yr Afon, Llanrwst, wants her visits after ten now.", "Glan yr Afon"),
    ],
)
def test_a_named_home_with_its_town_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "Rowan Cottage, Thursday at 2, bring the hoist sling",
        "Open day at Hafod Farm, Llanrug on Saturday 10-4, all welcome",
        "Cream teas at Rose Cottage, Grasmere, open daily 10 till 4",
        "Staff training at Moorside Farm, Hebden Bridge next Tuesday 9.30, bring lunch",
        "Our lunch club has moved to the community room at Bryn Awel, Mold, Thursdays 12-2",
    ],
)
def test_a_day_an_event_or_a_venue_after_a_named_place_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")
