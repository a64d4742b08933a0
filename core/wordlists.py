"""The one way the core writes a list of words: one spaced string, so a list reads as data and a
new word is one more word in it."""

from __future__ import annotations


def word_list(words: str) -> tuple[str, ...]:
    """The words of a list written as one spaced string, in order."""
    return tuple(words.split())


def word_set(words: str) -> frozenset[str]:
    """``word_list`` as a set, for lists that are only ever looked in."""
    return frozenset(words.split())
