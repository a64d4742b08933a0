"""The fifteenth round: names only. A role in brackets right after a name makes it a colleague's
or a professional's, with or without "the" or "our", in the singular or the plural; a note in
brackets that goes on past the role ("(district nurse at 2)") does not."""

from __future__ import annotations

import pytest

from tests.examples import names_found


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Quennell (ward manager) says the open day is on Friday, come and see the bathrooms",
        "Miss Orlaith (manager) say the shower rota change from tomorrow",
        "Mr and Mrs Vantongeren (our cooks) are retiring at Christmas, a collection is going round",
    ],
)
def test_a_role_in_brackets_is_no_one_supported(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mrs Quennell (district nurse at 2) needs her dressing checked before then", "Quennell"),
        ("Mrs Quennell (nurse coming 2pm) has a new pressure sore on her heel", "Quennell"),
    ],
)
def test_a_visit_noted_in_brackets_is_still_read(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))
