"""The one way the core writes a list of words: one spaced string, so a list reads as data and a
new word is one more word in it."""

from __future__ import annotations

from sys import intern

# The words are interned: the same word in many lists ("her", "care", "room") is then one string,
# not one for each list (the lists of the core held a thousand words twice or more).


def word_list(words: str) -> tuple[str, ...]:
    """The words of a list written as one spaced string, in order."""
    return tuple(map(intern, words.split()))


def word_set(words: str) -> frozenset[str]:
    """``word_list`` as a set, for lists that are only ever looked in."""
    return frozenset(map(intern, words.split()))
