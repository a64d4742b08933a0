"""The learned scorer: which sentences of a draft read as offensive, unprofessional or unkind to
peers, by weights learned from labelled drafts (``bench.train_scorer``).

Each pack has a head: a logistic regression over a sentence's features (``features``) whose
score, in the weights' integer units, is compared with the pack's threshold. A sentence over it
is given to one of the pack's rules by a second set of weights, one per rule, that read the same
features: the highest wins. The findings are that rule's, with its message, why and suggestion;
``learned(rule_id)`` is the matcher each rule adds beside its own.

The weights are integers (quantised at training) and the sums are integer sums, so a draft scores
the same on every machine, in CPython and in Pyodide. For speed, the weights of one feature for
all the heads are packed into one Python integer (``pack``: each head's weight in its own 32
bits, signed), so that a sentence's scores for every head are one sum of integers, made by
built-in functions; and a word's own features (itself, its stem, its categories, its letters)
are summed once and kept (``word_score``), as words come back keystroke after keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from typing import NamedTuple

from ..draft import Draft
from ..matchers.custom import Custom
from ..matchers.sentences import NEGATORS, WORD, Sentence, sentence_bounds, sentence_span
from ..memo import memoised
from ..model import Context, Matcher, Span
from . import weights
from .features import (
    LONGEST,
    NEGATION_REACH,
    SECOND_PERSON,
    is_shouted,
    sentence_features,
    word_features,
)

PACKS: tuple[str, ...] = weights.PACKS
LOW_VALUE = "peer_support.low_value_reply"

_BITS = 32  # a head's sum stays far inside 31 bits: 40 words of a dozen features of 127 at most
_HALF = 1 << (_BITS - 1)
_MASK = (1 << _BITS) - 1


def pack(values: Iterable[int]) -> int:
    """Several heads' integer weights as one integer, each in its own 32 bits (signed): the sum
    of packed weights is the packed sums."""
    return sum(value << (_BITS * n) for n, value in enumerate(values))


def unpack(total: int, count: int) -> tuple[int, ...]:
    """The ``count`` sums packed in ``total`` (``pack``)."""
    out = []
    for _ in range(count):
        low = ((total + _HALF) & _MASK) - _HALF
        out.append(low)
        total = (total - low) >> _BITS
    return tuple(out)


class _Table(NamedTuple):
    """One set of heads' weights, packed: by feature name, and the pairs of words by the two
    words, the negated words by word, so that no feature's name is built to look one up."""

    heads: int
    bias: int
    features: dict[str, int]
    pairs: dict[tuple[str, str], int]
    following: dict[str, dict[str, int]]  # the same pairs, by first word then second
    negated: dict[str, int]
    question: int
    you: int
    caps: int


def _table(found: dict[str, tuple[int, ...]], bias: Sequence[int]) -> _Table:
    features = {f: pack(ws) for f, ws in found.items()}
    pairs: dict[tuple[str, str], int] = {}
    negated: dict[str, int] = {}
    for feature, packed in features.items():
        if feature.startswith("b:"):
            first, second = feature[2:].split(" ", 1)
            pairs[(first, second)] = packed
        elif feature.startswith("n:"):
            negated[feature[2:]] = packed
    following: dict[str, dict[str, int]] = {}
    for (first, second), packed in pairs.items():
        following.setdefault(first, {})[second] = packed
    get = features.get
    return _Table(
        len(bias),
        pack(bias),
        features,
        pairs,
        following,
        negated,
        get("?q", 0),
        get("?you", 0),
        get("?caps", 0),
    )


_DETECT = _table(weights.DETECT, weights.BIAS)


@memoised("learned.rule_tables", 8, keyed_by_text=False)
def _rule_table(pack_id: str) -> _Table:
    """A pack's rule weights as a table, made the first time one of its sentences is flagged
    (about 8 ms a pack on CPython: most checks never need one)."""
    return _table(weights.KIND[pack_id], weights.KIND_BIAS[pack_id])


def _word_sum(table: _Table, token: str) -> int:
    get = table.features.get
    return sum(map(get, word_features(token), repeat(0)))


@memoised("learned.word_scores", 8192, keyed_by_text=False)
def word_score(token: str) -> int:
    """The packed weights of a word's own features (itself, its stem and categories, its
    letters), summed for every head."""
    return _word_sum(_DETECT, token)


