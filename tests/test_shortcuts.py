"""The shortcuts that keep a check fast change nothing it finds.

A pattern with ``cues`` skips drafts without any of them, one with a ``shape`` drafts whose
shape (digits, letters, spaces) cannot hold a match, the address rule runs a narrower pattern
when no flat, apartment or unit is mentioned, normalisation touches only the characters that fold,
UTF-16 offsets are counted from the astral characters alone, and the revealing of disguised words
lower-cases, blanks marks, finds leet tokens and splits glued words without a step per character;
the names and combination rules skip their scans when the draft's words have none they need.
Each is compared here with the plain way on every corpus draft and rule example, and on drafts made
to trip it.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from bisect import bisect_right
from collections.abc import Iterator
from pathlib import Path
from re import _compiler as re_compiler
from re import _constants as re_constants
from re import _parser as re_parser

import pytest

from core import draft as draft_module
from core import obfuscation
from core.draft import Draft
from core.matchers import Cued, Pattern, sentences
from core.matchers.sentences import Either
from core.model import Context, Matcher, Span
from core.packs import audience, identifiers
from core.packs.offensive import forms, grammar, reader
from core.registry import ALL_RULES
from core.text import Blanker, astral_positions, lower_one_for_one, normalise, utf16_offset
from tests.examples import unmark

CORPUS = Path(__file__).resolve().parent / "corpus"
ROWS = [
    json.loads(line)
    for path in sorted(CORPUS.glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
EXAMPLES = [unmark(e)[0] for r in ALL_RULES for e in (*r.flags, *r.passes)]
SAMPLES = [row["text"] for row in ROWS if isinstance(row.get("text"), str)] + EXAMPLES
# "İ" matches "i" ignoring case but lower-cases to two characters; "ſ" and "K" (Kelvin) match "s"
# and "k" but fold to them first.
TRICKY = [
    "PATİENT NUMBER K1234567, HOSPİTAL NO RX4456712",
    "ſhe was BORN ON 7 MARCH 1936; DATE OF BİRTH 03/04/1941",
    "Flat 3, 12 Mill Lane and UNİT 4, 9 Rowan Close; 23b Church Street",
    "\u0130 Apt. 14 Queen's Court, apartment 2 Station Road",
    "12 HEOL Y WERN, TŶ GWYN, LÔN Y FELIN; FLAT 9, BEECH HOUSE",
    "FLAT 9 and Rose Cottage, Mill Lane, and Bryn Awel, Church Street",
    "DYDDIAD GENI 03/04/1941, GANWYD AR 7 MAWRTH 1936, born 5 Nov 1944",
]


# Each rule's matchers: its own, and those it is made of (a rule's phrases and the learned
# scorer's sentences, core.learned, are an Either).
def _parts(matcher: Matcher) -> Iterator[Matcher]:
    if isinstance(matcher, Either):
        for part in matcher.matchers:
            yield from _parts(part)
    else:
        yield matcher


RULE_MATCHERS = [m for r in ALL_RULES for m in _parts(r.matcher)]
CUED_PATTERNS = [m for m in RULE_MATCHERS if isinstance(m, Pattern) and m.cues] + [
    identifiers._RECORD_PATTERN,
    identifiers._CUED_DOB,
    identifiers._CUED_DOB_WELSH,
]


def test_some_patterns_have_cues() -> None:
    assert len(CUED_PATTERNS) >= 2


@pytest.mark.parametrize("pattern", CUED_PATTERNS, ids=lambda p: p.cues[0])
def test_cues_never_hide_a_match(pattern: Pattern) -> None:
    bare = dataclasses.replace(pattern, cues=())
    for text in SAMPLES + TRICKY:
        found = list(pattern.find(Draft(text), Context()))
        assert found == list(bare.find(Draft(text), Context())), text


SHAPED_PATTERNS = [m for m in RULE_MATCHERS if isinstance(m, Pattern) and m.shape] + [
    identifiers._NUMBERED_ADDRESS_ONLY,
    Pattern(identifiers._OLD_YEAR.pattern, flags=0, shape=identifiers._OLD_YEAR_SHAPE),
    identifiers._NI_CAPITALS,
    identifiers._NI_ANY_CASE,
    Pattern(identifiers._TEN_DIGITS.pattern, flags=0, shape=identifiers._TEN_DIGITS_SHAPE),
]
# Numbers, postcodes and addresses in every layout the shaped patterns read, with digits from other
# scripts ("١" is a digit to \d), white space outside ASCII and characters several UTF-8 bytes
# long before them.
NUMBERS = [
    "NHS 943 476 5919, CHI 030441 1234, NI JG 10 37 29 C and AE395081D, H&C 320-123-4567",
    "NHS number 9434765919 😀 and CHI-number 0304411234; NI JG-10-37-29-A",
    "é😀 NHS ٩٤٣ ٤٧٦ ٥٩١٩ and ٩٤٣٤٧٦٥٩١٩, NI JG ١٠ ٣٧ ٢٩ C, CHI ٠٣٠٤٤١ ١٢٣٤",
    "\ud83d NHS 943\u00a0476\u00a05919 \U0001f600 943-476 5919 NI JG 10-37 29 C",
    "ni no jg103729c, her nino is ae 39 50 81 d and NI: jg-10-37-29-a",
    "ring 07700 900123 or (0161) 496 0000, +44 (0)7700 900123, 00353 87 123 4567, +٤٤ ٧٧٠٠ ٩٠٠١٢٣",
    "LS1 4AP, sw1a1aa, M1  1AE, EH١٢ ٩DN, B12 3rd, 12 High Street, 23b, Church Street",
    "٣\u2028Mill Lane, 4\x1cRowan Close, 7\tQueen's Court, 9\u3000Station Road, 12A Park Road",
    # Capitals the shouting pattern reads, with apostrophes in the words, tabs and commas between.
    "é I’M\tSO\tTIRED of it",
    "well O'NEIL'S, DOG'S, CAT'S bowl",
    "I,,WON’T,\tGO 😀",
]


def test_some_patterns_have_a_shape() -> None:
    assert len(SHAPED_PATTERNS) >= 6


def test_shape_has_one_byte_per_character() -> None:
    for text in SAMPLES + TRICKY + NUMBERS:
        draft = Draft(text)
        shape = draft.shape
        assert len(shape) == len(draft.text), text
        for ch, byte in zip(draft.text, shape, strict=True):
            if re.fullmatch(r"\d", ch) or not ch.isascii():
                assert byte == ord("0"), text
            elif re.fullmatch(r"\s", ch):
                assert chr(byte) in " \t", text
            elif ch.isalpha():
                assert byte == ord("A" if ch.isupper() else "a"), text


@pytest.mark.parametrize("pattern", SHAPED_PATTERNS, ids=lambda p: p.regex[:20])
def test_shapes_never_hide_a_match(pattern: Pattern) -> None:
    assert pattern.shape is not None
    bare = dataclasses.replace(pattern, shape=None)
    found = 0
    for text in SAMPLES + TRICKY + NUMBERS:
        draft = Draft(text)
        spans = list(pattern.find(draft, Context()))
        assert spans == list(bare.find(Draft(text), Context())), text
        found += len(spans)
        # Every match of the regex, valid or not, is in a draft whose shape lets it through.
        if re.search(pattern.regex, draft.text, pattern.flags):
            assert pattern.shape.search(draft.shape), text
    assert found >= 3


def test_postcodes_are_looked_for_only_where_the_shape_has_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = SAMPLES + TRICKY + NUMBERS
    shaped = [list(identifiers.find_postcodes(Draft(t), Context())) for t in texts]
    monkeypatch.setattr(identifiers, "_POSTCODE_SHAPE", re.compile(b""))
    assert shaped == [list(identifiers.find_postcodes(Draft(t), Context())) for t in texts]
    assert sum(map(len, shaped)) >= 10
    for text in texts:
        draft = Draft(text)
        if identifiers._POSTCODE_FROM_DISTRICT.search(draft.text):
            assert re.compile(rb"0(?<=[Aa]0)[Aa0]?[ ]{0,2}0[ ]?[Aa]{2}").search(draft.shape), text


def test_addresses_without_a_unit_word_need_only_the_numbered_pattern() -> None:
    found = 0
    for text in SAMPLES + TRICKY:
        everything = list(identifiers._ANY_ADDRESS.find(Draft(text), Context()))
        assert list(identifiers.address_candidates(Draft(text), Context())) == everything, text
        found += len(everything)
    assert found >= 20


def test_more_addresses_are_looked_for_only_with_their_words() -> None:
    # The Welsh street, named home and flat patterns, house names before a comma and a street,
    # and a house number said with "no" or "number" before a named row, run only when the draft
    # has one of their words; run everywhere, they find nothing more. (Named homes with no
    # street are read after them, outside what they found, by their own reading; a flat's
    # number alone is no address, unless a building typed in lower case follows it.)
    found = 0
    for text in SAMPLES + TRICKY:
        draft = Draft(text)
        flats = set()
        for m in identifiers._FLAT.finditer(draft.text):
            if len(m.group("id").split()) > 2:
                flats.add(m.span("id"))
            elif (lower := identifiers._LOWER_BUILDING.match(draft.text, m.end())) is not None:
                flats.add((m.start("id"), lower.end()))
        everything = sorted(
            {
                m.span("id")
                for regex in (identifiers._WELSH_NUMBERED, identifiers._NAMED_HOUSE_ON_STREET)
                for m in regex.finditer(draft.text)
            }
            | flats
            | set(identifiers._house_names_on_street(draft.text))
            | {
                m.span("id")
                for m in identifiers._NUMBER_ON_STREET.finditer(draft.text)
                if (identifiers._glued_before(draft.text, m.start()) or ("",))[0].lower()
                not in identifiers._NOT_HOUSE_NUMBERS
            }
            | {
                m.span("id")
                for m in identifiers._NUMBER_IN_A_ROW.finditer(draft.text)
                if not (m.start() and identifiers._in_word(draft.text[m.start() - 1]))
                and (m.group("row") or "").lower() not in identifiers._NOT_ROWS
                and (identifiers._glued_before(draft.text, m.start()) or ("",))[0].lower()
                not in identifiers._NOT_HOUSE_NUMBERS
            }
            # Readings that look for their own words, not shortcuts:
            | set(identifiers._spoken_house_numbers(draft))
            | set(identifiers._welsh_one_word_streets(draft))
            | set(identifiers._one_word_streets(draft))
        )
        alone = identifiers._named_homes_alone(draft, everything)
        expected = sorted({*everything, *alone})
        assert sorted(set(identifiers._more_addresses(draft))) == expected, text
        found += len(everything)
    assert found >= 10


@pytest.mark.parametrize(
    "text",
    ["", "plain", "ａ\u200bb", "…ﬁ😂\U000e0101x", "Ѕome ｗｉｄｅ", "e\u0301 İ ı ſ K", "\ud83d"],
)
def test_normalise_maps_every_character_back(text: str) -> None:
    norm = normalise(text)
    if norm.origin is None:
        assert norm.text == text
        return
    assert len(norm.origin) == len(norm.text)
    assert list(norm.origin) == sorted(norm.origin)
    assert all(norm.text[i] == text[o] for i, o in enumerate(norm.origin) if text[o].isascii())


@pytest.mark.parametrize("text", ["", "ascii", "é’—", "a😂b👍🏽c", "\U0001d400x\ud83d"])
def test_utf16_offsets_count_code_units(text: str) -> None:
    astral = astral_positions(text)
    for index in range(len(text) + 1):
        units = len(text[:index].encode("utf-16-le", "surrogatepass")) // 2
        assert utf16_offset(index, astral) == units


# --- the first check of a draft: lower-casing, blanking marks, leet tokens, glued words ---------

# Letters that grow when lower-cased, a final sigma (str.lower reads it in context), lone
# surrogates, non-ASCII marks among ASCII ones.
ODD_TEXTS = [
    "ΟΔΟΣ İΣ aΣ Σ",
    "İİΣxΣ.Σ and İ",
    "a\ud800b“x”—y…z",
    "sh1t, b@stard; 1_a 3rd 10am 5mg h3ll0!! wh@t$ *f*ck* é4t ½x x½",
]
TEXTS = SAMPLES + TRICKY + ODD_TEXTS


def _lower_each(text: str, keep_grown: bool) -> str:
    """The plain way: one character at a time."""
    if len(text.lower()) == len(text):
        return text.lower()
    if keep_grown:
        return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return "".join(ch.lower()[:1] for ch in text)


@pytest.mark.parametrize("keep_grown", [False, True])
def test_lower_one_for_one_is_lowering_each_character(keep_grown: bool) -> None:
    for text in TEXTS:
        assert lower_one_for_one(text, keep_grown=keep_grown) == _lower_each(text, keep_grown)


def test_blanker_is_translate() -> None:
    marks = '.,;:!?"()[]{}<>/\\=&%#~^`\n\t\r“”«»…–—'
    table = str.maketrans(dict.fromkeys(marks, " "))
    blank = Blanker(marks)
    for text in TEXTS:
        assert blank(text) == text.translate(table)


# The forward scan _leet_tokens replaced.
_LEET_TOKEN = re.compile(r"(?<![\w@$!|+*])(?=[\w@$!|+*]*?[0-9@$!|+])[\w@$!|+*]+")


def test_leet_tokens_are_those_of_a_forward_scan() -> None:
    for text in TEXTS:
        found = [m.span() for m in obfuscation._leet_tokens(text)]
        assert found == [m.span() for m in _LEET_TOKEN.finditer(text)]


def test_leet_readings_kept_are_those_read_afresh() -> None:
    """``_undo_leet`` reads each token once and keeps the reading (``_LEET_READINGS``): every
    text reads the same with the readings kept as with none, and a token with an "@" is read
    again for another ``known`` ("c@nt" is "cant" to no lexicon, "c*nt" to the offensive one)."""
    texts = [*TEXTS, "you c@nt, sh1t! LS1 4AP 10am £5 a1b2 d.patel82@example.co.uk s#!t"]
    afresh = []
    for text in texts:
        obfuscation._LEET_READINGS.clear()
        afresh.append(obfuscation._undo_leet(text, forms.known))
    assert len(obfuscation._LEET_READINGS) > 0
    assert [obfuscation._undo_leet(text, forms.known) for text in texts] == afresh
    assert [obfuscation._undo_leet(text, forms.known) for text in texts[::-1]] == afresh[::-1]
    assert obfuscation._undo_leet("you c@nt", forms.known) == "you c*nt"
    assert obfuscation._undo_leet("you c@nt", None) == "you cant"
    assert obfuscation._undo_leet("you c@nt", forms.known) == "you c*nt"


def test_leet_tokens_of_words_are_the_leet_tokens_less_numbers() -> None:
    odd = [
        "1",
        "12 34",
        "a1",
        "1a",
        "1_",
        "_1",
        "\u06634",
        "4\u0663",
        "1*",
        "*1",
        "\u00b92",
        "$5 5$",
    ]
    for text in TEXTS + odd:
        numbers = re.compile("[0-9]+")
        expected = [m.span() for m in obfuscation._leet_tokens(text) if not numbers.fullmatch(m[0])]
        assert [m.span() for m in obfuscation._word_leet_tokens(text)] == expected, text


def _split_plainly(glue: obfuscation.GlueWords, token: str) -> int:
    """GlueWords.split as first written: every length of head, then of tail, shortest first."""
    if token in glue.words or token in glue.heads or token in glue.tails:
        return 0
    for n in sorted({len(w) for w in glue.heads}):
        if n < len(token) and token[:n] in glue.heads and token[n:] in glue.words:
            return n
    for n in sorted({len(w) for w in glue.tails}):
        if n < len(token) and token[-n:] in glue.tails and token[:-n] in glue.words:
            return len(token) - n
    return 0


def test_glued_words_split_where_they_did() -> None:
    glue = forms.GLUE
    tokens = {t for text in TEXTS for t in re.findall(r"[a-z]+", text.lower())}
    tokens |= {h + w for h in sorted(glue.heads)[:40] for w in sorted(glue.words)[:40]}
    tokens |= {w + t for t in sorted(glue.tails)[:40] for w in sorted(glue.words)[:40]}
    for token in tokens:
        assert glue.split(token) == _split_plainly(glue, token), token


# --- reading a suspect sentence ----------------------------------------------------------------

# Stars for letters, spaced-out letters with an article in front, forms of two words ("wanna",
# "todie") and possessives of listed words, which read_words leaves to the reading token by token.
SENTENCES = [
    "i wanna kill them all, gonna's no word, todie's not either",
    "women's rights; the immigrant's lives, hate's a strong word, y'all",
    "you are a b i t c h and i h a t e women",
    "f*ck this, sh*t, f**k, * and ** and a*",
    "mrs t*** said f*ck off, dr w** is a tw*t, i wanna go ** home",
    "i'm sick of you're-all people's nonsense -- it's ok'",
]


def test_words_of_a_sentence_are_those_read_one_by_one() -> None:
    read = 0
    for text in TEXTS + SENTENCES:
        view = obfuscation.reveal(Draft(text).text, forms.GLUE, forms.known)
        for m in reader.SENTENCE.finditer(view.text):
            fast = reader.read_words(view, *m.span())
            plain = reader.read_words_one_by_one(view, *m.span())
            assert (fast.forms, fast.raws, fast.spans()) == (
                plain.forms,
                plain.raws,
                plain.spans(),
            ), m.group()
            read += 1
    assert read > 1000


def test_sentence_forms_are_the_forms_of_every_listed_word() -> None:
    words = set(forms.CANON) | {w + "'s" for w in forms.CANON} | {"the", "x's", "'s"}
    for raw in words:
        view = obfuscation.View(raw, None)
        fast = reader.read_words(view, 0, len(raw))
        plain = reader.read_words_one_by_one(view, 0, len(raw))
        assert (fast.forms, fast.raws) == (plain.forms, plain.raws), raw


# --- the gates of reveal: spaced-out letters and letters written three times -------------------

# The patterns the gates stand for.
_SPACED_GATE = re.compile(r"[ ._\-][a-z][ ._\-]{1,2}[a-z][ ._\-]")
_THREE_TIMES = re.compile(r"([a-z])\1\1")


def _gate_texts() -> list[str]:
    # Every short string over letters, separators, marks and characters of several bytes, so each
    # arrangement of them at the start, in the middle and at the end is tried.
    rng = random.Random(3)
    alphabet = "aabz. _-x!`{\x00éÿ😀\ud800A"
    made = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(20000)]
    lowered = [obfuscation._lower(t) for t in TEXTS]
    return (
        made
        + lowered
        + ["aaa", "zzz", "```", "xaaa", "aaax", " z z ", " a  a ", "a a a", "…aaa…", "ÿÿÿ"]
    )


def _spaced_in(text: str) -> bool:
    return obfuscation._spaced_letters_in(obfuscation._spacing(text))


def test_spaced_letters_gate_is_the_pattern() -> None:
    texts = _gate_texts()
    for text in texts:
        assert len(obfuscation._spacing(text)) == len(text), text
        assert _spaced_in(text) == bool(_SPACED_GATE.search(text)), text
    assert sum(map(_spaced_in, texts)) >= 50


def test_spaced_runs_are_the_patterns_scan() -> None:
    # The runs found where they may start are every match of a scan of the whole text.
    texts = [*_gate_texts(), "i a b c", "a b c d e", "x-y-z_q.r", "(f u c k)", "a  b  c", "a b"]
    found = 0
    for text in texts:
        spans = [m.span() for m in obfuscation._spaced_runs(text, obfuscation._spacing(text))]
        assert spans == [m.span() for m in obfuscation._SPACED.finditer(text)], text
        found += bool(spans)
    assert found >= 50


def test_three_letters_gate_is_the_pattern() -> None:
    texts = _gate_texts()
    for text in texts:
        assert obfuscation._repeats_in(text) == bool(_THREE_TIMES.search(text)), text
        assert bool(obfuscation._REPEATS.search(text)) == bool(_THREE_TIMES.search(text))
    assert sum(map(obfuscation._repeats_in, texts)) >= 100


def test_reveal_keeps_where_each_character_comes_from_as_runs() -> None:
    # The map from the view back to the source is read a character at a time (``to_source``) and
    # built a run at a time: on a long draft with a few disguises, it holds a few runs, not a
    # number for each of its characters.
    plain = "Had a long shift today and the handover was a mess again. " * 1700
    text = plain + "sooo tired, f u c k this, sh1t rota, womendisgust " + plain
    view = obfuscation.reveal(Draft(text).text, forms.GLUE, forms.known)
    origin = view.origin
    assert origin is not None and len(origin) == len(view.text)
    assert len(origin.starts) < 30
    # Every character of the view comes from the source's character it stands for.
    for word, typed in [("so", "sooo"), ("fuck", "f u c k"), ("shit", "sh1t")]:
        start = view.text.find(word, len(plain))
        s, e = view.to_source(start, start + len(word))
        assert text[s:e] == typed
    start = view.text.find("women disgust", len(plain))
    assert view.to_source(start, start + 13) == (text.find("womendisgust"), text.find(" " + plain))
    assert view.text[:200] == plain[:200].lower()
    assert list(origin[:200]) == list(range(200))
    tail = len(view.text) - 200
    assert [origin[i] for i in range(tail, len(view.text))] == list(
        range(len(text) - 200, len(text))
    )
    # The runs answer as a list of positions would, on every text that reveals a disguise.
    checked = 0
    for sample in TEXTS + SENTENCES:
        view = obfuscation.reveal(Draft(sample).text, forms.GLUE, forms.known)
        if view.origin is None:
            continue
        positions = [view.origin[i] for i in range(len(view.text))]
        assert list(view.origin) == positions == sorted(positions)
        assert view.origin[-1] == positions[-1]
        assert view.origin[1:5] == positions[1:5]
        checked += 1
    assert checked >= 20


def test_suspect_sentences_are_those_the_split_finds_them_in() -> None:
    found = 0
    others = 0  # texts with white space other than a space left after the marks are blanked
    for text in [
        *TEXTS,
        *SENTENCES,
        "ab ab.ab\u2028ab\x1cab“ab”abab ab\u0085ab",
        "ab",
        "",
        "  you idiot  ",
        "idiot\u00a0idiot\x0bidiot  idiot.idiot\u2028you idiots\u3000idiot\x1fidiot",
        "stupid\fcow, shut\u0085up\u2029idiot",
        "idiot!\n\n;idiot?? you idiot; “idiot”… idiot—idiot",
    ]:
        view = obfuscation.reveal(Draft(text).text, forms.GLUE, forms.known)
        blanked = reader.split_marks(view.text)
        lines = reader.marks_to_lines(view.text)
        # The same words, where the blanked text has them; a line break for each sentence end.
        assert len(lines) == len(blanked)
        assert [m.span() for m in re.finditer(r"\S+", lines)] == [
            m.span() for m in re.finditer(r"\S+", blanked)
        ], text
        tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", blanked)]
        words = {token for _, token in tokens} & (
            grammar.SUSPECT_BEYOND_LEX | forms.LEX.keys() | {"ab"}
        )
        ends = [m.start() for m in reader.SENTENCE_END.finditer(view.text)]
        starts = [0, *(end + 1 for end in ends)]
        # The start of each sentence holding a suspect word, found word by word.
        expected = sorted(
            {starts[bisect_right(ends, start)] for start, token in tokens if token in words}
        )
        assert reader.sentences_holding(lines, words) == (ends, expected), text
        found += len(expected)
        others += bool(expected) and any(c.isspace() and c not in " \n" for c in blanked)
    assert found >= 50
    assert others >= 2


# --- the word gates of the names and combination rules -------------------------------------------


def _found_through_one_word() -> list[str]:
    """For every word a gate looks for, a draft found through that word alone."""
    made = [f"{w} Doris won't eat." for w in ["resident", "residents", "client", "clients"]]
    made += [f"{w}: Doris won't eat." for w in ["patient", "patients", "tenant", "tenants"]]
    made += ["service user Doris left"]
    made += [
        f"my {w} Doris loves the radio"
        for w in [
            "lady",
            "ladies",
            "gent",
            "gents",
            "gentleman",
            "fella",
            "chap",
            "guy",
            "lad",
            "lass",
        ]
    ]
    made += [
        f"a man I {verb} Ted, the dear"
        for verb in ("support", "care for", "look after", "work with", "visit")
    ]
    made += [f"a man {w} Ted came" for w in ("called", "named", "known as")]
    # A doctor or a professor is someone supported only in a care frame: "has had a fall".
    made += [
        f"{t} Patel has had a fall"
        for t in [
            "Mr",
            "Mrs",
            "Ms",
            "Miss",
            "Mx",
            "Dr",
            "Prof",
            "MRS",
            "MR",
            "DR",
            "mrs",
            "mr",
            "dr",
        ]
    ]
    made += [f"{name}, aged 87, lives in room 12" for name in sorted(identifiers.FIRST_NAMES)]
    made += [f"An 87-year-old with {c} in Otley." for c in identifiers.CONDITIONS]
    made += [f"Doris has dementia, {w} 4." for w in ["room", "RM", "Ward", "wing", "bed", "bay"]]
    made += [f"Doris has dementia, {w} Otley." for w in ["in", "from", "near", "to"]]
    ages = ["87 years old", "87-yrs old", "87yo", "87 yo", "٨7yo", "7٨yo", "Aged 87", "age 87"]
    ages += ["in her eighties", "in his 80s", "in their mid-70s", "IN HER ٨0s"]
    made += [f"Doris, {age}, Room 4." for age in ages]
    return made


def _gated_texts() -> list[str]:
    """Those, with a cue found only through another cue's letters nearby ("lad" in "salad"), with
    "İ" (which grows when lower-cased), and with a control character glued on, which the split of
    the draft into words does not break at."""
    made = _found_through_one_word()
    made += ["Service\nUser Doris salad", "Service\nUser Doris left", "SERVİCE USER Doris"]
    made += ["a man I vİsit Ted", "PATİENT Doris", "Mİss Patel", "Dorİs, aged 87, in room 12"]
    # The user's own names make a kind of their own ("Zed"), and so does an empty one.
    made += ["Zed, aged 87, lives in room 12", "Aged 87, in room 12."]
    return made + [t.replace(" ", "\x07", 1) for t in made] + ["\x01" + t for t in made]


def test_ascii_words_hold_every_run_of_ascii_letters_and_digits() -> None:
    gated = 0
    for text in TEXTS + _gated_texts():
        draft = Draft(text)
        words = draft.ascii_words
        assert words is not None, text
        gated += bool(re.search(r"[\x00-\x08\x0e-\x1b\x7f]", draft.lower))
        runs = re.findall(r"(?<![^\W_])[a-z0-9]+(?![^\W_])", draft.lower)
        assert set(runs) <= words, text
        # Nothing else: each is a run of ASCII letters and digits of the folded text.
        assert all(re.fullmatch("[a-z0-9]+", w) and w in draft.folded for w in words), text
    assert gated > 20


def _whole_word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` with no ASCII letter or digit glued on either side."""
    glued = "abcdefghijklmnopqrstuvwxyz0123456789"
    return [
        at
        for at in range(len(text))
        if text.startswith(word, at)
        and not (at and text[at - 1] in glued)
        and not (at + len(word) < len(text) and text[at + len(word)] in glued)
    ]


