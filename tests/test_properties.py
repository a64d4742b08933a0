"""Property-based tests: the core stays correct on hostile and odd input.

For any draft (lone surrogates, NUL, control and bidirectional characters, combining marks, emoji,
zero-width characters, mixed with real identifiers and offensive words so rules do fire), with every
pack on and on every site: ``check`` never raises; each finding's span is a non-empty range of
UTF-16 code units inside the draft that splits no surrogate pair; ``match`` is exactly the text
there; findings come in reading order; the JSON bridge gives the same findings. Zero-width
characters typed inside an identifier or an offensive word do not hide it.

On CPython each property tries a modest number of random examples per run. Inside Pyodide the
same properties run on a fixed sample (``derandomize``), smaller because WebAssembly is slower.
``TBYP_PROPERTY_EXAMPLES`` raises the count for a long local hunt.
"""

from __future__ import annotations

import json
import os
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import core
from core.bridge import MAX_FINDINGS, handle
from core.model import SITES, Finding
from core.registry import ALL_RULES, PACK_IDS
from tests.examples import unmark

IN_PYODIDE = sys.platform == "emscripten"
EXAMPLES = int(os.environ.get("TBYP_PROPERTY_EXAMPLES", "30" if IN_PYODIDE else "200"))

_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=IN_PYODIDE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Pyodide's file system is thrown away after the run: no example database there.
PROPERTY_SETTINGS = settings(_SETTINGS, database=None) if IN_PYODIDE else _SETTINGS

# Zero-width and other invisible characters: format characters, and default-ignorables of other
# categories (combining grapheme joiner, variation selector, Hangul filler).
ZERO_WIDTH = (
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u034f",
    "\ufe0f",
    "\u3164",
)

