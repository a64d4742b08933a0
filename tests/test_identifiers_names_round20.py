"""The twentieth round: names only. The writer's household and kin read more closely (a brother
or sister, "his mum" after a household name, days, times and sums, the staff room, "my husband's
uncle"), presenters and performers on screen, colleagues shadowed or sent off, people from a
workplace or with a role said after them; and the writer's child with lasting needs, a name
followed by shouting."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities, names_found


@pytest.mark.parametrize(
    "text",
    [
        # The writer's household, with nothing of their own care around.
        "My brother-in-law Tibor is a paramedic and he says the same, always ring 111 first.",
        "My brother Rupert is useless, hasn't rung Mum once this year",
        "My husband Tony went through the same with his mum last year, the carers assessment"
        " really helped.",
        # Presenters and performers, even in a sentence of care.
        "Dad loves watching Bradley Walsh on The Chase every afternoon, it settles him.",
        "My nan used to sing Vera Lynn songs all day. Now she hums them at the day centre.",
        "Saw Esther Rantzen talking about loneliness on breakfast TV and cried.",
        # Colleagues shadowed, sent off, from a workplace or with a role after their name.
        "Can everyone please welcome Tobias who starts on Monday shadowing Sunita on the"
        " morning run.",
        "Leaving drinks for Marlene at the Duke of Wellington, Friday 7pm, all welcome",
        "doamna ileana from the romanian church says the carol service is saturday 6pm",
        "Mr Leung from Leung's Dim Sum is doing the Chinese New Year lunch for the residents",
        "Big Tam the security guy at the hospital car park let me off the ticket today",
    ],
)
def test_the_writers_household_a_presenter_or_a_colleague_is_no_name(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Their twins: cared for, placed in care, or from a place of care.
        (
            "My brother Desmond lives at 14 Tarn View, Kendal LA9 4RX and the carers keep missing"
            " his lunch call.",
            "Desmond",
        ),
        ("My husband Tony has dementia now and the carers assessment really helped.", "Tony"),
        ("Bradley Walsh in room 4 had a fall overnight, obs fine.", "Bradley Walsh"),
        ("doamna ileana from the care home has had a fall, family told.", "doamna ileana"),
        # The writer's child with lasting needs; a name followed only by shouting.
        (
            "My son Josiah got a job at the café. He's got learning disabilities and it's his first"
            " job.",
            "Josiah",
        ),
        ("Clarence shouted. Whole corridor woke up, took two of us to settle him.", "Clarence"),
    ],
)
def test_a_name_cared_for_beside_the_same_words_is_found(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


def test_a_child_without_lasting_needs_is_the_writers_household() -> None:
    assert names_found("My son Josiah got a job at the café. So proud of him.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My papa Kojo is turning 80 in Kumasi, I'm flying out on the 4th", "papa Kojo"),
        ("My nonna Rosa sent a huge box of biscotti for the staff room", "nonna Rosa"),
        (
            "Baba Tunde is my husband's uncle and he is coming from Lagos for Christmas",
            "Baba Tunde",
        ),
    ],
)
def test_the_writers_kin_with_a_day_a_time_a_sum_or_the_staff_room_is_a_reminder(
    text: str, name: str
) -> None:
    assert identifier_severities(text, "identifiers.name") == {name: Severity.INFO}


def test_the_writers_kin_with_an_age_is_still_warned() -> None:
    found = identifier_severities("My nonna Rosa, 94, is in room 12 now", "identifiers.name")
    assert found and Severity.INFO not in found.values()
