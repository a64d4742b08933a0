"""The twentieth round of contacts and numbers: a landline just after the premises whose line it
is, whoever else the sentence speaks of; an address just after the name of a venue, a service or
a care home; a worker from an agency; numbers broken over two lines; a hospital's letters before a
"00"; Welsh streets and houses named in one word or joined by hyphens after a house number. Each
beside its twin that is still found, or still left alone."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

NOT_WARNED = [
    (
        "Dentist rang, Mrs P's appointment now at Kirkgate Dental 0113 496 0772, they said ask "
        "for reception",
        "identifiers.phone",
    ),
    (
        "For the wheelchair repair ring the service centre on 0117 496 0521, they came to my "
        "husband the same week.",
        "identifiers.phone",
    ),
    (
        "Our GP surgery (Castle Medical Practice, 02920 555 301) have lost dad's repeat again.",
        "identifiers.phone",
    ),
    (
        "Lunch club number is 0121 496 0316, ask for Auntie Comfort, Tuesdays 12 till 3",
        "identifiers.phone",
    ),
    (
        "Can you ring the lady from the agency, Priya, she's on 07700 900512, she's covering the "
        "waking night",
        "identifiers.phone",
    ),
    (
        "Christmas lunch for clients who'd be on their own: St Teilo's Church Hall, 8 Heol Fawr, "
        "Caerphilly CF83 1AA, 12.30.",
        "identifiers.address",
    ),
    (
        "Christmas lunch for clients who'd be on their own: St Teilo's Church Hall, 8 Heol Fawr, "
        "Caerphilly CF83 1AA, 12.30.",
        "identifiers.postcode",
    ),
    (
        "Mum's care home is Ashlea Court, 88 Beck Road, Keswick CA12 4JP. The staff are angels.",
        "identifiers.address",
    ),
    ("the hoist company's line is 0121 496\n0555 if it breaks again", "identifiers.phone"),
    ("PIN for the key safe at the office is 01234\n56", "identifiers.phone"),
]


@pytest.mark.parametrize(("text", "rule"), NOT_WARNED)
def test_premises_and_colleagues_not_warned(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


STILL_WARNED = [
    # A person's word between the premises and the number: the person's line.
    (
        "Mum's at the day centre till 3, her landline 0113 496 0433 if you need her after",
        "identifiers.phone",
        "0113 496 0433",
    ),
    # Whose the number is, in brackets just after it.
    (
        "Ring the day centre on 0113 496 0433 (her home) if she's not there",
        "identifiers.phone",
        "0113 496 0433",
    ),
    # A home named before the address, not a venue.
    ("Mum lives at Rose Cottage, 4 Mill Lane, Ayr KA7 1AB.", "identifiers.address", "4 Mill Lane"),
    (
        "Dad is at Penrhos Medical Centre, 3 Mill Lane today but lives at 5 Oak Road.",
        "identifiers.address",
        "5 Oak Road",
    ),
    # A colleague's number is still a relative's where a family word owns it.
    (
        "Her daughter's mobile is\n07700\n900418\nring before 9",
        "identifiers.phone",
        "07700\n900418",
    ),
    (
        "My nan's number is 0161 496\n0374 if anyone can ring her",
        "identifiers.phone",
        "0161 496\n0374",
    ),
    # Capitals of a sentence typed in capitals are no hospital's letters.
    ("RING HER SON ON 0044 7700 900123 PLEASE", "identifiers.phone", "0044 7700 900123"),
    # A hospital's letters before "00": the record's reference.
    (
        "her hospital number is RBH 0044213907, not the one on the referral",
        "identifiers.record_number",
        "RBH 0044213907",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_people_homes_and_records_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


ONE_WORD_WELSH = [
    ("Mam is at 6 Tynewydd on her own all day", "6 Tynewydd"),
    ("my dads at 27a brynhyfryd sa5 9lh if any1 can check on him", "27a brynhyfryd"),
    ("Mum's at 12 Coed-y-Wern. She's got dementia and wanders", "12 Coed-y-Wern"),
    ("New client at 3 Penlan, Llandeilo, key safe by the back door", "3 Penlan"),
]


@pytest.mark.parametrize(("text", "span"), ONE_WORD_WELSH)
def test_welsh_streets_in_one_word_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "Mam grew up in Tynewydd, near Treorchy",
        "we sold 10 pensioners' tickets and 4 penny sweets",
        "she has 2 pens and 3 pencils in her bag",
    ],
)
def test_welsh_names_without_a_house_number_are_no_address(text: str) -> None:
    assert _found(text, "identifiers.address") == {}
