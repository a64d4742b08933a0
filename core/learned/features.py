"""What the learned scorer reads of a sentence: its features, named as strings.

The same function names the features when the scorer is trained (``bench.train_scorer``) and
when it scores a draft (``core.learned.scorer``), so the two cannot drift apart. A feature is:

- ``w:<word>``: a word, lower-cased, with a straight apostrophe (the conduct packs' tokens);
- ``b:<word> <word>``: two words in a row; the first word of a sentence follows ``^``;
- ``c:<four letters>``: four characters in a row of a word of four or more, with ``<`` and ``>``
  at its ends, so that "carerz" and "carer" share most of theirs (typing slips, dialect);
- ``n:<word>``: a word within three words after a negating word ("never", "don't");
- ``?q``, ``?you``, ``?caps``: the sentence asks, speaks to "you", or is mostly capitals.

A word written twice in a sentence counts once, and so does a pair or a negated word.

Words and their letters are looked up by name in the shipped table: no hash is computed, so a
feature means the same on every machine and in every process.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..matchers.sentences import NEGATORS
from ..wordlists import word_set

SECOND_PERSON = word_set("you your you're youre yours yourself yourselves u ur ya yall y'all")
NEGATION_REACH = 3
LONGEST = 40  # words read as one sentence at most (``core.learned.scorer.pieces``)
GRAM = 4


def word_features(token: str) -> Iterator[str]:
    """The features of one word on its own: itself and its letters four at a time."""
    yield "w:" + token
    word = token.lstrip("£$")
    if len(word) >= GRAM:
        padded = "<" + word + ">"
        for at in range(len(padded) - GRAM + 1):
            yield "c:" + padded[at : at + GRAM]


def context_features(tokens: Sequence[str], question: bool, caps: bool) -> Iterator[str]:
    """The features of a sentence that depend on more than one word: pairs of words, negated
    words, and the sentence's shape."""
    previous = "^"
    since_negator = NEGATION_REACH + 1
    for token in tokens:
        yield "b:" + previous + " " + token
        if since_negator <= NEGATION_REACH:
            yield "n:" + token
        since_negator = 1 if token in NEGATORS else since_negator + 1
        previous = token
    if question:
        yield "?q"
    if not SECOND_PERSON.isdisjoint(tokens):
        yield "?you"
    if caps:
        yield "?caps"


def sentence_features(tokens: Sequence[str], question: bool, caps: bool) -> list[str]:
    """The features of a sentence: those of each of its words (a word written twice counts once;
    two words may share letters), and its pairs, negated words and shape, each once. A score
    counts what a sentence holds, not how often: "a a a a" is not more of anything than "a"."""
    found = [f for token in dict.fromkeys(tokens) for f in word_features(token)]
    found.extend(dict.fromkeys(context_features(tokens, question, caps)))
    return found


def is_shouted(shape: bytes) -> bool:
    """Whether most of a sentence's ASCII letters (six or more) are capitals, read from its
    shape (``core.draft.Draft.shape``: "A" for a capital, "a" for a small letter)."""
    upper, lower = shape.count(b"A"), shape.count(b"a")
    return upper + lower >= 6 and upper * 5 >= (upper + lower) * 3
