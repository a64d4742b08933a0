"""The thirteenth round: names only. A health state said right after a first name that opens a
sentence, in a draft with no other care word; the writer's own children and partner, named
after "my" or "our", unless the words after say they are cared for; pets named after their kind,
businesses named with a possessive and capitalised words, and a role said after "is the"."""

from __future__ import annotations

import pytest

from tests.examples import names_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A health state right after the name, and no other word of care in the draft.
        ("Odette's been wheezy since lunch, temp 38.1 at teatime", "Odette"),
        ("Ruaridh had a meltdown at the bowling so we came back early", "Ruaridh"),
        ("Marigold got weighed this morning, down another 3kg", "Marigold"),
        # The writer's partner or child, when the words after say they are cared for.
        ("My husband Anselm has dementia and won't let the carers in", "Anselm"),
        ("My wife Ottoline was born 3rd May 1941 and the council have lost her form", "Ottoline"),
        ("my son Cosmo, he's autistic and has not slept for two nights", "Cosmo"),
    ],
)
def test_people_supported_found(text: str, name: str) -> None:
    assert name in names_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own children and partner, in news of the writer's life.
        "my daughter Philippa has her school play on the 9th so I can't do the late",
        "my husband Lorcan is picking me up after work so no lift needed tonight",
        "Our son Thelonious graduated from Bangor today, so proud",
        "My partner Ingrid is running the half marathon in Cardiff on Sunday",
        # A colleague who is poorly: no health state said of a person supported.
        "Fenella is off sick today so Tamsin is covering her calls",
        # A pet named after its kind; a business named after someone; a role after "is the".
        "Our whippet Clementine has eaten my lanyard again",
        "my cat Horatio sleeps on my uniform every night before a shift",
        "Has anyone tried Rosalind's Mobile Hairdressing for the lounge on Fridays?",
        "We took the team to Mr Chang's Noodle Bar after the awards",
        "Lysander is the new handyman, he starts on the hoist bay on Monday",
    ],
)
def test_the_writers_family_pets_businesses_and_colleagues_stay_clean(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # What a person supported has, capitalised, and a record system's name before its number.
        ("Ivy's Zimmer was left in the hall again, she nearly fell", "Ivy"),
        ("Please note Mrs Oyelowo's Carefile ref is CF 2209 for the new package", "Mrs Oyelowo"),
        ("Bartholomew's Monday call is moved to 10, he has the dentist", "Bartholomew"),
    ],
)
def test_people_supported_with_a_capitalised_possession_found(text: str, name: str) -> None:
    assert name in names_found(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A list of calls with their times, one person to a line.
        (
            "Tues calls:\n8.00 Mrs Abernathy\n9.30 Ottoline (Crescent)\n11.00 Philippa – shower",
            ["Mrs Abernathy", "Ottoline", "Philippa"],
        ),
        # The time after the name, and a surname on one line.
        ("Tonight's list:\nMr Hedgecock 6pm\nWilhelmina 6.30\nRosamund Tait 7.15", None),
        # A handover, a dash after each name.
        ("Handover:\nMr Ogundipe – refused lunch\nMaisie – ate well\nFlorence – settled", None),
    ],
)
def test_names_on_the_lines_of_a_list(text: str, names: list[str] | None) -> None:
    found = names_found(text)
    if names is None:
        assert len(found) == 3, found
    else:
        assert found == names


@pytest.mark.parametrize(
    "text",
    [
        # A staff rota laid out the same way, with no person supported on it.
        "Rota next week:\nMon Leah / Kofi\nTue Leah / Shannon\nWed Kofi / Aziz",
        "Earlies:\n7.00 Leah\n7.00 Shannon\n8.00 Kofi",
        # A line that is no item of the list after a person supported's line.
        "Mrs Abernathy had a fall at 6, paramedics called.\nLeah can you ring the family",
    ],
)
def test_lines_of_staff_stay_clean(text: str) -> None:
    assert [n for n in names_found(text) if n != "Mrs Abernathy"] == []
