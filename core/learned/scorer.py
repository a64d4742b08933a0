"""The learned scorer: which sentences of a draft read as offensive, unprofessional or unkind to
peers, by weights learned from labelled drafts (``bench.train_scorer``).

Each pack has a head: a logistic regression over a sentence's features (``features``) whose
score, in the weights' integer units, is compared with the pack's threshold. A sentence over it
is given to one of the pack's rules by a second set of weights, one per rule, that read the same
features: the highest wins. The findings are that rule's, with its message, why and suggestion;
``learned(rule_id)`` is the matcher each rule adds beside its own.

The weights are integers (quantised at training) and the sums are integer sums, so a draft scores
the same on every machine, in CPython and in Pyodide. They are shipped as one string a table
(``Table``: a line a feature, sorted), searched by bisection, so the heap holds no dictionary of
every feature (about 7 MiB did when they were). For speed, the weights of one feature for all
the heads are packed into one Python integer (``pack``: each head's weight in its own 32 bits,
signed), so that a sentence's scores for every head are one sum of integers, made by built-in
functions; and what a table holds for a word (its own features summed and its weight after a
negator, and the pairs it begins that were met: ``Word``) is read once and kept (``_word``), as
words come back keystroke after keystroke.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import accumulate, compress, count, repeat
from operator import ge, itemgetter
from struct import Struct
from typing import NamedTuple, cast

from ..draft import Draft
from ..matchers.custom import Custom
from ..matchers.sentences import NEGATORS, WORD, Sentence, sentence_bounds, sentence_span
from ..memo import memoised
from ..model import Context, Matcher, Reminder, Span
from . import weights
from .features import (
    LONGEST,
    NEGATION_REACH,
    SECOND_PERSON,
    SHORT,
    is_shouted,
    sentence_features,
    word_features,
)

PACKS: tuple[str, ...] = weights.PACKS
LOW_VALUE = "peer_support.low_value_reply"

_BITS = 32  # a head's sum stays far inside 31 bits: 40 words of a dozen features of 127 at most
_HALF = 1 << (_BITS - 1)


def pack(values: Iterable[int]) -> int:
    """Several heads' integer weights as one integer, each in its own 32 bits (signed): the sum
    of packed weights is the packed sums."""
    return sum(value << (_BITS * n) for n, value in enumerate(values))


def unpack(total: int, count: int) -> tuple[int, ...]:
    """The ``count`` sums packed in ``total`` (``pack``).

    Adding ``2 ** 31`` to each head's sum (``_layout``) makes every 32 bits a number of their own,
    0 to 2 ** 32 - 1, with no borrow from the next; flipping each head's top bit back leaves each
    head's sum in two's complement, which one ``struct`` read turns into the signed sums: three
    operations on the whole integer, not three for each head."""
    offset, layout = _LAYOUTS[count] if count < len(_LAYOUTS) else _layout(count)
    return layout.unpack(((total + offset) ^ offset).to_bytes(layout.size, "little"))


def _layout(count: int) -> tuple[int, Struct]:
    """What ``unpack`` adds to ``count`` packed sums, and their layout: signed 32-bit integers."""
    return pack([_HALF] * count), Struct(f"<{count}i")


_LAYOUTS = tuple(map(_layout, range(16)))  # for as many heads as a table has (3 to 7)


LARGEST = 127  # a weight's largest size, either way (quantised at training)
_NEWLINE = ord("\n")


def weight_chars(values: Iterable[int]) -> str:
    """Weights of -LARGEST to LARGEST as a table writes them (``Table``): one character each,
    the weight plus LARGEST as a character code, and one more from the line break's code on, so
    that no weight is a line break (255 weights and it: the codes 0 to 255, one byte each in a
    Python string)."""
    codes = []
    for value in values:
        if not -LARGEST <= value <= LARGEST:
            raise ValueError(f"a weight out of range: {value}")
        code = value + LARGEST
        codes.append(code + 1 if code >= _NEWLINE else code)
    return "".join(map(chr, codes))


def _weight_values(chars: str) -> Iterator[int]:
    """The weights ``weight_chars`` wrote as ``chars``."""
    for char in chars:
        code = ord(char)
        yield (code - 1 if code > _NEWLINE else code) - LARGEST


# A table's lines come in blocks of this many: the first line of a block holds its feature whole,
# each other line only what its feature adds to the line's before it (``table_text``).
BLOCK = 16
_BLOCK_START = "\x00"  # the first character of a block's first line, and of no other line


def _shared_char(shared: int) -> str:
    """How many characters a feature shares with the one before it, as the first character of its
    line: one more than that, and one more again from the line break's code on, so that it is
    never the mark of a block's start nor a line break."""
    code = shared + 1
    code = code + 1 if code >= _NEWLINE else code
    if code > 255:
        raise ValueError(f"a feature shares too long a start with the one before it: {shared}")
    return chr(code)


