"""A further view of normalised text with common disguises undone, and a map back.

``core.text.normalise`` already folds look-alike letters, full-width forms and invisible
characters. People who want a word past a filter also write digits and symbols for letters
("sh1t", "b@stard", "$hit"), space a word out ("f u c k", "f.u.c.k") or run words together
("womendisgust"). ``reveal`` undoes those, lower-cases the result and remembers, for each character
of the view, which character of its source it came from, so a finding still covers exactly what
the person typed ("f u c k" is reported as all seven characters).

Repeated letters ("fuuuuck") and a ``*`` standing for a letter ("f*ck") are left in the view: the
word lists match them directly, which keeps ordinary double letters ("class", "assess") intact.
"""

from __future__ import annotations

import re
from _thread import allocate_lock
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import overload

from .memo import Memo, register
from .text import Blanker, lower_one_for_one

# Digits and symbols read as letters when they sit inside a word. "*" stays: it is a wildcard the
# word lists accept in place of an inner letter.
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a",
     "$": "s", "!": "i", "|": "i", "+": "t", "’": "'", "‘": "'"}
)  # fmt: skip
# Digits and symbols are rare in prose: the scan stops only at them, then looks at their
# neighbours. [^\W\d_] takes every letter (and a few numeric characters, such as "½", which
# _has_leet then turns down).
_LEET_BY_LETTER = re.compile(r"[0-9@$!|+](?:(?<=[^\W\d_][0-9@$!|+])|(?=[^\W\d_]))")
# A token is a longest run of these; the ones that hold a leet character are found from their
# last leet character, in the reversed text, where the run from it to the token's start follows
# it. (A forward scan has to try every token start: several times slower.)
_LEET_TOKEN_REVERSED = re.compile(r"[0-9@$!|+][\w@$!|+*]*")
# The same scan, with a token of ASCII digits alone (a number, most tokens of any draft, and never
# a disguised word) matched by a first branch of its own, so that it costs no step in Python.
_WORD_LEET_TOKEN_REVERSED = re.compile(
    r"[0-9@$!|+](?:(?<=[0-9])(?<![\w@$!|+*].)[0-9]*+(?![\w@$!|+*])|()[\w@$!|+*]*)"
)
_TOKEN_FROM_START = re.compile(r"[\w@$!|+*]+")
_LETTER = re.compile(r"[^\W\d_]")
_QUANTITY = re.compile(
    r"[0-9][0-9.,:]*(?:st|nd|rd|th|am|pm|k|kg|g|mg|mcg|ml|l|m|cm|mm|km|h|hr|hrs|min|mins|s|x)",
    re.IGNORECASE,
)
_TRAILING_PUNCT = re.compile(r"[!|+]+$")

# Three or more single letters separated by spaces, dots, hyphens or underscores: "f u c k".
_SPACED = re.compile(r"(?<![a-z0-9_])[a-z](?:[ ._\-]{1,2}[a-z](?![a-z0-9])){2,}")
_REPEATS = re.compile(r"([a-z])\1\1+")

# What each character of a text is to ``_spacing``: a letter a-z "a", a separator of spaced-out
# letters " ", anything else "x" (every non-ASCII character, read as "?", too).
_SPACING = bytes(
    ord("a") if "a" <= chr(b) <= "z" else ord(" ") if chr(b) in " ._-" else ord("x")
    for b in range(256)
)


def _spacing(low: str) -> bytes:
    """``low`` read by ``_SPACING``, one byte for each character, so that a place in it is the
    same place in ``low``."""
    return low.encode("ascii", "replace").translate(_SPACING)


def _spaced_letters_in(spacing: bytes) -> bool:
    """Whether two single letters stand between separators ("f u c" in "f u c k"), as every run
    of spaced-out letters starts, in a text's ``_spacing``: a look for two byte strings, several
    times faster than the pattern ``[ ._-][a-z][ ._-]{1,2}[a-z][ ._-]``, which stops at every
    letter."""
    return b" a a " in spacing or b" a  a " in spacing


