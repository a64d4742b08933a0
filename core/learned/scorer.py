"""The learned scorer: which sentences of a draft read as offensive, unprofessional or unkind to
peers, by weights learned from labelled drafts (``bench.train_scorer``).

Each pack has a head: a logistic regression over a sentence's features (``features``) whose
score, in the weights' integer units, is compared with the pack's threshold. A sentence over it
is given to one of the pack's rules by a second set of weights, one per rule, that read the same
features: the highest wins. The findings are that rule's, with its message, why and suggestion;
``learned(rule_id)`` is the matcher each rule adds beside its own.

The weights are integers (quantised at training) and the sums are integer sums, so a draft scores
the same on every machine, in CPython and in Pyodide. A word's own features (itself and its
letters) are summed once and kept (``word_score``), as words come back keystroke after keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from ..draft import Draft
from ..matchers.custom import Custom
from ..matchers.sentences import _TOKEN, NEGATORS, Sentence, _Text, sentence_span
from ..memo import memoised
from ..model import Context, Matcher, Span
from . import weights
from .features import (
    LONGEST,
    NEGATION_REACH,
    SECOND_PERSON,
    context_features,
    is_shouted,
    sentence_features,
    word_features,
)

PACKS: tuple[str, ...] = weights.PACKS
if len(PACKS) != 3:  # the sums below are written out for three heads, for speed
    raise ImportError(f"core.learned.weights has {len(PACKS)} heads, the scorer reads 3")

_Weights = tuple[int, int, int]


def _tables() -> tuple[dict[str, dict[str, _Weights]], dict[str, _Weights]]:
    """The weights of pairs of words, by first word then second (no pair's name is built to look
    one up), and of negated words, by word: read off ``weights.DETECT``."""
    pairs: dict[str, dict[str, _Weights]] = {}
    negated: dict[str, _Weights] = {}
    for feature, found in weights.DETECT.items():
        a, b, c = found
        if feature.startswith("b:"):
            first, second = feature[2:].split(" ", 1)
            pairs.setdefault(first, {})[second] = (a, b, c)
        elif feature.startswith("n:"):
            negated[feature[2:]] = (a, b, c)
    return pairs, negated


_PAIRS, _NEGATED = _tables()
_NONE: _Weights = (0, 0, 0)
_QUESTION = weights.DETECT.get("?q", _NONE)
_YOU = weights.DETECT.get("?you", _NONE)
_CAPS = weights.DETECT.get("?caps", _NONE)


@memoised("learned.word_scores", 8192, keyed_by_text=False)
def word_score(token: str) -> _Weights:
    """The weights of a word's own features (itself and its letters), summed for each head."""
    s0 = s1 = s2 = 0
    for feature in word_features(token):
        found = weights.DETECT.get(feature)
        if found is not None:
            a, b, c = found
            s0, s1, s2 = s0 + a, s1 + b, s2 + c
    return (s0, s1, s2)


class Scored(NamedTuple):
    """A sentence of a draft, where it runs in the folded text, and its score for each pack."""

    start: int
    end: int
    tokens: tuple[str, ...]
    question: bool
    caps: bool
    scores: tuple[int, ...]

    def features(self) -> list[str]:
        return sentence_features(self.tokens, self.question, self.caps)


def score_tokens(tokens: Iterable[str], question: bool, caps: bool) -> tuple[int, ...]:
    """Each pack's score of a sentence: the bias and the weights of its features
    (``sentence_features``), summed. Written out for speed (measured against the alternatives):
    a word's own features come summed (``word_score``), a pair is looked up by its words."""
    tokens = tuple(tokens)
    s0, s1, s2 = weights.BIAS
    for token in dict.fromkeys(tokens):
        a, b, c = word_score(token)
        s0, s1, s2 = s0 + a, s1 + b, s2 + c
    pairs, negated, negators = _PAIRS, _NEGATED, NEGATORS
    counted: set[tuple[str, str]] = set()  # a pair counts once, however often it comes
    previous, following = "^", pairs.get("^")
    since_negator = NEGATION_REACH + 1
    for token in tokens:
        if following is not None:
            found = following.get(token)
            if found is not None and (previous, token) not in counted:
                counted.add((previous, token))
                a, b, c = found
                s0, s1, s2 = s0 + a, s1 + b, s2 + c
        if since_negator <= NEGATION_REACH:
            found = negated.get(token)
            if found is not None and ("", token) not in counted:
                counted.add(("", token))
                a, b, c = found
                s0, s1, s2 = s0 + a, s1 + b, s2 + c
        since_negator = 1 if token in negators else since_negator + 1
        previous, following = token, pairs.get(token)
    if question:
        a, b, c = _QUESTION
        s0, s1, s2 = s0 + a, s1 + b, s2 + c
    if not SECOND_PERSON.isdisjoint(tokens):
        a, b, c = _YOU
        s0, s1, s2 = s0 + a, s1 + b, s2 + c
    if caps:
        a, b, c = _CAPS
        s0, s1, s2 = s0 + a, s1 + b, s2 + c
    return (s0, s1, s2)


