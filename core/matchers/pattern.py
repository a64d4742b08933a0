"""The ``Pattern`` matcher: a regular expression, confirmed by a validator and context words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..draft import Draft
from ..model import Context, Span
from .terms import ContextWords
from .trie import compile_factored

MatchCheck = Callable[["re.Match[str]"], bool]


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
    # A pattern over Draft.shape that finds something in the shape of every draft where
    # ``regex`` finds a match; a draft where it finds nothing is not scanned.
    shape: re.Pattern[bytes] | None = None
    # Where in the draft's text a match may start, in increasing order (every such position;
    # more do no harm): the pattern is tried there only (``Draft.matches_from``), not at every
    # position, for a pattern that starts with a frequent character and holds a rarer one.
    starts: Callable[[Draft], Iterable[int]] | None = None
    _compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", compile_factored(self.regex, self.flags))

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        if self.cues and not any(cue in draft.lower for cue in self.cues):
            return iter(())
        if self.shape is not None and not self.shape.search(draft.shape):
            return iter(())
        matches = (
            draft.matches(self._compiled)
            if self.starts is None
            else draft.matches_from(self._compiled, self.starts)
        )
        return self.confirmed(draft, matches, draft.text)

    def confirmed(
        self, draft: Draft, matches: Iterable[re.Match[str]], source: str
    ) -> Iterator[Span]:
        """The spans of ``matches`` (found in ``source``, the draft's text or a form of it of the
        same length) that the validator and the context words confirm."""
        group = "id" if "id" in self._compiled.groupindex else 0
        for m in matches:
            if self.validator is not None and not self.validator(m):
                continue
            start, end = m.span(group)
            if self.context is not None and not (
                (self.context_optional is not None and self.context_optional(m))
                or self.context.near(source, start, end)
            ):
                continue
            yield Span(*draft.to_original(start, end))


def not_after(first: str, before: str) -> str:
    """A pattern for one character, ``first``, that does not follow one of ``before``, written
    so that ``re`` runs fast: the stdlib engine skips ahead to where a pattern can start only when
    it starts with a plain character or set, so the pattern starts with ``first`` and checks what
    came before with a fixed-width look-behind just after it (``\\d(?<![\\w.]\\d)`` for a digit
    not glued to a word or a decimal point). ``first`` is written once, here."""
    return f"{first}(?<!{before}{first})"