def _spaced_runs(low: str, spacing: bytes) -> Iterator[re.Match[str]]:
    """``_SPACED.finditer(low)``, given ``low``'s ``_spacing``: the pattern tried only where a
    match may start, each try past the end of the match before (as a scan goes on). A match's
    second letter is a single letter between separators (" a " in ``spacing``, which reads "_"
    as a separator too), one or two separators after its first letter: a scan stops at every
    character of the text, these few places are found by ``bytes.find``."""
    match, find, end = _SPACED.match, spacing.find, 0
    at = find(b" a ")
    while at >= 0:
        # The first letter stands two or three places before the second, at ``at + 1``.
        for start in (at - 2, at - 1):
            if start >= end:
                m = match(low, start)
                if m is not None:
                    end = m.end()
                    yield m
        at = find(b" a ", at + 1)


def _repeats_in(text: str) -> bool:
    """Whether a letter a-z is written three times running (what ``_REPEATS`` looks for).

    The text's UTF-8 is read as one integer; XOR with itself shifted by a byte is zero exactly
    where a byte equals the next, so a zero byte in that OR-ed with its own shift marks three equal
    bytes: a few operations in C on the whole text, where the pattern takes steps at every letter.
    """
    data = text.encode("utf-8", "surrogatepass")
    value = int.from_bytes(data, "little")
    same = value ^ (value >> 8)
    threes = (same | (same >> 8)).to_bytes(len(data), "little")
    # Byte i of ``threes`` is zero when bytes i, i + 1 and i + 2 are equal (for i < len - 2).
    at = threes.find(0, 0, len(data) - 2)
    while at >= 0:
        if "a" <= chr(data[at]) <= "z":  # an ASCII byte is that character
            return True
        at = threes.find(0, at + 1, len(data) - 2)
    return False


class Origins(Sequence[int]):
    """Where each character of a view comes from in its source, kept as runs: the view's
    characters from ``starts[k]`` (up to the next start) come from consecutive characters of the
    source from ``sources[k]``. A draft's view differs from its source only where a disguise was
    undone, so it has a few runs where a list would hold a number for every character (on a
    100,000-character draft, building, copying and freeing those took longer than the rest of
    ``reveal``). Made with ``_OriginsBuilder``."""

    __slots__ = ("_length", "sources", "starts")

    def __init__(self, starts: list[int], sources: list[int], length: int) -> None:
        self.starts = starts
        self.sources = sources
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Origins):
            return NotImplemented
        return (self.starts, self.sources, self._length) == (
            other.starts,
            other.sources,
            other._length,
        )

    def __hash__(self) -> int:
        return hash((tuple(self.starts), tuple(self.sources), self._length))

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("view position out of range")
        k = bisect_right(self.starts, index) - 1
        return self.sources[k] + index - self.starts[k]


def _source_of(origin: Origins | None, index: int) -> int:
    """Where view position ``index`` comes from (``origin`` None: the same position)."""
    return index if origin is None else origin[index]


class _OriginsBuilder:
    """``Origins`` built from the source positions of a view's characters, given in order a run
    at a time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.sources: list[int] = []
        self.length = 0

    def add(self, source: int, count: int = 1) -> None:
        """The next ``count`` characters come from the source's, from ``source`` on."""
        if count <= 0:
            return
        starts, sources = self.starts, self.sources
        if not starts or sources[-1] + self.length - starts[-1] != source:
            starts.append(self.length)
            sources.append(source)
        self.length += count

    def copy(self, origin: Origins | None, start: int, count: int) -> None:
        """The next ``count`` characters are those of a view from ``start`` on, whose characters
        come from ``origin`` (None: from the same positions)."""
        if count <= 0:
            return
        if origin is None:
            self.add(start, count)
            return
        starts, sources = origin.starts, origin.sources
        k = bisect_right(starts, start) - 1
        at, end = start, start + count
        while at < end:
            run_end = starts[k + 1] if k + 1 < len(starts) else len(origin)
            taken = min(end, run_end) - at
            self.add(sources[k] + at - starts[k], taken)
            at += taken
            k += 1

    def build(self) -> Origins:
        return Origins(self.starts, self.sources, self.length)


