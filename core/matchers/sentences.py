"""Sentences of a draft and the categories of words in each: the conduct packs' reading.

Whether a draft gives medication advice, presses someone to disclose or runs down an employer
depends on which kinds of words meet in one sentence (an act on a medicine, the people supported,
the writer as "I") and on how the sentence holds them: asked or told, negated, quoted. A
``Lexicon`` holds the words as data, in categories; ``read`` splits a draft into sentences once per
check and finds every category's phrases in them; ``InSentence`` is the matcher that reports a
sentence where every category of one of its combinations meets, unless another says otherwise.

Phrases are written as words separated by spaces. A slot may offer alternatives (``crush/grind``),
be optional (``up?``), be a gap of up to three words (``...``) or six (``...+``), or a shape:
``<num>`` a number in digits or words, ``<money>`` an amount in pounds, ``<dose>`` an amount of a
medicine (``5mg``, ``10ml``). Words are matched whole, lower-cased, with a straight apostrophe.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ..draft import Draft
from ..model import Context, Matcher, Span
from ..wordlists import word_set

_TOKEN = re.compile(r"[£$]?[a-z0-9]+(?:'[a-z]+)*")
# A sentence ends at . ! ? (or several), an ellipsis or a line break; a clause at , ; : ( ) or
# a dash.
# Read from the start of a run of marks only, so that a long run is read once.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++(?=\s|$)|\n")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")
_QUOTED = re.compile(r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”")

NUMBER_WORDS = word_set(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty hundred twice several few couple dozen"""
)
_DOSE_UNITS = ("mgs", "mls", "mcg", "mg", "ml", "g")
# Words that deny what follows them when they stand just before it, in the same clause.
NEGATORS = word_set(
    """not no never don't dont doesn't doesnt didn't didnt wouldn't wouldnt shouldn't shouldnt
    mustn't mustnt cannot can't cant nobody noone nor isn't isnt aren't arent"""
)
_NEGATION_REACH = 3
# Words in most sentences: a sentence is not worth reading for one of these alone.
EVERYDAY = word_set(
    """i me my we our us you your he she it they him her them his their a an the and or but to of
    in on at for from with by is are was were be been am do does did have has had not no so just
    up out off this that there here what who when how all any one two more some can could will
    would should may might get got go going come put give take make day night time back over only
    as if then than too very well also into about like it's i'm i've don't"""
)
QUESTION_OPENERS = word_set(
    """how what who when where why which can could should would will shall may do does did is are
    am was were has have had any anyone anybody someone somebody"""
)  # words before a phrase that may deny it


def _shape_fits(slot: str, token: str) -> bool:
    if slot == "<num>":
        return token.isdigit() or token in NUMBER_WORDS or token.rstrip("stndrh").isdigit()
    if slot == "<money>":
        return token.startswith(("£", "$")) and len(token) > 1
    if slot == "<dose>":
        unit = next((u for u in _DOSE_UNITS if token.endswith(u)), "")
        amount = token[: len(token) - len(unit)]
        return bool(unit) and amount.replace(".", "", 1).isdigit()
    return False


@dataclass(frozen=True)
class _Slot:
    words: frozenset[str]
    shape: str = ""
    optional: bool = False
    gap: int = 0  # up to this many words, any

    def fits(self, token: str) -> bool:
        return token in self.words or (bool(self.shape) and _shape_fits(self.shape, token))


def _slot(text: str) -> _Slot:
    if text in ("...", "...+"):
        return _Slot(frozenset(), gap=3 if text == "..." else 6)
    optional = text.endswith("?")
    text = text.removesuffix("?")
    if text.startswith("<"):
        return _Slot(frozenset(), shape=text, optional=optional)
    return _Slot(frozenset(text.split("/")), optional=optional)


