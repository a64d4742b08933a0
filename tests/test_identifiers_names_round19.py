"""The nineteenth round: names only. A handover places a person supported by their room, bed, bay
or flat ("rm 12 Cornelius", "Paddy (rm 3)", "Perpetua in flat 5"), and opens a line with their
name and a dash before what they have, need or do ("Kaveh - seizure 14:10"), listed or not;
colleagues in the same lines are placed by their shift, their department or their work."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities, names_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rm 12 Cornelius - pressure area red on sacrum, cream applied", "Cornelius"),
        ("Handover: Paddy (rm 3) - chest infection, abx day 2 of 5", "Paddy"),
        ("Yevgenia (rm 7) - weight down 1.2kg, food chart pls", "Yevgenia"),
        ("fyi Perpetua in flat 5 has a new walking frame, the old one is in the shed", "Perpetua"),
        ("Kaveh - seizure 14:10 lasting 2 mins, recovered well, slept after", "Kaveh"),
        ("Nights\nOdhrán - unsettled till 3, fluids 600ml", "Odhrán"),
    ],
)
def test_a_name_a_handover_places_by_room_or_opens_a_line_with(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


@pytest.mark.parametrize(
    "text",
    [
        # Colleagues in the same layouts: by shift, department or work, not by care.
        "Rota: Kemi - earlies\nDorota - lates\nFinbar - sleep-in",
        "Training is in room 2, Joan from pharmacy is running it",
        "Room 4 Kasia covering till 2 then Elif takes over the shift",
        # Headings and the words that stand where a name would.
        "Handover: all quiet, bowels open x2, fluids good",
        "Reminder: Mrs in flat 2 likes her tea weak with two sugars",
        "Resident in room 5 was unsettled overnight, obs fine",
        # An address: the capitalised words after the flat are a building's name.
        "Moving to Flat 3 Marlowe Court next week, new chapter for me",
    ],
)
def test_a_colleague_a_heading_or_a_building_in_the_same_layout_is_no_name(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reading Terry Pratchett aloud in the lounge this afternoon, half the room in stitches.",
        "Put on Ray Charles and room 3 comes alive every time.",
        "Clement Attlee would turn in his grave at what's happened to care. Rant over",
    ],
)
def test_a_name_read_played_or_turning_in_its_grave_is_a_public_figures(text: str) -> None:
    assert names_found(text + " My mum has dementia and the carers are run ragged.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reading with Margaret Pilkington in her room, she has dementia and loves it", "Margaret"),
        ("I put Margaret Pilkington on the commode at 7, she was fine after", "Margaret"),
    ],
)
def test_a_person_read_with_or_put_on_a_commode_is_still_read(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Margot was in a lot of pain with her back, gave her the paracetamol", "Margot"),
        ("Seun was agitated when I arrived, kept trying the door, he calmed", "Seun"),
    ],
)
def test_a_name_opening_a_sentence_of_care_with_a_pronoun_back_to_it(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kerstin was upset after the shift swap, she was crying in the office",
        "Seun was late again, he said the bus broke down",
    ],
)
def test_a_colleague_opening_a_sentence_without_care_is_no_name(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nne Chioma was singing in the lounge today, she taught the others a song", "Chioma"),
        ("Ilonka néni is very sleepy today, she didnt want lunch", "Ilonka"),
        ("Guka Kamau coughing a lot, I have asked nurse to listen to his chest", "Kamau"),
        ("Chú Tuấn had a haircut today, very handsome", "Tuấn"),
        ("senelis jonas refused his tablets, i tell nurse", "jonas"),
        ("Bathe Tantie Merline and oil her hair, she was singing calypso", "Merline"),
    ],
)
def test_honorifics_of_more_languages_before_or_after_a_name(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


def test_a_godmother_named_by_the_writer_is_a_reminder_not_a_warning() -> None:
    text = "Tantie Merline is my godmother and she sent black cake for the whole staff"
    assert identifier_severities(text, "identifiers.name") == {"Tantie Merline": Severity.INFO}
