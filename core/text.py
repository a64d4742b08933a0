"""Normalisation that keeps a map back to the original text.

Matchers run on the normalised text, so disguises such as full-width digits, look-alike Cyrillic
letters or zero-width characters do not hide a match; each normalised character remembers which
original character it came from, so findings still point at exactly what the user typed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

# Letters from other scripts that look like Latin ones, as people use them to dodge filters.
_LOOKALIKES = {
    "а": "a",
    "в": "b",
    "с": "c",
    "е": "e",
    "һ": "h",
    "і": "i",
    "ј": "j",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "ѕ": "s",
    "т": "t",
    "у": "y",
    "х": "x",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ɡ": "g",
    "ı": "i",
    "ɩ": "i",
    "ο": "o",
    "α": "a",
    "ε": "e",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "А": "A",
    "В": "B",
    "С": "C",
    "Е": "E",
    "Н": "H",
    "І": "I",
    "Ј": "J",
    "К": "K",
    "М": "M",
    "О": "O",
    "Р": "P",
    "Ѕ": "S",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Χ": "X",
    "Υ": "Y",
    "Ζ": "Z",
}


# Invisible characters that are not format characters (Unicode's other default-ignorables):
# combining grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian and other variation
# selectors. Each hides a match as well as a zero-width space does.
_IGNORABLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u3164\uffa0"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASTRAL = re.compile(r"[\U00010000-\U0010ffff]")


def _is_invisible(ch: str) -> bool:
    # Format characters (zero-width space and joiners, soft hyphen, bidi controls, BOM) carry no
    # visible text: dropping them lets "N\u200bHS" read as "NHS".
    return ch in _IGNORABLE or unicodedata.category(ch) == "Cf"


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus, for each of its characters, the index of the original character."""

    original: str
    text: str
    origin: tuple[int, ...] | None  # None: identical to the original

    @cached_property
    def lower(self) -> str:
        """The text lower-cased, one character for one ("İ" becomes "i"), so rules can test
        cheaply whether the words every match of theirs contains are there at all."""
        lower = self.text.lower()
        if len(lower) != len(self.text):
            lower = "".join(ch.lower()[:1] for ch in self.text)
        return lower

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original text."""
        if self.origin is None:
            return start, end
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        first = self.origin[start]
        last = self.origin[end - 1]
        # A character that expanded to several maps each piece to itself, so last + 1 is right.
        return first, last + 1


def _fold(ch: str) -> str:
    """What one non-ASCII character becomes in the normalised text ("" when it is dropped)."""
    if _is_invisible(ch):
        return ""
    mapped = _LOOKALIKES.get(ch)
    return unicodedata.normalize("NFKC", ch) if mapped is None else mapped


def normalise(text: str) -> Normalised:
    """Fold width and compatibility forms, look-alike letters and invisible characters."""
    if text.isascii():
        return Normalised(text, text, None)
    # Only non-ASCII characters can change, and most (emoji, curly quotes, accented letters)
    # stay as they are: find the few that change, then build the text and its map from slices
    # between them, with no step per character of a long draft.
    changes = [
        (index, folded)
        for run in _NON_ASCII.finditer(text)
        for index, ch in enumerate(run.group(), run.start())
        if (folded := _fold(ch)) != ch
    ]
    if not changes:
        return Normalised(text, text, None)
    out: list[str] = []
    origin: list[int] = []
    last = 0
    for index, folded in changes:
        out.append(text[last:index])
        origin.extend(range(last, index))
        out.append(folded)
        origin.extend([index] * len(folded))  # each piece of an expansion maps to its character
        last = index + 1
    out.append(text[last:])
    origin.extend(range(last, len(text)))
    folded_text = "".join(out)
    if folded_text == text:
        return Normalised(text, text, None)
    return Normalised(text, folded_text, tuple(origin))


def astral_positions(text: str) -> list[int]:
    """Where ``text`` has characters outside the Basic Multilingual Plane (emoji, mostly), each
    two UTF-16 code units long; see ``utf16_offset``."""
    # Encoding is a fast way to count code units; only then is the text searched.
    if text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return []
    return [m.start() for m in _ASTRAL.finditer(text)]


def utf16_offset(index: int, astral: list[int]) -> int:
    """The UTF-16 offset of a Python index, given the text's ``astral_positions``: one more code
    unit for every astral character before it."""
    return index + bisect_left(astral, index) if astral else index
