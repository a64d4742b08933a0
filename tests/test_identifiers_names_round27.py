"""The twenty-fifth round: names only. A name in a sentence of the workers' shared working life
said in two words (the Secret Santa, the pool car, a leaving do, the staff room, the Christmas
do), or just after one, is a reminder, not a warning; so is a name in a sentence of staff life
where the writer speaks of their own work too ("I've worked with him"), and a performer or
public figure known by what is done with their work (their records put on, a fan of theirs,
their concert, a saying of theirs quoted). The same names beside a word of care, or put on the
commode, stay warned."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Who's got the pool car today? Beverley needs it for the Lidl run at 2", "Beverley"),
        ("Xmas do: the Anchor, 3 High St, Fri 12th, £20 deposit to Lorcan by Mon", "Lorcan"),
    ],
)
def test_a_name_in_the_workers_shared_life_is_a_reminder(text: str, name: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {name: Severity.INFO}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marisol came to the Christmas do and had a fall by the buffet", "Marisol"),
        ("Kwame was in the staff room again looking for his tablets, confused", "Kwame"),
    ],
)
def test_a_name_in_the_same_words_beside_their_care_stays_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name in found and found[name] is not Severity.INFO


def test_a_colleague_retiring_in_the_writers_words_is_a_reminder() -> None:
    text = "Said goodbye to Reuben today, he retired after 25 years. I've worked with him for ten."
    assert identifier_severities(text, "identifiers.name") == {"Reuben": Severity.INFO}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Put Shirley Bassey on in the dining room and they all joined in", "Shirley Bassey"),
        ("Dad was a massive Johnny Cash fan, we play him every night", "Johnny Cash"),
        (
            "Nye Bevan once said the NHS would last as long as there were folk to fight for it",
            "Nye Bevan",
        ),
    ],
)
def test_a_performers_work_is_a_reminder(text: str, name: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {name: Severity.INFO}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Put Mrs Featherstone on the commode at 6, pad dry", "Mrs Featherstone"),
        ("Put Winston on the hoist sling, two carers, he was anxious", "Winston"),
    ],
)
def test_a_person_put_on_something_stays_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name in found and found[name] is not Severity.INFO