def _shared(char: str) -> int:
    """The number ``_shared_char`` wrote as ``char``."""
    code = ord(char)
    return (code - 1 if code > _NEWLINE else code) - 1


def table_text(weights: Mapping[str, Sequence[int]]) -> str:
    """A table of weights as ``Table`` reads it: a line a feature, sorted, in blocks of ``BLOCK``
    lines; a block's first line is the block's mark, its feature and its weights (a character
    each, ``weight_chars``), each other line the number of characters its feature shares with
    the feature before it (``_shared_char``), the rest of the feature and its weights; each line
    ends in a line break. A feature must be printable and not empty."""
    out = []
    before = ""
    for n, (feature, values) in enumerate(sorted(weights.items())):
        if not feature or not feature.isprintable():
            raise ValueError(f"a feature must be printable and not empty: {feature!r}")
        if n % BLOCK == 0:
            head = _BLOCK_START + feature
        else:
            shared = next(
                (n for n, (a, b) in enumerate(zip(before, feature, strict=False)) if a != b),
                min(len(before), len(feature)),
            )
            head = _shared_char(shared) + feature[shared:]
        out.append(head + weight_chars(values) + "\n")
        before = feature
    return "".join(out)


class Table:
    """One set of heads' weights as shipped (``weights``): one line per feature, sorted, in blocks
    of ``BLOCK`` lines, each line's feature written as what it adds to the one before it in its
    block (``table_text``), then its weight for each head, one character each
    (``weight_chars``), then a line break. Nothing is made of it at import: a feature's block is
    found by bisection over the string's characters (the block around a middle character, found
    by the mark that starts it), then read line by line, and what a word or a pair of words
    weighs is read once and kept (``_word``, ``Word``), so the heap holds one string per table
    and the words in use: neither a dictionary of every feature nor an index of where each line
    starts. Written whole, the features took 1.2 MB of the engine's heap; sharing their starts
    within a block takes about a third off."""

    def __init__(self, lines: str, bias: Sequence[int]) -> None:
        self.lines = lines
        self.heads = len(bias)
        self.bias = pack(bias)

    def _end(self, start: int) -> int:
        """Where the line that starts at ``start`` ends: its line break (the string's length for
        a last line without one). The line's first character may be a line break's code
        (``_shared_char`` of 9): the search starts after it."""
        end = self.lines.find("\n", start + 1)
        return len(self.lines) if end < 0 else end

    def _after(self, feature: str) -> int:
        """Where the first block whose first feature comes after ``feature`` starts (the string's
        length if there is none). ``low`` and ``high`` are always where blocks start: the blocks
        before ``low`` start with features not after it, those from ``high`` on after it."""
        lines, heads = self.lines, self.heads
        low, high = 0, len(lines)
        while low < high:
            start = lines.rfind("\n" + _BLOCK_START, low, (low + high) // 2) + 1 or low
            end = self._end(start)
            if lines[start + 1 : end - heads] <= feature:
                low = lines.find("\n" + _BLOCK_START, end) + 1 or len(lines)
            else:
                high = start
        return low

    def _weights(self, end: int) -> int:
        return pack(_weight_values(self.lines[end - self.heads : end]))

    def get(self, feature: str) -> int:
        """The packed weights of ``feature`` (``pack``), 0 if it has none."""
        after = self._after(feature)
        if not after:
            return 0
        lines, heads = self.lines, self.heads
        start = lines.rfind("\n" + _BLOCK_START, 0, after - 1) + 1  # the block before ``after``
        end = self._end(start)
        key = lines[start + 1 : end - heads]
        while key < feature:
            start = end + 1
            if start >= after:
                return 0
            end = self._end(start)
            key = key[: _shared(lines[start])] + lines[start + 1 : end - heads]
        return self._weights(end) if key == feature else 0

    def unpacked(self) -> dict[str, tuple[int, ...]]:
        """Every feature's weights, one per head: for tests and ``explain``."""
        heads = self.heads
        found = {}
        key = ""
        start = 0
        while start < len(self.lines):
            end = self._end(start)
            line = self.lines[start:end]
            shared = 0 if line[0] == _BLOCK_START else _shared(line[0])
            key = key[:shared] + line[1:-heads]
            found[key] = tuple(_weight_values(line[-heads:]))
            start = end + 1
        return found


class Word(NamedTuple):
    """What a table holds for one word: its own features' weights summed (itself, its stem, its
    categories), its weight after a negator, and the pairs it begins that were met, by their
    second word (``following``: 0 for a pair the table lacks), filled as they are met
    (``_pair_sum``). A word's pairs are not read ahead of need: "the" begins 1,549 pairs of the
    detection table, which a dictionary of them all held as some 120 KiB of the engine's heap for
    as long as the word was kept."""

    own: int
    negated: int
    following: dict[str, int]


def _read_word(table: Table, token: str) -> Word:
    return Word(sum(map(table.get, word_features(token))), table.get("n:" + token), {})


_START = "^"  # what the first word of a sentence follows
_FOLLOWING_KEPT = 4096  # the most pairs kept for one word: then its pairs are read again


def _met(table: Table, first: str, word: Word, second: str) -> int:
    """The packed weights of the pair ``first second``, read from ``table`` and kept in
    ``word`` (``first``'s) the first time it is met."""
    found = word.following.get(second)
    if found is None:
        if len(word.following) >= _FOLLOWING_KEPT:
            word.following.clear()
        found = word.following[second] = table.get("b:" + first + " " + second)
    return found


DETECT = Table(weights.DETECT, weights.BIAS)
_SHAPES = (DETECT.get("?q"), DETECT.get("?you"), DETECT.get("?caps"))


@memoised("learned.word_scores", 8192, keyed_by_text=False)
def _word(token: str) -> Word:
    """What the detection heads hold for ``token`` (``Word``), read once and kept, as words come
    back keystroke after keystroke."""
    return _read_word(DETECT, token)


@memoised("learned.rule_tables", 8, keyed_by_text=False)
def _rule_table(pack_id: str) -> tuple[Table, tuple[int, int, int]]:
    """A pack's rule weights and their weights of the sentence's shape: read only once one of its
    sentences is flagged (most checks never need them)."""
    table = Table(weights.KIND[pack_id], weights.KIND_BIAS[pack_id])
    return table, (table.get("?q"), table.get("?you"), table.get("?caps"))


@memoised("learned.word_rules", 4096, keyed_by_text=False)
def _word_rules(key: tuple[str, str]) -> Word:
    """What pack ``key[0]``'s rule weights hold for the word ``key[1]``."""
    return _read_word(_rule_table(key[0])[0], key[1])


_own = itemgetter(0)
_second = itemgetter(1)
_following = itemgetter(2)
_negated = itemgetter(1)
_is_negator = NEGATORS.__contains__
# A pair's packed weights from its first word's ``following``: None for a pair not met yet.
_pair = cast("Callable[[dict[str, int], str], int]", dict.get)


def _sum(
    table: Table,
    shapes: tuple[int, int, int],
    words: Sequence[Word],
    start: Word,
    tokens: tuple[str, ...],
    question: bool,
    caps: bool,
) -> int:
    """The packed sum of a sentence's features (``sentence_features``: each counted once), from
    what ``table`` holds for each of its words (``words``, one per token) and for the sentence's
    start: the words' own features, the pairs of words, the negated words and the shape. A pair
    met before is summed in C; one never met is read (``_met``) and the sum made again."""
    distinct: dict[str, Word] | None = None
    kinds = set(tokens)
    total: int
    if len(kinds) == len(tokens):  # no word comes twice, so no pair can either
        firsts = (start, *words[:-1])
        total = table.bias + sum(map(_own, words))
        try:  # a pair not met yet is None, which no sum takes
            total += sum(map(_pair, map(_following, firsts), tokens))
        except TypeError:
            names = (_START, *tokens)
            total += sum(map(_met, repeat(table), names, firsts, tokens))
    elif len(kinds) == 1:
        # A run of one word ("mr mr mr", a row of "@" read as "a a a" in a long paste): its own
        # features once, and two pairs, the start's and the word after itself.
        token, word = tokens[0], words[0]
        distinct = {token: word}
        total = table.bias + word.own + _met(table, _START, start, token)
        total += _met(table, token, word, token)
    else:
        distinct = dict(zip(tokens, words, strict=True))
        total = table.bias + sum(map(_own, distinct.values()))
        # Each pair once, by its two words, with its first word's ``following``: made and
        # summed in C, as for a sentence whose words are all different.
        names = (_START, *tokens)
        following: Iterator[dict[str, int]] = map(_following, (start, *words[:-1]))
        pairs = dict(zip(zip(names, tokens, strict=False), following, strict=True))
        try:  # a pair not met yet is None, which no sum takes
            total += sum(map(_pair, pairs.values(), map(_second, pairs)))
        except TypeError:
            distinct[_START] = start  # no token is "^": a token is a run of letters and digits
            total += sum(_met(table, a, distinct[a], b) for a, b in pairs)
    if not NEGATORS.isdisjoint(tokens):
        if distinct is None:
            distinct = dict(zip(tokens, words, strict=True))
        # The words within ``NEGATION_REACH`` after a negator, each once: the words after each
        # negator (found in C, by where the tokens are negators), not a step for each word.
        negated: set[str] = set()
        for at in compress(count(1), map(_is_negator, tokens)):
            negated.update(tokens[at : at + NEGATION_REACH])
        total += sum(map(_negated, map(distinct.__getitem__, negated)))
    if question:
        total += shapes[0]
    if not SECOND_PERSON.isdisjoint(tokens):
        total += shapes[1]
    if caps:
        total += shapes[2]
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
    words = list(map(_word, tokens))
    total = _sum(DETECT, _SHAPES, words, _word(_START), tokens, question, caps)
    return unpack(total, DETECT.heads)


def explain(tokens: Iterable[str], question: bool, caps: bool) -> list[tuple[str, int]]:
    """The features of a sentence that carry weight, with each pack's weight (for tests and for
    people asking why a sentence was found), heaviest first by their largest weight."""
    found = []
    for f in sentence_features(tuple(tokens), question, caps):
        if DETECT.get(f):
            ws = unpack(DETECT.get(f), DETECT.heads)
            found.append((f, max(ws, key=abs)))
    return sorted(found, key=lambda fw: -abs(fw[1]))


Piece = tuple[int, int, tuple[str, ...], bool, bool]
# The words of a sentence, kept by a split: gap, word, gap, ... (``pieces``).
_WORDS_KEPT = re.compile("(" + WORD.pattern + ")")
# What a word (``WORD``) may hold besides ASCII letters and digits.
_TOKEN_MARKS = re.compile("['£$]")


# A word spelt out in single letters ("f u c k", "s.c.u.m", "w-o-m-e-n"): three letters or more,
# each alone between spaces, dots, stars, underscores or hyphens, in the folded text.
_SPACED_LETTERS = re.compile(r"(?<![a-z0-9'])(?:[a-z][ \t._*\-]{1,2}){2,}[a-z](?![a-z0-9'])")
_NOT_A_LETTER = re.compile("[^a-z]")


def _spelt_out(match: re.Match[str]) -> str:
    return _NOT_A_LETTER.sub("", match.group())


def pieces(draft: Draft) -> Iterator[Piece]:
    """What the scorer reads a draft as (``_pieces``), with a word spelt out in single letters
    read as the word: "f u c k" is one word, a swear word the rules find, not four letters, which
    the hateful cases spaced out to dodge a filter taught to mean contempt for a group. Training
    reads drafts the same way (``bench.train_scorer``)."""
    folded = draft.folded
    if _SPACED_LETTERS.search(folded) is None:  # nearly every draft: one search in C
        yield from _pieces(draft)
        return
    search, findall, sub = _SPACED_LETTERS.search, WORD.findall, _SPACED_LETTERS.sub
    for start, end, words, asks, caps in _pieces(draft):
        if search(folded, start, end) is not None:
            words = tuple(findall(sub(_spelt_out, folded[start:end])))
        yield start, end, words, asks, caps


def _pieces(draft: Draft) -> Iterator[Piece]:
    """What the scorer reads a draft as: each sentence holding a word, as where it runs in the
    folded text, its words, whether it asks and whether it is in capitals. A sentence of more
    than ``LONGEST`` words is read as pieces of that many words (the last one asks if the
    sentence does): a sum of weights grows with its words, so a long run without a full stop
    would otherwise end up over a threshold on length alone. A sentence of ``SHORT`` words or
    fewer after another is read as part of the piece before it (while that piece stays within
    ``LONGEST`` words; it asks if either does): a closing tag or an aside ("Just saying.",
    "Your call.", "lol") means what the sentence it follows means, and read alone it took the
    weight of the threats and jibes it closes in training, and scored as one after a kind
    sentence. Training reads drafts the same way (``bench.train_scorer``)."""
    folded, shape = draft.folded, draft.shape
    findall, rfind, marked, runs = WORD.findall, folded.rfind, _TOKEN_MARKS.search, None
    # The piece read last, not yet given out: a short sentence after it joins it.
    held: tuple[int, int, list[str], bool] | None = None
    for lo, hi in sentence_bounds(draft):
        if marked(folded, lo, hi) is None:
            # Without an apostrophe, "£" or "$", a sentence's words are its runs of ASCII letters
            # and digits: those of ``Draft.word_runs`` there, split in C, a third of the cost.
            if runs is None:
                runs = draft.word_runs
            tokens = runs[lo:hi].split()
        else:
            tokens = findall(folded, lo, hi)
        if not tokens:
            continue
        # Whether the sentence ends in "?" once its white space is stripped: its last "?" is
        # followed by white space alone (read without copying the sentence).
        mark = rfind("?", lo, hi)
        question = mark >= 0 and (mark + 1 == hi or folded[mark + 1 : hi].isspace())
        if held is not None:
            if len(tokens) <= SHORT and len(held[2]) + len(tokens) <= LONGEST:
                held = (held[0], hi, held[2] + tokens, held[3] or question)
                continue
            start, end, words, asks = held
            yield start, end, tuple(words), asks, is_shouted(shape, start, end)
        if len(tokens) <= LONGEST:
            held = (lo, hi, tokens, question)
            continue
        # Where each word starts and ends, from the sentence split at its words (the split keeps
        # them: gap, word, gap, ...): the lengths of the pieces before a word add up to where it
        # starts, all worked out in C, without a match object for each word.
        bounds = list(accumulate(map(len, _WORDS_KEPT.split(folded[lo:hi])), initial=lo))
        last = len(tokens) - 1
        for at in range(0, len(tokens), LONGEST):
            final = min(at + LONGEST - 1, last)
            start, end = bounds[2 * at + 1], bounds[2 * final + 2]
            if final == last:  # the last piece is held: a short sentence after it may join it
                held = (start, end, tokens[at:], question)
                break
            yield start, end, tuple(tokens[at : final + 1]), False, is_shouted(shape, start, end)
    if held is not None:
        start, end, words, asks = held
        yield start, end, tuple(words), asks, is_shouted(shape, start, end)


def read(draft: Draft) -> list[Scored]:
    """Every sentence (or piece of a long one) of the draft, scored, once per draft."""
    return draft.analysis(_read)


def _read(draft: Draft) -> list[Scored]:
    # ``score_tokens`` for each piece, with the sentence start's word looked up once.
    start, heads = _word(_START), DETECT.heads
    return [
        Scored(
            lo,
            hi,
            tokens,
            question,
            caps,
            unpack(
                _sum(DETECT, _SHAPES, list(map(_word, tokens)), start, tokens, question, caps),
                heads,
            ),
        )
        for lo, hi, tokens, question, caps in pieces(draft)
    ]


def rule_scores(pack_id: str, sentence: Scored) -> list[int]:
    """Each rule of ``pack_id``'s score of a sentence: the sum of its weights for the sentence's
    features (``sentence_features``), a word's own features summed once (``_word_rules``)."""
    table, shapes = _rule_table(pack_id)
    tokens = sentence.tokens
    words = list(map(_word_rules, zip(repeat(pack_id), tokens)))
    start = _word_rules((pack_id, _START))
    total = _sum(table, shapes, words, start, tokens, sentence.question, sentence.caps)
    return list(unpack(total, table.heads))


def rule_of(pack_id: str, sentence: Scored) -> str:
    """The rule of ``pack_id`` whose weights score the sentence highest (the first on a tie)."""
    total = rule_scores(pack_id, sentence)
    return weights.RULES[pack_id][total.index(max(total))]


def _given(draft: Draft) -> list[list[tuple[str, bool]]]:
    """For each sentence of the draft (``read``), the rule each pack over its threshold gives it
    to, and whether its score also reaches the pack's ``WARN`` threshold."""
    found: list[list[tuple[str, bool]]] = []
    thresholds = weights.THRESHOLD
    for sentence in read(draft):
        rules: list[tuple[str, bool]] = []
        found.append(rules)
        if not any(map(ge, sentence.scores, thresholds)):  # most sentences: no pack's
            continue
        for pack_id, score, threshold, warn in zip(
            PACKS, sentence.scores, thresholds, weights.WARN, strict=True
        ):
            if score >= threshold:
                rules.append((rule_of(pack_id, sentence), score >= warn))
    return found


def _found(draft: Draft) -> dict[str, list[Span]]:
    """The sentences over each pack's threshold, as spans, by the rule each is given to: a
    ``Reminder`` (reported at info) unless the score reaches the pack's ``WARN`` threshold too. A
    low-value reply is a reply that is only that: a sentence given to it counts only when every
    sentence of the draft is ("I can't help, sorry" inside a longer, helpful reply is not one)."""
    given = _given(draft)
    only_low_value = all(any(rule == LOW_VALUE for rule, _ in rules) for rules in given)
    by_rule: dict[str, list[Span]] = {}
    for sentence, rules in zip(read(draft), given, strict=True):
        for rule, sure in rules:
            if rule == LOW_VALUE and not only_low_value:
                continue
            span = sentence_span(draft, Sentence(sentence.start, sentence.end, [], []))
            by_rule.setdefault(rule, []).append(span if sure else Reminder(span.start, span.end))
    return by_rule


def given(rule: str, draft: Draft) -> list[Span]:
    """The sentences of ``draft`` given to ``rule`` (``_found``), worked out once per draft for
    every rule; none while the scorer is switched off (``rules_alone``). Shared: not to change."""
    if _switched_off:
        return _NONE
    return draft.analysis(_found).get(rule, _NONE)


_NONE: list[Span] = []


def _find(rule: str, draft: Draft, context: Context) -> Iterator[Span]:
    yield from given(rule, draft)


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
