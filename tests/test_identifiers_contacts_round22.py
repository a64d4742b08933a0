"""The twenty-second round of contacts and numbers: an organisation's own unit or group named after
"our" before its address; a relative's service ("Mam's physio", "Dad's GP") whose address it is;
a number said in figures before a lower-case word ("mum needs 1 council said ring ..."); a word
denied ("the hoist company, not the client"); a meeting house or a public house; a mobile
hairdresser as a worker; the writer naming themselves at the draft's start; records mailboxes and
course references. Each beside its twin that is still found, or still left alone."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities as _found

NOT_WARNED = [
    (
        "training venue is the Quaker meeting house ls12 3qp, blue door round the side",
        "identifiers.postcode",
    ),
    (
        "We are pleased to announce our new respite unit at Hollins Park, WA2 8WA. Enquiries "
        "welcome.",
        "identifiers.postcode",
    ),
    (
        "Our support group is at Tŷ Hapus, Stryd Fawr, Bala LL23 7AG, Tuesdays at 2",
        "identifiers.address",
    ),
    (
        "Our support group is at Tŷ Hapus, Stryd Fawr, Bala LL23 7AG, Tuesdays at 2",
        "identifiers.postcode",
    ),
    (
        "Mam's physio is at Ysbyty Gwynedd outpatients, Penrhosgarnedd, Bangor LL57 2PW, 10:40 "
        "Tues. I'll drive her there.",
        "identifiers.postcode",
    ),
    ("Dad's GP is at 3 Market Place, Ripon HG4 1BP if anyone needs it", "identifiers.address"),
    (
        "wer do u get the blue badge forms?? mum needs 1 council said ring 0161 496 0399 but no1 "
        "answers",
        "identifiers.phone",
    ),
    (
        "if the engineer rings 0121 496 0555 it is the hoist company not the client, dont panic",
        "identifiers.phone",
    ),
    (
        "Book a hair appointment with Joanne's Mobile Hairdressing, she's brilliant with people "
        "with dementia, call 07700 900812",
        "identifiers.phone",
    ),
    ("hiya its Tomasz, new number 07700-900-187 save it pls, old phone died", "identifiers.phone"),
    (
        "Send the care plan copies to records@northfieldcare.co.uk, not to anyone's personal "
        "email please.",
        "identifiers.email",
    ),
    (
        "Welsh language training for staff at Coleg Cambria, course ref WEL-0103. Free if you "
        "sign up before Xmas",
        "identifiers.record_number",
    ),
]


@pytest.mark.parametrize(("text", "rule"), NOT_WARNED)
def test_organisations_services_and_the_writer_not_warned(text: str, rule: str) -> None:
    found = _found(text, rule)
    assert all(severity is Severity.INFO for severity in found.values()), found


STILL_WARNED = [
    # "our" and a person supported, a relative or a visit: a home.
    ("Our new client is at 12 Mill Lane, LS12 3RT", "identifiers.postcode", "LS12 3RT"),
    (
        "our team goes out to 4 Fern Close, LS12 3RT every morning",
        "identifiers.address",
        "4 Fern Close",
    ),
    ("Our family home is 12 Mill Lane, LS12 3RT", "identifiers.address", "12 Mill Lane"),
    ("our kid lives at 12 Mill Lane, LS12 3RT", "identifiers.postcode", "LS12 3RT"),
    # A house of hers is a home, meeting or not.
    ("meeting at her house ls12 3qp tomorrow", "identifiers.postcode", "ls12 3qp"),
    # A relative's friend or house is no service.
    ("Nan's friend is at 4 Mill Lane, LS12 3RT", "identifiers.address", "4 Mill Lane"),
    ("Dad's house is at 3 Market Place, Ripon HG4 1BP", "identifiers.postcode", "HG4 1BP"),
    # A relative who is not denied still owns the number.
    ("ring the son on 07700 900123 not the daughter", "identifiers.phone", "07700 900123"),
    # A worker's client's relative: the relative's number.
    ("Mum's cleaner is off sick, ring her on 07700 900812", "identifiers.phone", "07700 900812"),
    # A titled person named after "it's" is no self-introduction.
    ("its Mrs Jones new number 07700-900-187", "identifiers.phone", "07700-900-187"),
    ("its Bernadette, her new number is 07700 900187", "identifiers.phone", "07700 900187"),
    # A case reference for a complaint or a claim is still a person's record.
    (
        "Case number for the council complaint is CAS-2271904 for the gent at 3 Ferry Lane",
        "identifiers.record_number",
        "CAS-2271904",
    ),
    # A house number before a street word in lower case is still a house number.
    (
        "Can someone pop in on her at 12 church street, ls1 4ap, after the meeting?",
        "identifiers.postcode",
        "ls1 4ap",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), STILL_WARNED)
def test_people_and_homes_still_warned(text: str, rule: str, span: str) -> None:
    assert _found(text, rule).get(span) is Severity.SERIOUS


def test_the_writer_named_at_the_start_is_a_reminder() -> None:
    found = _found(
        "hi all its Dawid, new mobile +44 7700 900 664, old sim broke", "identifiers.phone"
    )
    assert found == {"+44 7700 900 664": Severity.INFO}