# Characters that have broken text handling elsewhere: invisible and bidirectional controls,
# combining marks, letters that grow when lower-cased or folded, astral letters and digits that
# fold to ASCII, emoji sequences, lone surrogates.
ODD_CHARACTERS = (
    *ZERO_WIDTH,
    *("\x00", "\x1b", "\x7f", "\t", "\r", "\n", "\u2028", "\u2029", "\x85", "\u3000", "\xa0"),
    *("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"),
    *("\u200e", "\u200f", "\u061c", "\u034f", "\u180e", "\U000e0041", "\U000e007f"),
    *("\u0301", "\u0308", "\u20dd", "\u0489", "e\u0301", "\u1100\u1161"),
    *("İ", "ß", "ẞ", "ﬁ", "ﬀ", "ǅ", "Ⅻ", "①", "½", "™", "㎏", "ﷺ", "\u0390", "ŉ"),
    *("９", "ａ", "＠", "．", "\U0001d7d7", "\U0001d41a", "\U0001d7ce", "\U0001f100"),
    *("😀", "👩\u200d⚕️", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", "🇬🇧"),
    *("\ud83d", "\ude00", "\udfff", "\ud800"),
    *("а", "о", "е", "і", "ѕ", "ο", "α", "\uff10", "\u0660", "\u06f3", "\u0966"),
)

# Real drafts' pieces, so that rules fire and their spans get checked: every rule's own flags
# examples, plus identifiers and words the zero-width tests below also use.
FRAGMENTS = tuple(sorted({unmark(example)[0] for rule in ALL_RULES for example in rule.flags}))
NAMES = ("Doris Pemberton", "Bert", "Zoë", "C++", "Rose Court")


def _canonical(text: str) -> str:
    """The text as a JavaScript string reaches Python: a high surrogate followed by a low one is
    one astral character (Pyodide and ``json.loads`` both join them)."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


_pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(ODD_CHARACTERS),
    st.text(st.characters(exclude_categories=()), max_size=8),
    st.text(st.sampled_from("0123456789 -.@+/:()'*$!|abcdefgkstuIOHNS"), max_size=12),
)
raw_drafts = st.lists(_pieces, max_size=12).map("".join)
drafts = raw_drafts.map(_canonical)
sites = st.sampled_from((None, *SITES))
user_lists = st.lists(st.one_of(st.sampled_from(NAMES), st.text(max_size=6)), max_size=3)


def _units(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


def _splits_pair(units: bytes, offset: int) -> bool:
    """Whether a UTF-16 offset falls between the high and low halves of a surrogate pair."""
    if offset <= 0 or offset * 2 >= len(units):
        return False
    before = int.from_bytes(units[offset * 2 - 2 : offset * 2], "little")
    after = int.from_bytes(units[offset * 2 : offset * 2 + 2], "little")
    return 0xD800 <= before <= 0xDBFF and 0xDC00 <= after <= 0xDFFF


def _check_all(text: str, site: str | None, names: list[str], phrases: list[str]) -> list[Finding]:
    return core.check(text, packs=PACK_IDS, site=site, names=names, phrases=phrases)


@PROPERTY_SETTINGS
@given(text=raw_drafts, site=sites, names=user_lists)
def test_check_never_raises_on_any_python_string(
    text: str, site: str | None, names: list[str]
) -> None:
    findings = _check_all(text, site, names, names)
    length = len(_units(text)) // 2
    assert all(0 <= f.start < f.end <= length for f in findings)


@PROPERTY_SETTINGS
@given(text=drafts, site=sites, names=user_lists, phrases=user_lists)
def test_findings_are_exact_utf16_spans_in_reading_order(
    text: str, site: str | None, names: list[str], phrases: list[str]
) -> None:
    findings = _check_all(text, site, names, phrases)
    units = _units(text)
    for f in findings:
        assert 0 <= f.start < f.end <= len(units) // 2, f
        assert not _splits_pair(units, f.start) and not _splits_pair(units, f.end), f
        assert _units(f.match) == units[f.start * 2 : f.end * 2], f
        assert f.pack == f.rule.split(".", 1)[0] and f.pack in PACK_IDS
    order = [(f.start, -f.severity.rank, f.end, f.rule) for f in findings]
    assert order == sorted(order)
    spans = [(f.pack, f.start, f.end) for f in findings]
    assert len(spans) == len(set(spans)), "two findings of one pack on exactly the same text"


@PROPERTY_SETTINGS
@given(text=drafts, site=sites, names=user_lists)
def test_the_json_bridge_gives_the_same_findings(
    text: str, site: str | None, names: list[str]
) -> None:
    request = {"type": "check", "text": text, "packs": list(PACK_IDS), "site": site}
    request |= {"names": names, "phrases": names}
    reply = json.loads(handle(json.dumps(request)))
    assert reply["ok"] is True, reply
    # The bridge names each rule and leaves its words (message, why, suggestion) to the registry.
    words = {"pack", "message", "why", "suggestion"}
    expected = [
        {k: v for k, v in f.to_dict().items() if k not in words}
        for f in _check_all(text, site, names, names)
    ]
    assert reply["findings"] == expected[:MAX_FINDINGS]


# --- Zero-width characters inside what must be found -------------------------------------------

# (draft with the target marked, rule that must cover it)
DISGUISED = (
    ("Her NHS number is [[943 476 5919]], can anyone help?", "identifiers.nhs_number"),
    ("Her son is [[d.patel82@example.co.uk]], he wants updates.", "identifiers.email"),
    ("She lives near [[LS1 4AP]], can anyone visit?", "identifiers.postcode"),
    ("Her daughter's mobile is [[07700 900123]] if anyone can call.", "identifiers.phone"),
    (
        "Her NI number is [[JG 10 37 29 C]] and the DWP still can't find her.",
        "identifiers.ni_number",
    ),
    ("DOB [[03/04/1941]], lives alone.", "identifiers.date_of_birth"),
    ("Well [[fuck]] this rota.", "offensive.profanity"),
    ("What a [[bastard]] that manager is.", "offensive.profanity"),
    ("Oh [[shit]], I forgot.", "offensive.profanity"),
    ("He is a [[wanker]].", "offensive.profanity"),
)


@st.composite
def disguised(draw: st.DrawFn) -> tuple[str, int, int, str]:
    """A draft with zero-width characters typed at random places inside its target; returns the
    draft, the target's span in UTF-16 units and the rule that must cover it."""
    marked, rule = draw(st.sampled_from(DISGUISED))
    plain, ((start, end),) = unmark(marked)
    target = list(plain[start:end])
    # Between the target's first and last characters, so the target's own ends stay put.
    gaps = draw(st.lists(st.integers(1, len(target) - 1), min_size=1, max_size=4))
    for gap in sorted(gaps, reverse=True):
        target.insert(gap, draw(st.sampled_from(ZERO_WIDTH)))
    hidden = "".join(target)
    return plain[:start] + hidden + plain[end:], start, start + len(hidden), rule


@PROPERTY_SETTINGS
@given(case=disguised(), site=sites)
def test_zero_width_characters_do_not_hide_identifiers_or_offensive_words(
    case: tuple[str, int, int, str], site: str | None
) -> None:
    text, start, end, rule = case
    findings = _check_all(text, site, [], [])
    covering = [f for f in findings if f.rule == rule and f.start <= start and end <= f.end]
    assert covering, f"{rule} missed {text!r}: {[(f.rule, f.match) for f in findings]}"


def test_invisible_characters_that_are_not_format_characters_hide_nothing() -> None:
    # Regression: U+034F, variation selectors and Hangul fillers are not category Cf, and used to
    # split "943 4\u034f76 5919" into two numbers.
    for invisible in ("\u034f", "\ufe0f", "\U000e0100", "\u3164", "\u180b"):
        text = f"NHS number 943 4{invisible}76 5919"
        (finding,) = core.check(text, packs=["identifiers"])
        assert finding.match == f"943 4{invisible}76 5919"