@dataclass(frozen=True)
class _Phrase:
    category: str
    slots: tuple[_Slot, ...]
    # The words of each slot after the first that every match fills.
    required: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        required = tuple(
            s.words for s in self.slots[1:] if s.words and not s.optional and not s.shape
        )
        object.__setattr__(self, "required", required)

    def rarest_words(self) -> frozenset[str]:
        """The words of the slot that every match fills and that is least often written (the
        smallest share of everyday words, then the fewest words, then the later slot): "pint" rather
        than "for a" in "for a pint/drink". A shape is given as its name ("<num>")."""
        required = [s for s in self.slots if not s.optional and not s.gap]
        best = min(
            reversed(required),
            key=lambda s: (
                bool(s.shape),
                len(s.words & EVERYDAY) / len(s.words) if s.words else 1.0,
                len(s.words),
            ),
        )
        return frozenset({best.shape}) if best.shape else best.words

    def possible(self, present: set[str]) -> bool:
        """Whether every word slot that must be filled has one of its words in ``present``."""
        return all(not words.isdisjoint(present) for words in self.required)

    def match(self, tokens: list[str], at: int) -> int:
        """The index after the phrase when it starts at ``tokens[at]``, else -1."""
        return self._match(tokens, at, 0)

    def _match(self, tokens: list[str], at: int, slot: int) -> int:
        if slot == len(self.slots):
            return at
        s = self.slots[slot]
        if s.gap:
            for skip in range(s.gap + 1):
                end = self._match(tokens, at + skip, slot + 1)
                if end >= 0:
                    return end
            return -1
        if at < len(tokens) and s.fits(tokens[at]):
            end = self._match(tokens, at + 1, slot + 1)
            if end >= 0:
                return end
        return self._match(tokens, at, slot + 1) if s.optional else -1


class Lexicon:
    """Categories of phrases, as data: ``{"med": ("tablets", "pills", "<dose>"), ...}``."""

    def __init__(self, categories: Mapping[str, Iterable[str]]) -> None:
        self.categories = tuple(categories)
        single: dict[str, list[str]] = {}  # a one-word phrase: its word's categories
        by_rare: dict[str, list[_Phrase]] = {}  # longer phrases, by their rarest slot's words
        shaped: list[_Phrase] = []  # phrases whose rarest slot is a shape
        # For each category, words one of which any sentence holding it must contain.
        self.gate_words_of: dict[str, set[str]] = {name: set() for name in categories}
        for name, texts in categories.items():
            for text in texts:
                phrase = _Phrase(name, tuple(_slot(p) for p in text.split()))
                first = phrase.slots[0]
                if first.optional or first.gap:
                    raise ValueError(f"{name}: a phrase must start with a word: {text!r}")
                rare = phrase.rarest_words()
                self.gate_words_of[name].update(rare)
                if len(phrase.slots) == 1 and not first.shape:
                    for word in first.words:
                        single.setdefault(word, []).append(name)
                elif any(w.startswith("<") for w in rare):
                    shaped.append(phrase)
                else:
                    for word in rare:
                        by_rare.setdefault(word, []).append(phrase)
        self._single = single
        self._by_rare = by_rare
        self._shaped = tuple(shaped)
        self._keys = frozenset(single) | frozenset(by_rare)

    def find(self, tokens: list[str]) -> Iterator[tuple[str, int, int]]:
        """(category, first token, end token) of every phrase found in ``tokens``."""
        present = set(tokens)
        keys = present & self._keys
        shaped = bool(self._shaped) and any(t[0].isdigit() or t[0] in "£$" for t in present)
        if not keys and not shaped:
            return
        places: dict[str, list[int]] = {}
        for at, token in enumerate(tokens):
            places.setdefault(token, []).append(at)
        candidates: dict[int, _Phrase] = {}
        for word in keys:
            for name in self._single.get(word, ()):
                for at in places[word]:
                    yield name, at, at + 1
            for phrase in self._by_rare.get(word, ()):
                candidates[id(phrase)] = phrase
        if shaped:
            candidates.update((id(p), p) for p in self._shaped)
        for phrase in candidates.values():
            if not phrase.possible(present):
                continue
            first = phrase.slots[0]
            if first.shape:
                starts: Iterable[int] = [
                    at
                    for at, t in enumerate(tokens)
                    if t[0].isdigit() or t[0] in "£$" or t in NUMBER_WORDS
                ]
            else:
                starts = sorted(at for w in first.words & present for at in places[w])
            for at in starts:
                end = phrase.match(tokens, at)
                if end >= 0:
                    yield phrase.category, at, end


_CONTINUED = re.compile(r"/\n\s*")


def phrases(text: str) -> tuple[str, ...]:
    """A category written as data: one phrase a line (a line ending in ``/`` goes on over the
    next); a line marked ``|`` at its start is a list of one-word phrases."""
    found: list[str] = []
    for line in _CONTINUED.sub("/", text.strip()).splitlines():
        line = line.strip()
        if line.startswith("|"):
            found.extend(line[1:].split())
        elif line:
            found.append(line)
    return tuple(found)


