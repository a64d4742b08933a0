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
