"""The offensive pack's reading of a draft: once per check, shared by its six rules.

The draft is first revealed (``core.obfuscation``, through ``Draft.revealed``): digits and
symbols read as letters, spaced-out letters joined, run-together words split, letters repeated
three or more times cut to one. A cheap test of the words decides whether anything here could
matter; most drafts stop there. Otherwise each sentence that holds a word of interest is read as a
list of words, each put in its dictionary form ("womn" -> "women", "haet" -> "hate"), and two
things are looked for: words offensive in themselves (``lexicon``, less the homonyms their context
makes innocent), and the statement shapes of ``grammar``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from itertools import accumulate, compress, count
from operator import not_

from ...draft import Draft
from ...matchers import word_set
from ...memo import Memo
from ...model import Context, Span
from ...obfuscation import View
from ...text import Blanker
from . import lexicon as lx
from .forms import (
    CANON,
    CONTEMPT_SET,
    DEHUMANISING_SET,
    FORMS,
    GLUE,
    GROUP_ADJECTIVE_SET,
    GROUP_MARKS,
    GROUP_NOUN_SET,
    HOMONYMS_OF,
    LEX,
    PAIR_FIRSTS,
    RUN_SLIPS,
    TWO_WORD_FORMS,
    canon_of,
    group_like,
    is_people_noun,
    is_pronoun_only,
    known,
    lookup_star,
    lookup_stars_to_end,
    people_like,
)
from .grammar import (
    DENIED,
    FEARED,
    IDIOMS,
    NEEDED,
    SHAPES,
    SHAPES_NEEDING,
    THREAT_THEM,
    VEILED_BY_FIRST,
    Shape,
    suspect_in,
)

# The rules of the pack, by the name the reading files their spans under.
RULE_NAMES = (
    "slur", "profanity", "insult", "threat", "dehumanising", "derogatory_group",
)  # fmt: skip

# What splits a revealed text into words, besides white space.
MARKS = '.,;:!?"()[]{}<>/\\=&%#~^`\n\t\r“”«»…–—'
split_marks = Blanker(MARKS)
SENTENCE = re.compile(r"[^.!?\n;]+")
SENTENCE_END = re.compile(r"[.!?\n;]")
# The view with its marks blanked as ``split_marks`` does, but its sentence ends (``SENTENCE_END``,
# all in ``MARKS``) made line breaks: split on white space, the same words; split on line breaks,
# its sentences, each with its words, for ``analyse`` to tell which hold a suspect word.
_ENDS = ".!?\n;"
_TO_LINES = bytes.maketrans(
    "".join(c for c in MARKS if c.isascii()).encode("ascii"),
    "".join("\n" if c in _ENDS else " " for c in MARKS if c.isascii()).encode("ascii"),
)
_WIDE_MARKS = tuple(c for c in MARKS if not c.isascii())


def marks_to_lines(text: str) -> str:
    """``split_marks(text)``, but with a line break for each sentence end: the same length, and
    the same translation of the text's UTF-8 bytes (``core.text.Blanker``)."""
    out = (
        text.encode("utf-8", "surrogatepass").translate(_TO_LINES).decode("utf-8", "surrogatepass")
    )
    for c in _WIDE_MARKS:
        if c in out:
            out = out.replace(c, " ")
    return out


TOKEN = re.compile(r"[a-z*]+(?:['-][a-z]+)*'?|,")
_STAR_OK = re.compile(r"[a-z]\*+[a-z]")
# Titles before a name hidden with stars ("Mrs T***"), which is no swear word.
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "mx", "sir", "nurse", "sister", "auntie"))
LETTER_RUN = re.compile(r"[a-z]+")


class SentenceWords:
    """The words of a sentence: their dictionary forms, the words as written (a word whose form
    is two words, "wanna", is listed twice) and where each is in the view."""

    __slots__ = ("_bounds", "_spans", "forms", "raws")

    def __init__(
        self,
        forms: list[str],
        raws: list[str],
        spans: list[tuple[int, int]] | None,
        bounds: tuple[str, int, int] = ("", 0, 0),
    ) -> None:
        self.forms = forms
        self.raws = raws
        # None: one word per token of the view text between ``bounds``, found when first asked
        # for (most sentences read need the forms only, or the spans of a word or two).
        self._spans = spans
        self._bounds = bounds

    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            text, start, end = self._bounds
            self._spans = [m.span() for m in TOKEN.finditer(text, start, end)]
        return self._spans

    def span(self, index: int) -> tuple[int, int]:
        return self.spans()[index]


def read_words(view: View, start: int, end: int) -> SentenceWords:
    text = view.text
    if view.runs:
        return read_words_one_by_one(view, start, end)
    if text.find("*", start, end) < 0:
        # Without stars or spaced-out letters, read_words_one_by_one only looks up each token's
        # form: done here for all at once, unless one has a form of two words.
        raws = TOKEN.findall(text, start, end)
        if TWO_WORD_FORMS.isdisjoint(raws):
            forms: list[str] = list(map(FORMS.get, raws, raws))
            if text.find("'s", start, end) >= 0:
                # A possessive's form is read by its parts (FORMS does not list them).
                forms = [
                    canon_of(raw) or raw if raw[-2:] == "'s" else form
                    for raw, form in zip(raws, forms, strict=True)
                ]
            return SentenceWords(forms, raws, None, (text, start, end))
    return _read_words_without_runs(text, start, end)


def _unstarred(raw: str, raws: list[str]) -> str:
    """A token with stars for letters read as the word it hides ("f*ck"), or with its stars
    dropped; after a title ("Mrs T***") stars running to the word's end hide a name, not a
    sworn word."""
    form = lookup_star(raw) if _STAR_OK.search(raw) else None
    if form is None and not (raws and raws[-1] in _TITLES):
        form = lookup_stars_to_end(raw)
    return form or raw.replace("*", "")


