"""The fifteenth round: names only. A role in brackets right after a name makes it a colleague's
or a professional's, with or without "the" or "our", in the singular or the plural; a note in
brackets that goes on past the role ("(district nurse at 2)") does not. A role before "is" or
"called" just before a name, a title with its full stop, a retirement before the name and a post
joined after it make it a colleague's or a speaker's; a priest's title opening a sentence is
no given name."""

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


@pytest.mark.parametrize(
    "text",
    [
        # A role before "is", "was", "called" or "named" just before the name.
        "New OT for the north team is Zofia Wiśniewska, she covers Clitheroe",
        "Twenty years ago a nurse called Bronagh Quigley taught me to knock before going in",
        # A title with its full stop.
        "Enjoyed the panel with Prof. Martin Knapp on funding social care",
        "Rev. Anne Tolley is coming for communion at 11, residents welcome in the quiet lounge",
        # A priest's title opening the sentence.
        "Imam Yusuf will visit on Friday for the Muslim residents, the quiet room is booked",
        "Pandit ji will come for the Diwali puja in the lounge at 5, families welcome",
        # A retirement, a new colleague's post.
        "Happy retirement to our wonderful Bernadette Quayle after 19 years, cake in the lounge",
        "Congratulations to Percival Lau who joins as Finance Director at our residential home",
    ],
)
def test_a_role_or_a_title_before_the_name_is_no_one_supported(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lady the nurse saw at 10 was Doreen Ashworth, she has a new sore", "Doreen"),
        ("Dr. Kowalski's patient Winifred Ashworth fell again this morning", "Winifred"),
    ],
)
def test_a_role_further_back_leaves_the_name_read(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))
