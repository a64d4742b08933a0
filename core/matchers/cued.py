"""The ``Cued`` matcher: a ``Pattern`` run only near the words that must be in any match of it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain

from ..draft import WORD, Draft
from ..model import Context, Span
from .pattern import Pattern
from .trie import compile_factored


@dataclass(frozen=True)
class Cued:
    """A pattern run only near the words that must be in any match of it.

    Python's ``re`` tries an alternation of phrases at every position of a draft, which costs
    about 0.1 ms per rule on 1,000 characters: too slow to check the conduct packs while people
    type. Most drafts contain none of a rule's cues, so the rule costs a set lookup; otherwise the
    pattern runs only within ``reach`` characters of each cue. Every match must contain one of the
    cues, lower-cased: a whole word (``dose``), the start of a word (``medic*``) or a mark (``??``,
    ``@``, ``we_at`` for "we at"). With ``lowered``, a case-insensitive pattern runs on the
    lower-cased draft (``Draft.folded``) without ``re.IGNORECASE``, which ``re`` matches faster.
    Tests check on the corpus and the examples that all this never changes what the bare pattern
    finds.
    """

    pattern: Pattern
    cues: str  # separated by spaces
    reach: int = 80
    lowered: bool = False
    _cue_words: frozenset[str] = field(init=False, repr=False, compare=False)
    _marks: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # The analysis a draft keeps this matcher's spans under (``_spans``), one bound method made
    # once, as ``Reading`` keeps its own.
    _analysis: Callable[[Draft], list[Span]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        cues = [c.replace("_", " ") for c in self.cues.split()]
        words = frozenset(c for c in cues if WORD.fullmatch(c))
        marks = tuple(c.removesuffix("*") for c in cues if c not in words)
        flags = self.pattern.flags & ~re.IGNORECASE if self.lowered else self.pattern.flags
        object.__setattr__(self, "_cue_words", words)
        object.__setattr__(self, "_marks", marks)
        object.__setattr__(self, "_regex", compile_factored(self.pattern.regex, flags))
        object.__setattr__(self, "_analysis", self._spans)

    def _hits(self, draft: Draft) -> list[tuple[int, int]]:
        folded = draft.folded
        hits = [(at, at + len(w)) for w in self._cue_words & draft.words for at in draft.starts(w)]
        # Every place of each mark, overlapping ones too (as ``Draft.positions`` gives them),
        # found by ``str.find`` in this loop: a long draft has thousands ("?", "!!").
        find = folded.find
        for mark in self._marks:
            at = find(mark)
            size = len(mark)
            while at >= 0:
                hits.append((at, at + size))
                at = find(mark, at + 1)
        return sorted(hits)

    def windows(self, draft: Draft) -> list[tuple[int, int]]:
        """Stretches of the draft around each cue, merged where they overlap.

        A window takes in every later cue that starts within ``reach`` of its end, found by
        bisection, a run of them at a time, so that a long draft's thousands of cues ("@", "!!")
        cost no step each."""
        hits = self._hits(draft)
        reach, length = self.reach, len(draft.folded)
        starts = [start for start, _ in hits]
        ends = [end for _, end in hits]
        windows: list[tuple[int, int]] = []
        i, n = 0, len(hits)
        while i < n:
            lo, hi = max(0, starts[i] - reach), min(length, ends[i] + reach)
            i += 1
            # The cues whose windows start at or before this one's end (hi is never below 0).
            k = bisect_right(starts, hi + reach, i)
            while k > i:
                hi = max(hi, min(length, max(ends[i:k]) + reach))
                i = k
                k = bisect_right(starts, hi + reach, i)
            windows.append((lo, hi))
        return windows

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        # Worked out once per draft (the spans depend on the draft alone): a rule's matcher may
        # be asked again in one check, as the learned scorer asks whether a rule of the pack
        # warns (``core.learned``), and a long draft's thousands of cues ("@", "??") cost some
        # 2 ms of searching each time on 100,000 characters.
        return iter(draft.analysis(self._analysis))

    def _spans(self, draft: Draft) -> list[Span]:
        windows = self.windows(draft)
        if not windows:  # most drafts hold no cue of a rule: no search set up to find nothing
            return _NONE
        return list(self._search(draft, windows))

    def find_first(self, draft: Draft, context: Context) -> Span | None:
        """The first match only, looking around one cue at a time from the start."""
        folded = draft.folded
        words = [(w, draft.starts(w)) for w in self._cue_words & draft.words]
        marks = [m for m in self._marks if m in folded]
        pos = 0
        while True:
            hits = []
            for word, starts in words:
                i = bisect_left(starts, pos)
                if i < len(starts):
                    hits.append((starts[i], starts[i] + len(word)))
            for mark in marks:
                at = folded.find(mark, pos)
                if at >= 0:
                    hits.append((at, at + len(mark)))
            if not hits:
                return None
            start, end = min(hits)
            window = (max(0, start - self.reach), min(len(folded), end + self.reach))
            first = next(self._search(draft, [window]), None)
            if first is not None:
                return first
            pos = start + 1

    def _search(self, draft: Draft, windows: Iterable[tuple[int, int]]) -> Iterator[Span]:
        # Pattern.find's steps, on each window instead of the whole draft.
        source = draft.folded if self.lowered else draft.text
        finditer = self._regex.finditer
        matches = chain.from_iterable(finditer(source, lo, hi) for lo, hi in windows)
        return self.pattern.confirmed(draft, matches, source)


_NONE: list[Span] = []  # shared: not to change
