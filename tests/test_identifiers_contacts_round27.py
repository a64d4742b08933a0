"""The twenty-seventh round of contacts: a street told as where someone lives "down" or "up" it is
a home's address, as "on" it is; a flat's number before a building named with "the" and its
street is one too, and a home picked out by a landmark or the street's end, or named in lower
case before its street; an inspector's grade after an address makes it a registered service's;
a team's mailbox named with its letter or number, or for care plans, is no one's; and a worker's
own number offered for a shift swap is read over what the number is for. "The lady on Birch
Lane", a person on a street with no door given, stays unread."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She lives down Ferry Lane and can't get up the hill to the bus now", "Ferry Lane"),
        ("my grandad still lives up Quarry Bank Road on his own, he's 93", "Quarry Bank Road"),
        ("new client lives on Sycamore Avenue, house with the green door", "Sycamore Avenue"),
    ],
)
def test_a_street_told_as_where_someone_lives_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        # A person on a street is how a round speaks of someone without naming them: a street
        # has many doors, and no one's is given.
        "the lady on Birch Lane had a good day, ate all her tea",
        "gent on Carr Lane asked for his visit earlier tomorrow",
        "he lives up the road from me, small world",
        "she lives down the lane from the surgery",
    ],
)
def test_a_person_on_a_street_or_a_road_without_its_name_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Home address Apartment 14, The Maltings, Wharf Street. Lives alone.",
            "Apartment 14, The Maltings, Wharf Street",
        ),
        (
            "new gent is flat 3 The Sidings, Canal Road, buzzer broken so knock",
            "flat 3 The Sidings, Canal Road",
        ),
    ],
)
def test_a_flat_in_a_building_named_with_the_and_its_street_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "handover flat 4 The lady there was fine, ate her tea",
        "flat 9 The bulb in the hallway has gone again",
    ],
)
def test_a_flat_number_before_a_sentence_not_an_address(text: str) -> None:
    assert not _found(text, "identifiers.address")


def test_an_inspectors_grade_after_the_address_makes_it_a_services() -> None:
    text = (
        "Delighted to announce that Hollybank, 14 Quarry Road, Leeds LS12 4RT has been rated "
        "Good by CQC. Thanks to every member of our team."
    )
    assert not _found(text, "identifiers.address", site="linkedin")
    assert not _found(text, "identifiers.postcode", site="linkedin")


def test_a_grade_of_something_else_beside_a_home_still_found() -> None:
    text = "Mum lives at 14 Quarry Road, LS12 4RT and her home was rated good by the OT"
    assert _found(text, "identifiers.address").get("14 Quarry Road") is Severity.SERIOUS


def test_an_own_number_for_a_shift_swap_read_over_what_it_is_for() -> None:
    text = "my number for the bank shift is 07700 900441, message me if u want to swap"
    assert _found(text, "identifiers.phone").get("07700 900441") is not Severity.SERIOUS


def test_a_relatives_number_beside_a_swap_still_found() -> None:
    text = "anyone swap? my client's daughter rang, her number for the shift is 07700 900441"
    assert _found(text, "identifiers.phone").get("07700 900441") is Severity.SERIOUS


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "he's in the bungalow behind the co-op on Station Rd, back door",
            "bungalow behind the co-op on Station Rd",
        ),
        (
            "drop the shopping to the cottage at the end of Fell Lane, he's expecting it",
            "cottage at the end of Fell Lane",
        ),
    ],
)
def test_a_home_picked_out_by_a_landmark_or_the_streets_end_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "the house next to the church on Mill Lane is up for sale",
        "the house on Downing Street has a new cat again",
    ],
)
def test_a_house_beside_a_venue_or_a_famous_street_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("New package: the old forge, bwlch road. Lady lives alone", "the old forge, bwlch road"),
        ("for tonight only: rose cottage, top lane, key in the meter", "rose cottage, top lane"),
        ("New client from Monday: 2 ty gwyn, llanfair road, Ruthin.", "2 ty gwyn, llanfair road"),
        ("the lady at rose cottage, top lane needs her shopping", "rose cottage, top lane"),
    ],
)
def test_a_named_home_and_its_street_in_lower_case_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "going to the stables, mill lane after work to ride",
        "meeting at the community hall, mill lane at 2",
        "the farm shop, top lane does eggs again",
    ],
)
def test_a_place_with_no_name_or_a_venue_before_a_lower_case_street_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    "text",
    [
        "please dont give out your own email to clients, use the team one teamb@northcarecoop.org",
        "care plans are emailed from careplans@valleyhomecare.co.uk now, tell families",
        "swap requests to rota2@brightwatercare.co.uk please",
    ],
)
def test_a_teams_mailbox_with_its_letter_or_a_care_plans_inbox_not_found(text: str) -> None:
    assert not _found(text, "identifiers.email")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("his son's email is j.clubb@gmail.com for the review", "j.clubb@gmail.com"),
        ("her daughter is on annab@hotmail.co.uk if you need her", "annab@hotmail.co.uk"),
    ],
)
def test_a_role_word_and_a_letter_on_a_mail_service_still_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.email").get(span) is Severity.SERIOUS
