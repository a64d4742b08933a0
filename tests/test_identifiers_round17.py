"""The seventeenth round: names only. The writer's own relatives said with "my" and a kinship word,
with nothing of their care around them, are a reminder rather than a warning; said with their
care, their age, or beside an identifier of a record, they are warned as before."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My babcia Jadzia sent pierogi from Kraków for everybody, come and try", "Jadzia"),
        ("Lovely afternoon with my aunt Bakhyt, we made baursak together", "Bakhyt"),
        # A brother is the writer's household since the twentieth round: no name at all there.
        ("My uncle Rupert is useless, hasn't rung Mum once this year", "Rupert"),
        ("my own grandad Idris used to sing in the chapel choir every Sunday", "Idris"),
    ],
)
def test_the_writers_own_kin_is_a_reminder(text: str, name: str) -> None:
    found = {
        span: severity
        for span, severity in identifier_severities(text, "identifiers.name", "facebook").items()
        if name in span
    }
    assert found and set(found.values()) == {Severity.INFO}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Their care, their age, or an address in the draft: someone the writer cares for.
        ("My nan Bridie has stopped drinking much and the carers haven't noticed", "Bridie"),
        ("Three years of caring for my dad Leonard and today the OT finally came", "Leonard"),
        ("My nan Lilian is 93 next month and still does her own crossword", "Lilian"),
        ("My mum Ivy lives at 22 Church Lane, Bury, can anyone recommend a cleaner?", "Ivy"),
    ],
)
def test_kin_whose_care_is_said_is_still_warned(text: str, name: str) -> None:
    found = identifier_severities(text, "identifiers.name", "facebook")
    assert any(
        name in span and severity.rank > Severity.INFO.rank for span, severity in found.items()
    )
