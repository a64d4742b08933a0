"""The offensive pack's dictionary: every way a listed word may be written, mapped to what it is.

Built at import from the data of ``lexicon``: each form of the lexicon with a letter doubled and
(six letters or more) with one spelling slip, the dictionary forms of the statement words and
their slips, the sets the reader looks words up in, and the run-together words ``reveal`` may
split.
"""

from __future__ import annotations

import re

from ...memo import memoised
from ...obfuscation import GlueWords
from . import lexicon as lx


def slips(word: str) -> set[str]:
    """``word`` with one inner letter dropped or two neighbouring letters swapped ("womn",
    "deaht"), for words of five letters or more. The first letter is kept, since that is what a
    reader keys on; slips that make another real word (``lexicon.NOT_SLIPS``) are left out."""
    if len(word) < 5 or not word.isalpha():
        return set()
    out = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    out.discard(word)
    return {w for w in out if w not in lx.NOT_SLIPS}


def _lexicon() -> dict[str, tuple[str, str]]:
    """Every form -> (rule, family)."""
    out: dict[str, tuple[str, str]] = {}
    for rule, table in (("profanity", lx.PROFANITY), ("slur", lx.SLURS)):
        for family, forms in table.items():
            # One tuple shared by all of a family's forms (thousands of forms, few families).
            what = (rule, family)
            for form in forms.split():
                out[form] = what
                # Letters doubled by accident or for emphasis ("fuuck", "shiit").
                for i in range(1, len(form)):
                    if form[i].isalpha() and form[i] != form[i - 1]:
                        out.setdefault(form[:i] + form[i] + form[i:], what)
                if len(form) >= 6:
                    for slip in slips(form):
                        out.setdefault(slip, what)
    return out


# Every form of a word offensive in itself -> (its rule, its family).
LEX = _lexicon()
PAIR_FIRSTS = frozenset(first for first, _ in lx.PAIRS)
# The forms of the lexicon by length, first and last letter: what "f*ck" may stand for.
_by_shape: dict[tuple[int, str, str], list[str]] = {}
for _form in LEX:
    _by_shape.setdefault((len(_form), _form[0], _form[-1]), []).append(_form)
# Tuples, not lists: a list keeps room to grow, and these never do.
LEX_BY_SHAPE = {key: tuple(forms) for key, forms in _by_shape.items()}
del _form, _by_shape


def _homonym_forms(homonym: lx.Homonym) -> frozenset[str] | None:
    """The forms of the lexicon a homonym exception applies to (None: all of its family's)."""
    if not homonym.forms:
        return None
    named = homonym.forms.split()
    return frozenset(
        form
        for form, (_, family) in LEX.items()
        if family == homonym.family
        and any(form.startswith(n[:-1]) if n.endswith("*") else form == n for n in named)
    )


# For each family, its homonym exceptions and the forms each applies to.
HOMONYMS_OF: dict[str, list[tuple[lx.Homonym, frozenset[str] | None]]] = {}
for _homonym in lx.HOMONYMS:
    HOMONYMS_OF.setdefault(_homonym.family, []).append((_homonym, _homonym_forms(_homonym)))
del _homonym

# Every word a statement shape is built on.
TRIGGER_WORDS = frozenset(
    lx.HATE_VERBS + lx.DEROGATORY + lx.DEHUMANISING + lx.HARM_VERBS + lx.HARM_PAST + lx.HARM_ING
    + lx.TRIGGERS_EXTRA
)  # fmt: skip


def _canon_table() -> dict[str, str]:
    table: dict[str, str] = {}
    words = (
        lx.GROUP_NOUNS
        + lx.GROUP_ADJECTIVES
        + lx.HATE_VERBS
        + lx.DEROGATORY
        + lx.DEHUMANISING
        + lx.HARM_VERBS
        + lx.HARM_PAST
        + lx.HARM_ING
        + lx.TRIGGERS_EXTRA
        + lx.STATEMENT_NOUNS
    )
    for word in words:
        table[word] = word
    for word in words:
        if word in lx.NATION_WORDS:
            continue
        for slip in slips(word):
            table.setdefault(slip, word)
    table.update(lx.CANON_EXTRA)
    return table