def _read_words_without_runs(text: str, start: int, end: int) -> SentenceWords:
    """read_words_one_by_one for a sentence without spaced-out letters: only a token with stars
    or a form of two words needs a step of its own, and no token is asked whether it lies in a
    run (a sentence with a sworn word starred, "f*ck", is read this way)."""
    forms: list[str] = []
    raws: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in TOKEN.finditer(text, start, end):
        raw = m.group()
        if "*" in raw:
            raw = _unstarred(raw, raws)
            if not raw:
                continue  # a lone "*" or "**": a footnote, a sum, bold in markdown
        canon = canon_of(raw)
        if canon is not None and " " in canon:
            for piece in canon.split(" "):
                forms.append(piece)
                raws.append(raw)
                spans.append(m.span())
        else:
            forms.append(canon or raw)
            raws.append(raw)
            spans.append(m.span())
    return SentenceWords(forms, raws, spans)


def read_words_one_by_one(view: View, start: int, end: int) -> SentenceWords:
    """The words of a sentence, read token by token: a token may hold stars for letters, be
    spaced-out letters with an article in front, or have a form of two words."""
    text = view.text
    forms: list[str] = []
    raws: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in TOKEN.finditer(text, start, end):
        raw = m.group()
        s, e = m.span()
        if "*" in raw:
            raw = _unstarred(raw, raws)
            if not raw:
                continue  # a lone "*" or "**": a footnote, a sum, bold in markdown
        if (
            raw[0] in "ai"
            and raw not in LEX
            and raw not in CANON
            and (raw[1:] in LEX or raw[1:] in CANON)
            and view.in_run(s)
        ):
            # "a b i t c h" was joined as "abitch": the article belongs to the sentence.
            forms.append(raw[0])
            raws.append(raw[0])
            spans.append((s, s + 1))
            raw = raw[1:]
            s += 1
        if raw not in LEX and raw not in CANON and raw in RUN_SLIPS and view.in_run(s):
            raw = RUN_SLIPS[raw]  # "k i l", "s c m": a letter left out of a spaced-out word
        canon = canon_of(raw)
        pieces = canon.split(" ") if canon is not None and " " in canon else [canon or raw]
        for piece in pieces:
            forms.append(piece)
            raws.append(raw)
            spans.append((s, e))
    return SentenceWords(forms, raws, spans)


def lexicon_rule(
    words: list[str], sentence: frozenset[str], index: int, rule: str, family: str
) -> str | None:
    """The rule for a lexicon word in context, or None when one of its family's homonym
    exceptions (``lexicon.HOMONYMS``) makes it innocent there.

    ``sentence`` is the set of ``words``, made once per sentence however many lexicon words it has.
    """
    exceptions = HOMONYMS_OF.get(family)
    if exceptions is None:
        return rule
    word = words[index]
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    for homonym, forms in exceptions:
        if forms is not None and word not in forms:
            continue
        if (
            not sentence.isdisjoint(homonym.near)
            or before in homonym.before
            or after in homonym.after
            or (homonym.only_after and before not in homonym.only_after)
        ):
            return None
    return rule


