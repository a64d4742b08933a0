"""The identifiers pack reads drafts written in Welsh (issue 18): the Welsh cue words for an NHS
number, a date of birth, a National Insurance number, a record number and an address, the Welsh
street words with their mutated forms, and the Welsh words that make an address a venue's or a
phone number an office's."""

from __future__ import annotations

import pytest

import core


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule.split(".")[1], f.match) for f in core.check(text, packs=["identifiers"])]


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "Bore da bawb. Rhif GIG Mrs Hughes yw 9434 76 5919, mae'r feddygfa angen e.",
            [("name", "Mrs Hughes"), ("nhs_number", "9434 76 5919")],
        ),
        (
            "9434765919 yw ei rhif GIG hi, all rhywun ei roi ar y ffurflen?",
            [("nhs_number", "9434765919")],
        ),
        (
            "Cleient newydd, dyddiad geni 03/04/1941, yn byw yn 12 Heol y Wern, SA31 2PL.",
            [
                ("date_of_birth", "03/04/1941"),
                ("address", "12 Heol y Wern"),
                ("postcode", "SA31 2PL"),
            ],
        ),
        ("Ganwyd hi ar 7 Mawrth 1936 yn Llanelli.", [("date_of_birth", "7 Mawrth 1936")]),
        ("Mae ei rhif yswiriant gwladol yn jg103729c", [("ni_number", "jg103729c")]),
        ("Rhif cleient 7731902, galwad gyntaf bore Llun.", [("record_number", "7731902")]),
        (
            "Galwais heibio Mrs Pritchard yn Tŷ Gwyn, Lôn y Felin, mae hi'n iawn.",
            [("name", "Mrs Pritchard"), ("address", "Tŷ Gwyn, Lôn y Felin")],
        ),
        # Street words as they are written: without the accent, and after a soft mutation.
        ("Mae Mam wedi symud i 4 Lon Las.", [("address", "4 Lon Las")]),
        ("Mae hi'n byw yn 9 Ffordd Glyndŵr ers mis.", [("address", "9 Ffordd Glyndŵr")]),
        ("Symud o 3 Gilgant y Dderwen yfory.", [("address", "3 Gilgant y Dderwen")]),
        ("Ei chyfeiriad newydd yw 14 Deras Ddu.", [("address", "14 Deras Ddu")]),
        ("Mae Dad yn 2 Faes yr Haf nawr.", [("address", "2 Faes yr Haf")]),
    ],
)
def test_welsh_drafts_have_their_identifiers_found(
    draft: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        # A venue's address and postcode, in a post about an event.
        "Bore coffi yn y caffi, 3 Heol y Castell, SA31 1AA, dydd Sadwrn am 10. Croeso i bawb!",
        "Cyfarfod y gofalwyr yn y ganolfan, 5 Stryd Fawr, Caerfyrddin.",
        # An office's line.
        "Ffoniwch y swyddfa ar 01267 496 0123 os oes angen help.",
        # A street alone is no address; a date that is no birth date.
        "Aethon ni am dro ar hyd Heol y Wern i'r castell.",
        "Mae'r cyfarfod nesaf ar 7 Mawrth 2025.",
        # A ten-digit number that fails the NHS check digit.
        "Rhif GIG 943 476 5918 ar y llythyr hyfforddi.",
    ],
)
def test_welsh_near_misses_stay_clean(draft: str) -> None:
    assert _found(draft) == []
