"""Is this word a given name, a surname, or an ordinary word too? Lookups in the name gazetteer.

The gazetteer (``name_data``, derived from openly licensed lists by ``scripts/derive_names.py``)
only says that a word is used as a name; whether a word of a draft names a person is for the
rules to decide from its context (``core.packs.identifiers``).
"""

from __future__ import annotations

import unicodedata

from ..memo import memoised
from . import name_data


def _has(table: dict[int, str], word: str) -> bool:
    block = table.get(len(word))
    if block is None:
        return False
    size = len(word)
    lo, hi = 0, len(block) // size
    while lo < hi:
        mid = (lo + hi) // 2
        here = block[mid * size : mid * size + size]
        if here < word:
            lo = mid + 1
        elif here > word:
            hi = mid
        else:
            return True
    return False


# Letters that lose no accent mark when decomposed: "Łukasz", "Søren", "Đorđe".
_UNMARKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def _key(word: str) -> str:
    return word.lower().replace("’", "'")


def _given_key(word: str) -> str:
    """``word`` as the list of given names writes it: lower case, and without accents, which
    it leaves out ("Gráinne", "Zoë" and "Małgorzata" are listed as "grainne", "zoe",
    "malgorzata"). Surnames keep theirs: a word with an accent that is a surname only once
    folded is more often a word of another language ("Calon Lân")."""
    key = _key(word)
    if key.isascii():
        return key
    key = unicodedata.normalize("NFKD", key.translate(_UNMARKED))
    return "".join(ch for ch in key if not unicodedata.combining(ch))


@memoised("names.given", 4096, keyed_by_text=False)
def _given(word: str) -> bool:
    """Whether ``word`` is a listed given name."""
    return _has(name_data.GIVEN, _given_key(word))


@memoised("names.surnames", 4096, keyed_by_text=False)
def _surname(word: str) -> bool:
    """Whether ``word`` is a listed surname (the census writes "O'Connor" as "Oconnor"): looked
    up apart from the given names, as most words are asked about as one of the two only."""
    key = _key(word)
    return _has(name_data.SURNAMES, key) or (
        ("'" in key or "-" in key)
        and _has(name_data.SURNAMES, key.replace("'", "").replace("-", ""))
    )


def _starts_one(table: dict[int, str], stem: str) -> bool:
    """Some name of ``table`` two to five letters longer than ``stem`` starts with it."""
    for size in range(len(stem) + 2, len(stem) + 6):
        block = table.get(size)
        if block is None:
            continue
        lo, hi = 0, len(block) // size
        while lo < hi:
            mid = (lo + hi) // 2
            if block[mid * size : mid * size + size] < stem:
                lo = mid + 1
            else:
                hi = mid
        if lo * size < len(block) and block[lo * size : lo * size + len(stem)] == stem:
            return True
    return False


@memoised("names.stems", 1024, keyed_by_text=False)
def is_short_form(word: str) -> bool:
    """``word`` (any case) is a listed given name, or three to five letters that start one two
    to five letters longer and are not an ordinary word: the short forms names are called by
    ("Kath" of Kathleen, "Lil" of Lilian), which the lists of registered names leave out."""
    key = _given_key(word)
    if _given(word):
        return True
    return (
        3 <= len(key) <= 5
        and key.isalpha()
        and not _is_common(key)
        and key not in FUNCTION_WORDS
        and _starts_one(name_data.GIVEN, key)
    )


def is_given_name(word: str) -> bool:
    """``word`` (any case) is a listed given name."""
    return _given(word)


def is_surname(word: str) -> bool:
    """``word`` (any case) is a listed surname."""
    return _surname(word)


# Ordinary Welsh words that the gazetteer lists as names: "Mae" (is), "Mam" (mum), "Pam" (why),
# "Beth" (what), "Neu" (or), "Lon" (lane), "Maes" (field), "Ty" (house), and words that are names
# as often as words, as "Rose" is in English: "Gwyn" and "Wyn" (white), "Bryn" (hill), "Cariad"
# (love), "Seren" (star). A draft in Welsh, or with a Welsh address, is full of them.
ORDINARY_WELSH = frozenset(
    str.split(
        """mae da bach mam neu ni chi lon maes clos ty aros pam beth gan capel gwyn wyn bryn
        cariad seren"""
    )
)


def _spaced_by_length(words: frozenset[str]) -> dict[int, str]:
    """``words`` by their length, each length's words as one string, sorted, a space before and
    after each: looked up by a search for the word between spaces (``_is_common``), made in C.
    Held as a set, the 2,931 words took some 280 KiB of the engine's heap (a set's table and a
    string for each word); these strings take under 25 KiB."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    return {size: " " + " ".join(sorted(some)) + " " for size, some in by_length.items()}


# The names that are ordinary words too, by their length (``_spaced_by_length``).
_COMMON = _spaced_by_length(frozenset(name_data.COMMON.split()) | ORDINARY_WELSH)


def _is_common(key: str) -> bool:
    """``key`` (lower case, as ``_key`` writes it) is one of ``_COMMON``'s words: a key holding a
    space could match across two of them, and is none."""
    block = _COMMON.get(len(key))
    return block is not None and " " not in key and " " + key + " " in block


# English words of grammar, which start many names ("the" of Theodore, "her" of Herbert) and
# are never called by.
FUNCTION_WORDS = frozenset(
    str.split(
        """the and was were his her hers him she they them their there then than this that
    these those are can not but you your for from with who whom what when where why how had has
    have did does get got any all one our ours out off its into onto upon too very just also
    only even some such same each both more most much many few will would shall should could
    might must may yes yet nor own how here ever every once again about after before over under
    above below down while until been being done dear said says say went come came goes gone
    ask asked tell told let lets make made take took give gave keep kept call rang ring
    hiya hey lit sat met led ran won"""
    )
)


def is_common_word(word: str) -> bool:
    """``word`` is a listed name that is also an ordinary English or Welsh word ("Will", "Rose",
    "Marsh", "Mae")."""
    return _is_common(_key(word))
