"""The twenty-second round's second-pass names work: a name opening a sentence before a verb is a
colleague's, a pet's or the writer's family's where what follows speaks of shifts, training,
leaving, a pet or the writer's household at least as much as of care ("Kerry refused to cover
the lates", "Bogdan passed his NVQ", "Lenny smashed his GCSEs, proud of my boy"), and stays a
person supported's where it speaks of care ("Kerry refused her insulin")."""

from __future__ import annotations

import pytest

from tests.examples import names_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kerry refused her insulin at tea, sugar 17.2, DN rang", "Kerry"),
        ("Shirley pulled her catheter out again at 3am, DN coming at 10", "Shirley"),
        ("Oluwaseun is refusing to get out of bed, says his legs hurt, GP called", "Oluwaseun"),
        ("Derek spat at me during personal care, first time, I'm ok", "Derek"),
        ("Gladys refused her breakfast again, will chase at the end of my shift", "Gladys"),
    ],
)
def test_a_name_opening_a_sentence_before_care_is_a_name(text: str, name: str) -> None:
    assert names_found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Kerry refused to cover the lates again so we're short Saturday",
        "Bogdan passed his NVQ level 3!! congrats bro",
        "Shirley pulled a muscle at the gym so she can't do her calls",
        "Oluwaseun is refusing to do another double, fair enough",
        "Derek spat his coffee everywhere when he saw the new rota haha",
        "Winnie has been crying all morning, she's our spaniel and hates the vet",
        "Lenny smashed his GCSEs!! proud of my boy",
        "Bernadette needs two volunteers for the summer fete stall",
    ],
)
def test_the_same_verbs_of_colleagues_pets_and_family_are_no_names(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lorna hasn't eaten properly since Monday, only sips of tea", "Lorna"),
        ("Wojciech is quiet today, wouldn't come out of his bedroom", "Wojciech"),
        ("Rhiannon wandered off again after lunch, found her by the gate", "Rhiannon"),
    ],
)
def test_a_listed_name_opening_a_sentence_before_what_befell_them_is_a_name(
    text: str, name: str
) -> None:
    assert names_found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Lorna hasn't done her training yet, can someone remind her",
        "Wojciech is quiet today, he's doing the rota in the office",
        "Rhiannon started her maternity leave today, good luck hun",
    ],
)
def test_a_listed_name_opening_a_sentence_before_work_news_is_no_name(text: str) -> None:
    assert names_found(text) == []


def test_a_name_opening_a_sentence_before_you_is_spoken_to() -> None:
    assert names_found("Maxine you are so right about the UTI confusion, my mum was the same") == []
    assert names_found("Maxine was confused again after her UTI, GP rang back") == ["Maxine"]
