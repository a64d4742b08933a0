"""The closed set of matchers a rule can use.

- ``Terms``: any of a list of words or phrases, whole-word, case-insensitive.
- ``Pattern``: a regular expression, optionally confirmed by a validator (a check digit, a shape)
  and by context words near the match.
- ``Custom``: a function, only where data cannot say it.

All run on the normalised text and report spans in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .model import Context, Span
from .text import Normalised

MatchCheck = Callable[["re.Match[str]"], bool]


def _span(text: Normalised, start: int, end: int) -> Span:
    s, e = text.to_original(start, end)
    return Span(s, e)


def _longest_first(part: str) -> tuple[int, str]:
    """Longer alternatives first (so the longest phrase wins), then by text: the same words always
    give the same pattern, whatever order a set iterates in."""
    return (-len(part), part)


def words_pattern(words: Sequence[str]) -> str:
    """An alternation of literal words or phrases; spaces inside a phrase match any run of space."""
    parts = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=_longest_first)
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])"


@dataclass(frozen=True)
class Terms:
    """Any of the given words or phrases, as whole words, ignoring case."""

    words: tuple[str, ...]
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_regex", re.compile(words_pattern(self.words), re.IGNORECASE))

    def find(self, text: Normalised, context: Context) -> Iterable[Span]:
        for m in self._regex.finditer(text.text):
            yield _span(text, m.start(), m.end())


@dataclass(frozen=True)
class ContextWords:
    """Words that must appear near a match (within ``before`` characters before it or ``after``
    characters after it) for it to count."""

    words: tuple[str, ...]
    before: int = 40
    after: int = 0
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_regex", re.compile(words_pattern(self.words), re.IGNORECASE))

    def near(self, text: str, start: int, end: int) -> bool:
        lo = max(0, start - self.before)
        if self._regex.search(text, lo, start):
            return True
        return bool(self.after) and bool(self._regex.search(text, end, end + self.after))


@dataclass(frozen=True)
class Pattern:
    """A regular expression, confirmed by an optional validator and optional context words.

    The reported span is the group named ``id`` when the pattern has one, else the whole match.
    ``context_optional`` says when a match is convincing enough without context (for example an
    NHS number written in its own 3-3-4 layout). ``cues``, when given, are lower-case words of
    which every match contains one, ignoring case: a draft without any is not scanned at all (a
    scan costs tens of microseconds on 1,000 characters; a look for a word, about one).
    """

    regex: str
    validator: MatchCheck | None = None
    context: ContextWords | None = None
    context_optional: MatchCheck | None = None
    flags: int = re.IGNORECASE
    cues: tuple[str, ...] = ()
    # A pattern over Normalised.shape that finds something in the shape of every draft where
    # ``regex`` finds a match; a draft where it finds nothing is not scanned.
    shape: re.Pattern[bytes] | None = None
    _compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", re.compile(self.regex, self.flags))

    def find(self, text: Normalised, context: Context) -> Iterable[Span]:
        if self.cues and not any(cue in text.lower for cue in self.cues):
            return
        if self.shape is not None and not self.shape.search(text.shape):
            return
        source = text.text
        group = "id" if "id" in self._compiled.groupindex else 0
        for m in text.matches(self._compiled):
            if self.validator is not None and not self.validator(m):
                continue
            start, end = m.span(group)
            if self.context is not None and not (
                (self.context_optional is not None and self.context_optional(m))
                or self.context.near(source, start, end)
            ):
                continue
            yield _span(text, start, end)


@dataclass(frozen=True)
class Custom:
    """A function from the normalised text and context to spans, for what data cannot say."""

    function: Callable[[Normalised, Context], Iterable[Span]]

    def find(self, text: Normalised, context: Context) -> Iterable[Span]:
        return self.function(text, context)
