"""The thirteenth round: contacts and record numbers. The writer's own number or address offered
to the group is a reminder, not a warning; a venue's, a shop's or a tradesman's number, a PO box's
postcode and a freephone line are left alone; each beside a home's or a relative's contact that
must still be found."""

from __future__ import annotations

import pytest

from core import check
from core.model import Severity
from tests.examples import identifier_severities as _found


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        (
            "Anyone fancy a walk on Sunday? Text me on 07700 900 415.",
            "identifiers.phone",
            "07700 900 415",
        ),
        (
            "I'm off sick tomorrow, my work mobile is 07700 900 322 and email "
            "t.obi@example.org if needed",
            "identifiers.email",
            "t.obi@example.org",
        ),
        (
            "Happy to talk it through, my number is 07700900871, after six is best.",
            "identifiers.phone",
            "07700900871",
        ),
    ],
)
def test_the_writers_own_contact_is_a_reminder(text: str, rule: str, span: str) -> None:
    assert _found(text, rule) == {span: Severity.INFO}


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        # Beside a relative named or another identifier, the writer's number leads to them.
        (
            "Dad's NHS number is 943 476 5919 and my number is 07700 900 613.",
            "identifiers.phone",
            "07700 900 613",
        ),
        (
            "My mum Pat has been refused again, ring me on 07700 900 514 if you know the form.",
            "identifiers.phone",
            "07700 900 514",
        ),
        # Someone else's address, sent to the writer.
        (
            "He keeps emailing me at all hours from pj.nephew@example.com, is that allowed?",
            "identifiers.email",
            "pj.nephew@example.com",
        ),
        # A relative's number after a venue's sentence.
        (
            "The day centre was lovely today. Her son's mobile is 07700 900 218 for the review.",
            "identifiers.phone",
            "07700 900 218",
        ),
        # A home on the same line as a venue's word, and a home's postcode.
        (
            "New client lives behind the library, 07700 900 119 is the only number.",
            "identifiers.phone",
            "07700 900 119",
        ),
        ("She lives at 14 Glebe Road, Hessle HU13 0QT now.", "identifiers.postcode", "HU13 0QT"),
    ],
)
def test_homes_and_relatives_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # A venue's or an event's number: the sentence or the one before names the place.
        (
            "The men's shed meets behind the library on Tuesdays. Ring 0113 496 0371 for "
            "directions.",
            "identifiers.phone",
        ),
        (
            "The Polish church on Devonia Road has a new priest, they have number 020 7946 0188.",
            "identifiers.phone",
        ),
        (
            "Does anyone know if the carers' centre still does the coffee morning? Their number "
            "was 0121 496 0071.",
            "identifiers.phone",
        ),
        ("The barbers on Acre Lane do home visits, ring 020 7946 0440.", "identifiers.phone"),
        # A tradesman named in the sentence before.
        (
            "Anyone need an electrician? Stan did my sockets, he's on 07700 900 733.",
            "identifiers.phone",
        ),
        # A freephone line after a record's cue.
        ("The Carer's Allowance unit number is 0800 731 0297.", "identifiers.record_number"),
        # A PO box's postcode, and a post office's after its address.
        ("Send the forms to PO Box 412, Ipswich IP1 9AX please.", "identifiers.postcode"),
        (
            "The post office on Market Place has a cash machine now, 3 Market Place, Ripon HG4 "
            "1BD.",
            "identifiers.postcode",
        ),
        # An organisation's own premises and its possessive.
        (
            "Advice drop-in every Tuesday, visit us at 12 Whiteladies Road, BS8 1QX.",
            "identifiers.postcode",
        ),
        (
            "Our charity's new contact details: 3rd Floor, Brunel House, Cardiff CF24 0EF.",
            "identifiers.postcode",
        ),
        # An event's and a dentist's address.
        (
            "The funeral is at St Mary's, Church Lane, Hessle HU13 0EN on Friday.",
            "identifiers.postcode",
        ),
        ("The dentist has moved, they're at 48 Chapel Road now.", "identifiers.address"),
    ],
)
def test_venues_and_services_left_alone(text: str, rule: str) -> None:
    assert _found(text, rule) == {}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "new gent is at number twenty two Meadow Close, not Meadow Lane",
            "number twenty two Meadow Close",
        ),
        ("she lives at twelve Laburnum Grove now", "twelve Laburnum Grove"),
        ("he's flat four, twelve Crown Street, above the chippy", "twelve Crown Street"),
        ("Mum is on Cherry Tree Avenue, number fourteen", "Cherry Tree Avenue, number fourteen"),
        ("Dad lives Brook Lane, number 22, ring the bell", "Brook Lane, number 22"),
    ],
)
def test_house_numbers_said_in_words_or_after_the_street(text: str, span: str) -> None:
    assert _found(text, "identifiers.address") == {span: Severity.SERIOUS}


@pytest.mark.parametrize(
    "text",
    [
        "I saw two Market Street shops closed on the way in",
        "one of the two Church Street cafés is shut",
        "The bus was number twenty on Station Road today",
    ],
)
def test_numbers_in_words_that_are_no_house(text: str) -> None:
    assert _found(text, "identifiers.address") == {}


def test_whose_phone_it_is_and_the_names_found_do_not_read_each_other_in_a_circle() -> None:
    # Whose a phone is reads the names found (a venue's line names no one); a name beside a
    # record number is someone's; a record number is no phone. When the record numbers asked the
    # phone rule's findings, this draft asked each of them of the other until Python's recursion
    # limit (found by the bench's 100,000-character draft, of which it is a part).
    text = (
        "Her daughter asked me to share her number for anyone who knows the family: "
        "+44 7700 900159 Her daughter asked me to share her number for anyone who knows the "
        "family: 07700 900104 Ring the home on (0113) 496 0564 and ask for the deputy, she'll "
        "sort it. My mobile is 07700-900-083 if any carers in Barnsley want to meet for a "
        "coffee. New admission, Mr D Brennan, d"
    )
    found = {(f.rule, text[f.start : f.end]) for f in check(text)}
    assert ("identifiers.phone", "07700 900104") in found
    assert ("identifiers.name", "Mr D Brennan") in found
