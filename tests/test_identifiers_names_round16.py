"""The sixteenth round: names only. A department of a workplace after "from", "fae" or "in" makes
a name a colleague's; a word of kin after the name of the writer's partner or child speaks of
someone else's care, not of theirs."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities, names_found


@pytest.mark.parametrize(
    "text",
    [
        "Yvaine from HR wants a call back about the new times",
        "Tobiah in maintenance fell off the ladder fixing the lights, no harm done",
        "wee Morwenna fae the office says the rota's out the night",
        "mrs quilliam from the training team says the workshop is at 9",
    ],
)
def test_a_department_after_a_name_is_a_colleagues(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can someone check on Yvaine in room 4, she's had a fall", "Yvaine"),
        ("Can someone sit with Maureen in the laundry, she's confused and tearful", "Maureen"),
    ],
)
def test_a_person_supported_in_a_room_is_still_read(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


def test_a_partner_doing_the_care_of_his_mother_is_the_writers() -> None:
    text = "My husband Ezekiel does all the night turns with his mum so I can sleep."
    assert names_found(text) == []
    cared = "My husband Ezekiel has dementia and keeps getting up at night."
    assert any("Ezekiel" in found for found in names_found(cared))


@pytest.mark.parametrize(
    "text",
    [
        "Susan Kavanagh was on the news promising carers a fair deal.",
        "Karen Hughes interrupting a carer every two seconds on the telly this morning.",
    ],
)
def test_a_full_name_in_the_media_is_a_public_figures(text: str) -> None:
    assert names_found(text + " My mum has dementia and the carers are run ragged.") == []


def test_a_full_name_with_care_of_its_own_is_still_read() -> None:
    text = "Margaret Pilkington was on the news tonight, she's 94 and her carers never came."
    assert any("Margaret" in found for found in names_found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Anyone know if Gabija is back from annual leave yet? Need the keys for the Friday calls",
        "Whoever has Tomás's bank holiday shift, he's asked to swap back, message him direct",
    ],
)
def test_a_first_name_with_shift_news_is_a_colleagues(text: str) -> None:
    assert names_found(text) == []


def test_the_writers_own_shift_after_a_name_keeps_it() -> None:
    text = "Stan kept calling me by his late wife's name all shift, bless him"
    assert any("Stan" in found for found in names_found(text))


def test_a_word_no_list_holds_read_as_a_name_by_its_care_and_a_pronoun() -> None:
    # A reminder until the nineteenth round; now a warning (``_cared_for_openers``): on the
    # tuning batches such names were people supported and no clean draft gained a warning.
    text = "Zhaksylyk refused his breakfast again, he says his chest hurts. GP rung."
    assert identifier_severities(text, "identifiers.name") == {"Zhaksylyk": Severity.SERIOUS}
    assert names_found("Breakfast was refused again, he says his chest hurts.") == []