@pytest.mark.parametrize("indexed_from", [0, 4_000, 10**9])
def test_word_starts_are_the_same_searched_or_read_at_once(
    monkeypatch: pytest.MonkeyPatch, indexed_from: int
) -> None:
    # Draft.starts searches for the first words asked, then reads all words of the draft at once
    # (from the first word in a long draft): either way, the same places.
    monkeypatch.setattr(draft_module, "_INDEXED_FROM", indexed_from)
    words = ["a", "i", "the", "nhs", "mrs", "u", "lol", "9", "12", "co-codamol", "don't", "x"]
    words += [f"w{n}" for n in range(40)]
    long_text = " ".join(TEXTS[:200]) + " w7 w7w7 w12 the"
    for text in [*TEXTS[:300], long_text]:
        draft = Draft(text)
        for word in words:
            assert draft.starts(word) == _whole_word_starts(draft.folded, word), (text, word)


def test_letters_that_match_ascii_ones_ignoring_case_fold_to_them() -> None:
    # The gates' words are lower-cased ASCII, the patterns' cues match ignoring case: every other
    # character a cue's letter matches ("İ", "ı", "ſ", "K") becomes that letter in Draft.lower.
    for code in range(0x80, 0x110000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000 or not re.fullmatch("(?i)[a-z]", ch):
            continue
        assert re.fullmatch("[a-z]", Draft(ch).lower), hex(code)


def test_word_gates_of_names_and_combinations_change_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = TEXTS + _gated_texts()
    contexts = [Context(), Context(names=("Zed",)), Context(names=("",))]

    def found() -> list[list[Span]]:
        return [
            list(finder(Draft(text), context))
            for text in texts
            for finder in (identifiers.find_names, identifiers.find_identifying_combinations)
            for context in contexts
        ]

    gated = found()
    monkeypatch.setattr(Draft, "ascii_words", None)
    assert gated == found()
    zed = Draft("Zed, aged 87, lives in room 12")
    assert list(identifiers.find_identifying_combinations(zed, Context(names=("Zed",))))
    # Every draft made for a word is found (through that word alone).
    for text in _found_through_one_word():
        assert list(identifiers.find_names(Draft(text), Context())) or list(
            identifiers.find_identifying_combinations(Draft(text), Context())
        ), text


# --- the memo of glued words --------------------------------------------------------------------


def test_glued_words_split_as_worked_out_whatever_the_memo_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    glue = forms.GLUE
    heads, tails, words = sorted(glue.heads), sorted(glue.tails), sorted(glue.words)
    glued = [f"{h}{w} and {w}{t}, {h}{w}!" for h, w, t in zip(heads, words, tails, strict=False)]
    texts = [obfuscation._lower(t) for t in TEXTS + SENTENCES] + glued + [" ".join(glued)]
    memo = obfuscation._split_memo
    with monkeypatch.context() as plain:
        plain.setattr(memo, "cuts", lambda glue, tokens: glue.cuts(tokens))
        expected = [glue.split_points(text) for text in texts]
    assert sum(map(len, expected)) >= 200
    # From an empty memo, from one that holds every token already, and from a small one that is
    # emptied again and again; never holding more than ``size`` tokens.
    for size in (4096, 4096, 60):
        monkeypatch.setattr(memo, "size", size)
        if size == 60:
            memo.clear()
        pairs = list(zip(texts, expected, strict=True))
        for text, points in pairs + pairs[::-1]:
            assert glue.split_points(text) == points, text
            _, seen, cuts = memo._by_glue[id(glue)]
            assert len(seen) <= size
            assert set(cuts) <= seen


# --- the cues of Cued patterns, read off the patterns themselves ---------------------------------

_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_UNKNOWN, _BOUNDARY, _OTHER = (
    "\x00",
    "\x01",
    "\x03",
)  # any character; zero-width, no letter; no letter


def _one_char(item: tuple[object, object], flags: int) -> re.Pattern[str]:
    sub = re_parser.SubPattern(re_parser.State(), [item])
    return re_compiler.compile(sub, flags)  # type: ignore[no-any-return]


def _char(item: tuple[object, object], flags: int) -> str:
    """How one character that ``item`` matches is written in a reading: a space when it can only
    be white space, _OTHER when it can be no letter or digit, else _UNKNOWN."""
    single = _one_char(item, flags)
    if not any(single.fullmatch(c) for c in _ALNUM + "_!?.,'@#-"):
        return " " if single.fullmatch(" ") or single.fullmatch("\t") else _OTHER
    return _UNKNOWN


_FOUND = "\x04"  # a reading already known to hold a cue, whatever follows
_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


class _Reader:
    """Writes out, left to right, the ways a match of a cued pattern can be written, as far as
    its cues can tell (lower-cased): literal letters as they are, a repeat at its fewest (once
    more only for an optional one), white space as one space, a character the pattern leaves open
    as _UNKNOWN, and what stands before the match as _UNKNOWN too. A reading that holds a cue
    becomes _FOUND, and the others keep only their last few characters, which is all a cue still
    to come can depend on: so the many alternatives of a pattern never multiply out in full."""

    def __init__(self, cued: Cued) -> None:
        self.cued = cued
        self.keep = max(len(c) for c in cued.cues.split()) + 2
        self.words = cued._cue_words
        self.marks = cued._marks

    def join(self, reading: str, char: str) -> str:
        """``reading`` followed by one more character: _FOUND when that completes a cue (a mark,
        or a word with no letter or digit on either side), else its last few characters."""
        if reading == _FOUND:
            return _FOUND
        text = reading + char
        plain = text.replace(_BOUNDARY, "")
        if any(plain.endswith(mark) for mark in self.marks):
            return _FOUND
        if char not in _UNKNOWN + _LETTERS:
            for word in self.words:
                if (
                    reading.endswith(word)
                    and len(reading) > len(word)
                    and reading[-len(word) - 1] not in _UNKNOWN + _LETTERS
                ):
                    return _FOUND
        return text[-self.keep :]

    def extend(
        self, readings: set[str], items: list[tuple[object, object]], flags: int
    ) -> set[str]:
        for op, av in items:
            if op is re_constants.LITERAL:
                readings = {self.join(r, chr(av).lower()) for r in readings}  # type: ignore[call-overload]
            elif op in (re_constants.IN, re_constants.NOT_LITERAL, re_constants.ANY):
                readings = {self.join(r, _char((op, av), flags)) for r in readings}
            elif op is re_constants.BRANCH:
                readings = {x for alt in av[1] for x in self.extend(readings, alt, flags)}  # type: ignore[index]
            elif op in (re_constants.SUBPATTERN, re_constants.ATOMIC_GROUP):
                body = av[-1] if op is re_constants.SUBPATTERN else av  # type: ignore[index]
                readings = self.extend(readings, body, flags)
            elif op in (
                re_constants.MAX_REPEAT,
                re_constants.MIN_REPEAT,
                re_constants.POSSESSIVE_REPEAT,
            ):
                low, _, body = av  # type: ignore[misc]
                if len(body) == 1 and _char(body[0], flags) == " ":
                    space = {self.join(r, " ") for r in readings}
                    readings = space if low else readings | space
                elif low:
                    for _ in range(low):
                        readings = self.extend(readings, body, flags)
                else:
                    readings = readings | self.extend(readings, body, flags)
            elif op is re_constants.ASSERT_NOT:
                _, body = av  # type: ignore[misc]
                blocks = len(body) == 1 and all(
                    _one_char(body[0], flags).fullmatch(c) for c in _ALNUM
                )
                readings = {self.join(r, _BOUNDARY) for r in readings} if blocks else readings
            elif op is re_constants.AT:
                if av in (
                    re_constants.AT_BOUNDARY,
                    re_constants.AT_BEGINNING,
                    re_constants.AT_BEGINNING_STRING,
                    re_constants.AT_END,
                    re_constants.AT_END_STRING,
                ):
                    readings = {self.join(r, _BOUNDARY) for r in readings}
            elif op is not re_constants.ASSERT:  # a group reference
                readings = {self.join(r, _UNKNOWN) for r in readings}
        return readings

    def missed(self) -> list[str]:
        """The readings of the whole pattern that hold no cue."""
        pattern = self.cued.pattern
        items = list(re_parser.parse(pattern.regex, pattern.flags))
        # What stands before and after a match is open: a cue must be found within the match.
        readings = self.extend({_UNKNOWN}, items, pattern.flags)
        return sorted(r for r in readings if self.join(r, _UNKNOWN) != _FOUND)


CUED_MATCHERS = [m for m in RULE_MATCHERS if isinstance(m, Cued)] + [audience.WORK_TALK]


# Readings with no cue, by the matcher's first cue, and why each is left as it is.
KNOWN_MISSES = {
    # [!?]{3,} is read as three open characters; the validator then asks for three "!", and any
    # such run holds "!!" or "!?!".
    "!!": ["\x00\x00\x00\x00"],
    # Gaps in the chasing rule's cues, kept so that this refactoring changes no finding: a
    # "hello ?" alone on its line, and "posting this for the 21st time" ("asking"/"posting" and
    # "st_time" are no cues), are found by the pattern but never looked for.
    "waiting": ["\x00\x01\x01helo ?\x01", " the \x00st time\x01"],
}


@pytest.mark.parametrize("cued", CUED_MATCHERS, ids=lambda c: c.cues.split()[0])
def test_every_way_a_cued_pattern_matches_holds_one_of_its_cues(cued: Cued) -> None:
    """Read off the pattern's own syntax: every way it can match, written out, holds a cue the
    matcher looks for (a whole word, or a mark anywhere), so no cue list can fall behind its
    pattern. The reading assumes what the cues do: a run of white space written as one space, a
    repeated letter written as few times as the pattern asks ("xx" for "x{2,}")."""
    assert _Reader(cued).missed() == KNOWN_MISSES.get(cued.cues.split()[0], [])


def test_the_reading_of_a_pattern_finds_a_missing_cue() -> None:
    cued = next(c for c in CUED_MATCHERS if c.cues.startswith("hun "))
    assert _Reader(cued).missed() == []
    fewer = Cued(cued.pattern, cued.cues.replace("petal ", ""), cued.reach, cued.lowered)
    assert _Reader(fewer).missed() == ["\x00\x01petal\x01"]
    spaced = next(c for c in CUED_MATCHERS if c.cues.startswith("behalf"))
    fewer = Cued(spaced.pattern, spaced.cues.replace(" we_at", ""), spaced.reach, spaced.lowered)
    assert _Reader(fewer).missed() == ["\x00\x01we at"]


# Drafts made to trip a scan that starts only where a rare character says: addresses glued to
# each other, names of every character a mailbox allows, letters outside ASCII, "@" everywhere.
MAILBOXES = [
    "a@b.com.x@y.com and jo.bloggs+care@nhs.net, _x@y.co.uk, é@x.org, xé@y.org",
    "@@a@@b.c.uk@@ mail me: Jo-Ann.O'Neil@care.org.uk; 1.2@3.co, .a@b.co, a.@b.co",
    "k.smith@nhs.net@nhs.net a@b a@b.c a@b.cc- a@b.ccé ſam@x.org K@y.org\u0130@z.org",
]


def _fuzzed(alphabet: str, count: int, length: int) -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choice(alphabet) for _ in range(length)) for _ in range(count)]


