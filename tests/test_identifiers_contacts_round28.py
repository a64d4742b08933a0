"""The twenty-eighth round of contacts: a resident's room with its care home's name is a home's
address; so is a home picked out by the shop it stands over or near, with a flat's number or for
flats in the plural, or where someone is said to live; a relative said to be on a street is
where they live, as "lives on" it is; an address said to be a service's training or staff
premises is the service's; and the stop of "no." or "tel." before a number ends no sentence, so
the surgery named before "no." still owns its number."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Grandad is in room 9 at Meadowbank Nursing Home now, cards welcome",
            "room 9 at Meadowbank Nursing Home",
        ),
        (
            "Mrs T - Rm 31, Elm Wing, Heatherdene Care Home - daughter visiting Sunday",
            "Rm 31, Elm Wing, Heatherdene Care Home",
        ),
        ("my aunty's in Room 5 Ashgrove care home since the fall", "Room 5 Ashgrove care home"),
    ],
)
def test_a_residents_room_with_its_care_home_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        # The home alone, or a room for training in one, gives no resident's door.
        "Meadowbank Nursing Home won the county care award, well done all",
        "Training is in room 2 of the care home on Friday",
        "the room at Meadowbank care home was lovely and bright",
    ],
)
def test_a_care_home_alone_or_a_room_with_no_home_named_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "he lives over the bookies on Cross Street, side door",
            "over the bookies on Cross Street",
        ),
        (
            "Nan is in flat 2 above the Greggs on Bridge Road",
            "flat 2 above the Greggs on Bridge Road",
        ),
        (
            "my uncle's in the retirement flats behind the Aldi on Fox Lane",
            "flats behind the Aldi on Fox Lane",
        ),
        ("her mam lives near the Co-op on Heol y Wern", "near the Co-op on Heol y Wern"),
    ],
)
def test_a_home_picked_out_by_the_shop_it_stands_by_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "the bookies on Cross Street has a cash machine now",
        "new flats on Bridge Road are going up next to the station",
        "I live above the Greggs on Bridge Road, handy for breakfast",
    ],
)
def test_a_shop_on_a_street_new_flats_or_the_writers_own_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Dad's been on Larkfield Avenue for sixty years and won't move", "Larkfield Avenue"),
        ("our kid is on Moorgate Road, the house with the ramp", "Moorgate Road"),
        ("My sister is still on Brook Street on her own", "Brook Street"),
    ],
)
def test_a_relative_said_to_be_on_a_street_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "Dad's in Ward 4 at the General",
        "my sister is on nights this week",
        "the lady on Larkfield Avenue had a good day",
    ],
)
def test_a_relative_on_a_ward_or_a_shift_or_a_person_on_a_street_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    "text",
    [
        "14 Orchard Way is the new training flat, key in the office",
        "4 Beck Row's our staff house now, book it through the rota",
        "22 Fern Close will be the new team base from March",
    ],
)
def test_an_address_given_as_a_services_training_or_staff_premises_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("new client at 14 Orchard Way, hoist and two carers", "14 Orchard Way"),
        ("her flat at 14 Orchard Way is the new place she moved to", "14 Orchard Way"),
    ],
)
def test_a_home_at_the_same_kind_of_address_still_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


def test_a_surgerys_number_after_no_with_a_stop_not_found() -> None:
    text = "chase the GP for his repeat, surgery no. 0161 496 0732, he's nearly out"
    assert not _found(text, "identifiers.phone")
    text = "call the pharmacy tel. 0113 496 0418 about his blister pack"
    assert not _found(text, "identifiers.phone")


def test_a_relatives_number_after_no_with_a_stop_still_found() -> None:
    text = "his daughter's no. 07700 900418, ring her before you go in"
    assert _found(text, "identifiers.phone").get("07700 900418") is Severity.SERIOUS


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "she's moved to the static caravan site, plot 7 Seaview, Rhyl, "
            "so go there not the flat",
            "plot 7 Seaview",
        ),
        (
            "new lady lives in a static caravan at Willow Park, pitch 12 by the shower block",
            "Willow Park, pitch 12",
        ),
        ("he's in caravan 9, Pen y Bont Park, the one with the ramp", "caravan 9, Pen y Bont Park"),
    ],
)
def test_a_caravan_or_pitch_with_its_site_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        # A site alone, a pitch for a match, or a caravan spoken of for holidays gives no door.
        "we've got a static caravan at Willow Park, lovely for a break",
        "under 10s on pitch 2 Sunday, bring a caravan of snacks for after",
        "caravan 3 at the site is free for staff holidays in June",
    ],
)
def test_a_caravan_site_alone_or_a_match_pitch_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("the keysafe at Ivy Cottage sticks, give it a wiggle", "Ivy Cottage"),
        ("hes the one at Brookside Farm up the track", "Brookside Farm"),
        ("Tad at Hafod Las wants his paper brought up", "Hafod Las"),
    ],
)
def test_a_named_home_after_a_key_safe_a_bare_pronoun_or_a_welsh_kin_word_found(
    text: str, span: str
) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


def test_a_named_venue_after_the_same_words_not_found() -> None:
    assert not _found("shes at Ivy Cottage tearooms for the carers' lunch", "identifiers.address")
