"""Text speak read by its kind, not word by word (issue 14, the twenty-second round's second
pass): everyday words written without their vowels ("tdy", "trng", "thnk"), words stretched by a
letter ("sooo"), and more phone spellings and chat acronyms of many first languages; and the
near-misses: the trade's own abbreviations, units and titles, codes in capitals, a Roman numeral,
kisses, and one or two such words in a WhatsApp team chat."""

from __future__ import annotations

import pytest

import core
from core.packs.professional_lexicon import DROPPED_VOWELS, dropped_vowels


def _found(text: str, site: str | None = "linkedin") -> list[str]:
    return [
        text[f.start : f.end]
        for f in core.check(text, packs=["professional"], site=site)
        if f.rule == "professional.text_speak"
    ]


def test_a_word_without_its_vowels() -> None:
    assert dropped_vowels("morning") == "mrng"
    assert dropped_vowels("really") == "rly"
    assert dropped_vowels("about") == "abt"
    # Titles, units and the trade's abbreviations are not read as words without vowels.
    assert not {"mr", "hr", "hrs", "yrs", "ltr"} & DROPPED_VOWELS


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rly gd trng session tdy on moving and handling.", ["Rly", "gd", "trng", "tdy"]),
        ("Thank you all, cnt wait for the next one.", ["cnt"]),
        ("Gud mrng evry1, hw r u all?", ["Gud", "mrng", "evry1", "hw", "r", "u"]),
        ("Just passed my NVQ, yaaay, thank you to my assessor.", ["yaaay"]),
        ("Kindly share, we are hiring, tq.", ["tq"]),
        ("Luvd evry minute of the awards, thank you.", ["Luvd", "evry"]),
    ],
)
def test_shapes_of_text_speak_on_linkedin(text: str, words: list[str]) -> None:
    assert _found(text) == words


@pytest.mark.parametrize(
    "text",
    [
        # The same words written out.
        "Really good training session today on moving and handling.",
        # The trade's abbreviations, titles, units, codes and Roman numerals.
        "Mr Patel's BP was high, obs every 4 hrs, PRN given, MAR signed.",
        "Completed my DoLS and MCA training, two years in HR before that.",
        "Ordered the MX2 slings, code TRNG-204, and 1 ltr of hand gel.",
        "Henry VIII is my favourite king, and I read Part iii of the report.",
        "Thank you all for a wonderful year, see you in the new one.",
    ],
)
def test_not_text_speak_on_linkedin(text: str) -> None:
    assert _found(text) == []


def test_one_or_two_in_a_team_chat_are_everyday() -> None:
    assert _found("sooo tired, cnt wait for the weekend", "whatsapp") == []
    assert _found("tired, cnt wait 4 the wknd", "whatsapp") == ["cnt", "4", "wknd"]
    # A drawn-out word is a tone of voice in a chat, casual only on LinkedIn.
    assert _found("sooo tired, cnt wait 4 the weekend", "whatsapp") == []
    assert _found("Sooo proud of the team this year.") == ["Sooo"]
    assert _found("omg wot a shift, cnt w8 2 get home nd slp", "facebook") == [
        "omg",
        "wot",
        "cnt",
        "w8",
        "2",
        "slp",
    ]
