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


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("new lady in sheltered housing, no 4 the Maltings, knock loud", "no 4 the Maltings"),
        ("he's in number 3, the bungalows behind the Spar, back door", "number 3, the bungalows"),
        ("ok so shes at no.12 Pendle view now not 21, key safe as usual", "no.12 Pendle view"),
    ],
)
def test_a_house_number_said_with_no_before_a_named_row_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "he was number 1 the whole season, still talks about it",
        "bus number 3 the Red one goes past the surgery",
        "Training tomorrow is at no.12 Pendle View, the old scout hut next to the church.",
        "we're no 2 the Monday after, so book early",
    ],
)
def test_a_count_a_bus_or_a_venue_after_no_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "gent at 14b Gallowgate (top buzzer, not the shop) needs his stockings on",
            "14b Gallowgate",
        ),
        ("linda at 74a Westgate again refusing meds, just so you know", "74a Westgate"),
        ("42a kingsway, flat over the bookies, back door only", "42a kingsway"),
    ],
)
def test_a_house_number_and_a_one_word_street_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "I finish at 3 anyway so I can do the tea call",
        "we need 2 investigate why the app lost the notes",
        "team meeting moved to the Kingsway hub, 42 Kingsway, top floor, 2pm",
        "Coffee morning for carers, Saturday 10-12 at 22 Kirkgate, Otley. No need to book",
    ],
)
def test_an_adverb_a_verb_or_a_venues_one_word_street_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("ASC case ASC-26-30917 (Mrs K), the social worker wants a call log", "ASC-26-30917"),
        ("her care record number changed, it's CR-88-41230 now, does it still work", "CR-88-41230"),
        ("Dad's client ref is CHC/44819, the CCG still hasn't rung", "CHC/44819"),
    ],
)
def test_a_dated_reference_after_whose_record_it_is_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.record_number").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "Spoke to the council about the forms, allow 6 weeks. Ref BB-26-4471",
        "booking reference for the carers' break is CB-25-0913, message the centre",
        "client invoice INV-26-04471 is paid, thanks all",
    ],
)
def test_a_dated_reference_of_a_form_or_a_booking_not_found(text: str) -> None:
    assert not _found(text, "identifiers.record_number")


@pytest.mark.parametrize(
    "text",
    [
        "Update on Nain: she's home from Glan Clwyd and the carers start tomorrow",
        "Iolo's mam rang, he has his respite at Tŷ Enfys from the 3rd",
        "Dad is back from Bryn Haul at last, what a week",
    ],
)
def test_a_place_come_home_from_or_a_respite_not_a_home(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mrs Bevan at Bryn Awel needs her shopping on Friday", "Bryn Awel"),
        ("Dad has moved home to Highfield Cottage at last", "Highfield Cottage"),
    ],
)
def test_a_named_home_after_a_person_still_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS
