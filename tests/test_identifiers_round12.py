"""The twelfth round: names only. Given names written with their accents; people whose role,
workplace, business or class is said after their name, and pets; each beside a person supported
who must still be found."""

from __future__ import annotations

import pytest

from tests.examples import names_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A given name with its accents, which the gazetteer lists without them.
        ("Siobhán refused her lunch and was tearful all afternoon", "Siobhán"),
        ("Zoë keeps taking her cardigan off, temp normal, fluids pushed", "Zoë"),
        # A person supported with "from" a place, not a department.
        ("Mr Ashworth from the end bungalow had a fall at 6, paramedics called", "Mr Ashworth"),
        # A role once held, in brackets, is no colleague's.
        ("Mrs Gallagher (retired teacher) refused her tablets again tonight", "Mrs Gallagher"),
        # A role set off by a comma and a verb opens a clause of its own.
        ("Mr Penhaligon, the nurse says his sats are low so keep him upright", "Mr Penhaligon"),
    ],
)
def test_people_supported_still_found(text: str, name: str) -> None:
    assert name in names_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A department after "from", without an article.
        "Mr Achterberg from payroll says the overtime goes in on Friday",
        "Mrs Whitlow from maintenance needs the minibus keys back by 9",
        # A role in brackets, and a pet said after the name.
        "Reminder: Mrs Okoro (our new deputy) is visiting tomorrow, tidy the office please",
        "Mr Castellano (the area manager) is coming to look at the rota on Monday",
        "Wee Hamish the office dog has chewed the post again",
        # A role said of the person through "he's" or "she's" in the next words.
        "can anyone cover for big Tadhg on Friday? he's our new driver and his van is off the road",
        # A business where it stands, named after someone.
        "Mama Ifeyinwa's shop on Rye Lane sells the good cocoa butter",
        "Nonna Teresa shop near the station does the best bread",
        # A teacher's class.
        "Can whoever has Mrs Pemberton's class tonight pick up the panto tickets",
    ],
)
def test_someone_elses_names_stay_clean(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A singer, an author, a thing named after them.
        "Dad was agitated at teatime but he tapped his feet and sang along to Dusty Springfield",
        "Our residents' book club has read one Catherine Cookson a month since spring",
        'Anyone recommend a read? Tom Kitwood\'s "Dementia Reconsidered" changed how I work',
        # An ordinary word after "big" in lower case.
        "sending big love to everyone on nights, we got through it",
    ],
)
def test_public_works_and_ordinary_words_stay_clean(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Took Desmond Fairclough to the GP, he was confused and tearful", "Desmond Fairclough"),
        ("Desmond Fairclough's Careweave ref is CW 220 918 4", "Desmond Fairclough"),
        ("can yous check big tam got his tea, he wis greetin at 5", "big tam"),
    ],
)
def test_people_supported_beside_public_works(text: str, name: str) -> None:
    assert name in names_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own family, in a draft about the writer's own shifts.
        "can anyone swap with me on Sunday? it's my son Caoimhin's confirmation",
        "my grandad Wilbur's had a fall at home so I'm gonna be late for my 8am, sorry all",
        "Our Precious graduates on Friday! So I'm off that day, thanks for swapping Kez",
        # A greeting, and someone at an agency.
        "hiya all, rota's out for next week",
        "Fourth time Desmond at the agency has ignored my emails about the invoice",
    ],
)
def test_writers_family_and_agencies_stay_clean(text: str) -> None:
    assert names_found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The writer's own family without talk of the writer's shifts is the family carer's.
        ("my grandad Wilbur's had a fall at home and the carers didn't come", "Wilbur"),
        # A person supported in a draft about a swap.
        ("can someone swap with me Tuesday? Ezekiel's hospital appt is at 10", "Ezekiel"),
    ],
)
def test_family_and_people_supported_still_found(text: str, name: str) -> None:
    assert any(name in found for found in names_found(text))


@pytest.mark.parametrize(
    "text",
    [
        # Who the writer is, and who cares for someone: a nurse's registration, a role called.
        "Forty years on the wards and today's my last shift. Mrs Temperance Osei-Bonsu, RGN",
        "Dad's care worker is a cheerful lad called Benedek, he always stops for a chat",
        # Places and a service, and words of grammar opening a sentence.
        "The nurses at Airedale General were lovely with my dad, could not fault them",
        "Royal Mail lost the parcel of continence pads again",
        "At his age falls happen, I wouldn't worry. Mine fell every few weeks for years.",
    ],
)
def test_writers_places_and_grammar_stay_clean(text: str) -> None:
    assert names_found(text) == []


def test_a_person_supported_called_by_name_still_found() -> None:
    assert "Doris" in names_found("the lady I support called Doris was upset again today")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A lower-case name inside its sentence, described after it through a pronoun.
        ("nd gwilym was hitting out agen 2day, tried 2 kick me wen i did his pad", "gwilym"),
        (
            "just outside philomena's now, she didnt answer, she was asleep in her chair",
            "philomena",
        ),
    ],
)
def test_lower_case_names_described_after(text: str, name: str) -> None:
    assert name in names_found(text)


def test_a_colleague_spoken_to_in_lower_case_stays_clean() -> None:
    assert names_found("tell philomena if she's eating in the office again she can clean it") == []


def test_a_colleagues_birthday_drink_stays_clean() -> None:
    text = "That's me done, off to the Crown for a quick one with Marisol for her birthday"
    assert names_found(text) == []