def _word_index(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


# Who a name may not be aimed at: the writer ("I'm an idiot"), a thing ("it's a lump").
NOT_NAMED = word_set(
    "i i'm i've we we're we've it it's there there's this what what's that's here's"
)
# The writer, in the words before a name: "I felt like a complete idiot".
SELF = word_set("i i'm i've i'd me myself we we're")
# Words that open a noun phrase: one before a noun and the writer ("the nurse I had today", "the
# commissioner we met") makes the writer part of a clause about that person, not the subject.
_OPENERS = word_set("the that this our my your his her their a an every each any")


def _writer_before(tagged: list[str], first: int) -> bool:
    """Whether the writer stands in the four words before a name at word ``first`` ("I felt like
    a complete idiot"), other than inside a clause about someone named just before them ("the
    commissioner we met today is an incompetent fool", "the agency worker we got is a lazy cow"):
    a word for people, or a noun opened by "the", "my" and the like, just before the writer; not
    an organisation or a thing ("the agency we're with couldn't organise a piss-up"); nor "me"
    said for "my" before a word for people ("me mam's carer")."""
    window = max(0, first - 4)
    for at in range(first - 1, window - 1, -1):
        if tagged[at] == "me" and at + 1 < first and tagged[at + 1].endswith("_p"):
            continue  # "me mam's carer is a thick lazy cow": "me" for "my", someone else's
        if tagged[at] in SELF:
            before = tagged[at - 1] if at else ""
            return not (
                before.endswith("_p")
                or (
                    at >= 2
                    and tagged[at - 2] in _OPENERS
                    and before not in SELF
                    and before not in _OPENERS
                    and before not in lx.SAID_OF_THINGS
                )
            )
    return False


# Who a bare animal word or a comparison may be said of: people, not things ("the soup is thick
# as porridge").
# Words a few words before a charge laid on them all that deny it ("none of them are lazy").
_ALL_DENIED = lx.NEGATED_BEFORE | word_set("none nobody aren't isn't wasn't weren't")
# Words of a predicate's subject that make it the writer's own workplace or the people they
# support ("the nurses on my ward", "our clients", "the people I support").
_OWN = word_set("my our i we me us")
_SUPPORTED = word_set("residents_p clients_p patients_p users_p service-users_p ones")
# Words for many people that do not end in "s": "the night staff are lazy".
_MANY = word_set("people folk staff police men women children clergy crew")
PERSON_SUBJECTS = word_set("he she you they he's she's you're they're ye yous u him her them")
# Words before "you" that make what follows a form of address, not a name: "thank you madam".
THANKING = word_set("thank thanks cheers ta bless love miss")
# The writer, just after a name: "what an idiot I am", "such a muppet, me".
SELF_AFTER = re.compile(r" (?:, )?(?:i am|i'm|am i|i was|was i|i've been|i felt|i feel|me)(?= |$)")
# A statement's target that starts with one of these is not what the statement is said of.
_PREPOSITIONS = word_set("from of by to with about at for into onto than over under after")
# Of those, the ones that make the people after them what a statement is about, not who does it,
# wherever they stand in its target ("the comment left about foreigners under your post was
# vile"); not "of", "with" and "from", which name a group ("people with autism", "people of
# faith", "care workers from overseas").
_OBJECT_PREPOSITIONS = _PREPOSITIONS - word_set("of with from")
QUOTES = "\"'“”‘’"
# An eye-roll, an upside-down smile or a sarcasm tag: what it follows is not meant.
SARCASM = re.compile(r"[🙄🙃😒]|(?<![a-z])/s\b")
# Laughter in the sentence makes a harm said a joke: "I'm going to kill whoever took the mugs 😂".
JOKING = re.compile(r"[😂🤣😆😅]|\b(?:lol|lmao|haha+|hehe+|only joking|just joking|jk)\b")


def _subject(tagged: list[str], starts: list[int], line: str, at: int) -> str:
    """The word a copula at ``at`` in the line is said of: the word itself when the copula is its
    ending ("deputy's"), else the word before."""
    index = _word_index(starts, at)
    if starts[index] < at:  # "'s" or "'re" inside the word
        return tagged[index]
    return tagged[index - 1] if index else ""


# The opener of a caption about the writer: "Me trying to do the meds round after a double 😂
# thick as two short planks today".
_CAPTION_OPENERS = word_set("me myself")
_WITH_ANOTHER = word_set("and n an' with")  # "me and Kev on nights": someone else too


def _caption_of_the_writer(tagged: list[str], first: int) -> bool:
    """Whether a name at word ``first`` ends a sentence that opens on the writer ("me ...") with
    no one else named before it: the writer's joke at their own expense, not an insult."""
    return (
        bool(tagged)
        and tagged[0] in _CAPTION_OPENERS
        and (len(tagged) < 2 or tagged[1] not in _WITH_ANOTHER)
        and not any(w.endswith("_p") or w in PERSON_SUBJECTS for w in tagged[1:first])
    )


def _target_words_end_plural(target: str) -> bool:
    """Whether a statement's target is many people ("liberals"), not one ("my son", "he")."""
    words = target.replace("_p", "").split()
    return bool(words) and words[-1].endswith("s") and words[-1] not in ("his", "us")


class _Marks:
    """Where a sentence's quotation marks stand, found once per sentence, so that asking whether
    a span is quoted costs a few look-ups instead of a pass over the sentence before it (a
    sentence of many offensive words asks once for each)."""

    __slots__ = ("closing", "first", "opening", "straight", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.straight = _places(text, '"')
        self.opening = _places(text, "“")
        self.closing = _places(text, "”")
        self.first = len(text) - len(text.lstrip())  # its first character not a space


def _places(text: str, mark: str) -> list[int]:
    found: list[int] = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _last_before(places: list[int], end: int, start: int = 0) -> int:
    """The last of ``places`` in [start, end), or -1."""
    index = bisect_left(places, end)
    return places[index - 1] if index and places[index - 1] >= start else -1


_marks = _Marks("")


_laughing: tuple[str, bool] = ("", False)


def _said_laughing(text: str) -> bool:
    """Whether the sentence holds a laugh (``JOKING``), searched once for each sentence, not
    once for each threat in it: a long unpunctuated paste is one sentence of many threats."""
    global _laughing
    if _laughing[0] is not text:
        _laughing = (text, JOKING.search(text) is not None)
    return _laughing[1]


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a span of the sentence stands in quotation marks: a word mentioned, not used, or
    words reported ('she said "I'll wring your neck" at breakfast')."""
    global _marks
    if _marks.text is not text:
        _marks = _Marks(text)
    marks = _marks
    # The sentence before the span and after it, without the spaces beside the span.
    before = start
    while before and text[before - 1].isspace():
        before -= 1
    after, size = end, len(text)
    while after < size and text[after].isspace():
        after += 1
    if before and text[before - 1] in QUOTES and after < size and text[after] in QUOTES:
        return True
    # Inside a double quotation that opens before the span and closes after it, or after the
    # sentence's end ('I said to the nurse, "he is not a bed blocker.'): a mark opening the
    # sentence with nothing after it may close the one before, so that one must close here.
    straight, opening, closing = marks.straight, marks.opening, marks.closing
    opened = bisect_left(straight, before) % 2 == 1 or _last_before(opening, before) > _last_before(
        closing, before
    )
    if opened:
        closes_after = (bool(straight) and straight[-1] >= after) or (
            bool(closing) and closing[-1] >= after
        )
        opens_sentence = marks.first < before and text[marks.first] in QUOTES
        if closes_after or not opens_sentence:
            return True
    # A quotation opening inside the span and running on past it: the words after a verb of
    # speech ('a carer told my mum "you're a burden'), reported rather than said.
    inside = bisect_left(straight, end) - bisect_left(straight, start)
    return inside % 2 == 1 or _last_before(opening, end, start) > _last_before(closing, end, start)


_THING_OPENS = word_set("the my our your his her their this that")


def _thing_named_before(tagged: list[str], first: int) -> bool:
    """Whether the sentence opens on an animal or a thing (``lexicon.NAMED_THINGS``) a few words
    before a name, and no word for a person stands between: the name is said of that thing, with
    a place between ("the dog at number 14 is an absolute beast", "my washing machine is as much
    use as ..."); not "Sharon on the rota is ...", whose sentence opens on a person."""
    if first > 7 or not tagged or tagged[0] not in _THING_OPENS:
        return False
    said_of = tagged[1:first]
    return not lx.NAMED_THINGS.isdisjoint(said_of[:3]) and not any(
        w.endswith("_p") or w in PERSON_SUBJECTS or w in ("who", "whoever") for w in said_of
    )


# What makes "lot" a set of people: a word naming them before it, after "the" or another
# determiner ("the agency lot", "our night lot"), or "that" or "them" alone ("them lot upstairs");
# not a quantity ("a lot", "the whole lot", "the next lot of forms").
_LOT_OPENS = word_set("the our your their that them those")
_LOT_ALONE = word_set("that them those")
_LOT_NOT_PEOPLE = word_set(
    "whole entire same next last first other parking car bottom top best worst biggest auction "
    "job cheap"
)


def _people_lots(forms: list[str], tagged: list[str]) -> None:
    """Mark as people each "lot" that names a set of them ("the agency lot are useless", "the
    dementia lot", "them lot"), in ``tagged``."""
    for i, form in enumerate(forms):
        if form != "lot" or i == 0 or forms[i + 1 : i + 2] == ["of"]:
            continue
        before = forms[i - 1]
        if before in _LOT_ALONE or (
            i >= 2
            and forms[i - 2] in _LOT_OPENS
            and before not in _LOT_NOT_PEOPLE
            and before not in _LOT_OPENS
            and before.isalpha()
        ):
            tagged[i] = "lot_p"


def _of_a_thing(tagged: list[str], last: int) -> bool:
    """Whether a name is followed by "of a" and an animal or a thing (``lexicon.NAMED_THINGS``):
    the name is said of that thing ("that eejit of a kettle broke again"), where "that halfwit of
    a manager" is said of a person."""
    return (
        last + 3 < len(tagged)
        and tagged[last + 1 : last + 3] in (["of", "a"], ["of", "an"])
        and tagged[last + 3] in lx.NAMED_THINGS
    )


def _predicate_of_many(m: re.Match[str], groups: dict[str, str]) -> bool:
    """Whether a predicate shape's match is said of many people or a group ("she is lazy" is the
    name shapes' to read), and not of the writer's own workplace or the people they support,
    unless they are called vermin ("the day staff at our place are bone idle", "some of my
    clients are so thick" are the professional pack's to read, as disparaging and demeaning)."""
    target = groups.get("tgt") or ""
    if not (
        _target_words_end_plural(target)
        or target.replace("_p", "").rsplit(" ", 1)[-1] in _MANY
        or (group_like(target) and not is_pronoun_only(target))
    ):
        return False
    if groups.get("neg", "") in DEHUMANISING_SET:
        return True
    said_of = m.group(0)[: m.start("neg") - m.start()].split()
    return _OWN.isdisjoint(said_of) and _SUPPORTED.isdisjoint(said_of)


def _record_shape(
    shape: Shape,
    m: re.Match[str],
    line: str,
    starts: list[int],
    words: SentenceWords,
    tagged: list[str],
    text: str,
    found: dict[str, list[tuple[int, int]]],
) -> None:
    groups = m.groupdict()
    if shape.marked:  # read on the line with group words marked: their words in small letters
        groups = {key: value.lower() for key, value in groups.items() if value is not None}
    target = groups.get("tgt") or ""
    if shape.kind == "predicate" and not _predicate_of_many(m, groups):
        return
    if (
        target
        and not people_like(target)
        and not (shape.kind == "threat" and target in THREAT_THEM)
    ):
        return
    if target and target.split(" ", 1)[0] in _PREPOSITIONS:
        return  # "that comment from the visitor was disgusting": the people are not the subject
    if target and not _OBJECT_PREPOSITIONS.isdisjoint(target.split()[:-1]):
        return  # "the comment left about foreigners ... was vile": nor here
    first = _word_index(starts, m.start())
    last = _word_index(starts, max(m.start(), m.end() - 1))
    if first and words.forms[first - 1] in lx.NEGATED_BEFORE:
        return
    # Denied before the target's last word: a target may begin with two words of any kind
    # ("nobody here is [saying carers] are lazy").
    denial_end = line.rfind(" ", m.start(), m.end("tgt")) + 1 if target else m.start()
    denial_end = max(denial_end, m.start())
    if DENIED.search(line, max(0, m.start() - 60), denial_end):
        return  # "I never said the night staff are lazy"
    if shape.kind == "threat" and FEARED.search(line, max(0, m.start() - 30), m.end()):
        return  # "I'm scared I will hurt her with the hoist"
    if shape.kind == "threat" and _said_laughing(text):
        return  # "I'll kill him if he eats the last Yorkshire 😂": said laughing
    kind = shape.kind
    if kind in ("name", "name_of_person", "dehumanising_of_person"):
        if line.startswith("you ", m.start()):
            # "you muppet", but not "thank you madam".
            if first and tagged[first - 1] in THANKING:
                return
        else:
            subject = _subject(tagged, starts, line, m.start())
            if subject in NOT_NAMED or _writer_before(tagged, first):
                return
            if subject.removesuffix("'s") in lx.NAMED_THINGS:
                return  # "my dog's a greedy pig", "the new wheelchair is a beast"
            if _thing_named_before(tagged, first):
                return  # "the dog at number 14 is an absolute beast"
            if _of_a_thing(tagged, last):
                return  # "that eejit of a kettle", "a bampot of a printer"
            if SELF_AFTER.match(line, m.end()):
                return
            if _caption_of_the_writer(tagged, first):
                return
            # Said of a person: the subject, or a word for people a few words before it ("yer
            # man on the agency is a waste of space"), not "the soup is thick as porridge".
            said_of = tagged[max(0, first - 5) : first]
            if kind != "name" and not (
                subject.endswith("_p")
                or subject in PERSON_SUBJECTS
                or any(w.endswith("_p") or w in PERSON_SUBJECTS for w in said_of)
            ):
                return
    if kind == "infested" and not lx.PESTS.isdisjoint(words.forms):
        return
    if groups.get("charge"):
        # "travellers never steal", "older people often feel useless", "immigrants are called
        # thieves": the charge denied, felt or reported, not laid.
        at = _word_index(starts, m.start("charge"))
        lead = words.forms[max(0, at - 3) : at]
        denied = bool(lead) and lead[-1] in lx.NEGATED_BEFORE
        if denied or not lx.GROUP_CONTEMPT_REPORTED.isdisjoint(lead):
            return
    if kind == "group" and not (target and group_like(target)):
        return
    tgt_start = m.start("tgt") if target else -1
    if tgt_start > 0:
        before = _word_index(starts, tgt_start) - 1
        if before >= 0 and words.forms[before] in lx.NEGATED_BEFORE:
            return
    if IDIOMS.search(line, m.start(), m.end() + 4):
        return
    neg = groups.get("neg") or groups.get("neg2") or ""
    neg = neg[:-2] if neg.endswith("_p") else neg
    if kind == "threat":
        rule = "threat"
    elif kind == "group_them":
        rule = "group_them"  # kept by analyse when a group was named just before
    elif kind == "all_of_them":
        # Said of "them all": of things, unless "the lot of them" or people in the sentence (the
        # charge itself may name them: "jobsworths_p").
        if not m.group(0).lower().endswith(("lot of them", "lot of em")) and not any(
            w.endswith("_p") or w in PERSON_SUBJECTS for w in line[: m.end("charge") + 2].split()
        ):
            return
        # "none of them are lazy, every one of them grafts": the charge denied.
        at = _word_index(starts, m.start("charge"))
        if not _ALL_DENIED.isdisjoint(words.forms[max(0, at - 4) : at]):
            return
        rule = "all_of_them"  # filed by analyse: a group named just before, or an insult
    elif kind == "group_any":
        rule = "derogatory_group"
    elif (
        kind in ("dehumanising", "dehumanising_term", "dehumanising_of_person", "infested")
        or neg in DEHUMANISING_SET
    ):
        rule = "dehumanising"
    elif target and group_like(target) and not is_pronoun_only(target):
        rule = "derogatory_group"
    elif neg in lx.OF_GROUPS_ONLY and not _target_words_end_plural(target):
        return  # "my son is sick": a state, said of one person
    else:
        rule = "insult"
    if first and words.forms[first - 1] == "gen" and words.forms[first].startswith("gen-"):
        first -= 1  # "Gen Z are useless": the generation's name starts at "Gen", not its letter
    span = (words.span(first)[0], words.span(last)[1])
    if words.forms[first] == lx.AGE_IN_DIGITS:
        # "Over 60s are thieves": the age was read from its last letters; the span takes its
        # digits and "over" too.
        named = words.span(first)[1]
        for age in _AGE_IN_DIGITS.finditer(text, max(0, named - 20), named):
            if age.end() == named:
                span = (age.start(), span[1])
                break
    if _quoted(text, *span):
        return  # calling people "bed blockers" is wrong: the word is mentioned, not used
    found.setdefault(rule, []).append(span)


# A generation named by an age in digits: "the over 60s", "under-25s", "80-year-olds", "18 year
# olds", "20-somethings" (a decade, "the 1960s", "the 90s", is not one). The digits are no word
# of the reading (``TOKEN``), so the word after them is read as the generation word.
_AGE_TAILS = frozenset(("s", "year-olds", "yr-olds", "olds", "somethings", "yos"))
_AGE_IN_DIGITS = re.compile(
    r"(?i:(?:over|under)[ -]?(?<![\d.,£$])\d{1,3}s|(?<![\d.,£$])\d{1,3}"
    r"(?: ?-?(?:year|yr)s?[ -]?olds|-?somethings| ?yos))\b"
)
# "gen z", "Gen X", "gen alpha": the letter after "gen" read as the generation word.
_GENERATIONS = {"z": "gen-z", "x": "gen-x", "y": "gen-y", "alpha": "gen-alpha", "xers": "gen-xers"}


def _name_generations(words: SentenceWords, text: str, start: int, end: int) -> None:
    """Read an age in digits, or "gen" and a letter, as the generation word it names."""
    forms = words.forms
    if not _AGE_TAILS.isdisjoint(forms):
        ends = [e for _, e in words.spans()]
        for m in _AGE_IN_DIGITS.finditer(text, start, end):
            i = bisect_left(ends, m.end())
            if i < len(ends) and ends[i] == m.end() and forms[i] in _AGE_TAILS:
                forms[i] = lx.AGE_IN_DIGITS
    if "gen" in forms:
        for i in [i for i, form in enumerate(forms[:-1]) if form == "gen"]:
            forms[i + 1] = _GENERATIONS.get(forms[i + 1], forms[i + 1])


def _read_sentence(
    view: View, start: int, end: int, found: dict[str, list[tuple[int, int]]]
) -> None:
    words = read_words(view, start, end)
    forms, raws = words.forms, words.raws
    if not raws:
        return
    _name_generations(words, view.text, start, end)
    # Offensive words.
    # (The words of a sentence are many, the offensive ones few: the places of these are picked
    # out by comprehensions, which take far fewer steps per word than a loop.)
    if not LEX.keys().isdisjoint(raws):
        sentence = frozenset(raws)
        for i in [i for i, raw in enumerate(raws) if raw in LEX]:
            rule = lexicon_rule(raws, sentence, i, *LEX[raws[i]])
            # A word in quotation marks is mentioned, not used: 'residents call you a "stupid
            # bitch" because of their illness'.
            if rule is not None and not _quoted(view.text, *words.span(i)):
                found.setdefault(rule, []).append(words.span(i))
    if not PAIR_FIRSTS.isdisjoint(raws):
        pairs = lx.PAIRS
        for i in [i for i, raw in enumerate(raws[:-1]) if raw in PAIR_FIRSTS]:
            pair = (raws[i], raws[i + 1])
            if pair in pairs:
                found.setdefault(pairs[pair], []).append((words.span(i)[0], words.span(i + 1)[1]))
    # Praise with an eye-roll: "cheers night shift, you're all stars 🙄" (not the writer's own
    # "I'm such a genius 🙄").
    if (
        not lx.SARCASTIC_PRAISE.isdisjoint(forms)
        and SELF.isdisjoint(forms)
        and SARCASM.search(view.text, start, end)
    ):
        for i in [i for i, form in enumerate(forms) if form in lx.SARCASTIC_PRAISE]:
            if not _quoted(view.text, *words.span(i)):
                found.setdefault("insult", []).append(words.span(i))
    # The parts of veiled threats, put together by ``analyse`` (said laughing, none is one).
    parts = _veiled_parts(forms) if not VEILED_BY_FIRST.keys().isdisjoint(forms) else ()
    if parts and not JOKING.search(view.text, start, end):
        for kind, first, last in parts:
            span = (words.span(first)[0], words.span(last)[1])
            if not _quoted(view.text, *span):
                found.setdefault("veiled_" + kind, []).append(span)
    # Statements: run over the words in dictionary form, one space apart, when a shape needs one
    # of them (a sentence that is only suspect for an offensive word needs none of this).
    needed = NEEDED.intersection(forms)
    if not needed:
        return
    # The shapes that need a word of the sentence, in their order, less those lacking a word
    # every match of theirs holds.
    letter_runs = _letter_runs(forms)
    # (``Shape.may_match``, asked here without a call of Python's for each shape.)
    candidates = set().union(*map(SHAPES_NEEDING.__getitem__, needed))
    shapes = [i for i in candidates if not any(map(letter_runs.isdisjoint, SHAPES[i].also))]
    if not shapes:
        return
    shapes.sort()
    tagged = [f + "_p" if is_people_noun(f) else f for f in forms]
    if "lot" in forms:
        _people_lots(forms, tagged)
    line = " ".join(tagged)
    line_starts: list[int] = []  # where each word starts in the line, once a shape matches
    marked_line = ""  # the line with its group words marked, once a shape with a group slot runs
    contempt_line = ""  # and with its contempt words marked too, once a shape with that slot runs
    for index in shapes:
        shape = SHAPES[index]
        if shape.marked and not marked_line:
            marked_line = _marked_line(forms, tagged, line)
        if shape.contempt:
            if not contempt_line:
                contempt_line = _contempt_line(forms, marked_line)
            read = contempt_line
        else:
            read = marked_line if shape.marked else line
        for m in shape.regex.finditer(read):
            if not line_starts:
                line_starts = list(accumulate((len(f) + 1 for f in tagged[:-1]), initial=0))
            _record_shape(shape, m, line, line_starts, words, tagged, view.text, found)


def _letter_runs(forms: list[str]) -> set[str]:
    """The runs of letters a-z in the words, as ``LETTER_RUN`` finds them in the words joined by
    spaces. Most words are one such run and stand for themselves; only the others (a digit, an
    apostrophe, a letter with an accent) are searched, which takes half the time of a search of
    the whole sentence."""
    runs = set(forms)
    odd = [form for form in runs if not (form.isalpha() and form.isascii() and form.islower())]
    if odd:
        runs.difference_update(odd)
        runs.update(LETTER_RUN.findall(" ".join(odd)))
    return runs


def _veiled_parts(forms: list[str]) -> list[tuple[str, int, int]]:
    """The parts of veiled threats in a sentence's words: (kind, first word, last word)."""
    parts = []
    has_if: bool | None = None  # whether the sentence holds "if", read once it matters: asked
    # of each "again", it searched the whole sentence as often as "again" came in it
    for i in [i for i, form in enumerate(forms) if form in VEILED_BY_FIRST]:
        for words, kind in VEILED_BY_FIRST[forms[i]]:
            end = i + len(words)
            if tuple(forms[i:end]) != words:
                continue
            if words == ("again",):
                if has_if is None:
                    has_if = "if" in forms
                if not has_if:
                    continue  # "again" is a condition only after "if"
            parts.append((kind, i, end - 1))
    return parts


def _veiled_threats(parts: list[tuple[int, int, str]], ends: list[int]) -> list[tuple[int, int]]:
    """Threats made of two parts of different kinds, apart, in one sentence or two running on
    (a condition beside any other kind: "if he comes again drunk, I call my husband and his
    brothers" is a threat as much as "next time you'll regret it"): from each part, the span to the
    farthest end of a part it pairs with (the spans to nearer ones lie inside it, and
    ``_outermost`` drops them). Linear but for a logarithm: a long unpunctuated paste holds
    thousands of parts in one sentence, and pairing each with each would be quadratic."""
    parts.sort()
    starts = [start for start, _, _ in parts]
    sentences = [bisect_right(ends, start) for start in starts]
    by_kind: dict[str, _RangeMax] = {}
    for kind in {kind for _, _, kind in parts}:
        at = [j for j, part in enumerate(parts) if part[2] == kind]
        by_kind[kind] = _RangeMax(at, [parts[j][1] for j in at])
    threats = []
    for i, (start, end, kind) in enumerate(parts):
        first = max(i + 1, bisect_left(starts, end))  # a part after this one, apart from it
        last = bisect_right(sentences, sentences[i] + 1) - 1  # in this sentence or the next
        if first > last:
            continue
        farthest = -1
        for other, table in by_kind.items():
            if other != kind:
                farthest = max(farthest, table.most(first, last))
        if farthest >= 0:
            threats.append((start, max(end, farthest)))
    return threats


class _RangeMax:
    """The largest of the values at places ``at`` (ascending) that lie in a range of places, by
    a table of the largest of each run of a power of two."""

    def __init__(self, at: list[int], values: list[int]) -> None:
        self.at = at
        self.table = [values]
        width = 1
        while 2 * width <= len(values):
            row = self.table[-1]
            self.table.append([max(row[k], row[k + width]) for k in range(len(row) - width)])
            width *= 2

    def most(self, lo: int, hi: int) -> int:
        """The largest value at a place from ``lo`` to ``hi``, both included; -1 if none."""
        a = bisect_left(self.at, lo)
        b = bisect_right(self.at, hi)
        if a >= b:
            return -1
        level = (b - a).bit_length() - 1
        row = self.table[level]
        return max(row[a], row[b - (1 << level)])


def _marked_line(forms: list[str], tagged: list[str], line: str) -> str:
    """The line with its group words marked (``GROUP_MARKS``), by a set lookup of each word: the
    same length as the line, so its places are the line's."""
    hits = [i for i, form in enumerate(forms) if form in GROUP_MARKS]
    if not hits:
        return line
    marked = list(tagged)
    for i in hits:
        form = forms[i]
        marked[i] = GROUP_MARKS[form] + tagged[i][len(form) :]
    return " ".join(marked)


def _contempt_line(forms: list[str], marked_line: str) -> str:
    """The marked line with its contempt words (``forms.CONTEMPT_SET``) marked as well, their
    second letter in capitals ("lAzy"): the same length, so its places are the line's."""
    hits = [i for i, form in enumerate(forms) if form in CONTEMPT_SET]
    if not hits:
        return marked_line
    marked = marked_line.split(" ")
    for i in hits:
        word = marked[i]
        marked[i] = word[0] + word[1].upper() + word[2:]
    return " ".join(marked)


# What each sentence read holds, kept from one check to the next: while someone types, only the
# sentence being edited is read again.
_SENTENCES_READ: Memo[tuple[str, tuple[tuple[int, int], ...]], tuple[tuple[str, int, int], ...]] = (
    Memo("offensive.sentences", 512, keyed_by_text=True)
)


def _sentence_spans(
    sentence: str, runs: tuple[tuple[int, int], ...]
) -> tuple[tuple[str, int, int], ...]:
    """What one sentence of the view holds, as (rule, start, end) within it."""

    return _SENTENCES_READ.lookup((sentence, runs), _read_whole_sentence)


def _read_whole_sentence(
    key: tuple[str, tuple[tuple[int, int], ...]],
) -> tuple[tuple[str, int, int], ...]:
    sentence, runs = key
    found: dict[str, list[tuple[int, int]]] = {}  # only the rules found
    _read_sentence(View(sentence, None, runs), 0, len(sentence), found)
    return tuple((name, s, e) for name, spans in found.items() for s, e in spans)


def sentences_holding(lines: str, words: frozenset[str] | set[str]) -> tuple[list[int], list[int]]:
    """Where each sentence end of ``lines`` (``marks_to_lines`` of the view) stands, and where each
    sentence holding one of ``words`` starts. Each sentence's words are told as a whole, in C (the
    view's sentences are the lines of ``lines``, their words split on white space), with no step
    of Python for each word, nor for each sentence end: where each sentence starts is summed from
    their lengths. Finding where each suspect word stood took a pass of Python over every word of
    the draft, and one over its sentence ends."""
    sentences = lines.split("\n")
    bounds = list(accumulate(map(_ONE_MORE, map(len, sentences)), initial=0))
    held = map(not_, map(words.isdisjoint, map(str.split, sentences)))
    return [bound - 1 for bound in bounds[1:-1]], [bounds[i] for i in compress(count(), held)]


_ONE_MORE = (1).__add__  # a sentence's length and its end


def _outermost(view: View, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Source spans, dropping any that lies inside another (two shapes read the same words)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if kept and kept[-1][0] <= start and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return tuple(view.to_source(s, e) for s, e in kept)


# A swear word or slur that is a place's name: written with a capital, after a word of going or
# being somewhere ("a trip to Twatt") or before a capitalised word for a street or a place ("Cock
# Lane", "Nob End"). Read on the draft as written, since the pack's own reading is lower-cased.
PLACE_BEFORE = word_set("to in at from near via past through outside towards round")
PLACE_AFTER = word_set(
    "road rd lane street st avenue close way end hill farm green common bottom park wood woods "
    "bridge cross crescent drive court gardens terrace row square village estate"
)


def _word_after(text: str, end: int) -> str:
    """The word just after ``end``, past a space or two; "" when none is there."""
    at = end
    while at < min(len(text), end + 3) and text[at] in " \t":
        at += 1
    stop = at
    while at > end and stop < min(len(text), at + 20) and text[stop].isalpha():
        stop += 1
    return text[at:stop]


def _word_before(text: str, start: int) -> str:
    """The word just before ``start``, past a space or two; "" when none is there."""
    at = start
    while at > max(0, start - 3) and text[at - 1] in " \t":
        at -= 1
    begin = at
    while at < start and begin > max(0, at - 20) and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:at]


def _place_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` of the draft is a place's name (see ``PLACE_BEFORE``)."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    after = _word_after(text, end)
    if after[:1].isupper() and after.lower() in PLACE_AFTER:
        return True
    return _word_before(text, start).lower() in PLACE_BEFORE


# Age words name the residents as often as a group ("the older ones moan about the tea"), and are
# left out of what "they" may carry contempt for.
_NOT_ANTECEDENT = word_set("old older young elderly pensioners oaps english british")


def _group_named_before(vt: str, ends: list[int], at: int) -> bool:
    """Whether an identity group is named in the sentence before ``at`` or earlier in its own
    (within 200 characters): what "they" or "that lot" at ``at`` stands for ("Ghanaians on the
    rota again. They ...")."""
    k = bisect_left(ends, at)
    begin = ends[k - 2] + 1 if k >= 2 else 0
    begin = max(begin, at - 200)
    forms = [canon_of(raw) or raw for raw in TOKEN.findall(vt, begin, at)]
    for i, form in enumerate(forms):
        if form in _NOT_ANTECEDENT:
            continue
        if form in GROUP_NOUN_SET:
            return True
        if form in GROUP_ADJECTIVE_SET and any(
            is_people_noun(next_form) for next_form in forms[i + 1 : i + 3]
        ):
            return True
    return False


# A joke about a group ("how many carers does it take to change a lightbulb?") answered as "we"
# before any "they" ("None, we'll just document it and ring maintenance"): the writer laughs at
# their own trade, not at others.
_JOKE_OPENING = re.compile(r"(?i:how many |what do you call )")
_JOKE_ANSWER = re.compile(r"(?i:\b(?:(?P<us>we|we're|we'll|we've|we'd|us|our)|they|them|their)\b)")


def _joke_told_as_us(vt: str, start: int, end: int) -> bool:
    if not _JOKE_OPENING.match(vt, start):
        return False
    answer = _JOKE_ANSWER.search(vt, end, end + 160)
    return answer is not None and answer.group("us") is not None


def analyse(draft: Draft) -> Mapping[str, tuple[tuple[int, int], ...]]:
    """Spans (in the draft's normalised text) for each rule of the pack."""
    view = draft.revealed(GLUE, known)
    vt = view.text
    lines = marks_to_lines(vt)
    present = suspect_in(lines.split())
    if not present and "*" not in vt and not view.runs:
        return {}
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in RULE_NAMES}
    # A sentence is read when a suspect word stands in it, or a "*", or spaced-out letters: each
    # sentence read is found from the next such place, so the sentences between cost nothing.
    ends, hits = sentences_holding(lines, present)
    runs = view.runs
    run_starts = [start for start, _ in runs]
    n = len(vt)
    e = 0
    veiled: list[tuple[int, int, str]] = []  # parts of veiled threats: start, end, kind
    while True:
        at = hits[i] if (i := bisect_left(hits, e)) < len(hits) else n
        star = vt.find("*", e, at)
        if star >= 0:
            at = star
        r = bisect_left(run_starts, e)
        if r < len(runs) and runs[r][0] < at:
            at = runs[r][0]
        if at >= n:
            break
        k = bisect_right(ends, at)
        s = ends[k - 1] + 1 if k else 0
        e = ends[k] if k < len(ends) else n
        in_runs = []
        while r < len(runs) and runs[r][0] < e:
            in_runs.append((runs[r][0] - s, runs[r][1] - s))
            r += 1
        for name, start, end in _sentence_spans(vt[s:e], tuple(in_runs)):
            if name.startswith("veiled_"):
                veiled.append((s + start, s + end, name))
                continue
            if name in ("group_them", "all_of_them"):
                if _group_named_before(vt, ends, s + start):
                    found["derogatory_group"].append((s + start, s + end))
                elif name == "all_of_them":
                    found["insult"].append((s + start, s + end))
                continue
            if name == "derogatory_group" and _joke_told_as_us(vt, s + start, e):
                continue
            found[name].append((s + start, s + end))
    if len(veiled) > 1:
        found["threat"].extend(_veiled_threats(veiled, ends))
    result = {name: _outermost(view, spans) for name, spans in found.items() if spans}
    for name in ("profanity", "slur"):
        if name in result:
            kept = tuple(span for span in result[name] if not _place_name(draft.text, *span))
            if kept:
                result[name] = kept
            else:
                del result[name]
    return result


_SECONDING_PARTS = frozenset(("knowing", "allies", "warning"))


def seconded(draft: Draft, span: Span) -> bool:
    """Whether a sentence the learned scorer finds by a small margin holds a word the pack's
    lexicons file as contempt, vermin, a name for a person or a part of a veiled threat
    (``lexicon.SECONDING``): the scorer's reading and the pack's words agree, so it warns."""
    words = split_marks(draft.text[span.start : span.end].lower()).split()
    if not lx.SECONDING.isdisjoint(words):
        # Not when every such word is said of a thing or an organisation right after it: "the
        # Polish lads covered for the lazy agency again" lays the charge on no people.
        things = lx.SAID_OF_THINGS
        if any(
            word in lx.SECONDING and (i + 1 == len(words) or words[i + 1] not in things)
            for i, word in enumerate(words)
        ):
            return True
    # A threat the scorer half sees with a part of a veiled one in it: knowing where or who
    # someone is, people behind the writer, a closing warning (a condition or a consequence is
    # too everyday alone: "if it happens again", "I'll find out for you").
    return not VEILED_BY_FIRST.keys().isdisjoint(words) and any(
        kind in _SECONDING_PARTS for kind, _, _ in _veiled_parts(words)
    )


def finder(name: str) -> Callable[[Draft, Context], Iterator[Span]]:
    def find(draft: Draft, context: Context) -> Iterator[Span]:
        for start, end in draft.analysis(analyse).get(name, ()):
            s, e = draft.to_original(start, end)
            yield Span(s, e)

    find.__name__ = f"find_{name}"
    return find
