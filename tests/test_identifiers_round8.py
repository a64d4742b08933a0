"""Kinds of identifier of the eighth round, each beside a near-miss that must stay clean: a phone
given after "she's on", the writer's own number after "I'm on", a numbered row of cottages, an
H&C number with no cue in a draft about care."""

from __future__ import annotations

import pytest

import core


def _found(text: str, rule: str, site: str | None = "whatsapp") -> list[str]:
    return [f.match for f in core.check(text, packs=["identifiers"], site=site) if f.rule == rule]


def test_a_mobile_after_she_is_on_is_hers_even_beside_the_office() -> None:
    text = "ring her back she rang the office upset, shes on 07700 900 579"
    assert _found(text, "identifiers.phone") == ["07700 900 579"]
    # An office's landline, with the person who runs the session named after it.
    office = (
        "Any problems ring the office on 0117 496 0860 and ask for Marguerite, she's running it."
    )
    assert _found(office, "identifiers.phone") == []


def test_the_writers_own_number_after_i_am_on_to_swap_a_shift() -> None:
    text = "If anyone wants to swap Sunday I'm on 07700 900 561, text don't ring"
    assert _found(text, "identifiers.phone") == []
    relative = "Anyone swap Sunday? His son is on 07700 900 561"
    assert _found(relative, "identifiers.phone") == ["07700 900 561"]


def test_a_numbered_row_of_cottages_is_a_home() -> None:
    assert _found(
        "new address for her is 3 Moorside Cottages, Oxenhope", "identifiers.address"
    ) == ["3 Moorside Cottages"]
    assert _found("He lives at 2 Tan y Bryn Cottages now", "identifiers.address") == [
        "2 Tan y Bryn Cottages"
    ]
    # A centre on a road with no house number is a venue's.
    venue = "Coffee morning at Moorside Community Centre, Moorside Road, all welcome"
    assert _found(venue, "identifiers.address") == []


def test_an_hc_number_with_no_cue_in_a_draft_about_care() -> None:
    text = "Please note Mr Quist (35229 14171) is back today, new meds in the blister pack"
    assert _found(text, "identifiers.hc_number") == ["35229 14171"]
    order = "Supplier invoice 35229 14171 for the gloves is still unpaid"
    assert _found(order, "identifiers.hc_number") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A name that is an ordinary word too, opening a sentence, with a verb after it and
        # words that say what a person supported is or has.
        ("Hope was tearful again after her daughter left, she settled with a cuppa", ["Hope"]),
        ("Sonny has been asking for his wife all morning, he's eaten half his dinner", ["Sonny"]),
        ("Mercy (Bed 3) declined her lunch and has only had 200ml since 8", ["Mercy"]),
        # A name set off by commas after a pronoun says who the pronoun is.
        ("so I went in to him, Osric, and he was already up and his tablets are done", ["Osric"]),
        ("She told me, Perpetua, that she doesn't want the male carer any more", ["Perpetua"]),
    ],
)
def test_names_read_from_the_sentence_they_open_or_the_pronoun_they_name(
    text: str, names: list[str]
) -> None:
    assert _found(text, "identifiers.name") == names


@pytest.mark.parametrize(
    "text",
    [
        "Hope everyone got home ok in the snow, roads are like glass",
        "Sonny day at last! Taking the chairs out to the garden after lunch",
        "Patience is wearing thin with this rota, third change this week",
        "Such a joy, she sang the whole of Calon Lân while I did her hair",
        "I rang her, Dawn, about the rota for next week",
    ],
)
def test_ordinary_words_and_colleagues_stay_clean(text: str) -> None:
    assert _found(text, "identifiers.name") == []


def test_a_phone_read_out_in_words() -> None:
    text = (
        "can you text his son, the number's oh seven seven hundred, nine double oh, four four six"
    )
    assert _found(text, "identifiers.phone") == [
        "oh seven seven hundred, nine double oh, four four six"
    ]
    # Words that make no eleven-digit number, and a freephone line read out, are left.
    assert _found("oh two four six eight, who do we appreciate", "identifiers.phone") == []
    freephone = "ring them free on oh eight hundred, one two three, four five six seven"
    assert _found(freephone, "identifiers.phone") == []


def test_a_public_figure_on_air_and_an_outing_s_postcode_stay_clean() -> None:
    on_air = "Just watched Ravi Shankar-Doyle on the BBC talking about the social care cap"
    assert _found(on_air, "identifiers.name", "facebook") == []
    picnic = "Carers' picnic at Hafod Farm Park on Saturday, postcode for the satnav LL53 6PX"
    assert _found(picnic, "identifiers.postcode", "facebook") == []
    # A relative's postcode given for the satnav is a home's.
    home = "Dad's postcode for the satnav is LL53 6PX, the lane after the chapel"
    assert _found(home, "identifiers.postcode", "facebook") == ["LL53 6PX"]


def test_a_list_of_people_who_need_care_and_a_name_from_next_week() -> None:
    text = "Handover: Cornelius, Ottilie and Blessing Adeyemi-Ward all need bloods tomorrow"
    assert _found(text, "identifiers.name") == ["Cornelius", "Ottilie", "Blessing Adeyemi-Ward"]
    staff = "Training update: Dave Kirkbride (manual handling) and Yasmin Ali (meds) both passed."
    assert _found(staff, "identifiers.name") == []
    moving = "new address for Edna from next week is 3 Moorside Cottages, Oxenhope"
    assert _found(moving, "identifiers.name") == ["Edna"]
    agency = "cover for Edna from the agency is sorted for next week"
    assert _found(agency, "identifiers.name") == []


def test_a_word_with_digits_for_letters_is_not_a_postcode() -> None:
    # "Bl00dy" has a postcode's shape (BL0 0DY, Bolton) but is written as a word: mixed case, in
    # one piece. The same postcode typed as people type postcodes is one.
    assert _found("Bl00dy hell what a shift", "identifiers.postcode") == []
    for typed in ("BL0 0DY", "bl00dy", "BL00DY", "Bl0 0dy"):
        text = f"her postcode is {typed} if anyone is near"
        assert _found(text, "identifiers.postcode") == [typed], typed