def test_addresses_found_from_their_at_are_those_of_a_whole_scan() -> None:
    texts = SAMPLES + TRICKY + MAILBOXES + _fuzzed("ab1_.+-@ é\n", 3000, 30)
    found = 0
    for text in texts:
        draft = Draft(text)
        scanned = [m.span() for m in identifiers._EMAIL_RE.finditer(draft.text)]
        fast = draft.matches_from(identifiers._EMAIL_RE, identifiers._email_starts)
        assert [m.span() for m in fast] == scanned, text
        assert [m.groupdict() for m in fast] == [
            m.groupdict() for m in identifiers._EMAIL_RE.finditer(draft.text)
        ], text
        found += len(scanned)
    assert found >= 50


def test_ten_digit_numbers_found_from_their_shape_are_those_of_a_whole_scan() -> None:
    # A number can start inside a run of the shape found before it ("123 4567890123").
    overlapping = [
        "ref 123 4567890123",
        "12-3456789012 and 1 2 3 4 5 6 7 8 9 0 1 2",
        "1.9434765919",
    ]
    texts = SAMPLES + TRICKY + NUMBERS + overlapping + _fuzzed("123456 .-/+_a–٣\n", 3000, 30)
    found = 0
    for text in texts:
        draft = Draft(text)
        scanned = [m.span() for m in identifiers._TEN_DIGITS.finditer(draft.text)]
        fast = draft.matches_from(identifiers._TEN_DIGITS, identifiers._ten_digit_starts)
        assert [m.span() for m in fast] == scanned, text
        found += len(scanned)
    assert found >= 50


