"""The twenty-third round: names only. A name said in a sentence of the workers' own working life
(leave, training, the rota, supervision, breaks) with no word of anyone's care in it or the next
sentence is a reminder, not a warning ("anything urgent go to Marcus or the duty manager" while
someone is on annual leave); the same name beside a word of care stays warned, and so does a
name in the writer's own talk of their shift ("can someone swap with me, I've got Tobias 9-1")."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sandra is on annual leave next week, anything urgent go to Marcus or the duty manager",
            "Marcus",
        ),
        ("ellis from the office says tilly is back from maternity leave in june, yay", "tilly"),
        ("Madam Grace said bring your uniform to the induction on Monday", "Madam Grace"),
    ],
)
def test_a_name_in_the_workers_own_working_life_is_a_reminder(text: str, name: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {name: Severity.INFO}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sandra is on annual leave next week, please check on Marcus, his catheter was"
            " bypassing",
            "Marcus",
        ),
        ("ellis from the office says tilly is back from hospital in june, yay", "tilly"),
        ("Madam Grace said bring her slippers to the day centre on Monday", "Madam Grace"),
        ("can someone swap my rota with me sat, I've got Tobias 9-1", "Tobias"),
    ],
)
def test_a_name_beside_care_or_the_writers_own_rota_is_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert name in found and found[name] != Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        "Ama, Efe and Kojo, you sat with Mum on the ward every night and brought her soup.",
        "Mr Obi, Mrs Mensah, Miss Dlamini, kindly confirm your availability for the audit.",
    ],
)
def test_names_spoken_to_at_a_sentences_opening_are_no_names(text: str) -> None:
    assert identifier_severities(text, "identifiers.name") == {}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Doris and Albert, please check their pads at 2am", {"Doris", "Albert"}),
        ("Mr Obi, Mrs Mensah, Miss Dlamini had a fall, you need to fill the forms.", None),
    ],
)
def test_names_before_a_request_about_them_are_still_names(
    text: str, names: set[str] | None
) -> None:
    found = identifier_severities(text, "identifiers.name")
    assert found
    if names is not None:
        assert set(found) == names
