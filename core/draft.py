"""One reading of a draft per check, shared by every rule of every pack.

The engine makes a ``Draft`` for each check and hands it to every matcher. It holds the
normalised text (``core.text``) and works out the rest only when a rule first asks for it, once
for all rules: the text lower-cased, its shape in bytes, its words, the matches of a regular
expression several rules scan with, the revealed view with disguises undone
(``core.obfuscation``), and any pack's own analysis (``analysis``). Nothing here outlives the
check; answers worth keeping from one check to the next live in ``core.memo``.

A Draft belongs to one check on one thread: it is not meant to be shared between threads.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import TypeVar

from .language import reads_as_english
from .memo import Memo
from .obfuscation import GlueWords, View, reveal
from .text import Blanker, lower_one_for_one, normalise

T = TypeVar("T")


# For Draft.shape: what each byte of the text's UTF-8 becomes. ASCII digits, and the lead byte
# of every non-ASCII character (which may be a digit to \d or white space to \s), become "0";
# ASCII letters "A" or "a" by case; ASCII white space other than the space "\t"; the space and
# - , ( ) + stay as they are; anything else becomes "x".
def _shape_of(byte: int) -> int:
    ch = chr(byte)
    if byte >= 0x80 or "0" <= ch <= "9":
        return ord("0")
    if "A" <= ch <= "Z":
        return ord("A")
    if "a" <= ch <= "z":
        return ord("a")
    if ch in " -,()+":
        return byte
    return ord("\t") if ch.isspace() else ord("x")


_SHAPE = bytes(map(_shape_of, range(256)))
_CONTINUATION = bytes(range(0x80, 0xC0))

# Everything but letters and digits splits a draft into words: "resident" is a word of
# "resident's" too.
_word_breaks = Blanker(string.punctuation)
# A word as ``Draft.starts`` finds it in ``Draft.folded``: a run of ASCII letters and digits.
WORD = re.compile(r"[a-z0-9]+")
# Everything but ASCII letters and digits, once the text's other characters are read as "?":
# what is left of the folded text split at single spaces is its words and empty strings.
_RUN_BREAKS = Blanker(string.punctuation + "".join(map(chr, range(32))) + "\x7f")
# How many words ``Draft.starts`` searches for one by one before it reads all words at once,
# and from what length of draft it reads all words at once from the first word asked: the rules
# ask for about 20 words of a draft of 1,000 characters, 160 of 5,000 and 900 of 100,000.
_SEARCHED_WORDS = 32
_INDEXED_FROM = 4_000


def _whole_word(word: str) -> re.Pattern[str]:
    # The look-behind follows the word, so that re looks for the word itself, which is fast.
    w = re.escape(word)
    return re.compile(w + r"(?<![a-z0-9]" + w + r")(?![a-z0-9])")


# What ``Draft.analysis`` finds for an analysis not yet worked out (None is an answer).
_NOT_YET = object()

# A compiled search for each word asked about, made when first needed.
_WORD_SEARCH: Memo[str, re.Pattern[str]] = Memo("draft.word_search", 2048, keyed_by_text=False)


class Draft:
    """The text of one check, normalised, and what the rules read from it, each worked out once."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.normalised = normalise(original)
        self.text = self.normalised.text
        self._found: dict[re.Pattern[str], list[re.Match[str]]] = {}
        self._revealed: dict[tuple[int, int], View] = {}
        self._analyses: dict[Callable[[Draft], object], object] = {}
        self._analysing: set[Callable[[Draft], object]] = set()  # analyses being worked out now
        self._searched: dict[str, list[int]] = {}
        self._index: dict[str, list[int]] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original text."""
        return self.normalised.to_original(start, end)

    def matches(self, regex: re.Pattern[str]) -> list[re.Match[str]]:
        """Every match of ``regex`` in the text, scanned for once per draft however many rules
        use it (the NHS and the Health and Care number rules look for the same layout)."""
        found = self._found.get(regex)
        if found is None:
            found = self._found[regex] = list(regex.finditer(self.text))
        return found

    def matches_from(
        self, regex: re.Pattern[str], starts: Callable[[Draft], Iterable[int]]
    ) -> list[re.Match[str]]:
        """``matches``, found by trying ``regex`` only where ``starts(draft)`` says a match may
        start (every such position, in increasing order; more do no harm): the same matches as a
        scan of the whole text, which tries every position, for a pattern whose matches are never
        empty. A scan resumes where its last match ended, so a position before that is passed
        over, as the scan would. For a pattern that starts with a frequent character and holds a
        rare one ("@", six digits) at a place its start can be told from."""
        found = self._found.get(regex)
        if found is None:
            found = self._found[regex] = []
            match, text, end = regex.match, self.text, 0
            for at in starts(self):
                if at >= end:
                    m = match(text, at)
                    if m is not None:
                        found.append(m)
                        end = m.end()
        return found

    @cached_property
    def shape(self) -> bytes:
        """The text's shape, one byte per character: "0" for a digit, "A" and "a" for letters,
        "\t" for white space other than the space (see ``_SHAPE``), so that where a pattern's
        digits, letters and spaces must be can be looked for in bytes, with a literal start and
        without Unicode classes: far cheaper than the pattern's own scan (``Pattern.shape``).
        A character outside ASCII is "0" whatever it is: a shape is a test nothing passes unseen.
        """
        # Every UTF-8 character has one lead byte; its continuation bytes (0x80-0xBF) are dropped.
        return self.text.encode("utf-8", "surrogatepass").translate(_SHAPE, _CONTINUATION)

    @cached_property
    def lower(self) -> str:
        """The text lower-cased, one character for one ("İ" becomes "i"), so rules can test
        cheaply whether the words every match of theirs contains are there at all."""
        return lower_one_for_one(self.text)

    @cached_property
    def folded(self) -> str:
        """``lower`` with the curly apostrophe read as a straight one: what cued patterns that
        ignore case search (``core.matchers.Cued``)."""
        return self.lower.replace("’", "'")

    @cached_property
    def in_english(self) -> bool:
        """Whether the draft is written in English (``core.language``): the packs that read
        English words run only when it is."""
        return reads_as_english(self.words, self.folded)

    @cached_property
    def words(self) -> frozenset[str]:
        """The ASCII words of the draft: runs of ASCII letters and digits of ``folded``, split at
        white space and ASCII punctuation; any other character is a "?"."""
        return frozenset(_word_breaks(self.ascii_folded).split())

    @cached_property
    def ascii_folded(self) -> str:
        """``folded`` with each character outside ASCII read as a "?"."""
        folded = self.folded
        return folded if folded.isascii() else folded.encode("ascii", "replace").decode()

    @cached_property
    def word_runs(self) -> str:
        """``ascii_folded`` with everything but ASCII letters, digits and the space blanked to a
        space: its runs of ASCII letters and digits, each where it stands. Read once per draft
        for the word index (``starts``) and the sentences' words (``core.matchers.sentences``)."""
        return _RUN_BREAKS(self.ascii_folded)

    @cached_property
    def ascii_words(self) -> frozenset[str] | None:
        """The draft's runs of ASCII letters and digits (in ``folded``, each between other
        characters or the draft's ends): ``words``, each split again at any ASCII control
        character (not white space) glued to it, at which neither the split nor the marks break
        words. A set test then tells that a draft holds none of the words a pattern needs.
        Never None for a draft; the gates' ``None`` branches read the draft ungated, which
        ``tests/test_shortcuts.py`` sets to prove the gates change no finding."""
        # What is left of a word after the marks are blanked is letters, digits and controls.
        words = self.words
        if "".join(words).isalnum() or not words:
            return words
        return frozenset(WORD.findall(" ".join(words)))

    def starts(self, word: str) -> list[int]:
        """Where ``word`` stands whole in ``folded``: not glued to an ASCII letter or digit on
        either side.

        The first ``_SEARCHED_WORDS`` words asked for are each searched for; after that, every
        run of ASCII letters and digits of the draft is found in one pass, which answers for all
        such words asked later (a word with other characters, "co-codamol", is always searched
        for). A search and the pass both grow with the draft's length, and the pass costs as
        much as some 40 searches: a short draft, where the rules ask for few words, is searched,
        and a long one (``_INDEXED_FROM`` characters or more), where they ask for hundreds, is
        read once instead of hundreds of times."""
        index = self._index
        if index is not None:
            # A word of the index stands whole where it lists (a long draft asks for hundreds of
            # words, most of them in it: no test of the word's characters for those).
            found = index.get(word)
            if found is not None:
                return found
        found = self._searched.get(word)
        if found is not None:
            return found
        if (
            index is None
            and (len(self._searched) >= _SEARCHED_WORDS or len(self.folded) >= _INDEXED_FROM)
            and WORD.fullmatch(word)
        ):
            index = self._index = {}
            # The text blanked to its words and split at each space: a piece (a word, or an
            # empty string between two spaces) starts one past where the piece before it ends.
            # The running sum kept in the loop is cheaper than the same sum worked out by
            # iterators in C (``accumulate``, ``count`` and ``map`` each make a new int for
            # every piece, empty ones too): the index of the bench's 100,000 characters takes
            # 44 M instructions instead of 62 M.
            at = 0
            for run in self.word_runs.split(" "):
                if run:
                    found = index.get(run)
                    if found is None:
                        index[run] = [at]
                    else:
                        found.append(at)
                at += len(run) + 1
        if index is not None and WORD.fullmatch(word):
            return index.get(word, [])
        search = _WORD_SEARCH.lookup(word, _whole_word)
        found = self._searched[word] = [m.start() for m in search.finditer(self.folded)]
        return found

    def positions(self, mark: str) -> Iterator[int]:
        """Where ``mark`` occurs in ``folded``, anywhere."""
        folded = self.folded
        at = folded.find(mark)
        while at >= 0:
            yield at
            at = folded.find(mark, at + 1)

    def revealed(self, glue: GlueWords | None, known: Callable[[str], bool] | None) -> View:
        """The text with disguises undone (``core.obfuscation.reveal``), once per draft for each
        ``glue`` and ``known`` asked for."""
        key = (id(glue), id(known))
        view = self._revealed.get(key)
        if view is None:
            view = self._revealed[key] = reveal(self.text, glue, known)
        return view

    def forget(self) -> None:
        """Drop what the rules worked out, once the check is done. The readings refer back to the
        draft (a cycle), which only Python's cycle collector would free, after going through
        every object of them, and a long draft's readings are tens of thousands: dropped here,
        they are freed at once."""
        self._found.clear()
        self._revealed.clear()
        self._analyses.clear()
        self._searched.clear()
        self._index = None

    def analysis(self, analyse: Callable[[Draft], T]) -> T:
        """``analyse(self)``, worked out once per draft: how the rules of a pack share one reading
        of the draft (the offensive pack's six rules share one). An analysis that asks, through
        others, for itself would ask forever: it is refused by name."""
        found = self._analyses.get(analyse, _NOT_YET)
        if found is not _NOT_YET:
            return found  # type: ignore[return-value]
        if analyse in self._analysing:
            raise RuntimeError(f"analyses ask each other in a circle: {analyse.__qualname__}")
        self._analysing.add(analyse)
        try:
            found = self._analyses[analyse] = analyse(self)
        finally:
            self._analysing.discard(analyse)
        return found