def explain(tokens: Iterable[str], question: bool, caps: bool) -> list[tuple[str, int]]:
    """The features of a sentence that carry weight, with each pack's weight (for tests and for
    people asking why a sentence was found), heaviest first by their largest weight."""
    found = [
        (f, max(weights.DETECT[f], key=abs))
        for f in sentence_features(tuple(tokens), question, caps)
        if f in weights.DETECT
    ]
    return sorted(found, key=lambda fw: -abs(fw[1]))


Piece = tuple[int, int, tuple[str, ...], bool, bool]


def pieces(draft: Draft) -> Iterator[Piece]:
    """What the scorer reads a draft as: each sentence holding a word, as where it runs in the
    folded text, its words, whether it asks and whether it is in capitals. A sentence of more
    than ``LONGEST`` words is read as pieces of that many words (the last one asks if the
    sentence does): a sum of weights grows with its words, so a long run without a full stop
    would otherwise end up over a threshold on length alone. Training reads drafts the same way
    (``bench.train_scorer``)."""
    text = draft.analysis(_Text)
    folded, shape = text.folded, draft.shape
    for lo, hi in text.bounds:
        tokens = tuple(_TOKEN.findall(folded, lo, hi))
        if not tokens:
            continue
        question = folded[lo:hi].rstrip().endswith("?")
        if len(tokens) <= LONGEST:
            yield lo, hi, tokens, question, is_shouted(shape[lo:hi])
            continue
        found = list(_TOKEN.finditer(folded, lo, hi))
        for at in range(0, len(found), LONGEST):
            piece = found[at : at + LONGEST]
            start, end = piece[0].start(), piece[-1].end()
            last = at + LONGEST >= len(found)
            words = tuple(m.group() for m in piece)
            yield start, end, words, question and last, is_shouted(shape[start:end])


def read(draft: Draft) -> list[Scored]:
    """Every sentence (or piece of a long one) of the draft, scored, once per draft."""
    return draft.analysis(_read)


def _read(draft: Draft) -> list[Scored]:
    return [
        Scored(lo, hi, tokens, question, caps, score_tokens(tokens, question, caps))
        for lo, hi, tokens, question, caps in pieces(draft)
    ]


def _add(total: list[int], found: tuple[int, ...] | None) -> None:
    if found is not None:
        for at, weight in enumerate(found):
            total[at] += weight


@memoised("learned.word_rules", 4096, keyed_by_text=False)
def _word_rules(key: tuple[str, str]) -> tuple[int, ...]:
    """The rule weights of pack ``key[0]`` for the word ``key[1]``'s own features, summed."""
    pack, token = key
    table = weights.KIND[pack]
    total = [0] * len(weights.RULES[pack])
    for feature in word_features(token):
        _add(total, table.get(feature))
    return tuple(total)


def rule_scores(pack: str, sentence: Scored) -> list[int]:
    """Each rule of ``pack``'s score of a sentence: the sum of its weights for the sentence's
    features (``sentence_features``), a word's own features summed once (``_word_rules``)."""
    table = weights.KIND[pack]
    total = list(weights.KIND_BIAS[pack])
    for token in dict.fromkeys(sentence.tokens):
        _add(total, _word_rules((pack, token)))
    for feature in dict.fromkeys(
        context_features(sentence.tokens, sentence.question, sentence.caps)
    ):
        _add(total, table.get(feature))
    return total


def rule_of(pack: str, sentence: Scored) -> str:
    """The rule of ``pack`` whose weights score the sentence highest (the first on a tie)."""
    total = rule_scores(pack, sentence)
    return weights.RULES[pack][total.index(max(total))]


def _found(draft: Draft) -> dict[str, list[Span]]:
    """The sentences over each pack's threshold, as spans, by the rule each is given to."""
    by_rule: dict[str, list[Span]] = {}
    for sentence in read(draft):
        for pack, score, threshold in zip(PACKS, sentence.scores, weights.THRESHOLD, strict=True):
            if score >= threshold:
                rule = rule_of(pack, sentence)
                span = sentence_span(draft, Sentence(sentence.start, sentence.end, [], []))
                by_rule.setdefault(rule, []).append(span)
    return by_rule


def _find(rule: str, draft: Draft, context: Context) -> Iterator[Span]:
    if _switched_off:
        return
    yield from draft.analysis(_found).get(rule, ())


_MATCHERS: dict[str, Matcher] = {}


def learned(rule: str) -> Matcher:
    """The learned scorer's sentences given to ``rule``: a matcher to add beside the rule's own
    (``core.matchers.sentences.Either`` reports each sentence once)."""
    pack = rule.split(".", 1)[0]
    if rule not in weights.RULES.get(pack, ()):
        raise ValueError(f"the learned scorer has no weights for {rule}")
    matcher = _MATCHERS.get(rule)
    if matcher is None:
        matcher = _MATCHERS[rule] = Custom(lambda draft, context: _find(rule, draft, context))
    return matcher


_switched_off = False


@contextmanager
def rules_alone() -> Iterator[None]:
    """Within it, the scorer finds nothing: for benchmarks that compare the rules alone with the
    rules and the scorer (``bench.accuracy_fresh --rules-alone``, ``bench.train_scorer``)."""
    global _switched_off
    was, _switched_off = _switched_off, True
    try:
        yield
    finally:
        _switched_off = was
