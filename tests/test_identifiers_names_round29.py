"""The twenty-seventh round: names only, precision first. A day after "on" is when someone is,
not where ("first aid with Omar on Thursday, wear flat shoes"), and a round of medicines or
drinks is a worker's duty, not someone's place on a care round ("Bronwen on the meds round");
the writer's lad or lass is their child in a draft about the writer's shifts; a relative the
writer misses, or whose death they speak of, is grieved for, not cared for."""

from __future__ import annotations

import pytest

from core.model import Severity
from tests.examples import identifier_severities


def _warned(text: str, name: str) -> bool:
    """A span holding ``name`` ("Emrys" or "grandad Emrys") is warned about."""
    found = identifier_severities(text, "identifiers.name")
    return any(name in span and level is not Severity.INFO for span, level in found.items())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("First aid refresher with Omar on Thursday, wear flat shoes and bring a pen", "Omar"),
        ("Huge thanks to Bronwen on the meds round last night, she never stopped", "Bronwen"),
        ("Shout if you can't make it, Tobias on the drinks round will cover the lounge", "Tobias"),
        ("Can anyone swap my Friday late? It's my lad Owain's school play", "Owain"),
        ("Missing my grandad Emrys today, five years since he passed", "Emrys"),
        ("Really missing my nan Dilys this week, it would have been her birthday", "Dilys"),
    ],
)
def test_colleagues_days_duties_and_the_writers_family_are_not_warned(text: str, name: str) -> None:
    assert not _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Had a proper laugh with Albert on my dinner call today", "Albert"),
        ("Lil on the 10 o'clock call wants her paper fetching", "Lil"),
        ("Ambrose in room 6 on the top floor was up all night", "Ambrose"),
        ("my lad Owain is autistic and hasn't slept for three nights", "Owain"),
        ("My grandad Emrys is missing again, the police are out looking", "Emrys"),
    ],
)
def test_people_supported_around_them_stay_warned(text: str, name: str) -> None:
    assert _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Took the ladies to see Cliff Richard at the arena, best night out in years",
            "Cliff Richard",
        ),
        ("RIP Ken Dodd, Nan still does the tickling stick joke every Sunday", "Ken Dodd"),
        (
            "Reading Roald Dahl to the lads on the unit after tea, they love the voices",
            "Roald Dahl",
        ),
        ("Nursing history quiz: who worked with Mary Seacole in the Crimea?", "Mary Seacole"),
    ],
)
def test_names_the_whole_country_knows_are_not_warned(text: str, name: str) -> None:
    assert not _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Jones in room 4 refused his tea again, can nights offer a sandwich", "Tom Jones"),
        ("Cliff Richard has had a fall in the lounge, no injury, family informed", "Cliff Richard"),
    ],
)
def test_a_person_supported_with_a_famous_name_stays_warned(text: str, name: str) -> None:
    assert _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My son Tomos did the fun run for the hospice on Saturday, raised a fortune", "Tomos"),
        ("My sister Niamh rang the social worker for me and she's coming Friday", "Niamh"),
    ],
)
def test_the_writers_household_doing_for_others_is_not_warned(text: str, name: str) -> None:
    assert not _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My son Tomos has autism and his respite has been cancelled again", "Tomos"),
        ("My husband Idris has dementia and rang the police at 3am thinking I'd gone", "Idris"),
    ],
)
def test_the_writers_household_cared_for_stays_warned(text: str, name: str) -> None:
    assert _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Handover: Alwyn - settled, fluids encouraged, pad dry at 6", "Alwyn"),
        ("Nights went fine. ottilie - declined supper, ate biscuits at 10", "ottilie"),
    ],
)
def test_a_name_before_a_spaced_dash_and_its_note_is_warned(text: str, name: str) -> None:
    assert _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Alwyn - really useful article on sleep, thanks for sharing", "Alwyn"),
        ("Rota: Alwyn - lates all week, then off", "Alwyn"),
    ],
)
def test_a_name_before_a_dash_with_no_care_note_is_not_warned(text: str, name: str) -> None:
    assert not _warned(text, name), identifier_severities(text, "identifiers.name")


def test_a_lower_case_word_owned_by_his_or_her_is_no_name() -> None:
    found = identifier_severities("gave stan his tea at 6, he ate it all", "identifiers.name")
    assert "tea" not in found, found


def test_the_ordinary_word_candidates_leave_a_thing_owned_by_his_or_her() -> None:
    from core.draft import Draft
    from core.packs.identifiers import ordinary_name_candidates

    text = "gave stan his tea at 6, Tea wants hers at 7"
    draft = Draft(text)
    words = [text[start:end] for start, end in ordinary_name_candidates(draft, [])]
    assert words.count("tea") == 0 and "Tea" in words, words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Uncle Bola is what the residents call our new driver, he loves it", "Uncle Bola"),
        ("Big Bertha (the old hoist, that's what nights call it) has broken again", "Big Bertha"),
    ],
)
def test_what_someone_calls_a_worker_or_a_thing_is_not_warned(text: str, name: str) -> None:
    assert not _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Uncle Bola is what we call the gent in room 3, he had a fall last night", "Uncle Bola"),
        ("Big Bertha (the lady in room 2) has had a fall in the night", "Big Bertha"),
    ],
)
def test_what_someone_calls_a_person_supported_stays_warned(text: str, name: str) -> None:
    assert _warned(text, name), identifier_severities(text, "identifiers.name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Audiologist Mrs Okonjo is in on Wednesday to check everyone's hearing aids",
            "Mrs Okonjo",
        ),
        ("Our new psychologist Dr Farouk starts on the unit next week", "Dr Farouk"),
        ("Lovely talk from the Older People's Commissioner, Heledd Morgan-Price", "Heledd"),
    ],
)
def test_a_professionals_role_said_with_their_name_is_not_warned(text: str, name: str) -> None:
    assert not _warned(text, name), identifier_severities(text, "identifiers.name")


def test_a_titled_name_after_the_role_in_a_clause_stays_warned() -> None:
    text = "I told the nurse Mrs Ekwueme had fallen again in the night"
    assert _warned(text, "Mrs Ekwueme"), identifier_severities(text, "identifiers.name")
