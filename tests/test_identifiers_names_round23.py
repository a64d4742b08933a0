"""The twenty-second round's second names pass: a care note opening with a name and going
straight on to what is observed, with no verb between ("Patience bowels not open since Sat",
"Doreen Pilkington obs stable", "Tita Luz pressure area red"), and family honorifics from more
languages before a name ("Ayeeyo Hodan", "Thatha Subramaniam", "Halmeoni Park")."""

from __future__ import annotations

import pytest

from tests.examples import names_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patience bowels not open since sat, pls chart fluids", "Patience"),
        ("Doreen Pilkington obs stable, BP 132/80, sats 96", "Doreen Pilkington"),
        ("Hope incontinent x2 overnight, pad changed, skin intact", "Hope"),
        ("Ruby settled well, slept through, 2 hourly turns done", "Ruby"),
        ("Winston BM 14.2 before tea, insulin given as per chart", "Winston"),
        ("marigold pad wet through this morn, skin bit sore", "marigold"),
        ("Handover. Amber bowels open type 4, good day", "Amber"),
    ],
)
def test_a_name_opening_a_care_note_is_a_name(text: str, name: str) -> None:
    assert names_found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "patience is key with the new rota guys, it will settle down by friday",
        "obs training is on thursday in the big room, doreen from L&D is running it",
        "Such joy seeing the garden finished this morning",
        "Sunita meds round today so I'm on the floor",
        "Jo obs training tomorrow at 10 in the big room",
        "Ruby settled in well to the team, give her a warm welcome",
        "Amber warning for tomorrow so leave early for your calls",
        "Lily from the office says the payslips are late again",
        "Everyone settled after tea, quiet night",
    ],
)
def test_the_same_words_of_colleagues_and_ordinary_words_are_no_names(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ayeeyo Hodan diarrhoea 4 times today, she is weak", "Ayeeyo Hodan"),
        ("Thatha Subramaniam sugar 16 before lunch, told nurse.", "Thatha Subramaniam"),
        ("Halmeoni Park swallowing not good today, cough with every drink", "Halmeoni Park"),
        ("Awoowe Cabdi refused dinner again, his weight is going down", "Awoowe Cabdi"),
    ],
)
def test_honorifics_of_more_languages_before_a_name(text: str, name: str) -> None:
    assert names_found(text) == [name]
