"""Normalisation that keeps a map back to the original text.

Matchers run on the normalised text, so disguises such as full-width digits, look-alike Cyrillic
letters or zero-width characters do not hide a match; each normalised character remembers which
original character it came from, so findings still point at exactly what the user typed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

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


# A run of non-ASCII characters. Written with its first character apart, so that a scan looks for
# that class from character to character, and tries a match only where one stands; as
# "[^\x00-\x7f]+", the scan would start a match at every character (re finds no first character
# to look for in a repeat): on the bench's 100,000-character draft, 16 M instructions instead of 4.
_NON_ASCII = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*+")
_ASTRAL = re.compile(r"[\U00010000-\U0010ffff]")


def _is_invisible(ch: str) -> bool:
    # Format characters (zero-width space and joiners, soft hyphen, bidi controls, BOM) carry no
    # visible text: dropping them lets "N\u200bHS" read as "NHS".
    return ch in _IGNORABLE or unicodedata.category(ch) == "Cf"


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus a map from its characters back to the original's.

    The map is a few stretches rather than an index per character (a long draft would need a list
    as long as itself): stretch k starts at index ``starts[k]`` of the text and maps one for one to
    the original from index ``sources[k]`` on, until the next stretch starts. Each piece of a
    character that expanded ("ﬁ" to "fi") is a stretch of its own, mapping to that character.
    """

    original: str
    text: str
    starts: tuple[int, ...] | None  # None: identical to the original
    sources: tuple[int, ...] = ()

    @property
    def origin(self) -> tuple[int, ...] | None:
        """For each character of the text, the index of its original character (None: the text
        is the original). Built in full on demand; the rules use ``to_original``."""
        if self.starts is None:
            return None
        return tuple(_source(self.starts, self.sources, i) for i in range(len(self.text)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original text."""
        starts = self.starts
        if starts is None:
            return start, end
        if end <= start:
            if start >= len(self.text):
                return len(self.original), len(self.original)
            pos = _source(starts, self.sources, start)
            return pos, pos
        # (``_source`` written out for both ends: a long draft maps thousands of spans.)
        sources = self.sources
        k = bisect_right(starts, start) - 1
        first = sources[k] + start - starts[k]
        k = bisect_right(starts, end - 1) - 1
        # A character that expanded to several maps each piece to itself, so last + 1 is right.
        return first, sources[k] + end - starts[k]


def _source(starts: tuple[int, ...], sources: tuple[int, ...], index: int) -> int:
    """The index in the original of the character at ``index`` of a normalised text, from the
    stretches of its map. The last stretch starting at or before ``index`` holds it (a stretch
    with no characters is followed by one starting at the same index)."""
    k = bisect_right(starts, index) - 1
    return sources[k] + index - starts[k]


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
    # between them, with no step per character of a long draft. Each distinct character is
    # folded once (a long draft repeats the same few thousands of times).
    runs = [m.span() for m in _NON_ASCII.finditer(text)]
    # Each distinct run is read once: a long draft repeats the same few (an emoji, a curly quote).
    pieces = {text[start:end] for start, end in runs}
    folds = {ch: folded for ch in set("".join(pieces)) if (folded := _fold(ch)) != ch}
    if not folds:
        return Normalised(text, text, None)
    # For each distinct run, where its characters that change stand in it.
    changed = {
        piece: [(i, folds[ch]) for i, ch in enumerate(piece) if ch in folds] for piece in pieces
    }
    out: list[str] = []
    starts = [0]  # the stretches of the map (see Normalised), the first from 0 to 0
    sources = [0]
    length = 0  # of the text built so far
    last = 0
    for run_start, run_end in runs:
        for i, folded in changed[text[run_start:run_end]]:
            index = run_start + i
            out.append(text[last:index])
            length += index - last
            out.append(folded)
            for _ in folded:  # each piece of an expansion maps to its character
                starts.append(length)
                sources.append(index)
                length += 1
            last = index + 1
            starts.append(length)  # what follows maps from the next original character on
            sources.append(last)
    out.append(text[last:])
    folded_text = "".join(out)
    if folded_text == text:
        return Normalised(text, text, None)
    return Normalised(text, folded_text, tuple(starts), tuple(sources))


def lower_one_for_one(text: str, *, keep_grown: bool = False) -> str:
    """``text`` lower-cased with one character for each of its characters, so offsets still hold.

    A few letters lower-case to two characters ("İ" to "i" and a combining dot); those become the
    first of them, or stay as they are with ``keep_grown``. When ``text`` has none, this is
    ``text.lower()``. When it has one, every character is lower-cased on its own, which differs
    from ``str.lower`` only for a "Σ" ending a word (always "σ" then, never "ς").
    """
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    # Lower-case the stretches between the letters that grow, and any "Σ" (the one letter
    # str.lower reads in context), in one go each: no Python step per character of the draft.
    # The letters that grow are looked for among those known to (a look for each, where a set
    # of the draft's characters is a step per character); a text with another (none in Unicode
    # 16) is lower-cased as long as the draft, and then every character is read.
    special = [ch for ch in _GROW_OR_SIGMA if ch in text]
    if special:
        lowered = _lower_around(text, special, keep_grown=keep_grown)
        if len(lowered) == len(text):
            return lowered
    special = sorted(ch for ch in set(text) if ch == "Σ" or len(ch.lower()) != 1)
    return _lower_around(text, special, keep_grown=keep_grown)


# The letters whose lower case is two characters ("İ": "i" and a combining dot), and "Σ", in
# order: what lower_one_for_one lower-cases one by one.
_GROW_OR_SIGMA = ("İ", "Σ")


def _lower_around(text: str, special: list[str], *, keep_grown: bool) -> str:
    pieces = re.split("([" + "".join(map(re.escape, special)) + "])", text)
    for i in range(1, len(pieces), 2):
        low = pieces[i].lower()
        pieces[i] = pieces[i] if keep_grown and len(low) != 1 else low[:1]
    pieces[::2] = [piece.lower() for piece in pieces[::2]]
    return "".join(pieces)


@dataclass(frozen=True)
class Blanker:
    """Turns each of ``chars`` into a space: ``text.translate`` with a table that maps them to
    " ", without the slow path of ``str.translate``.

    ``str.translate`` maps an ASCII text in C, but a text with a single non-ASCII character (an
    emoji, a curly quote) takes a dictionary lookup per character, some 40 times slower. Here the
    ASCII characters are blanked in the text's UTF-8 bytes (where a byte below 128 is always that
    character; "surrogatepass" lets lone surrogates through and back unchanged), and the few
    non-ASCII ones, when present, with ``str.replace``.
    """

    chars: str
    _table: bytes = field(init=False, repr=False, compare=False)
    _wide: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        narrow = "".join(c for c in self.chars if c.isascii()).encode("ascii")
        object.__setattr__(self, "_table", bytes.maketrans(narrow, b" " * len(narrow)))
        object.__setattr__(self, "_wide", tuple(c for c in self.chars if not c.isascii()))

    def __call__(self, text: str) -> str:
        out = text.encode("utf-8", "surrogatepass").translate(self._table)
        blanked = out.decode("utf-8", "surrogatepass")
        for c in self._wide:
            if c in blanked:
                blanked = blanked.replace(c, " ")
        return blanked


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
