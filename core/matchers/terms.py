"""Words and phrases: the context words a ``Pattern`` may ask for, and the one way the core builds
an alternation of literal words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .trie import compile_factored


def _longest_first(part: str) -> tuple[int, str]:
    """Longer alternatives first (so the longest phrase wins), then by text: the same words always
    give the same pattern, whatever order a set iterates in."""
    return (-len(part), part)


def alternation(words: Iterable[str], space: str | None = None) -> str:
    """A non-capturing group of the literal ``words``, the longest first. With ``space``, each
    space inside a phrase becomes that pattern (``r"\\s+"``: any run of white space)."""
    parts = {re.escape(w) for w in words}
    if space is not None:
        parts = {p.replace(r"\ ", space) for p in parts}
    return "(?:" + "|".join(sorted(parts, key=_longest_first)) + ")"


def words_pattern(words: Iterable[str]) -> str:
    """An alternation of literal words or phrases, as whole words; spaces inside a phrase match
    any run of space."""
    return r"(?<![\w])" + alternation(words, r"\s+") + r"(?![\w])"


@dataclass(frozen=True)
class ContextWords:
    """Words that must appear near a match (within ``before`` characters before it or ``after``
    characters after it) for it to count."""

    words: tuple[str, ...]
    before: int = 40
    after: int = 0
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_regex", compile_factored(words_pattern(self.words), re.IGNORECASE)
        )

    def near(self, text: str, start: int, end: int) -> bool:
        lo = max(0, start - self.before)
        if self._regex.search(text, lo, start):
            return True
        return bool(self.after) and bool(self._regex.search(text, end, end + self.after))