# The dictionary form of each word as written that the statements read: "womn" -> "women".
CANON = _canon_table()


def _run_slips() -> dict[str, str]:
    """Short words of the pack with one inner letter left out ("s c m" for "scum", "h a e" for
    "hate"), for letters that were spaced out: too close to everyday words anywhere else ("hat"),
    but spacing a word out is a disguise, so there a slip is read as the word."""
    words = [
        w for table in (lx.PROFANITY, lx.SLURS) for forms in table.values() for w in forms.split()
    ]
    words += [w for w in CANON if CANON[w] == w]
    out: dict[str, str] = {}
    for word in words:
        if 4 <= len(word) <= 5 and word.isalpha():
            for i in range(1, len(word) - 1):
                slip = word[:i] + word[i + 1 :]
                if slip not in LEX and slip not in CANON:
                    out.setdefault(slip, word)
    return out


# Slips of short words, read only inside spaced-out letters.
RUN_SLIPS = _run_slips()


def canon_of(raw: str) -> str | None:
    """The dictionary form of a word as written, when it is not the word itself."""
    canon = CANON.get(raw)
    if canon is None and raw.endswith("'s") and raw[:-2] in CANON:
        canon = CANON[raw[:-2]] + "'s"
    return canon or None


# canon_of for every word of CANON, looked up with no Python step per word by a sentence without
# "*" and spaced-out letters: CANON itself, where no word's form is empty. The possessives of its
# words ("womn's": "women's") are read by their parts, by canon_of, not listed: written out they
# were thousands of strings kept for the few possessives drafts hold.
FORMS = CANON if all(CANON.values()) else {raw: canon for raw, canon in CANON.items() if canon}
# The words and possessives whose form is two words.
TWO_WORD_FORMS = frozenset(raw for raw, canon in FORMS.items() if " " in canon) | frozenset(
    word + "'s" for word, canon in CANON.items() if " " in canon and word + "'s" not in CANON
)


def lookup_star(token: str) -> str | None:
    """A form of the lexicon that ``token`` spells with ``*`` for some inner letters."""
    for form in LEX_BY_SHAPE.get((len(token), token[0], token[-1]), ()):
        if all(t == "*" or t == f for t, f in zip(token, form, strict=True)):
            return form
    # "f**k" for "fuck": one star may stand for one letter only; "sh*t" has the same length.
    return None


# The swear words of the lexicon by length and first letter: what "f***" may stand for.
_swear_by_start: dict[tuple[int, str], str] = {}
for _form, (_rule, _family) in LEX.items():
    if _rule == "profanity" and _form.isalpha():
        _swear_by_start.setdefault((len(_form), _form[0]), _form)
_SWEAR_BY_START = _swear_by_start
del _form, _rule, _family, _swear_by_start
_STARS_TO_END = re.compile(r"[a-z]\*{3,}")


def lookup_stars_to_end(token: str) -> str | None:
    """A swear word that ``token`` spells with its first letter and a star for every other
    ("f***", "s***"): the way a swear word is hidden by the one who writes it. Three stars at
    least, so "A**" (a grade) is left alone; a name hidden the same way follows a title, which
    the reader checks."""
    if _STARS_TO_END.fullmatch(token) is None:
        return None
    return _SWEAR_BY_START.get((len(token), token[0]))


# --- who a statement is about -------------------------------------------------------------------

GROUP_NOUN_SET = frozenset(lx.GROUP_NOUNS)
GROUP_ADJECTIVE_SET = frozenset(lx.GROUP_ADJECTIVES)


def _group_mark(form: str) -> str:
    """A group word as the group shapes read it: a group noun (or its possessive) with its first
    letter in capitals, a group adjective with its last ("Women's", "polisH", "MusliM")."""
    base = form[:-2] if form.endswith("'s") else form.rstrip("'")
    first, middle, last = form[0], form[1:-1], form[-1]
    if base in GROUP_NOUN_SET:
        first = first.upper()
    if form in GROUP_ADJECTIVE_SET:
        last = last.upper()
    return first + middle + last


