"""The twenty-fourth round: names only. Two given names joined by "and" opening a care note are
both someone supported ("Doreen and Albert had their bloods done at 10"), but not two from a
team nor two colleagues with their own jabs. A name followed by its place on the rota
("Precious is on tonight", "Yusuf and Halima on floor 1") and a name followed by what a public
figure is known for ("Salah scored twice", "Gary Lineker was on telly") or carrying a royal
title ("Princess Anne") are reminders, not warnings, and so is "our" and a name with news of
their own life ("Our Tyler passed his driving test") and a name alone owning a relative whose
birth, work or study is told ("Nikhil's wife had the baby"); the same names beside a fall or a
care need, a titled name or a relative's trip with the person stay warned."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Doreen and Albert had their bloods done at 10, results Friday", {"Doreen", "Albert"}),
        ("Desmond and Femi both had their flu jabs this morning", {"Desmond", "Femi"}),
        ("Beryl and Harold argued over the telly remote again", {"Beryl", "Harold"}),
    ],
)
def test_two_names_opening_a_care_note_are_both_warned(text: str, names: set[str]) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert set(found) == names
    assert all(severity is not Severity.INFO for severity in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "Doreen and Albert from the district nurse team are coming at 10 to do the bloods",
        "Kemi and Jo had their flu jabs at the staff clinic today",
        "Desmond and Femi on the sleep-ins next week, Kirsty days",
    ],
)
def test_two_colleagues_opening_a_sentence_are_not_warned(text: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert all(severity is Severity.INFO for severity in found.values())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Precious is on tonight, she knows the new glucose meters, ask her", {"Precious"}),
        ("Night staff tonight: Yusuf and Halima on floor 1, Beata floor 2.", {"Yusuf", "Halima"}),
        ("Dami on lates, Kez on nights, Olu on the floor, Precious on meds.", {"Olu"}),
        ("Salah scored twice yesterday so everyone on the unit is happy today", {"Salah"}),
        ("Gary Lineker was on telly talking about his dad's dementia last night", {"Gary Lineker"}),
        ("Princess Anne opened the new hospice wing in Kettlewood today", {"Princess Anne"}),
    ],
)
def test_names_on_the_rota_or_known_in_public_are_reminders(text: str, names: set[str]) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert {name for name, severity in found.items() if severity is not Severity.INFO} == set()
    assert set(found) <= names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doris on the floor again at 3am, no injury, obs fine", "Doris"),
        ("Precious was unsettled tonight, wandering the corridor till 2", "Precious"),
        ("Mohammed fell in the lounge, his team scored and he jumped up", "Mohammed"),
    ],
)
def test_the_same_names_beside_their_care_stay_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name in found and found[name] is not Severity.INFO


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our Tyler passed his driving test today!! So proud", "Our Tyler"),
        ("Our Nell has got the job at Windermere House, so she's leaving us", "Our Nell"),
    ],
)
def test_our_name_with_news_of_their_own_life_is_a_reminder(text: str, name: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {name: Severity.INFO}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our Danny passed away last night in the hospice", "Our Danny"),
        ("Our Danny won at bingo but refused his tablets after", "Our Danny"),
    ],
)
def test_our_name_with_news_of_their_care_stays_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name in found and found[name] is not Severity.INFO


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nikhil's wife had the baby last night! Both doing well.", {"Nikhil"}),
        ("Sandra's daughter Leah is doing her work experience with us", {"Sandra", "Leah"}),
    ],
)
def test_a_relatives_news_of_birth_or_work_is_a_reminder(text: str, names: set[str]) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert set(found) == names
    assert all(severity is Severity.INFO for severity in found.values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Khadija's son Imran is collecting her at 4 for the wedding", "Khadija"),
        ("Mrs Adeyinka's daughter has had her baby, she is a great-gran now", "Mrs Adeyinka"),
        ("our Maureen on the early run is back in hospital, UTI again", "our Maureen"),
    ],
)
def test_a_relatives_trip_a_titled_name_or_a_run_stay_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name in found and found[name] is not Severity.INFO