@memoised("learned.word_rules", 4096, keyed_by_text=False)
def _word_rules(key: tuple[str, str]) -> int:
    """The packed rule weights of pack ``key[0]`` for the word ``key[1]``'s own features."""
    return _word_sum(_rule_table(key[0]), key[1])


_NO_PAIRS: dict[str, int] = {}


def _context_sum(
    table: _Table, tokens: tuple[str, ...], distinct: bool, question: bool, caps: bool
) -> int:
    """The packed weights of a sentence's pairs, negated words and shape (``context_features``:
    each counted once). ``distinct``: no word comes twice, so no pair can either, and each pair
    is looked up by its words, without making it."""
    if distinct:
        total = sum(
            map(
                dict.get,
                map(table.following.get, ("^", *tokens[:-1]), repeat(_NO_PAIRS)),
                tokens,
                repeat(0),
            )
        )
    else:
        pairs = set(zip(("^", *tokens), tokens, strict=False))
        total = sum(map(table.pairs.get, pairs, repeat(0)))
    if not NEGATORS.isdisjoint(tokens):
        negated = set()
        since = NEGATION_REACH + 1
        for token in tokens:
            if since <= NEGATION_REACH:
                negated.add(token)
            since = 1 if token in NEGATORS else since + 1
        total += sum(map(table.negated.get, negated, repeat(0)))
    if question:
        total += table.question
    if not SECOND_PERSON.isdisjoint(tokens):
        total += table.you
    if caps:
        total += table.caps
    return total


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
    (``sentence_features``), summed, packed (``pack``) until the end."""
    tokens = tuple(tokens)
    table = _DETECT
    words = set(tokens)
    total = table.bias + sum(map(word_score, words))
    total += _context_sum(table, tokens, len(words) == len(tokens), question, caps)
    return unpack(total, table.heads)


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
    folded, shape = draft.folded, draft.shape
    for lo, hi in sentence_bounds(draft):
        tokens = tuple(WORD.findall(folded, lo, hi))
        if not tokens:
            continue
        question = folded[lo:hi].rstrip().endswith("?")
        if len(tokens) <= LONGEST:
            yield lo, hi, tokens, question, is_shouted(shape[lo:hi])
            continue
        found = list(WORD.finditer(folded, lo, hi))
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


def rule_scores(pack_id: str, sentence: Scored) -> list[int]:
    """Each rule of ``pack_id``'s score of a sentence: the sum of its weights for the sentence's
    features (``sentence_features``), a word's own features summed once (``_word_rules``)."""
    table = _rule_table(pack_id)
    tokens = sentence.tokens
    words = set(tokens)
    total = table.bias + sum(map(_word_rules, zip(repeat(pack_id), words)))
    total += _context_sum(
        table, tokens, len(words) == len(tokens), sentence.question, sentence.caps
    )
    return list(unpack(total, table.heads))


def rule_of(pack_id: str, sentence: Scored) -> str:
    """The rule of ``pack_id`` whose weights score the sentence highest (the first on a tie)."""
    total = rule_scores(pack_id, sentence)
    return weights.RULES[pack_id][total.index(max(total))]


def _given(draft: Draft) -> list[list[str]]:
    """For each sentence of the draft (``read``), the rule each pack over its threshold gives it
    to."""
    found = []
    for sentence in read(draft):
        rules = []
        for pack_id, score, threshold in zip(
            PACKS, sentence.scores, weights.THRESHOLD, strict=True
        ):
            if score >= threshold:
                rules.append(rule_of(pack_id, sentence))
        found.append(rules)
    return found


def _found(draft: Draft) -> dict[str, list[Span]]:
    """The sentences over each pack's threshold, as spans, by the rule each is given to. A
    low-value reply is a reply that is only that: a sentence given to it counts only when every
    sentence of the draft is ("I can't help, sorry" inside a longer, helpful reply is not one)."""
    given = _given(draft)
    only_low_value = all(LOW_VALUE in rules for rules in given)
    by_rule: dict[str, list[Span]] = {}
    for sentence, rules in zip(read(draft), given, strict=True):
        for rule in rules:
            if rule == LOW_VALUE and not only_low_value:
                continue
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
    pack_id = rule.split(".", 1)[0]
    if rule not in weights.RULES.get(pack_id, ()):
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
