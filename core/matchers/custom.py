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

    def __post_init__(self) -> None:
        # ``find`` is the function itself, kept on the matcher in place of the method below:
        # some seventy calls of a check each go straight to it, without a call of the method
        # between (the same arguments, the same spans).
        object.__setattr__(self, "find", self.function)

    def find(self, draft: Draft, context: Context) -> Iterable[Span]:
        return self.function(draft, context)
