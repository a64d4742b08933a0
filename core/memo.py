"""Memos that outlive a check, all in one registry, each bounded, emptied by one call.

A check reads its draft once (``core.draft.Draft``) and forgets it. A few answers are worth
keeping from one check to the next, because a person's words and sentences come back keystroke
after keystroke: where a run-together word splits, whether a word names people, what a sentence
of the offensive pack's reading holds. Each such memo is a ``Memo`` (or another object with the
same ``name``, ``keyed_by_text``, ``clear`` and ``__len__``) and registers itself here on
creation, so that nothing is cached anywhere else in the core (tests/test_bench_timing.py checks).

- ``clear_memos()`` empties every memo.
- ``clear_text_memos()`` empties the memos keyed by a draft's text or a sentence of it, which a
  first check of a new text could never use: the benchmark calls it before each timed check,
  and keeps the memos keyed by a word or by the user's own lists, as they are kept in use.

Thread safety: checks may run on many threads at once, and what one check stores another may use.
A ``Memo`` reads and writes its dictionary one operation at a time, each atomic in CPython (with
or without the GIL) and in Pyodide; two threads may both work out the same answer, and both keep
it. ``memoised`` functions keep theirs in a ``functools.lru_cache``, which is thread-safe. A memo
that needs more than one step at a time (the glued-word splits) takes a lock. A memo
holds at most ``size`` entries and is emptied when full: the answers are pure functions of their
keys, so a memo only ever saves time, never changes a finding.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from functools import _lru_cache_wrapper

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Registered(Protocol):
    """What the registry needs of a memo."""

    name: str
    keyed_by_text: bool

    def clear(self) -> None: ...

    def __len__(self) -> int: ...


REGISTRY: list[Registered] = []


def register(memo: Registered) -> None:
    if any(m.name == memo.name for m in REGISTRY):
        raise ValueError(f"a memo named {memo.name!r} is registered already")
    REGISTRY.append(memo)


def clear_memos() -> None:
    """Empty every memo of the core."""
    for memo in REGISTRY:
        memo.clear()


def clear_text_memos() -> None:
    """Empty the memos keyed by a draft's text or a sentence of it."""
    for memo in REGISTRY:
        if memo.keyed_by_text:
            memo.clear()


_MISSING = object()


class Memo(Generic[K, V]):
    """A bounded map from keys to answers, registered on creation."""

    def __init__(self, name: str, size: int, *, keyed_by_text: bool) -> None:
        self.name = name
        self.size = size
        self.keyed_by_text = keyed_by_text
        self._answers: dict[K, V] = {}
        register(self)

    def lookup(self, key: K, compute: Callable[[K], V]) -> V:
        """The answer kept for ``key``, or ``compute(key)``'s, kept from now on."""
        answer = self._answers.get(key, _MISSING)
        if answer is _MISSING:
            answer = compute(key)
            if len(self._answers) >= self.size:
                self._answers.clear()
            self._answers[key] = answer
        return answer  # type: ignore[return-value]

    def clear(self) -> None:
        self._answers.clear()

    def __len__(self) -> int:
        return len(self._answers)


class _LruMemo:
    """A registered view of a ``functools.lru_cache``: what ``memoised`` keeps its answers in
    (a hit is a look-up in C, and the cache is thread-safe and bounded, least recently used
    first out)."""

    def __init__(
        self, name: str, cached: _lru_cache_wrapper[object], *, keyed_by_text: bool
    ) -> None:
        self.name = name
        self.keyed_by_text = keyed_by_text
        self.cached = cached
        register(self)

    def clear(self) -> None:
        self.cached.cache_clear()

    def __len__(self) -> int:
        return self.cached.cache_info().currsize


def memoised(
    name: str, size: int, *, keyed_by_text: bool
) -> Callable[[Callable[[K], V]], Callable[[K], V]]:
    """Decorate a pure function of one hashable argument with a bounded memo, registered here."""

    def decorate(function: Callable[[K], V]) -> Callable[[K], V]:
        cached = lru_cache(maxsize=size)(function)
        cached.memo = _LruMemo(name, cached, keyed_by_text=keyed_by_text)  # type: ignore[attr-defined]
        return cached

    return decorate
