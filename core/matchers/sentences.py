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
from bisect import bisect_left, insort
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, count, repeat
from operator import add, attrgetter, itemgetter, sub
from typing import Any, TypeVar

from ..draft import _INDEXED_FROM, Draft
from ..model import Context, Matcher, Span
from ..wordlists import word_set

# A token: a run of ASCII letters and digits, perhaps after a £ or $, with any parts after an
# apostrophe ("don't"). Written to start with a set (the £ or $ let through only when a letter or
# digit follows, by the look-behind), so that re skips ahead to where a token can start: an
# optional first item ("[£$]?") makes it try every position of the text, at twice the cost.
_TOKEN = re.compile(r"[£$a-z0-9][a-z0-9]*+(?<=[a-z0-9])(?:'[a-z]+)*")
# The same, kept by a split: gap, token, gap, ..., gap (its look-behind reads only the token).
_TOKENS_KEPT = re.compile("(" + _TOKEN.pattern + ")")
# A sentence ends at . ! ? (or several), an ellipsis or a line break; a clause at , ; : ( ) or
# a dash.
# Read from the start of a run of marks only, so that a long run is read once; the look-behind
# follows the first mark so that re can skip ahead to the marks.
_SENTENCE_END = re.compile(r"[.!?…\n](?<![.!?…][.!?…])(?:(?<=\n)|[.!?…]*+(?=\s|$))")
# Searched as two patterns: a pattern made of one set is skipped ahead through in C, while the
# alternation of both ("[,;:()]|\s[-–—]\s") tried each at every character; the dash, rarer, is
# looked for only in a sentence that holds one. Neither can take a character the other's matches
# start with, so together they find what the alternation did.
_CLAUSE_MARK = re.compile(r"[,;:()]")
_CLAUSE_DASH = re.compile(r"\s[-–—]\s")
_QUOTED = re.compile(r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”")

NUMBER_WORDS = word_set(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty hundred twice several few couple dozen"""
)
# An amount and its unit as one token (a token holds no "."): "5mg", "10mls". Only ever
# matched whole; the look-behind and the possessive digits keep a search linear all the same.
_DOSE = re.compile(r"(?<![0-9])[0-9]++(?:mgs|mls|mcg|mg|ml|g)")
# Words that deny what follows them when they stand just before it, in the same clause.
NEGATORS = word_set(
    """not no never don't dont doesn't doesnt didn't didnt wouldn't wouldnt shouldn't shouldnt
    mustn't mustnt cannot can't cant nobody noone nor isn't isnt aren't arent won't wont"""
)
_NEGATION_REACH = 3
# Words that make a negating word an idiom of its own, denying nothing after it: "don't worry
# I'll just sort it myself", "I don't mind helping".
NOT_DENYING_AFTER = word_set("worry worries fret panic stress mind")
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
        return _DOSE.fullmatch(token) is not None
    return False


# A slot's words: a tuple when there are few (a frozenset of one word takes four times the memory
# of a tuple of one, and one of five to eight words seven times: 461 such slots took 163 KiB of
# the engine's heap as frozensets, 23 KiB as tuples; a slot of a few words is searched about as
# fast), a frozenset otherwise.
_Words = frozenset[str] | tuple[str, ...]
_FEW_WORDS = 8


@dataclass(frozen=True, slots=True)
class _Slot:
    words: _Words
    shape: str = ""
    optional: bool = False
    gap: int = 0  # up to this many words, any

    def fits(self, token: str) -> bool:
        return token in self.words or (bool(self.shape) and _shape_fits(self.shape, token))


# Every lexicon's slots, each kept once: of the 3,100 slots the packs write, half are the same
# word or words again ("i", "my", "the"), and a slot's set of words is the costliest part of it.
_SLOTS: dict[_Slot, _Slot] = {}
_WORDS: dict[str, str] = {}


def lexicons_built() -> None:
    """Let go of the tables that keep each slot and word once (``_SLOTS``, ``_WORDS``) once the
    packs' lexicons are built, as nothing is kept in them after (some 140 KiB of the engine's
    heap): a lexicon built later keeps its own."""
    _SLOTS.clear()
    _WORDS.clear()


def _slot(text: str) -> _Slot:
    if text in ("...", "...+"):
        slot = _Slot((), gap=3 if text == "..." else 6)
    else:
        optional = text.endswith("?")
        text = text.removesuffix("?")
        if text.startswith("<"):
            slot = _Slot((), shape=text, optional=optional)
        elif "<" in text:
            # "money/<money>" would read "<money>" as a word, never met: a shape has a slot of its
            # own ("me money/cash" and "me <money>").
            raise ValueError(f"a shape shares a slot with words: {text!r}")
        else:
            listed = tuple(dict.fromkeys(_WORDS.setdefault(w, w) for w in text.split("/")))
            words = listed if len(listed) <= _FEW_WORDS else frozenset(listed)
            slot = _Slot(words, optional=optional)
    return _SLOTS.setdefault(slot, slot)


@dataclass(frozen=True, slots=True)
class _Phrase:
    category: str
    slots: tuple[_Slot, ...]
    # The words of each slot after the first that every match fills: the rarest of them first,
    # but the phrase's rarest slot (``rarest_words``) last, which the key a phrase is found by
    # fills (``Lexicon.find``): the first slot tested is the likeliest to be missing.
    required: tuple[_Words, ...] = field(init=False, repr=False, compare=False)
    # Whether every slot is filled by one token (no gap, nothing optional): such a phrase is
    # matched by a plain loop over its slots, not by ``_match``.
    plain: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # (A phrase of optional slots and gaps alone has no rarest slot: ``Lexicon`` refuses it.)
        filled = any(not s.optional and not s.gap for s in self.slots)
        rare = self.rarest_words() if filled else ()
        required = sorted(
            (s.words for s in self.slots[1:] if s.words and not s.optional and not s.shape),
            key=lambda words: (words is rare, _everyday_share(words), len(words)),
        )
        object.__setattr__(self, "required", tuple(required))
        plain = not any(s.gap or s.optional for s in self.slots)
        object.__setattr__(self, "plain", plain)

    def rarest_words(self) -> _Words:
        """The words of the slot that every match fills and that is least often written (the
        smallest share of everyday words, then the fewest words, then the later slot): "pint" rather
        than "for a" in "for a pint/drink". A shape is given as its name ("<num>")."""
        required = [s for s in self.slots if not s.optional and not s.gap]
        best = min(
            reversed(required),
            key=lambda s: (
                bool(s.shape),
                _everyday_share(s.words),
                len(s.words),
            ),
        )
        return (best.shape,) if best.shape else best.words

    def possible(self, present: set[str]) -> bool:
        """Whether every word slot that must be filled has one of its words in ``present``."""
        return not any(map(present.isdisjoint, self.required))

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


def _everyday_share(words: _Words) -> float:
    """The share of ``words`` that are everyday words (``EVERYDAY``): 1 for no words."""
    return len(EVERYDAY.intersection(words)) / len(words) if words else 1.0


def _rarity(words: _Words) -> tuple[float, int]:
    """A slot's words ordered by how often they are met: fewer everyday words first, then fewer."""
    return _everyday_share(words), len(words)


def _key(word: str) -> str:
    """A token as ``Draft.words`` and ``_Text.keys`` hold it: up to an apostrophe, without £/$
    ("i'm" is "i", "£50" is "50")."""
    return word.split("'")[0].lstrip("£$")


_T = TypeVar("_T", bound=Hashable)


def _one(shared: dict[Any, Any], value: _T) -> _T:
    """``value``, or the equal value kept in ``shared`` before it: a lexicon's indexes hold
    thousands of small tuples, most of them equal to another ("med",), and each is kept once."""
    return shared.setdefault(value, value)  # type: ignore[no-any-return]


def _keys_of(words: _Words) -> _Words:
    """``words`` as keys (``_key``): the same words when no word changes, as is most often so."""
    if all(_key(w) == w for w in words):
        return words
    keys = dict.fromkeys(map(_key, words))
    return tuple(keys) if isinstance(words, tuple) else frozenset(keys)


# A category is looked for by its words only when fewer than this share of them are everyday
# words: "i", "my", "we" stand in nearly every sentence, and are better read among its words.
_LOCATES_BELOW = 0.5

_Needs = tuple[_Words, ...]  # a phrase's slots that must be filled, as keys


@dataclass(frozen=True, slots=True)
class _Gate:
    """What a sentence must hold for one category's phrase to be in it, in keys (``_key``): each
    phrase needs a word of each of its slots that must be filled. A phrase is found by its
    rarest such slot (``_Phrase.rarest_words``): ``needs`` gives, for each of those slots' words
    (its keys), the phrases it starts the test of. Shapes (``<num>``) are tested loosely."""

    needs: Mapping[str, tuple[_Needs, ...]]
    shaped: tuple[_Needs, ...]  # phrases whose rarest slot is a shape, by their other slots
    locates: bool  # whether sentences holding it are found by looking for its words
    # ``needs`` split for ``possible``: the keys enough on their own (a phrase they start needs
    # no other slot filled), and for each other key, its needs without the slots it fills.
    sure: frozenset[str]
    rest: Mapping[str, tuple[_Needs, ...]]

    @classmethod
    def of(cls, phrases: Iterable[_Phrase], shared: dict[Any, Any]) -> _Gate:
        """The gate of one category's phrases; equal tuples of needs are kept once in
        ``shared``, which the lexicon's categories share."""
        needs: dict[str, list[_Needs]] = {}
        shaped: list[_Needs] = []
        for phrase in phrases:
            need = tuple(
                _keys_of(s.words)
                for s in phrase.slots
                if s.words and not s.optional and not s.shape
            )
            need = _one(shared, need)
            rare = phrase.rarest_words()
            if any(w.startswith("<") for w in rare):
                shaped.append(need)
            for key in {_key(w) for w in rare if not w.startswith("<")}:
                needs.setdefault(key, []).append(need)
        plain = [w for w in needs]
        everyday = sum(w in EVERYDAY for w in plain) / len(plain) if plain else 1.0
        sure: set[str] = set()
        rest: dict[str, tuple[_Needs, ...]] = {}
        for key, of_key in needs.items():
            # Each need without the slots ``key`` fills, its rarest slot first: the first slot
            # tested alone (``possible``, ``Lexicon.present_in``) is the likeliest to be missing.
            others = [
                tuple(sorted((slot for slot in need if key not in slot), key=_rarity))
                for need in of_key
            ]
            if not all(others):
                sure.add(key)
            else:
                rest[key] = _one(shared, tuple(_one(shared, need) for need in others))
        return cls(
            {k: _one(shared, tuple(v)) for k, v in needs.items()},
            tuple(shaped),
            not shaped and everyday < _LOCATES_BELOW,
            frozenset(sure),
            rest,
        )

    def possible(self, keys: frozenset[str], shapes: Callable[[int], bool], sentence: int) -> bool:
        """Whether sentence ``sentence``, of these keys, may hold the category; ``shapes`` tells
        whether a sentence may hold a shape (asked only when that can decide)."""
        if not self.sure.isdisjoint(keys):
            return True
        rest = self.rest
        isdisjoint = keys.isdisjoint
        # The keys held, by a look-up of each of the fewer (a whole draft's words, for
        # ``Lexicon.allows``, are many more than a category's keys).
        held = keys.intersection(rest) if len(rest) < len(keys) else keys & rest.keys()
        for key in held:
            for need in rest[key]:  # never empty; its rarest slot first, tested alone in C
                if not isdisjoint(need[0]) and not any(map(isdisjoint, need)):
                    return True
        return bool(self.shaped) and (
            any(not any(map(keys.isdisjoint, need)) for need in self.shaped) and shapes(sentence)
        )


def _keys_in(gate: _Gate, words: frozenset[str]) -> AbstractSet[str]:
    """The keys of ``gate`` among ``words``, found by a look-up of each of the fewer of the two
    (a dictionary's keys met with a frozenset would go through every word of a long draft)."""
    needs = gate.needs
    return words.intersection(needs) if len(needs) < len(words) else needs.keys() & words


def _shapes_in(draft: Draft) -> bool:
    """Whether the draft may hold a token of a shape: it has a digit, a £ or $, or a number in
    words (loosely: a shape only ever lets more through)."""
    if b"0" in draft.shape:  # an ASCII digit, or any character outside ASCII
        return True
    return "$" in draft.folded or not NUMBER_WORDS.isdisjoint(draft.words)


def _openings(found: Iterable[tuple[str, tuple[_Needs, ...]]]) -> _Words:
    """The words of the first slot of each need of ``found`` (a key's categories and the needs
    of their phrases that the key starts): a sentence holding none of them holds none of those
    phrases, which one test tells for them all (for three keys in four of a short draft's
    sentences), not one test for each need. The slot itself when every need opens with the same
    (most keys: nothing kept twice); otherwise a tuple of their words, some 150 KiB of tuples for
    every lexicon, which a frozenset would make 600 KiB for a few tests fewer."""
    firsts = {id(need[0]): need[0] for _, needs in found for need in needs}
    if len(firsts) == 1:
        return next(iter(firsts.values()))
    return tuple(dict.fromkeys(chain.from_iterable(firsts.values())))


class Lexicon:
    """Categories of phrases, as data: ``{"med": ("tablets", "pills", "<dose>"), ...}``."""

    def __init__(self, categories: Mapping[str, Iterable[str]]) -> None:
        self.categories = tuple(categories)
        single: dict[str, list[str]] = {}  # a one-word phrase: its word's categories
        by_rare: dict[str, list[_Phrase]] = {}  # longer phrases, by their rarest slot's words
        shaped: list[_Phrase] = []  # phrases whose rarest slot is a shape
        of_category: dict[str, list[_Phrase]] = {name: [] for name in categories}
        for name, texts in categories.items():
            for text in texts:
                phrase = _Phrase(name, tuple(_slot(p) for p in text.split()))
                first = phrase.slots[0]
                if first.optional or first.gap:
                    raise ValueError(f"{name}: a phrase must start with a word: {text!r}")
                of_category[name].append(phrase)
                rare = phrase.rarest_words()
                if len(phrase.slots) == 1 and not first.shape:
                    for word in first.words:
                        single.setdefault(word, []).append(name)
                elif any(w.startswith("<") for w in rare):
                    shaped.append(phrase)
                else:
                    for word in rare:
                        by_rare.setdefault(word, []).append(phrase)
        shared: dict[Any, Any] = {}  # equal tuples, kept once (``_one``)
        self.gates = {name: _Gate.of(found, shared) for name, found in of_category.items()}
        # For each key, the categories it is the rarest word of a phrase of (their phrases in
        # ``gates[name].needs[key]``): what a draft's words say it may hold.
        named: dict[str, list[str]] = {}
        for name, gate in self.gates.items():
            for key in gate.needs:
                named.setdefault(key, []).append(name)
        # For ``present_in``: for each key, the categories it alone is enough for (a phrase of
        # theirs that it starts needs no other slot filled: "tablets" in "tablets", or in "<dose>
        # tablets"), and for each other category, the needs of its phrases the key starts, each
        # without the slots the key fills (``_Gate.sure`` and ``_Gate.rest``).
        sure: dict[str, list[str]] = {}
        maybe: dict[str, list[tuple[str, tuple[_Needs, ...]]]] = {}
        for key, names in named.items():
            for name in names:
                gate = self.gates[name]
                if key in gate.sure:
                    sure.setdefault(key, []).append(name)
                else:
                    maybe.setdefault(key, []).append(_one(shared, (name, gate.rest[key])))
        self._sure = {key: _one(shared, tuple(names)) for key, names in sure.items()}
        # The words of one slot of the same phrases (a phrase's rarest slot's alternatives) are
        # keys of equal needs: each (category, needs) and each tuple of them is kept once, after
        # the words the first slot of each of them holds (``_openings``).
        self._maybe = {
            key: _one(shared, (_one(shared, _openings(found)), _one(shared, tuple(found))))
            for key, found in maybe.items()
        }
        self._shaped_needs = tuple(
            (name, need) for name, gate in self.gates.items() for need in gate.shaped
        )
        # The keys, and the few words of phrases that are not their own key ("don't"), which
        # ``find`` looks up among a sentence's tokens as they are and ``present_in`` never meets
        # among a draft's words (runs of ASCII letters and digits): one set for both, no second
        # set of some 2,000 words. A key met that is no word of a phrase ("don") finds nothing.
        self.keys = frozenset(named).union(w for w in (*single, *by_rare) if _key(w) != w)
        self._single = {word: _one(shared, tuple(names)) for word, names in single.items()}
        # The phrases of each word, a tuple of the same phrases kept once (by the phrases
        # themselves, not by equal ones, which would each be found).
        same: dict[tuple[int, ...], tuple[_Phrase, ...]] = {}
        self._by_rare = {
            word: same.setdefault(tuple(map(id, found)), tuple(found))
            for word, found in by_rare.items()
        }
        self._shaped = tuple(shaped)

    def present_in(self, draft: Draft) -> set[str]:
        """The categories the draft holds words enough for: each of them needs, for one of its
        phrases, a word of every slot that must be filled (shapes tested loosely). All of them
        when the draft's words cannot tell (see ``Draft.ascii_words``)."""
        words = draft.ascii_words
        if words is None:
            return set(self.categories)
        present = self._enough(words, self.keys & words)
        if any(name not in present for name, _ in self._shaped_needs) and _shapes_in(draft):
            for name, need in self._shaped_needs:
                if not any(map(words.isdisjoint, need)):
                    present.add(name)
        return present

    def allows(self, draft: Draft, category: str) -> bool:
        """Whether ``category`` is one of ``present_in(draft)``, read for it alone: the same
        test of the draft's words (``_Gate.possible``), without reading every other category."""
        words = draft.ascii_words
        if words is None:
            return True
        return self.gates[category].possible(words, lambda _: _shapes_in(draft), 0)

    def _enough(self, words: frozenset[str], held: set[str] | frozenset[str]) -> set[str]:
        """The categories (but those of shapes) whose words ``words`` hold enough of, ``held``
        being their keys among them: first those a key alone is enough for, in C; then the
        others, each tested only while not found already."""
        present = set(chain.from_iterable(map(self._sure.get, held, repeat(()))))
        maybe = self._maybe
        isdisjoint = words.isdisjoint
        for key in held & maybe.keys():
            openings, entries = maybe[key]
            if isdisjoint(openings):
                continue
            for name, needs in entries:
                if name in present:
                    continue
                for need in needs:  # never empty; its rarest slot first, tested alone in C
                    if not isdisjoint(need[0]) and not any(map(isdisjoint, need)):
                        present.add(name)
                        break
        return present

    def held_by_sentence(self, draft: Draft) -> dict[int, set[str]]:
        """For each sentence of ``draft`` whose words are enough for a category, by its number
        (in ``sentence_bounds``, in order), those categories: what ``_Gate.possible`` says of
        each category, worked out in one pass over the sentences for every category at once,
        as ``present_in`` reads the whole draft's words (a category of a sentence is one of the
        draft's too). For a short draft (under ``_INDEXED_FROM`` characters, some fifteen
        sentences to 1,000 characters): a rule's groups then cost one set test a sentence, and
        the readings of one lexicon share it. Only the sentences that hold a word or a mark
        that may stand for a shape are read (``_Text.worded``): no other holds a category."""
        text = draft.analysis(_Text)
        shaped = self._shaped_needs
        sure, maybe = self._sure, self._maybe
        numbers, sentence_keys = text.worded()
        found: dict[int, set[str]] = {}
        for i, keys, held in zip(
            numbers, sentence_keys, map(self.keys.intersection, sentence_keys), strict=True
        ):
            if not held and not shaped:
                continue
            # ``_enough(keys, held)``, written out here: a call less for each sentence of each
            # lexicon (some forty a check of 1,000 characters). The few keys held are each looked
            # up here: a set met with a dictionary's keys (``held & maybe.keys()``) makes a new
            # set through an iterator, in C but dearer than the look-ups; the sure categories in
            # the same pass (a phrase is tested only while its category is not found: the same
            # categories, found in another order).
            names: set[str] = set()
            isdisjoint = keys.isdisjoint
            for key in held:
                certain = sure.get(key)
                if certain is not None:
                    names.update(certain)
                found_by = maybe.get(key)
                if found_by is None:
                    continue
                openings, entries = found_by
                if isdisjoint(openings):
                    continue
                for name, needs in entries:
                    if name in names:
                        continue
                    for need in needs:
                        if not isdisjoint(need[0]) and not any(map(isdisjoint, need)):
                            names.add(name)
                            break
            if shaped and any(name not in names for name, _ in shaped) and text.shapes(i):
                for name, need in shaped:
                    if not any(map(keys.isdisjoint, need)):
                        names.add(name)
            if names:
                found[i] = names
        return found

    def find(self, tokens: list[str]) -> Iterator[tuple[str, int, int]]:
        """(category, first token, end token) of every phrase found in ``tokens``."""
        present = set(tokens)
        keys = present & self.keys
        shaped = False
        if self._shaped:  # a token starting as a shape may: tested in C, with no frame a token
            initials = list(map(itemgetter(0), present))
            shaped = any(map(str.isdigit, initials)) or not _MONEY_MARKS.isdisjoint(initials)
        if not keys and not shaped:
            return
        single = self._single
        by_rare = self._by_rare
        candidates: dict[int, _Phrase] = {}
        isdisjoint = present.isdisjoint
        for word in keys:
            phrases = by_rare.get(word)
            if phrases is not None:
                # Only the phrases whose every slot that must be filled has a word here
                # (``_Phrase.possible``, tested here once for each phrase a key gives).
                # Its first slot tested alone, in C: the likeliest to be missing (the slots are
                # in that order); its last, when the phrase's rarest, holds ``word``.
                # Then its first slot, where it starts (unless a shape): a phrase whose first
                # word is not here starts nowhere (half the phrases that pass the others).
                for phrase in phrases:
                    required = phrase.required
                    if required and isdisjoint(required[0]):
                        continue
                    if len(required) > 1 and any(map(isdisjoint, required)):
                        continue
                    opening = phrase.slots[0].words
                    if opening and isdisjoint(opening):
                        continue
                    candidates[id(phrase)] = phrase
        if shaped:
            candidates.update((id(p), p) for p in self._shaped if p.possible(present))
        # The words whose places are asked for: the keys that are one-word phrases, and the
        # words here of each candidate's first slot (unless a shape), found once for both.
        wanted = keys & single.keys()
        firsts: list[set[str] | None] = []
        shaped_tokens: list[str] | None = None  # the tokens that may fit a shape, if asked
        for phrase in candidates.values():
            first = phrase.slots[0]
            if first.shape:
                firsts.append(None)
                if shaped_tokens is None:
                    shaped_tokens = [
                        t for t in present if t[0].isdigit() or t[0] in "£$" or t in NUMBER_WORDS
                    ]
                    wanted.update(shaped_tokens)
            else:
                held = present.intersection(first.words)
                wanted |= held
                firsts.append(held)
        # Where each of those words stands: a step per token of theirs only (the others passed
        # over in C), with no list made for a token seen before.
        places: dict[str, list[int]] = {}
        for at in compress(count(), map(wanted.__contains__, tokens)):
            token = tokens[at]
            found = places.get(token)
            if found is None:
                places[token] = [at]
            else:
                found.append(at)
        for word in keys:
            names = single.get(word)
            if names is not None:
                for name in names:
                    for at in places[word]:
                        yield name, at, at + 1
        # Where a token may fit a shape, in order.
        shape_starts = sorted(chain.from_iterable(map(places.__getitem__, shaped_tokens or ())))
        length = len(tokens)
        for phrase, words in zip(candidates.values(), firsts, strict=True):
            slots = phrase.slots
            first = slots[0]
            if words is None:
                starts: Iterable[int] = shape_starts
            else:
                starts = (
                    places[words.pop()]
                    if len(words) == 1
                    else sorted(at for w in words for at in places[w])
                )
            if phrase.plain:
                # Each slot one token: the phrase fits where every token fits its slot (the
                # first slot's words are where a start was found; a shape is tested).
                size = len(slots)
                rest = slots[1:] if not first.shape else slots
                skip = 1 if not first.shape else 0
                for at in starts:
                    if at + size > length:
                        continue
                    k = at + skip
                    for s in rest:
                        t = tokens[k]
                        if t not in s.words and not (s.shape and _shape_fits(s.shape, t)):
                            break
                        k += 1
                    else:
                        yield phrase.category, at, at + size
            else:
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
    """One sentence of a draft, read: where it is in ``Draft.folded``, its words, what it holds."""

    start: int
    end: int
    tokens: list[str]
    starts: list[int]  # where each token starts in the folded text
    question: bool = False
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # Where clauses break in the sentence, and where quotations run in the whole draft.
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
            if self.tokens[i] in NEGATORS and self.tokens[i + 1] not in NOT_DENYING_AFTER:
                return True
        return False


# A sentence's text is split into keys (``_key``) at everything but ASCII letters and digits
# (``Draft.word_runs``).
_SHAPED = re.compile(r"[0-9£$]")
# What a token (``_TOKEN``) may hold besides ASCII letters and digits: a sentence without any of
# them has its runs of ASCII letters and digits for tokens.
_TOKEN_MARKS = re.compile("['£$]")
_MONEY_MARKS = frozenset("£$")
_MONEY_MARK = re.compile("[£$]")
_NOWHERE: frozenset[int] = frozenset()


class _Text:
    """What every ``Reading`` of one draft shares: where its sentences run, and the words and
    tokens of each sentence asked for; each worked out once, when first needed.
    Made only for a draft that may hold what a rule reads (see ``Reading``)."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.folded = draft.folded
        # Where each sentence ends; an empty one (a blank line) holds no word, and is kept.
        ends = [m.end() for m in _SENTENCE_END.finditer(self.folded)]
        if not ends or ends[-1] < len(self.folded):
            ends.append(len(self.folded))
        self.bounds = list(zip([0, *ends[:-1]], ends, strict=True))
        self.ends = ends  # where each sentence ends (``sentence_at``: the sentence at a place)
        self._keys: dict[int, frozenset[str]] = {}
        self._worded: tuple[list[int], list[frozenset[str]]] | None = None
        self._holding: dict[str, list[int]] = {}
        self._all_read = False  # whether ``_holding`` holds every key of a short draft
        self._tokens: dict[int, tuple[list[str], list[int], list[int]]] = {}
        self._blanked: str | None = None
        self._quotes: list[tuple[int, int]] | None = None
        self._slot_places: dict[_Words, tuple[int, frozenset[str]]] = {}
        self._held_by_any: dict[frozenset[str], frozenset[int]] = {}
        self._sentence_at: list[int] | None = None  # a long draft's, once ``holding`` asks

    def keys(self, i: int) -> frozenset[str]:
        """Sentence ``i``'s words as keys (``_key``): runs of ASCII letters and digits."""
        found = self._keys.get(i)
        if found is None:
            if self._blanked is None:
                self._blanked = self.draft.word_runs
            lo, hi = self.bounds[i]
            found = self._keys[i] = frozenset(self._blanked[lo:hi].split())
        return found

    def worded(self) -> tuple[list[int], list[frozenset[str]]]:
        """The numbers of the sentences that hold a word (``keys``) or a "£" or "$" (which may
        stand for a shape: ``shapes``), and their words: worked out once per draft for the
        readings of every lexicon (a draft of many blank lines or marks has many sentences that
        hold neither, and no category)."""
        found = self._worded
        if found is None:
            # Every sentence's words at once (``keys`` for each, without a call for each).
            if self._blanked is None:
                self._blanked = self.draft.word_runs
            blanked = self._blanked
            keys = [frozenset(blanked[lo:hi].split()) for lo, hi in self.bounds]
            self._keys = dict(enumerate(keys))
            folded = self.folded
            if "£" in folded or "$" in folded:
                search, bounds = _MONEY_MARK.search, self.bounds
                numbers = [i for i, k in enumerate(keys) if k or search(folded, *bounds[i])]
            else:
                numbers = list(compress(count(), keys))
            found = self._worded = (numbers, [keys[i] for i in numbers])
        return found

    def holding(self, key: str) -> Collection[int]:
        """The sentences whose words (``keys``) hold ``key``, worked out once per draft for all
        the readings. In a short draft, every sentence's words are read in one pass, which
        answers for every key; in a long one (``_INDEXED_FROM`` characters or more, where
        ``Draft.starts`` reads all words at once), from where the key stands whole in the draft
        (not glued to an ASCII letter or digit, as a run of ``keys`` is), only for the keys
        asked for. A run never spans two sentences: each ends after a mark or white space."""
        found = self._holding.get(key)
        if found is None:
            if len(self.folded) >= _INDEXED_FROM:
                # (Each place's sentence looked up in C: a common word stands in thousands of
                # places of a long draft.)
                found = self._holding[key] = list(
                    map(self.sentence_at().__getitem__, self.draft.starts(key))
                )
            elif self._all_read:
                return ()
            else:
                return self.held_in_short().get(key, ())
        return found

    def sentence_at(self) -> list[int]:
        """For each place of the folded text, the number of the sentence it is in (what a
        bisection of ``ends`` gives): made once, in C, for a long draft, whose keys stand in
        some ten thousand places, each looked up in it at half the cost of a bisection."""
        found = self._sentence_at
        if found is None:
            lengths = map(sub, self.ends, [0, *self.ends[:-1]])
            found = self._sentence_at = list(chain.from_iterable(map(repeat, count(), lengths)))
        return found

    def held_in_short(self) -> Mapping[str, Collection[int]]:
        """For a short draft (under ``_INDEXED_FROM`` characters), every key of its sentences
        and the sentences holding it (what ``holding`` answers), read in one pass."""
        held = self._holding
        if not self._all_read:
            self._all_read = True
            for i in range(len(self.bounds)):
                for word in self.keys(i):
                    found = held.get(word)
                    if found is None:
                        held[word] = [i]
                    else:
                        found.append(i)
        return held

    def slot_in_long(self, slot: _Words, words: frozenset[str]) -> tuple[int, frozenset[str]]:
        """How many places of a long draft hold a word of ``slot`` (``Draft.starts``), and those
        of its words the draft holds (``words``, the draft's ``ascii_words``): worked out once
        per draft for all the readings, as the same slot stands in many phrases ("i/we")."""
        found = self._slot_places.get(slot)
        if found is None:
            present = words.intersection(slot)
            places = sum(map(len, map(self.draft.starts, present)))
            found = self._slot_places[slot] = (places, present)
        return found

    def holding_any(self, keys: frozenset[str]) -> frozenset[int]:
        """The sentences of a long draft holding one of ``keys`` (a slot's words the draft holds,
        as ``slot_in_long`` gives them), worked out once per draft for all the readings: the
        same slot is the rarest of many phrases, and its sentences were gathered again for each.
        (Only a need's rarest slot is kept so: kept for the slots that narrow it too, the sets
        took 0.6 MiB more of the heap at the peak of a 100,000-character check, for no time.)"""
        found = self._held_by_any.get(keys)
        if found is None:
            found = self._held_by_any[keys] = _NOWHERE.union(*map(self.holding, keys))
        return found

    def shapes(self, i: int) -> bool:
        """Whether sentence ``i`` may hold a shape: a digit, £ or $, or a number in words."""
        lo, hi = self.bounds[i]
        return _SHAPED.search(self.folded, lo, hi) is not None or not NUMBER_WORDS.isdisjoint(
            self.keys(i)
        )

    def tokens(self, i: int) -> tuple[list[str], list[int], list[int]]:
        """Sentence ``i``'s tokens, where each starts, and where its clauses break; found once
        for all the readings of the draft (the lists are shared: nothing may change them)."""
        found = self._tokens.get(i)
        if found is None:
            lo, hi = self.bounds[i]
            folded = self.folded
            # The sentence split at its tokens, which the split keeps: a token starts where the
            # lengths of the pieces before it add up to (as ``Draft.starts`` reads words), all
            # worked out in C, without a match object for each token.
            text = folded[lo:hi]
            if _TOKEN_MARKS.search(text) is None:
                # Without an apostrophe, "£" or "$", the tokens are the runs of the draft's
                # ``word_runs`` there, split at each space: a piece (a token, or an empty string
                # between two spaces) starts one past where the piece before it ends, which is
                # where the lengths of the pieces before it, and one for each, add up to. A
                # plain split, with no pattern to run: about a tenth cheaper.
                if self._blanked is None:
                    self._blanked = self.draft.word_runs
                pieces = self._blanked[lo:hi].split(" ")
                tokens = list(filter(None, pieces))
                starts = list(
                    compress(map(add, accumulate(map(len, pieces), initial=lo), count()), pieces)
                )
            else:
                pieces = _TOKENS_KEPT.split(text)
                ends = list(accumulate(map(len, pieces), initial=lo))
                tokens, starts = pieces[1::2], ends[1:-1:2]
            breaks = [m.start() for m in _CLAUSE_MARK.finditer(folded, lo, hi)]
            if "-" in text or "–" in text or "—" in text:
                dashes = [m.start() for m in _CLAUSE_DASH.finditer(folded, lo, hi)]
                if dashes:
                    breaks = sorted(breaks + dashes)
            found = self._tokens[i] = (tokens, starts, breaks)
        return found

    @property
    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            folded = self.folded
            self._quotes = (
                [m.span() for m in _QUOTED.finditer(folded)]
                if '"' in folded or "“" in folded
                else []
            )
        return self._quotes


@dataclass(frozen=True, eq=False)
class Group:
    """Categories a rule looks for together: all of ``here`` in one sentence, in a draft that
    holds all of ``anywhere`` too. Made by ``Reading.needs``."""

    here: tuple[str, ...]
    anywhere: tuple[str, ...]
    categories: frozenset[str]
    # The categories of ``here`` whose sentences are found by looking for their words
    # (``_Gate.locates``), worked out once from the lexicon rather than at each draft.
    locating: tuple[str, ...] = ()
    # ``here`` as a set, made from it, for the test of a set of categories holding them all
    # that each check makes of every group (``set.issuperset`` given a tuple makes a set of it
    # at each call).
    here_set: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # (A group without ``anywhere``, most of them, has its ``categories`` for ``here``.)
        here = self.categories if not self.anywhere else frozenset(self.here)
        object.__setattr__(self, "here_set", here)


_categories_of = attrgetter("categories")
_here_set_of = attrgetter("here_set")
_anywhere_of = attrgetter("anywhere")


class _DraftReading:
    """One ``Reading`` of one draft: the categories it may hold, the sentences that may hold each
    group, and those sentences read."""

    def __init__(self, reading: Reading, draft: Draft) -> None:
        self.reading = reading
        self.draft = draft
        self._text: _Text | None = None
        self._read: dict[int, Sentence] = {}
        self._anywhere: dict[str, bool] = {}
        self._present: set[str] | None = None
        # For each category that locates and was asked for, the sentences holding one of its
        # keys (``_held``).
        self._held_of: dict[str, AbstractSet[int]] = {}
        self._need_held: dict[_Needs, AbstractSet[int]] = {}  # a long draft's, by need
        # Whether a sentence's words are enough for a category (``_Gate.possible``), in a long
        # draft, asked for one sentence and category at a time.
        self._possible: dict[tuple[int, str], bool] = {}
        # In a short draft, the categories each sentence's words are enough for, all at once.
        self._held_by_sentence: dict[int, set[str]] | None = None
        # The groups whose categories the draft's words allow (most drafts: none or a few), and
        # for each asked for, the sentences that may hold it.
        groups = reading.groups
        if len(draft.folded) < _INDEXED_FROM:
            # A short draft: the groups whose sentence categories stand in one sentence at
            # least (the others hold no sentence) and whose categories anywhere the draft's
            # words allow; the draft's words are read (``Lexicon.allows``) only for a group
            # that has such categories, for a category no sentence holds, and for it alone (not
            # every category of the lexicon, as ``present`` would), each once, added to the
            # categories the sentences hold. Each sentence's categories are among those the
            # draft's words allow: no group that these leave out holds one.
            held = self._held_by_sentence = draft.analysis(reading.lexicon.held_by_sentence)
            union = set().union(*held.values())
            likely = list(compress(groups, map(union.issuperset, map(_here_set_of, groups))))
            allows = reading.lexicon.allows
            union.update(
                c
                for c in set(chain.from_iterable(map(_anywhere_of, likely))).difference(union)
                if allows(draft, c)
            )
            self.allowed = set(compress(likely, map(union.issuperset, map(_anywhere_of, likely))))
        else:
            self.allowed = set(
                compress(groups, map(self.present.issuperset, map(_categories_of, groups)))
            )
        self._of_group: dict[Group, list[int]] = {}

    @property
    def present(self) -> set[str]:
        """The categories the draft's words are enough for (``Lexicon.present_in``), worked
        out when first asked for: two readings of one lexicon (the regulators pack's) share it."""
        if self._present is None:
            self._present = self.draft.analysis(self.reading.lexicon.present_in)
        return self._present

    def of_group(self, group: Group) -> list[int]:
        """The sentences that may hold ``group`` (one of ``allowed``), worked out when a rule
        first asks for them: a rule that stops before asking (an earlier test of its own rules
        the draft out) costs no step here."""
        found = self._of_group.get(group)
        if found is None:
            found = self._of_group[group] = self._holding(
                group.here, group.locating, group.here_set
            )
        return found

    def of_groups(self, groups: Iterable[Group]) -> list[int]:
        """The sentences that may hold one of ``groups`` (those not ``allowed`` hold none), in
        the draft's order: one group's list as it is (most often only one is allowed), several
        merged."""
        allowed = self.allowed
        found: list[int] | None = None
        indices: set[int] | None = None
        for group in groups:
            if group in allowed:
                of_group = self.of_group(group)
                if found is None:
                    found = of_group
                else:
                    if indices is None:
                        indices = set(found)
                    indices.update(of_group)
        if indices is not None:
            return sorted(indices)
        return [] if found is None else found

    @property
    def text(self) -> _Text:
        if self._text is None:
            self._text = self.draft.analysis(_Text)
        return self._text

    def sentence(self, i: int) -> Sentence:
        found = self._read.get(i)
        if found is None:
            found = self._read[i] = self._read_sentence(i)
        return found

    def _read_sentence(self, i: int) -> Sentence:
        text = self.text
        lo, hi = text.bounds[i]
        tokens, starts, breaks = text.tokens(i)
        quotes = text.quotes
        sentence = Sentence(lo, hi, tokens, starts, breaks=breaks, quotes=quotes)
        # A question asks in its first words, or is one clause ending in "?": "There's an
        # enquiry about our night nurse, how long do they last?" tells before it asks.
        if tokens and text.folded[lo:hi].rstrip().endswith("?"):
            one_clause = sentence.clause(0) == sentence.clause(len(tokens) - 1)
            sentence.question = tokens[0] in QUESTION_OPENERS or one_clause
        for category, at, end in self.reading.lexicon.find(tokens):
            if not (quotes and sentence.quoted(at)):
                sentence.hits.setdefault(category, []).append((at, end))
        return sentence

    def _located(self, locating: tuple[str, ...]) -> AbstractSet[int] | None:
        """The sentences holding a key of each of ``locating``, the categories that can be looked
        for by their words, from the category held by the fewest sentences until few sentences
        are left; None if there is none. (Any such sentences will do: ``_holding`` reads each
        one's words.)"""
        if len(locating) < 2:
            return self._held(locating[0]) if locating else None
        found = sorted(map(self._held, locating), key=len)
        located = found[0]
        for sentences in found[1:]:
            if len(located) <= _FEW:
                break
            located = located & sentences
        return located

    def _held(self, category: str) -> AbstractSet[int]:
        """The sentences holding one of ``category``'s keys, worked out once per draft for a
        category asked for, from the keys the draft holds (``Draft.ascii_words``, a set
        intersection) and the sentences holding each (``_Text.holding``, shared by the
        readings): no step for a category no group asks for, nor, in a long draft, for a
        sentence without such a key. A key that is not a run of ASCII letters and digits is in
        no sentence's words (``_Text.keys``), nor in the draft's."""
        found = self._held_of.get(category)
        if found is None:
            gate = self.reading.lexicon.gates[category]
            words = self.draft.ascii_words
            holding = self.text.holding
            if words is None:
                found = _NOWHERE.union(*map(holding, gate.needs))
            elif len(self.draft.folded) < _INDEXED_FROM:
                held = self.text.held_in_short()
                found = _NOWHERE.union(*map(held.get, _keys_in(gate, words), repeat(())))
            else:
                # In a long draft, the sentences that may hold one of the phrases the draft's
                # words are enough for ("in" starts "some of us are in", which a draft without
                # "us" holds nowhere), each found from where its rarer words stand.
                found = set()
                for key in _keys_in(gate, words):
                    for need in gate.needs[key]:
                        if not any(map(words.isdisjoint, need)):
                            found |= self._holding_need(need, words)
            self._held_of[category] = found
        return found

    def _holding_need(self, need: _Needs, words: frozenset[str]) -> AbstractSet[int]:
        """Sentences of a long draft that may hold a word of each slot of ``need`` (at least
        those that do): from the slot whose words the draft holds least often, narrowed by the
        next ones while that costs fewer steps than reading the sentences it rules out would
        (a sentence read is worth some ``_NARROWING`` places of a word)."""
        found = self._need_held.get(need)
        if found is None:
            text = self.text
            slots = sorted(map(text.slot_in_long, need, repeat(words)), key=itemgetter(0))
            holding = text.holding
            found = text.holding_any(slots[0][1])
            for places, present in slots[1:]:
                if len(found) <= _FEW or places > _NARROWING * len(found):
                    break
                found = found.intersection(chain.from_iterable(map(holding, present)))
            self._need_held[need] = found
        return found

    def _holding(
        self, here: tuple[str, ...], locating: tuple[str, ...], here_set: frozenset[str]
    ) -> list[int]:
        """The sentences whose words are enough for a phrase of each of ``here`` (``here_set``,
        the same as a set); ``locating``, those of them that can be looked for by their words
        (``_Gate.locates``)."""
        held = self._held_by_sentence
        if held is not None:
            # A short draft: each sentence's categories, read once for every group at once; a
            # group's sentences are those holding all of its categories, one test each in C.
            return list(compress(held, map(set.issuperset, held.values(), repeat(here_set))))
        located = self._located(locating)
        text = self.text
        gates = self.reading.lexicon.gates
        possible = self._possible
        found = []
        for i in range(len(text.bounds)) if located is None else sorted(located):
            keys = text.keys(i)
            for c in here:
                fits = possible.get((i, c))
                if fits is None:
                    fits = possible[(i, c)] = gates[c].possible(keys, text.shapes, i)
                if not fits:
                    break
            else:
                found.append(i)
        return found

    def anywhere(self, category: str) -> bool:
        found = self._anywhere.get(category)
        if found is None:
            # (In a short draft, the sentences found hold only categories the draft's words
            # allow: ``present`` need not be read first.)
            found = (self._held_by_sentence is not None or category in self.present) and any(
                category in self.sentence(i).hits
                for i in self._holding(
                    (category,),
                    (category,) if self.reading.lexicon.gates[category].locates else (),
                    frozenset((category,)),
                )
            )
            self._anywhere[category] = found
        return found


# Once this few sentences are left, reading their words is cheaper than looking for more words.
_FEW = 3
# A sentence's words read and tested cost about as many steps as this many places of a word
# turned into the sentences holding them (``_Text.holding``).
_NARROWING = 8


class Reading:
    """The sentences of a draft that may hold what a pack's rules look for, with one lexicon's
    categories found in each: read once per check, and only where it can matter.

    Each rule declares what it looks for together (``needs``: categories in one sentence, and
    categories anywhere in the draft). Every phrase needs a word of each of its slots that must be
    filled, and is indexed by the rarest of them (``_Phrase.rarest_words``). In a short draft
    (under ``_INDEXED_FROM`` characters), the categories each sentence's words are enough for are
    worked out once for every group (``Lexicon.held_by_sentence``): a group's sentences are those
    that hold all of its categories, and only those are read. In a long one, a draft without such
    words for each category of a group cannot hold it, which costs a few set operations on the
    draft's words, and most drafts stop there; otherwise the sentences where the rarer
    categories' words stand are found (from where each of their words the draft holds stands,
    found once for all the readings of the draft: no step for a sentence without one) and only
    those whose own words are enough are read. Tests check that this never changes what is
    found.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.groups: list[Group] = []
        # The analysis a draft keeps this reading under, one bound method made once: each of
        # the forty calls of a check would otherwise make its own to look it up.
        self._analysis = self._analyse

    def needs(self, here: Iterable[str], anywhere: Iterable[str] = ()) -> Group:
        """Declare a group of categories a rule reads (see ``Group``), for ``sentences``."""
        here, anywhere = tuple(here), tuple(anywhere)
        unknown = {*here, *anywhere} - set(self.lexicon.categories)
        if unknown:
            raise ValueError(f"unknown categories {sorted(unknown)}")
        for group in self.groups:
            if (group.here, group.anywhere) == (here, anywhere):
                return group
        gates = self.lexicon.gates
        locating = tuple(c for c in here if gates[c].locates)
        group = Group(here, anywhere, frozenset((*here, *anywhere)), locating)
        self.groups.append(group)
        return group

    def _of_draft(self, draft: Draft) -> _DraftReading:
        return draft.analysis(self._analysis)

    def _analyse(self, draft: Draft) -> _DraftReading:
        return _DraftReading(self, draft)

    def sentences(self, draft: Draft, groups: Iterable[Group]) -> list[Sentence]:
        """The sentences, read, that may hold one of ``groups``, in the draft's order."""
        state = draft.analysis(self._analysis)  # ``_of_draft``, a call less for each rule
        allowed = state.allowed
        if not allowed:
            return []
        return list(map(state.sentence, state.of_groups(groups)))

    def may_hold(self, draft: Draft, groups: Iterable[Group]) -> list[int]:
        """The numbers (in ``sentence_bounds``) of the sentences that may hold one of
        ``groups``, in the draft's order, without reading them: for a rule that can rule most of
        them out more cheaply than by reading."""
        return list(self._of_draft(draft).of_groups(groups))  # a copy: the reading keeps its own

    def of(self, draft: Draft) -> list[Sentence]:
        """The sentences that may hold any group declared."""
        return self.sentences(draft, self.groups)

    def anywhere(self, draft: Draft, category: str) -> bool:
        """Whether a phrase of ``category`` is in the draft, outside quotation marks."""
        return draft.analysis(self._analysis).anywhere(category)

    def sentence_at(self, draft: Draft, at: int) -> Sentence:
        """The sentence holding position ``at`` of the folded text, read."""
        state = self._of_draft(draft)
        bounds = state.text.bounds
        return state.sentence(max(bisect_left(bounds, (at + 1,)) - 1, 0))

    def sentence_before(self, draft: Draft, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence`` that holds words, read; None at the draft's start."""
        state = self._of_draft(draft)
        bounds = state.text.bounds
        i = bisect_left(bounds, (sentence.start, sentence.end)) - 1
        while i >= 0 and not state.sentence(i).tokens:
            i -= 1
        return state.sentence(i) if i >= 0 else None

    def sentence_after(self, draft: Draft, sentence: Sentence) -> Sentence | None:
        """The sentence that starts after ``sentence``, from the first character that is not a
        space, read; None at the draft's end."""
        text = draft.folded
        at = sentence.end
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            return None
        after = self.sentence_at(draft, at)
        return after if after.start >= sentence.end else None

    def __call__(self, draft: Draft) -> list[Sentence]:
        """Every sentence of the draft, read (for tests of the shortcuts)."""
        state = _DraftReading(self, draft)
        return [state.sentence(i) for i in range(len(state.text.bounds))]


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
    _parsed: tuple[tuple[str, tuple[str, ...], tuple[str, ...], Group], ...] = field(
        init=False, repr=False, compare=False
    )
    _groups: tuple[Group, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parsed = []
        for combo in self.combos:
            names = combo.split("+")
            here = tuple(n for n in names[1:] if not n.startswith("^"))
            anywhere = tuple(n[1:] for n in names[1:] if n.startswith("^"))
            unknown = set(self.unless) - set(self.reading.lexicon.categories)
            if unknown:
                raise ValueError(f"unknown categories {sorted(unknown)}")
            group = self.reading.needs((names[0], *here), anywhere)
            parsed.append((names[0], here, anywhere, group))
        object.__setattr__(self, "_parsed", tuple(parsed))
        object.__setattr__(self, "_groups", tuple(group for *_, group in parsed))

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        sentences = self.reading.sentences(draft, self._groups)
        if not sentences:  # most drafts, for most rules: no generator set up to find nothing
            return iter(())
        return self._found(draft, sentences)

    def _found(self, draft: Draft, sentences: list[Sentence]) -> Iterator[Span]:
        unless = self.unless
        for sentence in sentences:
            if sentence.question and not self.questions:
                continue
            hits = sentence.hits  # ``Sentence.has``, tested in C
            if unless and not hits.keys().isdisjoint(unless):
                continue
            for act, here, anywhere, _ in self._parsed:
                acts = hits.get(act)
                if not acts or not all(map(hits.__contains__, here)):
                    continue
                if not all(self.reading.anywhere(draft, c) for c in anywhere):
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

    def __post_init__(self) -> None:
        # An ``Either`` among the matchers (a rule's own, to which ``core.learned`` adds the
        # scorer's sentences) is replaced by its own matchers: a span overlapping none reported
        # before is reported, whichever layer tests it, and a layer less of generators costs
        # each rule that has one fewer steps at every check.
        if any(type(m) is Either for m in self.matchers):
            flat = chain.from_iterable(
                m.matchers if type(m) is Either else (m,) for m in self.matchers
            )
            object.__setattr__(self, "matchers", tuple(flat))

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        # The spans reported overlap none of each other, so in order of (start, end) their ends
        # never decrease: of those that start before a span ends, the last ends furthest, and one
        # bisection tells whether any overlaps it (a long draft's sentences are hundreds). A span
        # ending before it starts, which no matcher gives, is tested against each span reported.
        found: list[Span] = []
        ordered: list[tuple[int, int]] = []  # (start, end) of each span found, in order
        forward = True  # whether every span found ends at or after its start
        for matcher in self.matchers:
            for span in matcher.find(draft, context):
                start, end = span.start, span.end
                if forward and start <= end:
                    i = bisect_left(ordered, (end,))
                    if i and ordered[i - 1][1] > start:
                        continue
                elif any(start < f.end and f.start < end for f in found):
                    continue
                found.append(span)
                if start <= end:
                    insort(ordered, (start, end))
                else:
                    forward = False
                yield span


@dataclass(frozen=True)
class UnlessSaid:
    """The spans of ``matcher``, unless a phrase of one of ``categories`` is anywhere in the
    draft: "bumping this, no worries if nobody knows" lets the group off."""

    matcher: Matcher
    reading: Reading
    categories: tuple[str, ...]

    def find(self, draft: Draft, context: Context) -> Iterator[Span]:
        # A list, not a generator: the spans are all found before any is given.
        spans = list(self.matcher.find(draft, context))
        if not spans or any(self.reading.anywhere(draft, c) for c in self.categories):
            return iter(())
        return iter(spans)


# What ``core.learned`` reads of a draft, by public names: the same words and sentences as the
# rules here, so that the scorer and the rules cannot read a draft differently.
WORD = _TOKEN  # a word as the conduct packs read it, in the folded text


def sentence_bounds(draft: Draft) -> list[tuple[int, int]]:
    """Where each sentence of ``draft`` runs in its folded text (``Draft.folded``), blank ones
    included; worked out once per draft and shared with the rules' reading."""
    return draft.analysis(_Text).bounds