@dataclass(frozen=True)
class View:
    """The revealed text, lower-case, with a map from each of its characters to the source."""

    text: str
    origin: Origins | None  # None: same length and positions as the source
    runs: tuple[tuple[int, int], ...] = ()  # view spans of letters that were spaced out
    # Where a character ends in the source when that is not one past where it starts (a letter
    # that stands for a repeated run).
    ends: Mapping[int, int] = field(default_factory=dict)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the view back to the source text."""
        if self.origin is None:
            return start, end
        last = end - 1
        return self.origin[start], self.ends.get(last, self.origin[last] + 1)

    def in_run(self, position: int) -> bool:
        """Whether ``position`` lies inside letters that were spaced out in the source."""
        if not self.runs:
            return False
        index = bisect_right(self.runs, (position, len(self.text) + 1)) - 1
        return index >= 0 and self.runs[index][0] <= position < self.runs[index][1]


@dataclass(frozen=True)
class GlueWords:
    """What ``reveal`` may split when two words were run together.

    ``heads`` may have a word glued after them ("women" in "womendisgust"), ``tails`` may have one
    glued before them ("hate" in "ihate"); the other part must be in ``words``.
    """

    heads: Collection[str]
    tails: Collection[str]
    words: Collection[str]
    _heads_by_start: dict[str, list[str]] = field(init=False, repr=False, compare=False)
    _tails_by_end: dict[str, list[str]] = field(init=False, repr=False, compare=False)
    _plain: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if any(len(word) < 3 for word in (*self.heads, *self.tails)):
            raise ValueError("heads and tails are picked by three letters: none may be shorter")
        object.__setattr__(
            self, "_plain", frozenset(self.words) | set(self.heads) | set(self.tails)
        )
        # Candidates are picked by their first or last three letters, then checked in full against
        # the heads (tails) with those letters, shortest first.
        heads: dict[str, list[str]] = {}
        for head in sorted(self.heads, key=len):
            heads.setdefault(head[:3], []).append(head)
        tails: dict[str, list[str]] = {}
        for tail in sorted(self.tails, key=len):
            tails.setdefault(tail[-3:], []).append(tail)
        object.__setattr__(self, "_heads_by_start", heads)
        object.__setattr__(self, "_tails_by_end", tails)

    def split(self, token: str) -> int:
        """Where to split ``token`` (lower-case letters) into two words, or 0 to leave it."""
        if token in self._plain:
            return 0
        return self._cut(token)

    def _cut(self, token: str) -> int:
        """``split`` for a token that is not a word, head or tail as it stands."""
        # The shortest head (or tail) that the token starts (or ends) with and that leaves a word.
        for head in self._heads_by_start.get(token[:3], ()):
            if (
                len(head) < len(token)
                and token.startswith(head)
                and token[len(head) :] in self.words
            ):
                return len(head)
        for tail in self._tails_by_end.get(token[-3:], ()):
            if (
                len(tail) < len(token)
                and token.endswith(tail)
                and token[: -len(tail)] in self.words
            ):
                return len(token) - len(tail)
        return 0

    def cuts(self, tokens: Iterable[str]) -> dict[str, int]:
        """Where each of ``tokens`` that splits does (``split``), worked out one by one."""
        heads, tails = self._heads_by_start, self._tails_by_end
        return {
            token: cut
            for token in tokens
            if len(token) > 3
            and (token[:3] in heads or token[-3:] in tails)
            and (cut := self._cut(token))
        }

    def split_points(self, text: str) -> list[int]:
        """Positions in ``text`` (lower-case) where a space was most likely left out."""
        # Words as they stand are never split: set operations drop them before any Python step.
        tokens = set(_not_letters(text).split()) - self._plain
        cuts = _split_memo.cuts(self, tokens)
        points = []
        for token, cut in cuts.items():
            # Where the token stands as a whole word (the word lists are lower-case ASCII letters,
            # so each such place is a longest run of a-z and no two places overlap).
            at = text.find(token)
            while at >= 0:
                end = at + len(token)
                if not (at and _is_ascii_letter(text[at - 1])) and not (
                    end < len(text) and _is_ascii_letter(text[end])
                ):
                    points.append(at + cut)
                at = text.find(token, end)
        return sorted(points)


class _SplitMemo:
    """What ``GlueWords.cuts`` gave for every token seen so far, for each GlueWords.

    Splitting glued words takes a Python step for each distinct token of a draft. A person's words
    come back keystroke after keystroke and draft after draft, so most tokens of a draft have been
    seen before: those are picked out with set operations, and only new ones are worked out. Keyed
    by a token, not by a draft; at most ``size`` tokens, emptied when full. One of the memos of
    ``core.memo``, thread-safe like them: one lock around each look-up.
    """

    name = "obfuscation.glued_word_splits"
    keyed_by_text = False

    def __init__(self, size: int) -> None:
        self.size = size
        # id of a GlueWords: it (kept, so that the id is not reused), tokens seen, those that split.
        self._by_glue: dict[int, tuple[GlueWords, set[str], dict[str, int]]] = {}
        self._lock = allocate_lock()
        register(self)

    def clear(self) -> None:
        with self._lock:
            self._by_glue.clear()

    def __len__(self) -> int:
        return sum(len(seen) for _, seen, _ in self._by_glue.values())

    def cuts(self, glue: GlueWords, tokens: set[str]) -> dict[str, int]:
        """``glue.cuts(tokens)``, from what was seen where possible."""
        with self._lock:
            return self._cuts(glue, tokens)

    def _cuts(self, glue: GlueWords, tokens: set[str]) -> dict[str, int]:
        entry = self._by_glue.get(id(glue))
        if entry is None or entry[0] is not glue:
            entry = self._by_glue[id(glue)] = (glue, set(), {})
        _, seen, cuts = entry
        new = tokens - seen
        if len(seen) + len(new) > self.size:
            seen.clear()
            cuts.clear()
            new = tokens
        found = glue.cuts(new)
        if len(new) <= self.size:  # a draft with more tokens than that is not kept
            seen |= new
            cuts.update(found)
        return {token: cuts[token] for token in tokens.intersection(cuts)} | found


_split_memo = _SplitMemo(4096)

_not_letters = Blanker("".join(c for c in map(chr, range(128)) if not c.isalpha()))


def _is_ascii_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


def _has_leet(text: str) -> bool:
    """Whether a digit or symbol that may stand for a letter has a letter next to it."""
    n = len(text)
    for m in _LEET_BY_LETTER.finditer(text):
        i = m.start()
        if (i and text[i - 1].isalpha()) or (i + 1 < n and text[i + 1].isalpha()):
            return True
    return False


def _leet_tokens(text: str) -> list[re.Match[str]]:
    """Every token of ``text`` (a longest run of word characters and @$!|+*) that holds a digit
    or symbol that may stand for a letter, in order."""
    n = len(text)
    starts = [n - m.end() for m in _LEET_TOKEN_REVERSED.finditer(text[::-1])]
    return [m for start in reversed(starts) if (m := _TOKEN_FROM_START.match(text, start))]


def _word_leet_tokens(text: str) -> list[re.Match[str]]:
    """``_leet_tokens`` less the tokens of ASCII digits alone."""
    n = len(text)
    starts = [
        n - m.end() for m in _WORD_LEET_TOKEN_REVERSED.finditer(text[::-1]) if m.start(1) >= 0
    ]
    return [m for start in reversed(starts) if (m := _TOKEN_FROM_START.match(text, start))]


# What stands for letters in a grawlix, a word with symbols typed over some of its letters
# ("f@#king", "sh#t"): "#" is no leet letter, so a run of these holding one, between letters,
# hides letters the reader cannot know, and each of its symbols is read as a "*".
_GRAWLIX = frozenset("#@$%&!*")


# An "@" with a letter on each side, and the longest word read through one: no form of a listed
# swear word or slur is longer (a doubled letter included).
_AT_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])@(?=[^\W\d_])")
_LONGEST_MASKED = 14


def _grawlix_to_stars(text: str) -> str:
    """``text`` with every run of ``_GRAWLIX`` symbols holding a "#" between two letters made
    that many "*" ("f@#king": "f**king"); a "#" opening a tag ("#maintenance") is left. The
    same length: a "#" is found by ``str.find``, so a text without one costs a single look."""
    at = text.find("#")
    if at < 0:
        return text
    pieces: list[str] = []
    last = 0
    n = len(text)
    while at >= 0:
        start = at
        while start and text[start - 1] in _GRAWLIX:
            start -= 1
        end = at + 1
        while end < n and text[end] in _GRAWLIX:
            end += 1
        if start and end < n and text[start - 1].isalpha() and text[end].isalpha():
            pieces.append(text[last:start])
            pieces.append("*" * (end - start))
            last = end
        at = text.find("#", end)
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _masked_at(core: str, known: Callable[[str], bool]) -> str | None:
    """A token's leet reading with each "@" between two letters read as a "*" instead of an
    "a", when ``known`` takes that ("c@nt", "sh@te": the "@" hides a letter that is no "a"),
    or None. A longer token (most addresses, "j.smith@nhsmail") is turned down by its length
    before ``known`` is asked."""
    if len(core) > _LONGEST_MASKED:
        return None
    starred = _AT_BETWEEN_LETTERS.sub("*", core)
    if starred == core:
        return None
    starred = starred.translate(_LEET)
    return starred if known(_lower(starred)) else None


def _leet_reading(token: str, known: Callable[[str], bool] | None) -> str | None:
    """What a token holding a leet character reads as, or None when it is no disguised word."""
    if token.isdecimal():
        return None  # a number (most tokens): no letter to reveal, as the test below would find
    tail = _TRAILING_PUNCT.search(token)
    keep = tail.group() if tail else ""
    core = token[: len(token) - len(keep)]
    if not _LETTER.search(core) or _QUANTITY.fullmatch(core):
        return None  # a number, a price, "3rd", "10am", "5mg": not a disguised word
    masked = _masked_at(core, known) if known is not None and "@" in core else None
    return (masked or core.translate(_LEET)) + keep


# ``_leet_reading`` of each token seen, for each ``known``: a draft's disguised words and
# postcodes come back many times ("sh1t", "LS1"), each read in full once (a look-up in place of
# four patterns and a translation; the bench's 100,000 characters hold a thousand such tokens,
# some forty of them different).
_LEET_READINGS: Memo[tuple[str, Callable[[str], bool] | None], str | None] = Memo(
    "obfuscation.leet_readings", 512, keyed_by_text=False
)


def _leet_reading_of(key: tuple[str, Callable[[str], bool] | None]) -> str | None:
    return _leet_reading(*key)


def _undo_leet(text: str, known: Callable[[str], bool] | None = None) -> str:
    text = _grawlix_to_stars(text)
    if not _has_leet(text):
        return text
    pieces: list[str] = []
    last = 0
    lookup = _LEET_READINGS.lookup
    for m in _word_leet_tokens(text):
        token = m.group()
        reading = lookup((token, known), _leet_reading_of)
        if reading is None:
            continue
        pieces.append(text[last : m.start()])
        pieces.append(reading)
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _lower(text: str) -> str:
    # A few letters grow when lower-cased ("İ"); they stay as they are, one character for one.
    return lower_one_for_one(text, keep_grown=True)


def _join_spaced(
    text: str, known: Callable[[str], bool] | None
) -> tuple[str, str | None, Origins | None, list[tuple[int, int]]]:
    """Join spaced-out letters. A capital "I" at either end of a run stays a word of its own
    ("I h a t e"), unless the whole run spells a known word ("I m m i g r a n t s").

    Returns the text, its lower-cased form when nothing was joined (None otherwise), the map and
    the runs."""
    low = _lower(text)
    spacing = _spacing(low)
    if not _spaced_letters_in(spacing):
        return text, low, None, []
    out: list[str] = []
    origin = _OriginsBuilder()
    runs: list[tuple[int, int]] = []
    last = 0
    for m in _spaced_runs(low, spacing):
        letters = [(i, text[i]) for i in range(m.start(), m.end()) if text[i].isalpha()]
        lead: list[tuple[int, str]] = []
        trail: list[tuple[int, str]] = []
        whole = "".join(ch for _, ch in letters).lower()
        if known is None or not known(whole):
            if letters[0][1] == "I" and letters[1][1].islower():
                lead = [letters.pop(0)]
            if len(letters) > 1 and letters[-1][1] == "I" and letters[-2][1].islower():
                trail = [letters.pop()]
        if len(letters) < 3:
            continue
        out.append(text[last : m.start()])
        origin.add(last, m.start() - last)
        for i, ch in lead:
            out.append(ch + " ")
            origin.add(i)
            origin.add(i)
        runs.append((origin.length, origin.length + len(letters)))
        for i, ch in letters:
            out.append(ch)
            origin.add(i)
        for i, ch in trail:
            out.append(" " + ch)
            origin.add(i)
            origin.add(i)
        last = m.end()
    if not runs:
        return text, low, None, []
    out.append(text[last:])
    origin.add(last, len(text) - last)
    return "".join(out), None, origin.build(), runs


def _insert_spaces(text: str, points: list[int], origin: Origins | None) -> tuple[str, Origins]:
    out: list[str] = []
    new_origin = _OriginsBuilder()
    last = 0
    for point in points:
        out.append(text[last:point])
        new_origin.copy(origin, last, point - last)
        out.append(" ")
        new_origin.add(_source_of(origin, point))
        last = point
    out.append(text[last:])
    new_origin.copy(origin, last, len(text) - last)
    return "".join(out), new_origin.build()


def _collapse_repeats(
    text: str, origin: Origins | None, runs: list[tuple[int, int]]
) -> tuple[str, Origins | None, dict[int, int], list[tuple[int, int]]]:
    """Cut a letter written three or more times running to one ("fuuuuck", "sooo").

    Returns the text, the start map, where collapsed letters end in the source (after their last
    repeat, so a span ending on one covers them all) and the runs moved to the new positions.
    Only slicing and per-repeat work: no step per character of a long draft.
    """
    if not _repeats_in(text):
        return text, origin, {}, runs
    out: list[str] = []
    starts = _OriginsBuilder()
    ends: dict[int, int] = {}
    cut_at: list[int] = []  # old index of the first dropped letter of each repeat
    dropped: list[int] = []  # letters dropped up to and including that repeat
    last = 0
    for m in _REPEATS.finditer(text):
        keep = m.start() + 1
        out.append(text[last:keep])
        starts.copy(origin, last, keep - last)
        ends[starts.length - 1] = _source_of(origin, m.end() - 1) + 1
        cut_at.append(keep)
        dropped.append((dropped[-1] if dropped else 0) + m.end() - keep)
        last = m.end()
    out.append(text[last:])
    starts.copy(origin, last, len(text) - last)

    def moved(i: int) -> int:
        k = bisect_right(cut_at, i)
        return i - (dropped[k - 1] if k else 0)

    new_runs = [(moved(s), moved(e - 1) + 1) for s, e in runs]
    return "".join(out), starts.build(), ends, new_runs


def reveal(
    text: str, glue: GlueWords | None = None, known: Callable[[str], bool] | None = None
) -> View:
    """The view of ``text`` with leet, spaced-out letters, repeated letters and (given ``glue``)
    run-together words undone, lower-cased, with a map back to ``text``. ``known`` tells whether
    a joined run is a word as it stands, and whether a word with an "@" read as a "*" is one
    ("c*nt" for "c@nt")."""
    revealed = _undo_leet(text, known)
    joined, low, origin, runs = _join_spaced(revealed, known)
    lowered, origin, ends, runs = _collapse_repeats(
        _lower(joined) if low is None else low, origin, runs
    )
    if glue is not None:
        points = glue.split_points(lowered)
        if points:
            # Spaces go in after runs are recorded; shift everything past each inserted space.
            runs = [(s + bisect_right(points, s), e + bisect_right(points, e - 1)) for s, e in runs]
            ends = {i + bisect_right(points, i): end for i, end in ends.items()}
            lowered, origin = _insert_spaces(lowered, points, origin)
    return View(lowered, origin, tuple(runs), ends)