# Every form of a group word, marked: the group shapes' slots match the mark, not the lists.
GROUP_MARKS = {
    form: _group_mark(form)
    for form in (
        *lx.GROUP_ADJECTIVES,
        *(noun + end for noun in lx.GROUP_NOUNS for end in ("", "'s", "'")),
    )
}
# The contempt words, for the shapes with a contempt slot (``grammar._CONTEMPT_WORD``).
CONTEMPT_SET = lx.CONTEMPT_PREDICATES
PEOPLE_SET = frozenset(lx.PEOPLE_NOUNS + lx.INSULT_NOUNS + lx.PERSON_SWEARS)
TARGET_PRONOUN_SET = frozenset(lx.TARGET_PRONOUNS)
DEHUMANISING_SET = frozenset(lx.DEHUMANISING)
# Plural agent nouns ("bakers", "centrists", "politicians") and singular "-ist"/"-ian"; a singular
# "-er" is too often a verb or a comparative ("murder", "better"), so those are listed by hand.
PEOPLE_SUFFIX = re.compile(r"[a-z]{2,}(?:ers|ists?|ians?)")


@memoised("offensive.people_noun", 4096, keyed_by_text=False)
def is_people_noun(form: str) -> bool:
    """Whether a word in dictionary form names people ("nurses", "centrists", "women's")."""
    word = form[:-2] if form.endswith("'s") else form.rstrip("'")
    if word in PEOPLE_SET:
        return True
    if word in lx.NOT_PEOPLE or word in TARGET_PRONOUN_SET or word in TRIGGER_WORDS:
        return False
    if word in GROUP_ADJECTIVE_SET:
        return False  # "nigerian nurses", "christian folk": the group words read them

    return bool(PEOPLE_SUFFIX.fullmatch(word))


def _target_words(target: str) -> list[str]:
    return target.replace("_p", "").replace("'s", "").replace("'", "").split()


def group_like(target: str) -> bool:
    """Whether the words of a statement's target name an identity group."""
    return any(w in GROUP_NOUN_SET or w in GROUP_ADJECTIVE_SET for w in _target_words(target))


def people_like(target: str) -> bool:
    """Whether the words of a statement's target are people, not things ("this stupid printer")."""
    if target == "lot_p" or target.endswith(" lot_p"):
        return True  # "the agency lot", marked as people by the reader where it names them
    words = _target_words(target)
    if not words:
        return False
    head = words[-1]
    if head in ("lives", "life") and len(words) > 1:
        head = words[-2]
        if head in lx.POSSESSIVES:
            return True
    if head in lx.NOT_PEOPLE:
        return False
    if head in PEOPLE_SET or head in GROUP_NOUN_SET or group_like(target):
        return True
    if head in TARGET_PRONOUN_SET:
        return True
    return bool(PEOPLE_SUFFIX.fullmatch(head))


def is_pronoun_only(target: str) -> bool:
    return target.replace("_p", "") in TARGET_PRONOUN_SET


# --- run-together words -------------------------------------------------------------------------

GLUE = GlueWords(
    heads=frozenset(
        lx.GROUP_NOUNS + lx.GROUP_ADJECTIVES + lx.HARM_VERBS + tuple(lx.SLURS)
        + lx.GLUE_HEADS_EXTRA
    ),
    tails=frozenset(
        lx.HATE_VERBS + lx.DEROGATORY + lx.DEHUMANISING + lx.HARM_VERBS + lx.GLUE_TAILS_EXTRA
    ),
    words=lx.GLUE_WORDS_EXTRA | frozenset(lx.DEROGATORY + lx.DEHUMANISING + lx.GROUP_NOUNS),
)  # fmt: skip


def known(word: str) -> bool:
    """Whether spaced-out letters that spell ``word`` spell a word of the pack ("I m m i g r a n t
    s" is one word, not "I" and "mmigrants"); a word with a "*" for a letter hidden by an "@",
    whether it spells a swear word or slur ("c*nt", "sh*te")."""
    if "*" in word:
        return len(word) > 2 and lookup_star(word) is not None
    return word in CANON or word in LEX