@dataclass
class Sentence:
    """One sentence of a draft: where it is in ``Draft.folded``, its words, and what it holds.

    A sentence without any word that may start an act (see ``Reading``) is not read further:
    ``starts`` is empty and ``read`` is False.
    """

    start: int
    end: int
    tokens: list[str]
    starts: list[int]  # where each token starts in the folded text
    question: bool = False
    read: bool = True
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # Where clauses break and quotations run in the whole draft, shared by its sentences.
    breaks: list[int] = field(default_factory=list, repr=False)
    quotes: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def has(self, category: str) -> bool:
        return category in self.hits

    def clause(self, at: int) -> int:
        """The clause token ``at`` is in, as a number that only its clause's tokens share."""
        return bisect_left(self.breaks, self.starts[at])

    def quoted(self, at: int) -> bool:
        """Whether token ``at`` is inside quotation marks."""
        where = self.starts[at]
        i = bisect_left(self.quotes, (where + 1,)) - 1
        return i >= 0 and self.quotes[i][0] <= where < self.quotes[i][1]

    def negated(self, at: int) -> bool:
        """Whether a negating word stands within a few words before token ``at``, in its clause."""
        clause = self.clause(at)
        for i in range(at - 1, max(-1, at - 1 - _NEGATION_REACH), -1):
            if self.clause(i) != clause:
                return False
            if self.tokens[i] in NEGATORS:
                return True
        return False


def _split(text: str) -> Iterator[tuple[int, int]]:
    """Sentences as (start, end) in ``text``; one with no word is still a sentence (it holds
    nothing a rule reads)."""
    at = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > at:
            yield at, m.end()
        at = m.end()
    if at < len(text):
        yield at, len(text)


def _scan(
    draft: Draft,
) -> tuple[list[tuple[int, int]], list[int], list[tuple[int, str]]]:
    """Where quotations run and clauses break in a draft, and its words (where each starts, and
    the word): one scan of each for every ``Reading`` of the draft (each pack has its own)."""
    folded = draft.folded
    quotes = [m.span() for m in _QUOTED.finditer(folded)] if '"' in folded or "“" in folded else []
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(folded)]
    found = [(m.start(), m.group()) for m in _TOKEN.finditer(folded)]
    return quotes, breaks, found


class _Sentences(list[Sentence]):
    """A draft's sentences, and what ``Reading.anywhere`` has found in them."""

    def __init__(self) -> None:
        super().__init__()
        self.anywhere: dict[str, bool] = {}


