"""What the learned scorer reads of a sentence: its features, named as strings.

The same function names the features when the scorer is trained (``bench.train_scorer``) and
when it scores a draft (``core.learned.scorer``), so the two cannot drift apart. A feature is:

- ``w:<word>``: a word, lower-cased, with a straight apostrophe (the conduct packs' tokens);
- ``s:<stem>``: the word without a common ending (``stem``), where it has one, so that
  "threatens", "threatened" and "threatening" share a weight;
- ``k:<category>``: the word (or its stem) is in one of the hand-made categories of
  ``core.learned.lexicon`` (insults, animals used as insults, threats, the workplace, money,
  medicines...), so that a word training never saw still counts for its kind;
- ``b:<word> <word>``: two words in a row; the first word of a sentence follows ``^``;
- ``n:<word>``: a word within three words after a negating word ("never", "don't");
- ``?q``, ``?you``, ``?caps``: the sentence asks, speaks to "you", or is mostly capitals.

A word written twice in a sentence counts once, and so does a pair or a negated word.

Features of a word's letters (four at a time) were tried and dropped: on the cross-validated
tuning drafts they did worse than stems and categories, and cost a third of the weights.

Words and their features are looked up by name in the shipped table: no hash is computed, so a
feature means the same on every machine and in every process.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..matchers.sentences import NEGATORS
from ..wordlists import word_set
from .lexicon import CATEGORIES

SECOND_PERSON = word_set("you your you're youre yours yourself yourselves u ur ya yall y'all")
NEGATION_REACH = 3
LONGEST = 40  # words read as one sentence at most (``core.learned.scorer.pieces``)
SHORT = 3  # a sentence of this many words or fewer is read with the one before it (the same)


_ENDINGS = ("'s", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s")


def stem(word: str) -> str:
    """``word`` without one common ending, if a stem of three letters or more is left: a light
    stemmer, so that "threatens", "threatened" and "threatening" share a feature."""
    if "'" in word and not word.endswith("'s"):
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            if ending in ("ied", "ies"):
                return base + "y"
            if ending == "s" and (base.endswith("s") or base.endswith("u") or base.endswith("i")):
                return word
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "stopped" -> "stop"
            return base
    return word


_CATEGORY_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in CATEGORIES.items():
    for _word in _words:
        _CATEGORY_OF[_word] = (*_CATEGORY_OF.get(_word, ()), _name)


def word_features(token: str) -> Iterator[str]:
    """The features of one word on its own: itself, its stem and its categories."""
    yield "w:" + token
    word = token.lstrip("£$")
    base = stem(word)
    if base != word:
        yield "s:" + base
    for name in _CATEGORY_OF.get(word, _CATEGORY_OF.get(base, ())):
        yield "k:" + name


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
    two words may share a stem or a category), and its pairs, negated words and shape, each
    once. A score counts what a sentence holds, not how often: "a a a a" is not more of anything
    than "a"."""
    found = [f for token in dict.fromkeys(tokens) for f in word_features(token)]
    found.extend(dict.fromkeys(context_features(tokens, question, caps)))
    return found


def is_shouted(shape: bytes, start: int = 0, end: int | None = None) -> bool:
    """Whether most of a sentence's ASCII letters (six or more) are capitals, read from its
    shape (``core.draft.Draft.shape``: "A" for a capital, "a" for a small letter), or from
    ``start`` to ``end`` of a draft's shape (no copy of the sentence's)."""
    upper, lower = shape.count(b"A", start, end), shape.count(b"a", start, end)
    return upper + lower >= 6 and upper * 5 >= (upper + lower) * 3
