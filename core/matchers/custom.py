"""The ``Custom`` matcher: a function, for what data cannot say."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..draft import Draft
from ..model import Context, Span


@dataclass(frozen=True)
class Custom:
    """A function from the draft and context to spans, for what data cannot say."""

    function: Callable[[Draft, Context], Iterable[Span]]

    def find(self, draft: Draft, context: Context) -> Iterable[Span]:
        return self.function(draft, context)