class Reading:
    """A draft's sentences with one lexicon's categories found in them, read once per check.

    Only the categories that can open a finding (the acts: the first category of each
    ``InSentence`` combination, and those a pack registers with ``add_acts``) make a sentence
    worth reading: the words that start their phrases are the triggers, derived from the rules,
    and a sentence with none is left unread. Tests check that this never changes a finding.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._acts: set[str] = set()
        self._triggers: frozenset[str] | None = None
        self._shaped_trigger = False
        self._gate: frozenset[str] = frozenset()

    def add_acts(self, *categories: str) -> None:
        unknown = set(categories) - set(self.lexicon.categories)
        if unknown:
            raise ValueError(f"unknown categories {sorted(unknown)}")
        self._acts.update(categories)
        self._triggers = None

    def read_everything(self) -> None:
        """Read every sentence, as if every category were an act (for tests of the shortcut)."""
        self.add_acts(*self.lexicon.categories)

    def _trigger_words(self) -> frozenset[str]:
        if self._triggers is None:
            words = {w for act in self._acts for w in self.lexicon.gate_words_of[act]}
            self._shaped_trigger = any(w.startswith("<") for w in words)
            self._triggers = frozenset(w for w in words if not w.startswith("<"))
            # Draft.words splits "i'll" into "i" and "ll": the gate asks for each word's start.
            self._gate = frozenset(w.split("'")[0].lstrip("£$") for w in self._triggers)
        return self._triggers

    def __call__(self, draft: Draft) -> list[Sentence]:
        triggers = self._trigger_words()
        folded = draft.folded
        quotes, breaks, found = draft.analysis(_scan)
        sentences = _Sentences()
        k = 0
        for lo, hi in _split(folded):
            first = k
            while k < len(found) and found[k][0] < hi:
                k += 1
            words = [w for _, w in found[first:k]]
            if triggers.isdisjoint(words) and not (
                self._shaped_trigger and any(w[0].isdigit() or w[0] in "£$" for w in words)
            ):
                sentences.append(Sentence(lo, hi, words, [], read=False))
                continue
            starts = [at for at, _ in found[first:k]]
            sentence = Sentence(lo, hi, words, starts, breaks=breaks, quotes=quotes)
            # A question asks in its first words, or is one clause ending in "?": "There's an
            # enquiry about our night nurse, how long do they last?" tells before it asks.
            if words and folded[lo:hi].rstrip().endswith("?"):
                one_clause = sentence.clause(0) == sentence.clause(len(words) - 1)
                sentence.question = words[0] in QUESTION_OPENERS or one_clause
            for category, at, end in self.lexicon.find(words):
                if not (quotes and sentence.quoted(at)):
                    sentence.hits.setdefault(category, []).append((at, end))
            sentences.append(sentence)
        return sentences

    def of(self, draft: Draft) -> list[Sentence]:
        self._trigger_words()
        if self._gate.isdisjoint(draft.words) and not (
            self._shaped_trigger and b"0" in draft.shape
        ):
            return []
        return draft.analysis(self)

    def anywhere(self, sentences: list[Sentence], category: str) -> bool:
        """Whether ``category`` is in any of the sentences, read or not (quotes aside only in
        sentences read); worked out once per draft and category."""
        if isinstance(sentences, _Sentences):
            found = sentences.anywhere.get(category)
            if found is None:
                found = sentences.anywhere[category] = self._anywhere(sentences, category)
            return found
        return self._anywhere(sentences, category)

    def _anywhere(self, sentences: list[Sentence], category: str) -> bool:
        for sentence in sentences:
            if sentence.read:
                if category in sentence.hits:
                    return True
            elif any(name == category for name, _, _ in self.lexicon.find(sentence.tokens)):
                return True
        return False


def sentence_span(draft: Draft, sentence: Sentence) -> Span:
    """The sentence without its surrounding white space, in the original text."""
    text = draft.folded[sentence.start : sentence.end]
    lead = len(text) - len(text.lstrip())
    return Span(*draft.to_original(sentence.start + lead, sentence.start + len(text.rstrip())))


@dataclass(frozen=True)
class InSentence:
    """A sentence where the categories of one of ``combos`` all meet.

    Each combination is categories joined by ``+``; its first category is the act, which does not
    count where a negating word stands just before it ("never crush tablets") or inside quotation
    marks. A category marked ``^`` may be anywhere in the draft ("crush them into her yoghurt"
    after a sentence about her tablets). A sentence holding any category of ``unless`` is left
    alone, and so is a question unless ``questions`` is set. ``sites``, when given, are the only
    sites the matcher speaks on.
    """

    reading: Reading
    combos: tuple[str, ...]
    unless: tuple[str, ...] = ()
    questions: bool = False
    _parsed: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        parsed = []
        known = set(self.reading.lexicon.categories)
        for combo in self.combos:
            names = combo.split("+")
            here = tuple(n for n in names[1:] if not n.startswith("^"))
            anywhere = tuple(n[1:] for n in names[1:] if n.startswith("^"))
            unknown = {names[0], *here, *anywhere, *self.unless} - known
            if unknown:
                raise ValueError(f"unknown categories {sorted(unknown)}")
            parsed.append((names[0], here, anywhere))
        object.__setattr__(self, "_parsed", tuple(parsed))
        self.reading.add_acts(*(act for act, _, _ in parsed))

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        sentences = self.reading.of(draft)
        if not sentences:
            return
        for sentence in sentences:
            if sentence.question and not self.questions:
                continue
            if any(sentence.has(c) for c in self.unless):
                continue
            for act, here, anywhere in self._parsed:
                acts = sentence.hits.get(act)
                if not acts or not all(sentence.has(c) for c in here):
                    continue
                if not all(self.reading.anywhere(sentences, c) for c in anywhere):
                    continue
                if all(sentence.negated(first) for first, _ in acts):
                    continue
                yield sentence_span(draft, sentence)
                break


@dataclass(frozen=True)
class Either:
    """The spans of the first matcher, then those of each next one that overlap none found
    before: a rule's set phrases and its sentence reading, reported once where both see it."""

    matchers: tuple[Matcher, ...]

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        found: list[Span] = []
        for matcher in self.matchers:
            for span in matcher.find(draft, context):
                if not any(span.start < f.end and f.start < span.end for f in found):
                    found.append(span)
                    yield span


@dataclass(frozen=True)
class UnlessSaid:
    """The spans of ``matcher``, unless a phrase of one of ``categories`` is anywhere in the
    draft: "bumping this, no worries if nobody knows" lets the group off."""

    matcher: Matcher
    reading: Reading
    categories: tuple[str, ...]

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        spans = list(self.matcher.find(draft, context))
        if not spans:
            return
        sentences = draft.analysis(self.reading)  # past the gate: it lets in acts only
        if any(self.reading.anywhere(sentences, c) for c in self.categories):
            return
        yield from spans
