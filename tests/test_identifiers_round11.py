"""The eleventh round: record numbers after any service's name, before their cue, spaced and read
out; NHS and H&C numbers grouped oddly beside their cue; each beside near-misses that must stay
clean."""

from __future__ import annotations

import pytest

import core


def _found(text: str, rule: str, site: str | None = "whatsapp") -> list[str]:
    return [
        f.match
        for f in core.check(text, packs=["identifiers"], site=site)
        if f.rule == f"identifiers.{rule}"
    ]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # A service no list holds, then a number noun.
        (
            "Please note Mr Ssempijja's Careweave ref is CW 220 918 4 for the new package",
            "CW 220 918 4",
        ),
        (
            "Our new client starts Monday, his Carenova ID is CN 0047-1183, put it on timesheets",
            "CN 0047-1183",
        ),
        # A possessive pronoun and a number noun.
        ("He is on Hestia Connect now, his number on there is HC-0093317.", "HC-0093317"),
        ("Sr. Manuel is in hospital. His ID on the Careline is CLS 00 338 12", "CLS 00 338 12"),
        # A label's cue with the reference spaced.
        ("Dad's on ward 14, his hospital number is RXH 004 419, nobody rings back", "RXH 004 419"),
        ("his unit number is U 447 203, please make sure he has eaten", "U 447 203"),
        # The cue after the reference.
        ("55 104 772 is her hospital number, name Gwen, I just want a date", "55 104 772"),
        ("CL-00417 is mr okwuosa's client number on the new system", "CL-00417"),
    ],
)
def test_a_record_number_beside_any_cue_is_found(text: str, number: str) -> None:
    assert number in _found(text, "record_number")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "right so his hosp no is K five five eight, two one oh, quote it",
            "K five five eight, two one oh",
        ),
        (
            "okay so his hospital number, it's R T X, four four one, nine eight two two, ok",
            "R T X, four four one, nine eight two two",
        ),
    ],
)
def test_a_record_number_read_out_after_its_cue_is_found(text: str, number: str) -> None:
    assert _found(text, "record_number") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Please note the Careweave login has changed, helpdesk ticket CW 220 918 4 if stuck",
        "4471902 is the invoice number for the october calls, quote it to payroll",
        "Tracking number on the Evri parcel is 7720 4410 3318, out for delivery since Monday",
        "the IT lady rang, the ticket is five five eight two one oh, she'll ring back",
        "Use your employee number (e.g. EMP-4471), not your payroll number.",
        "Team, the DBS renewals are due, the organisation reference is ORG-55219.",
        "Our Teams ID 334 221 889 is in the invite for the forum on Friday",
        "Call me if any issues on the Tuesday run, my number is 07700 900870",
        "Room number 1204 at the Hilton for the conference, see you there",
    ],
)
def test_the_same_shapes_for_shops_tickets_and_staff_stay_clean(text: str) -> None:
    assert _found(text, "record_number") == []


@pytest.mark.parametrize(
    ("text", "rule", "number"),
    [
        (
            "This is the number the hospital gave me for dad, 46 6392 3321 (nhs), why?",
            "nhs_number",
            "46 6392 3321",
        ),
        (
            "41 46 88 19 78 nhs no for my grandad, the pharmacy keeps putting it in wrong",
            "nhs_number",
            "41 46 88 19 78",
        ),
        (
            "H&C no. for Mrs McIlwaine is 352 72 95 186, the Ulster want it",
            "hc_number",
            "352 72 95 186",
        ),
    ],
)
def test_a_health_number_grouped_oddly_beside_its_cue_is_found(
    text: str, rule: str, number: str
) -> None:
    assert _found(text, rule) == [number]


def test_a_number_grouped_oddly_with_no_cue_is_left_alone() -> None:
    assert _found("The account is 46 6392 3321 for the pads supplier", "nhs_number") == []
    assert _found("Booked 41 46 88 19 78 seats? no, 41 seats at the hall", "nhs_number") == []


@pytest.mark.parametrize(
    "text",
    [
        "Carers coffee morning this Thursday at Nana Esi's Kitchen, cakes on us",
        "Papa Emeka's Grill on Old Kent Road is sponsoring the carers awards this year",
        "Nanny Pat's, the pub on Fern Close, is doing a free Christmas dinner for carers",
        "Delighted to welcome Mama Ngozi Okafor MBE, who opened our new day centre wing",
        "Bibi ji, thank you for the recipe for the dal, my mum ate a whole bowl",
        "Auntie Comfort, you are a star for covering my Sunday, I owe you one",
        "@Aunty Bisi @Kemi you have seen my post since morning, at least reply me",
    ],
)
def test_a_business_a_public_figure_or_a_member_spoken_to_is_not_a_name(text: str) -> None:
    assert _found(text, "name", site="facebook") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nana Esi was asking for her kenkey again, her son is bringing some on Sunday",
            "Nana Esi",
        ),
        ("Bibi ji fell in the bathroom this morning, no injuries but she is shaken", "Bibi ji"),
        (
            "Auntie Comfort needs her hearing aid battery changing before the tea call",
            "Auntie Comfort",
        ),
    ],
)
def test_the_same_honorifics_said_of_a_person_supported_are_names(text: str, name: str) -> None:
    assert name in _found(text, "name")


def test_a_role_s_possession_after_a_name_is_no_role_of_the_name() -> None:
    text = "Sorted the referral for Mr Haddad, the OT's reference is in the folder"
    assert _found(text, "name") == ["Mr Haddad"]
    assert _found("Thanks to Mr Haddad, the OT from the community team", "name") == []


def test_a_reference_said_to_be_a_course_or_an_order_stays_clean() -> None:
    text = "CL-00417 is the course code for the moving and handling refresher"
    assert _found(text, "record_number") == []
    assert _found("CL-00417 is mr okwuosa's client number now", "record_number") == ["CL-00417"]


@pytest.mark.parametrize(
    "text",
    [
        "We saw hyenas on the nature programme, one lady's grandson is doing a project on them",
        "my lady gets so agitated after 4pm, what can I try before her tea",
    ],
)
def test_a_word_for_a_person_is_not_their_name(text: str) -> None:
    assert _found(text, "name") == []
