"""The twenty-sixth round: names only. A given name on a list of calls, with what the call is
for in brackets or after a spaced dash (the meals, medicines, washing, bed and sitting of it, or
how many carers it takes), is the name of someone called on: two such entries, or one after the
time of its call, make the list. Colleagues on a rota, with the part of the day or a shift in
the brackets, are not."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "my run tomorrow: Maud (breakfast + tablets), Edwin (shower), Lettie (bed)",
            {"Maud", "Edwin", "Lettie"},
        ),
        ("Sat: 7.45 Gordon (double up), 9.00 Beatrice (meds only)", {"Gordon", "Beatrice"}),
        ("Patience - 2 carers, hoist. Gideon - 1 carer, prompt meds.", {"Patience", "Gideon"}),
        ("10.30 Eileen (pendant needs testing) then back to the office", {"Eileen"}),
    ],
)
def test_names_on_a_list_of_calls_are_warned(text: str, names: set[str]) -> None:
    found = identifier_severities(text, "identifiers.name")
    for name in names:
        assert name in found and found[name] is not Severity.INFO, (name, found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rota w/c 9th: Mon - Gideon (am), Tuesday - Beatrice (lates)", "Beatrice"),
        ("Thanks to Gideon (shopping) and Maud (tea) for the raffle prizes", "Maud"),
        ("Edwin (shower) is broken on the first floor, maintenance know", "Edwin"),
    ],
)
def test_colleagues_on_a_rota_and_lone_brackets_are_not_calls(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name not in found or found[name] is Severity.INFO, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Night report: Wilfred slept well, Agatha refused fluids after 10", {"Wilfred", "Agatha"}),
        ("Update: Ottilie settled, Barnaby bowels not open since Sat", {"Barnaby"}),
    ],
)
def test_a_note_after_a_heading_or_a_comma_opens_with_its_name(text: str, names: set[str]) -> None:
    found = identifier_severities(text, "identifiers.name")
    for name in names:
        assert name in found and found[name] is not Severity.INFO, (name, found)


def test_a_colleague_after_a_heading_with_their_work_is_not_a_note() -> None:
    found = identifier_severities(
        "Rota: Wilfred declined the extra shift, so lates are short again", "identifiers.name"
    )
    assert found.get("Wilfred", Severity.INFO) is Severity.INFO, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bert (the grump, we call him Victor Meldrew) moaned about his tea again",
            "Victor Meldrew",
        ),
        ("The girls on nights call him Mr Grumble, he rings for everything", "Mr Grumble"),
    ],
)
def test_the_workers_own_nickname_for_someone_is_a_reminder(text: str, name: str) -> None:
    assert identifier_severities(text, "identifiers.name").get(name) is Severity.INFO


def test_what_the_family_call_someone_stays_warned() -> None:
    found = identifier_severities(
        "His daughters call him Mr Hughes, he was agitated after tea", "identifiers.name"
    )
    assert found.get("Mr Hughes") not in (None, Severity.INFO), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Babu Rashid refused his lunch, said his tummy hurts", "Babu Rashid"),
        ("nea Ionel had a bad night, very breathless at 3am", "nea Ionel"),
    ],
)
def test_more_family_honorifics_before_a_name(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert found.get(name) not in (None, Severity.INFO), found


def test_an_honorific_word_without_a_name_after_it_is_not_one() -> None:
    assert not identifier_severities(
        "The Dada exhibition at the Tate was brilliant", "identifiers.name"
    )
