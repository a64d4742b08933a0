"""The nineteenth round of contacts and numbers: a colleague's number (a new starter, a number
for the rota or the staff list), the writer's own changed number or email, a service's line
beside the reader's or anyone's relative ("if your aunt's looking for respite") or a relative's
service ("Dad's consultant's secretary"), "family carers" in general, a number from an
organisation's website, an organisation's accounts line after "their"; house
numbers and Welsh streets or house names typed in lower case, and a flat in a building of two
lower-case words; references of a training matrix or a fundraiser. Each beside its twin that is
still found."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

NOT_WARNED = [
    (
        "New starter Kacper's mobile for the group: 07700 900 224. Please add him.",
        "identifiers.phone",
    ),
    ("Fraser's new number 07700 900 082, he said text him the rota", "identifiers.phone"),
    ("my number's changed btw, new one is 07700 900 750, old one got nicked", "identifiers.phone"),
    (
        "My dad's moving back to the island. My email's rhona.writes@gmail.com if that's easier",
        "identifiers.email",
    ),
    (
        "Reception at Ty Gwyn care home is 0161 496 0031, the manager is lovely if your aunt's "
        "looking for respite",
        "identifiers.phone",
    ),
    ("Dad's consultant's secretary is on 0115 496 0572 ext 4421", "identifiers.phone"),
    (
        "If any family would like to share feedback, our quality lead is at 0115 496 0663.",
        "identifiers.phone",
    ),
    (
        "Invoice from the mobility shop for the sling. Their accounts line is 0121 496 0169.",
        "identifiers.phone",
    ),
    (
        "Council blue badge team number is 0191 498 0154, family carers can ring it themselves.",
        "identifiers.phone",
    ),
    (
        "Has anyone used the respite unit? The number on their website, 029 2018 0591, keeps "
        "going to voicemail.",
        "identifiers.phone",
    ),
    (
        "My mum loves the lunch club at the chapel. If your mum or dad is lonely give them a "
        "ring on 0114 496 0202, ask for Eirlys.",
        "identifiers.phone",
    ),
    (
        "Training matrix updated, ref TM/2024/118. Do the fire module please.",
        "identifiers.record_number",
    ),
    (
        "JustGiving ref for the sponsored walk is 552 817 3304, share it",
        "identifiers.record_number",
    ),
]


@pytest.mark.parametrize(("text", "rule"), NOT_WARNED)
def test_colleagues_own_and_services_not_warned(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


STILL_WARNED = [
    # A relative's own number: the family word is the number's owner's.
    ("Her daughter's mobile is 07700 900 123, ring before 9", "identifiers.phone", "07700 900 123"),
    ("Your mum's number is 07700 900 123 isn't it", "identifiers.phone", "07700 900 123"),
    # A relative's number with no service between.
    (
        "Dad's number is 0115 496 0572, he's deaf so ring twice",
        "identifiers.phone",
        "0115 496 0572",
    ),
    # A client's number on a staff chat: no colleague named.
    ("Staff: her son's number is 07700 900 321 if she falls", "identifiers.phone", "07700 900 321"),
    # A relative who cares, named through the client.
    ("His family carer is on 07700 900 555 after 6", "identifiers.phone", "07700 900 555"),
    # A client's record number.
    (
        "Mosaic ref 2240917 for the new lady, first visit tomorrow",
        "identifiers.record_number",
        "2240917",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_relatives_and_clients_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


LOWER_CASE_ADDRESSES = [
    ("Double up call added at 7am: 2 heol y felin, gentleman uses a rotunda", "2 heol y felin"),
    ("New client at 17 maes y coed in llanrug, key safe with the office", "17 maes y coed"),
    ("cover needed tonight, 4 tyn y coed, lady with dementia", "4 tyn y coed"),
    ("she lives at 5 heol fawr now, the end house", "5 heol fawr"),
    ("her address is flat 6, plas newydd court, ll55 4rg", "flat 6, plas newydd court"),
]


@pytest.mark.parametrize(("text", "span"), LOWER_CASE_ADDRESSES)
def test_lower_case_welsh_addresses_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.address").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "we did 3 parc runs and 2 lon walks this week",
        "sorted 2 maes in the rain, 3 cae to go",
        "she's in flat 6 on the second floor",
    ],
)
def test_welsh_words_after_a_number_alone_are_no_address(text: str) -> None:
    assert _found(text, "identifiers.address") == {}


ON_A_SYSTEM = [
    ("Mrs D is 229871 on Access Care Planning, can someone update her falls", "229871"),
    ("Uncle Des is 7712 0394 11 on SystmOne, the GP got it wrong", "7712 0394 11"),
    ("New referral for tomorrow, WCCIS 7741902. Leg ulcer, twice weekly.", "7741902"),
]


@pytest.mark.parametrize(("text", "span"), ON_A_SYSTEM)
def test_a_reference_on_a_record_system_found(text: str, span: str) -> None:
    assert _found(text, "identifiers.record_number").get(span) is Severity.SERIOUS


@pytest.mark.parametrize(
    "text",
    [
        "Room 12 on SystmOne is free",
        "ticket 44812 on Nourish is still open",
        "we logged 1450 visits in Birdie last month",
    ],
)
def test_counts_and_tickets_on_a_system_are_no_record(text: str) -> None:
    assert _found(text, "identifiers.record_number") == {}