def test_record_numbers_found_from_their_heads_are_those_of_a_whole_scan() -> None:
    record = identifiers._RECORD_PATTERN
    assert record.starts is identifiers._record_starts
    # re reads "ı" as "i" and "ſ" as "s" when it ignores case; lowering does not (the draft's
    # normalising reads them so already: these are tried either way).
    odd = ["Hoſp no 4412345", "patıent id AB12345 and mrn 20011", "MRN: 77123, HOSPNO 12-3456"]
    texts = SAMPLES + TRICKY + NUMBERS + odd + _fuzzed("hospitalmrnecdu HPMR1234 .:#-ıſé", 3000, 30)
    found = 0
    for text in texts:
        draft = Draft(text)
        regex = record._compiled
        scanned = [m.span() for m in regex.finditer(draft.text)]
        fast = draft.matches_from(regex, identifiers._record_starts)
        assert [m.span() for m in fast] == scanned, text
        found += len(scanned)
    assert found >= 20


def test_spoken_numbers_read_from_their_first_letter_are_those_of_the_plain_pattern() -> None:
    plain = re.compile(
        r"(?i:(?<![\w'’])(?:oh|zero|nought)(?:[ ,\-]{1,3}"
        + identifiers._SPOKEN_WORD
        + r"){6,16}(?![\w'’]))"
    )
    words = "oh zero nought one two three double treble hundred Oh ZERO Nought x's ’"
    spoken = [" ".join(random.Random(i).choices(words.split(), k=24)) for i in range(2000)]
    texts = SAMPLES + TRICKY + spoken + _fuzzed("oOhzZnN ,-'’", 500, 40)
    found = 0
    for text in texts:
        fast = [m.span() for m in identifiers._SPOKEN_NUMBER.finditer(text)]
        assert fast == [m.span() for m in plain.finditer(text)], text
        found += len(fast)
    assert found >= 50


