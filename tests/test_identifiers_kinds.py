"""Kinds of identifier the pack reads from the words around them, each beside a near-miss that
must stay clean: nicknames after a prefix of dialect, honorifics of other languages said before a
name, a relative's "name is", names listed with the times of their calls, a signature, a role
said after a titled name, the writer's own number offered to swap a shift, and references in
layouts of their own."""

from __future__ import annotations

import pytest

import core


def _found(text: str, rule: str, site: str | None = "whatsapp") -> list[str]:
    return [f.match for f in core.check(text, packs=["identifiers"], site=site) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A capitalised word no list holds, after a prefix of dialect, is a nickname.
        ("Tell the backshift wee Morag up the stair has nae milk", ["wee Morag"]),
        ("big Shug at 0/1, 41 Dalmarnock Drive needs his pills done", ["big Shug"]),
        # Honorifics of Swahili, Vietnamese, Irish and Greek homes before or as the name.
        ("Bibi Wanjiru did not sleep at all, she was calling for her son", ["Bibi Wanjiru"]),
        ("Bà Hoa does not want shower today, she is cold", ["Bà Hoa"]),
        ("Mamó in room 3 has been asking for the priest since dinner", ["Mamó"]),
        # The person's own word before "name is".
        ("Mum's name is Sheelagh, she's on the dementia ward", ["Sheelagh"]),
        # Names listed with the times of their calls, from one name found.
        (
            "Tonight's calls: Stanislaw 6pm, Beryl 7pm, Mr Adeyinka 8pm, then Queenie last.",
            ["Stanislaw", "Beryl", "Mr Adeyinka", "Queenie"],
        ),
        # A role after the name that opens a clause of its own leaves the name someone's.
        (
            "Social care case no. 88123 for Mr Coyle, the social worker is Helen Ward",
            ["Mr Coyle"],
        ),
    ],
)
def test_names_found_from_the_words_around_them(text: str, names: list[str]) -> None:
    assert _found(text, "identifiers.name") == names


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # "big" is ordinary English: a shop after it, with no care frame, is no nickname.
        ("Doing a big Tesco shop after work if anyone needs anything", "whatsapp"),
        ("Grabbed a wee Tennent's after the shift, needed it", "whatsapp"),
        # A manager's name after "name is" is not a person supported's.
        ("My manager's name is Julie, she said to ask here", "facebook"),
        # A rota of colleagues with the days they work.
        ("Rota for the week: Monday Sadia and Liam, Tuesday Oksana and Pete.", "whatsapp"),
        # The writer's signature after a closing line.
        (
            "Thank you all for coming.\nKind regards,\nOluwaseun Adebayo-Hart\nRegistered Manager",
            "linkedin",
        ),
        # A role said after a titled name: a colleague or a professional.
        ("Mr Okafor the physio from the community team is coming at 2", "whatsapp"),
        ("Mrs Hale, our practice nurse, rang about the flu jabs", "whatsapp"),
        # An author named by what she wrote.
        ("Muriel Spark's novels were my mum's favourites, I read them to her", "facebook"),
    ],
)
def test_near_misses_name_no_one_supported(text: str, site: str) -> None:
    assert _found(text, "identifiers.name", site) == []


def test_the_writers_own_number_offered_to_swap_a_shift_is_theirs_to_give() -> None:
    assert (
        _found("My mobile is 07700 900532 if anyone wants to swap Friday", "identifiers.phone")
        == []
    )
    assert (
        _found("anyone fancy a swap? DM me, it's Shona, 07700 900 761", "identifiers.phone") == []
    )
    # Not when a relative's number could be meant, nor when only cover is asked for.
    assert _found(
        "Anyone swap Friday? Her daughter says text me on 07700 900532", "identifiers.phone"
    ) == ["07700 900532"]
    assert _found("If anyone can cover Saturday text me on 07700 900965", "identifiers.phone") == [
        "07700 900965"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Please use the Homelink ref HL/26/09917 when you ring the duty team", ["HL/26/09917"]),
        ("adult social care case no OW-ASC-77104 for the chap on Beech Grove", ["OW-ASC-77104"]),
        ("Oakwell case ref OW-ASC-77104, referral went in today", ["OW-ASC-77104"]),
        # A supplier's references in the same layouts are not a person's record.
        ("Order ref HL/26/09917 for the pads is delayed", []),
        ("Job ref OW-ASC-7710 for the senior carer post is on the website", []),
    ],
)
def test_references_in_layouts_of_their_own(text: str, found: list[str]) -> None:
    assert _found(text, "identifiers.record_number") == found
