"""The twenty-fourth round of contacts: "call" or "ring" followed by a number, or by a name and
"on", asks the reader to phone and is no care call; a mobile after a pronoun for someone named
"from" an office, a team or a service ("Rachel from recruitment") is that worker's; a venue's, an
event's or a service's mailbox at a domain organisations hold or one named for a place. Each
beside its twin that is still found."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

NOT_WARNED = [
    (
        "Bingo afternoon at 11 Carr Lane, Thursdays 2-4, all welcome, call Mags on 07700 900 218 "
        "if you need a lift",
        "identifiers.address",
    ),
    (
        "Men's shed open at 40 Quarry Road every Monday, ring Tony on 07700 900 664 for details",
        "identifiers.address",
    ),
    (
        "Dean from payroll says text him on 07700 900 350 if your hours are wrong",
        "identifiers.phone",
    ),
    (
        "The woman from the agency rang, ring her back on 07700 900 417 about Friday's shifts",
        "identifiers.phone",
    ),
    (
        "Coats left after the Christmas concert are at the parish hall, email "
        "lostcoats@stjudesparish.org.uk",
        "identifiers.email",
    ),
    (
        "The memory cafe has moved to Fridays. Any questions to tea@fieldlanecafe.co.uk",
        "identifiers.email",
    ),
]


@pytest.mark.parametrize(("text", "rule"), NOT_WARNED)
def test_venues_events_and_colleagues_not_warned(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


STILL_WARNED = [
    # A home beside a relative phoned: a person's home still.
    (
        "Dad lives at 11 Carr Lane now, call Mags on 07700 900 218, she's his daughter",
        "identifiers.address",
        "11 Carr Lane",
    ),
    # A relative "from" a place is no worker there, and a person named first keeps the number.
    (
        "her son from the council estate says ring him on 07700 900 350",
        "identifiers.phone",
        "07700 900 350",
    ),
    (
        "Mrs Kaur's daughter, back from the hospital, says ring her on 07700 900 417",
        "identifiers.phone",
        "07700 900 417",
    ),
    # A relative's address at an organisation's domain is still a person's.
    (
        "Her son works at the library, his email is dave.h@leedslibrary.org.uk",
        "identifiers.email",
        "dave.h@leedslibrary.org.uk",
    ),
    (
        "Tickets for the concert from her grandson, jake.morley@fieldlanecafe.co.uk",
        "identifiers.email",
        "jake.morley@fieldlanecafe.co.uk",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_people_and_homes_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "our new client lives on Primrose Hill Road near the church, two calls a day",
            "Primrose Hill Road",
        ),
        ("Grandad has lived in Lister Gardens since 1968 and won't move", "Lister Gardens"),
        ("she's living alone on Moorside Crescent since her husband passed", "Moorside Crescent"),
    ],
)
def test_a_street_named_as_where_someone_lives_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "I lived on Primrose Hill Road as a kid, lovely street",
        "The lady on Moorside Crescent has her hospital appointment on Tuesday",
        "The carers' group on Lister Gardens meets on Fridays",
    ],
)
def test_the_writers_old_street_and_an_unnamed_client_not_found(text: str) -> None:
    assert not _found(text, "identifiers.address")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Give us a ring on 07700 900 470 to book a free assessment", "identifiers.phone"),
        ("Find out more at www.kindlyhomehelp.co.uk or text 07700 900 471", "identifiers.phone"),
        ("Questions? Email us at sunnysidegardeners@gmail.com", "identifiers.email"),
        (
            "Chair yoga at the community centre, Mondays 11am, to book email lynne.p@gmail.com",
            "identifiers.email",
        ),
    ],
)
def test_an_organisation_speaking_of_itself_or_beside_its_website_not_warned(
    text: str, rule: str
) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("ring us on 07700 900 472 if Mum has a fall", "identifiers.phone", "07700 900 472"),
        (
            "Her son's number is 07700 900 473, he set up the page at www.justgiving.com",
            "identifiers.phone",
            "07700 900 473",
        ),
        (
            "Chair yoga at the community centre was lovely, Dad's email is ron.h@gmail.com",
            "identifiers.email",
            "ron.h@gmail.com",
        ),
    ],
)
def test_a_relatives_contact_beside_us_or_a_website_still_warned(
    text: str, rule: str, span: str
) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "Knit and natter, 12 Tenter Croft, HD1 4QB, Wednesday 2-4pm, everyone welcome",
        "Board games afternoon at 30 Salter Row this Sunday 3pm, bring a friend",
        "Tickets for the ceilidh on sale now: Saturday 7.30pm, 8 Nab Lane, BD18 4HB",
    ],
)
def test_an_events_place_told_by_its_day_time_and_invitation_not_warned(text: str) -> None:
    for rule in ("identifiers.address", "identifiers.postcode"):
        found = _found(text, rule)
        assert all(severity is Severity.INFO for severity in found.values()), (rule, found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tues 10am double up at 12 Tenter Croft, bring the sling", "12 Tenter Croft"),
        ("Dad's at 30 Salter Row now, come for tea Sunday 3pm, everyone welcome", "30 Salter Row"),
    ],
)
def test_a_call_at_a_home_or_a_relatives_home_still_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "So proud of our new stroke unit at Mabel Foster House, opened on Friday. Thank you to "
        "Dr Alison Pryce, our clinical lead, for 20 years in Leeds.",
        "Congratulations to Sister Bernadette Okoro on retiring after 40 years on the dementia "
        "ward in Bolton. Thanks to Dr Gwen Ellis for the speech.",
    ],
)
def test_people_thanked_and_places_named_after_someone_make_no_combination(text: str) -> None:
    assert not _found(text, "identifiers.combination")


def test_a_resident_thanked_with_her_age_and_room_still_a_combination() -> None:
    text = "Thank you to Doris Smith, 87, with dementia in room 12, for her smile"
    assert _found(text, "identifiers.combination")


def test_an_organisers_line_after_an_events_day_and_time_not_warned() -> None:
    text = (
        "The memory café is back! From March it's at The Old Dairy, 4 Low Green, every "
        "first Friday 1.30-3pm. Ring Jan on 0117 496 0733 for a lift."
    )
    found = _found(text, "identifiers.phone")
    assert all(severity is Severity.INFO for severity in found.values()), found


def test_a_relatives_line_after_an_appointments_day_and_time_still_warned() -> None:
    text = "Dad's scan is Friday 10.30 at the infirmary. His daughter is on 07700 900 734."
    assert _found(text, "identifiers.phone").get("07700 900 734") is Severity.SERIOUS


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Ironing and light cleaning, reasonable rates, fully DBS checked. Text 07700 900 480",
            "identifiers.phone",
        ),
        (
            "Chiropody at home, fully qualified, no extra charge for visits, 07700 900 481",
            "identifiers.phone",
        ),
        (
            "Companionship calls available weekdays, experienced and insured, "
            "email brightdaysjune@gmail.com",
            "identifiers.email",
        ),
    ],
)
def test_an_adverts_contact_not_warned(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


@pytest.mark.parametrize(
    "text",
    [
        "Her son is available after 6, reasonable bloke, 07700 900 482",
        "She lives at home, available Tuesdays for a cheap taxi, 07700 900 482",
    ],
)
def test_a_relatives_or_a_persons_number_beside_advert_words_still_warned(text: str) -> None:
    assert _found(text, "identifiers.phone").get("07700 900 482") is Severity.SERIOUS
