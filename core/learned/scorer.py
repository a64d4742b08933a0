"""The learned scorer: which sentences of a draft read as offensive, unprofessional or unkind to
peers, by weights learned from labelled drafts (``bench.train_scorer``).

Each pack has a head: a logistic regression over a sentence's features (``features``) whose
score, in the weights' integer units, is compared with the pack's threshold. A sentence over it
is given to one of the pack's rules by a second set of weights, one per rule, that read the same
features: the highest wins. The findings are that rule's, with its message, why and suggestion;
``learned(rule_id)`` is the matcher each rule adds beside its own.

The weights are integers (quantised at training) and the sums are integer sums, so a draft scores
the same on every machine, in CPython and in Pyodide. A word's own features (itself and its
letters) are summed once and kept (``_WORD_SCORES``), as words come back keystroke after keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..draft import Draft
from ..matchers.custom import Custom
from ..matchers.sentences import _TOKEN, Sentence, _Text, sentence_span
from ..memo import Memo
from ..model import Context, Matcher, Span
from . import weights
from .features import context_features, is_shouted, sentence_features, word_features

PACKS: tuple[str, ...] = weights.PACKS
_ZERO = (0,) * len(PACKS)


def _word_score(token: str) -> tuple[int, ...]:
    total = list(_ZERO)
    for feature in word_features(token):
        found = weights.DETECT.get(feature)
        if found is not None:
            total = [a + b for a, b in zip(total, found, strict=True)]
    return tuple(total)


_WORD_SCORES: Memo[str, tuple[int, ...]] = Memo("learned.word_scores", 8192, keyed_by_text=False)


@dataclass(frozen=True)
class Scored:
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
    """Each pack's score of a sentence: the bias and the weights of its features, summed."""
    tokens = tuple(tokens)
    lookup = _WORD_SCORES.lookup
    total = list(weights.BIAS)
    for token in tokens:
        total = [a + b for a, b in zip(total, lookup(token, _word_score), strict=True)]
    detect = weights.DETECT
    for feature in context_features(tokens, question, caps):
        found = detect.get(feature)
        if found is not None:
            total = [a + b for a, b in zip(total, found, strict=True)]
    return tuple(total)


def explain(tokens: Iterable[str], question: bool, caps: bool) -> list[tuple[str, int]]:
    """The features of a sentence that carry weight, with each pack's weight (for tests and for
    people asking why a sentence was found), heaviest first by their largest weight."""
    found = [
        (f, max(weights.DETECT[f], key=abs))
        for f in sentence_features(tuple(tokens), question, caps)
        if f in weights.DETECT
    ]
    return sorted(found, key=lambda fw: -abs(fw[1]))


def read(draft: Draft) -> list[Scored]:
    """Every sentence of the draft that holds a word, scored (once per draft)."""
    return draft.analysis(_read)


def _read(draft: Draft) -> list[Scored]:
    text = draft.analysis(_Text)
    folded, shape = text.folded, draft.shape
    found = []
    for lo, hi in text.bounds:
        tokens = tuple(_TOKEN.findall(folded, lo, hi))
        if not tokens:
            continue
        question = folded[lo:hi].rstrip().endswith("?")
        caps = is_shouted(shape[lo:hi])
        found.append(Scored(lo, hi, tokens, question, caps, score_tokens(tokens, question, caps)))
    return found


def rule_of(pack: str, features: Iterable[str]) -> str:
    """The rule of ``pack`` whose weights score the features highest (the first on a tie)."""
    rules = weights.RULES[pack]
    table = weights.KIND[pack]
    total = list(weights.KIND_BIAS[pack])
    for feature in features:
        found = table.get(feature)
        if found is not None:
            total = [a + b for a, b in zip(total, found, strict=True)]
    return rules[max(range(len(rules)), key=total.__getitem__)]


def _found(draft: Draft) -> dict[str, list[Span]]:
    """The sentences over each pack's threshold, as spans, by the rule each is given to."""
    by_rule: dict[str, list[Span]] = {}
    for sentence in read(draft):
        for pack, score, threshold in zip(PACKS, sentence.scores, weights.THRESHOLD, strict=True):
            if score >= threshold:
                rule = rule_of(pack, sentence.features())
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