STARTED_PATTERNS = [m for m in RULE_MATCHERS if isinstance(m, Pattern) and m.starts] + [
    identifiers._NI_CAPITALS,
    identifiers._NI_ANY_CASE,
]


@pytest.mark.parametrize("pattern", STARTED_PATTERNS, ids=lambda p: p.regex[:20])
def test_patterns_tried_only_where_they_may_start_find_what_a_whole_scan_does(
    pattern: Pattern,
) -> None:
    whole = dataclasses.replace(pattern, starts=None)
    numbers = _fuzzed("AbCd12 -0é١", 3000, 24)
    found = 0
    for text in SAMPLES + TRICKY + NUMBERS + numbers:
        draft = Draft(text)
        matches = draft.matches_from(pattern._compiled, pattern.starts)  # type: ignore[arg-type]
        assert [m.span() for m in matches] == [
            m.span() for m in pattern._compiled.finditer(draft.text)
        ], text
        spans = list(pattern.find(Draft(text), Context()))
        assert spans == list(whole.find(Draft(text), Context())), text
        found += len(matches)
    assert found >= 20


def test_tokens_of_a_sentence_are_those_of_a_scan() -> None:
    fuzzed = _fuzzed("ab1£$' é\n.,x0!?’", 2000, 40)
    found = 0
    for text in SAMPLES + TRICKY + NUMBERS + fuzzed:
        draft = Draft(text)
        read = sentences._Text(draft)
        for i, (lo, hi) in enumerate(read.bounds):
            tokens, starts, _ = read.tokens(i)
            matches = list(sentences._TOKEN.finditer(draft.folded, lo, hi))
            assert tokens == [m.group() for m in matches], text
            assert starts == [m.start() for m in matches], text
            found += len(tokens)
    assert found >= 1000
