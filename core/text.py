"""Normalisation that keeps a map back to the original text.

Matchers run on the normalised text, so disguises such as full-width digits, look-alike Cyrillic
letters or zero-width characters do not hide a match; each normalised character remembers which
original character it came from, so findings still point at exactly what the user typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

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


def normalise(text: str) -> Normalised:
    """Fold width and compatibility forms, look-alike letters and invisible characters."""
    if text.isascii():
        return Normalised(text, text, None)
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        if ch.isascii():
            out.append(ch)
            origin.append(index)
            continue
        if _is_invisible(ch):
            continue
        mapped = _LOOKALIKES.get(ch)
        if mapped is None:
            mapped = unicodedata.normalize("NFKC", ch)
            if not mapped:
                continue
        for piece in mapped:
            out.append(piece)
            origin.append(index)
    folded = "".join(out)
    if folded == text:
        return Normalised(text, text, None)
    return Normalised(text, folded, tuple(origin))


def utf16_offsets(text: str) -> list[int] | None:
    """Cumulative UTF-16 offsets for each Python index, or None when they are the same."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text):
        return None
    offsets = [0] * (len(text) + 1)
    total = 0
    for index, ch in enumerate(text):
        offsets[index] = total
        total += 2 if ord(ch) >= 0x10000 else 1
    offsets[len(text)] = total
    return offsets
