"""The twelfth round: names only. Given names written with their accents; people whose role,
workplace, business or class is said after their name, and pets; each beside a person supported
who must still be found."""

from __future__ import annotations

import pytest

import core


def _names(text: str, site: str | None = "whatsapp") -> list[str]:
    return [
        f.match
        for f in core.check(text, packs=["identifiers"], site=site)
        if f.rule == "identifiers.name"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A given name with its accents, which the gazetteer lists without them.
        ("Siobhán refused her lunch and was tearful all afternoon", "Siobhán"),
        ("Zoë keeps taking her cardigan off, temp normal, fluids pushed", "Zoë"),
        # A person supported with "from" a place, not a department.
        ("Mr Ashworth from the end bungalow had a fall at 6, paramedics called", "Mr Ashworth"),
        # A role once held, in brackets, is no colleague's.
        ("Mrs Gallagher (retired teacher) refused her tablets again tonight", "Mrs Gallagher"),
        # A role set off by a comma and a verb opens a clause of its own.
        ("Mr Penhaligon, the nurse says his sats are low so keep him upright", "Mr Penhaligon"),
    ],
)
def test_people_supported_still_found(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # A department after "from", without an article.
        "Mr Achterberg from payroll says the overtime goes in on Friday",
        "Mrs Whitlow from maintenance needs the minibus keys back by 9",
        # A role in brackets, and a pet said after the name.
        "Reminder: Mrs Okoro (our new deputy) is visiting tomorrow, tidy the office please",
        "Mr Castellano (the area manager) is coming to look at the rota on Monday",
        "Wee Hamish the office dog has chewed the post again",
        # A role said of the person through "he's" or "she's" in the next words.
        "can anyone cover for big Tadhg on Friday? he's our new driver and his van is off the road",
        # A business where it stands, named after someone.
        "Mama Ifeyinwa's shop on Rye Lane sells the good cocoa butter",
        "Nonna Teresa shop near the station does the best bread",
        # A teacher's class.
        "Can whoever has Mrs Pemberton's class tonight pick up the panto tickets",
    ],
)
def test_someone_elses_names_stay_clean(text: str) -> None:
    assert _names(text) == []
