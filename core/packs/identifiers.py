"""Identifiers: never post a unique identifier of a person you support.

One rule per kind of identifier. Each pattern proposes, a validator (check digit, calendar, the
shapes a postcode may take) confirms, and context words decide where a shape alone proves nothing.
Patterns start at a word boundary and have no nested quantifiers over the same characters, so a
long draft is checked in linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections.abc import Callable, Iterable, Iterator, Sequence
from sys import intern

from ..draft import Draft
from ..lexicons import dates, name_decision, names, people, places, records
from ..matchers import ContextWords, Custom, Pattern, not_after, word_list, word_set
from ..memo import memoised
from ..model import Context, Reminder, Rule, Severity, Span, Tip
from ..validators import (
    digits_of,
    international_phone_is_plausible,
    is_nhs_number_range,
    is_valid_chi_number,
    is_valid_date,
    is_valid_hc_number,
    is_valid_nhs_number,
    is_valid_ni_number,
    is_valid_postcode,
    uk_phone_is_personal,
)

_TIP = Tip.IDENTIFIERS

# What each finder found in a draft, kept on the draft: the names rule asks where the other
# identifiers stand (a name beside an NHS number is someone's), and their own rules then reuse it.
_NO_CONTEXT = Context()
_FinderFn = Callable[[Draft, Context], Iterable[Span]]
_FOUND: dict[_FinderFn, Callable[[Draft], list[Span]]] = {}


def _once(find: _FinderFn) -> _FinderFn:
    """``find`` worked out once per draft (it reads no context)."""

    def analyse(draft: Draft) -> list[Span]:
        return list(find(draft, _NO_CONTEXT))

    def found(draft: Draft, context: Context) -> list[Span]:
        return draft.analysis(analyse)

    _FOUND[find] = analyse
    found.__doc__ = find.__doc__
    return found


def _owned(find: _FinderFn) -> _FinderFn:
    """``find`` worked out once per draft, as ``_once``, then kept or set down by the one reading
    of whose each contact of the draft is (``_contact_owners``)."""
    _once(find)

    def found(draft: Draft, context: Context) -> list[Span]:
        return draft.analysis(_contact_owners)[find]

    found.__doc__ = find.__doc__
    return found


# --- NHS, CHI and Health and Care numbers -------------------------------------------------------

# Speed: the stdlib engine skips quickly to where a pattern's first character can match only when
# the pattern starts with a plain character or set, so each pattern starts with one and checks
# what comes before it with a fixed-width look-behind just after, written by ``not_after``.

# Ten digits, either run together or in the 3-3-4 layout the NHS prints, with one kind of separator.
_NHS_LAYOUT = (
    r"(?P<id>"
    + not_after(r"\d", r"[\w+/.-]")
    + r"\d{2}(?P<sep>[ \-]?)\d{3}(?P=sep)\d{4})(?![\w/]|[.-]\d)"
)

# CHI numbers are also written as the date of birth and four digits: 030441 1234.
_CHI_LAYOUT = (
    r"(?P<id>"
    + not_after(r"\d", r"[\w+/.-]")
    + r"(?:\d{5}(?P<sep6>[ \-])\d{4}|\d{2}(?P<sep>[ \-]?)\d{3}(?P=sep)\d{4}))"
    r"(?![\w/]|[.-]\d)"
)

# The same layouts in Normalised.shape's terms (where a digit is "0"): a draft without any is not
# scanned. Ten digits run together or 3-3-4 with one kind of separator, and for CHI 6-4 too.
_NHS_SHAPE = re.compile(rb"0000000000|000 000 0000|000-000-0000")
_CHI_SHAPE = re.compile(_NHS_SHAPE.pattern + rb"|000000 0000|000000-0000")

# "number" alone is context enough for a ten-digit NHS number, unless the words before say what
# other kind of number it is.
_OTHER_NUMBER = re.compile(
    r"(?<!\w)(?:charity|company|order|account|invoice|tracking|batch|phone|mobile|policy|serial"
    r"|registration|reference|parcel|booking|membership|licen[cs]e)\s+(?:no\.?|number)\b",
    re.IGNORECASE,
)


def _order_number_before(source: str, start: int) -> bool:
    """The words just before ``start`` say the number after them is an order's, an invoice's, a
    parcel's or another commercial one ("Order no. 180 368 7142")."""
    return bool(_OTHER_NUMBER.search(source, max(0, start - 30), start)) or _commercial_before(
        source, start
    )


_JUST_BEFORE = 24


def _order_number_just_before(source: str, start: int) -> bool:
    """As ``_order_number_before``, with a commercial word only just before ``start`` and after
    any question or sentence before it: after a CHI cue, "the hospital want dad's CHI number for
    the transport booking, is it this? ..." asks about the CHI number, and the booking is what
    it is for."""
    lo = max(0, start - _JUST_BEFORE)
    lo = max(lo, *(source.rfind(mark, lo, start) + 1 for mark in ".?!"))
    return bool(_OTHER_NUMBER.search(source, max(0, start - 30), start)) or _commercial_before(
        source, start, start - lo
    )


def _is_nhs_number(m: re.Match[str]) -> bool:
    number = m.group("id")
    if not (is_nhs_number_range(number) and is_valid_nhs_number(number)):
        return False
    return not _OTHER_NUMBER.search(m.string, max(0, m.start() - 30), m.start())


def _written_as_nhs_number(m: re.Match[str]) -> bool:
    # The 3-3-4 layout is how NHS numbers are printed; a bare run of ten digits could be anything
    # (an order number, a phone number) and needs the words around it to say it is an NHS number.
    return m.group("sep") != ""


def _written_as_chi_number(m: re.Match[str]) -> bool:
    return bool(m.group("sep6")) or bool(m.group("sep"))


# Ten digits in any of the layouts people write an NHS number in: run together, 3-3-4, 4-3-3,
# 4-2-4, 3-4-3 or 5-5, with one kind of separator (a space, a dash or a dot).
_TEN_DIGITS = re.compile(r"\d(?<![\w+/.\-]\d)(?:[ .\-]?\d){9}(?![\w/]|[.\-]\d)")
_TEN_DIGITS_SHAPE = re.compile(rb"0(?:[ x\-]?0){9}")


# Where a match of ``_TEN_DIGITS`` may start: its first digit, with the same look-behind, and
# nine more digits after it (``_TEN_DIGITS`` without its end), read in C: a digit that starts a
# shorter number in a run of them ("12 34 56 ...") is no start.
_TEN_DIGITS_FIRST = re.compile(r"\d(?<![\w+/.\-]\d)(?=(?:[ .\-]?\d){9})")
_MATCH_START = re.Match.start
# A run of ``_TEN_DIGITS_SHAPE`` read on to where its digits and single separators end: one run
# for a stretch of text outside ASCII (every such character is "0" in the shape), not one for
# each ten of its characters, each a step of Python.
_TEN_DIGITS_RUN = re.compile(_TEN_DIGITS_SHAPE.pattern + rb"(?:[ x\-]?0)*+")


def _ten_digit_starts(draft: Draft) -> Iterator[int]:
    """Where a match of ``_TEN_DIGITS`` may start in the text, for ``Draft.matches_from``: at
    each digit of the runs of ``_TEN_DIGITS_RUN`` in the shape (a scan of the whole text tries
    the pattern at every character) that no letter, digit or joining mark stands just before
    (``_TEN_DIGITS_FIRST``, found in C: a digit inside a run of digits, most of them, is no
    start, and was a step of Python and a match tried). Every place ten digits in a layout start
    at lies inside one of those runs, found without overlapping: a scan for the shape finds the
    first such place at or after where its last run ended."""
    text = draft.text
    for m in _TEN_DIGITS_RUN.finditer(draft.shape):
        yield from map(_MATCH_START, _TEN_DIGITS_FIRST.finditer(text, m.start(), m.end()))


_NHS_GROUPS = frozenset(((10,), (3, 3, 4), (4, 3, 3), (4, 2, 4), (3, 4, 3), (5, 5)))
_GROUP_BREAK = re.compile(r"[ .\-]")
# Welsh: "rhif GIG" (NHS number, GIG being Gwasanaeth Iechyd Gwladol), "rhif y GIG", "rhif" alone.
_NHS_BEFORE = ContextWords(
    ("NHS", "NHS no", "NHS number", "patient number", "number", "GIG", "rhif"), before=40
)
# "… that's the NHS number", "is his nhs no", "check that on the spine", "… yw ei rhif GIG".
# "… is the number on her medical card": the card the NHS (or in Northern Ireland, the H&C) number
# is printed on.
_NHS_AFTER = ContextWords(("NHS", "spine", "GIG", "medical card"), before=0, after=45)


_NHS_JUST_BEFORE = re.compile(
    r"(?<![\w'’])(?:NHS|nhs|Nhs|GIG)[ \t]{1,3}(?i:no\.?|number|num)[ \t]{0,3}"
    r"(?i:is|was|:|-)?[ \t]{0,3}$"
)


# The NHS's own word further back in the number's sentence ("the NHS number for Lola on the MAR
# is wrong, pharmacy has ...").
_NHS_IN_SENTENCE = re.compile(r"(?<![\w'’])(?:NHS|nhs|Nhs|GIG)(?![\w'’])[^.!?\n]{0,80}$")
# How far back a cue further back in the number's sentence is looked for (NHS and CHI).
_CUE_REACH = 90


def _nhs_groups(number: str) -> tuple[int, ...] | None:
    """The lengths of the digit groups of ``number`` when it is in a layout of ``_NHS_GROUPS``
    with one kind of separator, else None."""
    if len(set(_GROUP_BREAK.findall(number))) > 1:
        return None
    groups = tuple(len(g) for g in _GROUP_BREAK.split(number))
    return groups if groups in _NHS_GROUPS else None


def _odd_groups(number: str) -> bool:
    """``number`` is ten digits in groups of two to five with one kind of separator, in no layout
    of ``_NHS_GROUPS`` ("46 6392 3321", "41 46 88 19 78", "352 72 95 186"): read as an NHS or
    H&C number only with a cue beside it."""
    if len(set(_GROUP_BREAK.findall(number))) != 1:
        return False
    return all(2 <= len(g) <= 5 for g in _GROUP_BREAK.split(number))


def _ten_digit_numbers(draft: Draft) -> list[tuple[int, int, bool]]:
    """Checksum-valid NHS numbers of the draft, each with whether the draft says it is one (an
    NHS cue before or after it, or the 3-3-4 layout the NHS prints): (start, end, certain)."""
    if not _TEN_DIGITS_SHAPE.search(draft.shape):
        return []
    source = draft.text
    found = []
    for m in draft.matches_from(_TEN_DIGITS, _ten_digit_starts):
        number = m.group()
        groups = _nhs_groups(number)
        odd = groups is None and _odd_groups(number)
        if groups is None and not odd:
            continue
        if not (is_nhs_number_range(number) and is_valid_nhs_number(number)):
            continue
        start, end = m.span()
        if _OTHER_NUMBER.search(source, max(0, start - 30), start):
            continue
        # "... the transport booking? Her NHS number is 717 ...": the NHS's own word just before
        # says what it is, whatever commercial word stands further back.
        if not _NHS_JUST_BEFORE.search(source, max(0, start - 24), start) and _commercial_before(
            source, start
        ):
            continue
        certain = (
            groups == (3, 3, 4)
            or _NHS_BEFORE.near(source, start, end)
            or _NHS_AFTER.near(source, start, end)
            or _NHS_IN_SENTENCE.search(source, max(0, start - _CUE_REACH), start) is not None
        )
        if odd and not certain:
            continue
        if not certain and groups is not None:
            # Whose the number is: a person's where its sentence speaks of one ("Bloods for Mr
            # Achterberg 4926 97 5882", "7134 44 7405 for the lady at Flat 4", "new client
            # 63611 26072"), and a checksum-valid number of a person in a post about care is
            # their NHS number.
            around = draft.analysis(_surroundings_of_text)
            own_start, _wide, own_end = around.sentences(start, end)
            certain = around.has(_NUMBER_OWNERS, own_start, start, end, own_end)
        found.append((start, end, certain))
    return found


# A person a number may belong to, named in its sentence: a relative, a client, a patient, a
# title, a pronoun, a home.
_NUMBER_OWNERS = (
    places.PERSONAL_PHONE_WORDS | places.HOME_WORDS | word_set("patient pt lady gent hers")
) - word_set("landline key")


def find_nhs_numbers(draft: Draft, context: Context) -> Iterable[Span]:
    for start, end, certain in draft.analysis(_ten_digit_numbers):
        if certain:
            yield Span(*draft.to_original(start, end))


def find_possible_nhs_numbers(draft: Draft, context: Context) -> Iterable[Span]:
    """A checksum-valid ten-digit number with nothing to say what it is, in a draft about care."""
    numbers = draft.analysis(_ten_digit_numbers)
    if not numbers or (
        people.CARE_WORDS.isdisjoint(draft.words) and _TITLE_WORDS.isdisjoint(draft.words)
    ):
        return
    for start, end, certain in numbers:
        if not certain:
            yield Span(*draft.to_original(start, end))


NHS_NUMBER = Rule(
    id="identifiers.nhs_number",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like an NHS number.",
    why=(
        "An NHS number points to one person's health record, and the guide's tip "
        "'Do not post unique identifiers' asks that none reach a group, however private."
    ),
    suggestion="Take the number out, or describe the situation without it.",
    replacement="[NHS number]",
    matcher=Custom(_once(find_nhs_numbers)),
    flags=(
        "Can anyone help? Her NHS number is [[943 476 5919]] and the GP has no record.",
        "nhs no: [[9434765919]]",
        "Resident's number is [[943-476-5919]], admitted Tuesday.",
        "Ref [[401 023 2137]] for the discharge letter",
        "NHS [[４０１ ０２３ ２１３７]] (typed on a phone keyboard)",
        "NHS no is [[9434 765 919]] for the GP form",
        "patient, [[9434765919]] that's the NHS number",
        "nhs no [[9434 76 5919]]",
        "his NHS is [[943.476.5919]] pharmacy want it",
        "[[9434765919]] can u check that on the spine",
        "Rhif GIG Mrs Jones yw [[9434 76 5919]].",
        "[[9434765919]] yw ei rhif GIG hi",
        "Bloods for Mr Lowe [[9434 76 5919]] went to the lab",
        "new client [[94347 65919]] key safe by the front door",
        "Referral came through for the lady in Ripon, [[9434 76 5919]], first call Monday.",
    ),
    passes=(
        "Her NHS number is 943 476 5918 (a digit is wrong, so it fails the check).",
        "Order 9434765919 arrives on Friday.",
        "Call 0800 123 4567 for the helpline.",
        "The dummy number 111 111 1111 is used in training.",
        "Ring 020 7946 0958 if you are stuck.",
        "Invoice 943 476 59190 was paid.",
        "Training ran from 09:00 to 17:00 for 120 staff.",
        "NHS number 123 456 7890 is the one on the training slides.",
        "Our charity number is 9434765919, for the raffle licence.",
        "Parcel tracking for the slings is 9434765919.",
        "Delivery number for the pads is 9434 765 919, should come Tuesday.",
    ),
)

POSSIBLE_NHS_NUMBER = Rule(
    id="identifiers.possible_nhs_number",
    severity=Severity.WARNING,
    tip=_TIP,
    message="This ten-digit number could be an NHS number.",
    why=(
        "It passes the NHS number's check digit in a post about care; if it is someone's NHS "
        "number, the tip 'Do not post unique identifiers' asks that it stay out of the group."
    ),
    suggestion="If this is an NHS number, take it out; if it is an order or a reference, "
    "ignore this.",
    replacement="[number]",
    matcher=Custom(_once(find_possible_nhs_numbers)),
    flags=(
        "can someone look up [[94347 65919]] on the system, it was on a hospital letter",
        "[[9434 76 5919]] for the care plan please",
        "Bloods [[9434 76 5919]] went to the lab",
    ),
    passes=(
        "Ordered the new slings, order number 9434765919, should be here Wednesday.",
        "Our raffle raised 9434765919 pennies, ha.",
        "new client 9434765918 (the check digit is wrong)",
    ),
)

_CHI_PATTERN = Pattern(
    _CHI_LAYOUT,
    flags=0,
    shape=_CHI_SHAPE,
    # Ten digits in a layout with the same look-behind: they start where ``_TEN_DIGITS`` may.
    starts=_ten_digit_starts,
    validator=lambda m: is_valid_chi_number(m.group("id")),
    context=ContextWords(
        ("CHI", "CHI no", "CHI number", "community health index"), before=40, after=35
    ),
    context_optional=_written_as_chi_number,
)


_CHI_CUES = ContextWords(
    ("CHI", "CHI no", "CHI number", "community health index"), before=40, after=35
)


# A CHI cue further back in the number's sentence, or in a question just before it ("the hospital
# want dad's CHI number, is it this? 2509922777").
_CHI_IN_SENTENCE = re.compile(r"(?<![\w'’])CHI(?![\w'’])[^.!?\n]{0,80}\??[^.!?\n]{0,4}$")


def _chi_of_a_person(draft: Draft, m: re.Match[str]) -> bool:
    """A valid CHI number with no cue, outside the NHS's range (which the NHS number rule reads),
    in a sentence that speaks of a person it may belong to (``_NUMBER_OWNERS``: "1602 653 240 is
    the number on the bottle, wee Mr Baird in side room 2"), as an NHS number is read there."""
    if is_nhs_number_range(m.group()):
        return False
    around = draft.analysis(_surroundings_of_text)
    own_start, _wide, own_end = around.sentences(m.start(), m.end())
    return around.has(_NUMBER_OWNERS, own_start, m.start(), m.end(), own_end)


def find_chi_numbers(draft: Draft, context: Context) -> Iterable[Span]:
    """CHI numbers in the layouts of ``_CHI_PATTERN``, and in the other layouts people write
    ten digits in (4-3-3, 4-2-4, 3-4-3, 5-5) with a CHI cue before or after them."""
    original = draft.original
    spans = [
        span
        for span in _CHI_PATTERN.find(draft, context)
        if not _order_number_before(original, span.start)
    ]
    if not _TEN_DIGITS_SHAPE.search(draft.shape):
        return spans
    source = draft.text
    # The numbers come in order, so the layouts' spans starting before each one ends are read
    # once, keeping the furthest end they reach (a pass, not a test against every span).
    spans.sort(key=lambda s: (s.start, s.end))
    added: list[Span] = []
    read, reach = 0, -1
    for m in draft.matches_from(_TEN_DIGITS, _ten_digit_starts):
        groups = _nhs_groups(m.group())
        if groups is None or not is_valid_chi_number(m.group()):
            continue
        # The layouts of ``_CHI_PATTERN`` with its cue near; any layout with its cue further
        # back in the sentence ("Mum's CHI number is on her appointment letter as ...").
        near = groups not in ((10,), (3, 3, 4)) and _CHI_CUES.near(source, m.start(), m.end())
        if (
            near
            or _CHI_IN_SENTENCE.search(source, max(0, m.start() - _CUE_REACH), m.start())
            or _chi_of_a_person(draft, m)
        ) and not _order_number_just_before(source, m.start()):
            span = Span(*draft.to_original(*m.span()))
            while read < len(spans) and spans[read].start < span.end:
                reach = max(reach, spans[read].end)
                read += 1
            if reach <= span.start:
                added.append(span)
    return sorted(spans + added, key=lambda s: (s.start, s.end))


CHI_NUMBER = Rule(
    id="identifiers.chi_number",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like a CHI number (Scotland's health service number).",
    why=(
        "A CHI number carries a person's date of birth and opens their Scottish health record, "
        "so under 'Do not post unique identifiers' it should stay out of every group."
    ),
    suggestion="Take the number out; the group can help without it.",
    replacement="[CHI number]",
    matcher=Custom(_once(find_chi_numbers)),
    flags=(
        "Her CHI is [[0304411248]], can someone check the prescription?",
        "CHI number [[030441 1248]] on the referral",
        "Mum's number on the letter is [[150736-0045]].",
        "Ward asked for his CHI no: [[291247 0129]] again",
        "[[0304411248]] this is her CHI for the referral",
        "CHI for Mr Guthrie is [[0304 411 248]], the pharmacy wanted it",
        "her chi no [[03044 11248]]",
    ),
    passes=(
        "Her CHI is 0304411247 (the check digit is wrong).",
        "CHI 3113411230 cannot be right: there is no 31st of November.",
        "Ring 0304411248 for the team.",
        "Order 0304411248 was delivered.",
        "The form shows 000000 0000 as an example.",
        "Order 0304 411 248 was delivered.",
        "Order no. 030 441 1248 from the supplier arrives Friday.",
    ),
)

_HC_CUES = ContextWords(
    ("H&C", "H & C", "HCN", "health and care number", "health & care number", "number"), before=40
)
_HC_AFTER = ContextWords(
    ("H&C", "H & C", "HCN", "health and care", "medical card"), before=0, after=45
)


def find_hc_numbers(draft: Draft, context: Context) -> Iterable[Span]:
    """Health and Care numbers in the layouts of ``_ten_digit_numbers``: in the 3-3-4 layout
    alone, in the others with a cue before or after, or with no cue in a draft about care (as
    ``find_possible_nhs_numbers`` reads an NHS number: "Mr Quist (35969 64520) is back from the
    Ulster, new meds in the blister pack")."""
    if not _TEN_DIGITS_SHAPE.search(draft.shape):
        return
    source = draft.text
    about_care = not (
        people.CARE_WORDS.isdisjoint(draft.words) and _TITLE_WORDS.isdisjoint(draft.words)
    )
    for m in draft.matches_from(_TEN_DIGITS, _ten_digit_starts):
        number = m.group()
        groups = _nhs_groups(number)
        odd = groups is None and _odd_groups(number)
        if (groups is None and not odd) or not is_valid_hc_number(number):
            continue
        start, end = m.span()
        if _order_number_before(source, start):
            continue
        if odd:
            if _HC_CUES.near(source, start, end) or _HC_AFTER.near(source, start, end):
                yield Span(*draft.to_original(start, end))
        elif (
            groups == (3, 3, 4)
            or about_care
            or _HC_CUES.near(source, start, end)
            or _HC_AFTER.near(source, start, end)
        ):
            yield Span(*draft.to_original(start, end))


HC_NUMBER = Rule(
    id="identifiers.hc_number",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like a Northern Ireland Health and Care number.",
    why=(
        "A Health and Care number is unique to one person in Northern Ireland, so the tip "
        "'Do not post unique identifiers' applies to it as much as to an NHS number."
    ),
    suggestion="Take the number out, or describe the situation without it.",
    replacement="[H&C number]",
    matcher=Custom(_once(find_hc_numbers)),
    flags=(
        "His H&C number is [[320 000 0015]], the Belfast trust has lost his notes.",
        "HCN [[3200000015]]",
        "Client in Derry, [[399-999-9993]] on the form.",
        "H&C no. [[32000 00015]] for the GP",
        "[[3200 000 015]] is his H&C",
    ),
    passes=(
        "His H&C number is 320 000 0016 (the check digit is wrong).",
        "Account 3200000015 is the one for invoices.",
        "We had 320 000 people sign the petition.",
        "Ref 32000 00015 for the minibus.",
        "Order no. 320 000 0015 for the gloves is on the van.",
    ),
)

# --- National Insurance numbers -------------------------------------------------------------------

# In capitals, as HMRC prints them: "at 12 34 56 a" in lower case is more likely a list of figures.
_NI = (
    r"(?P<id>" + not_after(r"[A-Z]", r"[\w-]") + r"[A-Z]"
    r"(?:(?P<s>[ \-]?)\d{2}(?P=s)\d{2}(?P=s)\d{2}(?P=s)|[ \-]?\d{6}[ \-]?)[A-D])(?![\w-])"
)

# Its six digits in Normalised.shape's terms.
_NI_SHAPE = re.compile(rb"000000|00 00 00|00-00-00")
# The first of them, at each place in the shape where they may start after two letters and a
# space or a dash or not (overlapping): the literal "0" first, so that re skips ahead to digits.
_NI_DIGITS = re.compile(rb"0(?:(?<=[Aa][Aa]0)|(?<=[Aa][Aa][ \-]0))(?=0000|0 00 00|0-00-00)")


def _ni_starts(draft: Draft) -> Iterator[int]:
    """Where a number may start in the text: at the two letters before its six digits
    (``Pattern.starts``; a scan of the whole text tries ``_NI`` at every letter)."""
    shape = draft.shape
    for m in _NI_DIGITS.finditer(shape):
        at = m.start()
        yield at - 3 if shape[at - 1] in b" -" else at - 2


_NI_CAPITALS = Pattern(
    _NI,
    flags=0,
    shape=_NI_SHAPE,
    starts=_ni_starts,
    validator=lambda m: is_valid_ni_number(m.group("id")),
)
# In any case after a cue that it is one: "ni no ab123456c", "her nino is jg 10 37 29 c".
_NI_ANY_CASE = Pattern(
    _NI.replace("[A-Z]", "[A-Za-z]").replace("[A-D]", "[A-Da-d]"),
    flags=0,
    shape=_NI_SHAPE,
    starts=_ni_starts,
    validator=lambda m: is_valid_ni_number(m.group("id")) and not m.group("id").isupper(),
    context=ContextWords(
        ("NI", "NI no", "NI number", "NINO", "national insurance", "yswiriant gwladol"), before=40
    ),
)


def find_ni_numbers(draft: Draft, context: Context) -> Iterable[Span]:
    yield from _NI_CAPITALS.find(draft, context)
    yield from _NI_ANY_CASE.find(draft, context)


NI_NUMBER = Rule(
    id="identifiers.ni_number",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like a National Insurance number.",
    why=(
        "A National Insurance number belongs to one person for life and can be misused, "
        "which is why 'Do not post unique identifiers' covers it."
    ),
    suggestion="Take the number out; nobody in the group needs it to help.",
    replacement="[NI number]",
    matcher=Custom(_once(find_ni_numbers)),
    flags=(
        "Her NI number is [[JG 10 37 29 C]] and the DWP still can't find her.",
        "NINO [[AE395081D]] on the form.",
        "NI: [[JG-10-37-29-A]]",
        "ni [[JG 103729 B]]",
        "hes ni no [[jg103729c]] the jobcentre want it",
        "my mams nino is [[jg 10 37 29 c]]",
        "rhif yswiriant gwladol [[jg103729c]]",
    ),
    passes=(
        "The sample on the form is QQ 12 34 56 C.",
        "Prefix wrong: GB 10 37 29 C is never issued.",
        "Second letter O: AO 10 37 29 C is not valid.",
        "Suffix E: JG 10 37 29 E is not an NI number.",
        "Room AB 12 34 56 a was booked.",
        "Training code DF103729A",
    ),
)

# --- Phone numbers --------------------------------------------------------------------------------

# A UK number written from its leading 0 ("(0161) 496 0000", "07700-900-123"), or any number written
# with + or 00 and a country code ("+44 (0)7700 900123", "+353 87 123 4567").
_PHONE = (
    r"(?P<id>"
    + not_after(r"[+0(]", r"[\w+(]")
    + r"(?:(?P<intl>(?<=\+)[ ]?|(?<=0)0[ ]?)[1-9](?:[ \-()]{0,2}\d){6,14}"
    r"|(?:(?<=\()0|(?<=0))[1-9](?:[ \-)]{0,2}\d){8,9})"
    r")(?![\d]|[.-]\d)"
)

# In Normalised.shape's terms, every number above has a digit and six more after it, each after
# at most two of " -()".
_PHONE_SHAPE = re.compile(rb"0(?:[ \-()]{0,2}0){6}")

_CHI_WORDS = ContextWords(("CHI", "CHI no", "CHI number"), before=40)


def _is_personal_phone(m: re.Match[str]) -> bool:
    digits = digits_of(m.group("id"))
    if m.group("intl") is not None:
        if digits.startswith("00"):
            digits = digits[2:]
        if not digits.startswith("44"):
            return international_phone_is_plausible(digits)
        national = digits[2:]
        return uk_phone_is_personal(national[1:] if national.startswith("0") else national)
    # Scottish CHI numbers can start with 0; the CHI rule explains those better.
    chi_layout = re.fullmatch(r"\d{6}[ \-]\d{4}|\d{3}([ \-]?)\d{3}\1\d{4}", m.group("id"))
    if (
        len(digits) == 10
        and is_valid_chi_number(digits)
        and (chi_layout or _CHI_WORDS.near(m.string, m.start(), m.end()))
    ):
        return False
    return uk_phone_is_personal(digits[1:])


_PHONE_RE = re.compile(_PHONE)


# A UK number in a layout of its own: a lone leading 0 ("0 7700 900 582"), groups split by dots,
# slashes or a spaced dash ("07700 900 - 126", "07700.900.331"), up to three marks between two
# digits. Read by its digits (``uk_phone_is_personal``), not by where its marks stand.
_LOOSE_PHONE = re.compile(r"0(?<![\w+(./\-]0)(?:[ ./\-]{0,3}\d){9,10}(?![\d]|[./\-]\d)")
_LOOSE_PHONE_SHAPE = re.compile(rb"0(?:[ x\-]{0,3}0){9}")


def _loose_phones(draft: Draft, taken: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """The personal numbers of ``_LOOSE_PHONE`` that no match of ``_PHONE`` covers."""
    if not _LOOSE_PHONE_SHAPE.search(draft.shape):
        return
    overlaps = _overlap_test(taken)
    for m in draft.matches(_LOOSE_PHONE):
        start, end = m.span()
        if overlaps(start, end):
            continue
        digits = digits_of(m.group())
        if len(digits) in (10, 11) and uk_phone_is_personal(digits[1:]):
            yield start, end


# Words of a colleague asking the team to swap a shift; and the words just before a number that
# make it the writer's own ("my number is", "text me", "DM me, it's Shona,"). Asking for cover
# alone is not enough: "If anyone can cover Saturday text me on ..." is still read as a number
# to keep out of a wide group.
_SHIFT_SWAP = word_set("swap swaps swapping swapped")
# (Reached over what the number is for: "my number for the bank shift is ...".)
_OWN_NUMBER_BEFORE = re.compile(r"(?i:\bmy\b|\bme\b|\bI['’]?m\b|\bI am\b)[^.!?\n]{0,36}$")


def _own_number_for_shifts(draft: Draft, start: int) -> bool:
    """The number at ``start`` is the writer's own, offered to swap a shift ("anyone want to swap
    Friday? my mobile is ..."): a worker's own number in a team's chat, not a person
    supported's; never in a draft that names a relative, a client or a titled person, whose
    number it may be."""
    if _SHIFT_SWAP.isdisjoint(draft.words) or not _PERSONAL_PHONE_NOUNS.isdisjoint(draft.words):
        return False
    return bool(_OWN_NUMBER_BEFORE.search(draft.text, max(0, start - 48), start))


# The writer offering their own number or address to the group: "my number is", "ring me on",
# "text me", "I'm on", "email me at", "my work mobile is ... and email". Read from the last
# first-person word before it; what stands between may name no one else ("my daughter's number",
# "ring me on her mobile").
# (A job seeker's "Happy to be contacted on ..." leaves the "I" out.)
_FIRST_PERSON = re.compile(
    r"(?i:\b(?:me|my|I['’]?m|I am|(?:happy|available|can)[ \t]+(?:to[ \t]+)?be[ \t]+"
    r"(?:contacted|reached))\b)"
)
# A relative named through the person they belong to ("I'm Tilly's daughter", "Stan's wife"): the
# draft names that person, whether or not the names rule reads the name.
_FAMILY_WORDS = word_set(
    """daughter son wife husband mum dad mam nan brother sister niece nephew grandad grandma gran
    granny granddaughter grandson aunt auntie aunty uncle cousin"""
)
_RELATIVE_OF_NAMED = re.compile(
    r"(?P<name>[A-Z](?<![\w'’][A-Z])[a-z]{1,20})['’]s[ \t]{1,3}(?:"
    + "|".join(sorted(_FAMILY_WORDS, key=lambda w: (-len(w), w)))
    + r")(?![\w'’])"
)


def _relative_of_named(draft: Draft) -> bool:
    """The draft names someone through a relative of theirs ("I'm Tilly's daughter"), not a
    relative's relative ("Mum's sister"). Read once per draft (``Draft.analysis``): a draft may
    offer many numbers."""
    return any(
        m.group("name").lower() not in _PERSONAL_PHONE_NOUNS
        for m in _RELATIVE_OF_NAMED.finditer(draft.text)
    )


# The writer naming themselves at the draft's start, after a greeting perhaps: "hiya its Tomasz",
# "Hi all, it's Marcus here", "this is Dawid".
_SELF_INTRODUCTION = re.compile(
    r"[ \t]{0,3}(?:(?i:hi|hiya|hello|hey|morning|evening|afternoon)(?:[ \t]{1,3}(?i:all|everyone"
    r"|guys|team|folks))?[ \t]{0,3}[,!.\-]?[ \t]{0,3})?(?i:it['’]?s|this[ \t]{1,3}is)[ \t]{1,3}"
    r"[A-Z][a-z]{1,20}(?![\w'’])(?:[ \t]{1,3}here)?"
)
_THIRD_PERSON = re.compile(r"(?i:\b(?:he|she|him|her|his|he['’]s|she['’]s)\b)")
_OWN_OFFER_REACH = 48
_OWN_OFFER_GAP = 40
_OFFER_WORDS = word_set(
    """work own personal private direct mobile mob phone tel telephone cell landline number num
    no email e-mail mail address line is it's its on at via or and a an the if urgent any time
    anytime best after before text call ring phone message msg whatsapp drop contact reach
    me number's new home save it changed changing one now btw still mobile's phone's email's
    mob's landline's"""
)
_OFFER_WORD = re.compile(r"[^\W\d_](?:[\w'’]*\w)?")


def _offered_as_own(draft: Draft, start: int) -> bool:
    """The number or address at ``start`` of the normalised text is the writer's own, offered
    just before it in the first person (``_FIRST_PERSON``), with only the words of an offer
    between (``_OFFER_WORDS``: "my work mobile is", "ring me on", "drop me a line at", or another
    of the writer's contacts: "my mobile is 07700 900 208 and email"), in a draft that gives no
    other identifier of a relative or client it speaks of (``_PERSONAL_PHONE_NOUNS``): their
    name, home or numbers ("my mum Olwen ... message me on ..." leads to her). It is theirs to
    give, so it is a reminder (``info``) that the group is wide, not a warning; "he keeps
    emailing me at all hours from ..." is someone else's."""
    text = draft.text
    lo = max(0, start - _OWN_OFFER_REACH)
    offers = list(_FIRST_PERSON.finditer(text, lo, start))
    last = offers[-1] if offers else None
    if last is None and start <= _OWN_OFFER_REACH + _OWN_OFFER_GAP:
        # "hiya its Tomasz, new number ...": the writer, named at the draft's start.
        last = _SELF_INTRODUCTION.match(text, 0, start)
    if last is None or start - last.end() > _OWN_OFFER_GAP:
        return False
    gap = text[last.end() : start]
    if any(ch in gap for ch in ".!?\n"):
        return False
    if not all(
        m.group().lower().replace("’", "'") in _OFFER_WORDS for m in _OFFER_WORD.finditer(gap)
    ):
        return False
    # Beside a relative's NHS number or date of birth ("Mum's NHS number is ... and my number
    # is ..."), the writer's number leads to that person too: a warning still.
    if any(draft.analysis(_FOUND[find]) for find in _NUMBER_FINDERS):
        return False
    # A family carer offering their own number ("Mum's got vascular dementia ... my number is
    # ...") gives their own; but beside the relative's name or home ("my husband Alan goes
    # walkabout, if you see him call me on ...", "She's at Bryn Awel, ... message me") it
    # leads to that person: a warning still.
    if _PERSONAL_PHONE_NOUNS.isdisjoint(draft.words):
        return True
    # ... or where the offer's sentence speaks of the relative before it ("my husband goes
    # walkabout, if you see him please call me on ...").
    sentence = max(0, start - _REACH)
    for stop in _CLAUSE_END.finditer(text, sentence, start):
        sentence = stop.end()
    if _THIRD_PERSON.search(text, sentence, start):
        return False
    # (What other rules have found already first; the names last, as only this asks for them
    # in many drafts.)
    # (An address or a postcode read as the writer's own, offered, is no one else's.)
    if any(
        type(span) is Span
        for find in (find_addresses, find_postcodes)
        for span in draft.analysis(_FOUND[find])
    ):
        return False
    return not (draft.analysis(_relative_of_named) or draft.analysis(_names_found))


# A letter's closing line ("Kind regards,", "Best wishes") before the writer's signature, and the
# lines of the signature after it (name, role, address, phone, email).
_CLOSING_LINE = re.compile(
    r"^[ \t]*(?:(?:(?:kind|best|warm|warmest|many|with)[ \t]+)?(?:regards|wishes|thanks)"
    r"|yours[ \t]+(?:sincerely|faithfully|truly))[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNATURE_REACH = 160


def _writers_own(draft: Draft, start: int) -> bool:
    """The email address at ``start`` (of the normalised text) is the writer's own, in the
    signature under a letter's closing line ("Kind regards,\nTamsin Reid\nRegistered
    Manager\ntamsin.reid@..."), in a draft that names no relative, client or titled person
    (``_PERSONAL_PHONE_NOUNS``) and no one the names rule finds. An address offered in the body
    ("email me at ...") is still read: it reaches one person, whoever they are."""
    if not _PERSONAL_PHONE_NOUNS.isdisjoint(draft.words):
        return False
    source = draft.text
    closing = _CLOSING_LINE.search(source, max(0, start - _SIGNATURE_REACH), start)
    return closing is not None and not draft.analysis(_names_found)


# A number read out in words, as a voice note's transcript has it: "oh seven seven double oh,
# nine hundred, two one five".
_DIGIT_WORDS = {
    "oh": "0",
    "o": "0",
    "zero": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_REPEATS = {"double": 2, "triple": 3, "treble": 3}
_ZEROS_WORD = "hundred"
_SPOKEN_WORD = (
    "(?:" + "|".join(sorted([*_DIGIT_WORDS, *_REPEATS, _ZEROS_WORD], key=len)[::-1]) + ")"
)
# Its first word's letter comes first, in either case, and the look-behind after it, so that re
# skips ahead to those letters instead of trying the pattern at every position (as
# ``matchers.pattern.not_after`` does): the same matches as
# "(?i:(?<![\w'’])(?:oh|zero|nought)(?:[ ,\-]{1,3}WORD){6,16}(?![\w'’]))".
_SPOKEN_NUMBER = re.compile(
    r"[oOzZnN](?<![\w'’][oOzZnN])(?i:(?<=o)h|(?<=z)ero|(?<=n)ought)"
    r"(?i:(?:[ ,\-]{1,3}" + _SPOKEN_WORD + r"){6,16}(?![\w'’]))"
)
_SPOKEN_START = frozenset(("oh", "zero", "nought"))
_SPOKEN_WORD_RE = re.compile(r"[A-Za-z]+")


def _spoken_digits(spoken: str) -> str:
    """The digits of a number read out in words; "" when its words do not make one."""
    digits: list[str] = []
    repeat = 1
    for word in _SPOKEN_WORD_RE.findall(spoken.lower()):
        if word in _REPEATS:
            if repeat != 1:
                return ""
            repeat = _REPEATS[word]
        elif word == _ZEROS_WORD:
            if repeat != 1 or not digits:
                return ""
            digits.append("00")
        else:
            digits.append(_DIGIT_WORDS[word] * repeat)
            repeat = 1
    return "" if repeat != 1 else "".join(digits)


def _spoken_starts(draft: Draft) -> list[int]:
    """Where a number read out in words may start, for ``Draft.matches_from``: where the draft's
    index puts its first word ("oh", "zero", "nought", each a whole word; no letter of them has
    another form to the pattern's ignored case). A scan of the whole text stops at every "o",
    "z" and "n"."""
    return sorted(
        at for word in _SPOKEN_START.intersection(draft.words) for at in draft.starts(word)
    )


def _spoken_phones(draft: Draft) -> Iterable[tuple[int, int]]:
    """UK phone numbers read out in words, eleven digits from a "0": the run of number words is
    cut at its end until it makes one ("... two one five, one more thing")."""
    if _SPOKEN_START.isdisjoint(draft.words):
        return
    for m in draft.matches_from(_SPOKEN_NUMBER, _spoken_starts):
        ends = [w.end() for w in _SPOKEN_WORD_RE.finditer(m.group())]
        for end in reversed(ends):
            digits = _spoken_digits(m.group()[:end])
            if len(digits) == 11:
                if uk_phone_is_personal(digits[1:]):
                    yield m.start(), m.start() + end
                break
            if len(digits) < 11:
                break


def _phone_numbers(draft: Draft) -> list[tuple[int, int, bool]]:
    """Every number read as a phone, before whose it is is asked, in the normalised text, and
    whether it is personal: read out in words, in the layouts of ``_PHONE`` (a service's short code
    or freephone line too, not personal: ``_is_personal_phone``) and ``_LOOSE_PHONE``. It reads no
    name, so a rule the names rule reads (record numbers, through ``_beside_identifier``) may ask
    it where it could not ask the phone rule's findings."""
    numbers = [(start, end, True) for start, end in _spoken_phones(draft)]
    if not _PHONE_SHAPE.search(draft.shape) and not _LOOSE_PHONE_SHAPE.search(draft.shape):
        return numbers + [(start, end, True) for start, end in _split_phones(draft, [])]
    taken = []
    for m in draft.matches(_PHONE_RE):
        start, end = m.span("id")
        # "RBH 0044213907": capitals just before a "00" are a record's letters, not a dialling
        # code's, and the number is the reference's (the record rule's).
        if m.group("intl") is not None and _LETTERS_BEFORE.search(
            draft.text, max(0, start - 5), start
        ):
            continue
        taken.append((start, end))
        numbers.append((start, end, _is_personal_phone(m)))
    numbers += [(start, end, True) for start, end in _loose_phones(draft, taken)]
    numbers += [(start, end, True) for start, end in _split_phones(draft, taken)]
    return numbers


# A hospital's or a system's letters just before a number ("RBH 0044...", "RBH0044..."), not a
# word of a sentence in capitals ("RING HER ON 0044 ...").
_LETTERS_BEFORE = re.compile(
    r"(?<![\w'’])(?!(?:ON|TO|AT|IS|OR|ME|NO|TEL|MOB|NOK|PH|NUM|RING|CALL|HER|HIS|SON|DAD|MUM)"
    r"[ ]?$)[A-Z]{2,4}[ ]?$"
)

# A UK number broken over two lines by a phone's keyboard or a narrow box ("07700 900\n482",
# "0161 496\n0374"): at least five digits from its 0 before the line break, two or more after.
_SPLIT_PHONE = re.compile(
    r"0(?<![\w+(./\-]0)(?:[ \-]?\d){4,8}[ \t]?\n[ \t]?\d(?:[ \-]?\d){1,7}(?![\d]|[./\-]\d)"
)
_SPLIT_PHONE_SHAPE = re.compile(rb"00 ?\t ?00")


def _split_phones(draft: Draft, taken: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """The personal UK numbers of ``_SPLIT_PHONE`` that no other reading covers."""
    if not _SPLIT_PHONE_SHAPE.search(draft.shape):
        return
    overlaps = _overlap_test(taken)
    for m in _SPLIT_PHONE.finditer(draft.text):
        start, end = m.span()
        if overlaps(start, end):
            continue
        digits = digits_of(m.group())
        if len(digits) in (10, 11) and uk_phone_is_personal(digits[1:]):
            yield start, end


def find_phones(draft: Draft, context: Context) -> Iterable[Span]:
    """Personal phone numbers: not a service's short code or freephone line (``_is_personal_phone``)
    nor an office's line (``_work_phone``) nor the writer's own offered about a shift
    (``_own_number_for_shifts``), in the layouts of ``_PHONE`` and ``_LOOSE_PHONE``, or read out
    in words (``_spoken_phones``)."""

    def found(start: int, end: int) -> Iterable[Span]:
        if _own_number_for_shifts(draft, start):
            return
        # The writer's own, offered first: "My mobile is ... if anyone wants to meet for a
        # coffee" is theirs, not the café's.
        if _offered_as_own(draft, start):
            yield Reminder(*draft.to_original(start, end))
        elif not _work_phone(draft, start, end) and not _organisations_contact(draft, start, end):
            yield Span(*draft.to_original(start, end))

    for start, end, personal in draft.analysis(_phone_numbers):
        if personal:
            yield from found(start, end)


# An organisation speaking of itself, just before its contact: "call us on", "ring us", "give us
# a ring", "email us at", "contact us".
_CONTACT_US_BEFORE = re.compile(
    r"(?<![\w'’])(?i:call|ring|phone|text|contact|email|e-mail|message|whatsapp|reach|give)"
    r"[ \t]{1,2}(?i:us)(?![\w'’])[^.!?\n]{0,24}$"
)
_CONTACT_US_REACH = 48
# A web address: "www.handsoncare.co.uk", "carersfirst.org.uk", "https://...", not an email's
# domain (no "@" before it).
_WEB_ADDRESS = re.compile(
    r"(?<![\w@.\-])(?i:https?://|www\.)[\w\-]+(?:\.[\w\-]+)+"
    r"|(?<![\w@.\-])[A-Za-z][\w\-]{2,}\.(?i:org\.uk|co\.uk|org|com|net)(?![\w.]|\.\w)"
)


def _organisations_contact(draft: Draft, start: int, end: int) -> bool:
    """The phone number or address at ``start:end`` of the normalised text is an organisation's,
    told by how it is given where no relative, client, home or titled person is spoken of in
    its sentence or the one before: the organisation speaks of itself just before it ("call us
    on", "email us at", ``_CONTACT_US_BEFORE``), or a web address stands beside it
    (``_WEB_ADDRESS``: "ring 07700 ... or see www.handsoncare.co.uk"), or the sentences read
    as an advert (``_an_advert``, where a home may be spoken of: visits at home offered)."""
    text = draft.text
    us = _CONTACT_US_BEFORE.search(text, max(0, start - _CONTACT_US_REACH), start) is not None
    advert = len(_ADVERT_WORDS.intersection(draft.words)) >= 2
    if not us and not advert and "." not in text:
        return False
    around = draft.analysis(_surroundings_of_text)
    _own_start, wide_start, own_end = around.sentences(start, end)
    if around.has(_PERSONAL_PHONE_NOUNS, wide_start, start, end, own_end):
        return False
    # (A trader's advert may offer visits at home: "foot care at home, qualified podiatrist";
    # not where a pronoun or a lived-in home speaks of someone: "He lives at home, available
    # Tuesdays, ...".)
    if (
        advert
        and _an_advert(text, wide_start, own_end)
        and not around.has(_PERSON_NOT_AT_HOME, wide_start, start, end, own_end)
    ):
        return True
    if around.has(_HOME_NOUNS, wide_start, start, end, own_end):
        return False
    if us:
        return True
    return _WEB_ADDRESS.search(text, wide_start, own_end) is not None


# The words of a trader's or a service's advert: what it offers and on what terms ("fully
# insured", "DBS checked", "free quotes", "reasonable rates", "OAP discount", "available").
_ADVERT_WORDS = word_set(
    """rates rate discount discounts quote quotes insured dbs qualified experienced experience
    cheap reasonable prices price competitive available offering established reliable
    affordable charge charges"""
)


def _an_advert(text: str, lo: int, hi: int) -> bool:
    """``text[lo:hi]``, the sentences around a contact, reads as an advert: two words of
    ``_ADVERT_WORDS`` or more ("Cheap removals, house clearances, OAP discount. Text 07700 ...",
    "qualified podiatrist, home visits, no call out charge, 07700 ...")."""
    words = _CONTEXT_WORD.findall(text[lo:hi].lower())
    return len(_ADVERT_WORDS.intersection(words)) >= 2


PHONE = Rule(
    id="identifiers.phone",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like a personal phone number.",
    why=(
        "A phone number leads straight to a person and their family, so the tip "
        "'Do not post unique identifiers' asks you to keep it out of the group."
    ),
    suggestion="Take the number out, or offer to share it privately.",
    replacement="[phone number]",
    matcher=Custom(_owned(find_phones)),
    flags=(
        "Her daughter's mobile is [[07700 900123]] if anyone can call.",
        "Ring [[(0161) 496 0000]] after 6.",
        "son: [[+44 7700 900 456]]",
        "[[+44 (0)20 7946 0321]] is her landline",
        "Text [[07700900789]] please",
        "call [[0044 113 496 0123]]",
        "landline [[0113-496-0456]]",
        "Her brother in Ireland is on [[+353 87 123 4567]].",
        "Mum's old number [[016977 4321]] still works.",
        "her mob is [[0 7700 900 582]] if you need her",
        "Kindly note his mobile [[07700 900 - 126]], he texts.",
        "daughter's number [[07700.900.331]], ring after 6",
        "Mum's carer missed her call again, ring me on [[07700 900 123]] about it.",
        "If anyone from the memory team is on here, his home number is [[0131 496 0217]].",
    ),
    passes=(
        "If it's urgent ring 111, or 999 in an emergency (112 works too).",
        "Non-emergency police: 101.",
        "Samaritans are free on 116 123, any time.",
        "Carers helpline 0808 808 7777 is open weekdays.",
        "Call 0800 123 4567 for the freephone advice line.",
        "The council's number is 0300 123 4567.",
        "Order no. 01234567 shipped.",
        "Training ran 09:00 to 17:00 on 01.02.2024 10.30 start.",
        "Her NHS number is 943 476 5919.",
        "CHI 030441 1248 was on the letter.",
        "Invoice 0700 000 000",
        "+44 (0)20 7946 0321 is the home's main number",
        "Call our recruitment team on 0113 496 0214 to apply.",
        "Please ring the on-call manager on 0161 496 0573. That's the office line.",
        "The social worker is Mark, his office number is 0113 496 0684.",
        "Sandy from the pharmacy says the packs are late, ring her on 0121 496 0387.",
        "The Red Cross lend them short term, ring their depot on 0117 496 0411.",
        "Appointment moved to 05/11/1944 0930, no wait, that's her birthday.",
        "IT helpdesk is 0161 496 0678 option 3.",
        "Today's Teams call: Thursday 11am, dial-in 020 7946 0341.",
        "Volunteer driver for Thursday is Graham, his mobile 07700 900728.",
        "Thanks to the sitting service office for ringing back. Their number is 0191 498 0409.",
    ),
)

# --- Email addresses ------------------------------------------------------------------------------

_EMAIL = (
    r"(?<![\w.+\-])(?P<id>(?P<local>[A-Za-z0-9][\w.+\-]*)@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
    r"\.[A-Za-z]{2,})(?![\w\-])"
)

# Mailboxes of an organisation, not of a person: posting them identifies nobody.
ROLE_MAILBOXES = word_set(
    """info enquiries enquiry help helpline advice support admin contact contactus office hello
    team training noreply no-reply bookings booking referrals referral reception events news
    membership members general mail webmaster safeguarding complaints feedback jobs careers
    recruitment recruiting vacancies rota rotas hr payroll finance accounts volunteer volunteers
    volunteering fundraising donations care carers nursing manager management duty oncall
    office admissions press media servicedesk helpdesk service desk equipment loans cafe café
    memory deputy registered clinic pharmacy surgery practice dementia group groups club
    newsletter newsletters quality payments grants billing invoices invoicing orders sales
    appointments compliance governance operations outreach partnerships comms communications
    marketing wellbeing befriending respite coordinator repeats repeat prescriptions
    prescription scripts partners partner reviews review results patients queries medicines
    contracts commissioning leave holidays annualleave absence absences sickness people
    timesheets timesheet learning development education courses academy placements students
    apprenticeships workforce staffing staff wellness estates facilities transport scheduling
    rostering agency intake triage frontdoor firstcontact reablement homecare domiciliary dpo
    privacy ict digital letters donate fundraise records"""
)


def _is_personal_mailbox(m: re.Match[str]) -> bool:
    # "rota", "leeds.office", "jobs-north": a mailbox named for a role or a team, not a person.
    # What follows a "+" is a tag the owner chose ("jo+care"), not the mailbox's name.
    parts = re.split(r"[._\-]", m.group("local").lower().split("+")[0])
    if any(_is_role(part) for part in {parts[0], parts[-1]}):
        return False
    # On an organisation's own domain, a role word and the letter or number of one of several
    # such teams is a team's too ("teamb@", "rota2@"); on a mail service it may be a surname
    # ("j.clubb@").
    domain = m.group("id").rsplit("@", 1)[-1].split(".")[0].lower()
    return domain in _WEBMAIL or not any(
        len(part) > 3 and part[:-1] in ROLE_MAILBOXES for part in {parts[0], parts[-1]}
    )


# What a team's mailbox joins to a role word: "carehub", "rotadesk", "leedsoffice", "careplans".
_MAILBOX_JOINS = ROLE_MAILBOXES | word_set(
    "hub desk line group uk north south east west central direct plan plans"
)


def _is_role(part: str) -> bool:
    """``part`` of a mailbox's name is a role word, or two of them run together ("carehub")."""
    if part in ROLE_MAILBOXES:
        return True
    return any(
        (part[:cut] in ROLE_MAILBOXES and part[cut:] in _MAILBOX_JOINS)
        or (part[:cut] in _MAILBOX_JOINS and part[cut:] in ROLE_MAILBOXES)
        for cut in range(2, len(part) - 1)
    )


_EMAIL_RE = re.compile(_EMAIL)
# A character an address's name may hold: an address starts where a run of them before an "@"
# starts (the look-behind of ``_EMAIL`` allows no other place, and its name runs to the "@").
_MAILBOX_CHARACTER = re.compile(r"[\w.+\-]")
_MAILBOX_NAME = re.compile(_MAILBOX_CHARACTER.pattern + "+")
# An "@" with such a character before it and a domain's first label and its dot after it, as in
# every address: the literal "@" first, so that re skips ahead to them. (An "@" before a handle
# or in a run of marks, "@Sarah", "a@a@a", is passed over in C, not tried from Python.)
_MAILBOX_AT = re.compile(r"@(?<=[\w.+\-]@)(?=[A-Za-z0-9\-]+\.)")


def _email_starts(draft: Draft) -> Iterator[int]:
    """Where an address may start in the text: at the start of the name before each "@", for
    ``Draft.matches_from`` (a scan of the whole text tries ``_EMAIL`` at every letter). The name
    is read back from the "@" as a match forward in the text reversed (made at the first "@"),
    in C rather than a step of Python for each of its characters."""
    text = draft.text
    backwards = ""
    for m in _MAILBOX_AT.finditer(text):
        if not backwards:
            backwards = text[::-1]
        # The character before the "@" is a name's (the look-behind): the run is never empty.
        name = _MAILBOX_NAME.match(backwards, len(text) - m.start())
        yield len(text) - name.end() if name is not None else m.start() - 1


# Mail services anyone signs up to: an address there is a person's own, whoever offers it.
_WEBMAIL = word_set(
    """gmail googlemail hotmail outlook live msn yahoo ymail rocketmail icloud me mac aol
    btinternet btopenworld sky talktalk virginmedia ntlworld blueyonder tiscali plusnet
    protonmail proton pm gmx mail yandex zoho fastmail hushmail tutanota tuta"""
)
# The writer offering their own address just before it: "email me at", "drop me a line at", "my
# work email is", "contact me on".
_OWN_ADDRESS_BEFORE = re.compile(
    r"(?i:\b(?:me|my)(?:[ \t]+(?:a|line|message|note|work|e-?mail|address|is|at|on|or|to))*"
    r"[ \t]*[:\-]?[ \t]*)$"
)


# A domain that names an organisation in care or health ("oakfieldhomecare.co.uk",
# "ashcroftcare.org.uk", "leedsccg.nhs.uk"); an address elsewhere may be anyone's.
_ORGANISATION_DOMAIN = re.compile(
    r"care|carers|health|hospice|council|trust|charity|support|services|housing|surgery"
    r"|practice|pharmacy|clinic|nhs"
)
_NHS_DOMAINS = frozenset(("nhs.net",))
# The endings of domains organisations hold: public bodies, universities and schools, and the
# charities' and groups' ".org.uk" ("littlesteps.org.uk", "leeds.gov.uk"), whatever their names
# say. Read only for a colleague's address beside a role (``_colleagues_work_address``).
_ORGANISATION_ENDING = re.compile(r"\.(?:org|gov|ac|nhs|sch|police|mod)\.uk$")


def _organisation_domain(domain: str, ending: bool = False) -> bool:
    """``domain`` (lower-case) names an organisation in care or health, or (with ``ending``)
    only organisations hold it."""
    return (
        domain in _NHS_DOMAINS
        or _ORGANISATION_DOMAIN.search(domain) is not None
        or (ending and _ORGANISATION_ENDING.search(domain) is not None)
    )


def _writers_work_address(draft: Draft, m: re.Match[str]) -> bool:
    """The address of ``m`` is the writer's own at an organisation ("Drop me a line at
    m.achterberg@oakfieldhomecare.co.uk"): offered in the first person just before it, at a
    domain that names a care or health organisation (``_ORGANISATION_DOMAIN``), not at a mail
    service anyone signs up to (``_WEBMAIL``), in a draft that names no relative, client or
    titled person (``_PERSONAL_PHONE_NOUNS``)."""
    domain = m.group("id").rpartition("@")[2].lower()
    if domain.split(".")[0] in _WEBMAIL or not _PERSONAL_PHONE_NOUNS.isdisjoint(draft.words):
        return False
    if not _organisation_domain(domain):
        return False
    return (
        _OWN_ADDRESS_BEFORE.search(draft.text, max(0, m.start("id") - 40), m.start("id"))
        is not None
    )


def _colleagues_work_address(draft: Draft, m: re.Match[str]) -> bool:
    """The address of ``m`` is a colleague's or a professional's at their organisation ("New OT
    for the east team is Marta Kowalczyk, marta.kowalczyk@example.nhs.uk"): at a domain that
    names a care or health organisation (``_ORGANISATION_DOMAIN``), not a mail service anyone
    signs up to, in a sentence (or the one before) that speaks of a role or an office
    (``places.WORK_PHONE_WORDS``: "team", "lead", "HR", "coordinator") and of no relative,
    client, titled person or home."""
    domain = m.group("id").rpartition("@")[2].lower()
    if domain.split(".")[0] in _WEBMAIL:
        return False
    if not _organisation_domain(domain, ending=True):
        return False
    around = draft.analysis(_surroundings_of_text)
    start, end = m.span("id")
    _own_start, wide_start, own_end = around.sentences(start, end)
    if around.has(_PERSONAL_PHONE_NOUNS | _HOME_NOUNS, wide_start, start, end, own_end):
        return False
    return around.has(_COLLEAGUE_MAIL_WORDS, wide_start, start, end, own_end)


# Words a venue's or a service's domain ends with ("cravenhub", "hebdentownhall",
# "stmarkschurch"): its places and services, three letters and more.
_VENUE_DOMAIN_ENDINGS = tuple(
    sorted(w for w in places.VENUE_WORDS | places.SERVICE_WORDS if len(w) > 2 and w.isalpha())
)


def _venues_mailbox(draft: Draft, m: re.Match[str]) -> bool:
    """The address of ``m`` is a venue's, an event's or a service's ("Lost property from the tea
    dance is at the Town Hall, email lostproperty@hebdentownhall.org.uk"): at a domain only
    organisations hold or one named for a care organisation, a place or a service
    (``_VENUE_DOMAIN_ENDINGS``), not a mail service anyone signs up to, in a sentence (or the
    one before) that names a venue, an event or a service and no relative, client, titled
    person or home."""
    domain = m.group("id").rpartition("@")[2].lower()
    name = domain.split(".")[0]
    if name in _WEBMAIL:
        return False
    if not (_organisation_domain(domain, ending=True) or name.endswith(_VENUE_DOMAIN_ENDINGS)):
        return False
    around = draft.analysis(_surroundings_of_text)
    start, end = m.span("id")
    _own_start, wide_start, own_end = around.sentences(start, end)
    if around.has(_PERSON_OR_HOME, wide_start, start, end, own_end):
        return False
    return around.has(_VENUE_OR_SERVICE, wide_start, start, end, own_end)


def _events_mailbox(draft: Draft, start: int, end: int) -> bool:
    """The address at ``start:end`` of the normalised text is an event's or a venue's, read as
    its phone would be (``_venue_line``): "Dementia friends session at the library Tuesday 6pm,
    email sue.b@... to reserve a seat" is the organiser's, given for the event."""
    around = draft.analysis(_surroundings_of_text)
    own_start, wide_start, own_end = around.sentences(start, end)
    if around.has(_PERSON_OR_HOME, wide_start, start, end, own_end):
        return False
    return _venue_line(draft, around, own_start, wide_start, start, end, own_end)


# A role or an office beside a work address: a phone's work words, and a deputy ("her email is
# ..., she's the new deputy"), whose work mailbox names their post.
_COLLEAGUE_MAIL_WORDS = places.WORK_PHONE_WORDS | word_set("deputy")


# An address spelled out to keep it from spam: "tom dot okafor52 at yahoo dot co dot uk", "jo
# (at) gmail dot com". Its domain has at least one " dot " (``_spelled_emails`` asks for two, or
# a mail service's name).
_SPELLED_EMAIL = re.compile(
    r"(?<![\w.@])(?P<id>(?P<local>[A-Za-z][\w.\-]{0,30}"
    r"(?:[ \t]{1,2}(?i:dot)[ \t]{1,2}[\w\-]{1,30}){0,3})"
    r"[ \t]{1,2}(?i:at|\(at\)|\[at\])[ \t]{1,2}(?P<domain>[A-Za-z0-9\-]{2,30})"
    r"(?P<tld>(?:[ \t]{1,2}(?i:dot)[ \t]{1,2}[A-Za-z]{2,10}){1,3}))(?![\w@])"
)
_SPELLED_DOT = re.compile(r"[ \t]{1,2}(?i:dot)[ \t]{1,2}")


def _spelled_emails(draft: Draft) -> list[Span]:
    """Personal addresses spelled out with "dot" and "at" (``_SPELLED_EMAIL``), read only in a
    draft with both words; a role mailbox's name is no one's, and the writer's own offered is a
    reminder."""
    words = draft.words
    if "dot" not in words or "at" not in words:
        return []
    found: list[Span] = []
    for m in _SPELLED_EMAIL.finditer(draft.text):
        # A mail service's domain, or one of two parts and more ("harbourcare dot org dot uk"):
        # "at the dot com party" is none.
        if (
            m.group("domain").lower() not in _WEBMAIL
            and len(_SPELLED_DOT.findall(m.group("tld"))) < 2
        ):
            continue
        parts = re.split(r"[._\-]", _SPELLED_DOT.sub(".", m.group("local")).lower())
        if any(_is_role(part) for part in {parts[0], parts[-1]}):
            continue
        start, end = m.span("id")
        kind = Reminder if _offered_as_own(draft, start) else Span
        found.append(kind(*draft.to_original(start, end)))
    return found


# A mailbox the writer says they share or have set up, in its sentence before it: "My sister and
# I share one email for all dad's care stuff now, ...", "Our family has a shared inbox for
# Grandad's care: ...", "I've set up an email for the family to share updates: ...". The
# writer's (and their family's) own, offered to the group: theirs to give.
_SHARED_MAILBOX_BEFORE = re.compile(
    r"(?<![\w'’])(?i:I|we|I['’]ve|we['’]ve|our[ \t]{1,2}family)"
    r"(?:[ \t]{1,2}(?:have|has|had|just|now|also|all|got|a|an|one))?(?:[ \t]{1,2}(?:a|an|one))?"
    r"[ \t]{1,2}(?i:share|shared|set[ \t]up|made|opened|created)[ \t]{1,2}"
    r"(?:[^\W\d_]{1,8}[ \t]{1,2}){0,2}(?i:e-?mail|inbox|mailbox|account)(?![\w'’])"
    r"[^.!?\n@]{0,72}$"
)
_SHARED_MAILBOX_REACH = 150


def _shared_mailbox(draft: Draft, start: int) -> bool:
    """The address at ``start`` of the normalised text is a mailbox the writer says, in its
    sentence before it, that they share or have set up (``_SHARED_MAILBOX_BEFORE``)."""
    text = draft.text
    return (
        _SHARED_MAILBOX_BEFORE.search(text, max(0, start - _SHARED_MAILBOX_REACH), start)
        is not None
    )


def find_emails(draft: Draft, context: Context) -> Iterable[Span]:
    """Personal email addresses (``_is_personal_mailbox``), but not the writer's own where the
    draft speaks of no one else (``_writers_own``), nor the writer's work address offered to
    the group (``_writers_work_address``), nor a colleague's or a professional's at their
    organisation (``_colleagues_work_address``)."""
    spelled = _spelled_emails(draft)
    # An address cannot start the scan at its "@", so skip the scan when there is none.
    if "@" not in draft.text:
        return spelled
    return spelled + [
        (
            Reminder
            if _offered_as_own(draft, m.start("id")) or _shared_mailbox(draft, m.start("id"))
            else Span
        )(*draft.to_original(*m.span("id")))
        for m in draft.matches_from(_EMAIL_RE, _email_starts)
        if _is_personal_mailbox(m)
        and not _writers_own(draft, m.start("id"))
        and not _writers_work_address(draft, m)
        and not _colleagues_work_address(draft, m)
        and not _venues_mailbox(draft, m)
        and not _organisations_contact(draft, *m.span("id"))
        and not _events_mailbox(draft, *m.span("id"))
    ]


EMAIL = Rule(
    id="identifiers.email",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like a personal email address.",
    why=(
        "An email address names and reaches one person, so 'Do not post unique identifiers' "
        "keeps it out of a group's view."
    ),
    suggestion="Take the address out, or offer to share it privately.",
    replacement="[email]",
    matcher=Custom(_owned(find_emails)),
    flags=(
        "Her son is [[d.patel82@example.co.uk]], he wants updates.",
        "email me at [[jo_smith+care@gmail.com]].",
        "Contact [[Margaret.O-Neill@example.nhs.uk]]",
    ),
    passes=(
        "Send referrals to info@example.org, they reply within a day.",
        "Ask @sarah on the group chat.",
        "The address is on example.com/contact.",
        "Email helpline@example.org.uk for advice.",
        "Use name@domain as the format",
        "Email jobs@example.co.uk to apply.",
        "Is it rota@example.org? I want to send my availability.",
        "Send it to leeds.office@example.org please.",
        "Use the team email carehub@example.co.uk for rota swaps.",
        "Night staff: rotadesk@example.org has the new lines.",
        "IT helpdesk is on option 3, or email servicedesk@example.org",
        "Happy to share the pack, drop me a line at m.achterberg@example-care.co.uk",
        "Direct Payments support is directpayments@example.org.uk, they were quick.",
        "Repeat requests go to repeats.millbrook@example.nhs.uk, allow two days.",
        "New OT for the east team is Marta, marta.kowalczyk@example.nhs.uk, she covers Rishton.",
    ),
)

# --- Dates of birth -------------------------------------------------------------------------------

_MONTHS = dates.MONTHS


def _edits(a: str, b: str) -> int:
    """The fewest letters added, dropped, changed or swapped with the next that turn ``a`` into
    ``b`` (both short words)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[-1]


def _month_of(word: str) -> int:
    """The month (1 to 12) ``word`` names, written in full, shortened ("Nov", "Sept.") or with a
    letter or two wrong ("Febuary", "Novemeber", "Mrach"), else 0."""
    key = word.lower().rstrip(".")
    if len(key) < 3 or not key.isalpha():
        return 0
    for number, month in enumerate(_MONTHS, start=1):
        if month.startswith(key):
            return number
    if len(key) < 5:
        return 0
    for number, month in enumerate(_MONTHS, start=1):
        if (
            len(month) >= 5
            and key[0] == month[0]
            and _edits(key, month) <= (1 if len(month) <= 5 else 2)
        ):
            return number
    return 0


_ORDINAL = r"(?:st|nd|rd|th)?"
_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH = "(?i:" + "|".join(sorted(_ROMAN_MONTHS, key=lambda r: (-len(r), r))) + ")"
# A day in words: "the fourth of July", "the twenty-first of May".
_DAY_WORDS = (
    r"(?:twenty[\s-]?|thirty[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth"
)
# A year of birth in words: "nineteen thirty-two", "nineteen forty".
_YEAR_WORDS = (
    r"nineteen[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
)
# A full date: digits ("03/04/1941", "3-4-41", "1941-04-03"), or a day, a month and a year
# ("5 Nov 1944", "19-JUN-1944", "13 aug 33", "the fourth of July 1932", "March 7th 1936"). The
# month is any word of three to ten letters that starts as a month does here; ``_is_birth_date``
# confirms it is one.
_FULL_DATE = (
    r"(?P<d1>\d{1,2})[ \t]?[/.\-][ \t]?(?P<m1>\d{1,2})[ \t]?[/.\-][ \t]?(?P<y1>\d{4}|\d{2})"
    r"|(?P<y2>\d{4})[-./](?P<m2>\d{1,2})[-./](?P<d2>\d{1,2})"
    rf"|(?P<d3>\d{{1,2}}(?i:{_ORDINAL})|(?<![A-Za-z])(?i:{_DAY_WORDS}))(?i:\s+(?:of\s+)?|[-/.])"
    rf"(?P<mon3>[JFMASONDjfmasond][A-Za-z]{{2,9}})\.?(?:,?\s+|[-/.])"
    rf"(?P<y3>\d{{4}}|['’]?\d{{2}}|(?i:{_YEAR_WORDS}))"
    rf"|(?<![A-Za-z])(?P<mon4>[JFMASONDjfmasond][A-Za-z]{{2,9}})\.?\s+(?P<d4>\d{{1,2}})(?i:{_ORDINAL}),?\s+"
    r"(?P<y4>\d{4}|['’]\d{2})"
    # A month in Roman numerals, as Polish and other European forms write it ("3.ix.1932",
    # "15-III-1936").
    r"|(?P<d6>\d{1,2})(?P<rsep>[/.\-])(?P<rom>" + _ROMAN_MONTH + r")(?P=rsep)(?P<y6>\d{4}|\d{2})"
)
_DOB = (
    not_after(r"[dDbB]", r"\w")
    + r"(?i:(?<=d)(?:ob|\.o\.b\.?|ate\s+of\s+birth)|(?<=b)(?:orn|irthday|irth\s*date|\.))"
    r"[\s:=(,\-]{0,4}(?i:(?:is|was|on|the|of|as|it|in)\s+){0,3}"
    r"(?P<id>" + _FULL_DATE + r")(?![\d/.\-]\d)"
)
# A date with its cue after it: "18/10/42 is her dob", "12.3.1941 (DOB)". Read back from the cue.
# (Scanned in the draft's lower-cased text, from its first letter.)
_DOB_CUE_AFTER = re.compile(
    r"[db](?<![\w'’.][db])(?:ob|\.o\.b|ate\s+of\s+birth|irth\s*date|irthday)(?!\w)"
)
_DATE_BEFORE_CUE = re.compile(
    r"(?<![\w/.\-])(?P<id>" + _FULL_DATE + r")[\s,():\-]{0,3}"
    r"(?i:(?:is|was|thats|that['’]s|=|as)\s+)?"
    r"(?i:(?:her|his|their|the|my|your|mums?|mams?|dads?|nans?)\s+)?$"
)


# Welsh months, with the forms they take after "o" ("y 5ed o Dachwedd"), and Welsh ordinals
# ("1af", "2il", "3ydd", "5ed", "20fed", "11eg").
_WELSH_MONTH = (
    r"(?:ionawr|chwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|awst|[mf]edi|hydref"
    r"|[td]achwedd|rh?agfyr)"
)
_WELSH_ORDINAL = r"(?:af|il|ydd|ed|fed|eg|ain)?"
# Welsh cues: "dyddiad geni" (date of birth), "ganwyd" and "ganed" (was born), "geni" (birth),
# then perhaps "yw", "oedd", "ar", "y" (is, was, on, the).
_WELSH_DOB = (
    not_after(r"[dDgG]", r"\w") + r"(?i:(?<=d)yddiad\s+geni|(?<=g)anwyd|(?<=g)aned|(?<=g)eni)"
    r"[\s:=(,\-]{0,4}(?i:(?:yw|yw['’]r|oedd|ar|y|hi|fe|e|o)\s+){0,3}"
    r"(?P<id>(?P<d1>\d{1,2})[/.\-](?P<m1>\d{1,2})[/.\-](?P<y1>\d{4}|\d{2})"
    rf"|(?P<d3>\d{{1,2}})(?i:{_WELSH_ORDINAL}\s+(?:o\s+)?{_WELSH_MONTH}),?\s+(?P<y3>\d{{4}})"
    r")(?![\d/.\-]\d)"
)
_LEADING_DIGITS = re.compile(r"\d+")


def _day_of(written: str) -> int:
    """The day of the month ``written`` says: "5", "21st", or in words ("fourth") as 1."""
    digits = _LEADING_DIGITS.match(written)
    return int(digits.group()) if digits else 1


def _is_birth_date(m: re.Match[str]) -> bool:
    found = m.groupdict()
    if found["d1"]:
        year = int(m.group("y1"))
        year += 1900 if year < 100 else 0
        return year >= 1880 and is_valid_date(int(m.group("d1")), int(m.group("m1")), year)
    if found.get("y2"):
        year = int(found["y2"])
        return year >= 1880 and is_valid_date(int(found["d2"]), int(found["m2"]), year)
    if found.get("rom"):
        year = int(found["y6"])
        year += 1900 if year < 100 else 0
        month = _ROMAN_MONTHS.index(found["rom"].lower()) + 1
        return year >= 1880 and is_valid_date(int(found["d6"]), month, year)
    if "mon3" in found and not _month_of(found["mon3"] or found["mon4"] or ""):
        return False
    day = _day_of(found["d3"] or found.get("d4") or "0")
    return 1 <= day <= 31


_CUED_DOB_WELSH = Pattern(
    _WELSH_DOB, flags=0, validator=_is_birth_date, cues=("dyddiad", "ganwyd", "ganed", "geni")
)


_CUED_DOB = Pattern(
    _DOB,
    flags=0,
    validator=_is_birth_date,
    cues=("dob", "d.o.b", "date", "born", "birth", "b."),
)
# A year of the 1890s to the 1970s, the years of birth of most people in care: a full date that
# ends in one ("5 Nov 1944", "30/9/1939") is read back from the year, a few characters at most,
# and one that starts with one ("1940-06-19") read on from it.
_OLD_YEAR = re.compile(r"1(?<![\w'’]1)(?:89|9[0-7])\d(?!\w)")
_OLD_YEAR_SHAPE = re.compile(rb"0000")
_DATE_ENDING_AT_YEAR = re.compile(
    r"(?<![\w/.\-])(?:(?P<d3>\d{1,2})(?i:" + _ORDINAL + r")(?i:\s+(?:of\s+)?|[-/.])"
    r"(?P<mon3>[JFMASONDjfmasond][A-Za-z]{2,9})\.?(?:,?\s+|[-/.])"
    r"|(?P<d5>\d{1,2})(?i:" + _WELSH_ORDINAL + r"\s+(?:o\s+)?" + _WELSH_MONTH + r"),?\s+"
    r"|(?<![A-Za-z])(?P<mon4>[JFMASONDjfmasond][A-Za-z]{2,9})\.?\s+(?P<d4>\d{1,2})(?i:"
    + _ORDINAL
    + r"),?\s+"
    r"|(?P<d1>\d{1,2})(?P<sep>[/.\-])(?P<m1>\d{1,2})(?P=sep)"
    r"|(?P<d6>\d{1,2})(?P<rsep>[/.\-])(?P<rom>" + _ROMAN_MONTH + r")(?P=rsep))$"
)
_MONTH_DAY_AFTER_YEAR = re.compile(r"-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/]|[.\-]\d)")
# A date with a two-digit year of the 1930s to the 1970s ("12/04/39", "3.11.47"): no meeting or
# shift is booked for then, so in a draft about care it is a date of birth.
_SHORT_YEAR_DATE = re.compile(
    r"\d(?<![\w/.\-]\d)\d?(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)[3-7]\d(?![\w/]|[.\-]\d)"
)
# Where one can start, in Normalised.shape's terms (where "/" and "." are "x"): the text is
# matched only there, as a scan of it from every digit of a long draft was slow.
_SHORT_YEAR_SHAPE = re.compile(rb"0(?<![0Aax\-]0)0?x00?x00")
# Words of a sentence about history or a building, not about a person: "VE Day, 8 May 1945",
# "the home opened on 1 June 1968".
_HISTORY_WORDS = word_set(
    """war wartime ve vj d-day armistice remembrance anniversary coronation landings history
    historic blitz evacuated evacuee memories remember remembers opened built founded
    established"""
)


def _uncued_birth_dates(draft: Draft) -> Iterable[tuple[int, int]]:
    """Full dates in a year of birth of most people in care (``_OLD_YEAR``, or two digits of
    ``_SHORT_YEAR_DATE``), in a draft about care, about someone with a title or that speaks of a
    birth date further from it than its cue's reach ("his date of birth for the repeat, it's 19
    Oct 1944"), outside a sentence about history."""
    shape = draft.shape
    old_years = bool(_OLD_YEAR_SHAPE.search(shape))
    words = draft.words
    if (
        people.CARE_WORDS.isdisjoint(words)
        and _TITLE_WORDS.isdisjoint(words)
        and _BIRTH_WORDS.isdisjoint(words)
    ):
        return
    short_years = bool(_SHORT_YEAR_SHAPE.search(shape))
    if not (old_years or short_years):
        return
    source = draft.text
    found: list[tuple[int, int]] = []
    for year in draft.matches(_OLD_YEAR) if old_years else ():
        lo = max(0, year.start() - 26)
        m = _DATE_ENDING_AT_YEAR.search(source[lo : year.start()])
        if m is None:
            after = _MONTH_DAY_AFTER_YEAR.match(source, year.end())
            if after and is_valid_date(
                int(after.group("d")), int(after.group("m")), int(year.group())
            ):
                found.append((year.start(), after.end()))
            continue
        if m.group("d1"):
            valid = is_valid_date(int(m.group("d1")), int(m.group("m1")), int(year.group()))
        elif m.group("rom"):
            month = _ROMAN_MONTHS.index(m.group("rom").lower()) + 1
            valid = is_valid_date(int(m.group("d6")), month, int(year.group()))
        elif m.group("d5"):
            valid = 1 <= int(m.group("d5")) <= 31
        else:
            valid = bool(_month_of(m.group("mon3") or m.group("mon4"))) and (
                1 <= int(m.group("d3") or m.group("d4")) <= 31
            )
        if valid:
            found.append((lo + m.start(), year.end()))
    for candidate in _SHORT_YEAR_SHAPE.finditer(shape) if short_years else ():
        m = _SHORT_YEAR_DATE.match(source, candidate.start())
        if m is None:
            continue
        text = m.group()
        day = int(text[: text.index(m.group("sep"))])
        if is_valid_date(day, int(m.group("m")), 1900 + int(text[-2:])):
            found.append(m.span())
    for start, end in found:
        if _HISTORY_WORDS.isdisjoint(_words_before(source, start)):
            yield start, end


_DOB_CUE_WORDS = word_set("dob birth birthday birthdate")
# (Not "birthday": "my birthday's next week" says nothing of a date elsewhere in the draft.)
_BIRTH_WORDS = word_set("dob birth birthdate")
# The end of a date before its cue: a digit, then only what may stand between the two.
_DIGIT_BEFORE_CUE = re.compile(
    r"\d[\s,():\-]{0,3}(?i:(?:is|was|thats|that['’]s|=|as)\s+)?"
    r"(?i:(?:her|his|their|the|my|your|mums?|mams?|dads?|nans?)\s+)?$"
)
_WORD_DIGIT = re.compile(r"\d(?<![\w/.\-]\d)")


# The words a cue of ``_DOB_CUE_AFTER`` starts with ("d" of "d.o.b").
_DOB_CUE_STARTS = word_set("dob date birth birthdate birthday")


def _dob_cues(draft: Draft) -> list[re.Match[str]]:
    """The matches of ``_DOB_CUE_AFTER`` in the draft's folded text, tried only where one of the
    words a cue starts with stands whole: the same matches as a scan, which stops at every "d"
    and "b" of the text (a cue starts a word and ends one)."""
    words = draft.ascii_words
    folded = draft.folded
    if words is None:
        return list(_DOB_CUE_AFTER.finditer(folded))
    heads = [word for word in _DOB_CUE_STARTS if word in words]
    if "d.o.b" in draft.lower:
        heads.append("d")
    cues = []
    end = 0
    for at in sorted({at for word in heads for at in draft.starts(word)}):
        if at >= end:
            m = _DOB_CUE_AFTER.match(folded, at)
            if m is not None:
                cues.append(m)
                end = m.end()
    return cues


def _dates_before_cue(draft: Draft) -> Iterable[tuple[int, int]]:
    """Dates with a cue after them ("18/10/42 is her dob"): read back from each cue."""
    words = draft.words
    if _DOB_CUE_WORDS.isdisjoint(words) and "d.o.b" not in draft.lower:
        return
    source = draft.text
    for cue in _dob_cues(draft):
        # Most cues have their date after them: a date before one ends in a digit, a few
        # characters before it ("18/10/42 is her dob").
        if not _DIGIT_BEFORE_CUE.search(source, max(0, cue.start() - 20), cue.start()):
            continue
        m = None
        # The date starts at a digit that starts a word: matched from each, to the cue.
        for first in _WORD_DIGIT.finditer(source, max(0, cue.start() - 40), cue.start()):
            m = _DATE_BEFORE_CUE.match(source, first.start(), cue.start())
            if m is not None:
                break
        # A recent year is a party's or a card's date ("on 3/5/2026, her birthday").
        year = m and (m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4"))
        if m is not None and _is_birth_date(m) and not (year and year.startswith("20")):
            yield m.span("id")


def find_dates_of_birth(draft: Draft, context: Context) -> Iterable[Span]:
    """Dates after a cue that they are a birth date ("DOB", "born on"), or before one ("... is
    her dob"), and full dates in a year of birth of most people in care, in a draft about care
    (``_uncued_birth_dates``)."""
    cued = sorted(
        set(_CUED_DOB.find(draft, context)) | set(_CUED_DOB_WELSH.find(draft, context)),
        key=lambda s: (s.start, s.end),
    )
    # Whether a date overlaps one already kept, by bisection, so that a draft of many dates stays
    # linear: the cued dates (which may overlap each other) by the furthest end among those that
    # start before it ends; the dates added (which never overlap) by the last that starts before.
    cued_starts = [s.start for s in cued]
    furthest = list(itertools.accumulate((s.end for s in cued), max))
    added_starts: list[int] = []
    added_ends: list[int] = []
    spans = set(cued)
    for start, end in itertools.chain(_dates_before_cue(draft), _uncued_birth_dates(draft)):
        span = Span(*draft.to_original(start, end))
        k = bisect.bisect_left(cued_starts, span.end) - 1
        if k >= 0 and furthest[k] > span.start:
            continue
        k = bisect.bisect_left(added_starts, span.end) - 1
        if k >= 0 and added_ends[k] > span.start:
            continue
        k = bisect.bisect_left(added_starts, span.start)
        added_starts.insert(k, span.start)
        added_ends.insert(k, span.end)
        spans.add(span)
    return sorted(spans, key=lambda s: (s.start, s.end))


DATE_OF_BIRTH = Rule(
    id="identifiers.date_of_birth",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like someone's date of birth.",
    why=(
        "A date of birth, with almost any other detail, singles out one person, so the tip "
        "'Do not post unique identifiers' asks you to leave it out."
    ),
    suggestion="Leave the date out; an age range such as 'in her eighties' is usually enough.",
    replacement="[date of birth]",
    matcher=Custom(_once(find_dates_of_birth)),
    flags=(
        "DOB [[03/04/1941]], lives alone.",
        "d.o.b. [[12.11.38]]",
        "She was born on [[7 March 1936]] in Leeds.",
        "Date of birth: [[March 7th 1936]]",
        "born [[1949-02-27]]",
        "his birthday is the [[4th of June 1950]]",
        "Mrs K (b. [[21/9/44]]) has moved in.",
        "Dad's date of birth, [[30th September 1939]], keeps being rejected.",
        "the MAR for Mrs Lowe says [[5 Nov 1944]], the system 1945",
        "new client, [[12/03/1938]], first call Monday",
        "Dyddiad geni: [[03/04/1941]], yn byw ar ei phen ei hun.",
        "Ganwyd hi ar [[7 Mawrth 1936]] yn Llanelli.",
        "ei dyddiad geni yw'r [[5ed o Dachwedd 1944]]",
        "Pt Mr Sandhu dob [[3-Apr-41]] for ECG at 2pm",
        "Pt Rao, DOB [[19-JUN-1944]], for echo today",
        "she told me five times, born [[13 aug 33]]",
        "For the form I need her birthday, is it [[12 Febuary 1936]]?",
        "born [[14th Novemeber 1931]] and not one card from the home",
        "My gran was born on the [[fourth of July 1932]].",
        "born on the [[twelfth of March nineteen thirty-eight]] in Wigan",
        "[[18/10/42]] is her dob, for the chemist",
        "please update Mrs Iyer in the system, it is [[1940-06-19]] not 1941",
        "Mr Ferris ([[11/05/37]]) needs his repeat prescription",
        "d.o.b [[10 / 10 / 1945]], the chemist want it",
        "Mr Santiago, DOB [[1938.09.14]], his wife asked about shopping",
    ),
    passes=(
        "Team meeting on 03/04/2024 at 10am.",
        "Shift swap: 12.11.25 nights.",
        "The carers' forum is on 7 March 2025 in Leeds.",
        "She was born in Leeds and moved on 7 March 2019... wait, moved in 2019.",
        "DOB 31/02/1941 cannot be right.",
        "Born in 1941, she remembers the war.",
        "Birthday party planned for 3 May!",
        "Residents loved the VE Day tea, 8 May 1945 still means a lot to them.",
        "The home opened on 1 June 1968, residents say.",
        "Cyfarfod y gofalwyr ar 7 Mawrth 2025 yn Llanelli.",
        "Party for her on 3/5/2026 (her birthday) at the home.",
        "Clinic moved to 14/10/26 for the residents.",
        "Our care home opened on 1.6.68, the residents say.",
        "We marked 12 Marks 1940 on the quiz sheet.",
        "Review meeting on 10 / 10 / 2025 at 2pm.",
        "The app is on version 2024.10.12 now.",
    ),
)

# --- Postcodes and street addresses ---------------------------------------------------------------

# Scanning for letters is slow (most of a draft is letters), so the scan starts at the district's
# digit, which must follow a letter, and steps back over the one or two area letters by hand.
_POSTCODE_FROM_DISTRICT = re.compile(
    r"\d(?<=[A-Za-z]\d)[A-Za-z\d]?[ ]{0,2}(?P<inward>\d[ ]?[A-Za-z]{2})(?![\w'’])"
)
_ORDINAL_INWARD = re.compile(r"\d(?:st|nd|rd|th)")
# The same in Normalised.shape's terms, without the end: a draft where it finds nothing has none.
_POSTCODE_SHAPE = re.compile(rb"0(?<=[Aa]0)[Aa0]?[ ]{0,2}0[ ]?[Aa]{2}")


def find_postcodes(draft: Draft, context: Context) -> Iterable[Span]:
    """Full UK postcodes in any case and spacing ("LS1 4AP", "sw1a1aa", "e17  4 lh"), confirmed
    by shape."""
    if not _POSTCODE_SHAPE.search(draft.shape):
        return
    source = draft.text
    for m in _POSTCODE_FROM_DISTRICT.finditer(source):
        start = m.start()
        while start > m.start() - 2 and start > 0 and source[start - 1].isalpha():
            start -= 1
        if start > 0 and (source[start - 1].isalnum() or source[start - 1] in "_'’-"):
            continue
        # "the B12 3rd floor": a lower-case ordinal is not an inward code.
        if _ORDINAL_INWARD.fullmatch(m.group("inward")):
            continue
        written = source[start : m.end()]
        if not is_valid_postcode(written):
            continue
        # "Bl00dy": a word with its letters swapped for digits, not a postcode, which is typed all
        # in capitals or all in lower case, and if in one piece, never in mixed case.
        if " " not in written and not (written.isupper() or written.islower()):
            continue
        span = Span(*draft.to_original(start, m.end()))
        if _after_a_home(draft, span.start) or not (
            _at_a_venue(draft, False, start, m.end())
            or _after_a_venue(draft, span.start)
            or _PO_BOX.search(source, max(0, start - 60), start)
        ):
            yield span


# A postcode after a PO box or a Freepost name on its line is a mail room's, never a home's.
_PO_BOX = re.compile(r"(?i:\bp\.?[ \t]?o\.?[ \t]?box\b|\bfreepost\b)[^\n]{0,40}$")


def _after_a_venue(draft: Draft, start: int) -> bool:
    """An address read as a venue's or an office's ends just before ``start`` (of the original
    text), with a comma, a space or a town between: "Post office on Market Place has a cash
    machine now, 3 Market Place, Ripon HG4 1BP" is the post office's postcode."""
    source = draft.original
    return any(
        0 <= start - span.end <= 30 and _TOWN_BETWEEN.fullmatch(source, span.end, start) is not None
        for span in draft.analysis(_read_addresses)[1]
    )


_TOWN_BETWEEN = re.compile(r"[ \t,]{0,3}(?:[A-Z][a-z'’\-]{1,20}[ \t]{0,2}){0,2}[ \t,]{0,3}")


def _after_a_home(draft: Draft, start: int) -> bool:
    """A home's address found by the address rule ends just before ``start`` (of the original
    text), with a comma or a space between: "Bryn Awel, Heol y Felin, sa48 7bd" is that home's
    postcode, whatever venue the draft names elsewhere ("settling in at the nursing home")."""
    source = draft.original
    ends = draft.analysis(_address_ends)
    return any(
        end in ends and not source[end:start].strip(" ,\t") for end in range(start - 3, start + 1)
    )


def _address_ends(draft: Draft) -> frozenset[int]:
    """Where the addresses the address rule finds end (of the original text)."""
    return frozenset(span.end for span in draft.analysis(_FOUND[find_addresses]))


POSTCODE = Rule(
    id="identifiers.postcode",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like a full postcode.",
    why=(
        "A full postcode narrows a home down to a handful of doors, so 'Do not post unique "
        "identifiers' asks you to give no more than the town."
    ),
    suggestion="Give the town or area instead of the postcode.",
    replacement="[postcode]",
    matcher=Custom(_owned(find_postcodes)),
    flags=(
        "She lives near [[LS1 4AP]], can anyone visit?",
        "postcode [[sw1a1aa]]",
        "[[M1  1AE]] is the address on the letter",
        "Moved to [[EH12 9DN]] last week",
        "Belfast [[BT9 6AD]].",
        "Can someone pop in on her at 12 Church Street, [[LS1 4AP]], after the meeting?",
        "old Stan at 22 Cranbrook Road ([[e17  4 lh]]) asked for the chiropodist again.",
        "Mr Parry's postcode is [[LL55 4 UH]] not LL54, the sat nav sent me wrong.",
    ),
    passes=(
        "We meet in the LS1 area, room B12 3rd floor.",
        "The A1 2BC is not a postcode: there is no A area.",
        "Route QA1 1AA is not real.",
        "Form code CV1 1CI has letters a postcode never uses.",
        "Outward code only: LS1.",
        "Sponsored walk on Sunday! Meet at Pittville Park main gates, Cheltenham GL52 3JE.",
        "Our new training centre opens on 3 February at 15 Albion Street, Hull HU1 3TD.",
        "Meeting moved to room B1 2 am, sorry, 2 pm.",
        "Worth a look if your company is hiring. Their office is 18 Kingsway, Luton LU1 2EE.",
        "Our awards ceremony is at the Hilton Deansgate, 303 Deansgate, M3 4LQ.",
        "Shout out to the mobility shop on Fore Street, PL17 7AJ, they fixed Dad's scooter.",
        "Our community unit has moved! New address: Unit 4, Kingsmead Business Park, BS35 2AB.",
        "Carers' craft morning\nThe Lantern Hub\n3 Sandy Lane\nWisbech PE13 2AW",
        "Screening at the Regal, 10 Castle Street, EX16 6RE, Sunday 2pm. Tickets £3 at the door.",
    ),
)

_STREET_TYPES = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lanes?|Ln|Close|Drive|Dr|Court|Ct|Crescent|Cres|Way|"
    r"Gardens|Gdns|Place|Pl|Terrace|Terr|Grove|Walk|Row|Hill|Square|Sq|Mews|Rise|Green|"
    r"Parade|Vale|View|Park|Croft|Meadows?|Fields?|Wynd|Brae|Boulevard|Chase|Gate|Yard|"
    # Northern English and Scottish street words: "Chapel Fold", "Kirk Vennel", "Mill Brow".
    r"Fold|Vennel|Loan|Loaning|Gait|Brow|Garth|Nook|Paddock|Approach|Mount|Causeway|Wharf|Quay|"
    r"Esplanade|Promenade|Circus|Dale|Glen|Lea|Leys|Mead|Ridge|Heights|"
    # A numbered row of cottages or villas is a street of its own: "3 Moorside Cottages".
    r"Cottages|Villas)"
)
# The Welsh article may stand between the words of a street's name ("2 Tan y Bryn Cottages"), and
# so may the Scots and northern "o'" and "of" ("9 Brig o' Doon Road", "4 Isle of Man Road").
_STREET_PARTICLE = r"(?:(?:yr?|o['’]|of)\s+)?"
_STREET = (
    r"(?P<street>(?:[A-Z][a-z'’]+\s+" + _STREET_PARTICLE + r"){1,3}" rf"(?i:{_STREET_TYPES})\b)"
)
_ADDRESS = (
    r"(?P<id>"
    + not_after(r"[\dFfAaUu]", r"[\w£$.,:/-]")
    + r"(?:(?i:(?<=f)lat|(?<=a)partment|(?<=a)pt\.?|(?<=u)nit)\s+\d{1,4}[A-Za-z]?,?\s+"
    r"(?:\d{1,4}[A-Za-z]?,?\s+)?"
    r"|(?<=\d)\d{0,3}[A-Za-z]?,?\s+)" + _STREET + r")(?!\w)"
)
# The same pattern without its flat, apartment and unit branch: what is left starts at a digit.
_NUMBERED_ADDRESS = (
    r"(?P<id>" + not_after(r"\d", r"[\w£$.,:/-]") + r"\d{0,3}[A-Za-z]?,?\s+" + _STREET + r")(?!\w)"
)
_UNIT_WORDS = ("flat", "apartment", "apt", "unit")
# The numbered pattern's start in Normalised.shape's terms (where a digit and any non-ASCII
# character are "0"): a digit, a letter or comma perhaps, white space and a capital. White space
# outside ASCII is "0" too, like a digit, so a run of it cannot be told from a run of digits: the
# gap is read for at most 16 characters from each "0" (reading it to its end from each was
# quadratic on a pasted run of digits or emoji), and any longer run of such characters lets the
# draft through to the pattern's own scan, which is linear.
# Both branches start with a byte of [ \t0], written first so that re skips ahead to those bytes
# (a pattern starting with a choice of branches is tried at every byte): twice as fast.
_NUMBERED_ADDRESS_SHAPE = re.compile(rb"[ \t0](?:(?<=0)[Aa]?,?[ \t0]{1,16}A|[ \t0]{16})")

# Streets everybody knows from public life or television; a number before them is no address.
PUBLIC_STREETS = frozenset(
    s.lower()
    for s in (
        "Downing Street",
        "Baker Street",
        "Coronation Street",
        "Sesame Street",
        "Memory Lane",
        "Penny Lane",
        "Abbey Road",
        "Albert Square",
    )
)


def _is_address(m: re.Match[str]) -> bool:
    street = " ".join(m.group("street").split()).lower()
    return street not in PUBLIC_STREETS


_ANY_ADDRESS = Pattern(_ADDRESS, flags=0, validator=_is_address)
_NUMBERED_ADDRESS_ONLY = Pattern(
    _NUMBERED_ADDRESS, flags=0, validator=_is_address, shape=_NUMBERED_ADDRESS_SHAPE
)


# (One set first, so that the scan skips to the marks: "[.!?](?=\s|$)|\n" does not.) The stop
# of "no." or "tel." before a number ends no sentence: "surgery no. 0117 ..., his NHS no ...",
# "the lady at no. 2" keep the word before them in their sentence.
_CLAUSE_END = re.compile(
    r"[.!?\n](?:(?<=\n)|(?=\s|$)"
    r"(?!(?:(?<=[^\w.][Nn][Oo]\.)|(?<=[^\w.][Tt][Ee][Ll]\.))[ \t]{1,2}\d))"
)
# The street types of _STREET_TYPES as lower-case words ("meadows?" gives both forms).
_STREET_WORDS = frozenset(
    form
    for alternative in _STREET_TYPES[3:-1].lower().split("|")
    for form in (
        (alternative[:-2], alternative[:-1]) if alternative.endswith("s?") else (alternative,)
    )
)
_CONTEXT_WORD = re.compile(r"[^\W_](?:[\w'’-]*\w)?")
_OPEN_EVENTS = frozenset(("day", "days", "evening", "evenings", "morning", "afternoon", "house"))
# Two words a sentence's words are read as one (``_Surroundings._words_of``), where one space
# parts them: "the on call phone", "whoever is on call" (the on-call rota's, as "on-call" is,
# and no care round's call); "a brilliant open day", "open evening" (an event, as "open-day"
# is). By the first word: the second words, and the word they are read as.
_JOINED_WORDS: dict[str, tuple[frozenset[str], str]] = {
    "on": (frozenset(("call",)), "on-call"),
    "open": (_OPEN_EVENTS, "open-day"),
}


_HOMES = frozenset(("home", "homes"))
_HOME_KINDS = frozenset(("care", "nursing", "residential"))


class _Surroundings:
    """The sentences of one text, each split into words only when first asked about and then
    once per draft: asking whether the sentences around an address, a postcode or a phone number
    hold a venue, home, office or family word costs a binary search in the sentences' lists of
    such words, not a reading of the 600 characters around each (a pasted run of thousands of
    postcodes read them thousands of times).

    A sentence ends at a full stop, "!" or "?" before white space, or at a line break; it is read
    for at most ``_REACH`` characters either side of what is asked about. Words that name a street
    ("Church" of "Church Street", "Park" of "2 Park Lane") do not count: a street's name says
    nothing about what stands on it."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Where each sentence's end mark stands: sentence k runs from just after ends[k - 1] to
        # ends[k] (or the end of the text).
        self._ends = [m.start() for m in _CLAUSE_END.finditer(text)]
        self._hits: dict[tuple[int, frozenset[str]], list[int]] = {}
        self._words: dict[int, list[tuple[int, str]]] = {}
        self._plain: dict[int, frozenset[str] | None] = {}
        # A sentence lowered whole and its words, read once for both (``_plain_words``).
        self._read: dict[int, tuple[str, list[str]]] = {}

    def _plain_words(self, k: int) -> frozenset[str] | None:
        """The words of sentence ``k`` as ``_words_of`` reads them, as a set, with the words two
        words are read as where both are there (``_JOINED_WORDS``; more words do no harm),
        read in one call of C and kept for ``_words_of``; None for a sentence with a possessive
        ("client's"), read as its word, or one lowered word by word."""
        if k in self._plain:
            return self._plain[k]
        ends = self._ends
        lo = ends[k - 1] + 1 if k else 0
        hi = ends[k] if k < len(ends) else len(self.text)
        sentence = self.text[lo:hi]
        lower = sentence.lower()
        plain = None
        if len(lower) == len(sentence) and "Σ" not in sentence:
            lower = lower.replace("’", "'")
            found = _CONTEXT_WORD.findall(lower)
            self._read[k] = (lower, found)
            if "'s" not in lower:
                plain = frozenset(found)
                for first, (seconds, joined) in _JOINED_WORDS.items():
                    if first in plain and not seconds.isdisjoint(plain):
                        plain |= {joined}
        self._plain[k] = plain
        return plain

    def _words_of(self, k: int) -> list[tuple[int, str]]:
        """The words of sentence ``k``, lower-case, each with where it starts."""
        words = self._words.get(k)
        if words is None:
            ends = self._ends
            lo = ends[k - 1] + 1 if k else 0
            hi = ends[k] if k < len(ends) else len(self.text)
            read = self._read.get(k)
            sentence = self.text[lo:hi] if read is None else ""
            lower = sentence.lower()
            if read is not None:
                # The words ``_plain_words`` read, each found from where the one before ends:
                # between two words stands no letter or digit, with which a word starts.
                lower, found = read
                words = []
                at = 0
                for word in found:
                    at = lower.find(word, at)
                    words.append((at + lo, word))
                    at += len(word)
            elif len(lower) == len(sentence) and "Σ" not in sentence:
                # The sentence lowered at once, not word by word: the same words where no letter
                # lowers to two ("İ") and none by the letters around it (a final sigma), as
                # lowering keeps every other character in or out of a word.
                lower = lower.replace("’", "'")
                words = [(m.start() + lo, m.group()) for m in _CONTEXT_WORD.finditer(lower)]
            else:
                words = [
                    (m.start(), m.group().lower().replace("’", "'"))
                    for m in _CONTEXT_WORD.finditer(self.text, lo, hi)
                ]
            self._words[k] = words
            for i in range(1, len(words)):
                join = _JOINED_WORDS.get(words[i - 1][1])
                if (
                    join is not None
                    and words[i][1] in join[0]
                    and self.text[words[i - 1][0] + len(words[i - 1][1]) : words[i][0]] == " "
                ):
                    words[i] = (words[i][0], join[1])
        return words

    def _where(self, k: int, listed: frozenset[str]) -> list[int]:
        """Where the words of ``listed`` start in sentence ``k``, those naming a street left out."""
        hits = self._hits.get((k, listed))
        if hits is None:
            plain = self._plain_words(k)
            if plain is not None and listed.isdisjoint(plain):
                # (Most sentences hold none of the words: told by one set test, without reading
                # each word of the sentence in Python.)
                hits = self._hits[(k, listed)] = []
        if hits is None:
            words = self._words_of(k)
            hits = self._hits[(k, listed)] = [
                at
                for i, (at, word) in enumerate(words)
                # "the charity's new contact details", "the client's number": a possessive is
                # read as its word.
                if (word in listed or (word[-2:] == "'s" and word[:-2] in listed))
                # (Only where nothing but a space parts them: "our partnerships lead, Dr Shafiq"
                # is no "Lead Dr". A business park or a car park is a place of its own.)
                and not (
                    i + 1 < len(words)
                    and words[i + 1][1] in _STREET_WORDS
                    and self.text[at + len(word) : words[i + 1][0]].isspace()
                    and not (word in _PARK_KINDS and words[i + 1][1] == "park")
                )
                # "car" only of a car park.
                and not (word == "car" and (i + 1 >= len(words) or words[i + 1][1] != "park"))
                # "visit us at 12 Whiteladies Road": an organisation's own premises.
                and not (word in _VISIT and i + 1 < len(words) and words[i + 1][1] in _FIRST_PLURAL)
                # "call Jan on 07700 ...", "call 0113 ...": someone phoned, not a care call.
                and not (word in _CALL and _phoning(self.text, words, i))
                # "2 Park Lane"; but not "born 22 Aug 1943, lives ...", where a comma parts them,
                # nor "mum needs 1 council said ring ...", a number said in figures before a
                # lower-case word that no street word follows.
                and not (
                    i
                    and words[i - 1][1].isdigit()
                    and "," not in self.text[words[i - 1][0] : at]
                    and (
                        self.text[at].isupper()
                        or (i + 1 < len(words) and words[i + 1][1] in _STREET_WORDS)
                    )
                )
                # "the hoist company, not the client": a word denied is no one's whose it is.
                and not (i > 1 and words[i - 2][1] == "not" and words[i - 1][1] in _DENIED_ARTICLES)
                # "his office number", "her secretary's line", "their office is 18 Kingsway":
                # a person's workplace, or an organisation's.
                and not (
                    (listed is places.PERSONAL_PHONE_WORDS or listed is places.HOME_WORDS)
                    and word in _POSSESSIVE_PRONOUNS
                    and i + 1 < len(words)
                    and words[i + 1][1] in _WORKPLACE_AFTER
                )
                # A care home or a nursing home is a workplace, not someone's house; so is
                # "the home" of care talk ("Pharmacy for the home is now Lloyds at ..."); "home
                # visits" and "hospice at home" are a service's.
                and not (word in _HOMES and i and words[i - 1][1] in _HOME_KINDS)
                # "the Quaker meeting house", "a public house", "the club house": a venue.
                and not (word == "house" and i and words[i - 1][1] in _VENUE_HOUSES)
                and not (word == "home" and i and words[i - 1][1] == "the")
                and not (word == "home" and i + 1 < len(words) and words[i + 1][1] in _HOME_SERVICE)
                and not (
                    word == "home"
                    and i > 1
                    and words[i - 1][1] == "at"
                    and words[i - 2][1] in _AT_HOME_SERVICES
                )
                # "a great way to get out of the house": no one's house.
                and not (
                    word == "house"
                    and i > 2
                    and (words[i - 3][1], words[i - 2][1], words[i - 1][1]) == ("out", "of", "the")
                )
                # "if your aunt's looking for respite", "anyone else's dad": the reader's
                # relative, or anyone's; "Dad's consultant's secretary is on ...", "Mum's care
                # home": a relative's service, whose the number is. (Of the phone rule's words.)
                and not (
                    (
                        listed is places.PERSONAL_PHONE_WORDS
                        or listed is _PERSONAL_PHONE_NOUNS
                        or listed is _PERSONAL_PHONE_WORDS_OR_HOME
                    )
                    and word.removesuffix("'s") in _RELATIVE_WORDS
                    and _not_this_persons_relative(words, i, word)
                )
                # "Mam's physio is at Ysbyty Gwynedd outpatients, ... LL57 2PW", "Dad's GP is at
                # 3 Market Place": a relative's service, whose the address is, not the
                # relative's home. (Of the address rule's words.)
                and not (
                    (listed is places.PERSONAL_PLACE_WORDS or listed is _POSSESSIVES)
                    and word[-2:] == "'s"
                    and _relatives_service(words, i)
                )
                # "the office landline", "the shop's landline": a workplace's line.
                and not (
                    word == "landline" and i and words[i - 1][1].removesuffix("'s") in _PREMISES
                )
                # "our office manager Mrs Okafor", "the deputy, Mr Shah": a title after a
                # worker's role is a colleague's, not a person supported's.
                and not (
                    word in _TITLE_WORDS
                    and i
                    and words[i - 1][1] in _ROLES_BEFORE_TITLE
                    and listed is not places.HOME_WORDS
                )
                # "Acorn House", "Ty Coch Home": a building's name in title case.
                and not (
                    word in _BUILDING_WORDS
                    and i
                    and self.text[at].isupper()
                    and self.text[words[i - 1][0]].isupper()
                    and listed is places.HOME_WORDS
                )
            ]
        return hits

    def sentences(self, start: int, end: int, reach: int = 1) -> tuple[int, int, int]:
        """Where the sentence holding ``text[start:end]`` starts, where the ``reach`` sentences
        before it start, and where it ends (each at most ``_REACH`` characters away)."""
        ends = self._ends
        lo = max(0, start - _REACH)
        first = bisect.bisect_left(ends, lo)
        last = bisect.bisect_left(ends, start)
        own_start = ends[last - 1] + 1 if last > first else lo
        wide_start = ends[last - 1 - reach] + 1 if last - first > reach else lo
        after = bisect.bisect_left(ends, end)
        if after < len(ends) and ends[after] < end + _REACH:
            own_end = ends[after]
        else:
            own_end = min(len(self.text), end + _REACH)
        return own_start, wide_start, own_end

    def _in(self, listed: frozenset[str], lo: int, hi: int) -> bool:
        """One of ``listed`` starts in ``text[lo:hi]``."""
        if lo >= hi:
            return False
        ends = self._ends
        for k in range(bisect.bisect_left(ends, lo), bisect.bisect_left(ends, hi - 1) + 1):
            hits = self._where(k, listed)
            at = bisect.bisect_left(hits, lo)
            if at < len(hits) and hits[at] < hi:
                return True
        return False

    def last(self, listed: frozenset[str], lo: int, hi: int) -> int:
        """Where the last of ``listed`` in ``text[lo:hi]`` starts, or -1."""
        if lo >= hi:
            return -1
        ends = self._ends
        for k in range(bisect.bisect_left(ends, hi - 1), bisect.bisect_left(ends, lo) - 1, -1):
            hits = self._where(k, listed)
            at = bisect.bisect_left(hits, hi) - 1
            if at >= 0 and hits[at] >= lo:
                return hits[at]
        return -1

    def has(self, listed: frozenset[str], lo: int, start: int, end: int, hi: int) -> bool:
        """One of ``listed`` starts in ``text[lo:start]`` or ``text[end:hi]``."""
        return self._in(listed, lo, start) or self._in(listed, end, hi)


_PARK_KINDS = frozenset(("business", "car"))
_TITLE_WORDS = frozenset(("mr", "mrs", "ms", "miss"))
# A worker's role just before a title: the titled person is that worker.
_ROLES_BEFORE_TITLE = (
    places.WORKER_WORDS
    | places.COLLEAGUE_WORDS
    | word_set("manager deputy lead coordinator director officer matron head")
)
_DENIED_ARTICLES = frozenset(("the", "a", "an"))
_VENUE_HOUSES = frozenset(("meeting", "public", "club", "guest", "opera", "community", "coffee"))
_BUILDING_WORDS = frozenset(("house", "home"))
_HOME_SERVICE = frozenset(("visit", "visits", "visiting"))
_AT_HOME_SERVICES = frozenset(("hospice", "hospital"))
_VISIT = frozenset(("visit", "visits"))
_FIRST_PLURAL = frozenset(("us", "our"))
_CALL = frozenset(("call", "ring", "phone", "text"))


def _phoning(text: str, words: Sequence[tuple[int, str]], i: int) -> bool:
    """The word ``i`` of ``words`` ("call", "ring") asks the reader to phone: a number follows
    it, or a name written with a capital and then "on" ("call Jan on 07700 ...")."""
    if i + 1 >= len(words):
        return False
    at, after = words[i + 1]
    if after[0].isdigit():
        return True
    return i + 2 < len(words) and words[i + 2][1] == "on" and text[at].isupper()


# Words after "his" or "her" that make the phone number a workplace's.
_WORKPLACE_AFTER = word_set(
    """office secretary secretary's depot branch desk switchboard reception work accounts admin
    bookings enquiries helpline website"""
)
_POSSESSIVE_PRONOUNS = word_set("his her their")
_RELATIVE_WORDS = _FAMILY_WORDS | word_set("family families relative relatives")
_ANYONES = word_set("your any anyone's anybody's someone's somebody's else's every")
_RELATIVES_ADJECTIVES = word_set("elderly old older own loved")
_OR_AND = word_set("or and")
_FAMILY_ROLES = word_set("family families")
# "family carers", "family liaison": after "family", carers, not a relative. (Its own name: it
# was once a second ``_CARER_WORDS``, which the later one of that name hid.)
_AFTER_FAMILY_CARER = word_set("carer carers carer's carers' caregivers liaison support")
_SERVICE_AFTER_RELATIVE = word_set(
    """consultant secretary gp doctor surgery nurse physio ot dentist optician pharmacy hospital
    care social school ward"""
)


def _relatives_service(words: Sequence[tuple[int, str]], i: int) -> bool:
    """The possessive ``i``-th of ``words`` is a relative's ("Mam's", "Dad's") and owns a service
    or a venue named just after it ("Mam's physio", "Dad's GP", "Nan's day centre")."""
    return (
        i + 1 < len(words)
        and words[i][1][:-2] in _RELATIVE_WORDS
        and (
            words[i + 1][1] in _SERVICE_AFTER_RELATIVE
            or words[i + 1][1] in places.SERVICE_WORDS
            or (i + 2 < len(words) and words[i + 2][1] in places.VENUE_WORDS)
        )
    )


def _not_this_persons_relative(words: Sequence[tuple[int, str]], i: int, word: str) -> bool:
    """The relative's word ``word``, the ``i``-th of ``words``, is the reader's or anyone's
    ("if your aunt's looking for respite", "anyone else's dad", "your elderly relative's", "your
    mum or dad"), names carers ("family carers can ring it themselves"), or owns a service whose
    the number is ("Dad's consultant's secretary is on ...")."""
    return bool(
        (i and words[i - 1][1] in _ANYONES)
        or (i > 1 and words[i - 2][1] in _ANYONES and words[i - 1][1] in _RELATIVES_ADJECTIVES)
        or (
            i > 2
            and words[i - 1][1] in _OR_AND
            and words[i - 3][1] in _ANYONES
            and words[i - 2][1] in _RELATIVE_WORDS
        )
        or (i + 1 < len(words) and word in _FAMILY_ROLES and words[i + 1][1] in _AFTER_FAMILY_CARER)
        or (
            word[-2:] == "'s"
            and i + 1 < len(words)
            and words[i + 1][1].removesuffix("'s") in _SERVICE_AFTER_RELATIVE
        )
    )


# How far either side of an address, a postcode or a phone number its sentences are read.
_REACH = 300


def _surroundings_of_text(draft: Draft) -> _Surroundings:
    return _Surroundings(draft.text)


def _surroundings_of_original(draft: Draft) -> _Surroundings:
    if draft.original == draft.text:
        return draft.analysis(_surroundings_of_text)
    return _Surroundings(draft.original)


def _may_name_a_venue(draft: Draft) -> bool:
    """Whether a venue word stands anywhere in the draft, as it was typed or normalised: where
    none does, no address or postcode in it can be a venue's (``_at_a_venue``), and its
    sentences are not read."""
    # The words of the normalised text hold every ASCII word of the text as typed. ("visit us
    # at" names an organisation's own premises.)
    words = draft.words
    return (
        _ANY_VENUE_OR_SERVICE_WORD(draft)
        or not _VISIT.isdisjoint(words)
        # ("an open day": an event's words, joined as the sentences are read.)
        or ("open" in words and not _OPEN_EVENTS.isdisjoint(words))
    )


# An event's day and time: a weekday (whole or cut short) and a clock time or a span of hours
# ("Thursday 10.30", "this Saturday 1-4pm", "Weds 2pm").
_EVENT_DAYS = dates.WEEKDAYS | word_set(
    """mon tue tues wed weds thu thur thurs fri sat sun mondays tuesdays wednesdays thursdays
    fridays saturdays sundays"""
)
_CLOCK_TIME = re.compile(
    r"(?<![\w.:/£$€])\d{1,2}(?:[.:]\d{2}(?:[ \t]?(?i:am|pm))?|[ \t]?(?i:am|pm)"
    r"|(?:[.:]\d{2})?[ \t]?[-–][ \t]?\d{1,2}(?:[.:]\d{2})?[ \t]?(?i:am|pm))(?![\w.:/]\w)"
)
# Words that ask everyone along: "bring a friend", "no need to book", "all welcome", "tickets".
_HOME_PERSON_OR_PRONOUN = (
    places.HOME_WORDS | places.PERSONAL_PLACE_WORDS | places.PERSONAL_PHONE_WORDS
)
_INVITING_WORDS = word_set(
    """welcome book booking everyone everybody join along tickets ticket entry friend
    friends"""
)


def _an_events_place(draft: Draft, original: bool, start: int, end: int) -> bool:
    """The address or postcode at ``start:end`` is where an event is held, told by the event's
    day and time (``_EVENT_DAYS``, ``_CLOCK_TIME``) and a word asking everyone along
    (``_INVITING_WORDS``) in its sentence, which speaks of no home, person or relative (the
    names rule reads the addresses, so is not asked): "Carers' get-together, 7 Ash Grove, LS6
    2AB, Thursday 10.30, bring a friend", "Craft afternoon at 19 Victoria Road this Saturday
    1-4pm, no need to book" ("Tues 10am double up at 7 Ash Grove, bring the sling" is a call at
    a home)."""
    words = draft.words
    if _EVENT_DAYS.isdisjoint(words) or _INVITING_WORDS.isdisjoint(words):
        return False
    around = draft.analysis(_surroundings_of_original if original else _surroundings_of_text)
    own_start, _wide, own_end = around.sentences(start, end)
    if not around.has(_EVENT_DAYS, own_start, start, end, own_end):
        return False
    if not around.has(_INVITING_WORDS, own_start, start, end, own_end):
        return False
    text = around.text
    if _CLOCK_TIME.search(text, own_start, start) is None and (
        _CLOCK_TIME.search(text, end, own_end) is None
    ):
        return False
    return not around.has(_HOME_PERSON_OR_PRONOUN, own_start, start, end, own_end)


def _at_a_venue(draft: Draft, original: bool, start: int, end: int) -> bool:
    """The address or postcode at ``start:end`` (of the draft's original text, or of its
    normalised text) is a public place's or an office's: the sentences around it speak of a
    venue or an event, and its own sentence not of a home."""
    if _named_venue_before(draft.original if original else draft.text, start):
        return True
    if _premises_is_at(draft.original if original else draft.text, start):
        return True
    if _WORK_USE_AFTER.match(draft.original if original else draft.text, end):
        return True
    if not _OPENING_WORDS.isdisjoint(draft.words):
        around = draft.analysis(_surroundings_of_original if original else _surroundings_of_text)
        own_start, _wide, own_end = around.sentences(start, end)
        if _OPENING_HOURS.search(around.text, own_start, own_end) and not around.has(
            _HOME_NOUNS, own_start, start, end, own_end
        ):
            return True
    if "rated" in draft.words:
        around = draft.analysis(_surroundings_of_original if original else _surroundings_of_text)
        own_start, _wide, own_end = around.sentences(start, end)
        if _INSPECTION_GRADE.search(around.text, end, own_end) and not around.has(
            _HOME_NOUNS, own_start, start, end, own_end
        ):
            return True
    if "our" in draft.words:
        around = draft.analysis(_surroundings_of_original if original else _surroundings_of_text)
        if _our_premises(around, around.sentences(start, end)[0], start):
            return True
    if _an_events_place(draft, original, start, end):
        return True
    if not draft.analysis(_may_name_a_venue):
        if "the" not in draft.words:
            return False
        around = draft.analysis(_surroundings_of_original if original else _surroundings_of_text)
        own_start, wide_start, own_end = around.sentences(start, end)
        if around.has(places.HOME_WORDS, own_start, start, end, own_end):
            return _their_place(around, own_start, wide_start, start, end, own_end)
        return _called_the(around.text, own_start, start)
    around = draft.analysis(_surroundings_of_original if original else _surroundings_of_text)
    # An address over several short lines ("The Lantern Hub\n3 Sandy Lane\nWisbech PE13 2AW"):
    # the lines before it are read as the sentence before.
    text = around.text
    own_start, wide_start, own_end = around.sentences(start, end)
    if own_start and text[own_start - 1] == "\n" and own_end - own_start < _SHORT_LINE:
        own_start, wide_start, own_end = around.sentences(start, end, _BLOCK_LINES)
    if around.has(places.HOME_WORDS, own_start, start, end, own_end):
        # "their" referring back to an organisation or an event named before, where no one else
        # is ("the Citizens Advice ... still does drop ins? Their address online says ..."): the
        # place is theirs, as its number would be.
        return _their_place(around, own_start, wide_start, start, end, own_end)
    if _called_the(text, own_start, start):
        return True
    if _shop_on(around, own_start, start):
        return True
    # "St Mark's Hall, Vicarage Lane": a venue's word in the address's own name (a word that
    # names the street, "Church" of "Church Street", is none). Before the address, the nearer of
    # a venue's word and a person's word decides ("the gent at 12 Larkspur Close", "Dad is at 12
    # Mill Lane, by the church", but "Mum's favourite café, 3 Mill Lane"), and a possessive
    # ("Dad's postcode for the satnav is ...") always makes it a home; after it, a person's word
    # only where no venue's word stands before ("the mobility shop on Fore Street, ... fixed
    # Dad's scooter").
    if around._in(_VENUE_CUES, start, end):
        return True
    venue = around.last(_VENUE_CUES, own_start, start)
    person = around.last(places.PERSONAL_PLACE_WORDS, own_start, start)
    if person >= 0 and (person > venue or around._in(_POSSESSIVES, own_start, start)):
        return False
    if venue >= 0:
        return True
    # "visit us at 12 Whiteladies Road": an organisation's own premises.
    if _VISIT_US.search(text, max(own_start, start - _SERVICE_REACH), start):
        return True
    # "The GP surgery is at 3 Market Place" is the surgery's address; "take the meds from the
    # pharmacy to 12 Mill Lane" is not; nor is a service user's. "Our office has moved to 14
    # Park Row" is the office's own move. Named just before the address, the service decides
    # before a person's word after it ("Well Pharmacy, 9 Bridge Street, ... for the outlying
    # calls").
    service = around.last(places.SERVICE_WORDS, max(own_start, start - _SERVICE_REACH), start)
    if service >= 0 and not _SERVICE_USER.match(around.text, service):
        towards = around.last(_TOWARDS, service, start)
        # "New office from Monday: Unit 4, ...": a "from" or "for" of time says where the
        # service is from when, not where anything goes.
        if towards >= 0 and _OF_TIME.match(around.text, towards):
            towards = -1
        if towards < 0 or around.last(places.WEAK_HOME_WORDS, service, towards) >= 0:
            return True
    if around._in(places.PERSONAL_PLACE_WORDS, end, own_end):
        return False
    if around._in(_VENUE_CUES, end, own_end):
        return True
    # The sentence before, and the one after where it speaks of no one's home ("..., Tiverton
    # EX16 6RE, Sunday 2pm. Tickets £3, carers free").
    # (Read no further than ``_REACH`` after the address, as its own sentence is.)
    after = own_end
    if own_end < min(len(text), end + _REACH) and text[own_end] in ".!?\n":
        after = min(around.sentences(own_end + 1, own_end + 1)[2], end + _REACH)
        if around._in(_HOME_OR_PERSON, own_end, after):
            after = own_end
    if around.has(places.WEAK_HOME_WORDS, own_start, start, end, own_end):
        # "Our office has moved! New address: Unit 4, ...": an office's or a venue's move, told
        # in the sentence before, which speaks of no one's home.
        return (
            wide_start < own_start
            and around._in(_VENUE_OR_SERVICE, wide_start, own_start)
            and not around._in(_HOME_OR_PERSON, wide_start, own_start)
        )
    if around.has(_VENUE_CUES, own_start, start, end, after):
        return True
    # In the sentence before, a venue's or an event's word after any person's or home's word
    # there ("The choir's back on Tuesdays. St Mark's, ..."), not one before a person the sentence
    # then speaks of ("Can anyone from the choir visit my grandad? Flat 6, ...").
    return around.last(_VENUE_CUES, wide_start, own_start) > around.last(
        _HOME_OR_PERSON, wide_start, own_start
    )


# The name of a place on the address's first line, ending in a venue's or a service's word ("St
# Teilo's Church Hall, 8 Heol Fawr", "Penrhos Medical Centre, 3 Mill Lane"), or a care home's name
# given as the care home's ("Mum's care home is Ashlea Court, 88 Beck Road", "the nursing home,
# Glenview House, 3 Mill Lane"): capitalised words, then a comma, just before the address.
_PLACE_NAME_BEFORE = re.compile(
    r"(?:(?P<home>(?i:care|nursing|residential)[ \t]+(?i:home))[ \t]*(?:is|:|,|-|–)?[ \t]*"
    r"(?:(?:at|called)[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*"
    r"|(?<![\w'’])(?:[A-Z][\w'’.-]*[ \t]+){1,4}(?P<last>[A-Z][\w'’-]*))[ \t]*,[ \t]*$"
)
_PLACE_NAME_REACH = 64


# A premises' or an event's word as the subject of the address, just before it: "office is 112
# Raddle Lane", "the new office is at number nine, Brackenbeck Close", "the hub's address is now
# 5 Market Place", "Surgery: 3 Mill Row". The address is said to be that place's, whatever key
# safe or door the sentence speaks of.
_PREMISES_IS_AT = re.compile(
    r"(?<![\w'’])(?P<word>[^\W\d_]+)(?:['’]s)?(?:[ \t]{1,2}(?i:address))?[ \t]{0,2}"
    r"(?:(?i:is|are|has[ \t]{1,2}moved[ \t]{1,2}to|moved[ \t]{1,2}to)[ \t]{1,2}"
    r"(?:(?i:now)[ \t]{1,2})?(?:(?i:at)[ \t]{1,2})?|:[ \t]{0,2})$"
)
_PREMISES_IS_REACH = 48
# (Not "home", "house" or "flat", nor a person's: those are homes. Not "meeting" or "training",
# a word of what happens rather than where.)
_PREMISES_SUBJECTS = (places.SERVICE_WORDS | places.VENUE_WORDS) - word_set(
    "meet meets meeting meetings held holding hosting hosted training course courses session "
    "sessions coffee cake satnav donations drop-off collecting interviews applications "
    "registered business industrial entry admission"
)


# Opening hours in the address's sentence: "open Mon-Fri 9-4", "open 10 till 2", "opening times",
# "open daily", "open every Tuesday": a place open to the public, not a home.
_OPENING_WORDS = word_set("open opens opening")
_DAY_OR_TIME = (
    r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?i:daily|weekdays|every)\b|\d{1,2}(?:[.:]\d{2})?"
    + (r"[ \t]?(?i:am|pm)?[ \t]?(?:-|–|(?i:to|till|until))[ \t]?\d)")
)
_OPENING_HOURS = re.compile(
    r"(?<![\w'’])(?i:open|opens|opening)(?:[ \t]{1,2}(?i:hours|times)(?![\w'’])|[ \t:]{1,3}"
    r"(?:(?i:from|on|at|every)[ \t]{1,2})?" + _DAY_OR_TIME + r")"
)


# The address given as a service's premises for its staff, just after it: "9 Gower View is the
# new training flat", "31 Holly Grove's our staff base now". A home a service lets to the people
# it supports is spoken of by their word, not by its staff's use.
_WORK_USE_AFTER = re.compile(
    r"[ \t]{0,2}(?:[ \t](?i:is|will[ \t]{1,2}be)|['’]s)(?:[ \t]{1,2}(?i:now))?[ \t]{1,2}"
    r"(?i:the|our)(?:[ \t]{1,2}(?i:new|old|main))?[ \t]{1,2}"
    r"(?i:training|staff|team|office|admin|meeting|show)(?![\w'’])"
)


# An inspector's grade given after the address in its sentence: "Hollybank, 14 Quarry Road, ...
# has been rated Good by CQC". Only a registered service is graded: the place is the service's.
_INSPECTION_GRADE = re.compile(
    r"(?<![\w'’])(?i:rated)[ \t]{1,3}(?:(?i:as)[ \t]{1,3})?(?i:good|outstanding|excellent"
    r"|inadequate|requires[ \t]{1,3}improvement)(?![\w'’])"
)


def _premises_is_at(text: str, start: int) -> bool:
    """The address at ``start`` is given as a premises' own, with that place's word as its
    subject just before it ("office is 112 Raddle Lane", "the hub has moved to 5 Market
    Place"), not a person's or a home's."""
    m = _PREMISES_IS_AT.search(text, max(0, start - _PREMISES_IS_REACH), start)
    if m is None or m.group("word").lower() not in _PREMISES_SUBJECTS:
        return False
    # "pick up for the day centre is 22 Glebe Street": the place after a preposition is not the
    # subject; what is picked up, delivered or visited there is.
    word = m.start("word")
    return _PREPOSITION_BEFORE_PLACE.search(text, max(0, word - 40), word) is None


_PREPOSITION_BEFORE_PLACE = re.compile(
    r"(?<![\w'’])(?i:for|to|from|near|by|behind|opposite|past|after|beside|next)"
    r"(?:[ \t]{1,2}[\w'’-]+){0,3}[ \t]{1,2}$"
)


def _named_venue_before(text: str, start: int) -> bool:
    """Just before the address at ``start`` stands, with a comma, the name of a venue, an office
    or a service ("St Teilo's Church Hall, 8 Heol Fawr", "Kirkgate Dental, 41 Tannery Row") or of a
    care home given as one ("Mum's care home is Ashlea Court, 88 Beck Road"): the place's
    address, whoever the sentence speaks of."""
    m = _PLACE_NAME_BEFORE.search(text, max(0, start - _PLACE_NAME_REACH), start)
    if m is None:
        return False
    if m.group("home"):
        return True
    last = m.group("last").lower().replace("’", "'")
    named = last in _VENUE_OR_SERVICE or last in _ORGANISATION_ENDINGS
    return named and last not in _STREET_WORDS


# The last word of an organisation's name in capitals ("Larchfield Care, 9 Rowan Way", "Crossroads
# Trust, 4 Mill Row", "Citizens Advice, 29 Castle Street"): a company's, a charity's or a
# provider's name, not a house's.
_ORGANISATION_ENDINGS = word_set(
    "care healthcare homecare trust advice support foundation association partnership group "
    "ltd limited plc cic solutions services arms tavern"
)


_THEIR = frozenset(("their",))
_HOME_BUT_THEIR = places.HOME_WORDS - _THEIR


def _their_place(
    around: _Surroundings, own_start: int, wide_start: int, start: int, end: int, own_end: int
) -> bool:
    """The only home's word of the address's sentence is "their", before it, and it refers back
    to an organisation or an event named before it, in its sentence or the one before, which
    names no one ("Primrose Lodge have asked for staff for the summer fete, it's at their garden,
    PR7 2HL", "the Citizens Advice ... still does drop ins? Their address online says ..."): the
    place is theirs, as "their number" of an office is the office's (``_their_venue``)."""
    if around.has(_HOME_BUT_THEIR, own_start, start, end, own_end):
        return False
    if around.has(places.PERSONAL_PLACE_WORDS, own_start, start, end, own_end):
        return False
    pronoun = around.last(_THEIR, own_start, start)
    if pronoun < 0 or around._in(_THEIR, end, own_end):
        return False
    if around.last(_VENUE_OR_WORK, own_start, pronoun) >= 0:
        return True
    return around._in(_VENUE_OR_WORK, wide_start, own_start) and not around._in(
        _PERSONAL_PHONE_NOUNS | _HOME_NOUNS | places.PERSONAL_PLACE_WORDS, wide_start, own_start
    )


# A shop named by its brand, then where it is: "The Boots in Bangor on the High Street LL57 1NP",
# "Tesco on Fore Street, PL17 7AJ", "Flu jabs at Boots, 40 Briggate".
_SHOP_ON = re.compile(
    r"(?<![\w'’])(?i:"
    + "|".join(sorted(places.SHOP_BRANDS, key=lambda w: (-len(w), w)))
    + r")(?:['’]s)?(?:[ \t]{1,3}(?i:in|on|at)[ \t]|,)[^.!?\n]{0,50}$"
)
_SHOP_REACH = 64


def _shop_on(around: _Surroundings, own_start: int, start: int) -> bool:
    """The address or postcode at ``start`` is a shop's: its brand stands just before, with
    "in", "on" or "at" and the street or town after it, in a sentence that names no person
    before it ("Mum's at 12 Mill Lane near the Tesco" is hers), and nothing goes "to" or "from"
    it ("the Aldi, then walk to 4 Fern Close")."""
    lo = max(own_start, start - _SHOP_REACH)
    shop = _SHOP_ON.search(around.text, lo, start)
    if shop is None:
        return False
    if around._in(places.PERSONAL_PLACE_WORDS, own_start, start):
        return False
    return around.last(_TOWARDS, shop.start(), start) < 0


def _called_the(text: str, own_start: int, start: int) -> bool:
    """ "lunch with the residents at the Kelvingrove, Argyle Street": a place called "the" and its
    name, just before the address or postcode in its sentence, is a pub's, a museum's or a
    hall's, not a house's (a house's name is a plural or has a house word: "at the Laurels",
    "at the Old Forge")."""
    called = _AT_THE_NAME.search(text, max(own_start, start - 80), start)
    if called is None:
        return False
    last = called.group("last")
    return not last.endswith("s") and last.lower() not in _ANY_HOUSE_NAME_WORD


# An address's own line shorter than this, after a line break, is a line of an address block.
_SHORT_LINE = 48
_BLOCK_LINES = 3
_VENUE_CUES = places.VENUE_WORDS | places.EVENT_WORDS
_VENUE_OR_SERVICE = _VENUE_CUES | places.SERVICE_WORDS
_HOME_OR_PERSON = places.HOME_WORDS | places.PERSONAL_PLACE_WORDS
_POSSESSIVES = frozenset(
    w for w in places.PERSONAL_PLACE_WORDS if w.endswith("'s") and w not in ("she's", "he's")
)


_SERVICE_USER = re.compile(r"(?i:services?\s+users?)\b")
# "at the Kelvingrove, Argyle Street, Glasgow G3 8AG": what stands between the place's name and
# the address or postcode holds no sentence's end.
_AT_THE_NAME = re.compile(
    r"(?<![\w'’])at[ \t]{1,3}the[ \t]{1,3}(?:[A-Z][\w'’]{1,20}[ \t]{1,3})?"
    r"(?P<last>[A-Z][\w'’]{1,20}),[ \t]{1,3}[^.!?\n]{0,40}$"
)
_PREMISES_REACH = 24
_VISIT_US = re.compile(r"(?i:\bvisit(?:s|ing)?[ \t]+(?:us|our)\b)")
# Premises named just before a phone number ("ring the shop 0121 ...", "call the surgery on"), or
# before "landline" ("the office landline"): the number is the place's.
_PREMISES = places.SERVICE_WORDS | word_set(
    """shop shops centre center church chapel hall library club pub hotel cafe café school
    college museum theatre cinema mosque temple gurdwara synagogue mandir venue desk reception
    depot store supermarket gym hospice"""
)


# How far before an address or postcode a service's name is read ("our registered office is 5
# Albion Street, Hull, HU1 3TE").
_SERVICE_REACH = 60
_TOWARDS = word_set("to from for into towards")
_OF_TIME = re.compile(
    r"(?i:from|for|to)[ \t]{1,3}(?:(?:next|this)[ \t]{1,3})?(?i:"
    + "|".join(
        sorted(
            dates.WEEKDAYS | word_set("today tomorrow now tonight week month"),
            key=lambda w: (-len(w), w),
        )
    )
    + r")(?![\w'’])"
)


# An organisation's own unit, group or premises, named after "our" just before an address
# ("We are pleased to announce our new respite unit at Hollins Park, WA2 8WA", "Our support group
# is at Tŷ Hapus, Stryd Fawr, Bala LL23 7AG"): "our" then up to two lower-case words and the
# unit's, a venue's or a service's word.
_OUR_UNIT = re.compile(
    r"(?<![\w'’])(?i:our)[ \t]{1,2}(?P<words>(?:[a-z][\w'’-]*[ \t]{1,2}){0,2}[a-z][\w'’-]*)"
    r"(?![\w'’])"
)
_OUR_UNIT_REACH = 80
_UNIT_NOUNS = _VENUE_OR_SERVICE | word_set(
    "unit units group groups team teams base site sites project projects scheme schemes"
)
# (A service user is a person: "Our service user at 4 Rowan Close".)
_NOT_OURS = (
    _HOME_OR_PERSON
    | _RELATIVE_WORDS
    | places.PERSONAL_PHONE_WORDS
    | _TOWARDS
    | word_set("user users member members")
)


def _our_premises(around: _Surroundings, own_start: int, start: int) -> bool:
    """The address or postcode at ``start`` is an organisation's own: "our" and its unit's, a
    venue's or a service's word stand before it in its sentence ("our new respite unit at ...",
    "Our support group is at ..."), with no home's, person's or relative's word after "our" and
    nothing going "to" or "from" it ("our team drives out to 4 Fern Close" is a home)."""
    text = around.text
    lo = max(own_start, start - _OUR_UNIT_REACH)
    ours = None
    for m in _OUR_UNIT.finditer(text, lo, start):
        ours = m
    if ours is None:
        return False
    words = ours.group("words").lower().replace("’", "'").split()
    if _NOT_OURS.intersection(words) or _UNIT_NOUNS.isdisjoint(words):
        return False
    return not around._in(_NOT_OURS, ours.end(), start)


def _work_phone(draft: Draft, start: int, end: int) -> bool:
    """The phone number at ``start:end`` of the normalised text is an office's or a service's
    line: the sentences around it speak of one, and its own sentence not of a person."""
    # "0161 496 0290 ext 4412": a switchboard's number, with an extension after it.
    if _EXTENSION_AFTER.match(draft.text, end):
        return True
    around = draft.analysis(_surroundings_of_text)
    own_start, wide_start, own_end = around.sentences(start, end)
    if _premises_line(around, own_start, start, end, own_end):
        return True
    if around.has(_PERSONAL_PHONE_NOUNS, own_start, start, end, own_end):
        return False
    # A short sentence before that speaks of no one ("Anyone got the on-call mobile? Mine's the
    # old one. Tried 07700 ..."): the one before it is read too.
    if (
        0 < wide_start < own_start
        and own_start - wide_start < _SHORT_LINE
        and not around._in(_PERSONAL_PHONE_WORDS_OR_HOME, wide_start, own_start)
    ):
        own_start, wide_start, own_end = around.sentences(start, end, 2)
    if around.has(places.PERSONAL_PHONE_WORDS, own_start, start, end, own_end):
        # Premises named just before the number, after any pronoun ("Jade's done her first
        # shift at the charity shop, ring the shop 0121 ..."): the place's line.
        premises = around.last(_PREMISES, max(own_start, start - _PREMISES_REACH), start)
        if (
            premises >= 0
            and premises > around.last(places.PERSONAL_PHONE_WORDS, own_start, start)
            and not around._in(places.PERSONAL_PHONE_WORDS, end, own_end)
        ):
            return True
        # Only "her", "his" or "their": a person's, unless the number is a landline and the
        # pronoun, before it, refers back to an office or a service named before it in its
        # sentence ("Sandy from the pharmacy ... ring her on 0121 496 0387", "the Red Cross lend
        # them, ring their depot on 0117 ...").
        # Or a pronoun only after the number, in a sentence that gives it as an office's before
        # it ("ring the office on 0117 496 0860 and ask for Marguerite, she's running it").
        if _their_venue(draft, around, own_start, wide_start, start, end, own_end):
            return True
        if not _landline(draft.text[start:end]):
            # A mobile: a worker's, named by their trade before the pronoun.
            before = around.last(places.PERSONAL_PHONE_WORDS, own_start, start)
            if around.last(_WORKER_ROLES, own_start, before if before >= 0 else own_end) >= 0:
                return True
            if _from_an_office(around, own_start, before):
                return True
            # Or named in the sentence before, which names no one else ("Anyone need a plumber?
            # Dave sorted my boiler, he's on ...").
            return around._in(_WORKER_OR_COLLEAGUE, wide_start, own_start) and not around._in(
                _PERSONAL_PHONE_NOUNS | _HOME_NOUNS, wide_start, own_start
            )
        # "his home number is ...": a person's home, whatever office the sentence names.
        # "Thank you to the Crossroads office, ... Their number is ...": "their" (or "they")
        # refers back to an office or a service of the sentence before, where no person is named.
        pronoun = around.last(places.PERSONAL_PHONE_WORDS, own_start, start)
        if pronoun < 0:
            return around.last(places.WORK_PHONE_WORDS, own_start, start) >= 0
        if _HOME_AFTER_PRONOUN.match(around.text, pronoun):
            return False
        if around._in(places.PERSONAL_PHONE_WORDS, end, own_end):
            return False
        if around.last(places.WORK_PHONE_WORDS, own_start, pronoun) >= 0:
            return True
        return (
            _PLURAL_PRONOUN.match(around.text, pronoun) is not None
            and around._in(places.WORK_PHONE_WORDS, wide_start, own_start)
            and not around._in(_PERSONAL_PHONE_NOUNS, wide_start, own_start)
        )
    if around.has(_WORK_OR_COLLEAGUE, own_start, start, end, own_end):
        return True
    # An office, a service or a tradesman in the sentence before, named after any relative or
    # client there ("Dad's on dialysis, anyone had any luck with the council? Ring ...", "Need
    # a plumber? Gaz did our heating, 07700 ..."), not before one whose number it then speaks of
    # ("Social services want me to give out my dad's number?? It's ...").
    if around.last(_WORK_COLLEAGUE_OR_WORKER, wide_start, own_start) > around.last(
        _PERSONAL_PHONE_NOUNS, wide_start, own_start
    ):
        return True
    return _venue_line(draft, around, own_start, wide_start, start, end, own_end)


_EXTENSION_AFTER = re.compile(r"[ \t,]{0,3}\(?(?i:ext|extn|extension|x)\.?[ \t:]{0,2}\d{2,6}(?!\d)")

# A person named by where they work, "from" it: "Rachel from recruitment", "Sandy from the
# pharmacy", "the lady from the agency", "Jo from our office".
_FROM_AN_OFFICE = re.compile(r"(?<![\w'’])(?i:from)[ \t]{1,2}(?:(?i:the|our|your)[ \t]{1,2})?")
_OFFICE_WORDS = places.WORK_PHONE_WORDS | places.SERVICE_WORDS | places.COLLEAGUE_WORDS


def _from_an_office(around: _Surroundings, own_start: int, pronoun: int) -> bool:
    """The pronoun at ``pronoun`` (before a mobile, in its sentence from ``own_start``) is the
    first word of a person in the sentence, and before it someone is named "from" an office, a
    team or a service (``_FROM_AN_OFFICE``): that worker's number ("Rachel from recruitment
    says ring her on 07700 ..."), not a relative's or a client's."""
    if pronoun < 0 or around.last(places.PERSONAL_PHONE_WORDS, own_start, pronoun) >= 0:
        return False
    text = around.text
    for m in _FROM_AN_OFFICE.finditer(text, own_start, pronoun):
        if around._in(_OFFICE_WORDS, m.end(), m.end() + 1):
            return True
    return False


# Premises and offices that give a landline just after their name ("Kirkgate Dental 0113 ...",
# "the council said ring 0161 ...", "lunch club number is 0121 ...").
_LINE_PREMISES = _PREMISES | word_set("council councils helpline switchboard")
# Where the number's own clause ends after it: a comma, a closing bracket, a dash or a
# semicolon (a bracket opened just after it says whose the number is: "0113 ... (her home)").
_CLAUSE_AFTER = re.compile(r"[,;)\]]|[ \t][-–—][ \t]")


def _premises_line(
    around: _Surroundings, own_start: int, start: int, end: int, own_end: int
) -> bool:
    """The landline at ``start:end`` is the line of premises named just before it, with no
    person's or home's word between them nor in the number's own clause after it: "Mrs P's
    appointment is now at Kirkgate Dental 0113 ...", "for the wheelchair ring the service centre
    on 0117 ..., they came to my husband", "mum needs one, the council said ring 0161 ...", but
    not "the surgery has her landline 0113 ..." nor "ring the centre on 0113 ... (her home)"."""
    if not _landline(around.text[start:end]):
        return False
    premises = around.last(_LINE_PREMISES, max(own_start, start - _PREMISES_REACH), start)
    if premises < 0 or around._in(_PERSONAL_PHONE_WORDS_OR_HOME, premises, start):
        return False
    clause = _CLAUSE_AFTER.search(around.text, end, own_end)
    clause_end = clause.start() if clause else own_end
    return not around._in(_PERSONAL_PHONE_WORDS_OR_HOME, end, clause_end)


def _venue_line(
    draft: Draft,
    around: _Surroundings,
    own_start: int,
    wide_start: int,
    start: int,
    end: int,
    own_end: int,
) -> bool:
    """The number at ``start:end``, in a sentence that names no person by a pronoun or a family
    word, is a venue's or an event's: its sentence or the one before speaks of a public place or
    an event ("Memory café is back! St Aidan's church hall, ... Ring Pauline on 0117 ..."), and
    its own sentence of no home ("lives", "flat", "client") and of no one the names rule finds."""
    if not draft.analysis(_may_name_a_venue):
        return False
    if not around.has(_VENUE_CUES, wide_start, start, end, own_end) and not _an_events_time(
        draft, around, wide_start, own_start
    ):
        return False
    if around.has(_HOME_NOUNS, own_start, start, end, own_end):
        return False
    lo, hi = draft.to_original(own_start, own_end)
    return not any(lo <= span.start < hi for span in draft.analysis(_names_found))


def _an_events_time(draft: Draft, around: _Surroundings, lo: int, hi: int) -> bool:
    """``text[lo:hi]`` (the sentence before a contact's) gives an event's day and time
    (``_EVENT_DAYS``, ``_CLOCK_TIME``) and speaks of no home, person or relative: "... we'll be
    at The Copper Kettle, 7 Bridge Street, every second Tuesday 2-4pm. Contact Wendell ..."."""
    if lo >= hi or _EVENT_DAYS.isdisjoint(draft.words):
        return False
    return (
        around._in(_EVENT_DAYS, lo, hi)
        and _CLOCK_TIME.search(around.text, lo, hi) is not None
        and not around._in(_HOME_PERSON_OR_PRONOUN, lo, hi)
    )


def _their_venue(
    draft: Draft,
    around: _Surroundings,
    own_start: int,
    wide_start: int,
    start: int,
    end: int,
    own_end: int,
) -> bool:
    """The number at ``start:end`` follows "their" or "they" that refers back to a venue, an
    office or a service named before it, in its sentence or the one before, where no one is
    named by a family word and no home is spoken of ("Boots on Market Street are doing the flu
    jabs, their number's ...", "the church is Our Lady's on Devonia Road, they have number
    ...", "... still do the carers' drop in? Their number was ...")."""
    pronoun = around.last(places.PERSONAL_PHONE_WORDS, own_start, start)
    if pronoun < 0 or _PLURAL_PRONOUN.match(around.text, pronoun) is None:
        return False
    if _HOME_AFTER_PRONOUN.match(around.text, pronoun) or around.has(
        _HOME_NOUNS, own_start, start, end, own_end
    ):
        return False
    if around._in(places.PERSONAL_PHONE_WORDS, end, own_end):
        return False
    if around.last(_VENUE_OR_WORK, own_start, pronoun) >= 0:
        return True
    return around._in(_VENUE_OR_WORK, wide_start, own_start) and not around._in(
        _PERSONAL_PHONE_NOUNS | _HOME_NOUNS, wide_start, own_start
    )


_PERSONAL_PHONE_NOUNS = places.PERSONAL_PHONE_WORDS - word_set(
    "her his their ei she he she's he's shes hes"
)
# The words of HOME_WORDS that speak of a home or a person supported, not the pronouns and
# titles the phone rule reads on their own.
_HOME_NOUNS = places.HOME_WORDS - word_set("her his their mr mrs ms miss")
_PERSON_OR_HOME = _PERSONAL_PHONE_NOUNS | _HOME_NOUNS
_PERSON_NOT_AT_HOME = places.PERSONAL_PHONE_WORDS | (_HOME_NOUNS - word_set("home house"))
_VENUE_OR_WORK = _VENUE_CUES | places.WORK_PHONE_WORDS
_WORKER_OR_COLLEAGUE = places.WORKER_WORDS | places.COLLEAGUE_WORDS
_WORK_OR_COLLEAGUE = places.WORK_PHONE_WORDS | places.COLLEAGUE_WORDS
# (And a manager or a deputy named before the pronoun: "our office manager Mrs Okafor is
# 07700 ..., she wants ...".)
_WORKER_ROLES = _WORKER_OR_COLLEAGUE | word_set("manager deputy director")
_WORK_COLLEAGUE_OR_WORKER = _WORK_OR_COLLEAGUE | places.WORKER_WORDS
_PERSONAL_PHONE_WORDS_OR_HOME = places.PERSONAL_PHONE_WORDS | _HOME_NOUNS
_HOME_AFTER_PRONOUN = re.compile(r"(?i:her|his|their)[ \t]+(?i:home)\b")
_PLURAL_PRONOUN = re.compile(r"(?i:their|they)\b")


def _landline(number: str) -> bool:
    """``number`` is a UK geographic or non-geographic landline (01, 02 or 03), not a mobile."""
    digits = digits_of(number)
    if digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")
    return digits[:2] in ("01", "02", "03")


def _alternatives(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first (the same pattern whatever the hash seed)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# A Welsh street: its street word first, then its name, perhaps after the article ("Heol y Wern",
# "Lôn Las", "Rhodfa'r Môr", "Maes yr Haf").
_WELSH_STREET = (
    r"(?i:" + _alternatives(places.WELSH_STREET_WORDS) + r")"
    r"(?:\s+(?i:y|yr)\s+|['’]r\s+|\s+)[A-ZÂÊÎÔÛŴŶ][\w'’]*(?:\s+[A-ZÂÊÎÔÛŴŶ][\w'’]+)?"
)
# A street without a house number, English or Welsh.
_ANY_STREET = (
    r"(?:(?:[A-Z][a-z'’]+\s+"
    + _STREET_PARTICLE
    + r"){1,3}(?i:"
    + _STREET_TYPES
    + r")\b|"
    + _WELSH_STREET
    + r")"
)
# A house number and a Welsh street: "9 Lôn y Felin", "27 Heol y Wern"; or a street named like a
# house, after a house number ("2 Bryn Teg", "14 Pen y Bryn", "3 Glan yr Afon").
_NUMBERED_WELSH_HOUSE = (
    r"(?:"
    + _alternatives(w.capitalize() for w in places.WELSH_HOUSE_WORDS)
    + r")\s+(?:(?:y|yr)\s+)?[A-ZÂÊÎÔÛŴŶ][\w'’]*"
)
_WELSH_NUMBERED = re.compile(
    r"(?P<id>"
    + not_after(r"\d", r"[\w£$.,:/-]")
    + r"\d{0,3}[A-Za-z]?,?\s+(?:"
    + _WELSH_STREET
    + "|"
    + _NUMBERED_WELSH_HOUSE
    + "))"
    r"(?!\w)"
)
# The same typed all in lower case, as phones type it: a house number, then a Welsh street word
# and its name ("2 heol y felin", "17 maes y coed", "5 lon las"), or a Welsh house word, the
# article and a name ("4 tyn y coed", "14 pen y bryn"), which alone would be English words as
# often. Only the street words' plain forms: a mutated one follows a preposition, not a number.
_LOWER_WELSH_STREET_WORDS = word_set(
    """heol hewl ffordd stryd lôn lon rhodfa cilgant teras maes clos cwrt llwyn sgwâr sgwar parc
    gerddi cae allt"""
)
# Without the article, only the street words that are no English word nor a common Welsh one
# ("2 parc runs", "3 cae"), and not before a little English word.
_LOWER_WELSH_STREET_ALONE = word_set("heol hewl ffordd stryd lôn rhodfa cilgant teras maes")
_LITTLE_WORDS = word_set("a an and or the to of for on in at is")
_LOWER_WELSH_NUMBERED = re.compile(
    r"(?P<id>"
    + not_after(r"\d", r"[\w£$.,:/-]")
    + r"\d{0,2}[a-z]?,?[ \t]{1,3}(?:(?:"
    + _alternatives(_LOWER_WELSH_STREET_WORDS)
    + r")(?:[ \t]{1,3}(?:y|yr)[ \t]{1,3}|['’]r[ \t]{1,3})|(?:"
    + _alternatives(_LOWER_WELSH_STREET_ALONE)
    + r")[ \t]{1,3}(?!(?:"
    + _alternatives(_LITTLE_WORDS)
    + r")(?![\w'’]))|(?:"
    + _alternatives(places.WELSH_HOUSE_WORDS - places.WELSH_BLOCK_WORDS)
    + r")[ \t]{1,3}(?:y|yr)[ \t]{1,3})[a-zâêîôûŵŷ][a-zâêîôûŵŷ'’]{1,20})(?![\w'’])"
)
# A named home ("Tŷ Gwyn", "Rose Cottage") and its street: "Ty Newydd, Heol y Wern".
_NAMED_HOUSE = (
    r"(?:(?:" + _alternatives(w.capitalize() for w in places.WELSH_HOUSE_WORDS) + r")"
    r"\s+(?:(?:y|yr)\s+)?[A-ZÂÊÎÔÛŴŶ][\w'’]*"
    r"|(?:[A-Z][\w'’]+\s+){1,2}(?:"
    + _alternatives(w.capitalize() for w in places.HOUSE_WORDS)
    + r"))"
)
_NAMED_HOUSE_ON_STREET = re.compile(
    r"(?<![\w'’])(?P<id>" + _NAMED_HOUSE + r",?\s+" + _ANY_STREET + r")(?!\w)"
)
# A flat or apartment and its number, perhaps in a named building and on a street: "Flat 12 Beech
# House, Tanner Street", "flat 4 Garth House", "Apartment 14, Kirkstall Mill", "flat 9".
# A building named with "the" and no house word ("Apartment 3, The Sidings, Canal Street") is read
# only with its street after it: "flat 4 The ..." alone may open a sentence.
_FLAT = re.compile(
    r"(?<![\w'’])(?P<id>(?i:flat|apartment|apt\.?)\s+\d{1,4}[A-Za-z]?(?![\w/.:-]|\s*(?i:bed|%))"
    r"(?:,?\s+(?:" + _NAMED_HOUSE + r"(?:,?\s+" + _ANY_STREET + r")?"
    r"|The\s+[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?,?\s+" + _ANY_STREET + r"))?)(?!\w)"
)


# Where a named home can start: at a Welsh house word, or a word or two before an English one
# ("Rose Cottage"). The named-home pattern is tried only there: a scan of it from every capital
# of a long draft was slow.
# (Each is looked for without a look-behind first, which would keep the engine from skipping
# ahead to the words' first letters; what comes before is checked by ``_starts_word``.)
_WELSH_HOUSE_START = re.compile(
    r"(?:" + _alternatives(w.capitalize() for w in places.WELSH_HOUSE_WORDS) + r")\s"
)
_HOUSE_WORDS = frozenset(places.HOUSE_WORDS)
_HOUSE_WORD = re.compile(
    r"(?:" + _alternatives(w.capitalize() for w in places.HOUSE_WORDS) + r")(?!\w)"
)


def _starts_word(source: str, at: int) -> bool:
    return at == 0 or not (source[at - 1].isalnum() or source[at - 1] in "_'’")


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "'’"


def _house_name_start(source: str, at: int) -> int | None:
    """Where the one or two capitalised words just before the house word at ``at`` start ("Rose"
    of "Rose Cottage", "Old Mill" of "Old Mill House"), or None: stepped back over by hand, each
    word of at most 24 characters, so the cost is the same however long the draft."""
    start = None
    for _ in range(2):
        gap = at
        while gap > 0 and at - gap < 4 and source[gap - 1].isspace():
            gap -= 1
        if gap == at:
            break
        word = gap
        while (
            word > 0
            and gap - word < 24
            and (source[word - 1].isalnum() or source[word - 1] in "'’")
        ):
            word -= 1
        if word == gap or not ("A" <= source[word] <= "Z") or not _starts_word(source, word):
            break
        start = at = word
    return start


def _named_homes(draft: Draft) -> Iterable[re.Match[str]]:
    """The matches of ``_NAMED_HOUSE_ON_STREET``, tried only where a named home can start, in a
    draft with a Welsh or an English house word."""
    source = draft.text
    last_end = -1
    for start in draft.analysis(_named_home_starts):
        if start < last_end:
            continue
        home = _NAMED_HOUSE_ON_STREET.match(source, start)
        if home is not None:
            last_end = home.end()
            yield home


# A named home with no street: a Welsh house word and the name after it ("Bryn Awel", "Pen y
# Bryn"), or one or two capitalised words and the word of a private home ("Highfield Cottage",
# "Moorside Farm"); not the words of care homes, halls and blocks ("House", "Court", "Lodge"),
# which name workplaces and venues as often.
_HOME_ALONE = re.compile(
    r"(?P<id>(?:"
    + _alternatives(w.capitalize() for w in places.WELSH_HOUSE_WORDS - places.WELSH_BLOCK_WORDS)
    + r")[ \t]{1,3}(?:(?:y|yr)[ \t]{1,3})?(?P<welsh>[A-ZÂÊÎÔÛŴŶ][\w'’]{0,23})"
    r"|(?:[A-Z][\w'’]{1,23}[ \t]{1,3}){1,2}(?:"
    + _alternatives(w.capitalize() for w in places.PRIVATE_HOUSE_WORDS)
    + r"))(?![\w'’])"
)
_HOME_PREPOSITIONS = word_set("at in to from is")
# Words before "at" or "to" that say a person's home follows: a pronoun (typed without its
# apostrophe too: "hes the one at Lochside Cottage"), "the lady", living or going home, and the
# Welsh for a father or a grandparent ("Tad at Tyddyn Bach").
_WHOSE_HOME = word_set(
    """he she him her his they hes shes lives living live lived moved home back lady gent
    gentleman tad taid nain"""
)
# A care round's words before "at": "a new call at Bryn Eithin", "client at Ty Gwyn", "the
# keysafe at Rose Cottage" (a key safe hangs by a home's door).
_CALL_WORDS = word_set("call calls visit visits client clients keysafe keysafes")
# "can't go home to The Laurels", "lives at The Willows": a house named with "The" and a plural.
# (Scanned from "The", a literal start the engine skips to quickly; the words before are read
# back from there.)
_THE_PLURAL = re.compile(r"The(?<![\w'’]The)[ \t]{1,3}[A-Z][a-z]{1,23}s(?![\w'’])")
_HOME_TO_BEFORE = re.compile(
    r"(?<![\w'’])(?i:home|lives|living|live|back)[ \t]{1,3}(?:to|at|in)[ \t]{1,3}$"
)
_AFTER_A_VENUE_NAME = word_set(
    """care nursing residential tearoom tearooms tea cafe café shop hotel inn pub restaurant
    garden gardens centre hospice surgery b&b bed"""
)


_VENUE_IN_A_NAME = places.VENUE_WORDS | word_set("community city urban open care")


def _named_homes_alone(draft: Draft, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Named homes with no street (``_HOME_ALONE``) right after "at", "in", "to" or "from" whose
    few words before name a person ("Mrs Bevan at Bryn Awel", "Cyril up at Highfield Cottage"),
    and "home to The Laurels"; not where the words after make it a venue's name ("Rose Cottage
    tearooms", "The Grange care home"), nor inside an address found already (``taken``)."""
    source = draft.text
    found: list[tuple[int, int]] = []
    in_an_address = _covering(taken)
    for start in draft.analysis(_named_home_starts):
        if in_an_address(start):
            continue
        home = _HOME_ALONE.match(source, start)
        if home is None or _glued_capital_after(source, home.end()) is not None:
            continue
        welsh = home.group("welsh")
        if welsh and names.is_surname(welsh) and not names.is_common_word(welsh):
            continue  # "thanks to Bryn Jones": a person
        if not _VENUE_IN_A_NAME.isdisjoint(home.group("id").lower().split()):
            continue  # "Ashgrove Community Farm": a venue's name
        after = _words_after(source, home.end())
        if after and (after[0] in _AFTER_A_VENUE_NAME or after[0] in places.VENUE_WORDS):
            continue
        if (_whose_home_before(source, start) or _town_line_after(source, home.end())) and not (
            _care_place_before(source, start) or _come_away_from(source, start)
        ):
            found.append(home.span("id"))
    if " The " in source and ("home" in draft.lower or "live" in draft.lower):
        found += [
            m.span()
            for m in _THE_PLURAL.finditer(source)
            if _HOME_TO_BEFORE.search(source, max(0, m.start() - 20), m.start())
        ]
    return found


# A named home on an address line, its town after a comma: "Ty Gwyn, Llanrug, the white cottage
# after the chapel", "lives alone at Tŷ Capel, Rhydlewis", "Low Burn Cottage, Acomb NE46 4PX".
# The town is one or two capitalised words, not a day, a month, a title or a kinship word ("Rose
# Cottage, Thursday", "Hafod Farm, Mrs Lloyd's"), nor a person's possessive; a venue's name is
# told by the address reading's sentence (``_at_a_venue``), as for any other address.
_TOWN_AFTER_HOME = re.compile(
    r",[ \t]{1,3}(?P<town>[A-Z][a-zâêîôûŵŷ'’\-]{2,23})(?:[ \t]{1,2}[A-Z][a-zâêîôûŵŷ\-]{2,23})?"
    r"(?![\w'’])"
)
_NOT_TOWNS = dates.WEEKDAYS | frozenset(_MONTHS) | _TITLE_WORDS | people.KIN_AND_HONORIFICS


# The few words before a named home that make it a care home's or a venue's name: "Mum's care
# home is Bryn Awel, Mold", "respite at the hospice, Tŷ Enfys, Rhyl".
_CARE_PLACE_WORDS = _HOME_KINDS | places.VENUE_WORDS | places.SERVICE_WORDS | word_set("respite")


def _care_place_before(source: str, start: int) -> bool:
    """One of the up to four words before ``start``, in its sentence, is a care home's, a
    venue's or a service's word (``_CARE_PLACE_WORDS``)."""
    window = _last_sentence_of(source[max(0, start - 40) : start])
    return any(token.lower() in _CARE_PLACE_WORDS for token in _TOKEN.findall(window)[-4:])


# Words before "from" that say a person has come away from the place named after it, to their
# home: "she's home from Glan Clwyd", "back from Bryn Haul", "discharged from Ty Olwen".
_AWAY_FROM = word_set("home back discharged")


def _come_away_from(source: str, start: int) -> bool:
    """``start`` follows "from", and the word before it is one of ``_AWAY_FROM``."""
    prep = _glued_before(source, start)
    if prep is None or prep[0].lower() != "from":
        return False
    before = _glued_before(source, prep[1])
    return before is not None and before[0].lower() in _AWAY_FROM


def _town_line_after(source: str, end: int) -> bool:
    """A town follows the named home ending at ``end`` on its line (``_TOWN_AFTER_HOME``)."""
    m = _TOWN_AFTER_HOME.match(source, end)
    return (
        m is not None
        and m.group("town").lower() not in _NOT_TOWNS
        and not source.startswith(("'s", "’s"), m.end())
    )


def _whose_home_before(source: str, start: int) -> bool:
    """``start`` follows "at", "in", "to", "from" or "is", and the up to four words before that,
    in its sentence, name a person (a title, a kinship word, "the lady", a listed name that is no
    ordinary word, a pronoun), a care call ("tea call is Low Gill Farm") or their going home."""
    prep = _glued_before(source, start)
    if prep is None or prep[0].lower() not in _HOME_PREPOSITIONS:
        return False
    window = _last_sentence_of(source[max(0, prep[1] - 50) : prep[1]])
    tokens = _TOKEN.findall(window)[-4:]
    if any(token.lower() in people.ROLES for token in tokens):
        return False  # "deputy manager at Tŷ Celyn": a workplace
    for token in tokens:
        word = token.lower().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if (
            word in _TITLE_WORDS
            or word in _WHOSE_HOME
            or word in _CALL_WORDS
            or word in people.KIN_AND_HONORIFICS
            or word in people.NICKNAME_PREFIXES
        ):
            return True
        if (
            token[:1].isupper()
            and (names.is_given_name(word) or names.is_surname(word) or names.is_short_form(word))
            and not names.is_common_word(word)
            and word not in NOT_NAMES_LOWER
        ):
            return True
    return False


def _house_words(draft: Draft) -> Iterable[re.Match[str]]:
    """The matches of ``_HOUSE_WORD`` that start a word, and perhaps others: tried only where a
    house word of the draft's words stands whole, not by a scan stopping at every capital of the
    text. (A house word is letters alone, so no match that starts a word lies inside another.)"""
    words = draft.ascii_words
    if words is None:
        return _HOUSE_WORD.finditer(draft.text)
    starts = sorted({at for word in _HOUSE_WORDS if word in words for at in draft.starts(word)})
    text = draft.text
    return [m for at in starts if (m := _HOUSE_WORD.match(text, at)) is not None]


def _named_home_starts(draft: Draft) -> list[int]:
    """Where a named home can start: at a Welsh house word, or a word or two before an English
    one, in a draft with one of them."""
    source = draft.text
    starts = set()
    if _ANY_WELSH_HOUSE_WORD(draft):
        starts = {
            m.start()
            for m in _WELSH_HOUSE_START.finditer(source)
            if _starts_word(source, m.start())
        }
    for m in _house_words(draft) if _ANY_HOUSE_WORD(draft) else ():
        if not _starts_word(source, m.start()):
            continue
        name = _house_name_start(source, m.start())
        if name is not None:
            starts.add(name)
    return sorted(starts)


class _AnyWord:
    """A test of whether one of ``words`` (lower-case) may be a word of a draft: a set test on
    its ASCII words, and a look in its lower-cased text for the words written with other letters
    or marks ("lôn", "tŷ", "drop-in")."""

    def __init__(self, words: frozenset[str]) -> None:
        self.plain = frozenset(w for w in words if w.isascii() and w.isalnum())
        self.other = tuple(sorted(words - self.plain))
        self.every = tuple(sorted(words))

    def __call__(self, draft: Draft) -> bool:
        ascii_words = draft.ascii_words
        folded = draft.folded
        if ascii_words is None:
            return any(word in folded for word in self.every)
        return not self.plain.isdisjoint(ascii_words) or any(word in folded for word in self.other)


_ANY_WELSH_STREET_WORD = _AnyWord(places.WELSH_STREET_WORDS)
_ANY_WELSH_HOUSE_WORD = _AnyWord(places.WELSH_HOUSE_WORDS)
_ANY_HOUSE_WORD = _AnyWord(places.HOUSE_WORDS)
_ANY_VENUE_OR_SERVICE_WORD = _AnyWord(
    places.VENUE_WORDS | places.EVENT_WORDS | places.SHOP_BRANDS | places.SERVICE_WORDS
)


# A house number and a street typed all in lower case ("42 alder rd", "7 mill lane"): only the
# street words that name nothing else, after one or two words that are not a unit or a count
# ("10 min drive", "2 more close calls").
_LOWER_STREET_WORDS = word_set(
    "road rd street avenue ave lane close crescent cres drive gardens gdns terrace grove mews"
)
# (Read back from each street word: what stands before it, up to the word itself.)
_LOWER_NUMBER_AND_NAME = re.compile(
    r"(?<![\w£$.,:/-])\d{1,4}[a-z]?,?[ \t]+(?P<words>(?:[a-z][a-z'’]+[ \t]+){1,2})$"
)
# A named home in lower case, a comma, then its street's name in lower case, read back from the
# street's word: "the old forge, bwlch road", "rose cottage, top lane", "2 ty gwyn, llanfair
# road", as a round's message types them. The name is a word or two of its own and a private
# home's word (``places.PRIVATE_HOUSE_WORDS``: "the community hall, mill lane" is no one's home;
# "the stables, mill lane", with no name, may be a riding school), or a Welsh house word and a
# word after it.
# (A word of the sentence around it, not of the name: "at rose cottage, top lane".)
_LINKING_WORDS = r"(?:at|to|in|on|for|from|and|is|was|of|by|near|with|the|a|an)[ \t]"
_LOWER_HOME_AND_STREET = re.compile(
    r"(?<![\w'’])(?:\d{1,3}[a-z]?[ \t]+)?(?:(?:the[ \t]+)?(?:(?!" + _LINKING_WORDS + r")"
    r"[a-z][a-z'’]+[ \t]+){1,2}(?:"
    + _alternatives(places.PRIVATE_HOUSE_WORDS)
    + r")|(?:"
    + _alternatives(places.WELSH_HOUSE_WORDS)
    + r")[ \t]+(?:yr?[ \t]+)?[a-zâêîôûŵŷ]{3,14}),[ \t]{1,3}(?P<words>(?:[a-z][a-z'’]+[ \t]+){1,2})$"
)
_NOT_STREET_NAMES = word_set(
    """min mins minute minutes hour hours hr hrs mile miles yard yards mph km metre metres foot
    feet more other of the a an and or to in on at for new extra times day days week weeks year
    years odd off up down minutes' hours' long short bit bits can could will would should
    someone anyone somebody anybody you we i he she they it please then so"""
)
# A home and the street it stands on, without a number: "the bungalow on Crag Lane", "her flat
# off Mill Road"; with the landmark that picks the door out between ("the bungalow behind the
# Co-op on Station Road", "the flat above the chippy on Calder Row"), or at an end of the street
# ("the cottage at the end of Fell Lane"). One door is given, not only a street: a flat's number
# may stand before the landmark ("flat 4 over the Spar on Heol Fawr"), and flats in the plural
# are one block picked out by theirs ("the sheltered flats above the Co-op on Station Road").
_LANDMARK = (
    r"[ \t]+(?i:behind|above|over|below|opposite|beside|next[ \t]+to|near|nr)[ \t]+"
    r"(?:(?i:the)[ \t]+)?[\w'’-]{2,20}(?:[ \t]+[\w'’-]{2,20})?"
)
_HOME_ON_STREET = re.compile(
    r"(?<![\w'’])(?P<id>(?:(?i:bungalow|house|flat|cottage|maisonette|caravan|semi)"
    r"(?:[ \t]+\d{1,3}[A-Za-z]?(?=" + _LANDMARK + r"))?(?:" + _LANDMARK + r")?"
    r"|(?i:flats)" + _LANDMARK + r")[ \t]+"
    r"(?:(?i:on|in|off)|(?i:at[ \t]+the[ \t]+(?:far[ \t]+)?(?:end|top|bottom)[ \t]+of))[ \t]+"
    r"(?P<street>" + _ANY_STREET + r"))(?!\w)"
)
_HOME_WORDS_BEFORE_STREET = word_set("bungalow house flat flats cottage maisonette caravan semi")
# A street named as where someone lives, without a number: "new lady lives on Sycamore Avenue",
# "Mam's lived on Calder Terrace for 52 years", "she lives down Ferry Lane" (down or up a street
# as much as on it). Not the writer's own ("I lived on ..."), read back
# from the word (``_WRITER_LIVED_BEFORE``). ("The lady on Birch Lane" is how a care round speaks
# of someone without naming them: no home given away.)
# So is the landmark on it that picks out the door: "she lives above the chippy on Market
# Street", "mum lives nr the Co-op on Chapel St".
_LIVES_ON_STREET = re.compile(
    r"(?i:lives|lived|living)(?:[ \t]{1,3}(?i:alone|still|now|there))?"
    r"(?:(?P<landmark>" + _LANDMARK + r"))?"
    r"[ \t]{1,3}(?i:on|in|off|along|down|up)[ \t]{1,3}(?P<street>" + _ANY_STREET + r")(?![\w'’])"
)
_LIVES_ON_WORDS = word_set("lives lived living")
# A relative said to be on a street, as where they live: "Mum's been on Birchfield Crescent for
# forty years", "Our kid is on Ashby Road, the end house". (Not "in": "Dad's in Ward 4".)
_RELATIVE_ON_STREET = re.compile(
    r"(?i:(?<=our[ \t])kid|" + _alternatives(_FAMILY_WORDS) + r")"
    r"(?:['’]s|[ \t]{1,3}(?i:is|has))(?:[ \t]{1,3}(?i:been|still|always|now)){0,2}"
    r"[ \t]{1,3}(?i:on|off|down|up)[ \t]{1,3}(?P<street>" + _ANY_STREET + r")(?![\w'’])"
)
_RELATIVE_ON_WORDS = _FAMILY_WORDS | {"kid"}
_WRITER_LIVED_BEFORE = re.compile(r"(?<![\w'’])(?i:I|we|I've|we've|I['’]ve|we['’]ve)[ \t]{1,3}$")


_LOWER_BUILDING = re.compile(
    r",?[ \t]{1,3}(?:[a-z][a-z'’]{1,23}[ \t]{1,3}){1,2}(?:"
    + _alternatives(places.HOUSE_WORDS | {"road", "street", "lane", "close", "avenue", "drive"})
    + r")(?![\w'’])"
)


def _flat_starts(draft: Draft) -> list[int]:
    """Where ``_FLAT`` may match: where "flat", "apartment" or "apt" stands, in any case."""
    return sorted(at for word in _UNIT_WORDS[:3] for at in _positions(draft.lower, word))


def _more_addresses(draft: Draft) -> list[tuple[int, int]]:
    """Addresses the English numbered pattern cannot read: a house number and a Welsh street, a
    named home and its street, a flat's number perhaps with its building and street."""
    found: list[tuple[int, int]] = []
    source = draft.text
    if _ANY_WELSH_STREET_WORD(draft) or _ANY_WELSH_HOUSE_WORD(draft):
        found += [m.span("id") for m in _WELSH_NUMBERED.finditer(source)]
        found += [m.span("id") for m in _LOWER_WELSH_NUMBERED.finditer(source)]
    found += [m.span("id") for m in _named_homes(draft)]
    if any(word in draft.lower for word in _UNIT_WORDS[:3]):
        # A flat's number alone ("the gentleman in flat 2") is a door in a block or a scheme
        # the readers do not know: only with its building or street is it a home's address.
        for m in draft.matches_from(_FLAT, _flat_starts):
            if len(m.group("id").split()) > 2:
                found.append(m.span("id"))
            elif (lower := _LOWER_BUILDING.match(source, m.end())) is not None:
                # "flat 6 ashworth court": its building typed in lower case.
                found.append((m.start("id"), lower.end()))
    if ", " in source and (
        draft.ascii_words is None
        or not _STREET_WORDS.isdisjoint(draft.ascii_words)
        or _ANY_WELSH_STREET_WORD(draft)
    ):
        found += _house_names_on_street(source)
    words = draft.ascii_words
    for word in _NUMBER_WORDS if words is None else _NUMBER_WORDS.intersection(words):
        # Matched at each place the word stands whole (``Draft.starts``: a scan from every letter
        # would be slow, and the word inside others, "no" of "know", is never the pattern's).
        for at in draft.starts(word):
            said = _NUMBER_ON_STREET.match(source, at)
            if said is not None and (_glued_before(source, at) or ("",))[0].lower() not in (
                _NOT_HOUSE_NUMBERS
            ):
                found.append(said.span("id"))
    found += _spoken_house_numbers(draft)
    found += _welsh_one_word_streets(draft)
    found += _numbered_in_a_row(draft)
    found += _one_word_streets(draft)
    found += _care_home_rooms(draft)
    found += _caravan_pitches(draft)
    return found + _named_homes_alone(draft, found)


# A caravan's or a pitch's number on its site, where someone lives in a caravan: "plot 19
# Sunnysands", "caravan 23, Gwel an Mor Park", "Riverside Park, pitch 41", "Bryn Farm caravan
# site, pitch 4". The number and the site's name pick out one door, as a flat's and its building
# do; a site alone ("a static caravan at Riverside Park") gives none.
_PITCH_WORD = (
    r"(?i:caravan|pitch|plot|van|chalet)[ \t]{1,2}(?:(?i:no)\.?[ \t]{0,2})?\d{1,3}[A-Za-z]?"
)
_PITCH_THEN_SITE = re.compile(
    r"(?P<id>" + _PITCH_WORD + r"(?:,[ \t]{0,2}|[ \t]{1,2}(?i:at|on|in)[ \t]{1,2}|[ \t]{1,2})"
    r"(?:(?i:the)[ \t]{1,2})?(?P<site>[A-Z][\w'’\-]*)(?:[ \t]{1,2}(?:an|y|yr|[A-Z][\w'’\-]*))*"
    r"(?<![ \t]an)(?<![ \t]y)(?<![ \t]yr))(?![\w'’])"
)
_SITE_THEN_PITCH = re.compile(
    r"(?<![\w'’])(?P<id>(?:[A-Z][\w'’\-]*[ \t]{1,2}){1,3}(?:(?i:caravan|holiday)[ \t]{1,2})?"
    r"(?i:park|site)[ \t]{0,2},?[ \t]{1,2}" + _PITCH_WORD + r")(?![\w'’])"
)
_CARAVAN_WORDS = word_set("caravan caravans static chalet")
_NOT_SITES = dates.WEEKDAYS | frozenset(_MONTHS)


def _caravan_pitches(draft: Draft) -> list[tuple[int, int]]:
    """Caravans and pitches with their site's name (``_PITCH_THEN_SITE``, ``_SITE_THEN_PITCH``),
    read only in a draft that speaks of a caravan or a chalet."""
    if _CARAVAN_WORDS.isdisjoint(draft.words):
        return []
    found: list[tuple[int, int]] = []
    for word in ("caravan", "pitch", "plot", "van", "chalet"):
        for at in draft.starts(word):
            m = _PITCH_THEN_SITE.match(draft.text, at)
            if m is not None and m.group("site").lower() not in _NOT_SITES:
                found.append(m.span("id"))
    for word in ("park", "site"):
        for at in draft.starts(word):
            lo = max(0, at - 64, draft.text.rfind("\n", 0, at) + 1)
            for m in _SITE_THEN_PITCH.finditer(draft.text, lo, at + 40):
                if m.start("id") <= at < m.end("id"):
                    found.append(m.span("id"))
                    break
    return found


# A resident's room in a care home named after it, perhaps with its wing or ward between: "room
# 22 at St Brigid's Nursing Home", "Room 12 at Rosewood Care Home", "Room 4, Beech Ward, Oakfield
# Nursing Home". Where a person sleeps there it is their home's address, as a flat's number and
# its building are; the home alone ("Rosewood Care Home won an award") is none.
_CARE_HOME_ROOM = re.compile(
    r"(?P<id>(?i:room|rm)[ \t]{1,2}(?:(?i:no)\.?[ \t]{0,2})?\d{1,3}[A-Za-z]?"
    r"(?:[ \t]{0,2}[,\-–][ \t]{0,2}|[ \t]{1,2}(?i:at|in|of)[ \t]{1,2}|[ \t]{1,2})"
    r"(?:(?:[A-Z][\w'’\-]*|&)(?:,?[ \t]{1,2}|[ \t]{0,2}[\-–][ \t]{0,2})){1,6}"
    r"(?i:care|nursing|residential)[ \t]{1,2}(?i:home|centre))(?![\w'’])"
)
_CARE_ROOM_WORDS = ("room", "rm")


def _care_home_rooms(draft: Draft) -> list[tuple[int, int]]:
    """A resident's room with its care home's name (``_CARE_HOME_ROOM``), read where "room" and
    "home" or "centre" stand in the draft."""
    words = draft.words
    if ("home" not in words and "centre" not in words) or words.isdisjoint(_CARE_ROOM_WORDS):
        return []
    found: list[tuple[int, int]] = []
    for word in _CARE_ROOM_WORDS:
        for at in draft.starts(word):
            m = _CARE_HOME_ROOM.match(draft.text, at)
            if m is not None:
                found.append(m.span("id"))
    return found


def _welsh_compound(word: str) -> bool:
    """``word`` (lower-case) joins a first and a second part of a Welsh street's or house's name
    ("tynewydd", "brynhyfryd", "penlan")."""
    for cut in range(2, min(len(word) - 2, 8)):
        if word[:cut] in places.WELSH_COMPOUND_FIRST:
            rest = word[cut:]
            if rest in places.WELSH_COMPOUND_SECOND or (
                rest[:1] == "y" and rest[1:] in places.WELSH_COMPOUND_SECOND
            ):
                return True
    return False


# A house number just before a street's name: "6 ", "27a ", "12, ".
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w£$.,:/-])\d{1,3}[A-Za-z]?,?[ \t]{1,3}$")
# A Welsh name joined by hyphens ("Coed-y-Wern", "Pen-y-Bryn", "Heol-y-Nant"), after a house
# number.
_HYPHENED_WELSH = re.compile(
    r"(?<![\w'’-])[A-Za-zÂÊÎÔÛŴŶâêîôûŵŷ]{2,12}-(?i:y|yr)-[A-Za-zÂÊÎÔÛŴŶâêîôûŵŷ]{2,14}(?![\w'’-])"
)
_THE_ARTICLES = frozenset(("y", "yr"))


def _welsh_one_word_streets(draft: Draft) -> list[tuple[int, int]]:
    """A house number and a Welsh street or house named in one word, in any case ("6 Tynewydd",
    "27a brynhyfryd"), or joined by hyphens ("12 Coed-y-Wern"): a home's address, as "6 Heol y
    Wern" is."""
    words = draft.words
    source = draft.text
    found: list[tuple[int, int]] = []
    for word in words:
        if len(word) < 5 or word[:2] not in _WELSH_COMPOUND_STARTS or not _welsh_compound(word):
            continue
        for at in draft.starts(word):
            written = source[at : at + len(word)]
            if not (written.islower() or written[1:].islower()):
                continue
            number = _number_before(source, at)
            if number is not None:
                found.append((number, at + len(word)))
    if not _THE_ARTICLES.isdisjoint(words):
        # Read only where "-y-" or "-yr-" stands (a scan from every letter would be slow).
        folded = draft.folded
        for joint in ("-y-", "-yr-"):
            for at in _positions(folded, joint):
                m = _HYPHENED_WELSH.search(source, max(0, at - 12), at + len(joint) + 15)
                if m is None or not m.start() < at < m.end():
                    continue
                number = _number_before(source, m.start())
                if number is not None:
                    found.append((number, m.end()))
    return found


_WELSH_COMPOUND_STARTS = frozenset(w[:2] for w in places.WELSH_COMPOUND_FIRST)

# A street named in one word ending in "gate" or "way" ("14b Gallowgate", "74a Westgate", "42a
# Kingsway"), after a house number: a home's address, as "14 Gallow Gate" is; a word of seven
# letters at least, and not an adverb or a thing's name ("anyway", "railway", "gateway").
_ONE_WORD_STREET_ENDS = ("gate", "way")
_NOT_ONE_WORD_STREETS = word_set(
    """anyway always halfway midway someway noway subway railway motorway gateway doorway
    hallway stairway walkway pathway runway highway fairway alleyway expressway throughway
    getaway takeaway giveaway breakaway hideaway stowaway castaway tollgate floodgate underway
    headway leeway speedway tramway waterway carriageway slipway entryway freeway driveway"""
)
# Verbs and nouns ending in "gate" that no street is named ("investigate", "delegate", "aggregate").
_NOT_STREET_GATES = ("igate", "ugate", "ogate", "agate", "elegate", "gregate")


# (Read back from where "gate" or "way" stands in the folded text, found by plain searches: a
# scan from every digit or letter of a long draft would be slow.)


def _one_word_streets(draft: Draft) -> list[tuple[int, int]]:
    """A house number and a street of ``_ONE_WORD_STREET_ENDS`` in one word, capitalised or in
    lower case, read back from where such a word ends."""
    source = draft.text
    folded = draft.folded
    found: list[tuple[int, int]] = []
    ends = sorted(at + len(e) for e in _ONE_WORD_STREET_ENDS for at in _positions(folded, e))
    for end in ends:
        if end < len(folded) and _in_word(folded[end]):
            continue
        at = end - 4 if folded[end - 1] == "e" else end - 3
        while at > 0 and end - at < 20 and "a" <= folded[at - 1] <= "z":
            at -= 1
        word = folded[at:end]
        if (
            end - at < 7
            or (at and _in_word(source[at - 1]))
            or word in _NOT_ONE_WORD_STREETS
            or word.endswith(_NOT_STREET_GATES)
        ):
            continue
        street = source[at:end]
        if not (street.islower() or (street[0].isupper() and street[1:].islower())):
            continue
        number = _number_before(source, at)
        if number is not None:
            found.append((number, end))
    return found


def _number_before(source: str, at: int) -> int | None:
    """Where the house number just before the name at ``at`` starts, None if there is none."""
    m = _HOUSE_NUMBER_BEFORE.search(source, max(0, at - 8), at)
    return m.start() if m is not None else None


# A house number written in words before its street ("twelve Laburnum Grove", "number twenty
# two Meadow Close", "flat four, twelve Crown Street"; "one" only after "number" or "no"), or a
# number after its street and "number" ("Brook Lane, number 22", "Cherry Tree Avenue, number
# fourteen").
_UNIT_NAMES = "one|two|three|four|five|six|seven|eight|nine"
_HOUSE_NUMBER_NAMES = word_set(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"""
)
_SAID_NUMBER = (
    "(?i:"
    + _alternatives(_HOUSE_NUMBER_NAMES | {"one"})
    + r")(?:[ \t\-]{1,2}(?i:"
    + _UNIT_NAMES
    + "))?"
)
_SPOKEN_HOUSE = re.compile(_SAID_NUMBER + r",?[ \t]{1,3}(?P<street>" + _ANY_STREET + r")(?![\w'’])")
_NUMBER_CUE_BEFORE = re.compile(r"(?<![\w'’])(?i:number|no\.?)[ \t]{1,3}$")
_STREET_THEN_NUMBER = re.compile(r"(?P<street>" + _ANY_STREET + r"),?[ \t]{1,3}$")
_NUMBER_AFTER_STREET = re.compile(
    r"(?i:number|no\.?)[ \t]{1,3}(?:\d{1,4}[A-Za-z]?(?![\w/.\-])|" + _SAID_NUMBER + r"(?![\w'’]))"
)


def _spoken_house_numbers(draft: Draft) -> list[tuple[int, int]]:
    """Addresses whose house number is written in words, or said after the street."""
    found: list[tuple[int, int]] = []
    source, words = draft.text, draft.ascii_words
    said = _HOUSE_NUMBER_NAMES | {"one"}
    # (Each word where it stands whole, ``Draft.starts``: inside another word, "ten" of "often",
    # "one" of "someone", it is passed over below; the pattern never ends inside a word.)
    for word in said if words is None else said.intersection(words):
        for at in draft.starts(word):
            if at and _in_word(source[at - 1]):
                continue
            cue = _NUMBER_CUE_BEFORE.search(source, max(0, at - 12), at)
            if word == "one" and cue is None:
                continue
            # Without its cue, where an address stands: after a comma, a line's start or a
            # word such as "at", "is" or "lives" ("I saw two Market Street shops" is none).
            before = _glued_before(source, at)
            if cue is None and before is not None and before[0].lower() not in _BEFORE_SAID:
                continue
            m = _SPOKEN_HOUSE.match(source, at)
            if m is not None:
                found.append((cue.start() if cue else at, m.end()))
    for word in ("number", "no") if words is None else _NUMBER_CUES.intersection(words):
        for at in draft.starts(word):
            if at and _in_word(source[at - 1]):
                continue
            m = _NUMBER_AFTER_STREET.match(source, at)
            street = m and _STREET_THEN_NUMBER.search(source, max(0, at - 45), at)
            if m is not None and street:
                found.append((street.start("street"), m.end()))
    return found


_NUMBER_CUES = word_set("number no")
_BEFORE_SAID = word_set(
    "at is in on to from lives live living lived address moved that's thats it's its"
)


# A house number said with its word and the street after "on" or "in": "number 9 on Saltaire
# Way", "no 7 in Foxglove Close", "Flat 7 on Chester Street".
_NUMBER_WORDS = word_set("number no flat house apartment")
_NUMBER_ON_STREET = re.compile(
    r"(?<![\w'’])(?P<id>(?i:number|no\.?|flat|house|apartment)[ \t]{1,3}\d{1,4}[A-Za-z]?"
    r"[ \t]{1,3}(?i:on|in|off)[ \t]{1,3}" + _ANY_STREET + r")(?!\w)"
)
# Words before "number 42" that make it something else's: a bus, a route, a room.
_NOT_HOUSE_NUMBERS = word_set(
    "bus route platform gate room page item question table bay stand bed ward pitch court"
)


# A house number said with "no" or "number" before a named close, row or block with "the" ("no 4
# the Maltings", "number 3, the bungalows behind the Spar", "no 3 the bungalows by the church"),
# or glued to "no." before a street ("no.12 Pendle View", which the numbered pattern does not
# read after a point): a door in a named row of homes, as carers give it. Not after a bus's, a
# room's or a ward's word (``_NOT_HOUSE_NUMBERS``), and not a weekday or a month after "the".
_NUMBER_IN_A_ROW = re.compile(
    r"(?P<id>(?i:number|no\.?)[ \t]{0,2}\d{1,4}[A-Za-z]?,?[ \t]{1,3}(?i:the)[ \t]{1,3}"
    r"(?P<row>[A-Z][a-z'’]{2,23}|(?i:bungalows|cottages|flats|maisonettes))"
    r"|(?i:no)\.\d{1,4}[A-Za-z]?,?[ \t]{1,3}" + _STREET + r")(?![\w'’])"
)
_NUMBER_SAID_WORDS = word_set("number no")
_NOT_ROWS = dates.WEEKDAYS | frozenset(dates.MONTHS)


def _numbered_in_a_row(draft: Draft) -> list[tuple[int, int]]:
    """The house numbers of ``_NUMBER_IN_A_ROW``, tried only where "no" or "number" stands."""
    source = draft.text
    words = draft.ascii_words
    found: list[tuple[int, int]] = []
    for word in _NUMBER_SAID_WORDS if words is None else _NUMBER_SAID_WORDS.intersection(words):
        for at in draft.starts(word):
            if at and _in_word(source[at - 1]):
                continue
            m = _NUMBER_IN_A_ROW.match(source, at)
            if m is None or (m.group("row") or "").lower() in _NOT_ROWS:
                continue
            before = _glued_before(source, at)
            if before is None or before[0].lower() not in _NOT_HOUSE_NUMBERS:
                found.append(m.span("id"))
    return found


# A comma and a street after it; the house's name before the comma, read back from it.
_COMMA_STREET = re.compile(r",[ \t]{1,3}(?P<street>" + _ANY_STREET + r")(?!\w)")
_HOUSE_NAME_BEFORE = re.compile(
    r"(?<![\w'’])(?:The[ \t]{1,3})?[A-Z][a-z'’]{2,23}(?:[ \t]{1,3}[A-Z][a-z'’]{2,23})?$"
)
_LIVES = word_set("lives living live lived")


def _house_names_on_street(source: str) -> list[tuple[int, int]]:
    """A house's name with no house word, a comma and its street, where the words before say a
    person lives there: "lives Rosehill, Carr Lane", "nanna bet at Thornleigh, Back Lane", "Our
    Lil in Rosewood, Queens Drive"."""
    found = []
    for m in _COMMA_STREET.finditer(source):
        name = _HOUSE_NAME_BEFORE.search(source, max(0, m.start() - 40), m.start())
        if name is None:
            continue
        prep = _glued_before(source, name.start())
        if prep is None:
            continue
        word = prep[0].lower()
        if word in _LIVES or (
            word in _HOME_PREPOSITIONS and _whose_home_before(source, name.start())
        ):
            found.append((name.start(), m.end("street")))
    return found


def _plain_addresses(draft: Draft) -> list[tuple[int, int]]:
    """A number and a street in lower case ("42 alder rd"), a home on a street without its
    number ("the bungalow on Crag Lane"): read only in drafts with one of their words."""
    found: list[tuple[int, int]] = []
    source = draft.text
    words = draft.ascii_words
    streets = _LOWER_STREET_WORDS if words is None else _LOWER_STREET_WORDS.intersection(words)
    for street in streets:
        # (Where the word stands whole, ``Draft.starts``, and in lower case: the number and name
        # read back from it end in a space, and a letter just after it is passed over below.)
        for at in draft.starts(street):
            if not source.startswith(street, at):
                continue
            after = at + len(street)
            if after < len(source) and _in_word(source[after]):
                continue
            m = _LOWER_NUMBER_AND_NAME.search(source, max(0, at - 40), at)
            if m and _NOT_STREET_NAMES.isdisjoint(m.group("words").lower().split()):
                found.append((m.start(), after))
                continue
            named = _LOWER_HOME_AND_STREET.search(source, max(0, at - 64), at)
            if named and _NOT_STREET_NAMES.isdisjoint(named.group("words").split()):
                found.append((named.start(), after))
    homes = (
        _HOME_WORDS_BEFORE_STREET
        if words is None
        else _HOME_WORDS_BEFORE_STREET.intersection(words)
    )
    for home in homes:
        for at in draft.starts(home):  # (the pattern's word stands whole)
            m = _HOME_ON_STREET.match(source, at)
            if m and " ".join(m.group("street").split()).lower() not in PUBLIC_STREETS:
                found.append(m.span("id"))
    found += _streets_lived_on(draft)
    return sorted(found)


def _streets_lived_on(draft: Draft) -> list[tuple[int, int]]:
    """The streets of ``_LIVES_ON_STREET`` in ``draft``: read only where one of its words is."""
    source = draft.text
    words = draft.ascii_words
    found = []
    for word in _LIVES_ON_WORDS if words is None else _LIVES_ON_WORDS.intersection(words):
        for at in draft.starts(word):  # (the pattern's word stands whole)
            if at and _in_word(source[at - 1]):
                continue
            m = _LIVES_ON_STREET.match(source, at)
            if (
                m is not None
                and m.group("street").lower() not in PUBLIC_STREETS
                and _WRITER_LIVED_BEFORE.search(source, max(0, at - 8), at) is None
            ):
                landmark = m.start("landmark")
                found.append((m.start("street") if landmark < 0 else landmark + 1, m.end("street")))
    if words is None or ("on" in words and not _RELATIVE_ON_WORDS.isdisjoint(words)):
        for word in _RELATIVE_ON_WORDS if words is None else _RELATIVE_ON_WORDS.intersection(words):
            for at in draft.starts(word):
                if at and _in_word(source[at - 1]):
                    continue
                m = _RELATIVE_ON_STREET.match(source, at)
                if m is not None and m.group("street").lower() not in PUBLIC_STREETS:
                    found.append(m.span("street"))
    return found


# "unit" with a dotted or dotless "i", which the pattern's ignored case reads as "unit" and the
# draft's index of ASCII words does not (no other letter of the unit words has such a form): a
# long draft in Turkish, or quoting some, holds the letters without the word.
_UNIT_DOTTED_I = re.compile("(?i:un)[ıİ](?i:t)")


def address_candidates(draft: Draft, context: Context) -> Iterable[Span]:
    # A scan that stops at every "a", "f" and "u" is slow; without a flat, apartment or unit in the
    # draft, only the branch that starts at a house number can match, and its scan stops at digits.
    if any(word in draft.lower for word in _UNIT_WORDS):
        if ("ı" in draft.text or "İ" in draft.text) and _UNIT_DOTTED_I.search(draft.text):
            # (A dotted or dotless capital "i" is an "i" to the pattern's ignored case: "unıt".)
            return _ANY_ADDRESS.find(draft, context)
        return _ANY_ADDRESS.confirmed(draft, draft.analysis(_any_address_matches), draft.text)
    return _NUMBERED_ADDRESS_ONLY.find(draft, context)


def _any_address_matches(draft: Draft) -> list[re.Match[str]]:
    """The matches of ``_ANY_ADDRESS``'s scan, found without it: the numbered branch's own scan,
    which stops at digits only, and the pattern tried where the draft's index puts a flat, an
    apartment or a unit word (``Draft.starts``; the pattern's branch for them stops at every "a",
    "f" and "u" of a long draft). Where a match of either kind ends, the next of either is read
    from, as the one scan does: the two are merged in order, each read forward only once."""
    text = draft.text
    # (The patterns as the two Patterns compiled them; a match of the numbered branch is matched
    # again with the whole pattern, so that every match found is the whole pattern's.)
    numbered = _NUMBERED_ADDRESS_ONLY._compiled.search
    any_at = _ANY_ADDRESS._compiled.match
    words = sorted(at for word in _UNIT_WORDS for at in draft.starts(word))
    found: list[re.Match[str]] = []
    at = 0
    number = numbered(text)
    k = 0
    unit: re.Match[str] | None = None
    while True:
        while (unit is None or unit.start() < at) and k < len(words):
            unit = any_at(text, words[k]) if words[k] >= at else None
            k += 1
        if unit is not None and unit.start() < at:
            unit = None
        if number is not None and number.start() < at:
            number = numbered(text, at)
        if number is not None and (unit is None or number.start() < unit.start()):
            m = any_at(text, number.start())
        elif unit is not None:
            m = unit
        else:
            return found
        if m is None:  # (never: at a digit the whole pattern is its numbered branch)
            m = number
        assert m is not None
        found.append(m)
        at = m.end()


# A home's name between two commas just before its number and street: "Mrs Pugh, Cartref, 5 Maes
# yr Ysgol", "Mr Dean, Rosedene, 14 Mill Lane" (read back from the number).
_HOUSE_NAME_BEFORE_NUMBER = re.compile(
    r",[ \t]{1,3}(?P<name>[A-Z][a-z'’]{2,23}(?:[ \t]{1,3}[A-Z][a-z'’]{1,23})?),[ \t]{1,3}$"
)
_ANY_HOUSE_NAME_WORD = places.HOUSE_WORDS | places.WELSH_HOUSE_WORDS


# A Glasgow tenement flat's floor and door before its number and street: "3/2, 9 Dundas Street",
# "0/1 14 Garscube Road", "G/1, 2 Kent Road".
_FLAT_POSITION_BEFORE = re.compile(r"(?<![\w/])(?:\d{1,2}|[Gg])/\d{1,2},?[ \t]{1,3}$")


def _house_name_before(source: str, start: int) -> int | None:
    """Where the home's name between commas just before the number at ``start`` starts, or None:
    not a person's name, a weekday or a month ("Mrs Owen, Tuesday, 3 Heol Las"), unless one of
    its words is a house word ("Ty Gwyn", "Croft End")."""
    m = _HOUSE_NAME_BEFORE_NUMBER.search(source, max(0, start - 54), start)
    if m is None:
        return None
    words = m.group("name").split()
    if _ANY_HOUSE_NAME_WORD.isdisjoint(w.lower() for w in words) and any(
        w in NOT_NAMES or names.is_given_name(w) or names.is_surname(w) for w in words
    ):
        return None
    return m.start("name")


# A time just before a number: "from 9 till 4, ...", "10 - 2, ...".
_TIME_TILL_BEFORE = re.compile(r"\d(?::\d\d)?[ \t]{0,2}(?i:till|until|til|to|-|–)[ \t]{0,2}$")
# The writer's own home just before its address: "at mine,", "round to mine:", "my address is",
# "my new address for payslips is".
_OWN_HOME_BEFORE = re.compile(
    r"(?<![\w'’])(?i:(?:at|to|round)[ \t]{1,3}mine|my[ \t]{1,3}(?:(?:new|own|current)[ \t]{1,3})?"
    r"(?:address|house|home)(?:[ \t]{1,3}for[ \t]{1,3}[^.!?\n,:]{1,24})?(?:[ \t]{1,3}is)?)"
    r"[ \t]{0,2}[,:\-]?[ \t]{0,2}$"
)
_OWN_HOME_REACH = 56
# Where the writer says they are, with an invitation after the address in its sentence ("I'm at
# 9 Heol Tir Coch, Bridgend, pop round for a cuppa", "I'm at 12 Moorland Close, come and grab
# it"): their own home, offered to the group. ("We're at 19 Fountain Street" of a family asking
# about a grab rail invites no one: their home, and the person cared for's.)
_WRITER_AT_BEFORE = re.compile(
    r"(?<![\w'’])(?i:I['’]?m|I[ \t]am|I[ \t]live)[ \t]{1,2}at[ \t]{1,2}$"
)
_INVITATION_AFTER = re.compile(
    r"(?<![\w'’])(?i:(?:pop|come|call|drop|knock)(?:[ \t]{1,2}(?:and|on))?[ \t]{1,2}"
    r"(?:round|over|by|in|grab|collect|get|pick)|cuppa|natter)(?![\w'’])"
)


def _offered_home(draft: Draft, start: int, end: int) -> bool:
    """The address at ``start:end`` (of the original text) is where the writer says they are,
    with an invitation to come to it in its sentence after it (``_INVITATION_AFTER``), and its
    sentence speaks of no one else (a relative, a client, "his", "her")."""
    source = draft.original
    if _WRITER_AT_BEFORE.search(source, max(0, start - 12), start) is None:
        return False
    around = draft.analysis(_surroundings_of_original)
    own_start, _wide, own_end = around.sentences(start, end)
    if around.has(places.PERSONAL_PHONE_WORDS, own_start, start, end, own_end):
        return False
    return _INVITATION_AFTER.search(source, end, own_end) is not None


def find_addresses(draft: Draft, context: Context) -> Iterable[Span]:
    """Addresses, but not a venue's or an office's (``_at_a_venue``), each with its home's name
    when one stands before it between commas (``_house_name_before``). Where two overlap, the
    longer is kept ("Flat 3, 12 Mill Lane", not "12 Mill Lane" inside it)."""
    return draft.analysis(_read_addresses)[0]


def _read_addresses(draft: Draft) -> tuple[list[Span], list[Span]]:
    """The addresses of ``find_addresses``: the homes, and those read as a venue's or an
    office's (for the postcode after one, ``_after_a_venue``)."""
    homes: list[Span] = []
    venues: list[Span] = []
    spans = list(address_candidates(draft, _NO_CONTEXT))
    spans += [
        Span(*draft.to_original(start, end))
        for start, end in itertools.chain(_more_addresses(draft), _plain_addresses(draft))
    ]
    source = draft.original
    named = ", " in source
    last_end = -1
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end)):
        if span.start < last_end:
            continue
        if source[span.start : span.start + 1].isdigit() and _TIME_TILL_BEFORE.search(
            source, max(0, span.start - 16), span.start
        ):
            continue  # "shut from 9 till 4, Sojourner Close access only": a time, no house
        if (
            _OWN_HOME_BEFORE.search(source, max(0, span.start - _OWN_HOME_REACH), span.start)
            and _PERSONAL_PHONE_NOUNS.isdisjoint(draft.words)
        ) or _offered_home(draft, span.start, span.end):
            # "they're at mine, 12 Orchard Rise, pop round": the writer's own, theirs to give.
            last_end = span.end
            homes.append(Reminder(span.start, span.end))
            continue
        if _at_a_venue(draft, True, span.start, span.end):
            last_end = span.end
            venues.append(span)
            continue
        if source[span.start : span.start + 1].isdigit():
            flat = _FLAT_POSITION_BEFORE.search(source, max(0, span.start - 8), span.start)
            if flat is not None and flat.start() >= last_end:
                span = Span(flat.start(), span.end)
            elif (
                named
                and (name := _house_name_before(source, span.start)) is not None
                and name >= last_end
            ):
                span = Span(name, span.end)
        last_end = span.end
        homes.append(span)
    return homes, venues


# --- Whose a contact is, read once per draft ------------------------------------------------------

# Contacts given together, in one sentence ("the Oakwood Surgery flu clinic ..., 41 Oakwood Road
# S10 2EF, ring 0141 496 0244", "our office, 12 Walter Road, SA1 5NF, or email jobs@..."), are one
# owner's. Each rule reads its own contact alone; read together, where one of them is an
# organisation's (a venue's or an office's address, a service's, an office's or a venue's line, a
# role, work or signature mailbox) and the sentence names a venue, a service or an office before
# the other, that other is the organisation's too; where one is the writer's own, offered, the
# others are the writer's. Never where the sentence speaks of a person supported, a relative,
# their home or a pronoun for them, nor across a second venue's or office's word between the two
# ("the man at number 9 Brig o' Doon Road, surgery is Alloway Medical Practice 01292 ...").


def _contact_owners(draft: Draft) -> dict[_FinderFn, list[Span]]:
    """What each contact rule keeps of its finder's findings once whose each contact is has been
    read across the draft: a contact given together with an organisation's is dropped, one given
    together with the writer's own offered is a reminder (see above)."""
    found = {find: draft.analysis(_FOUND[find]) for find in _CONTACT_FINDERS}
    warned = [span for spans in found.values() for span in spans if type(span) is Span]
    if not warned:
        return found
    homes = _homes_before_postcodes(draft, found[find_postcodes], found[find_addresses])
    if homes:
        found[find_addresses] = sorted(found[find_addresses] + homes, key=lambda s: s.start)
    organisation = draft.analysis(_organisation_contacts)
    own = [span for spans in found.values() for span in spans if type(span) is Reminder]
    if not organisation and not own:
        return found
    around = draft.analysis(_surroundings_of_original)
    by_start = _BySentence(organisation), _BySentence(own)
    owners: dict[_FinderFn, list[Span]] = {}
    for find, spans in found.items():
        kept: list[Span] = []
        for span in spans:
            if type(span) is not Span:
                kept.append(span)
                continue
            own_start, _wide, own_end = around.sentences(span.start, span.end)
            organisations, offered = (each.within(own_start, own_end) for each in by_start)
            if around.has(_PERSONAL_PHONE_WORDS_OR_HOME, own_start, span.start, span.end, own_end):
                kept.append(span)
            elif around.last(_VENUE_OR_WORK, own_start, span.start) >= 0 and any(
                _together(around, span, other, own_start, own_end) for other in organisations
            ):
                continue
            elif any(_together(around, span, other, own_start, own_end) for other in offered):
                kept.append(Reminder(span.start, span.end))
            else:
                kept.append(span)
        owners[find] = kept
    return owners


class _BySentence:
    """Spans in the order of their starts, so that those starting in one sentence are found by
    bisection, not by a pass over every span of the draft for each contact."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans: list[Span] = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in self.spans]

    def within(self, lo: int, hi: int) -> list[Span]:
        """The spans starting at ``lo`` or after and before ``hi``."""
        return self.spans[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]


# A house number and a name in capitals just before a home's postcode, with a town between or
# not: "7 Moorside, bd13 3rj", "5 The Spinney, BA2 2TN". A street that ends in none of the
# street words the address rule knows is still a street when a home's postcode follows it.
_HOME_BEFORE_POSTCODE = re.compile(
    r"(?<![\w/:.,£$])\d{1,4}[A-Za-z]?[ \t]{1,2}[A-Z][\w'’\-]{1,20}(?:[ \t][A-Z][\w'’\-]{1,20}){0,2}"
    r"(?=[ \t]{0,2},?[ \t]{0,2}(?:[A-Z][a-z'’\-]{1,20}[ \t]{0,2},?[ \t]{0,2})?$)"
)
_HOME_BEFORE_REACH = 60


def _homes_before_postcodes(
    draft: Draft, postcodes: list[Span], addresses: list[Span]
) -> list[Span]:
    """The homes named by a house number and a street just before a postcode the postcode rule
    reads as a home's (``_HOME_BEFORE_POSTCODE``), where the address rule found none there."""
    homes: list[Span] = []
    source = draft.original
    ends = sorted(a.end for a in addresses)  # one bisection a postcode, not a pass over them all
    for postcode in postcodes:
        if type(postcode) is not Span:
            continue
        lo = max(0, postcode.start - _HOME_BEFORE_REACH, source.rfind("\n", 0, postcode.start) + 1)
        i = bisect.bisect_left(ends, lo)
        if i < len(ends) and ends[i] <= postcode.start:
            continue
        m = _HOME_BEFORE_POSTCODE.search(source, lo, postcode.start)
        if m is not None:
            homes.append(Span(m.start(), m.end()))
    return homes


def _together(around: _Surroundings, span: Span, other: Span, own_start: int, own_end: int) -> bool:
    """``other`` stands in the sentence of ``span`` (``own_start:own_end``) with no venue's,
    service's or office's word between them, which would name a second owner."""
    if not own_start <= other.start < own_end or other == span:
        return False
    lo, hi = (span.end, other.start) if span.end <= other.start else (other.end, span.start)
    return not around._in(_VENUE_OR_WORK, lo, hi)


def _organisation_contacts(draft: Draft) -> list[Span]:
    """The contacts of the draft (of its original text) its rules set down as an organisation's: a
    venue's or an office's address, a phone number the phone rule sets down, and a mailbox the
    email rule sets down (a role's, a colleague's or the writer's work mail, a signature's)."""
    contacts = list(draft.analysis(_read_addresses)[1])
    phones = {(span.start, span.end) for span in draft.analysis(_FOUND[find_phones])}
    # (A CHI or NHS number the phone rule sets down is no one's line.)
    numbers = [span for find in _NUMBER_FINDERS for span in draft.analysis(_FOUND[find])]
    for start, end, _personal in draft.analysis(_phone_numbers):
        span = Span(*draft.to_original(start, end))
        # A line the phone rule sets down (a service's short code or freephone line, an office's
        # or a venue's line), not a CHI or NHS number shaped like one.
        if (span.start, span.end) not in phones and not any(
            other.start < span.end and span.start < other.end for other in numbers
        ):
            contacts.append(span)
    if "@" in draft.text:
        emails = {(span.start, span.end) for span in draft.analysis(_FOUND[find_emails])}
        for m in draft.matches_from(_EMAIL_RE, _email_starts):
            span = Span(*draft.to_original(*m.span("id")))
            if (span.start, span.end) not in emails:
                contacts.append(span)
    return contacts


_CONTACT_FINDERS: tuple[_FinderFn, ...] = (find_phones, find_emails, find_addresses, find_postcodes)


ADDRESS = Rule(
    id="identifiers.address",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like a home address.",
    why=(
        "A house number and street lead anyone to a person's door, which the tip "
        "'Do not post unique identifiers' asks you never to share in a group."
    ),
    suggestion="Give the town or area instead of the street address.",
    replacement="[address]",
    matcher=Custom(_owned(find_addresses)),
    flags=(
        "She lives at [[12 Mill Lane]], Otley.",
        "Her flat is [[Flat 3, 12 Mill Lane]] and the buzzer is broken.",
        "moved to [[23b Church Street]] last month",
        "visit [[4 St Mary's Road]] on Friday",
        "He's at [[7, Rowan Close]].",
        "address [[Apartment 14 Queen's Court]]",
        "[[41 Station road]] is where she lives",
        "Mr Price is at [[9 Lôn y Felin]], ring twice",
        "Mae hi'n byw yn [[27 Heol y Wern]], Caerfyrddin.",
        "Called in on Mrs Jones in [[Tŷ Gwyn, Heol y Bryn]], all fine",
        "new address [[Flat 12 Beech House, Tanner Street]] from Monday",
        "Rita, [[flat 4 Garth House]], refuses her tablets",
        "Mr Wood from [[Apartment 14, Kirkstall Mill]] rang",
        "who's got mrs lomax at [[flat 6 ashworth court]] tonight",
        "New client Mr Olumide lives [[Rosehill, Carr Lane]], first call Monday.",
        "can sum1 ring the surgery 4 nanna bet at [[Thornleigh, Back Lane]], her chest is bad",
        "auld Tam at [[Woodside Cottage]], Muir of Ord, needs his logs brought in",
        "symud i [[12 Rhodfa'r Môr]] wythnos nesaf",
        "The pharmacy forgot the blister packs. Can someone take them to [[12 Mill Lane]]?",
        "Pick up the meds from the pharmacy and drop them to [[4 Rowan Close]] please",
        "Mr Hepworth in the [[bungalow on Crag Lane]] needs his commode emptying",
        "new client [[42 alder rd]] key safe by the door",
        "She lives alone at [[27 Chapel Fold]].",
        "Auld Tam at [[5 Kirk Vennel]] won't let the new carer in",
        "Can someone check on Mrs Bell at [[The Old Forge, Back Lane]]?",
        "She's moving to [[12 Mill Lane]] next week.",
        "Our service user at [[4 Rowan Close]] needs a double-up call.",
        "Discharged from hospital today to [[12 Mill Lane]], no package in place.",
        "Off to Mrs Bevan at [[Bryn Awel]] next, then the office.",
        "Cyril up at [[Highfield Cottage]] wants his paper fetching.",
        "She can't go home to [[The Laurels]] because of the stairs.",
        "Dai up at [[Pen y Bryn]] wants his bins out.",
        "Mrs Pugh, [[Cartref, 5 Maes yr Ysgol]], Pontyberem: key safe code changed.",
        "I've a new call at [[Bryn Teg]], past the chapel, and I can't find it.",
        "Our Lil in [[Rosewood, Queens Drive]] needs her dosette collecting.",
        "Wullie at [[3/2, 9 Dundas Street]] wants his messages fae the Co-op.",
        "Tell Beryl over at [[Tyn y Coed]] that the van is late.",
        "Mr Thompson at [[number 9 on Saltaire Way]] if you're new.",
        "he's moved to [[no 7 in Foxglove Close]], key safe by the door",
        "Dad is at [[12 Mill Lane]], by the church.",
        "tea call is [[Low Gill Farm]], up past the station",
    ),
    passes=(
        "We all love a trip down Memory Lane.",
        "The PM lives at 10 Downing Street.",
        "2 residents walked down Mill Lane today.",
        "We had 12 people at the Church Street hall.",
        "Room 5 is on the first floor.",
        "Cost £12 Park Road prices, ha.",
        "Coffee and cake at the Orchard Centre, 2 Park Lane, Bolton this Saturday.",
        "Staff meeting Tuesday 2pm at the office, 14 Market Street, Ripon.",
        "The Men's Shed is at 4 Riverside Way, open Tues and Thurs 10-3.",
        "Board meeting moved to Rose Court, 1 Abbey Walk, Selby, not the usual office.",
        "Pleased to welcome the minister to our Sheffield service at 15 Pine Street today.",
        "Interviews will be at 12 Queen Street, Wakefield on the 4th.",
        "Our office has moved to 14 Park Row, Leeds.",
        "Our care home, Willow Court, 21 Moor Lane, York, has two vacancies for nurses.",
        "The flat 2 bed ones are all taken.",
        "ken from flat 9 wants his paper",
        "The gentleman in flat 2 is very happy today.",
        "Training tomorrow at the Guildhall, Room 3, Castle Street, Shrewsbury.",
        "Staff meeting moved to Friday in the lounge at Acorn House, 12 Mill Lane, Bedale.",
        "I'm Bronwen Pugh, deputy manager at Tŷ Gwyn in Aberystwyth.",
        "Croeso i bawb yn y caffi, 3 Heol y Castell, dydd Sadwrn.",
        "We walked up Heol y Wern to the castle.",
        "it's a 10 min drive from the office, 2 more close calls today",
        "The house on Coronation Street is for sale again.",
        "Thanks to Bryn Jones for the lift home.",
        "We went to Home Farm with the residents for a walk.",
        "Lunch with Mrs Bell at Rose Cottage tearooms was lovely.",
        "Singing for the Brain at St Mark's Hall, Vicarage Lane, every Wednesday.",
        "Mrs Owen, Tuesday, 3pm at the surgery.",
        "Route number 3 on Mill Lane is closed for roadworks.",
        "Mum's appointment is at 10.40, Clinic 7, can someone drive her?",
        "Farm visit today at Ashgrove Community Farm: the residents met three goats.",
    ),
)

# --- Hospital, case and record numbers ------------------------------------------------------------

_RECORD = (
    not_after(r"[hHmMrRcCpPuU]", r"\w") + r"(?i:"
    r"(?<=h)(?:ospital\s+|osp\.?\s*)(?:number|no\b\.?|num\b)"
    r"|(?<=m)(?:rn\b|edical\s+record\s+(?:number|no\b\.?))"
    r"|(?<=r)ecord\s+(?:number|no\b\.?)"
    r"|(?<=c)ase\s+(?:ref(?:erence)?\b\.?|number|no\b\.?|id\b)"
    r"|(?<=p)atient\s+(?:(?:record\s+)?(?:number|no\b\.?)|id\b|ref\b)"
    r"|(?<=u)nit\s+number)"
    r"[\s:#.\-]{0,4}(?i:(?:is|was)\s+)?"
    r"(?P<id>(?:[A-Z]{1,4}[/\-])?[A-Z]{0,4}[/\-]?\d[\w/\-]{2,15})(?![\w/\-])"
)


def _is_record_number(m: re.Match[str]) -> bool:
    return len(digits_of(m.group("id"))) >= 4 and not m.group("id").endswith(("/", "-"))


# The letters every match of ``_RECORD`` starts with, in lower case ("hosp" of "hospital no",
# "hosp. no" and "hospno").
_RECORD_HEADS = ("hosp", "mrn", "medical", "record", "case", "patient", "unit")


def _record_starts(draft: Draft) -> Iterable[int]:
    """Where a match of ``_RECORD`` may start in the text, for ``Pattern.starts``: where one of
    ``_RECORD_HEADS`` stands in ``Draft.lower`` (a scan of the whole text tries the pattern at
    every h, m, r, c, p and u). Ignoring case, re reads the dotless "ı" as "i" and the long "ſ"
    as "s", which lowering leaves: a text with either is tried at every position."""
    text = draft.text
    if "ı" in text or "ſ" in text:
        return range(len(text))
    lower = draft.lower
    found = set()
    for head in _RECORD_HEADS:
        at = lower.find(head)
        while at >= 0:
            found.add(at)
            at = lower.find(head, at + 1)
    return sorted(found)


_RECORD_PATTERN = Pattern(
    _RECORD,
    flags=0,
    validator=_is_record_number,
    cues=("hosp", "mrn", "record", "case", "patient", "unit"),
    starts=_record_starts,
)


def _spaced(phrase: str) -> str:
    # "systm one" is also written "systmone" and "systm  one".
    return r"\s*".join(re.escape(part) for part in phrase.split())


# Cues that need no number noun after them: a system's name, or a Welsh label that has its noun
# first ("rhif cleient").
_SYSTEMS = records.SYSTEMS + records.WELSH_LABELS
# A record system's name or a label ("client", "referral"), then perhaps a number noun: the cue.
_RECORD_CUE = re.compile(
    r"(?<![\w-])(?:(?P<system>"
    + "|".join(_spaced(s) for s in sorted(_SYSTEMS, key=len, reverse=True))
    + r")(?:['’]s)?(?:\s+(?:"
    + "|".join(re.escape(n) for n in records.NOUNS)
    + r")(?!\w))?|(?:"
    + "|".join(_spaced(s) for s in sorted(records.LABELS, key=len, reverse=True))
    + r")(?:['’]s)?\s+(?:"
    + "|".join(re.escape(n) for n in records.NOUNS)
    + r")(?![\w]))",
    re.IGNORECASE,
)
# A word every cue holds: a system's name (each of its words, as "systm one" may be written
# "systmone") or a number noun.
# A word every cue starts with: a system's or a label's.
_RECORD_NAME_WORDS = frozenset(
    [word for phrase in (*_SYSTEMS, *records.LABELS) for word in phrase.split()]
    + ["".join(phrase.split()) for phrase in _SYSTEMS]
)
_RECORD_CUE_WORDS = frozenset(
    [word for phrase in _SYSTEMS for word in phrase.split()]
    + ["".join(phrase.split()) for phrase in _SYSTEMS]
) | frozenset(("id", "ref", "reference", "no", "num", "number"))
# The reference after a cue: letters perhaps, then digits, slashes and dashes; read within a few
# words of the cue, in the same sentence.
_RECORD_ID = re.compile(
    r"(?<![\w/\-])(?P<id>(?:[A-Za-z]{1,4}[/\-])?(?:[A-Za-z]{1,4}[/\-]?)?\d[\w/\-]{2,15}?)"
    r"(?![\w/\-]|[.,]\d)"
)
# How far after its cue a reference is looked for, up to the end of the sentence: "Nourish ID for
# the new lady is NR-882301".
_RECORD_REACH = 50
_YEAR = re.compile(r"(?:19|20)\d{2}")
_RECORD_STOP = re.compile(r"\n|[.!?](?=\s+[A-Z])")
# A reference shaped like a case or client reference with no cue: "ABC/2024/0583", "HL/26/09917",
# "CL-00417", "OW-ASC-77104", "2024-RF-11902".
# (It starts with its first character, a capital or the year's "1" or "2", and looks behind
# just after it, so that the scan skips to where a reference can start: see ``not_after``.)
_REFERENCE_SHAPE = re.compile(
    r"(?P<id>[A-Z12](?<![\w/\-][A-Z12])(?:(?<=[A-Z])(?:[A-Z]{1,3}/(?:(?:19|20)?\d{2}|[A-Z]{2,4})"
    r"/\d{3,8}|[A-Z]{1,2}-\d{4,7}|[A-Z]{1,3}-[A-Z]{2,4}-\d{4,7})"
    r"|(?:(?<=1)9|(?<=2)0)\d{2}-[A-Z]{2,3}-\d{3,6}))(?![\w/\-])"
)


def _commercial_reference(reference: str) -> bool:
    """The letters that open ``reference`` name a job, an order or a supplier's ticket
    ("JOB-2291", "SR-55210")."""
    letters = reference[: len(reference) - len(reference.lstrip(string.ascii_letters))]
    return letters.lower() in records.COMMERCIAL_PREFIXES


def _commercial_before(source: str, start: int, reach: int = 60) -> bool:
    window = source[max(0, start - reach) : start].lower()
    return not records.COMMERCIAL.isdisjoint(_TOKEN.findall(window))


# "CL-00417 is the course code for ...", "P0012345 was our order": the words right after a
# reference say what it is.
_SAID_AFTER = re.compile(
    r"[ \t]{1,3}(?:is|was|=)[ \t]{1,3}(?:the|our|your|my|an?)[ \t]{1,3}"
    r"(?P<first>[\w-]{2,20})(?:[ \t]{1,3}(?P<second>[\w-]{2,20}))?"
)


def _commercial_after(source: str, end: int) -> bool:
    m = _SAID_AFTER.match(source, end)
    if m is None:
        return False
    words = {m.group("first").lower(), (m.group("second") or "").lower()}
    return not records.COMMERCIAL.isdisjoint(words) or not places.VENUE_WORDS.isdisjoint(words)


_DIGIT_RUN = re.compile(r"\d{3,}")
# The same in Normalised.shape's terms (where any non-ASCII character is a "0" too), and the
# joins of _REFERENCE_SHAPE (a capital, then "/" or "-" and a digit; a digit, "-" and a capital).
_DIGIT_RUN_SHAPE = re.compile(rb"000+")
_REFERENCE_SHAPE_BYTES = re.compile(rb"A[x\-]0|0-A")


def _positions(text: str, word: str) -> Iterable[int]:
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def _is_reference(m: re.Match[str], least: int) -> bool:
    return len(digits_of(m.group("id"))) >= least and not _YEAR.fullmatch(m.group("id"))


def _reference_at(source: str, digit: int) -> re.Match[str] | None:
    """The reference (``_RECORD_ID``) holding the digit at ``digit``, if any."""
    lo = digit
    while lo > 0 and digit - lo < 16 and (source[lo - 1].isalnum() or source[lo - 1] in "/-"):
        lo -= 1
    for m in _RECORD_ID.finditer(source, lo, min(len(source), digit + 20)):
        if m.start() <= digit < m.end():
            return m
        if m.start() > digit:
            break
    return None


def _record_cue_before(source: str, m: re.Match[str]) -> bool:
    """A record system's name or a label stands before the reference ``m`` in its sentence, with
    no other reference between them, and no commercial word before the cue."""
    lo = max(0, m.start() - _RECORD_REACH - 30)
    window_start = lo
    for stop in _RECORD_STOP.finditer(source, lo, m.start()):
        window_start = stop.end()
    # Most numbers have no cue word near them: a set test before the cue pattern's scan.
    if _RECORD_NAME_WORDS.isdisjoint(_TOKEN.findall(source[window_start : m.start()].lower())):
        return False
    cues = list(_RECORD_CUE.finditer(source, window_start, m.start()))
    if not cues:
        return False
    cue = cues[-1]
    if m.start() - cue.end() > _RECORD_REACH:
        return False
    least = 3 if cue.group("system") else 4
    if not _is_reference(m, least):
        return False
    for other in _RECORD_ID.finditer(source, cue.end(), m.start()):
        if _is_reference(other, least):
            return False
    # "Mosaic refresher course code MOS-2271", "the EMIS training code is TRN 4418209": a
    # commercial word between the system's name and the number makes it a course's or a
    # booking's, not a record's.
    if not records.COMMERCIAL.isdisjoint(_TOKEN.findall(source[cue.end() : m.start()].lower())):
        return False
    return not _commercial_before(source, cue.start())


# --- Record numbers by a looser reading: any service's name, the cue after, spaced and spoken ---
# "Careweave ref is CW 220 918 4", "his number on there is HC-0093317", "55 104 772 is her
# hospital number", "his hosp no is K five five eight, two one oh": a reference is read after a cue
# that says whose record it is, or before one, in the same sentence.
_NOUN = r"(?:ID|Id|id|ref|Ref|REF|reference|Reference|number|Number|no\b\.?|No\b\.?|num\b|#)"
# The number nouns and "MRN": each cue below ends at one, so the reading starts from where the
# draft's word index puts them, which are few, and reads the words just before each.
_NOUN_WORDS = ("id", "ref", "reference", "number", "no", "num", "mrn")
# Before a noun: a label or a listed system ("hospital number", "client no", "Mosaic ID"),
# lower-case, its words one space apart, and the systems' names run together too ("systmone").
_LABEL_PHRASES = frozenset(
    [" ".join(phrase.split()) for phrase in (*records.LABELS, *_SYSTEMS)]
    + ["".join(phrase.split()) for phrase in _SYSTEMS]
)
_POSSESSORS = word_set("his her their")
_WHOSE_ADJECTIVES = word_set("new old own care record")
_SERVICE_WORD = re.compile(r"[A-Z][A-Za-z]{1,20}")
_GAP = re.compile(r"[ \t]{1,3}")
# After a possessive's noun: "his number on there", "His ID on the Careline".
_ON_THERE = re.compile(
    r"[ \t]{1,3}on[ \t]{1,3}(?:there|it|that|the[ \t]{1,3}[\w-]{2,20})(?![\w'’])"
)
_CUE_WINDOW = 45


def _words_before_noun(source: str, at: int) -> list[tuple[str, int]]:
    """Up to three words just before ``at``, each with its start, nearest last, joined only by
    spaces or tabs (the last one perhaps possessive: "the OT's reference")."""
    words: list[tuple[str, int]] = []
    end = at
    for m in reversed(list(_TOKEN.finditer(source, max(0, at - _CUE_WINDOW), at))):
        if not _GAP.fullmatch(source, m.end(), end) or len(words) == 3:
            break
        words.append((m.group(), m.start()))
        end = m.start()
    return words


def _cue_before_noun(source: str, at: int) -> tuple[str, int] | None:
    """The kind of cue ending just before the noun at ``at`` ("label", "whose" or "service") and
    where it starts, or None."""
    words = _words_before_noun(source, at)
    if not words:
        return None
    plain = [w.lower().replace("’", "'").removesuffix("'s") for w, _ in words]
    for k in range(len(words), 0, -1):
        if " ".join(reversed(plain[:k])) in _LABEL_PHRASES:
            return "label", words[k - 1][1]
    if plain[0] in _POSSESSORS:
        return "whose", words[0][1]
    if len(plain) > 1 and plain[0] in _WHOSE_ADJECTIVES and plain[1] in _POSSESSORS:
        return "whose", words[1][1]
    service = [
        (w, start)
        for w, start in words[:2]
        if _SERVICE_WORD.fullmatch(w.replace("’", "'").removesuffix("'s"))
    ]
    if not service or service[0][1] != words[0][1]:
        return None
    if len(service) == 2 and (words[0][0].endswith(("'s", "’s")) or len(words[1][0]) < 2):
        service = service[:1]
    name_words = [w.replace("’", "'").removesuffix("'s") for w, _ in service]
    start = service[-1][1]
    if not _NOT_SERVICES.isdisjoint(w.lower() for w in name_words):
        return None
    # "Used ref 2023/44 for the claim": a verb capitalised as a sentence's first.
    first = name_words[-1]
    if (
        len(name_words) == 1
        and first.endswith(("ed", "ing"))
        and first[1:].islower()
        and _starts_sentence(source, start)
    ):
        return None
    return "service", start


# Words of a service's name that are a shop's, a courier's, a meeting's or a calendar's instead.
_NOT_SERVICES = (
    records.COMMERCIAL
    | dates.WEEKDAYS
    | frozenset(dates.MONTHS)
    | word_set(
        """amazon argos tesco asda ebay evri dpd yodel hermes royal mail ups dhl fedex teams zoom
        microsoft google apple paypal the this that my our your his her their a an it its and or
        phone mobile house room flat bed bay ward table seat page item route bus train platform
        gate door locker staff employee payroll national insurance nhs chi pin passcode password
        wifi dbs nmc gmc hcpc vat tax utr certificate licence license badge vehicle car plate
        course training module meeting conference webinar extension ext"""
    )
)
# A reference: perhaps up to four capitals, then digits in groups a single space, "-" or "/"
# apart ("CW 220 918 4", "RXH 004 419", "U 447 203", "J447120B", "55 104 772").
_SPACED_REFERENCE = re.compile(
    r"(?<![\w/\-£$€.,:+])(?P<id>(?:[A-Z]{1,4}(?:[ /\-]|(?=\d)))?\d[\dA-Z/\-]*"
    r"(?:[ ]\d[\dA-Z/\-]*){0,4})(?![\w/\-]|[.,:]\d)"
)
# A reference, then "is" and up to three words, ending where a label and its noun start: "55 104
# 772 is her hospital number", "CL-00417 is mr okwuosa's client number", "... that's the MRN".
_REFERENCE_THEN_IS = re.compile(
    r"(?<![\w/\-£$€.,:+])(?P<id>(?:[A-Z]{1,4}(?:[ /\-]|(?=\d)))?\d[\dA-Z/\-]*"
    r"(?:[ ]\d[\dA-Z/\-]*){0,4})[ \t]{0,3},?[ \t]{0,3}(?i:is|was|that['’]?s|thats|=|-)[ \t]{1,3}"
    r"(?:[\w'’-]{1,20}[ \t]{1,3}){0,3}?$"
)
_TIME_OR_YEAR = re.compile(r"(?:19|20)\d{2}|\d{1,2}[:.]\d{2}")
# Words of a draft that any of these cues holds: read the draft only when one is there.
_LOOSE_CUE_WORDS = word_set("id ref reference number no num mrn")
# The labels after which a reference may be read out in words.
_SPOKEN_LABELS = word_set("hospital hosp unit patient case record client referral")
# A reference read out: capitals spelled out, then at least five digits in words ("R T X, four four
# one, nine eight two two", "K five five eight, two one oh").
_DIGIT_WORD = "(?:" + "|".join(sorted([*_DIGIT_WORDS, *_REPEATS], key=len, reverse=True)) + ")"
_SPOKEN_REFERENCE = re.compile(
    r"(?<![\w'’])(?P<id>(?:[A-Z][ \t,]{1,3}){0,4}(?i:"
    + _DIGIT_WORD
    + r"(?:[ \t,\-]{1,3}"
    + _DIGIT_WORD
    + r"){4,16}))(?![\w'’])"
)


# A National Insurance number's shape: two letters and three pairs of digits (the NI rule's).
_NI_LIKE = re.compile(r"[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}")


def _reference_is_a_record(source: str, start: int, end: int, digits: str) -> bool:
    """``source[start:end]`` may be a person's record number: four digits or more, not a year, a
    time, a price, an NI number's or a phone number's shape, no shop's or courier's word before
    it, and no commercial prefix."""
    ref = source[start:end]
    if len(digits) < 4 or _TIME_OR_YEAR.fullmatch(ref) or _NI_LIKE.fullmatch(ref):
        return False
    if digits[0] == "0" and len(digits) in (10, 11) and ref[:1].isdigit():
        return False  # a phone's shape: the phone rule reads it
    return not _commercial_reference(ref) and not _commercial_before(source, start)


def _loose_record_numbers(draft: Draft) -> list[tuple[int, int]]:
    """References after a cue (``_cue_before_noun`` and a number noun) in the same sentence, or
    read out in words after a hospital or record label; references before a label's cue
    (``_REFERENCE_THEN_IS``): spans of the normalised text."""
    words = draft.words
    if _LOOSE_CUE_WORDS.isdisjoint(words):
        return []
    source = draft.text
    found: list[tuple[int, int]] = []
    nouns = sorted(
        (at, at + len(noun), noun)
        for noun in _NOUN_WORDS
        if noun in words
        for at in draft.starts(noun)
    )
    for noun_start, noun_end, noun in nouns:
        written = source[noun_start:noun_end]
        if written.isupper() and noun != "mrn" and noun != "id":
            continue  # "NO", "NUMBER": shouted words, not a cue
        if source[noun_end : noun_end + 1] in ("'", "’") or (
            noun == "no" and source[noun_end : noun_end + 1] not in (" ", ".", ":", "\t")
        ):
            continue
        if noun == "no" and source[noun_end : noun_end + 1] == ".":
            noun_end += 1
        mrn = noun == "mrn"
        cue = None if mrn else _cue_before_noun(source, noun_start)
        if not mrn and cue is None:
            continue
        kind, cue_start = cue if cue is not None else ("label", noun_start)
        if _commercial_before(source, cue_start):
            continue
        cue_end = noun_end
        if kind == "whose":
            after = _ON_THERE.match(source, cue_end)
            cue_end = after.end() if after else cue_end
        stop = _RECORD_STOP.search(source, cue_end, cue_end + _RECORD_REACH)
        limit = stop.start() if stop else min(len(source), cue_end + _RECORD_REACH)
        m = _SPACED_REFERENCE.search(source, cue_end, limit + 20)
        if m is not None and m.start() < limit:
            start, end = m.span("id")
            if _reference_is_a_record(source, start, end, digits_of(m.group("id"))):
                found.append((start, end))
        if kind != "label" or not (
            mrn
            or not _SPOKEN_LABELS.isdisjoint(_TOKEN.findall(source[cue_start:noun_start].lower()))
        ):
            continue
        spoken = _SPOKEN_REFERENCE.search(source, cue_end, limit + 20)
        if spoken is not None and spoken.start() < limit:
            said = spoken.group("id")
            letters = len(said) - len(said.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ ,\t"))
            digits = _spoken_digits(said[letters:])
            if len(digits) >= 5 and not (digits[0] == "0" and len(digits) == 11):
                found.append(spoken.span("id"))
        before = _REFERENCE_THEN_IS.search(source, max(0, cue_start - 70), cue_start)
        if before is not None:
            start, end = before.span("id")
            if _reference_is_a_record(source, start, end, digits_of(before.group("id"))):
                found.append((start, end))
    return found


# A reference, then "on" or "in" and a record system's name: "Mrs Doyle is 229871 on Access Care
# Planning", "Uncle Desmond is 7712 0394 11 on SystmOne" (read back from each system's name).
_SYSTEM_AT = re.compile(
    r"(?:" + "|".join(_spaced(s) for s in sorted(records.SYSTEMS, key=len, reverse=True)) + r")"
    r"(?![\w'’])",
    re.IGNORECASE,
)
_SYSTEM_FIRST_WORDS = frozenset(s.split()[0] for s in records.SYSTEMS)
# Or the system named after the reference as whose number it is: "2205871 is her Mosaic ID",
# "00719934 (that's her Mosaic number)", "4419027 (Liquidlogic)", "7731902 = Dad's RiO no.".
_REF_IS = r"(?i:is|was|that['’]?s|thats|it['’]?s|its)[ \t]{1,3}"
_REF_WHOSE = r"(?:(?i:his|her|their|the|my|our)|[A-Za-z][a-z]{1,20}['’]s)[ \t]{1,3}"
_REFERENCE_ON = re.compile(
    r"(?<![\w/\-£$€.,:+])(?P<id>(?:[A-Z]{1,4}(?:[ /\-]|(?=\d)))?\d[\dA-Z/\-]*"
    r"(?:[ ]\d[\dA-Z/\-]*){0,4})(?:[ \t]{1,3}(?i:on|in)[ \t]{1,3}(?i:the[ \t]{1,3})?"
    r"|[ \t]{0,3}(?:[(=,]|[ \t]-)[ \t]{0,3}(?:" + _REF_IS + r")?(?:" + _REF_WHOSE + r")?"
    r"|[ \t]{1,3}(?:" + _REF_IS + r"(?:" + _REF_WHOSE + r")?|" + _REF_WHOSE + r"))$"
)


def _references_on_a_system(draft: Draft) -> Iterable[tuple[int, int]]:
    """References just before "on" or "in" and a record system's name, or before the system
    named as whose number it is ("... is her Mosaic ID", "... (Liquidlogic)": ``_REFERENCE_ON``),
    in the normalised text."""
    firsts = _SYSTEM_FIRST_WORDS.intersection(draft.words)
    if not firsts:
        return
    source = draft.text
    for at in sorted(p for word in firsts for p in _positions(draft.folded, word)):
        if (at and _in_word(source[at - 1])) or _SYSTEM_AT.match(source, at) is None:
            continue
        m = _REFERENCE_ON.search(source, max(0, at - 48), at)
        if m is None:
            continue
        start, end = m.span("id")
        if _reference_is_a_record(source, start, end, digits_of(m.group("id"))):
            yield start, end


def find_record_numbers(draft: Draft, context: Context) -> Iterable[Span]:
    """Numbers after a record system's name or a label ("RiO number 1048776", "client ref
    CL-00417"), references shaped like a case reference ("PCC/2024/0583"), and the hospital,
    case and record numbers of ``_RECORD``."""
    source = draft.text
    spans = {span for span in _RECORD_PATTERN.find(draft, context)}
    names = _RECORD_NAME_WORDS.intersection(draft.words)
    if names or draft.ascii_words is None:
        # Read from each run of three or more digits back to its cue: a scan for digits (in the
        # draft's shape, bytes) is far cheaper than one for the cue's many words, and only a run
        # with a system's or a label's word shortly before it reads its window.
        folded = draft.folded
        marks = sorted(at for name in names for at in _positions(folded, name))
        last_end = -1
        for run in _DIGIT_RUN_SHAPE.finditer(draft.shape):
            if run.start() < last_end:
                continue
            # A reference starts at most 16 characters before its run of digits.
            near = bisect.bisect_left(marks, run.start() - _RECORD_REACH - 46)
            if draft.ascii_words is not None and not (
                near < len(marks) and marks[near] < run.start()
            ):
                continue
            if not _DIGIT_RUN.match(source, run.start()):
                continue
            m = _reference_at(source, run.start())
            if m is None:
                continue
            last_end = m.end()
            if _record_cue_before(source, m) and not _commercial_reference(m.group("id")):
                spans.add(Span(*draft.to_original(*m.span("id"))))
    if _REFERENCE_SHAPE_BYTES.search(draft.shape):
        for m in _REFERENCE_SHAPE.finditer(source):
            if (
                not _commercial_before(source, m.start())
                and not _commercial_reference(m.group("id"))
                and not _commercial_after(source, m.end())
            ):
                spans.add(Span(*draft.to_original(*m.span("id"))))
    for start, end in draft.analysis(_loose_record_numbers):
        spans.add(Span(*draft.to_original(start, end)))
    for start, end in _labelled_dated_references(draft):
        spans.add(Span(*draft.to_original(start, end)))
    for start, end in _references_on_a_system(draft):
        spans.add(Span(*draft.to_original(start, end)))
    if spans:
        # A phone or an NI number is its own rule's, even beside a record's cue ("the adult social
        # care number is 0300 123 4567"), and so is a number the phone rule leaves alone as a
        # service's line or a venue's: "the unit number is 0800 731 0297" is no record's. The
        # phone rule's candidates, not its findings: whose a phone is reads the names found,
        # and the names rule reads record numbers.
        others = [
            Span(*draft.to_original(start, end)) for start, end, _ in draft.analysis(_phone_numbers)
        ]
        others += draft.analysis(_FOUND[find_ni_numbers])
        spans = {
            span
            for span in spans
            if not any(o.start < span.end and span.start < o.end for o in others)
        }
    if spans and not _PREMISES_REFERENCE_WORDS.isdisjoint(draft.words):
        spans = {span for span in spans if not _premises_reference(draft, span)}
    # One finding per reference: a span inside another is the same one.
    kept = sorted(spans, key=lambda s: (s.start, -s.end))
    last_end = -1
    for span in kept:
        if span.end <= last_end:
            continue
        last_end = span.end
        yield span


# A reference of letters, a year's two digits and a serial ("ASC-26-30917", "CR-88-41230"), or
# of letters and a serial after a slash ("CHC/44819"): shaped like a case's, but like a booking's
# or a form's as often, so read only where its own sentence names whose record it is before it
# (a label or a system: "ASC case ASC-26-30917", "her care record number ... it's CR-88-41230").
_DATED_REFERENCE = re.compile(
    r"(?P<id>[A-Z](?<![\w/\-][A-Z])[A-Z]{1,3}(?:-\d{2}-\d{4,7}|/\d{4,8}))(?![\w/\-])"
)
_DATED_REFERENCE_REACH = 120


def _labelled_dated_references(draft: Draft) -> list[tuple[int, int]]:
    """The references of ``_DATED_REFERENCE`` after a label or a system's name in their
    sentence, with no commercial word or prefix (spans of the normalised text)."""
    shape = draft.shape
    if b"-00-0000" not in shape and b"A/0000" not in shape:
        return []
    if _RECORD_NAME_WORDS.isdisjoint(draft.words):
        return []
    source = draft.text
    found: list[tuple[int, int]] = []
    for m in _DATED_REFERENCE.finditer(source):
        start = max(0, m.start() - _DATED_REFERENCE_REACH)
        for stop in _RECORD_STOP.finditer(source, start, m.start()):
            start = stop.end()
        before = _TOKEN.findall(source[start : m.start()].lower())
        if (
            not _RECORD_NAME_WORDS.isdisjoint(before)
            and not _commercial_reference(m.group("id"))
            and not _commercial_before(source, m.start())
            and not _commercial_after(source, m.end())
        ):
            found.append(m.span("id"))
    return found


# The words of an organisation's own premises, stall or event: a reference given about one of
# them ("complaint ref ... is ours about the parking at the hub", "Council ref ... for the
# carers' rights day stall", "pendant ref ... for the office file") is the organisation's matter.
# Not a hospital, a ward, a clinic or a surgery, whose numbers are their patients'.
_PREMISES_REFERENCE_WORDS = _VENUE_CUES | word_set("office offices premises depot")
# Words that make a reference in its sentence a person's: a pronoun, a title, a relative, a
# client, a resident, their home, a call or visit to them, a care-record system ("Mosaic ID ...,
# email the office the notes") or a label of a person's record ("patient", "case", "referral").
_REFERENCE_PERSON_WORDS = (
    places.PERSONAL_PHONE_WORDS
    | places.HOME_WORDS
    | places.PERSONAL_PLACE_WORDS
    | frozenset(w for phrase in _SYSTEMS for w in (*phrase.split(), "".join(phrase.split())))
    | word_set("user users su patient person case hospital hosp crisis nhs mrn pas")
) - word_set("landline")


def _premises_reference(draft: Draft, span: Span) -> bool:
    """The reference at ``span`` (of the original text) is an organisation's: its own sentence
    speaks of premises, a stall or an event (``_PREMISES_REFERENCE_WORDS``) and of no person,
    relative, client or home (``_REFERENCE_PERSON_WORDS``): "Council ref CRM-991104 for the bin
    complaint at the office", but not "her case ref with the council, on everything you send to
    the office"."""
    around = draft.analysis(_surroundings_of_original)
    own_start, _wide, own_end = around.sentences(span.start, span.end)
    if not around.has(_PREMISES_REFERENCE_WORDS, own_start, span.start, span.end, own_end):
        return False
    return not around.has(_REFERENCE_PERSON_WORDS, own_start, span.start, span.end, own_end)


RECORD_NUMBER = Rule(
    id="identifiers.record_number",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like a hospital, case or record number.",
    why=(
        "A hospital or case number opens one person's file to anyone who has access, so the "
        "tip 'Do not post unique identifiers' covers it too."
    ),
    suggestion="Take the number out; describe the situation instead.",
    replacement="[record number]",
    matcher=Custom(_once(find_record_numbers)),
    flags=(
        "Hospital number [[K1234567]], still waiting for the scan.",
        "MRN: [[00123456]]",
        "case ref [[SC/2023/0456]] with the council",
        "hosp no [[RX4456712]]",
        "the record number is [[88123-4]]",
        "Case number: [[CN-778812]]",
        "RiO number [[1048776]] needs rebooking for depot",
        "Mosaic ID for her is [[7731902]], can somebody check",
        "SystmOne number for bed 6 is [[5512034]]",
        "EMIS no. [[40293817]] tomorrow afternoon",
        "CareDocs ref for the new lady is [[CD00417]]",
        "client ref [[CL-00417]] has cancelled all calls",
        "referral ref [[2024-RF-11902]] is for double up calls",
        "hes ref is [[PCC/2024/0583]] for the social worker",
        "the council's reference for Dad is [[SCC/ASC/0044812]]",
        "PAS number [[P0093347]] is on the theatre list",
        "Rhif cleient [[CL-00417]] wedi canslo",
        "cyfeirnod achos [[44812]] gan y gweithiwr cymdeithasol",
    ),
    passes=(
        "A record number of 300 people came to the fair.",
        "Case ref to follow.",
        "What's your hospital number policy?",
        "Order number 1234567 has shipped.",
        "MRN is on the wristband, check it.",
        "Order ref ORD-44812 from the supplier is late.",
        "Senior carer at Brackenfield Court. Ref JOB-2291. Apply through our careers page.",
        "The fridge is dead again, I've logged it with service request SR-55210.",
        "Booking ref BK448120 for the minibus.",
        "Invoice INV/2024/0042 is unpaid.",
        "We moved from RiO to SystmOne in 2019.",
        "Client ID cards are ready at reception.",
        "Apply by Friday quoting JOB/2025/0147.",
        "Recruiting a night nurse for our Leeds home, ref RN/2025/012.",
        "We finally got a pas de deux in the panto, 2024 was a good year.",
    ),
)

# --- Identifiers beside a name --------------------------------------------------------------------

# The identifiers that make a name beside them someone's whose record it is: not a phone number
# or an email address, which a colleague's or an organiser's may be too ("ring Jo on ...").
_RECORD_FINDERS = (
    find_nhs_numbers,
    find_possible_nhs_numbers,
    find_chi_numbers,
    find_hc_numbers,
    find_ni_numbers,
    find_dates_of_birth,
    find_postcodes,
    find_addresses,
    find_record_numbers,
)
# The identifiers that make the writer's own number, offered beside them, a warning still
# (``_offered_as_own``): none of them reads phones or names.
_NUMBER_FINDERS = (
    find_nhs_numbers,
    find_chi_numbers,
    find_hc_numbers,
    find_ni_numbers,
    find_dates_of_birth,
)
# How near a name an identifier is read, in characters, within the name's sentence.
_BESIDE = 40
# A sentence's end between a name and an identifier (the full stop of "no." is none).
_BREAK = re.compile(r"(?<![Nn]o)[.!?](?=\s)|\n")


def _identifier_spans(draft: Draft) -> list[Span]:
    spans = [span for find in _RECORD_FINDERS for span in draft.analysis(_FOUND[find])]
    return sorted(spans, key=lambda s: (s.start, s.end))


def _beside_identifier(draft: Draft, start: int, end: int, alone: bool = False) -> bool:
    """An NHS, CHI, H&C, NI or record number, a date of birth, an address or a postcode stands
    within ``_BESIDE`` characters of the name at ``start:end`` (of the normalised text), in the
    same sentence: "NHS number 943 476 5919 for Ted", "Ivy Haworth at Flat 3, Tanner Street".
    A first name ``alone`` needs a word between: with only a comma or a space it is the town
    of an address ("12 Abbey Walk, Selby YO8 4PU")."""
    if not draft.analysis(_identifier_spans):
        return False
    starts, ends = draft.analysis(_identifier_bounds)
    lo, hi = draft.to_original(start, end)
    text = draft.original
    # The identifiers ending within reach before the name, and those starting within reach after
    # it, found by bisection (a long draft has thousands of names and identifiers).
    gaps = [
        (e, lo)
        for e in ends[bisect.bisect_left(ends, lo - _BESIDE) : bisect.bisect_right(ends, lo)]
    ]
    gaps += [
        (hi, b)
        for b in starts[bisect.bisect_left(starts, hi) : bisect.bisect_right(starts, hi + _BESIDE)]
    ]
    for gap in gaps:
        if _BREAK.search(text, *gap) or (alone and not _GAP_WORD.search(text, *gap)):
            continue
        return True
    return False


def _identifier_bounds(draft: Draft) -> tuple[list[int], list[int]]:
    """Where the identifiers of ``_identifier_spans`` start and where they end, each sorted."""
    spans = draft.analysis(_identifier_spans)
    return sorted(span.start for span in spans), sorted(span.end for span in spans)


_GAP_WORD = re.compile(r"[^\W\d_]{2}")
# A name and where it lives, right after it: "Dolores from 9 Scargreen Avenue", "Wullie at 3/2,
# 9 Dundas Street", "Dai up at Pen y Bryn".
_HOME_AFTER_NAME = re.compile(
    r"[ \t]{1,3}(?:(?:up|down|over|out|round)[ \t]{1,3}(?:the[ \t]{1,3}\w{1,12}[ \t]{1,3})?)?"
    r"(?:at|from|in|of|on)[ \t]{1,3}"
)


def _home_after(draft: Draft, end: int) -> bool:
    """An address found by the address rule starts just after the name ending at ``end`` (of the
    normalised text) and a word that puts its person there (``_HOME_AFTER_NAME``)."""
    m = _HOME_AFTER_NAME.match(draft.text, end)
    if m is None:
        return False
    return draft.to_original(m.end(), m.end())[0] in draft.analysis(_address_starts)


def _address_starts(draft: Draft) -> frozenset[int]:
    """Where each address the address rule finds starts, in the original text."""
    return frozenset(span.start for span in draft.analysis(_FOUND[find_addresses]))


# --- Names ----------------------------------------------------------------------------------------

_TITLES = r"(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|MRS|MR|DR|mrs|mr|dr)"
# Letters of Latin script beyond ASCII ("Szymańska", "Łukasz", "Ó Súilleabháin").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
_LOWER = "a-zß-öø-ÿĀ-ž"
_NAME_WORD = rf"(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}][{_LOWER}]+)?"

# Capitalised words that follow a cue ("Patient Advice", "resident Manager") without being names.
NOT_NAMES = word_set(
    """Advice Liaison Experience Safety Transport Forum Meeting Meetings Group Groups Council
    Committee Voice Involvement Engagement Feedback Survey Day Week Month Panel Services Service
    Care Support Information Record Records Notes Plan Plans Charter Guide Leaflet Association
    Champion Champions Rep Representative Portal Access Choice Choices Review Reviews Lounge
    Kitchen Garden Fund Manager Lead Coordinator Officer Team Home Homes Ward Unit Room Flat
    Outlook Thunderbird The This That These Those It He She They We You And But Or So If When Who
    What Where Why How Yes No Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November
    December Christmas Easter Bank Holiday Has Had Is Was Said Says Went Came Got Needs Wants
    Loves Likes Lives Died Passed Fell Uses Ok Okay Thanks Please Dementia Parkinson Alzheimer
    Alzheimers Covid Facebook Whatsapp WhatsApp Linkedin LinkedIn My Our Your His Her Their
    Santa Hiya Hey Heya Howdy Great Royal Mine Yours Hers Sorry"""
)

# Names of brands, characters and public figures that follow a title without being anyone's name.
PUBLIC_TITLED_NAMES = word_set(
    """martens motivator blobby bean tumble men kipling muscle sheen pepper who doubtfire darcy
    seuss whippy world universe right oetker freeze foster hinch marple bump happy tickle hook
    feelgood dolittle jekyll hyde benn chips magoo"""
)

NOT_NAMES_LOWER = frozenset(w.lower() for w in NOT_NAMES)
_NOT_NAME_LOOKAHEAD = r"(?!(?:" + "|".join(sorted(NOT_NAMES)) + r")\b)"

_TITLED_NAME = (
    r"(?P<id>"
    + not_after(r"[MDPmd]", r"[\w.]")
    + r"(?:(?<=M)(?:rs|r|s|iss|x|RS|R)|(?<=D)[rR]|(?<=P)rof|(?<=m)rs?|(?<=d)r)"
    rf"\.?[ \t]+(?:[A-Z]\.?[ \t]*(?=[A-Z])){{0,3}}"
    rf"(?P<surname>{_NAME_WORD})(?:[ \t]+(?P<second>{_NAME_WORD}))?)(?!\w|['’](?![sS]\b))"
)

# Whose name the cue gives: "her", "his", "their", or the person's own word ("Mum's name is
# Sheelagh", "the lady's name is Vera").
_WHOSE = (
    r"(?:her|his|their|(?:mum|mam|dad|mother|father|nan|nana|nanna|gran|granny|grandma|grandad"
    r"|grandpa|wife|husband|aunt|auntie|aunty|uncle|client|resident|patient|lady|gentleman"
    r"|gent|man|woman|tenant)['’]s)"
)
# A cue that the next word names a person someone supports or is talking about.
_PERSON = (
    r"(?:man|woman|lady|gentleman|gent|chap|fella|bloke|guy|person|boy|girl|lad|lass"
    r"|young\s+(?:man|woman|person|lady)|resident|client|patient|service\s+user|tenant)"
)
_CUE = (
    r"(?i:(?:residents?|clients?|patients?|service\s+users?|tenants?|pt\.?)[ \t]*[,:]?"
    r"|(?:my|our)\s+(?:lady|ladies|gent|gents|gentleman|fella|chap|guy|lad|lass)"
    rf"|{_PERSON}\s+(?:I|we)\s+(?:support|care\s+for|look\s+after|work\s+with|visit)"
    r"(?:,?\s+(?:who\s+is\s+)?(?:called|named))?[ \t]*,?"
    rf"|{_PERSON}\s+(?:called|named|known\s+as)"
    r"|(?:prefers?|likes?|wants?)\s+to\s+be\s+(?:called|known\s+as)"
    # "Her name's Jeannie", "his full name is Kwabena Asante-Mensah".
    # "Mum's name is Sheelagh", "the lady's name is Vera".
    rf"|{_WHOSE}\s+(?:(?:full|real|proper)\s+)?name(?:\s+is|\s+was|['’]s)[ \t]*:?)"
)
_CUED_NAME = (
    rf"(?<!\w){_CUE}[ \t]+(?!{_TITLES}\b)"
    rf"(?P<id>(?P<first>{_NAME_WORD})(?:[ \t]+(?P<second>{_NAME_WORD}))?)(?!\w|['’](?![sS]\b))"
)
_TITLED_NAME_RE = re.compile(_TITLED_NAME)
_CUED_NAME_RE = re.compile(_CUED_NAME)


# Every cue contains one of these; the cue pattern only runs around them (a scan of the whole
# draft for cues that can start with half the alphabet would be slow).
_CUE_STEMS = (
    "pt",
    "resident",
    "client",
    "patient",
    "service user",
    "tenant",
    "lady",
    "ladies",
    "gent",
    "fella",
    "chap",
    "guy",
    "lad",
    "lass",
    "support",
    "care for",
    "look after",
    "work with",
    "visit",
    "called",
    "named",
    "known as",
    "name",
)


# The words that stand in every match of a part of the names rule, lower-cased: a title, or a cue's
# word ("residents", "gentleman", "support", "called"). A draft without any has no such match.
_TITLE_WORDS = word_set("mr mrs ms miss mx dr prof")
_CUE_WORDS = word_set(
    """pt resident residents client clients patient patients service tenant tenants lady ladies
    gent gents gentleman fella chap guy lad lass support care look work visit called named known
    name"""
)


def _lower_same_length(source: str) -> str:
    lower = source.lower()
    # A few letters grow when lowered ("İ"); then offsets would drift, so search the text as is.
    return lower if len(lower) == len(source) else source


# Each cue stem's first word (the letters before its space, if any).
_CUE_STEM_HEADS = {stem: stem.split()[0] for stem in _CUE_STEMS}
_WHOSE_NAME = re.compile(_WHOSE + r"[ \t]+(?:(?:full|real|proper)[ \t]+)?$", re.IGNORECASE)


def _cued_names(source: str, words: frozenset[str] | None) -> Iterable[re.Match[str]]:
    lower = _lower_same_length(source)
    seen: set[tuple[int, int]] = set()
    # The letters of a stem's first word stand together inside one of the draft's ASCII words
    # wherever the stem stands in the text: a search of the draft's distinct words, far shorter
    # than a long draft, passes over the stems that are nowhere (most of them, in most drafts).
    joined = " ".join(words) if words is not None else None
    for stem in _CUE_STEMS:
        if stem == "pt" and words is not None and "pt" not in words:
            continue
        if joined is not None and _CUE_STEM_HEADS[stem] not in joined:
            continue
        at = lower.find(stem)
        while at != -1:
            if stem == "pt" and (
                (at and lower[at - 1].isalnum()) or lower[at + 2 : at + 3].isalnum()
            ):
                # "pt" inside a word ("kept", "accepted") is no cue.
                at = lower.find(stem, at + 2)
                continue
            if stem == "name" and not _WHOSE_NAME.search(lower, max(0, at - 20), at):
                # "name" is a cue only after "her", "his" or "their" (and "full", "real").
                at = lower.find(stem, at + 4)
                continue
            # A cue starts at its stem or at most three words before it ("young man I support").
            pos = at
            for _ in range(4):
                m = _CUED_NAME_RE.match(source, pos)
                if m is not None and m.span("id") not in seen:
                    seen.add(m.span("id"))
                    yield m
                # Step back over the separator and the word before it.
                while pos > 0 and not source[pos - 1].isalnum():
                    pos -= 1
                while pos > 0 and source[pos - 1].isalnum():
                    pos -= 1
            at = lower.find(stem, at + len(stem))


# --- Names from the gazetteer ---------------------------------------------------------------------

# A word: a letter, then letters, digits, apostrophes and hyphens, ending in a letter or digit.
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
_LOWER_TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx"))
# Words that end a name: places and venues ("Albert Park", "Grace Church"), not surnames.
_PLACE_WORDS_AFTER = frozenset(
    str.split(
        """road rd street st avenue ave lane close drive court crescent way gardens place terrace
    grove walk row hill square mews rise green parade vale view park croft meadow meadows field
    fields house hall centre center church chapel lodge hospital surgery ward unit school college
    university library museum theatre hub club cafe café trust foundation fund council group
    team road's street's park's manor villa villas cottage cottages farm bridge station island
    bay beach pier castle abbey wood woods forest moor valley lake loch point heath sands cove
    harbour port marina zoo home homes hotel market arms inn tavern airport city town united
    rovers estate campus general mail"""
    )
)


_Phrases = dict[str, tuple[list[str], ...]]


def _by_word(phrases: tuple[list[str], ...], index: int) -> _Phrases:
    """``phrases`` by their first (``index`` 0) or last (-1) word, so that a word looks up only the
    few phrases it can start or end."""
    table: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        table.setdefault(phrase[index], []).append(phrase)
    return {word: tuple(group) for word, group in table.items()}


_CARE_BEFORE = _by_word(people.CARE_BEFORE, -1)
_NOT_SUPPORTED_BEFORE = _by_word(people.NOT_SUPPORTED_BEFORE, -1)
_CARE_AFTER = _by_word(people.CARE_AFTER, 0)
_SUPPORTED_AFTER = _by_word(people.SUPPORTED_AFTER, 0)
# A word after a name that may start a frame of care (``_may_frame``): the first words of
# ``_CARE_AFTER``'s phrases and of a person supported said by a word for them.
_CARE_AFTER_FIRST = frozenset(_CARE_AFTER) | people.SUPPORTED_PERSON_ARTICLES


def _said_at(words: list[str], at: int, options: tuple[tuple[str, ...], ...]) -> list[int]:
    """Where each of ``options`` (phrases as words) said at word ``at`` of ``words`` ends."""
    return [at + len(said) for said in options if tuple(words[at : at + len(said)]) == said]


def _supported_person_after(words: list[str], at: int) -> int:
    """The length of the longest "the lad I support", "a young woman we care for" (an article,
    a word that describes, a word for a person, the writer, the care: ``people.SUPPORTED_PERSONS``
    and its parts) said at word ``at`` of ``words``, or 0."""
    if at >= len(words) or words[at] not in people.SUPPORTED_PERSON_ARTICLES:
        return 0
    best = 0
    persons = [at + 1]
    if at + 1 < len(words) and words[at + 1] in people.SUPPORTED_PERSON_DESCRIBED:
        persons.append(at + 2)
    for person in persons:
        if person >= len(words) or words[person] not in people.SUPPORTED_PERSONS:
            continue
        for writer in _said_at(words, person + 1, people.SUPPORTED_PERSON_SUPPORTERS):
            for care in _said_at(words, writer, people.SUPPORTED_PERSON_SUPPORTING):
                best = max(best, care - at)
    return best


def _care_after(words: list[str], at: int) -> int:
    """The length of the longest phrase of ``_CARE_AFTER``, or of a person supported said by a
    word for them, that starts at word ``at``, or 0."""
    return max(_phrase_after(words, at, _CARE_AFTER), _supported_person_after(words, at))


_NOT_SUPPORTED_AFTER = _by_word(people.NOT_SUPPORTED_AFTER, 0)


def _phrase_before(words: list[str], at: int, phrases: _Phrases) -> int:
    """The length of the longest of ``phrases`` that ends just before word ``at``, or 0."""
    best = 0
    for phrase in phrases.get(words[at - 1], ()) if at else ():
        n = len(phrase)
        if n > best and at >= n and words[at - n : at] == phrase:
            best = n
    return best


def _phrase_after(words: list[str], at: int, phrases: _Phrases) -> int:
    """The length of the longest of ``phrases`` that starts at word ``at``, or 0."""
    best = 0
    for phrase in phrases.get(words[at], ()) if at < len(words) else ():
        n = len(phrase)
        if n > best and words[at : at + n] == phrase:
            best = n
    return best


_SENTENCE_END = re.compile(r"[.!?\n]")


def _last_sentence_of(window: str) -> str:
    """``window`` from after its last sentence end (``_SENTENCE_END``), or all of it: four
    searches from the end in place of a pass over every end."""
    cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
    return window[cut + 1 :] if cut >= 0 else window


def _colleague_frame(source: str, start: int) -> bool:
    """The few words before ``start`` in its sentence name a role or the praise of workplace news
    ("our CQC inspector was Mr Patel", "Thrilled to welcome Dr Aisha Bello"), or a role stands
    just before a comma and the name ("our practice pharmacist, Mrs Deepa Rana")."""
    window = _after_salutation(_sentence_before(source, start))
    words = _TOKEN.findall(window.lower())[-people.NEAR_WINDOW :]
    return _staff_words(words) or _role_before_comma(source, start)


def _staff_words(words: list[str]) -> bool:
    """One of ``words`` names a role or the praise of workplace news (NOT_SUPPORTED_NEAR); "shout"
    only in "shout out" ("Shout out to our Kelly", not "the new carer shout at Mrs Green")."""
    near = people.NOT_SUPPORTED_NEAR.intersection(words)
    if near != {"shout"}:
        return bool(near)
    return any(w == "shout" and words[i + 1 : i + 2] == ["out"] for i, w in enumerate(words))


# Who is "on with" someone: the writer or a named worker is on a shift beside another worker ("I'm
# on with Dan", "Grace is on with Tomasz", "Chloe's on with Aisha for the sleep in", "then going
# on with Raj for the teatime run"); a question of who is on with someone asks after the person
# supported ("whoever's on with Mabel", "is anyone on with Big Tony").
_ON_SHIFT_WRITER = word_set("i'm im me we're going")
_ON_SHIFT_IS = word_set("is was")


def _on_a_shift_with(before: list[str]) -> bool:
    """The words before a name end in "on with" after the writer ("I'm", "me", "we're"), "going",
    or a listed given name with "is" or "'s" ("Grace is", "Chloe's"): a worker on shift with
    another worker, not the person supported whom a call is "on with"."""
    if len(before) < 3 or before[-1] != "with" or before[-2] != "on":
        return False
    subject = before[-3]
    if subject in _ON_SHIFT_WRITER:
        return True
    if subject in _ON_SHIFT_IS:
        return len(before) >= 4 and names.is_given_name(before[-4])
    return subject.endswith("'s") and names.is_given_name(subject[:-2])


def _listed_as_staff(source: str, start: int) -> bool:
    """A colon stands before ``start`` in its sentence, and the words before the colon name
    colleagues or praise them ("Our new starters on the care team this month: Kasia Nowak and
    ..."): the names listed after it are theirs."""
    if ":" not in source[max(0, start - 80) : start]:
        return False
    window = _sentence_before(source, start)
    colon = window.rfind(":")
    return colon >= 0 and _staff_words(_TOKEN.findall(window[:colon].lower()))


def _sentence_before(source: str, start: int) -> str:
    """The text of ``start``'s sentence before it, read for at most 80 characters."""
    return _last_sentence_of(source[max(0, start - 80) : start])


# A greeting to the group, which a name after it does not belong to: "Dear colleagues, Mr Iyer
# ...", "Morning all, Doris ...".
_SALUTATION = re.compile(
    r"(?i:dear|hi|hello|hiya|morning|evening|afternoon)[ \t]{1,3}"
    r"(?i:all|team|colleagues|everyone|both|girls|ladies|guys|folks|gang)[ \t]{0,3}[,!:-]"
)


_GREETINGS = ("dear", "hi", "hello", "morning", "evening", "afternoon")
# Any of them in a text, as a part of a word or whole: one search in place of one per greeting.
_A_GREETING = re.compile("|".join(_GREETINGS))


def _after_salutation(window: str) -> str:
    """``window`` from after a greeting to the group in it, if there is one."""
    lower = window.lower()
    if _A_GREETING.search(lower) is None:
        return window
    m = _SALUTATION.search(window)
    return window[m.end() :] if m else window


_ROLE_PLACE_WORDS = word_set("at from of in on for")


def _role_before_comma(source: str, start: int) -> bool:
    """A role stands among the three words before a comma just before ``start``: "our practice
    pharmacist, Mrs Deepa Rana", "The consultant at St Luke's, Dr Amanda Okafor"."""
    at = start
    while at > 0 and source[at - 1] in " \t":
        at -= 1
    if at == 0 or source[at - 1] != ",":
        return False
    words = [
        w.replace("’", "'").removesuffix("'s")
        for w in _TOKEN.findall(source[max(0, at - 40) : at - 1].lower())[-4:]
    ]
    # The role ends the words before the comma, or a place follows it ("The consultant at St
    # Luke's, Dr Okafor"); not a role inside a clause of its own ("if the GP surgery asks,
    # Sadie can never remember it").
    return any(
        w in people.ROLES and (k == len(words) - 1 or words[k + 1] in _ROLE_PLACE_WORDS)
        for k, w in enumerate(words)
    )


def _addressed(source: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is said to someone at the end of a sentence, after a comma: "I'm
    so sorry to hear about your dad, Precious.", "Thanks for that, Bethan x"."""
    at = start
    while at > 0 and source[at - 1] in " \t":
        at -= 1
    if at == 0 or source[at - 1] != ",":
        return False
    rest = source[end : end + 4].lstrip(" \t")
    return not rest or rest[0] in ".!?\n" or (rest[:1] in ("x", "X") and not rest[1:2].isalnum())


# Ordinary words that may follow "mr" or "mrs" in lower case without being a surname.
_NOT_SURNAMES = (
    word_set(
        """and or the a an is was has had to of in on at for with from by her his their our my
    your its who which that this these those as be been are were will would can could should may
    might must do does did not no yes so but if then than too very just also only even all any
    some each every other such same few more most much many both either neither one two three
    first last next new old good great little big long high right left says said asked wants
    needs rang called came went got men man woman"""
    )
    | NOT_NAMES_LOWER
    | PUBLIC_TITLED_NAMES
)

# A capitalised word (a name's candidate), and a lower-case title with the word after it.
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’-][A-Z])(?:[\w'’-]*\w)?")
# The same words less those in capitals ("I", "NHS", "LS1"), which ``_gazetteer_reading`` passes
# over first: a word here holds a letter that is not an ASCII capital. Its scan finds the words
# it reads in C, not each of a long draft's capitalised words with a step of Python.
_CAPITALISED_NOT_CAPITALS = re.compile(r"[A-Z](?<![\w'’-][A-Z])(?=[\w'’-]*?[^\W\d_A-Z])[\w'’-]*\w")
_LOWER_TITLED = re.compile(r"m(?<![\w'’-]m)(?:rs?|s|iss|x)[ \t]+(?P<word>[a-z](?:[\w'’-]*\w)?)")
_POSSESSIVE = ("'s", "’s", "'S", "’S")


def _possessive(source: str, end: int) -> bool:
    """The name ending at ``end`` owns something: an "'s" just after it, or as its own last
    letters ("our Mary's", "Secret Santa's")."""
    return source[end : end + 2] in _POSSESSIVE or source[end - 2 : end] in _POSSESSIVE


# How far around a name its frame is read: enough for NEAR_WINDOW words before it and the longest
# phrase after it, so that each name costs the same however long the draft.
_FRAME_BEFORE = 80
_FRAME_AFTER = 60


def _lower_words(text: str) -> list[str]:
    """The words (``_TOKEN``) of ``text``, lower-case, with "’" as "'". A text of ASCII is
    lowered whole and then read, the same words without a call per word (lowering an ASCII
    letter keeps it a letter; other letters may lower to more characters or to marks)."""
    if text.isascii():
        return _TOKEN.findall(text.lower())
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]


def _words_before(source: str, start: int) -> list[str]:
    """The words before ``start`` in its sentence, lower-case, at most NEAR_WINDOW of them."""
    window = _last_sentence_of(source[max(0, start - _FRAME_BEFORE) : start])
    return _lower_words(_after_salutation(window))[-people.NEAR_WINDOW :]


def _words_before_name(draft: Draft, start: int) -> list[str]:
    """``_words_before`` the name found at ``start`` of ``draft.text``, read once per draft and
    place: whose a name is asks for them three times in turn (``_someone_elses_name``,
    ``_writers_own_family``, ``_writers_kin``), and a long draft has hundreds of names."""
    read = draft.analysis(_words_before_names)
    words = read.get(start)
    if words is None:
        words = read[start] = tuple(_words_before(draft.text, start))
    return list(words)


def _words_before_names(draft: Draft) -> dict[int, tuple[str, ...]]:
    """The words before each place ``_words_before_name`` was asked about, by place."""
    return {}


def _words_after(source: str, end: int) -> list[str]:
    """The words after ``end`` in its sentence, lower-case (read for _FRAME_AFTER characters)."""
    window = source[end : end + _FRAME_AFTER]
    stop = _SENTENCE_END.search(window)
    if stop:
        window = window[: stop.start()]
    return _lower_words(window)


def _glued_before(source: str, start: int) -> tuple[str, int] | None:
    """The word just before ``start`` with only spaces between, and where it starts."""
    at = start
    while at > 0 and source[at - 1] in " \t":
        at -= 1
    if at == start or at == 0 or not (source[at - 1].isalnum()):
        return None
    word_end = at
    while at > 0 and start - at < 24 and (source[at - 1].isalnum() or source[at - 1] in "'’-"):
        at -= 1
    return source[at:word_end], at


# Spaces and the word (``_TOKEN``) after them, read in one match: a word starts with a letter,
# so the spaces are all there are before it.
_GLUED_WORD = re.compile(r"[ \t]+(" + _TOKEN.pattern + ")")


def _glued_after(source: str, end: int) -> tuple[str, int] | None:
    """The word just after ``end`` with only spaces between, and where it ends."""
    m = _GLUED_WORD.match(source, end)
    return (m.group(1), m.end()) if m else None


_RELATIVES = _by_word(tuple(phrase.split() for phrase in people.RELATIVES), -1)
# Words never read as a name alone, whatever the lists say: kinship words ("Mum", "Nan"), and
# the names of identifiers and record systems ("nino", "RiO", "Paris" beside a number).
_NEVER_ALONE = (
    people.KIN_AND_HONORIFICS
    | frozenset(w for phrase in people.RELATIVES for w in phrase.split())
    | frozenset(("mam", "mum", "nan", "dad", "nino", "nhs", "chi", "dob", "hcn", "mrn", "pas"))
    | _RECORD_NAME_WORDS
)
_SURNAME_SHAPE = re.compile(rf"[A-Z][{_LOWER}]{{3,}}(?:-[A-Z][{_LOWER}]+)?")


# Words before a place's name ("living in Great Yarmouth", "near Long Eaton").
_PLACE_BEFORE = word_set("in at from near to of around via into towards outside")


def _unlisted_surname(source: str, given: int, start: int, word: str) -> bool:
    """``word``, a capitalised word at ``start`` after the given name at ``given`` that no list
    knows, reads as a surname ("Terry Blackshaw"): shaped like one, not one word of a run in
    title case ("Terry Street Party"), and not after a word that puts a place's name next
    ("in Great Yarmouth")."""
    if not _SURNAME_SHAPE.fullmatch(word) or word.lower() in _NOT_SURNAMES:
        return False
    before = _words_before(source, given)
    if before and before[-1] in _PLACE_BEFORE:
        return False
    following = _glued_after(source, start + len(word))
    return following is None or not following[0][:1].isupper()


_ARTICLES = word_set("a an the this that")


def _after_article(source: str, start: int) -> bool:
    """The word just before ``start`` is an article ("a big Bill", "the Old Mill")."""
    before = _glued_before(source, start)
    return before is not None and before[0].lower() in _ARTICLES


def _glued_capital_after(source: str, end: int) -> str | None:
    """The capitalised word just after ``end``, with only spaces between, if there is one."""
    following = _glued_after(source, end)
    return following[0] if following is not None and following[0][:1].isupper() else None


def _in_address_text(source: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is part of an email address or a web address ("jo" of
    "jo_smith@example.com")."""
    return source[end : end + 1] in ("_", "@", "+") or source[start - 1 : start] in ("@", "_", ".")


def _may_frame(source: str, prev_word: str, end: int) -> bool:
    """The word before a name, or the word after it, can start or end a frame that says it is
    someone supported (``_frame``): a cheap test before the lists are looked up."""
    if prev_word in people.FOND_PREFIXES or prev_word in _CARE_BEFORE:
        return True
    following = _glued_after(source, end)
    if following is None:
        return False
    word = following[0].lower()
    return word in _CARE_AFTER_FIRST or word in ("on", "in")


def _names_an_organisation(source: str, end: int) -> bool:
    """The two words before ``end`` are followed by a plural's apostrophe ("Carers'") or by
    another capitalised word that is no weekday, month or title ("Carers Resource")."""
    if source[end : end + 1] in ("'", "’") and source[end - 1 : end] == "s":
        return True
    following = _glued_capital_after(source, end)
    return (
        following is not None
        and following not in NOT_NAMES
        and following.lower() not in _TITLE_WORDS
        and not following.isupper()
    )


def _record_system_after(source: str, end: int) -> bool:
    """The capitalised word after ``end`` names a record system ("Mavis Crowther Nourish ID
    ...", "Agnes Brodie TrakCare TC4418207")."""
    following = _glued_after(source, end)
    return following is not None and following[0].lower() in _RECORD_NAME_WORDS


def _starts_sentence(source: str, start: int) -> bool:
    before = source[max(0, start - 4) : start].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?\n"


# Where a person supported is, or on which round: "on the 10 o'clock call", "in the end
# bungalow", "on my 4pm visit" (and not "on the rota" or "in the office": a colleague's).
_CARE_PLACES = word_set(
    """call calls visit visits run round bungalow flat flats room bed unit ward lounge bay side
    room floor number"""
)


# A day after "on" is when, not where ("Steve on Tuesday, wear flat shoes"), and a round a
# worker does is a duty, not someone's place on it ("Gemma on the medication round").
_WHEN_AFTER_ON = dates.WEEKDAYS | word_set("nights days lates earlies")
_DUTY_ROUNDS = word_set("med meds medication medications drug drugs tea drinks")


def _care_place_after(after: list[str]) -> int:
    """2 when the words after a name put it on a care round or in a room ("Lil on the 10
    o'clock call", "Sid in the end bungalow"), else 0: the place word is read within the four
    words after "on" or "in", not after a day ("on Tuesday") nor as a worker's round of
    medicines or drinks ("on the meds round")."""
    if not after or after[0] not in ("on", "in", "from"):
        return 0
    near = after[1:5]
    if _CARE_PLACES.isdisjoint(near) or near[0] in _WHEN_AFTER_ON:
        return 0
    if "round" in near:
        k = near.index("round")
        if k and near[k - 1] in _DUTY_ROUNDS and len(_CARE_PLACES.intersection(near)) == 1:
            return 0
    return 2


_WORKPLACE_WORDS = places.VENUE_WORDS | places.SERVICE_WORDS | word_set("hospital infirmary agency")


def _at_a_workplace(after: list[str]) -> bool:
    """The words after "at" name a public place or a service's premises within four words
    ("at Highfield Medical Centre", "at the Parkside surgery"), and no room or flat of a
    person supported ("at Flat 2, Church Lane")."""
    near = after[1:5]
    return not _WORKPLACE_WORDS.isdisjoint(near) and _CARE_PLACES.isdisjoint(near)


# Words before a name that make it a colleague's only weakly: "with", "and", "from".
_WEAK_NOT_SUPPORTED = word_set("with and by")
# Words after a name that put a person somewhere before saying what they do: "Cyril up at
# Highfield Cottage wants his paper", "ellis in 4 keeps calling me mummy".
_LOCATIVES = word_set("up down over out in on at")
# Where staff are, not people supported: "Sarah in the office keeps ringing".
_STAFF_PLACES = word_set(
    """office desk reception rota team nights days lates earlies training meeting meetings
    shift shifts break"""
)


def _care_after_place(after: list[str]) -> int:
    """The length of a phrase of CARE_AFTER that starts within the four words after a
    locative right after the name ("up at Highfield Cottage wants his"), none of them a
    place of staff, or 0."""
    if not after or after[0] not in _LOCATIVES:
        return 0
    for k in range(1, min(5, len(after))):
        if after[k] in _STAFF_PLACES:
            return 0
        found = _care_after(after, k)
        if found and after[k] != "at":
            return found
    return 0


_ASK = word_set("ask asked asking")
# Words before a name that speak to its person, a colleague more often than someone supported:
# "tell sandra if she grasses me up again".
_TOLD = _ASK | word_set("tell told telling text texted message messaged")
# Words before a name whose person is checked on or reminded: "pls check Dilys has her pendant on".
_CHECKING = word_set("check checked ensure sure remind reminded")


def _asked(source: str, start: int) -> bool:
    """The word before ``start`` asks someone: "I'll ask our Dave", "asked our Ciaran"."""
    before = _glued_before(source, start)
    return before is not None and before[0].lower() in _ASK


def _needs_care_after(source: str, end: int) -> bool:
    """The words after a name at a sentence's start say what the person has, needs or does as
    someone supported ("Nerys has a hospital appt", "Ivy ate only half soup"), and none of them
    tells a colleague's work ("Kerry is doing the meds round")."""
    after = _words_after(source, end)[:8]
    return not people.CARE_NEEDS.isdisjoint(after) and people.STAFF_DOING.isdisjoint(after)


def _health_state_after(source: str, end: int) -> bool:
    """A word of ``people.HEALTH_STATES`` is among the few words after the name ending at
    ``end`` ("Kiri's been really chesty", "Eunice got weighed today")."""
    return not people.HEALTH_STATES.isdisjoint(_words_after(source, end)[:6])


# How far after a name a pronoun that refers back to it is looked for: the rest of its sentence
# and the next one.
_DESCRIBED_REACH = 160


def _rest_and_next_sentence(source: str, end: int) -> str:
    """The rest of the sentence from ``end`` and the next one, within ``_DESCRIBED_REACH``
    characters: where what is said of a name ending at ``end`` is read."""
    window = source[end : end + _DESCRIBED_REACH]
    ends = [m.start() for m in itertools.islice(_SENTENCE_END.finditer(window), 2)]
    return window[: ends[1]] if len(ends) == 2 else window


_DESCRIBED_WORDS = people.DESCRIBED | people.CARE_NEEDS
# Words before a place's name rather than a person's ("his care home in Dudley. He is 79").
_PLACE_ONLY_BEFORE = word_set("in at near from into outside around via towards")
_WORD_OR_NUMBER = re.compile(r"[^\W_](?:[\w'’-]*\w)?")


def _weakly_not_supported(source: str, start: int, end: int) -> bool:
    """Only a "with" or an "and" just before the name says it may be a colleague's ("a lovely
    hour with Winifred"): no role or praise before it, no colleague's words after it."""
    before = _words_before(source, start)
    if not before or before[-1] not in _WEAK_NOT_SUPPORTED or _staff_words(before):
        return False
    if _phrase_before(before, len(before), _NOT_SUPPORTED_BEFORE) > 1:
        return False
    return not _phrase_after(_words_after(source, end), 0, _NOT_SUPPORTED_AFTER)


# Possessive pronouns, and the kinship words after them that name someone else ("his mum", "her
# dad", "her husband"): what follows is said of that relative.
_OWNING = word_set("his her")
_OTHERS_KIN = frozenset(w for phrase in people.RELATIVES for w in phrase.split()) | (
    people.OWN_FAMILY_WORDS - word_set("mister madam madame pan pani sr sra dom dona")
)


def _described_after(source: str, end: int, others_kin: bool = False) -> bool:
    """The rest of the name's sentence, or the next one, refers back to the name ending at
    ``end`` with "he" or "she" and says within a few words what a person supported is, has or
    needs ("Gordon was in a mood, he wouldn't take his tablets", "Winifred, she's 93"), with no
    word of a colleague's work in it ("Gemma did the meds round, she said ..."), and no other
    name before the pronoun. With ``others_kin``, a pronoun that owns a relative ("his mum")
    is taken to speak of that relative."""
    window = _rest_and_next_sentence(source, end)
    written = _WORD_OR_NUMBER.findall(window)
    words = [w.lower().replace("’", "'") for w in written]
    if not people.STAFF_DOING.isdisjoint(words[:4]):
        return False
    for at, word in enumerate(words):
        if word in people.THIRD_PERSON:
            # With ``others_kin``, "his mum", "her husband": the pronoun owns someone else, whose
            # care what follows may say ("My husband Tony went through the same with his mum,
            # the carers assessment helped"): not the name's.
            if (
                others_kin
                and word in _OWNING
                and at + 1 < len(words)
                and words[at + 1] in _OTHERS_KIN
            ):
                continue
            # What is said of the person: the few words after the name, and after the pronoun.
            said = words[:6] + words[at + 1 : at + 9]
            if not people.STAFF_DOING.isdisjoint(said):
                return False
            if not _DESCRIBED_WORDS.isdisjoint(said):
                return True
        elif (
            written[at][:1].isupper()
            and written[at] not in NOT_NAMES
            and names.is_given_name(word)
            and not names.is_common_word(word)
        ):
            return False
    return False


# What follows a person's name as the subject of a sentence: a verb of what they are, did or
# would not do, or the bed or room they are in ("Mercy (Bed 3) declined").
_PERSON_AFTER = re.compile(
    r"[ \t]{1,3}(?:\((?i:bed|room|rm|bay|flat)\b|(?i:was|is|has|had|wasn['’]t|isn['’]t|hasn['’]t"
    r"|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t|can['’]t|couldn['’]t|refused|declined|kept"
    r"|keeps|seems|seemed|looked|looks|fell|ate|slept|said|says|asked|asks|told|wanted|wants"
    r"|needs|needed|loved|enjoyed|sang|cried|laughed)(?![\w'’]))"
)
# The pronouns a name set off by commas may say who is meant by.
_PRONOUNS_NAMED = word_set("him her he she")


def _names_a_pronoun(source: str, start: int, end: int) -> bool:
    """The name at ``start:end``, set off by commas, follows a pronoun within the three words
    before its comma ("to him, Osric,", "She told me, Perpetua,"), and no word of a colleague's
    work follows it in the next few words ("I rang her, Dawn, about the rota")."""
    before = _words_before(source, start - 2)[-3:]
    if _PRONOUNS_NAMED.isdisjoint(before):
        return False
    return people.STAFF_DOING.isdisjoint(_words_after(source, end + 1)[:8])


def _staff_frame(source: str, start: int, end: int, possessive: bool) -> bool:
    """The words around the name at ``source[start:end]`` make it a colleague's or a public
    figure's strongly: a role or praise in the words before ("Shout out to our Kelly"), or words
    after that place them at work ("Mister Colin from the agency", "wor Lisa on the desk")."""
    if _staff_words(_words_before(source, start)):
        return True
    if possessive:
        return False
    after = _words_after(source, end)
    return _phrase_after(after, 0, _NOT_SUPPORTED_AFTER) > (
        _care_after(after, 0) or _care_place_after(after)
    )


# A line that closes a letter or a post, before the writer's name on the next line: "Kind
# regards,", "Best wishes", "Many thanks", "Yours sincerely".
_VALEDICTION = re.compile(
    r"(?i:(?:(?:kind|best|warm|warmest|many|with)[ \t]+)?(?:regards|wishes|thanks)"
    r"|yours[ \t]+(?:sincerely|faithfully|truly)|sincerely|cheers|thank[ \t]+you)"
    r"[ \t]*[,.!]?[ \t]*\r?\n[ \t]*$"
)


def _signed_off(source: str, start: int) -> bool:
    """The name at ``start`` opens a line, and the line before closes a letter: the writer's
    signature ("Kind regards,\nOluwaseun Adebayo-Hart")."""
    return "\n" in source[max(0, start - 4) : start] and bool(
        _VALEDICTION.search(source, max(0, start - 40), start)
    )


# What a list of people supported is said to need or have, right after its last name: "...
# and Blessing Adeyemi-Ward all need bloods" (not "Yasmin Ali (meds) both passed").
_LIST_VERB = re.compile(
    r"[ \t]{1,3}(?:(?:all|both)[ \t]{1,3})?(?i:need|needs|have|has|had|are|were|refused|declined)"
    r"(?![\w'’])"
)
# Words after "from" that make it a time ("from next week", "from Monday"), not a workplace.
_TIMES_AFTER_FROM = dates.WEEKDAYS | word_set("next now today tomorrow tonight this")


# "is", "was", "called" or "named" just before a name, after a role: the role's holder.


def _role_named_before(source: str, start: int, before: list[str]) -> bool:
    """A role stands among the five words before "is", "was", "called" or "named" just before
    ``start`` (``before``: the words before it in its sentence): "New OT for the east team is
    Marta Kowalczyk", "a nurse called Ruth Adebayo taught me"."""
    if not before or before[-1] not in _ROLE_NAMING:
        return False
    if _ROLE_IS_BEFORE.search(source, max(0, start - 10), start) is None:
        return False
    # The role is the subject: just before the verb, or before a place or a team it is of
    # ("lead for the borough is"), not inside a clause ("the lady the nurse saw was").
    last = len(before) - 1
    return any(
        _a_role(before[k], people.ROLES) and (k == last - 1 or before[k + 1] in _ROLE_OF)
        for k in range(max(0, last - 5), last)
    )


_ROLE_NAMING = word_set("is was called named")
_ROLE_IS_BEFORE = re.compile(r"(?i:" + "|".join(sorted(_ROLE_NAMING)) + r")[ \t]{1,3}$")
_ROLE_OF = word_set("for at of on in from with")


def _frame(source: str, start: int, end: int, possessive: bool) -> tuple[bool, bool]:
    """Whether the words around the name at ``source[start:end]`` say it is someone supported,
    and whether they say it is a colleague's, the writer's or a public figure's."""
    before = _words_before(source, start)
    after = [] if possessive else _words_after(source, end)
    if after and (_phrase_after(after, 0, _SUPPORTED_AFTER) or _supported_person_after(after, 0)):
        # "Congratulations to Marcus, who we've supported for three years": who the writer
        # supports, said just after the name, outweighs the praise or the role before it.
        return True, False
    if (
        _staff_words(before)
        or _on_a_shift_with(before)
        or _role_before_comma(source, start)
        or _listed_as_staff(source, start)
        or _signed_off(source, start)
        or _role_named_before(source, start, before)
    ):
        return False, True
    # "the rota is changed, Ewa do my calls": a care phrase before a name is glued to it.
    glued = _glued_before(source, start) is not None
    pos = _phrase_before(before, len(before), _CARE_BEFORE) if glued else 0
    if not glued and source[max(0, start - 2) : start].strip(" \t") in ("(", ","):
        # "Mum (Eileen, 88)", "Babcia (Teresa Zielińska)", "Mummy (Hyacinth Barrett)".
        pos = _phrase_before(before, len(before), _RELATIVES) or int(
            bool(before) and before[-1] in people.KIN_AND_HONORIFICS
        )
    neg = _phrase_before(before, len(before), _NOT_SUPPORTED_BEFORE)
    place = _care_place_after(after)
    pos_after = _care_after(after, 0) or place or _care_after_place(after)
    # "Dr Anand at Highfield Medical Centre", "Bernadette at the Oakfield surgery": "at" a
    # public place or a service's premises says where someone works, not where they are cared for.
    if pos_after == 1 and after[0] == "at" and _at_a_workplace(after):
        pos_after = 0
    neg_after = _phrase_after(after, 0, _NOT_SUPPORTED_AFTER)
    # "address for Edna from next week is ...": "from" and a time, not a workplace.
    if neg_after == 1 and after[0] == "from" and after[1:2] and after[1] in _TIMES_AFTER_FROM:
        neg_after = 0
    # "Had a laugh with Albert on my dinner call": a round or a room after the name says more
    # than a "with" or an "and" before it.
    if neg == 1 and place and before and before[-1] in _WEAK_NOT_SUPPORTED:
        neg = 0
    if possessive:
        owned = _words_after(source, end + 2)
        pos_after = int(bool(owned) and owned[0] in people.CARE_POSSESSIONS)
        neg_after = int(bool(owned) and owned[0] in people.PUBLIC_POSSESSIONS)
    not_supported = neg > pos or neg_after > pos_after
    return (pos > neg or pos_after > neg_after) and not not_supported, not_supported


# Words before "to", "by" or "for" and a full name that make it a performer's or an author's:
# "sang along to Vera Lynn", "he'd walk to Glenn Miller", "a book by Wendy Mitchell".
_PERFORMED = word_set(
    """sang sing sings singing along listen listens listened listening dance dances danced
    dancing walk walked march marched swayed humming hummed book books novel novels song songs
    album film films show lit up read reading play played playing"""
)
_WORK_BEFORE = word_set("to by for")
# Verbs whose object is a work, so that a full name right after them is its author's or
# performer's: "reading Terry Pratchett", "quoting Maya Angelou".
_READ_OR_PLAYED = word_set("read reading reads reread rereading quote quoted quoting quotes")
_PUT = word_set("put puts putting stick stuck popped pop play playing played")
_ON_AFTER = re.compile(r"[ \t]{1,3}on(?![\w'’])", re.I)
_GRAVE_AFTER = re.compile(
    r"(?:['’](?:d|ll))?(?:[ \t]{1,3}(?:would|will|must|is))?(?:[ \t]{1,3}be)?[ \t]{1,3}"
    r"(?:turn|turning|spin|spinning|roll|rolling)[ \t]{1,3}in[ \t]{1,3}(?:his|her|their)"
    r"[ \t]{1,3}grave",
    re.I,
)
_A_THING = word_set("one a an two three some")


def _a_public_work(source: str, start: int, end: int, possessive: bool) -> bool:
    """The full name at ``start:end`` is a performer's or an author's, or a thing named after
    them: after "to", "by" or "for" and a word of singing, dancing or books ("sang along to Vera
    Lynn", "lit up for Matt Monro"), after a number or an article ("one Agatha Christie a
    month"), or owning a title in quotation marks ("Wendy Mitchell's \"Somebody I Used to
    Know\"")."""
    before = _words_before(source, start)[-3:]
    if before and before[-1] in _A_THING and _glued_before(source, start) is not None:
        return True
    if len(before) >= 2 and before[-1] in _WORK_BEFORE and before[-2] in _PERFORMED:
        return True
    # "Reading Terry Pratchett aloud", "Put Tom Jones on in the lounge", "put on Ray Charles":
    # what is read or played is the work of the one named, not the person; "Clement Attlee would
    # turn in his grave": the dead whose name stands for a cause.
    glued = _glued_before(source, start) is not None
    if glued and before and not possessive:
        if before[-1] in _READ_OR_PLAYED:
            return True
        if before[-1] in _PUT and _ON_AFTER.match(source, end):
            return True
        if len(before) >= 2 and before[-1] == "on" and before[-2] in _PUT:
            return True
    if _GRAVE_AFTER.match(source, end):
        return True
    return possessive and source[end + 2 : end + 5].lstrip(" \t")[:1] in _OPEN_QUOTES


_WATCHED = word_set("watch watches watching watched")
# What follows a performer's or a presenter's full name: their work, or the screen they are on
# ("Vera Lynn songs", "Esther Rantzen talking about loneliness", "Bradley Walsh on The Chase",
# "Mary McAleese on the Late Late").
_ON_SCREEN_AFTER = re.compile(
    r"(?:['’]s)?[ \t]{1,3}(?:(?i:songs?|films?|movies?|books?|novels?|albums?|records?|shows?"
    r"|programmes?|concerts?|documentar(?:y|ies)|talking[ \t]{1,3}about)(?![\w'’])"
    r"|(?i:on)[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?(?:(?i:telly|tv|television|radio|news|box)(?![\w'’])"
    r"|The[ \t]{1,3}[A-Z]|the[ \t]{1,3}[A-Z]))"
)


def _on_screen(source: str, start: int, end: int) -> bool:
    """The full name at ``start:end``, with no title, is watched or followed by a word of its
    work or of the screen ("Dad loves watching Bradley Walsh", "sing Vera Lynn songs", "Bradley
    Walsh on The Chase"): a performer's or a presenter's, whatever care the sentence speaks of.
    Not one put on ("I put Margaret Pilkington on the commode"): that is read with the care."""
    first = _TOKEN.match(source, start)
    if first is None or first.group().lower() in _TITLE_WORDS:
        return False
    if _ON_SCREEN_AFTER.match(source, end):
        return True
    if _glued_before(source, start) is None:
        return False
    before = _words_before(source, start)[-1:]
    return bool(before) and before[0] in _WATCHED


_CARE_IN_SENTENCE = people.CARE_WORDS | _DESCRIBED_WORDS
# A sentence's end, not the stops inside "d.o.b." or "14.02.1938".
_SENTENCE_STOP = re.compile(r"[.!?](?![^\s\"'’”)])|\n")


def _around_a_name(source: str, start: int, end: int) -> str:
    """The sentence of the name at ``start:end`` before it, and the rest of it and the next one
    after it, joined by a space: what ``_care_in_sentence`` reads."""
    before = _last_sentence_of(source[max(0, start - _FRAME_BEFORE) : start])
    after = source[end : end + _FRAME_AFTER]
    ends = [m.start() for m in itertools.islice(_SENTENCE_STOP.finditer(after), 2)]
    if len(ends) == 2:
        after = after[: ends[1]]
    return before + " " + after


def _care_in_sentence(source: str, start: int, end: int) -> bool:
    """The sentence of the name at ``start:end`` before it, or the rest of it and the next one,
    hold a word of care, of what a person supported has or needs, or a number (a room, a date,
    an age): "Harold Dawes. Room 9."."""
    around = _around_a_name(source, start, end)
    if any(c.isdigit() for c in around):
        return True
    words = _TOKEN.findall(around.lower().replace("’", "'"))
    return not _CARE_IN_SENTENCE.isdisjoint(words)


def _only_kin_or_dates_around(source: str, start: int, end: int) -> bool:
    """What ``_care_in_sentence`` reads around the full name at ``start:end`` holds no word of
    care but the writer's parents and grandparents (``_CARED_FOR_KIN``), and no number but a
    birthday's age, a year, a date or a time (``_BIRTHDAY_OR_YEAR``): "Mam shouts at Rachel
    Riley every afternoon", "ice creams at Mark Toney's with my grandma": the family at home or
    out with a public figure or a business, no one's care, so a reminder."""
    around = _around_a_name(source, start, end)
    if any(c.isdigit() for c in around):
        around = _BIRTHDAY_OR_YEAR.sub(" ", around)
        if any(c.isdigit() for c in around):
            return False
    words = _TOKEN.findall(around.lower().replace("’", "'"))
    return _CARE_IN_SENTENCE.intersection(words) <= _CARED_FOR_KIN


def _a_public_figure(source: str, start: int, end: int, possessive: bool) -> bool:
    """The full name at ``start:end`` is one the whole country knows (``people.PUBLIC_FIGURES``)
    and the words just after it say nothing of a person supported (``_supported_person_after``,
    a phrase of ``_SUPPORTED_AFTER``, a room or a round, what they need or have; not a pronoun
    further on, which may be anyone's: "Put some Dolly Parton on for Mum and she knew every
    word"): the public figure, not "Tom Jones in room 4 refused his tea"."""
    said = " ".join(source[start:end].lower().replace("’", "'").split())
    if said not in people.PUBLIC_FIGURES:
        return False
    if possessive:
        return True
    after = _words_after(source, end)
    return not (
        _phrase_after(after, 0, _SUPPORTED_AFTER)
        or _supported_person_after(after, 0)
        or _care_place_after(after)
        or _care_after_place(after)
        or _needs_care_after(source, end)
    )


def _in_the_media(source: str, start: int, end: int) -> bool:
    """A word of broadcasting, the press, the stage or politics (``people.MEDIA_WORDS``) is in
    the sentence of the full name at ``start:end``, before it or after it: a public figure's
    name, which a draft about care alone does not make someone supported's."""
    before = _words_before(source, start)
    return not (
        people.MEDIA_WORDS.isdisjoint(before)
        and people.MEDIA_WORDS.isdisjoint(_words_after(source, end))
    )


# Titles of priests and ministers, capitalised, before a name: "Father Michael", "Revd Holt".
_CLERGY = frozenset(
    str.split(
        """Father Reverend Rev Revd Pastor Vicar Imam Rabbi Canon Bishop Chaplain Deacon Cardinal
    Archbishop Monsignor Pandit Swami Granthi"""
    )
)
_OPEN_QUOTES = frozenset("\"“‘'")
_CLOSE_QUOTES = frozenset("\"”’'")


def _quoted(source: str, start: int, end: int) -> bool:
    """The name at ``start:end``, perhaps with the capitalised word after it, stands in
    quotation marks: a song's or a book's title ("Danny Boy")."""
    if start == 0 or source[start - 1] not in _OPEN_QUOTES:
        return False
    if source[end : end + 1] in _CLOSE_QUOTES:
        return True
    following = _glued_after(source, end)
    return (
        following is not None
        and following[0][:1].isupper()
        and source[following[1] : following[1] + 1] in _CLOSE_QUOTES
    )


# Titles of speakers, priests and officials written with a full stop ("Prof.", "Rev.", "Cllr.").
_TITLES_WITH_STOP = frozenset(
    ("Prof", "Professor", "Rev", "Revd", "Cllr", "Canon", "Fr", "Dr", "Sir", "Dame")
)
_TITLE_ENDINGS = tuple(_TITLES_WITH_STOP)


def _titled_with_stop(source: str, stop: int) -> bool:
    """The word ending at the full stop at ``stop`` is a title of ``_TITLES_WITH_STOP``."""
    # The cheap test first: the text before the stop ends with a title at all (most sentences
    # end with a word that is none).
    if not source.endswith(_TITLE_ENDINGS, 0, stop):
        return False
    at = stop
    while at > 0 and stop - at < 10 and source[at - 1].isalpha():
        at -= 1
    return source[at:stop] in _TITLES_WITH_STOP and (at == 0 or not source[at - 1].isalnum())


def _gazetteer_names(draft: Draft) -> list[tuple[int, int]]:
    """The names ``_gazetteer_reading`` finds."""
    return draft.analysis(_gazetteer_reading)[0]


def _gazetteer_reading(
    draft: Draft,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """Names found with the gazetteer, the listed given names (not ordinary words) read
    alone that the words around did not settle, for the learned decision
    (``given_name_decisions``), and capitalised words no list holds read alone as a person
    supported's on weaker evidence (``_unlisted_lone_name``), reported as reminders. Names
    found with the gazetteer: a listed given name and a surname ("Kevin Marsh"), a name after a
    lower-case title, a kinship word or an honorific ("mrs ellis", "Nan Pearl", "pani Zofia"),
    and a listed first name alone where the words around it say it is someone supported ("pop
    in on Doreen", "we lost Albert", "Terence in room 9"). Names in a colleague's, the writer's
    or a public figure's frame ("our manager Priya Shah", "thanks Kerry") are left.
    Only capitalised words (and the word after a lower-case title) are read, each with the few
    words around it."""
    source = draft.text
    found: list[tuple[int, int]] = []
    left: list[tuple[int, int]] = []
    weak: list[tuple[int, int]] = []
    words = draft.ascii_words
    if words is None or not _LOWER_TITLES.isdisjoint(words):
        for m in _LOWER_TITLED.finditer(source):
            word = m.group("word")
            if word.endswith(_POSSESSIVE):
                word = word[:-2]
            listed = names.is_surname(word) or names.is_given_name(word)
            if (listed and not names.is_common_word(word)) or (
                # "mrs oduya": after "mr" or "mrs" typed in lower case, a word no list knows is
                # a surname too, unless it is an ordinary word ("mr and mrs", "mr men").
                not listed
                and m.group().startswith("mr")
                and len(word) >= 3
                and word.isalpha()
                and word not in _NOT_SURNAMES
            ):
                found.append((m.start(), m.start("word") + len(word)))
                continue
            # "mr fox wont let me in": a surname that is an ordinary word too, where the words
            # around say it is someone supported.
            end = m.start("word") + len(word)
            if (
                listed
                and word not in _NOT_SURNAMES
                and _frame(source, m.start(), end, word != m.group("word"))[0]
            ):
                found.append((m.start(), end))
    # A draft about care, or one with an identifier of a record's kind (a date of birth, an NHS
    # number, an address), is about someone: a full name in it is theirs.
    care_words = not people.CARE_WORDS.isdisjoint(draft.words)

    def about_care() -> bool:
        return care_words or bool(draft.analysis(_identifier_spans))

    taken = -1  # where the last name found ends
    for m in _CAPITALISED_NOT_CAPITALS.finditer(source):
        word = m.group()
        # The commonest capitalised words, a word no name is ("Day", "The") or one in capitals,
        # are passed over before anything else is read (as they are below, with an owner's "'s").
        if word in NOT_NAMES or word.isupper():
            continue
        start, end = m.span()
        if start < taken:
            continue
        possessive = word.endswith(_POSSESSIVE) and len(word) > 2
        if possessive:
            word, end = word[:-2], end - 2
        # (``_in_address_text`` written out: this test runs for every capitalised word.)
        if (
            word in NOT_NAMES
            or word.isupper()
            or word.lower() in _TITLE_WORDS
            or source[end : end + 1] in ("_", "@", "+")
            or source[start - 1 : start] in ("@", "_", ".")
        ):
            continue
        # "Imam Yusuf will visit", "Pandit ji will come": a priest's title, read as the title
        # of the name after it (if any), not as a given name of its own.
        if word in _CLERGY and not possessive:
            continue
        prev = _glued_before(source, start)
        prev_word = prev[0].lower().replace("’", "'") if prev else ""
        # "4 Lon Las", "12 Mill Lane": after a house number, a street's name.
        if prev_word.isdigit():
            taken = end
            continue
        # "Father Michael", "Reverend Anne Holt": a priest or a minister.
        if prev and prev[0] in _CLERGY:
            taken = end
            continue
        # "Prof. Martin Knapp", "Rev. Anne Tolley", "Cllr. Jo Platt": a title with its full stop.
        if source[max(0, start - 2) : start] == ". " and _titled_with_stop(source, start - 2):
            taken = end
            continue
        # "sang "Danny Boy"", "one 'Agatha Christie' a month": a title in quotation marks.
        if start and source[start - 1] in _OPEN_QUOTES and _quoted(source, start, end):
            continue
        # A kinship word or an honorific before a capitalised word: "Nan Pearl", "Dona Lurdes";
        # not a colleague's ("my training with Mister Colin from the agency").
        if prev and (
            prev_word in people.KIN_AND_HONORIFICS
            or (prev_word in ("sr", "sra") and source[prev[1] + len(prev[0])] == ".")
        ):
            if not _staff_frame(source, prev[1], end, possessive):
                found.append((prev[1], end))
            taken = end
            continue
        if prev_word in ("sr", "sra"):
            continue
        if (
            source[max(0, start - 2) : start] == ". "
            and start >= 4
            # (A cheap test before the words are read: the letters of "sr" stand there.)
            and "sr" in source[max(0, start - 6) : start - 2].lower()
        ):
            # "Sr. Manuel": the honorific's full stop is no sentence end.
            before = _TOKEN.findall(source[max(0, start - 6) : start - 2])
            if before and before[-1].lower() in ("sr", "sra"):
                found.append((start - 2 - len(before[-1]), end))
                taken = end
                continue
        # "Please check on Gogo at Flat 2", "Babcia (Teresa Zielińska)": an honorific of another
        # language said alone as the name of someone supported.
        if (
            word.lower() in _HONORIFIC_NAMES
            and _glued_capital_after(source, end) is None
            and prev_word not in _DETERMINERS
            and _honorific_named(draft, start, end, possessive)
        ):
            found.append((start, end))
            taken = end
            continue
        # "I'm so sorry about your dad, Precious.": a name said to someone in the group.
        if source[start - 2 : start] == ", " and _addressed(source, start, end):
            taken = end
            continue
        # "I went in to him, Osric, and he was up", "She told me, Perpetua, that she ...": a name
        # set off by commas after a pronoun says who the pronoun is, in a draft about care.
        if (
            not possessive
            and source[start - 2 : start] == ", "
            and source[end : end + 1] == ","
            and _names_a_pronoun(source, start, end)
            and about_care()
        ):
            found.append((start, end))
            taken = end
            continue
        # "Kamla ben", "Sita aunty": a name and the honorific said after it (in lower case).
        following = (
            _glued_after(source, end)
            if source[end : end + 1] == " " and source[end + 1 : end + 2].islower()
            else None
        )
        if (
            following is not None
            and following[0] in people.HONORIFICS_AFTER
            and word[1:].islower()
            and not names.is_common_word(word)
            # "Mummy ji called", "My Dadi ji": the writer's own family.
            and word.lower() not in people.OWN_FAMILY_WORDS
            and prev_word not in _DETERMINERS
            and not _staff_frame(source, start, end, False)
        ):
            found.append((start, following[1]))
            taken = following[1]
            continue
        if (
            prev_word in _RELATIVES
            and word[1:].islower()
            and not names.is_given_name(word)
            and not _starts_sentence(source, start)
        ):
            # "my mother Jadwiga", "My appa Venkatesh": after a relative, a name no list holds.
            before = _words_before(source, start)
            if (
                prev is not None
                and word.isalpha()
                and len(word) >= 3
                and _phrase_before(before, len(before), _RELATIVES)
                and word.lower() not in NOT_NAMES_LOWER
                and word.lower() not in _NOT_SURNAMES
                and not names.is_common_word(word)
                and (_glued_capital_after(source, end) or "").lower() not in _PLACE_WORDS_AFTER
                and not _frame(source, start, end, possessive)[1]
            ):
                found.append((start, end))
                taken = end
                continue
        if (
            not possessive
            and word.endswith("s")
            and len(word) >= 4
            and _owned_without_apostrophe(source, word, end)
            and not names.is_given_name(word)
        ):
            # "Ivys meds", "thats Dorcass nhs no": a possessive typed without its apostrophe.
            found.append((start, end - 1))
            taken = end
            continue
        given = names.is_given_name(word)  # (read once: the tests below ask it in turn)
        if not given and (pair := _unlisted_given_name(draft, start, end)):
            # "Zbigniew Kowalczyk was asking all day for his wife", "client details: Stanisława
            # Nowicka d.o.b 02/11/1939": a given name no list holds before a surname one does, or
            # two unlisted words shaped like names, in a care frame or beside an identifier.
            found.append((start, pair))
            taken = pair
            continue
        if (
            prev is not None
            and prev_word in people.NICKNAME_PREFIXES
            and not given
            and _nickname_after_prefix(draft, prev[1], start, end, possessive)
        ):
            # "wee Morag", "big Shug": after a prefix of dialect, a capitalised word no list
            # holds is the nickname a person is known by.
            found.append((prev[1], end))
            taken = end
            continue
        if not given:
            # A short form no list holds ("Our Kath", "Lil"), where the words around say it is
            # someone supported.
            if (
                3 <= len(word) <= 5
                and word[1:].islower()
                and word.lower() not in names.FUNCTION_WORDS
                and _may_frame(source, prev_word, end)
                and names.is_short_form(word)
                and word.lower() not in _NOT_SURNAMES
                and word.lower() not in _NEVER_ALONE
                and word[1:].islower()
                and _glued_capital_after(source, end) is None
                and _frame(source, start, end, possessive)[0]
            ):
                fond = prev is not None and prev_word in people.FOND_PREFIXES
                found.append((prev[1] if fond and prev else start, end))
                taken = end
            elif _unlisted_lone_name(source, start, end, possessive) or _unlisted_name_in_a_note(
                source, start, end, possessive
            ):
                weak.append((start, end))
            continue
        # "Lola Remedios", "Mama Ngozi": a kinship word or an honorific that is a name too is
        # read with the name after it, as the next word.
        if (
            not possessive
            and word.lower() in people.KIN_AND_HONORIFICS
            and _glued_capital_after(source, end) not in (None, *NOT_NAMES)
        ):
            continue
        # "Barry Island", "our Chester home", "Albert Park": a place, not a person.
        following = None if possessive else _glued_after(source, end)
        if following is not None and (
            following[0].lower() in _PLACE_WORDS_AFTER or following[0].lower() in places.VENUE_WORDS
        ):
            taken = following[1]
            continue
        common = names.is_common_word(word)
        # "our Maureen", "Big Jim", "wee Jessie"; "our Lily in the home", when the name is an
        # ordinary word too; "Big Tony", "Auld Tam" after a prefix of dialect, but not "a big
        # Bill" or "the Old Mill".
        if (
            prev
            and prev_word in people.FOND_PREFIXES
            and not _after_article(source, prev[1])
            and (
                not common
                or prev_word in people.NICKNAME_PREFIXES
                or _frame(source, start, end, possessive)[0]
            )
        ):
            # Not a colleague's: "Shout out to our Kelly on nights", "thanks to wor Lisa"; nor
            # one of the writer's family asked for help ("I'll ask our Ciaran"). A home right
            # after the name is theirs, even after "from" ("Big Len from 3 Moorside Cottages").
            # "Our Kieran's off sick, I'm covering his Wednesday": "our" is said of colleagues
            # too; where the words after speak of work and not of care, the name is theirs.
            if (
                (_home_after(draft, end) or not _staff_frame(source, prev[1], end, possessive))
                and not _asked(source, prev[1])
                and (
                    prev_word != "our"
                    or not _work_news_after(source, end)
                    or _frame(source, start, end, possessive)[0]
                )
            ):
                found.append((prev[1], end))
            taken = end
            continue
        # "her son Graham", "his wife Rose": after a relative, a name even if an ordinary word.
        before = _words_before(source, start) if common else []
        if (
            common
            and _phrase_before(before, len(before), _RELATIVES)
            and not _frame(source, start, end, possessive)[1]
        ):
            found.append((start, end))
            taken = end
            continue
        # A given name and a surname: "Kevin Marsh", "Anne-Marie Costello".
        second = None if possessive else _CAPITALISED.match(source, end + 1)
        if second is not None and source[end] in " \t":
            last = second.group()
            last_end = second.end()
            last_possessive = last.endswith(_POSSESSIVE)
            if last_possessive:
                last, last_end = last[:-2], last_end - 2
            listed = names.is_surname(last) or names.is_given_name(last)
            if (
                not last.isupper()
                and last not in NOT_NAMES
                and last.lower() not in _PLACE_WORDS_AFTER
                and last.lower() not in places.VENUE_WORDS
                and (
                    listed
                    or (
                        # After a given name that is an ordinary word too, not where any word
                        # is capitalised, at a sentence's start.
                        not (common and _starts_sentence(source, start))
                        and _unlisted_surname(source, start, second.start(), last)
                    )
                )
                and not (common and names.is_common_word(last))
            ):
                # "the Royal Infirmary", "the Rowan Pharmacy", "the Hilton Deansgate": two
                # capitalised words after "the" name a place or a thing, not a person.
                if _glued_before(source, start) is not None and prev_word == "the":
                    taken = last_end
                    continue
                care, not_supported = _frame(source, start, last_end, last_possessive)
                # "Cornelius, Ottilie and Blessing Adeyemi-Ward all need bloods": the last of a
                # list, whose "and" is no colleague's frame when what follows is care.
                if (
                    not_supported
                    and not last_possessive
                    and _weakly_not_supported(source, start, last_end)
                    and _LIST_VERB.match(source, last_end)
                    and _needs_care_after(source, last_end)
                ):
                    care, not_supported = True, False
                # "the Bradford Carers' Resource", "Jenny Lind Children's Hospital": two words of
                # an organisation's name in title case, not a person's.
                if (
                    not last_possessive
                    and not care
                    and _names_an_organisation(source, last_end)
                    and not _record_system_after(source, last_end)
                ):
                    taken = last_end
                    continue
                # "sang along to Vera Lynn", "one Agatha Christie a month", "Vicky McClure's Our
                # Dementia Choir": a singer, a writer or a thing named after them.
                if not care and _a_public_work(source, start, last_end, last_possessive):
                    taken = last_end
                    continue
                # "Dad loves watching Bradley Walsh on The Chase, it settles him": a presenter's
                # or a performer's name, even in a sentence of care.
                if _on_screen(source, start, last_end):
                    taken = last_end
                    continue
                if not not_supported and (
                    care
                    or _beside_identifier(draft, start, last_end)
                    # "I mean Zebedee Fairweather-Mbah, he was sat in the dark again"; not
                    # what someone dances or listens to ("dancing to Tom Jones in her nightie").
                    or (prev_word not in _TOWARDS and _described_after(source, last_end))
                ):
                    # "Went to see Tom Jones at the arena", "RIP Bruce Forsyth": a name the
                    # whole country knows, with nothing just after it of a person supported's
                    # care, is the public figure's: a reminder at most.
                    if _a_public_figure(source, start, last_end, last_possessive):
                        weak.append((start, last_end))
                    else:
                        found.append((start, last_end))
                    taken = last_end
                    continue
                # A full name with no frame of its own, in a draft about care: someone
                # supported where its own sentence speaks of care ("Thaddeus Okonjo-Bright is
                # being discharged Friday"); where only other sentences do ("Jeremy Hunt once
                # said he'd fix social care. ... My dad is still waiting"), a public figure, a
                # speaker or a place as often, so a reminder.
                if (
                    not not_supported
                    and about_care()
                    and not _in_the_media(source, start, last_end)
                ):
                    if (
                        _care_in_sentence(source, start, last_end)
                        and not _only_kin_or_dates_around(source, start, last_end)
                        and not _a_public_figure(source, start, last_end, last_possessive)
                    ):
                        found.append((start, last_end))
                    else:
                        weak.append((start, last_end))
                    taken = last_end
                    continue
                if listed:
                    taken = last_end
                    continue
        # A first name alone, where the words around it say it is someone supported, or beside
        # an identifier of theirs ("Mosaic number for Ionela is ..."); a name that is an ordinary
        # word too only right after "for" there ("NI number ... for Frank").
        opens = common and not possessive and _starts_sentence(source, start)
        person_after = opens and bool(_PERSON_AFTER.match(source, end))
        if word.lower() not in _NEVER_ALONE and (
            not common
            or prev_word == "for"
            or possessive
            or person_after
            or _may_frame(source, prev_word, end)
        ):
            care, not_supported = _frame(source, start, end, possessive)
            # "Hope was tearful again after her daughter left", "Mercy (Bed 3) declined her
            # lunch": a name that is an ordinary word too, opening a sentence, is read as a
            # person's when a verb follows it and the words after say what a person supported
            # has, needs or is (not "Hope everyone got home ok", "Patience is wearing thin
            # with this rota").
            if (
                person_after
                and not not_supported
                and (_needs_care_after(source, end) or _described_after(source, end))
            ):
                care = True
                opens = False
            # A name that is an ordinary word too ("Rose", "Will", "Grace") is read in a care
            # frame when it is capitalised inside a sentence ("We lost Summer on Monday"), owns
            # what a person supported has ("Sandy's meds"), or is followed by where they live
            # ("Rose in room 4", "Will in the end flat").
            if opens and care:
                after = _words_after(source, end)
                care = bool(
                    _care_place_after(after)
                    or _care_after_place(after)
                    or _needs_care_after(source, end)
                )
            if common and care and _after_article(source, start):
                care = False
            # "Anyone know if Gabija is back from annual leave yet?", "Whoever has Tomás's bank
            # holiday shift, he's asked to swap back": a care frame before a first name alone
            # is outweighed where the rest of its sentence, and the next, speak of a worker's
            # shifts and leave and say nothing a person supported has, needs or is.
            if care and _shift_news_after(source, end):
                care = False
            # "Kiri's been really chesty today, temp 37.9": a health state said right after the
            # name makes the draft about care by itself.
            if (
                not care
                and not not_supported
                and not common
                and (_starts_sentence(source, start) or prev_word in _CHECKING)
                and (following is None or following[0] not in ("the", "The"))
                and (about_care() or _health_state_after(source, end))
            ):
                care = _needs_care_after(source, end)
            # "Gordon was in a mood, he wouldn't take his tablets": the next words describe the
            # person named, through a pronoun, as someone supported.
            # "Dolores from 9 Scargreen Avenue wants ...": where the person lives, right after.
            if (
                not care
                and _home_after(draft, end)
                and not _staff_words(_words_before(source, start))
            ):
                care, not_supported = True, False
            if (
                not care
                and not common
                and prev_word not in _PLACE_ONLY_BEFORE
                # "sang the whole of Calon Lân while I did her hair": a word of a longer name.
                and _glued_capital_after(source, end) in (None, "I", *NOT_NAMES)
                and (not not_supported or _weakly_not_supported(source, start, end))
                and _described_after(source, end)
            ):
                care, not_supported = True, False
            # "Sunil lost 3kg this month, weights on the chart", "Fatima hasn't eaten properly
            # since Sunday, only sips of juice": a listed given name opening a sentence before a
            # verb, whose sentence and the next say what a person supported has, needs or is, and
            # nothing of a worker's doing (``_care_news_after``).
            if (
                not care
                and not not_supported
                and not common
                and not possessive
                and _starts_sentence(source, start)
                and _care_news_after(source, end)
            ):
                care = True
            # "Kerry refused to cover the lates again", "Bogdan passed his NVQ", "Winnie has been
            # crying all morning, she's our spaniel": a name opening a sentence before a verb is a
            # colleague's, a pet's or the writer's family's where what follows speaks of that
            # (``_others_news_after``) at least as much as of care.
            if care and _starts_sentence(source, start) and _others_news_after(source, end):
                care = False
            # "Pauline you are so right about the UTI confusion": a name opening a sentence
            # straight before "you" is the reader's, spoken to, not someone spoken of.
            if care and _YOU_AFTER_NAME.match(source, end) and _starts_sentence(source, start):
                care = False
            if (care and not not_supported) or (
                not not_supported
                and (not common or prev_word == "for")
                and _beside_identifier(draft, start, end, alone=True)
            ):
                found.append((start, end))
                taken = end
            elif not common and len(word) >= 3 and word[1:].islower():
                left.append((start, end))
    lower_sentences = _lower_case_sentences(source)
    if lower_sentences:
        found += _lower_case_names(draft, lower_sentences, found, about_care)
    if "'s" in source or "’s" in source:
        found += _lower_possessives(source, found)
    found += _lower_kin_names(draft, found)
    return found, left, weak


_HONORIFIC_NAMES = (
    people.KIN_AND_HONORIFICS | frozenset(("ammi", "abbu", "amma", "appa"))
) - people.OWN_FAMILY_WORDS
_DETERMINERS = word_set("my our your his her their the a an me")
# "Nanaji from the Gill family": a person named by their family.
# "Babcia (Teresa Zielińska)", "Ah Ma (Mrs Leung Mei Ling)": the person's own name in brackets.
_FULL_NAME_IN_BRACKETS = re.compile(
    r"[ \t]{0,2}\([ \t]{0,2}(?:(?:Mrs|Mr|Ms|Miss)\.?[ \t]{1,3})?(?P<first>[A-Z][\w'’-]{1,23})"
    r"[ \t]{1,3}[A-Z]"
)
_OWN_IN_BRACKETS = re.compile(r"[ \t]{0,2}\([ \t]{0,2}(?i:my|our)(?![\w'’])")
_FROM_A_FAMILY = re.compile(
    r"[ \t]{1,3}from[ \t]{1,3}the[ \t]{1,3}[A-Z][\w'’-]{1,23}[ \t]{1,3}family\b"
)


def _honorific_named(draft: Draft, start: int, end: int, possessive: bool) -> bool:
    """The words around an honorific said alone at ``start:end`` make it the name of someone
    supported: their full name in brackets after it, their family or their home after it, or a
    care frame (``_frame``, ``_described_after``, an identifier beside it)."""
    source = draft.text
    if _OWN_IN_BRACKETS.match(source, end):
        return False  # "Tata (my dad) is 89": the writer's own father
    bracket = _FULL_NAME_IN_BRACKETS.match(source, end)
    if bracket is not None and bracket.group("first") != source[start:end]:
        return True
    if _FROM_A_FAMILY.match(source, end) or _home_after(draft, end):
        return True
    care, not_supported = _frame(source, start, end, possessive)
    if not_supported:
        return False
    return care or _beside_identifier(draft, start, end, alone=True)


_GIVEN_SHAPE = re.compile(rf"[A-Z][{_LOWER}]{{2,23}}")
# Endings of English words that are seldom names' ("Attendance Allowance", "Housing Benefit").
_ENGLISH_ENDINGS = (
    "ance",
    "ence",
    "ment",
    "tion",
    "sion",
    "ness",
    "ing",
    "ity",
    "ship",
    "ary",
    "ory",
    "ive",
    "able",
    "ible",
    "ful",
    "less",
    "ical",
    "efit",
)
_CLERGY_LOWER = frozenset(w.lower() for w in _CLERGY)


_NICKNAME_SHAPE = re.compile(rf"[A-Z][{_LOWER}]{{2,11}}")


def _owned_without_apostrophe(source: str, word: str, end: int) -> bool:
    """``word`` (ending at ``end``) is a given name and the "s" of a possessive typed without its
    apostrophe, and what follows is what a person supported has ("Ivys meds", "Berts tablets",
    "Dorcass nhs no"): the name is no ordinary word ("Hopes and fears"), nor the word a surname
    ("the Roberts family")."""
    following = _glued_after(source, end)
    if following is None or following[0].lower() not in people.CARE_POSSESSIONS:
        return False
    name = word[:-1]
    return (
        names.is_given_name(name)
        and not names.is_common_word(name)
        and name not in NOT_NAMES
        # "the Roberts family", "Edwards house": a surname ending in "s" is the family's.
        and not names.is_surname(word)
    )


def _nickname_after_prefix(
    draft: Draft, prefix: int, start: int, end: int, possessive: bool
) -> bool:
    """The capitalised word at ``start:end``, which no list holds, after a prefix of dialect at
    ``prefix`` ("wee Morag", "big Shug") is a nickname: shaped like a name, no ordinary word,
    place or title after no article, and not a colleague's; after "big", which is ordinary
    English too ("big Tesco shop"), only in a care frame or beside an identifier."""
    source = draft.text
    word = source[start:end]
    lower = word.lower()
    if not _NICKNAME_SHAPE.fullmatch(word) or word in NOT_NAMES or names.is_common_word(word):
        return False
    if lower in _NOT_SURNAMES or lower in names.FUNCTION_WORDS or lower in _NEVER_ALONE:
        return False
    if lower in _PLACE_WORDS_AFTER or lower in places.VENUE_WORDS:
        return False
    if _after_article(source, prefix) or _glued_capital_after(source, end) is not None:
        return False
    home = _home_after(draft, end)
    if not home and _staff_frame(source, prefix, end, possessive):
        return False
    if source[prefix : prefix + 3].lower() != "big":
        return True
    return (
        home
        or _frame(source, start, end, possessive)[0]
        or _described_after(source, end)
        or _beside_identifier(draft, start, end, alone=True)
    )


def _unlisted_given_name(draft: Draft, start: int, end: int) -> int:
    """Where the name that starts with the unlisted capitalised word at ``start:end`` ends, when
    the next word is a surname (listed and no ordinary word, or shaped like one) and the words
    around the two say they are someone supported's or an identifier stands beside them; else
    0."""
    source = draft.text
    if source[end : end + 1] != " " or not source[end + 1 : end + 2].isupper():
        return 0  # no capitalised word after it: the cheap test first
    word = source[start:end]
    if not _GIVEN_SHAPE.fullmatch(word) or word in NOT_NAMES or names.is_common_word(word):
        return 0
    lower = word.lower()
    if lower in _NOT_SURNAMES or lower in _PLACE_WORDS_AFTER or lower in _CLERGY_LOWER:
        return 0
    if lower in people.KIN_AND_HONORIFICS or lower.endswith(_ENGLISH_ENDINGS):
        return 0
    if lower.endswith(("ed", "ly")) or lower in _CARE_BEFORE or lower in _CARE_AFTER_FIRST:
        return 0  # "Visited Bert", "Lovely Mary": a verb or a word of a frame, then the name
    second = _CAPITALISED.match(source, end + 1) if source[end : end + 1] == " " else None
    if second is None:
        return 0
    last = second.group()
    last_end = second.end()
    if last.endswith(_POSSESSIVE):
        last, last_end = last[:-2], last_end - 2
    if last in NOT_NAMES or names.is_common_word(last) or not _SURNAME_SHAPE.fullmatch(last):
        return 0
    if last.lower() in _PLACE_WORDS_AFTER or last.lower() in places.VENUE_WORDS:
        return 0
    if _glued_capital_after(source, last_end) is not None:
        return 0  # a run of capitalised words: a title, an organisation
    if not names.is_surname(last):
        # Two words no list holds, and not English words ("Attendance Allowance"): a name beside
        # an identifier, or where the words after it describe the person through a pronoun
        # ("Zebedee Fairweather-Mbah, he was sat in the dark again").
        if last.lower().endswith(_ENGLISH_ENDINGS):
            return 0
        care, not_supported = _frame(source, start, last_end, False)
        if not_supported:
            return 0
        if _beside_identifier(draft, start, last_end) or (
            "-" in last and (care or _described_after(source, last_end))
        ):
            return last_end
        return 0
    care, not_supported = _frame(source, start, last_end, False)
    if not_supported:
        return 0
    return last_end if care or _beside_identifier(draft, start, last_end) else 0


_COPULAS_AND_HAS = word_set("is was has had")


def _a_thing_done(source: str, lower: str, end: int) -> bool:
    """The capitalised word ``lower`` (lower-cased), ending at ``end``, is a thing of care, or
    something done, not a person: "Breakfast was refused", "Lunch has been eaten" (but "Seun
    was agitated": a person's state)."""
    if lower in people.CARE_NEEDS or lower in people.CARE_WORDS:
        return True
    after = _words_after(source, end)[:2]
    return (
        len(after) == 2
        and after[0] in _COPULAS_AND_HAS
        and after[1].endswith(("ed", "en"))
        and after[1] not in people.CARE_NEEDS
    )


def _no_unlisted_given_name(word: str, lower: str) -> bool:
    """Whether a capitalised word no list holds as a name (``word``; ``lower``, lower-cased) is
    surely no given name: a surname, a place's word, clergy, kin, the writer's family, a function
    word, or a word with an English ending."""
    return (
        lower in _NOT_SURNAMES
        or lower in _PLACE_WORDS_AFTER
        or lower in _CLERGY_LOWER
        or lower in people.KIN_AND_HONORIFICS
        or lower in people.OWN_FAMILY_WORDS
        or lower in names.FUNCTION_WORDS
        or lower.endswith(_ENGLISH_ENDINGS)
        or lower.endswith(("ed", "ly", "day", "s"))
        or names.is_surname(word)
    )


def _unlisted_lone_name(source: str, start: int, end: int, possessive: bool) -> bool:
    """The capitalised word at ``start:end``, which no list holds and is shaped like a given
    name, opens a sentence with a verb of a person after it and words that say what a person
    supported has, needs or is ("Thevarajah refused breakfast again", "Ngaire was upset about
    her cat being rehomed, she kept calling for it"). With no list to say it is a name at all,
    it is a reminder, not a warning."""
    # The cheap test first: most capitalised words opening a sentence have no verb of a person
    # after them ("Anyone know ...", "Ring me ...").
    if possessive or _PERSON_AFTER.match(source, end) is None:
        return False
    word = source[start:end]
    if not _GIVEN_SHAPE.fullmatch(word) or word in NOT_NAMES or not _starts_sentence(source, start):
        return False
    lower = word.lower()
    if _no_unlisted_given_name(word, lower):
        return False
    if _a_thing_done(source, lower, end):
        return False
    if _frame(source, start, end, False)[1]:
        return False
    return _needs_care_after(source, end) and _described_after(source, end)


_NOTED_STATES = people.CARE_NEEDS | people.NOTE_WORDS
# (Not "leave" alone: "tried to leave via the fire door"; "annual" or "maternity" says it.)
_SHIFT_OR_STAFF = (people.STAFF_DOING - word_set("leave")) | people.STAFF_LIFE


def _noted_after(source: str, start: int, end: int) -> bool:
    """The word at ``start:end`` opens a sentence, a verb of a person follows it
    (``_PERSON_AFTER``), the four words after it hold what a person supported has, needs or
    shows (``_NOTED_STATES``), and the rest of its sentence nothing of a worker's doing or
    shifts (``_SHIFT_OR_STAFF``) nor news that is no person supported's (``_OTHERS_NEWS``):
    "Benedek was very agitated this morning", not "Benedict is refusing to do the rota swap
    again"."""
    if _PERSON_AFTER.match(source, end) is None:
        return False
    after = _words_after(source, end)
    if _NOTED_STATES.isdisjoint(after[:4]) or not _SHIFT_OR_STAFF.isdisjoint(after):
        return False
    if not _OTHERS_NEWS.isdisjoint(after):
        return False  # "Oluwaseun is refusing to do another double": a worker's, a pet's news
    return _starts_sentence(source, start)


def _undecided_names_in_a_note(draft: Draft, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The listed given names that the rules' frames and the learned decision over given names
    left (``given_name_candidates`` outside ``spans``) where they open a care note
    (``_noted_after``), not possessive and in no colleague's or public figure's frame: a
    person supported on weak evidence, for a reminder."""
    candidates = given_name_candidates(draft, spans)
    if not candidates:
        return []
    source = draft.text
    return [
        (start, end)
        for start, end in candidates  # (none overlaps ``spans``: ``given_name_candidates``)
        if source[end : end + 2] not in _POSSESSIVE
        and _noted_after(source, start, end)
        and not _frame(source, start, end, False)[1]
    ]


def _unlisted_name_in_a_note(source: str, start: int, end: int, possessive: bool) -> bool:
    """As ``_unlisted_lone_name``, a capitalised word no list holds, shaped like a given name,
    opening a sentence with a verb of a person after it, but with what a person supported has,
    needs or shows among the four words after it (``_NOTED_STATES``) and nothing of a worker's
    doing, in place of a pronoun that refers back: "Benedek was very agitated this morning,
    tried to leave via the fire door twice". A reminder too."""
    if possessive or not _noted_after(source, start, end):
        return False
    word = source[start:end]
    if not _GIVEN_SHAPE.fullmatch(word) or word in NOT_NAMES:
        return False
    lower = word.lower()
    if _no_unlisted_given_name(word, lower) or names.is_common_word(word):
        return False
    if _a_thing_done(source, lower, end):
        return False
    return not _frame(source, start, end, False)[1]


def _covering(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position lies inside one of ``spans`` (which may overlap), by bisection over
    their sorted starts and the furthest end among those starting before: a draft of many
    names or addresses stays linear."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    furthest = list(itertools.accumulate((end for _, end in ordered), max))

    def covers(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and furthest[k] > at

    return covers


def _lower_possessives(source: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A given name typed in lower case that owns what a person supported has, in any sentence:
    "Hospital asked for ethel's DOB again", "bill's son rang". Found from each "'s" of the text."""
    more: list[tuple[int, int]] = []
    # The test of the names found is made for the first word that passes the cheaper tests
    # (most "'s" of a draft follow a capitalised word or an ordinary one).
    inside_a_name: Callable[[int], bool] | None = None
    for mark in ("'s", "’s"):
        for at in _positions(source, mark):
            if at + 2 < len(source) and _in_word(source[at + 2]):
                continue
            start = at
            while start > 0 and at - start < 24 and source[start - 1].isalpha():
                start -= 1
            word = source[start:at]
            if (
                len(word) < 3
                or not word.islower()
                or word in _NOT_SURNAMES
                or word in _NEVER_ALONE
                or word in names.FUNCTION_WORDS
                or not _starts_word(source, start)
                or not names.is_given_name(word)
            ):
                continue
            if inside_a_name is None:
                inside_a_name = _covering(found)
            if inside_a_name(start) or _after_article(source, start):
                continue
            owned = _words_after(source, at + 2)
            if (
                owned
                and owned[0] in people.CARE_POSSESSIONS
                and not _frame(source, start, at, True)[1]
            ):
                more.append((start, at))
    return more


# A sentence that starts with a lower-case letter: its writer may not capitalise names either.
# (White space other than a line break only, so that a run of line breaks is not read again from
# each of them.) The marks first, so that re skips ahead to them.
_LOWER_START = re.compile(r"[.!?\n](?:(?<=\n)[ \t\r\u00a0]*|[ \t\r\u00a0]+)[a-z]")
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z'’-]*[a-z]")


def _lower_case_sentences(source: str) -> list[tuple[int, int]]:
    """Where the sentences that start with a lower-case letter start and end ("sandra kelly from
    our supported living..."): their writer may type names in lower case too."""
    spans = []
    last_end = 0
    text = source.lstrip()
    first = [len(source) - len(text)] if "a" <= text[:1] <= "z" else []
    for start in itertools.chain(first, (m.end() - 1 for m in _LOWER_START.finditer(source))):
        if start < last_end:
            continue
        stop = _SENTENCE_END.search(source, start)
        last_end = stop.start() if stop else len(source)
        spans.append((start, last_end))
    return spans


def _lower_case_names(
    draft: Draft,
    sentences: list[tuple[int, int]],
    found: list[tuple[int, int]],
    about_care: Callable[[], bool],
) -> list[tuple[int, int]]:
    """Names typed in lower case in ``sentences``, those that start in lower case: a listed given
    name and a listed surname, where the draft is about care or the words around say it is
    someone supported ("jim mcallister", "sandra kelly from our supported living"), and a given
    name alone where the words around say so ("stan from flat 9 wants his paper"). Names that
    are ordinary words too ("will", "mark", "rose") and kinship words are never read in lower
    case."""
    source = draft.text
    more: list[tuple[int, int]] = []
    starts = sorted(start for start, _ in found)
    furthest: dict[int, int] = {}  # each start of a name found, and the furthest end from it
    for start, end in found:
        furthest[start] = max(end, furthest.get(start, end))
    for lo, hi in sentences:
        taken = -1
        for m in _LOWER_WORD.finditer(source, lo, hi):
            start, end = m.span()
            word = m.group()
            if (
                start < taken
                or word in people.KIN_AND_HONORIFICS
                or word in _NOT_SURNAMES
                or _in_address_text(source, start, end)
            ):
                continue
            if word.endswith(_POSSESSIVE):
                # "bill's son", "terry's cpn": a name, even an ordinary word, that owns what a
                # person supported has.
                base = word[:-2]
                owned = _words_after(source, end)
                if (
                    names.is_given_name(base)
                    and base not in _NOT_SURNAMES
                    and (
                        (owned and owned[0] in people.CARE_POSSESSIONS)
                        # "just outside eileen's now, she didnt answer, she was asleep in the
                        # chair": at her home, described after it.
                        or (not names.is_common_word(base) and _described_after(source, end))
                    )
                    and not _after_article(source, start)
                    and not _frame(source, start, start + len(base), True)[1]
                ):
                    more.append((start, start + len(base)))
                    taken = end
                continue
            if (
                # "can som1 cover nellys tea call", "percys daughter wants a call back": a
                # possessive typed without its apostrophe.
                word.endswith("s")
                and names.is_given_name(word[:-1])
                and not names.is_given_name(word)
                and not names.is_common_word(word[:-1])
                and word[:-1] not in _NEVER_ALONE
                and word[:-1] not in _NOT_SURNAMES
            ):
                owned = _words_after(source, end)
                if (
                    owned
                    and owned[0] in people.CARE_POSSESSIONS
                    and not _frame(source, start, end - 1, True)[1]
                ):
                    more.append((start, end - 1))
                    taken = end
                continue
            common = names.is_common_word(word)
            if (
                not names.is_given_name(word)
                or word in _NEVER_ALONE
                or (common and (_glued_before(source, start) or ("",))[0].lower() != "for")
            ):
                continue
            # Inside a name found already ("mrs oduya").
            before = bisect.bisect_right(starts, start) - 1
            if before >= 0 and start < furthest[starts[before]]:
                continue
            following = _glued_after(source, end)
            if not common and following is not None and _LOWER_WORD.fullmatch(following[0]):
                last = following[0]
                if names.is_surname(last) and not names.is_common_word(last):
                    care, not_supported = _frame(source, start, following[1], False)
                    if not not_supported and (care or about_care()):
                        more.append((start, following[1]))
                    taken = following[1]
                    continue
            care, not_supported = _frame(source, start, end, False)
            # "maureen was in bed when i got there, she hadnt touched her tea", "nd joe was
            # hitting out agen, tried 2 punch me wen i did his pad": a name described after it
            # (``_described_after``), not a place's ("up in darwen, she ...").
            if (
                not care
                and not common
                and not not_supported
                and (_glued_before(source, start) or ("",))[0].lower() not in _TOLD
                and (
                    start == lo
                    or (_glued_before(source, start) or ("",))[0].lower() not in _PLACE_ONLY_BEFORE
                )
            ):
                care = _described_after(source, end)
            if (care and not common and not not_supported) or (
                not not_supported and _beside_identifier(draft, start, end, alone=True)
            ):
                more.append((start, end))
                taken = end
    return more


_KIN_OR_FOND = frozenset(w for w in people.KIN_AND_HONORIFICS | people.FOND_PREFIXES if w.isalpha())
# Each of them as it may be written (as is, or capitalised), and which it is.
_KIN_WRITTEN = {form: kin for kin in _KIN_OR_FOND for form in (kin, kin.capitalize())}
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# The small words of the languages those honorifics come from, which follow an honorific used
# alone as "the lady" ("Doamna de la camera 6", "Pani z pokoju 3", "Dona da cozinha"): never a name.
_HONORIFIC_FOLLOWERS = frozenset(
    str.split("de la le din di da do dos das del du von van z ze na w we od po ng sa si ni")
)


def _lower_kin_names(draft: Draft, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A kinship word, an honorific or a fond prefix in lower case and the name after it, typed
    in lower case too ("nana pat", "big tam", "pani zofia", "our jean"): after a kinship word or
    an honorific any given name or short form of one, after a prefix of dialect any given name;
    after "our", "old" and the like, only a given name that is no ordinary word; and after a
    prefix, not after an article ("a big bill")."""
    words = draft.ascii_words
    source = draft.text
    if words is None:
        # Words glued to other characters: the words are those of the text's runs of letters,
        # read in one pass, not looked for one by one (each a search of the whole text).
        present = frozenset(
            _KIN_WRITTEN[run] for run in set(_LETTER_RUN.findall(source)) if run in _KIN_WRITTEN
        )
    else:
        present = _KIN_OR_FOND.intersection(words)
    if not present:
        return []
    more: list[tuple[int, int]] = []
    overlaps = _overlap_test(found)
    after_kin = [
        (at, kin, m)
        for kin in present
        # "nana pat", and "Our gracie" at a sentence's start.
        for written in ((kin,) if kin in people.NICKNAME_PREFIXES else (kin, kin.capitalize()))
        for at in _positions(source, written + " ")
        if _starts_word(source, at)
        # The lower-case word after the kinship word and its space.
        and (m := _LOWER_WORD.match(source, at + len(kin) + 1)) is not None
    ]
    for start, kin, m in sorted(after_kin, key=lambda found: found[0]):
        word = m.group()
        if word.endswith(_POSSESSIVE):
            word = word[:-2]
        end = m.start() + len(word)
        if overlaps(start, end) or word in _NOT_SURNAMES:
            continue
        if word in names.FUNCTION_WORDS or word in _KIN_OR_FOND:
            continue
        if word in _NEVER_ALONE or word in _HONORIFIC_FOLLOWERS:
            continue
        if kin == "mamma" and word == "mia":
            continue  # "Mamma mia", an exclamation
        if word in people.HONORIFICS_AFTER and (
            kin in people.OWN_FAMILY_WORDS
            or (_glued_before(source, start) or ("",))[0].lower() in _DETERMINERS
        ):
            continue  # "Mummy ji called", "My Dadi ji": the writer's own, with an honorific
        if kin in people.KIN_AND_HONORIFICS:
            if not names.is_short_form(word):
                continue
        elif kin in people.NICKNAME_PREFIXES:
            if _after_article(source, start) or not names.is_given_name(word):
                continue
            # "three big cash withdrawals", "a proper big baby": an ordinary word after "big",
            # unless the words around say it is someone supported ("check big tam got his tea,
            # he wis greetin").
            if names.is_common_word(word) and not (
                _frame(source, start, end, False)[0] or _described_after(source, end)
            ):
                continue
        elif (
            not names.is_given_name(word)
            or names.is_common_word(word)
            or _after_article(source, start)
        ):
            continue
        more.append((start, end))
    return more


# --- Names placed by their room, and names opening a handover's line ---------------------------
# A handover places a person supported by their room, bed, bay or flat, and colleagues by their
# shift: a number of one right before a name or in brackets right after it ("rm 12 Cornelius -
# pressure area red", "Paddy (rm 3) - chest infection", "Perpetua in flat 5 has a new frame")
# says whose the name is, listed or not.
_ROOM = r"(?i:rm|room|bed|bay|flat)\.?[ \t]?\d{1,3}[A-Za-z]?"
_ROOM_THEN_NAME_RE = re.compile(
    rf"(?<![\w'’]){_ROOM}[ \t]{{0,3}}(?:[-–:,)][ \t]{{0,3}})?(?P<id>{_NAME_WORD})(?![\w'’-])"
)
_NAME_THEN_ROOM_RE = re.compile(
    rf"(?<![\w'’-])(?P<id>{_NAME_WORD})(?:[ \t]{{0,3}}\([ \t]{{0,3}}{_ROOM}[ \t]{{0,3}}\)"
    rf"|[ \t]{{1,3}}(?:in[ \t]{{1,3}})?{_ROOM}(?![\w]))"
)
# A line opening with a name and a dash or a colon, then what the person has, needs or does:
# "Kaveh - seizure 14:10 lasting 2 mins", "Effie: fluids poor, pad wet at 6".
_NAME_OPENS_LINE_RE = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]{{0,3}})?(?P<id>{_NAME_WORD})[ \t]{{0,3}}[-–:][ \t]{{1,3}}", re.MULTILINE
)
_ROOM_WORDS_LOWER = frozenset(("rm", "room", "bed", "bay", "flat"))
# Words that stand where a placed name would and are not names: "Resident in room 5 bit ...",
# "Mrs in flat 2 likes her tea weak", "Client in Flat 1, ...".
_PLACED_NOT_NAMES = _LOWER_TITLES | word_set(
    """resident residents client clients patient patients tenant tenants lady gent gentleman
    man woman person user staff carer carers nurse lad lass"""
)


def _may_be_placed_name(
    source: str, start: int, end: int, doing: frozenset[str] = people.STAFF_DOING
) -> bool:
    """The capitalised word at ``start:end`` may be a person's given name in a handover's line:
    shaped like one or listed, no ordinary word, kin word, role, place word or word that
    follows a cue, with no capitalised word glued after it (an address, a building, a title)
    and no word of a colleague's work in the words after it ("Room 4 Kasia covering")."""
    word = source[start:end]
    if word in NOT_NAMES or names.is_common_word(word):
        return False
    if not (_GIVEN_SHAPE.fullmatch(word) or names.is_given_name(word)):
        return False
    lower = word.lower()
    if lower in _LISTED_NOT_NAMES or lower in _CLERGY_LOWER or lower in people.STAFF_DOING:
        return False
    if _glued_capital_after(source, end) is not None:
        return False
    after = _words_after(source, end)[:8]
    if after[:1] in (["from"], ["fae"], ["frae"]):
        return False  # "room 2, Joan from pharmacy is running it": a colleague from elsewhere
    return doing.isdisjoint(after) and _WORK_NEAR.isdisjoint(after)


def _cared_for_openers(draft: Draft) -> list[tuple[int, int]]:
    """A given name, listed or only shaped like one, that opens a sentence or a line as the
    subject of a verb of a person (``_PERSON_AFTER``), with what a person supported has, needs or
    does in the words after it and either a health state or a pronoun that refers back to it
    with more of the same ("Margot was in a lot of pain with her back, gave her the
    paracetamol"); a word no list holds needs the pronoun ("Seun was agitated when I arrived,
    kept trying the door, he calmed"). Someone supported, whatever the learned decision
    weighed, and a warning where ``_unlisted_lone_name`` alone made a reminder."""
    _found, left, weak = draft.analysis(_gazetteer_reading)
    if not (left or weak) or people.CARE_NEEDS.isdisjoint(draft.words):
        return []  # no word read alone, or nothing a person supported has, needs or does
    source = draft.text
    found: list[tuple[int, int]] = []
    # The words the gazetteer's reading left to the learned decision or to a reminder: listed
    # given names and unlisted words read alone.
    for start, end in sorted(left + weak):
        word = source[start:end]
        if " " in word or not _starts_sentence(source, start):
            continue
        if _PERSON_AFTER.match(source, end) is None:
            continue
        if not _may_be_placed_name(source, start, end) or not _needs_care_after(source, end):
            continue
        if _a_thing_done(source, word.lower(), end):
            continue
        described = _described_after(source, end)
        if names.is_given_name(word):
            if not (described or _health_state_after(source, end)):
                continue
        # A word no list holds: a name only by the pronoun that describes it as well.
        elif not described or names.is_surname(word) or word.lower().endswith(_ENGLISH_ENDINGS):
            continue
        if _frame(source, start, end, False)[1]:
            continue
        found.append((start, end))
    return found


# --- Two names opening a care note together --------------------------------------------------
# "Doreen and Albert had their bloods done at 10", "Beryl and Harold argued over the telly
# remote", "Jessie an Wullie baith had their dinners": two given names joined by "and" open the
# sentence as the subject of a verb of people, and what follows is what people supported have,
# need or do. Each name alone would open a care note; joined, neither is read by the openers
# above, which take one word before the verb.
_PAIR_RE = re.compile(
    r"(?P<a>[A-Z][a-z'’-]{1,20})[ \t]{1,3}(?:and|&|an|n)[ \t]{1,3}(?P<b>[A-Z][a-z'’-]{1,20})"
)
# The verb of the two, with "both" before it: "both had", "baith had".
_PAIR_VERB = re.compile(
    r"[ \t]{1,3}(?:(?i:both|baith)[ \t]{1,3})?(?i:had|have|were|are|went|refused|declined|ate"
    r"|slept|argued|enjoyed|loved|wanted|want|wants|asked|need|needed|seemed|looked|fell|cried"
    r"|laughed|sang|got"
    r"|didn['’]t|wouldn['’]t|won['’]t|weren['’]t|haven['’]t)(?![\w'’])"
)
# A colleague's work said after the two ("Kemi and Jo did the hoist calls"), but not "done" of
# a person's own care ("had their bloods done").
_PAIR_STAFF_DOING = people.STAFF_DOING - word_set("done")
_PAIR_STAFF = people.STAFF_LIFE | word_set("staff colleagues team")
# What two people supported have together beside ``people.CARE_NEEDS``: their jabs and their
# meals, said in the plural ("both had their flu jabs", "had their dinners").
# What two people supported do together for their day: a row over the telly, the day centre, an
# outing, a game ("Ivy and Maude had a row over the telly", "Wiktoria and Hamza went bowling with
# the day centre", "both want to go to the Christmas market").
_PAIR_PASTIMES = word_set(
    """row rows telly tv remote centre bowling swimming jigsaw bingo dominoes quiz seaside trip
    outing market garden minibus together"""
)
_PAIR_CARE = (
    people.CARE_NEEDS
    | word_set(
        "jab jabs flu vaccine vaccines vaccination injections dinners lunches breakfasts teas baths"
    )
    | _PAIR_PASTIMES
)


def _listed_word_name(word: str) -> bool:
    """``word`` is a listed given name, though an ordinary word too ("Ivy", "Patience", "Pearl"),
    and no word the readings hold is never a name (``NOT_NAMES``)."""
    return word not in NOT_NAMES and names.is_given_name(word)


def _care_note_pairs(draft: Draft) -> list[tuple[int, int]]:
    """Two given names joined by "and" opening a sentence (``_PAIR_RE``), at least one of them
    listed and each read as a name in a handover's line (``_may_be_placed_name``), followed by a
    verb of people (``_PAIR_VERB``) and, within eight words, what a person supported has, needs
    or does (``_PAIR_CARE``) with no word of a colleague's work: both names, someone
    supported. One of the two may be an ordinary word too ("Ivy and Maude had a row over the
    telly") where the other is read as a name. Not two colleagues on a rota ("Desmond and Femi
    on the sleep-ins"), nor two from a team ("Doreen and Albert from the district nurse team are
    coming to do the bloods")."""
    source = draft.text
    if _PAIR_CARE.isdisjoint(draft.words) or not (
        " and " in source or " & " in source or " an " in source or " n " in source
    ):
        return []
    found: list[tuple[int, int]] = []
    for m in _PAIR_RE.finditer(source):
        if not _starts_sentence(source, m.start()):
            continue
        verb = _PAIR_VERB.match(source, m.end())
        if verb is None:
            continue
        a, b = m.group("a"), m.group("b")
        if not (names.is_given_name(a) or names.is_given_name(b)):
            continue
        placed_a = _may_be_placed_name(source, m.start("a"), m.end("a"), _PAIR_STAFF_DOING)
        placed_b = _may_be_placed_name(source, m.start("b"), m.end("b"), _PAIR_STAFF_DOING)
        # "Ivy and Maude had a row over the telly", "Pearl and Reg both need fluids": a listed
        # given name that is an ordinary word too is a name beside one that is only a name.
        if not (
            (placed_a and placed_b)
            or (placed_a and _listed_word_name(b))
            or (placed_b and _listed_word_name(a))
        ):
            continue
        rest = _words_after(source, verb.end())
        if _PAIR_CARE.isdisjoint(rest[:8]) or not _PAIR_STAFF_DOING.isdisjoint(rest[:8]):
            continue
        # "had their flu jabs at the staff clinic": the workers' own life, said later on.
        if not _PAIR_STAFF.isdisjoint(rest):
            continue
        if _frame(source, m.start("a"), m.end("a"), False)[1]:
            continue
        found += [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]
    return found


# --- Names opening a care note ----------------------------------------------------------------
# A handover's note opens with the name of the person it is about and goes straight on to what
# is observed, with no verb between: "Patience bowels not open since Sat", "Doreen Pilkington obs
# stable", "Ruby settled well", "frank bowels not open 4 days". A listed given name, a given name
# and a surname, or a family honorific and a name there is someone supported, even when the name
# is an ordinary word too ("Hope incontinent x2", "Amber bowels open").
_NOTE_SUBJECT_REACH = 48
_NOTE_NOT_NAMES = (
    NOT_NAMES_LOWER
    | names.FUNCTION_WORDS
    | people.ROLES
    | people.STAFF_DOING
    | _PLACED_NOT_NAMES
    | _ROOM_WORDS_LOWER
)


def _note_subject_name(words: list[str]) -> bool:
    """The one or two words opening a care note's sentence are a person's name: a listed given
    name alone ("Patience", "ade"); a given name and a surname ("Doreen Pilkington"); or a family
    honorific or fond prefix and a given name ("Tita Luz", "wee Jeannie")."""
    lower = [w.lower() for w in words]
    if any(w in _NOTE_NOT_NAMES or w in _WORK_NEAR for w in lower):
        return False
    if len(words) == 1:
        return (
            names.is_given_name(words[0])
            and lower[0] not in people.KIN_AND_HONORIFICS
            and lower[0] not in people.OWN_FAMILY_WORDS
        )
    first, second = words
    if lower[0] in people.KIN_AND_HONORIFICS or lower[0] in people.NICKNAME_PREFIXES:
        return names.is_given_name(second) or (
            _GIVEN_SHAPE.fullmatch(second) is not None and not names.is_common_word(second)
        )
    return (
        names.is_given_name(first)
        and first[:1].isupper() == second[:1].isupper()
        and names.is_surname(second)
        and not names.is_common_word(second)
    )


def _words_to_comma(source: str, at: int) -> int:
    """How many words there are from ``at`` to the next comma, semicolon or dash within the
    sentence's reach (all of them when there is none)."""
    window = source[at : at + _FRAME_AFTER]
    stop = re.search(r"[,;–]| - ", window)
    return len(_TOKEN.findall(window[: stop.start()] if stop else window))


# Where a care note's clause starts: a sentence or a line, and a heading's colon or the comma or
# semicolon between the notes of a list ("Handover: Patience bowels not open 4 days, Lily
# settled", "Night notes: Gwen up x3, Cyril slept well").
_NOTE_CLAUSE_STARTS = ".!?\n:;,"


_NOTE_DASHES = frozenset(("-", "–", "—"))


def _care_note_openers(draft: Draft) -> list[tuple[int, int]]:
    """Names opening a sentence or a line of a care note, straight before a word of the note
    (``people.NOTE_WORDS``) with no word of a colleague's work after it ("Grace refused her meds
    at 8", not "Grace refused the extra shift"): spans of the normalised text."""
    present = people.NOTE_WORDS.intersection(draft.words)
    if not present:
        return []
    source = draft.text
    folded = draft.folded
    found: list[tuple[int, int]] = []
    for note in present:
        for at in draft.positions(note):
            end = at + len(note)
            if (at and folded[at - 1].isalnum()) or folded[end : end + 1].isalnum():
                continue
            after = _words_after(source, at)
            if note == "pressure" and after[1:2] and after[1] not in people.NOTE_PRESSURE_AFTER:
                continue
            # The note's first clause: "Ruby settled well, slept through, turns done".
            clause = after[: min(8, _words_to_comma(source, at))]
            if not (people.STAFF_DOING.isdisjoint(clause) and _WORK_NEAR.isdisjoint(clause)):
                continue
            window = source[max(0, at - _NOTE_SUBJECT_REACH) : at]
            cut = max(window.rfind(c) for c in _NOTE_CLAUSE_STARTS)
            if cut < 0 and at > _NOTE_SUBJECT_REACH:
                continue
            lead = window[cut + 1 :]
            subject = lead.strip(" \t\"'‘“(")
            words = subject.split()
            # "Handover: Arthur - settled, fluids encouraged": a spaced dash between the name
            # and its note.
            if len(words) >= 2 and words[-1] in _NOTE_DASHES:
                words.pop()
                subject = subject[: subject.rindex(" ")].rstrip(" \t")
            if not 1 <= len(words) <= 2 or any(_TOKEN.fullmatch(w) is None for w in words):
                continue
            if not lead.endswith((" ", "\t")) or not _note_subject_name(words):
                continue
            start = at - len(lead) + lead.index(subject)
            name_end = start + len(subject)
            if _frame(source, start, name_end, False)[1]:
                continue
            found.append((start, name_end))
    return sorted(found)


def _room_starts(draft: Draft) -> list[int]:
    """Where a room word ("rm", "room", "bed", "bay", "flat") starts a word of the draft: every
    place a match of ``_ROOM_THEN_NAME_RE`` can start, and the room of every match of
    ``_NAME_THEN_ROOM_RE``."""
    folded = draft.folded
    starts: set[int] = set()
    for word in _ROOM_WORDS_LOWER:
        starts.update(at for at in draft.positions(word) if at == 0 or not folded[at - 1].isalnum())
    return sorted(starts)


# How far before its room a placed name may start, and how far after the room's first letter
# its match may end ("Paddy (rm 3)", "Perpetua in flat 5"): windows of the text that hold every
# match of ``_NAME_THEN_ROOM_RE``, each with room for the look-around at its ends.
_NAME_BEFORE_ROOM = 80
_ROOM_AND_AFTER = 24


def _placed_by_a_room(draft: Draft) -> list[re.Match[str]]:
    """The matches of ``_ROOM_THEN_NAME_RE`` and then of ``_NAME_THEN_ROOM_RE`` that a scan of the
    whole text finds, found by trying them only around the room words (``_room_starts``): the
    scans tried every position of a long draft, at some 40 M instructions for the bench's
    100,000 characters."""
    text = draft.text
    rooms = _room_starts(draft)
    found = list(draft.matches_from(_ROOM_THEN_NAME_RE, lambda _draft: rooms))
    # Each window searched from where the last match ended: the leftmost-first, non-overlapping
    # matches of the whole scan, since every one of them holds a room.
    last_end = 0
    for room in rooms:
        start = max(last_end, room - _NAME_BEFORE_ROOM)
        for m in _NAME_THEN_ROOM_RE.finditer(text, start, min(len(text), room + _ROOM_AND_AFTER)):
            found.append(m)
            last_end = m.end()
    return found


def _ordinary_word_placed(source: str, start: int, end: int) -> bool:
    """The word at ``start:end``, placed before its room ("Frank bed 6 needs his pads checked"),
    is a listed given name that is an ordinary word too, no word of grammar ("Will"), with no
    word of a colleague's work after it."""
    word = source[start:end]
    if not _listed_word_name(word) or word.lower() in names.FUNCTION_WORDS:
        return False
    after = _words_after(source, end)[:8]
    return people.STAFF_DOING.isdisjoint(after) and _WORK_NEAR.isdisjoint(after)


def _handover_names(draft: Draft) -> list[tuple[int, int]]:
    """Names a handover places by a room ("rm 12 Cornelius", "Paddy (rm 3)", "Perpetua in flat
    5", "Didi Tshering room 15", a name that is an ordinary word too before its room: "Frank bed
    6") and names opening a line with a dash or a colon before what the person has, needs or
    does ("Kaveh - seizure 14:10"): spans of the normalised text."""
    source = draft.text
    words = draft.words
    found: list[tuple[int, int]] = []
    if not _ROOM_WORDS_LOWER.isdisjoint(words):
        for m in _placed_by_a_room(draft):
            start, end = m.span("id")
            if _may_be_placed_name(source, start, end) or (
                m.re is _NAME_THEN_ROOM_RE and _ordinary_word_placed(source, start, end)
            ):
                found.append((start, end))
    if ("-" in source or "–" in source or ":" in source) and not people.CARE_NEEDS.isdisjoint(
        words
    ):
        for m in _NAME_OPENS_LINE_RE.finditer(source):
            start, end = m.span("id")
            word = source[start:end]
            if m.group().rstrip()[-1:] == ":" and not names.is_given_name(word):
                continue  # "Handover: Paddy (rm 3) ...", "Nights: ...": a heading, not a name
            if _may_be_placed_name(source, start, end) and (
                _needs_care_after(source, end) or _health_state_after(source, end)
            ):
                found.append((start, end))
    return found


# A call on a carer's list: a given name, then what the call is for in brackets or after a
# spaced dash ("Jean (breakfast + meds), Alf (shower)", "8.15 Len (double up)", "Colin - shower,
# Ivy & Stan - lunch and shopping", "Hope - 2 carers, hoist. Faith - 1 carer, prompt meds").
_CALL_ENTRY_RE = re.compile(
    r"(?<![\w'’&-])(?P<id>[A-Za-z][a-z'’-]{1,20})(?:[ \t]{0,2}\((?P<bracket>[^()\n]{1,48})\)"
    r"|[ \t]{1,3}[-–][ \t]{1,3}(?P<dash>[^-–,.;:()\n]{1,48}))"
)
# What a call is for: the meals, medicines, washing, bed and sitting of it, and how many carers
# it takes ("(new, two carers)", "(pendant alarm needs testing)").
_CALL_CARE = people.CARE_NEEDS | word_set(
    """tea supper bed sit sitting double carer carers prompt wash strip cream creams shopping
    meal meals pendant"""
)
# What a rota says of a colleague's turn instead: the part of the day, a shift, leave or the
# office ("Kwabena to Ivy (am)", "Lorraine (lates)").
_CALL_NOT_CARE = (
    people.STAFF_DOING
    | people.STAFF_LIFE
    | word_set("am pm off sick my me our his her the cmht team staff")
)
# The time of a call before its name: "8.15 Len", "10.30am Eileen".
_CALL_TIME_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:[:.]\d{2})?(?:[ \t]?[ap]m)?[ \t]{1,3}$")
# The most words of what a call is for: a description of someone ("(the new hoist, that's what
# the lads call it)") is longer.
_CALL_CARE_WORDS = 6


def _call_entry_name(source: str, m: re.Match[str]) -> bool:
    """The word of ``_CALL_ENTRY_RE``'s match ``m`` is a listed given name (an ordinary word too
    where the list says whose call it is: "Hope - 2 carers, hoist"), in capitals or not, no
    kinship word, role, place or word of a colleague's work, opening a line, a sentence or an
    entry of a list (after a comma, a colon, a slash or a time); and what follows it says what
    a call is for and nothing of a colleague's turn."""
    start = m.start("id")
    word = m.group("id")
    lower = word.lower()
    if word in NOT_NAMES or lower in NOT_NAMES_LOWER or not names.is_given_name(word):
        return False
    if word[:1].islower() and names.is_common_word(word):
        return False
    if lower in _LISTED_NOT_NAMES:
        return False
    before = source[max(0, start - 12) : start]
    lead = _CALL_TIME_BEFORE.sub("", before).rstrip(" \t")
    if lead and lead[-1] not in ",.;:/\n" and not lead.endswith("&"):
        return False
    said = _lower_words(m.group("bracket") or m.group("dash") or "")
    return (
        len(said) <= _CALL_CARE_WORDS
        and not _CALL_CARE.isdisjoint(said)
        and _CALL_NOT_CARE.isdisjoint(said)
    )


def _call_list_names(draft: Draft) -> list[tuple[int, int]]:
    """Names on a list of calls, each with what the call is for (``_CALL_ENTRY_RE``,
    ``_call_entry_name``): two such entries or more in the draft, or one after the time of its
    call ("8.00 Eirlys (pendant alarm needs testing)"). The people called on, not colleagues on
    a rota ("Mon - Kwabena to Ivy (am)")."""
    source = draft.text
    if ("(" not in source and " - " not in source and " – " not in source) or _CALL_CARE.isdisjoint(
        draft.words
    ):
        return []
    entries = [m for m in _CALL_ENTRY_RE.finditer(source) if _call_entry_name(source, m)]
    if len(entries) >= 2:
        return [m.span("id") for m in entries]
    return [
        m.span("id")
        for m in entries
        if _CALL_TIME_BEFORE.search(source[max(0, m.start() - 12) : m.start()])
    ]


def rule_names(draft: Draft) -> list[tuple[int, int]]:
    """A title and a name ("Mrs J. Patel"), a name right after a cue that it is a person someone
    supports ("resident Doris", "the man I support, called Ted"), and names the gazetteer finds
    where the words around them say whose they are (``_gazetteer_names``): spans of the
    normalised text."""
    source = draft.text
    words = draft.ascii_words
    spans: list[tuple[int, int]] = []
    titled = words is None or not _TITLE_WORDS.isdisjoint(words)
    for m in _TITLED_NAME_RE.finditer(source) if titled else ():
        # "Little Miss Sunshine", "Little Miss Chatterbox": the Mr Men books, not people.
        little = source[max(0, m.start() - 7) : m.start()].lower() == "little "
        # "spoke to a Mr Pritchard who said he'd call back": someone the writer does not know.
        unknown = source[max(0, m.start() - 2) : m.start()] in ("a ", "A ")
        if (
            m.group("surname").lower() not in PUBLIC_TITLED_NAMES
            and not little
            and not unknown
            and (
                not _colleague_frame(source, m.start())
                # "thank you to Mrs Lewandowska family for the cake": her family is thanked.
                or _owned_after(source, m.end())
            )
            and not _public_after(source, m.end())
            and not _from_an_organisation(source, m.end())
            and not _role_after(source, m.end(), opens=_starts_sentence(source, m.start()))
            and not _signed_off(source, m.start())
            and not _role_just_before(source, m.start())
            # A doctor or a professor is staff or a speaker, unless the words around say they
            # are cared for ("Dr Hughes in room 4 has had a fall").
            and (m.group()[:1] not in "DdP" or _frame(source, m.start(), m.end(), False)[0])
        ):
            spans.append(_without_trailing_word(m))
    cued = words is None or not _CUE_WORDS.isdisjoint(words)
    for m in _cued_names(source, words) if cued else ():
        if m.group("first") not in NOT_NAMES and not _role_called(source, m):
            spans.append(_without_trailing_word(m))
    # A name the gazetteer finds inside one found above ("Ellis" of "Mrs Ellis") is that one.
    overlaps = _overlap_test(spans)
    spans += [
        (start, end) for start, end in draft.analysis(_gazetteer_names) if not overlaps(start, end)
    ]
    for more in (
        _handover_names,
        _cared_for_openers,
        _care_note_openers,
        _care_note_pairs,
        _call_list_names,
    ):
        placed = more(draft)
        if placed:
            overlaps = _overlap_test(spans)
            spans += [(start, end) for start, end in placed if not overlaps(start, end)]
    if spans and ("," in source or "&" in source or " and " in source):
        spans += _names_in_lists(source, spans)
    if spans and "\n" in source:
        spans += _names_in_line_lists(source, spans)
    if spans:
        spans = _one_person_per_name(source, spans)
    return spans


# What may stand before a role said just before a titled name: "Our dietitian Mrs Chaudhary".
_BEFORE_A_TITLED_ROLE = word_set("our your my new")


def _role_just_before(source: str, start: int) -> bool:
    """A role stands just before the titled name at ``start``, opening its sentence or after
    "our", "my" or "new": "Dietitian Mrs Chaudhary is visiting", "our new physio Mr Okoro":
    the role is the name's, not "I told the nurse Mrs Patel had fallen"."""
    prev = _glued_before(source, start)
    if prev is None or not _a_role(prev[0].lower(), people.ROLES):
        return False
    if _starts_sentence(source, prev[1]):
        return True
    before = _glued_before(source, prev[1])
    return before is not None and before[0].lower() in _BEFORE_A_TITLED_ROLE


_CALLED = re.compile(r"(?i:called|named|known[ \t]+as)[ \t]*,?[ \t]*$")
_ROLES_AND_CARERS = people.ROLES | word_set("carer carers")


def _role_called(source: str, m: re.Match[str]) -> bool:
    """The cue of ``m`` is "called" or "named" after a role said earlier in the sentence: "Mum's
    care worker is a lovely lad called Tobias", "her new carer, a girl called Jade"."""
    cue_end = m.start("id")
    if _CALLED.search(source, max(0, cue_end - 14), cue_end) is None:
        return False
    return not _ROLES_AND_CARERS.isdisjoint(_words_before(source, m.start()))


# --- Names that are someone else's: a business, a public figure, a member spoken to -------------
# "Nana Esi's Kitchen", "Papa Emeka's Grill", "Nanny Pat's, the pub on Fern Close": a business or
# venue named after someone; "Mama Ngozi Okafor MBE": an honour only public figures carry;
# "Bibi ji, thank you for the recipe", "@Aunty Bisi": a member of the group spoken to or tagged.
_BUSINESS_WORDS = (
    places.VENUE_WORDS - word_set("held hosted hosting holding meet meets")
) | word_set(
    """kitchen kitchens grill bakery restaurant bar takeaway salon diner bistro deli catering
    cuisine chippy tearoom tearooms barbers boutique caterers foods"""
)
# Honours, and the registrations a nurse signs with ("Mrs Adjoa Mensah-Boateng, RGN").
_HONOURS = frozenset(
    ("MBE", "OBE", "CBE", "DBE", "KBE", "BEM", "MP", "MSP", "MLA", "QC", "KC", "RGN", "RMN", "RN")
)
_BUSINESS_AFTER = re.compile(
    r"(?:['’]s?)?(?:[ \t]{1,3}(?P<word>[A-Z][\w'’-]{1,20})"
    r"|,[ \t]{1,3}the[ \t]{1,3}(?P<kind>[a-z]{2,20}))"
)
_HONOUR_AFTER = re.compile(
    r"(?:[ \t]{1,3}[A-Z][\w'’-]{1,24})?,?[ \t]{1,3}(?P<honour>[A-Z]{2,3})(?!\w)"
)
# The writer's own shifts: "can someone swap with me", "I'm gonna be late", "so I'm off Saturday".
_OWN_SHIFT = re.compile(
    r"\b(?i:swap|swaps|swapped|swapping|annual[ \t]leave|day[ \t]off|time[ \t]off"
    r"|(?:be|gonna[ \t]be|going[ \t]to[ \t]be|running)[ \t]late|i['’]?m[ \t]off"
    r"|cover[ \t](?:for[ \t])?me|put[ \t]the[ \t]request"
    r"|(?:taking|take|took|booked)[ \t](?:the[ \t])?[a-z]{3,9}[ \t]off)\b"
)
# "My lad" and "my lass" are said of a young person supported too ("my lad Kieran loves the
# radio"): the writer's own child only in a draft about the writer's shifts ("it's my lad
# Finn's birthday, can anyone swap").
_OWN_FAMILY = frozenset(people.RELATIVES) | people.OWN_FAMILY_WORDS | word_set("sister lad lass")


def _writers_own_family(draft: Draft, start: int) -> bool:
    """The name at ``start`` is of the writer's own family, in a draft about the writer's own
    shifts: "it's my daughter Liliana's christening, can someone swap with me", "my nanny Joan's
    had a fall so I'm gonna be late", "Our Glenys is 18 tomorrow! ... so I'm off Saturday"; or
    the writer's child or partner in any draft, unless cared for (``_writers_household``)."""
    source = draft.text
    before = _words_before_name(draft, start)[-2:]
    first = _TOKEN.match(source, start)
    word = first.group().lower() if first is not None else ""
    own = (
        (len(before) == 2 and before[0] == "my" and before[1] in _OWN_FAMILY)
        or (before[-1:] == ["my"] and word in _OWN_FAMILY)
        or (word == "our" and _starts_sentence(source, start))
    )
    if own and _speaks_of_own_shift(source):
        return True
    return _writers_household(draft, start, before)


# The writer's children and partner, said with "my" or "our": "my daughter Keeley has
# chickenpox", "my husband Dev is picking me up", "Our son Arjun graduated today".
_HOUSEHOLD = word_set(
    """son sons daughter daughters husband wife partner hubby grandson granddaughter
    stepson stepdaughter boyfriend girlfriend fiance fiancé fiancee fiancée brother sister
    brother-in-law sister-in-law"""
)
_SIBLINGS = word_set("brother sister brother-in-law sister-in-law")

# Words after such a name that say the draft is about their care or their records after all:
# "My husband Harold (born 17.3.1938) has been refused CHC funding". Not a word of kin: "My
# husband Dev does the night turns with his mum" speaks of his mother's care, not of his.
_HOUSEHOLD_CARED = (
    people.CARE_WORDS
    - people.STAFF_DOING
    - word_set("visit visits calls")
    - people.OWN_FAMILY_WORDS
    - word_set("mother father")
) | word_set(
    """born dob chc funding pip attendance allowance autistic autism disabled disability
    disabilities lives living"""
)


# Words of a child's or an adult's lasting needs and the services that meet them: said in the
# sentence of a household name or the next one ("My son Josiah got a job at the café. He's got
# learning disabilities"), they make the son, daughter or partner someone cared for.
_LASTING_NEEDS = word_set(
    """disabilities disability disabled autistic autism adhd syndrome cerebral palsy epilepsy
    epileptic seizure seizures non-verbal nonverbal meltdown meltdowns sen ehcp placement
    placements wheelchair peg mencap sensory supported"""
)


def _supported_child_near(source: str, end: int) -> bool:
    """The rest of the sentence of the name ending at ``end``, or the next one, holds a word of
    lasting needs (``_LASTING_NEEDS``)."""
    window = _rest_and_next_sentence(source, end)
    return not _LASTING_NEEDS.isdisjoint(_TOKEN.findall(window.lower().replace("’", "'")))


def _writers_household(draft: Draft, start: int, before: list[str]) -> bool:
    """The name at ``start`` follows "my" or "our" and a word of the writer's household
    (``_HOUSEHOLD``), and the words after it say nothing a person supported has, needs or is
    ("my husband Dev is picking me up", not "my husband Dave has dementia" nor "my son Rhys,
    he's autistic and won't sleep", nor "my son Josiah got a job. He's got learning
    disabilities"): the writer's family, not someone they care for. A brother
    or sister not in a draft with an identifier of a record's kind or an email ("My brother
    Desmond lives at 14 Tarn View"), as a sibling cared for often is."""
    source = draft.text
    first = _TOKEN.match(source, start)
    if (
        first is not None
        and before[-1:] in (["my"], ["our"])
        and first.group().lower() in _HOUSEHOLD
    ):
        # The span opens with the household word: "my brother Rhys".
        before = [before[-1], first.group().lower()]
        nxt = _TOKEN.search(source, first.end())
        if nxt is None:
            return False
        start = nxt.start()
    if len(before) < 2 or before[-2] not in ("my", "our") or before[-1] not in _HOUSEHOLD:
        return False
    end = _end_of_uncared_name(source, _TOKEN.match(source, start), others_kin=True)
    if end is None:
        return False
    # "My daughter Ifeoma has just qualified as a nurse": their own work of care.
    after = _KIN_CARES.sub(" ", source[end : end + _FRAME_AFTER])
    said = _not_a_pass(_words_after(after, 0)[:8])
    # "My daughter Saoirse did the Santa run for the hospice", "My brother Declan rang the
    # social worker": the relative does something for others, and the care words after are
    # what they do it for or to; not their own ("My husband Geoff did his physio").
    if said and said[0] in _KIN_DOING and (len(said) < 2 or said[1] not in _OWN_THINGS):
        said = []
    return (
        _HOUSEHOLD_CARED.isdisjoint(said)
        and not _supported_child_near(source, end)
        and (
            before[-1] not in _SIBLINGS
            or ("@" not in source and not draft.analysis(_identifier_spans))
        )
    )


# What a relative of the writer's household does for others, said right after their name.
_KIN_DOING = word_set(
    """rang phoned called drove did does organised organises arranged raised raises ran runs
    helped helps cooked bakes baked bought fetched collected sorted offered volunteers
    volunteered works worked taught"""
)
_OWN_THINGS = word_set("his her their himself herself themselves")


# What follows "passed" when it is a test or an exam passed, not a death: "my son Callum passed
# his driving test".
_PASSED_WHAT = word_set("his her their the a an all every driving exams exam test tests")


def _not_a_pass(words: list[str]) -> list[str]:
    """``words`` without a "passed" that is a test's or an exam's, not a death's."""
    return [
        w
        for at, w in enumerate(words)
        if w != "passed" or at + 1 >= len(words) or words[at + 1] not in _PASSED_WHAT
    ]


def _end_of_uncared_name(
    source: str, name: re.Match[str] | None, others_kin: bool = False
) -> int | None:
    """Where the name ``name`` ends, without a possessive 's, if the words just after it neither
    say it needs care nor describe it (``_needs_care_after``, ``_described_after``); else None,
    as for no name."""
    if name is None:
        return None
    end = name.end()
    if source[end - 2 : end] in _POSSESSIVE:
        end -= 2
    if _needs_care_after(source, end) or _described_after(source, end, others_kin):
        return None
    return end


# The writer's own elders and kin, said with "my" or "our" ("my grandad Idris", "My baba Penka",
# "my brother Rupert"): the kinship words of ``people.RELATIVES``, ``OWN_FAMILY_WORDS`` and
# ``KIN_AND_HONORIFICS``, and what may stand between "my" and the word.
_KIN = (
    frozenset(w for phrase in people.RELATIVES for w in phrase.split())
    | people.OWN_FAMILY_WORDS
    | people.KIN_AND_HONORIFICS
) - word_set("mister madam madame")
_MINE = word_set("my our mi me ma")
_KIN_BETWEEN = word_set("own dear late lovely beloved")
# Words of a person's care around such a name: the household's, and what a person supported
# has, needs or is. Not a death's ("Mame Diarra, my grandmother, passed away in Dakar", "the
# funeral is on Friday"): a relative's death says nothing of care the writer gives.
_KIN_CARED = (
    _HOUSEHOLD_CARED
    | people.CARE_NEEDS
    | people.DESCRIBED
    | word_set(
        """disabilities home nursing sheltered lives live living moved missing worse worsening
        attorney badge trolley recognise"""
    )
) - word_set("died passed funeral")


# An age said as a birthday ("turned 94", "is 100 today", "is 100 years old today", "turns 92 in
# Nyeri"), a year ("came
# over in 1962"), a day of the month ("flying out on the 4th", not "her 90th"), a time of the
# writer's day ("finish 6 sharp", "at 7pm") or a sum ("raised £340"): a number around a
# relative's name that says nothing of their care.
_BIRTHDAY_OR_YEAR = re.compile(
    r"\b(?:(?:turn(?:s|ed|ing)?|hit|reached)[ \t]{1,3}\d{2,3}"
    r"|\d{2,3}[ \t]{1,3}(?:years?[ \t]{1,3}old[ \t]{1,3})?(?:today|tomorrow|yesterday)"
    r"|(?:18|19|20)\d\d"
    r"|(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
    r"|\d{1,2}(?:[:.]\d\d)?[ \t]?(?:am|pm|sharp|o['’]clock))\b"
    r"|£[ \t]?\d[\d,.]*",
    re.IGNORECASE,
)
# The writer missing a relative ("Missing him today", "Really missing my mum Pauline"): grief,
# not a person gone missing from their care.
_MISSING_SOMEONE = re.compile(r"\bmissing[ \t]{1,3}(?:him|her|them|my|me|our)\b", re.IGNORECASE)
_KIN_DIED = re.compile(r"\b(?:passed(?:[ \t]{1,3}away)?|died)\b", re.IGNORECASE)
# The workers' own room at work, where a relative's gift is left ("biscotti for the staff room"):
# not a room of someone's care.
_STAFF_ROOM = re.compile(r"\bstaff[ \t]?room\b", re.IGNORECASE)
# "Bà Thu, my grandmother, turns 100", "Dona Fernanda is my mother-in-law", "Wor Dot (me mam)",
# "Baba Tunde is my husband's uncle": the writer's kinship word said just after the name.
_KIN_AFTER = re.compile(
    r"(?:,[ \t]{1,3}|[ \t]{1,3}(?:is|was)[ \t]{1,3}|[ \t]{0,2}\([ \t]{0,2})"
    r"(?i:my|me|mi|our)[ \t]{1,3}(?:(?i:own|late|dear|lovely|beloved)[ \t]{1,3})?"
    r"(?:[\w-]{2,20}['’]s[ \t]{1,3})?(?P<kin>[\w-]{2,20})(?![\w'’-])"
)


# After a relative's name, the relative giving care rather than receiving it: "was a carer in the
# war", "when she cared for Gran", "have been caring for Gran", "worked as a carer", "has just
# qualified as a nurse". Not "I'm her main carer" nor "her carers": a carer of theirs.
_KIN_CARES = re.compile(
    r"\b(?:(?:was|is|been|be|as|became)[ \t]{1,3}an?[ \t]{1,3}(?:\w+[ \t]{1,3})?"
    r"(?:carer|nurse|midwife|paramedic|doctor|care[ \t]worker|support[ \t]worker)"
    r"|(?:cared|caring|cares|care)[ \t]{1,3}for[ \t]{1,3}(?!(?:her|him|them|me)\b)\w+)\b",
    re.IGNORECASE,
)


def _own_kin_said(before: list[str], word: str) -> bool:
    """The words ``before`` a relative's name (or its kinship word ``word``) say "my own" or "our
    own" just before the kinship word: "My own nain Gwenllian", "my own mum, Brenda"."""
    if word in _KIN:
        return before[-2:] in (["my", "own"], ["our", "own"])
    return len(before) >= 3 and before[-3] in ("my", "our") and before[-2] == "own"


def _writers_kin(draft: Draft, start: int, end: int) -> bool:
    """The name at ``start:end`` is the writer's own relative ("my kin Name", a span that opens
    with the kinship word after "my": "my nonna Rosa", or the kinship said just after it: "Bà
    Thu, my grandmother"), and neither its sentence nor the next one says a word of their care
    ("My own gran, Ida, was a carer in the war", not "Three years of caring for my dad Leonard"
    nor "My nan Bridie is 94 and I'm her main carer"): the writer's family, not someone they
    care for. Not in a draft with an identifier of a record's kind (an address, a date of birth,
    a mailbox), nor with an age or a number said around the name ("My nan, Maud Entwistle, 94,
    has been on a trolley"), but for a birthday's age or a year ("my grandad Dai is 95 today"):
    those are about someone's care."""
    source = draft.text
    first = _TOKEN.match(source, start)
    word = first.group().lower() if first is not None else ""
    said_before = _words_before_name(draft, start)[-4:]
    before = [w for w in said_before if w not in _KIN_BETWEEN]
    if word in _KIN and before[-1:] and before[-1] in _MINE:
        # "my nonna Rosa": the name is the word after the kinship word.
        name = _TOKEN.search(source, start + len(word))
    elif len(before) >= 2 and before[-2] in _MINE and before[-1] in _KIN:
        name = _TOKEN.match(source, start)
    else:
        at = end - 2 if source[end - 2 : end] in _POSSESSIVE else end
        kin = _KIN_AFTER.match(source, at)
        if kin is None or kin.group("kin").lower() not in _KIN:
            return False
        name = kin
        start = kin.end()  # the care words are read around the kinship word's end
    if name is None:
        return False
    end = name.end()
    if source[end - 2 : end] in _POSSESSIVE:
        end -= 2
    if _own_kin_said(said_before, word):
        # "My own grandad Idris was in a home in the 90s", "my own nana Pearl, 91": "own" sets
        # the writer's family apart from the people they support, whatever is said of them.
        return not draft.analysis(_identifier_spans)
    # What is said just after the name, a birthday's age or a year blanked ("she is 94 today"
    # says nothing of care), neither needs care nor describes the person.
    after = source[end : end + max(_DESCRIBED_REACH, _FRAME_AFTER)]
    if any(c.isdigit() for c in after):
        after = _BIRTHDAY_OR_YEAR.sub(lambda m: " " * len(m.group()), after)
    if "ass" in after or "ied" in after:
        # "my mum Pauline, two years since she passed": a relative's death, not their care.
        after = _KIN_DIED.sub(lambda m: " " * len(m.group()), after)
    if _needs_care_after(after, 0) or _described_after(after, 0):
        return False
    sentence = _sentence_before(source, start)
    window = _rest_and_next_sentence(source, end)
    if "car" in window or "Car" in window:
        # The relative as the one who cares ("My own gran, Ida, was a carer in the war", "my
        # mum Perpetua have been caring for Gran"): not a word of their own care.
        window = _KIN_CARES.sub(" ", window)
    around = sentence + " " + window
    if any(c.isdigit() for c in around) and _BIRTHDAY_OR_YEAR.search(around) is not None:
        around = _BIRTHDAY_OR_YEAR.sub(" ", around)
    around = _STAFF_ROOM.sub(" ", around)
    if "issing" in around:
        around = _MISSING_SOMEONE.sub(" ", around)
    if any(c.isdigit() for c in around) or not _KIN_CARED.isdisjoint(
        _TOKEN.findall(around.lower().replace("’", "'"))
    ):
        return False
    return not draft.analysis(_identifier_spans)


@memoised("identifiers.own_shift", 4, keyed_by_text=True)
def _speaks_of_own_shift(source: str) -> bool:
    """The draft speaks of the writer's own shifts (``_OWN_SHIFT``): read once per draft, not
    once per name of the writer's family in it."""
    return _OWN_SHIFT.search(source) is not None


_SHOP_AFTER = re.compile(
    r"(?:['’]s)?[ \t]{1,3}(?P<kind>[a-z]{3,12})[ \t]{1,3}(?:in|on|at|near|by|down|up)[ \t]"
)
_SHOPS = word_set(
    """shop shops store salon bakery restaurant takeaway cafe café chippy pub bar deli diner
    bistro barbers boutique grill garage market"""
)
_TAUGHT = word_set("class classes pupils lesson lessons school")
_SPOKEN_TO = word_set("you your you're youre u ur thank thanks thx ty")
_SPOKEN_TO_AFTER = re.compile(
    r"[ \t]{0,2}[,!][ \t]{0,3}(?P<words>(?:[\w'’]+[ \t]{1,3}){0,2}[\w'’]+)"
)


_SHOP_PLACES = word_set("in on at near by off")


def _named_after(source: str, at: int) -> bool:
    """A capitalised word follows a name's possessive at ``at`` ("Elsie's Tea Room") that is no
    word of what a person supported has ("Ivy's Zimmer", "Joan's Mum"), no title, weekday or
    month, no record system and not in capitals ("Edna's GP")."""
    following = _glued_after(source, at)
    if following is None or not following[0][:1].isupper():
        return False
    owned, owned_end = following
    lower = owned.lower()
    if owned.isupper() or lower in dates.WEEKDAYS or lower in _MONTHS:
        return False
    # "Mr Ssempijja's Careweave ref": a record system's name before its number.
    after = _glued_after(source, owned_end)
    if after is not None and after[0].lower() in _NOUN_WORDS:
        return False
    # "Jenny's Home Help", "Elsie's Tea Room": two capitalised words, even if the first is
    # something a person has.
    if after is not None and after[0][:1].isupper() and after[0] not in NOT_NAMES:
        return not after[0].isupper()
    # One capitalised word only where a place or the sentence's end follows: "Mr Wu's Buffet
    # on Bold Street", not "Ivy's Zimmer was left in the hall".
    if after is not None and after[0].lower() not in _SHOP_PLACES:
        return False
    return (
        owned not in NOT_NAMES
        and lower not in people.CARE_POSSESSIONS
        and lower not in _KIN_OR_FOND
        and lower not in _TITLE_WORDS
        and not _phrase_before([lower], 1, _RELATIVES)
        and not _record_system_after(source, at)
    )


_CARER_WORDS = word_set("carer carers careworker pa")
# "doamna ileana from the romanian church", "Bibi Harjit Kaur from the gurdwara langar team",
# "Mr Leung from Leung's Dim Sum", "big dave from bank": someone of a workplace, a faith's
# house or a business, said after "from" (perhaps after a surname).
_FROM_PLACE = re.compile(
    r"(?:[ \t]{1,3}[A-Z][\w'’-]{1,24})?[ \t]{1,3}(?i:from|fae|frae)[ \t]{1,3}"
    r"(?:(?i:the|our)[ \t]{1,3})?(?P<words>(?:[\w'’-]{1,24}[ \t]{1,3}){0,3}[\w'’-]{1,24})"
)
_WORKPLACES = people.DEPARTMENTS | word_set(
    """bank team council church chapel mosque gurdwara temple synagogue mandir parish pharmacy
    chemist chemists surgery charity shop store takeaway restaurant salon garage"""
)
# Places that a person supported is from: "Mr Okafor from the care home", "Nan from the
# church's lunch club", "Alf from flat 3".
_FROM_CARE = _CARE_PLACES | word_set(
    """home homes care nursing residential respite sheltered day club lunch service services
    scheme bungalows house court ward"""
)


def _from_a_workplace(source: str, end: int) -> bool:
    """The name ending at ``end`` is said to be from a workplace, a faith's house or a business
    named after someone ("from the gurdwara langar team", "from Leung's Dim Sum"), and from no
    place of care ("from the church's lunch club", "from the care home") nor a home."""
    m = _FROM_PLACE.match(source, end)
    if m is None:
        return False
    written = m.group("words").split()
    words = [w.lower().replace("’", "'") for w in written]
    if not _FROM_CARE.isdisjoint(words) or any(c.isdigit() for c in m.group("words")):
        return False
    owner = written[0][:1].isupper() and words[0][-2:] == "'s"
    return owner or not _WORKPLACES.isdisjoint(w.removesuffix("'s") for w in words)


_OWNERS = word_set("my our her his their your")


# What a charity or service named after its founder or patron provides, said just after the full
# name: "Marie Curie nurse is coming at 10", "Sue Ryder shop", "Leonard Cheshire volunteers".
_FOUNDERS_SERVICE = re.compile(
    r"[ \t]{1,3}(?:nurse|nurses|hospice|hospices|shop|shops|appeal|volunteers?|charity|fund"
    r"|foundation|trust|helpline)\b"
)


def _charity_after_founder(said: str, source: str, end: int) -> bool:
    """``said`` is a full name of two capitalised words, no title, followed by the service of a
    charity named after its founder or patron (``_FOUNDERS_SERVICE``): an organisation, not a
    person supported ("Marie Curie nurse is coming", not "Mrs Curie's nurse")."""
    words = said.split()
    return (
        len(words) == 2
        and all(w[:1].isupper() and w[1:2].islower() for w in words)
        and words[0].rstrip(".").lower() not in _TITLE_WORDS
        and _FOUNDERS_SERVICE.match(source, end) is not None
    )


# A venue or a ward named after someone, its kind said just after the name, perhaps after one more
# capitalised word: "Edith Cavell Ward is confirmed", "Nana Yaa Asantewaa Hall is booked", "Bryn
# Awel community hall", "Bryn Celyn nursing home", "Tŷ Hafan respite". Not a room, a house or a
# home, nor a ward with its number: "Mrs Khan Ward 6", "Mr Asante house" are where someone is.
_VENUE_NAMED_AFTER = re.compile(
    r"(?:[ \t]{1,3}[A-Z][a-z]+)?[ \t]{1,3}(?:(?:Ward|Wing|Suite|Hall|Centre|Center|Lodge|Hospice"
    r"|Library|Foundation|Trust|Fund|Gardens)\b(?![ \t]{0,3}\d)"
    r"|(?:community|church|village|memorial|parish|sports|town|day)[ \t]{1,3}"
    r"(?:hall|centre|center)\b|(?:nursing|care|residential)[ \t]{1,3}home\b|respite\b"
    r"|hospice\b)"
)


def _venue_named_after(source: str, end: int) -> bool:
    """The name ending at ``end``, not a possessive, is followed by the kind of a venue or a ward
    (``_VENUE_NAMED_AFTER``): a place named after someone, not a person supported."""
    return source[end - 2 : end] not in _POSSESSIVE and (
        _VENUE_NAMED_AFTER.match(source, end) is not None
    )


# Who a name is, said in brackets just after it: "Mrs Hinds (manager at Oakfield)", "Dona Celeste
# (cleaning lady)", "Nanny Pat (mine, not work)", "Boris (my manager's cat)": a role, the writer's
# own, or a pet. Not a relative ("Glyn (my dad)", "Nneka (his wife)"), nor "sister" (a ward
# sister, or someone's sister).
_BRACKETS_AFTER = re.compile(r"[ \t]{0,2}\((?P<inside>[^()\n]{1,60})\)")
_ROLES_IN_BRACKETS = (
    people.ROLES | places.WORKER_WORDS | places.COLLEAGUE_WORDS | {"mine", "cleaning"}
) - {
    "sister",
    "chair",
    "charge",
}
_BRACKETS_SKIPPED = word_set("my our the a an new old me mi ma")
_ROLE_IN_BRACKETS_NEXT = word_set("at from of for in on with lady man not cat dog")


def _role_in_brackets_after(source: str, end: int) -> bool:
    """The brackets just after the name ending at ``end`` open with a role or "mine", perhaps
    after someone's possessive ("my manager's"), alone or before a place's word
    (``_ROLE_IN_BRACKETS_NEXT``), or name a pet anywhere."""
    m = _BRACKETS_AFTER.match(source, end)
    if m is None:
        return False
    words = [w.lower() for w in _TOKEN.findall(m.group("inside"))]
    if not people.PETS.isdisjoint(words):
        return True
    said = [w for w in words if w not in _BRACKETS_SKIPPED]
    if len(said) > 1 and said[0][-2:] in ("'s", "’s"):
        said = said[1:]
    # The role alone or said of a place ("manager at Oakfield", "cleaning lady"), not a note of
    # a visit ("nurse coming 2pm").
    return (
        bool(said)
        and said[0] in _ROLES_IN_BRACKETS
        and (len(said) == 1 or said[1] in _ROLE_IN_BRACKETS_NEXT)
    )


def _someone_elses_name(draft: Draft, start: int, end: int) -> bool:
    """The name at ``start:end`` names a business or venue, a public figure by their honour, or a
    member the draft speaks to or tags: not a person supported."""
    source = draft.text
    if start and source[start - 1] == "@":
        return True
    said = source[start:end]
    if said.lower() in _PERSON_NOUNS:
        return True  # "one lady's grandson", "Lady in room 9": who, not their name
    # "Saint Brigid's for Christmas mass": a saint, or a church or hall named after one; "our
    # imam": a role, not a name.
    last = said.rsplit(None, 1)[-1].lower() if " " in said else ""
    if said[:6] in ("Saint ", "saint ") or (last in people.ROLES and said[:4].lower() == "our "):
        return True
    m = _BUSINESS_AFTER.match(source, end)
    if m is not None:
        word = (m.group("word") or m.group("kind") or "").lower()
        if word in _BUSINESS_WORDS:
            return True
    m = _HONOUR_AFTER.match(source, end)
    if m is not None and m.group("honour") in _HONOURS:
        return True
    # "Maame Akosua's shop in Peckham", "Tanti Viorica shop on the corner": a business where it
    # stands, named after someone.
    m = _SHOP_AFTER.match(source, end)
    if m is not None and m.group("kind") in _SHOPS:
        return True
    # "Miss Everett's class": a teacher's.
    if source[end : end + 2] in _POSSESSIVE:
        owned = _glued_after(source, end + 2)
        if owned is not None and owned[0].lower() in _TAUGHT:
            return True
    if _role_after(source, end, _ROLES_AND_PETS, _starts_sentence(source, start)) or (
        _role_said_after(source, end)
    ):
        return True
    if _in_a_department(source, end) or _from_a_workplace(source, end):
        return True
    # "Mum's carer Lena", "her carer wee Kirsty", "our carer Joy": someone's paid carer.
    before = _words_before_name(draft, start)[-2:]
    if (
        len(before) == 2
        and before[1] in _CARER_WORDS
        and (before[0] in _OWNERS or before[0][-2:] in ("'s", "s'"))
    ):
        return True
    # "Our cat Mabel", "my spaniel Monty": a pet named, its kind said just before.
    pet = _glued_before(source, start)
    if pet is not None and pet[0].lower() in people.PETS:
        return True
    # "Jenny's Home Help", "Elsie's Tea Room", "Mr Wu's Buffet": a possessive name and a
    # capitalised word name a business or a thing after someone, not what a person has.
    if source[end : end + 2] in _POSSESSIVE and _named_after(source, end + 2):
        return True
    if _writers_own_family(draft, start):
        return True
    if _charity_after_founder(said, source, end) or _venue_named_after(source, end):
        return True
    if source[end : end + 3].lstrip(" \t")[:1] == "(" and _role_in_brackets_after(source, end):
        return True
    if _starts_sentence(source, start):
        m = _SPOKEN_TO_AFTER.match(source, end)
        if m is not None and not _SPOKEN_TO.isdisjoint(
            w.lower() for w in _TOKEN.findall(m.group("words"))
        ):
            return True
    return False


def find_names(draft: Draft, context: Context) -> Iterable[Span]:
    """The names the rules find (``rule_names``) and the ordinary words the learned decision
    reads as names (``ordinary_word_names``), each where no address holds it and where it is no
    one else's (``_someone_elses_name``); the writer's own relatives with nothing of their care
    around (``_writers_kin``) as reminders."""
    spans = draft.analysis(rule_names)
    spans = spans + ordinary_word_names(draft, spans) + given_name_decisions(draft, spans)
    addresses = draft.analysis(_FOUND[find_addresses])
    source = draft.text
    weak = draft.analysis(_gazetteer_reading)[2]
    words = draft.words
    if not _NOTED_STATES.isdisjoint(words):
        weak = weak + _undecided_names_in_a_note(draft, spans)
    if weak:
        overlaps = _overlap_test(spans)
        weak = _one_person_per_name(source, [w for w in weak if not overlaps(*w)])
    # "Lane" of "8 Church Lane": a word of an address is the address's. Of the addresses
    # starting at or before a name, whether the furthest reaching one reaches its end.
    ordered = sorted((a.start, a.end) for a in addresses)
    address_starts = [a for a, _ in ordered]
    furthest = list(itertools.accumulate((e for _, e in ordered), max))
    # The cheap tests first: whether the draft has a word of speaking to someone, or of the
    # workers' own working life, at all.
    spoken_to = not _ADDRESSED_CUES.isdisjoint(words)
    staff_life = not people.STAFF_LIFE.isdisjoint(words)
    work_talk = not _WORK_TALK_FIRST.isdisjoint(words)
    called = " call" in source
    # A person's own shift or break: read only where the draft has one at all.
    own_shifts = not _SHIFT_OR_BREAK.isdisjoint(words)
    for start, end in spans:
        if (
            _someone_elses_name(draft, start, end)
            or (spoken_to and _in_an_addressed_list(source, start, end))
            or _a_business_named_after(source, end)
            or _ends_in_a_trade(source, start, end)
            or (called and _what_a_worker_or_thing_is_called(source, end))
        ):
            continue
        span = Span(*draft.to_original(start, end))
        before = bisect.bisect_right(address_starts, span.start)
        if before and furthest[before - 1] >= span.end:
            continue
        # The writer's own relative, said with nothing of their care around ("My baba Penka
        # sent pierogi for everybody") or beside the parent or grandparent cared for ("Auntie
        # Pam came to help with Mum"), or a name in a sentence of the workers' own working life
        # with no word of anyone's care ("Madam Grace said bring your uniform to the
        # induction"): perhaps someone they care for, on weak evidence, so a reminder rather
        # than a warning.
        if (
            _writers_kin(draft, start, end)
            or (staff_life and _in_staff_life(source, start, end))
            or _kin_beside_the_one_cared_for(draft, start, end)
            or _on_the_rota(draft, start, end)
            or (work_talk and _in_work_talk(source, start, end))
            or _performers_work(source, start, end)
            or _famous_for(source, start, end)
            or _staff_nickname(source, start)
            or (own_shifts and _own_shift_after(source, end))
            or _our_own_news(source, start, end)
            or _relatives_news(draft, start, end)
        ):
            yield Reminder(span.start, span.end)
        else:
            yield span
    for start, end in weak:
        if _someone_elses_name(draft, start, end):
            continue
        span = Span(*draft.to_original(start, end))
        before = bisect.bisect_right(address_starts, span.start)
        if not before or furthest[before - 1] < span.end:
            yield Reminder(span.start, span.end)


# A name said to be what someone calls a worker, a pet or a thing: "Papa Mbuyi is what the kids
# call our new physio", "Big Norman (the new hoist, that's what the lads call it)".
_CALLED_AFTER = re.compile(
    r"(?:['’]s)?[ \t]{0,3}(?:(?:is|was)[ \t]{1,3}what[ \t]{1,3}(?:[\w'’-]{1,20}[ \t]{1,3}){1,3}"
    r"calls?[ \t]{1,3}|\([ \t]{0,2})(?:our|the|my|their)[ \t]{1,3}(?:(?:new|old|lovely)[ \t]{1,3})?"
    r"(?P<what>[\w-]{2,20})(?![\w'’-])",
    re.IGNORECASE,
)
# Things at work that are given names: the hoist the lads call Big Norman, the minibus.
_NAMED_THINGS = word_set(
    """hoist hoists minibus bus van car telly tv kettle printer computer laptop phone boiler
    fridge freezer robot doll"""
)


def _what_a_worker_or_thing_is_called(source: str, end: int) -> bool:
    """The name ending at ``end`` is what someone calls a worker, a pet or a thing, said just
    after it: "is what the kids call our new physio", "(the new hoist, that's what the lads call
    it)": a worker's or a thing's name, not a person supported's ("Nanny Pat is what we call the
    lady in room 4" is still hers)."""
    m = _CALLED_AFTER.match(source, end)
    if m is None:
        return False
    what = m.group("what").lower()
    if m.group().lstrip(" \t'’s").startswith("("):
        # In brackets, a thing or a pet only, said with what it is called just after.
        return (what in _NAMED_THINGS or what in people.PETS) and "call" in source[
            m.end() : m.end() + 40
        ]
    return what in people.ROLES or what in _NAMED_THINGS or what in people.PETS


# The writer's relatives who are rarely the one cared for, said before a name ("my brother Rhys",
# "Uncle Gerwyn", "My lad Kieran"), and the parents and grandparents who most often are, said by
# a family carer with no name ("came to help with Mum", "why Nana doesn't know her name").
_HELPING_KIN = word_set(
    """auntie aunty aunt uncle brother sister son daughter husband wife partner hubby cousin
    niece nephew grandson granddaughter lad"""
)
_CARED_FOR_KIN = word_set(
    """mum mam mom mother dad father nan nana nanna gran granny grandma grandmother grandad
    grandpa grandfather nain taid mamma"""
)


_CARED_FOR_KIN_RE = re.compile(
    r"(?<![\w'’-])(?i:"
    + "|".join(sorted(_CARED_FOR_KIN, key=lambda word: (-len(word), word)))
    + r")(?![\w-])"
)
# Words before a parent's word that make the parent someone else's: "her mother", "Leah's dad".
_OTHERS_BEFORE_KIN = word_set("her his their your ur")


def _writers_parent_in(draft: Draft) -> bool:
    """``_writers_parent_said`` of the draft's text, read once per draft."""
    return _writers_parent_said(draft.text)


def _writers_parent_said(source: str) -> bool:
    """A word of ``_CARED_FOR_KIN`` in ``source`` is the writer's parent or grandparent, not
    someone else's ("she showed me how her mother did it", "Sandra's mum")."""
    for m in _CARED_FOR_KIN_RE.finditer(source):
        prev = _glued_before(source, m.start())
        if prev is None:
            return True
        said = prev[0].lower().replace("’", "'")
        if said not in _OTHERS_BEFORE_KIN and not said.endswith("'s"):
            return True
    return False


def _kin_beside_the_one_cared_for(draft: Draft, start: int, end: int) -> bool:
    """The name at ``start:end`` is the writer's sibling, child, partner, aunt or uncle
    (``_HELPING_KIN`` before it or opening it: "my brother Rhys", "Auntie Pam"), or a name after
    "Our" opening a sentence ("Our Kenzie (my youngest)"), in a draft that also speaks of a
    parent or a grandparent (``_CARED_FOR_KIN``), the one a family carer most often cares for;
    nothing said just after the name says it needs care or describes it, and the draft holds no
    identifier of a record's kind. "Auntie Pam came to help with Mum", not "my brother Desmond
    has dementia, Mum can't cope"."""
    if _CARED_FOR_KIN.isdisjoint(draft.words) or not draft.analysis(_writers_parent_in):
        return False
    source = draft.text
    first = _TOKEN.match(source, start)
    word = first.group().lower() if first is not None else ""
    before = _words_before_name(draft, start)[-2:]
    if word in _HELPING_KIN:
        # "Uncle Gerwyn": the span opens with the kinship word.
        pass
    elif word == "our":
        if not _starts_sentence(source, start):
            return False
    elif not (len(before) == 2 and before[0] in _MINE and before[1] in _HELPING_KIN):
        return False
    if source[end - 2 : end] in _POSSESSIVE:
        end -= 2
    if _needs_care_after(source, end) or _described_after(source, end):
        return False
    return not draft.analysis(_identifier_spans)


# A business named after its owner, its trade said after the owner's "'s": "Mr Singh's taxis",
# "Aunty Joy's hair salon", "Elsie's Tea Room", "Dev's Mobility". In lower case only the trades
# a person supported does not own in a handover (not "her pharmacy", "his garage", "her
# mobility"); capitalised, as a shop's sign writes them, those too.
_TRADES = word_set(
    """taxis taxi cabs cab salon salons barbers barber cafe café caff tearoom tearooms bakery
    bakers butchers butcher florist florists deli takeaway restaurant bistro diner chippy
    removals catering carpets motors plumbing"""
)
_SIGN_TRADES = _TRADES | word_set(
    """mobility centre center garage shop store stores kitchen pharmacy chemist chemists opticians
    dental services ltd limited bar pub inn hotel"""
)
_TRADE_AFTER = re.compile(
    r"[ \t]{1,2}(?:(?P<tea>(?i:tea|hair|beauty|coffee))[ \t]{1,2})?(?P<trade>[^\W\d_][\w'’-]*)"
)


def _a_business_named_after(source: str, end: int) -> bool:
    """The name ending at ``end`` owns, with "'s", the trade of a business said just after it
    (``_TRADES``, or ``_SIGN_TRADES`` capitalised; "Tea Room" and "tea rooms" too): a business
    named after someone, not a person supported."""
    if source[end : end + 2] in _POSSESSIVE:
        at = end + 2
    elif source[end - 2 : end] in _POSSESSIVE:
        at = end
    else:
        return False
    m = _TRADE_AFTER.match(source, at)
    if m is None:
        return False
    trade = m.group("trade")
    said = trade.lower()
    if said in ("room", "rooms"):
        return (m.group("tea") or "").lower() == "tea"
    if said in _TRADES:
        return True
    return trade[:1].isupper() and not trade.isupper() and said in _SIGN_TRADES


# The last word of a business's sign, which no one's surname is: "Wisteria Cottage Tea Rooms".
_SIGN_ENDS = word_set(
    """rooms tearooms cafe café salon taxis cabs stores services ltd limited centre center
    pharmacy kitchen bakery deli bistro restaurant takeaway"""
)


def _ends_in_a_trade(source: str, start: int, end: int) -> bool:
    """The span ``start:end`` is two or more capitalised words, the last a word that ends a
    business's sign (``_SIGN_ENDS``): a business, not a person."""
    space = source.rfind(" ", start, end)
    if space < 0 or not source[space + 1 : space + 2].isupper():
        return False
    return source[space + 1 : end].lower() in _SIGN_ENDS


# A sentence opened by names said to the people named: one or more names (each perhaps with a
# title), joined by commas, "and" or "&", then a comma and "you", "kindly", "please" or "thank
# you" ("Pat, Gwen and Sandra, you brought soup", "Mr Phiri, Mrs Tembo, Mr Banda, kindly
# respond"); ten names at most, so that a search stays linear in a long run of names.
_LISTED_NAME = r"(?:(?:Mrs?|Ms|Miss|Dr)\.?[ \t]{1,2})?[A-Z][\w'’-]{1,23}"
_ADDRESSED_LIST = re.compile(
    r"(?P<names>"
    + _LISTED_NAME
    + r"(?:(?:,[ \t]{0,2}(?:(?:and|&)[ \t]{1,2})?|[ \t]{1,2}(?:and|&)[ \t]{1,2})"
    + _LISTED_NAME
    + r"){1,9}),[ \t]{0,2}(?P<cue>(?i:you|you['’]re|your|u|ur|kindly|please|thank[ \t]you|thanks))"
    + r"(?![\w'’])"
)
# The comma and the word that speak to the names, alone: what must follow a name, within
# _FRAME_AFTER characters, for ``_ADDRESSED_LIST`` to hold it (a cheap search before that one).
_ADDRESSED_CUE = re.compile(
    r",[ \t]{0,2}(?i:you|you['’]re|your|u|ur|kindly|please|thank[ \t]you|thanks)(?![\w'’])"
)
# What a request to the names may not speak of: a third person, whom the names would then be
# the people it is done for ("Doris and Albert, please check their pads at 2").
_REQUESTS = word_set("kindly please")
# The words of ``_ADDRESSED_LIST``'s cue as a draft's words read them ("you're": "you", "re").
_ADDRESSED_CUES = word_set("you your u ur kindly please thank thanks")
_OTHERS_SPOKEN_OF = people.THIRD_PERSON | word_set("they them their theirs")
# What may stand before such names in their sentence: a greeting or thanks ("Thank you Pat, Gwen
# and Sandra, you ...", "Hi Joy and Ola, you're both on").
_BEFORE_ADDRESSED = word_set(
    "hi hiya hello hey dear morning evening afternoon all team thanks thank you well done congrats"
)


def _in_an_addressed_list(source: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is one of two or more names opening a sentence (after a greeting,
    if any: ``_BEFORE_ADDRESSED``) that are then spoken to (``_ADDRESSED_LIST``): the people the
    draft is said to, not people it is about. A request ("please", "kindly") only where no one
    else is spoken of after it ("Doris and Albert, please check their pads" is a handover's)."""
    if source[end : end + 1] not in (",", " ", "\t") or source[end + 1 : end + 2] == "'":
        return False
    # The names end at or after this one, and the comma and cue come after them.
    if _ADDRESSED_CUE.search(source, end, end + _FRAME_AFTER) is None:
        return False
    opening = _last_sentence_of(source[max(0, start - _FRAME_BEFORE) : start])
    at = start - len(opening)
    m = _ADDRESSED_LIST.search(source, at, end + _FRAME_AFTER)
    if m is None or not set(_lower_words(source[at : m.start("names")])) <= _BEFORE_ADDRESSED:
        return False
    if not (m.start("names") <= start and end <= m.end("names")):
        return False
    if m.group("cue").lower() not in _REQUESTS:
        return True
    return _OTHERS_SPOKEN_OF.isdisjoint(_words_after(source, m.end()))


# Words of someone's care, in a sentence of the workers' own working life, that make the name in
# it someone supported after all ("Doreen's call needs covering, she's had a fall"): what a
# person supported has, needs, does or is, and the calls and visits made to them.
_CARE_IN_STAFF_LIFE = (
    people.CARE_NEEDS
    | people.NOTE_WORDS
    | people.DESCRIBED
    | word_set(
        """call calls visit visits resident residents client clients service user users room
        rm bay flat bed support supported supporting"""
    )
) - people.STAFF_LIFE


# The writer as the subject of a verb of having or visiting just before a name: "I've got
# Tobias 9-1", "we have Doreen at 8", "I'm with Alf till 3", their own call on the rota.
_WRITER_AS_SUBJECT = word_set("i i'm im i've ive i'll ill i'd me we we're weve we've")
_WRITERS_CALL = word_set("got have has with doing do see visit visiting")


# --- Names on the rota, and names known for what they did in public ------------------------
# A worker's place on the rota said right after their name: "Precious is on tonight", "Ifeoma's
# on nights", "Tomasz has the late", "Yusuf and Halima on floor 1", "Wiktoria's got the
# sleep-in". Said of someone supported, the same words are rare ("on the floor" is read only in a
# draft that speaks of the rota or the shift, not of a fall).
_ON_THE_ROTA = re.compile(
    r"(?:[ \t]{1,3}(?:and|&)[ \t]{1,3}[A-Z][\w'’-]{1,20})?"
    r"(?:['’]s|[ \t]{1,3}(?:is|are|was|will[ \t]be))?"
    r"(?:[ \t]{1,3}(?:also|back|still))?[ \t]{1,3}"
    r"(?:on[ \t]{1,3}(?P<on>(?P<the>the[ \t]{1,3})?(?:tonight|nights?|days|lates?|earl(?:y|ies|ys)"
    r"|sleep-?ins?|waking[ \t]{1,3}nights?|back[ \t]{1,3}shift|night[ \t]{1,3}shift"
    r"|long[ \t]{1,3}days?|call|on-call|floor[ \t]{1,3}\d|(?P<floor>floor|meds))(?![\w'’-]))"
    r"|(?:has|have|had|got|doing|['’]s[ \t]{1,3}got|['’]s[ \t]{1,3}doing)[ \t]{1,3}the"
    r"[ \t]{1,3}(?:late|early|sleep-?in|waking[ \t]{1,3}night|night[ \t]{1,3}shift"
    r"|long[ \t]{1,3}day)(?![\w'’-]))"
)
_ROTA_WORDS = word_set("rota tonight nights lates earlies staff shift shifts call")
_ROTA_OPENERS = word_set("and & it's its")


def _on_the_rota(draft: Draft, start: int, end: int) -> bool:
    """The name at ``start:end`` opens its clause (a sentence's start, a comma, a colon, a line,
    "and" or "it's") and is followed by its place on the rota (``_ON_THE_ROTA``): a colleague
    on shift. "On the floor", "on meds" and "on the early" count only in a draft with a word of
    the rota (``_ROTA_WORDS``): "Olu on the floor, Precious on meds" on a list of tonight's
    staff, not "Doris on the floor again, no injury" nor "our Maureen on the early run is in
    hospital"."""
    source = draft.text
    m = _ON_THE_ROTA.match(source, end)
    if m is None:
        return False
    if (m.group("floor") or m.group("the")) and _ROTA_WORDS.isdisjoint(draft.words):
        return False
    before = source[max(0, start - 3) : start].rstrip(" \t")
    if not before or before[-1] in ".!?\n,:;":
        return True
    # The second of two ("Yusuf and Halima on floor 1"), or named after "it's".
    glued = _glued_before(source, start)
    return glued is not None and glued[0].lower().replace("’", "'") in _ROTA_OPENERS


# The news of someone's own life, said of "our" and a name as a family or a team says it of its
# own: "Our Tyler passed his driving test", "Our Alfie has his first day at nursery", "Our Nell
# has got the job at Windermere House". Not a prize won: people supported win the quiz too.
_OWN_NEWS = word_set(
    """driving job nursery school college uni university graduated graduation exams
    gcses engaged married wedding christening prom promoted promotion leaving retiring baby"""
)
_OUR = word_set("our wor ar")


def _our_own_news(source: str, start: int, end: int) -> bool:
    """The name at ``start:end`` opens with "our" (``_OUR``) and the rest of its sentence tells
    the news of its own life (``_OWN_NEWS``, a test or an exam passed, not a death) with nothing a
    person supported has or needs (``_HOUSEHOLD_CARED``) in its first eight words: the writer's
    family or team, not someone cared for. Not "our Mary's fella was found on the floor"."""
    first = _TOKEN.match(source, start)
    if first is None or first.group().lower() not in _OUR or first.end() >= end:
        return False
    if _possessive(source, end):
        return False
    said = _words_after(source, end)
    after = _not_a_pass(said)
    if _OWN_NEWS.isdisjoint(after) and len(after) == len(said):
        return False
    return _HOUSEHOLD_CARED.isdisjoint(after[:8])


# A relative's news told of a name alone: "Nikhil's wife had the baby last night", "Rosa's
# daughter has just had her baby", "Sandra's daughter Leah is doing her work experience with
# us": the family of a colleague, whose own life the team shares; news of someone supported
# comes with a title ("Mrs Adeyinka's daughter") or with their care. Births, work and study
# only: "Khadija's son Imran is collecting her for the wedding" is a trip of hers.
_KINS_NEWS = word_set(
    "baby experience job apprenticeship graduated exams gcses engaged promoted promotion"
)
_OWNED_KIN = re.compile(r"['’][sS][ \t]{1,3}(?P<kin>[^\W\d_][\w-]{1,20})")


def _relatives_news(draft: Draft, start: int, end: int) -> bool:
    """The name at ``start:end`` is one word, with no title, owning a relative of the household
    (``_HOUSEHOLD``: "Nikhil's wife"), or named after such a relative ("Sandra's daughter
    Leah"), and the rest of the sentence after the relative tells news of their own life
    (``_KINS_NEWS``) with nothing a person supported has or needs (``_HOUSEHOLD_CARED``) in its
    first eight words."""
    source = draft.text
    if source[end - 2 : end] in _POSSESSIVE:
        end -= 2
    word = source[start:end]
    if " " in word or not word[:1].isupper():
        return False
    kin = _OWNED_KIN.match(source, end)
    if kin is not None:
        if kin.group("kin").lower() not in _HOUSEHOLD:
            return False
        after_at = kin.end()
    else:
        before = _words_before_name(draft, start)[-2:]
        if len(before) < 2 or not before[-2].endswith("'s") or before[-1] not in _HOUSEHOLD:
            return False
        after_at = end
    said = _words_after(source, after_at)
    after = _not_a_pass(said)
    return not _KINS_NEWS.isdisjoint(after) and _HOUSEHOLD_CARED.isdisjoint(after[:8])


# What a public figure is named for, said right after the name: on the television or in the
# papers, a goal, an election, a title won, a book written, an opening, a knighthood ("Gary
# Lineker was on telly", "Salah scored twice", "Councillor Pyke was elected", "Princess Anne
# opened the new wing"); not a raffle or a game won, nor a letter written; and the
# royal and political titles before a name that only public figures carry.
_FAMOUS_FOR = re.compile(
    r"(?:[ \t]{1,3}(?:was|is|has|had|has[ \t]been|once|just|finally|got))?[ \t]{1,3}"
    r"(?:on[ \t]{1,3}(?:the[ \t]{1,3})?(?i:telly|tv|television|radio|news|bbc|itv)"
    r"|in[ \t]{1,3}the[ \t]{1,3}(?:papers?|news)"
    r"|scored|elected|re-elected|knighted|crowned|opened[ \t]{1,3}the|tweeted|starred|resigned"
    r"|interviewed|won[ \t]{1,3}(?:gold|silver|bronze|the[ \t]{1,3}(?:election|league|cup|title))"
    r"|wrote[ \t]{1,3}(?:a|the|his|her|their)[ \t]{1,3}(?:book|novel|memoir|column|song))"
    r"(?![\w'’-])"
)
_PUBLIC_TITLES = word_set("princess prince duke duchess baroness baron lord president chancellor")


def _famous_for(source: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is followed by what a public figure is known for
    (``_FAMOUS_FOR``) or opens with a title only public figures carry (``_PUBLIC_TITLES``)."""
    first = _TOKEN.match(source, start)
    if first is not None and first.group().lower() in _PUBLIC_TITLES and first.end() < end:
        return True
    return _FAMOUS_FOR.match(source, end) is not None


# The workers' own nickname for someone, said just before it: "we call him Victor Meldrew",
# "Lads on the unit call him Mr Dribbles", "We call one resident Moaning Myrtle". A name of the
# staff's making, perhaps a famous one, not the person's own; "calls himself Skip" and "the family
# call her Nanny Bet" are.
_STAFF_NICKNAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:we|they|lads|staff|everyone|everybody|girls|carers|team)"
    r"(?:[ \t]{1,3}[\w'’]+){0,3}?[ \t]{1,3}(?i:call|calls|called|nickname|nicknamed)"
    r"[ \t]{1,3}(?i:him|her|them|one[ \t]{1,3}(?:resident|lady|man|client|gent))"
    r"[ \t]{1,3}[\"'“‘]?$"
)
_STAFF_NICKNAME_REACH = 48


# A shift or a break that is the named person's own, later in the sentence: "Priti fell over in
# the car park and still did her full shift", "Philomena fell asleep on the staffroom sofa on her
# break": a worker, whatever care word the sentence holds ("fell").
_OWN_SHIFT_AFTER = re.compile(
    r"(?<![\w'’])(?i:her|his)[ \t]{1,3}(?:(?i:own|full|first|last|whole|long|night|day|early"
    r"|late)[ \t]{1,3})?(?i:shift|shifts|break|breaks)(?![\w'’-])"
)
_OWN_SHIFT_REACH = 120
_SHIFT_OR_BREAK = word_set("shift shifts break breaks")


def _own_shift_after(source: str, end: int) -> bool:
    """The sentence of the name ending at ``end`` goes on to the person's own shift or break
    (``_OWN_SHIFT_AFTER``)."""
    window = source[end : end + _OWN_SHIFT_REACH]
    stop = _SENTENCE_END.search(window)
    return _OWN_SHIFT_AFTER.search(window, 0, stop.start() if stop else len(window)) is not None


def _staff_nickname(source: str, start: int) -> bool:
    """The name starting at ``start`` is one the workers call someone by
    (``_STAFF_NICKNAME_BEFORE``), within its sentence."""
    before = _last_sentence_of(source[max(0, start - _STAFF_NICKNAME_REACH) : start])
    return _STAFF_NICKNAME_BEFORE.search(before) is not None


def _in_staff_life(source: str, start: int, end: int) -> bool:
    """The name at ``start:end`` (not a possessive: "cover Doreen's call") is said in a sentence
    with a word of the workers' own working life (``people.STAFF_LIFE``: a break, leave, a job,
    the rota, training), and neither that sentence nor the next says a word of anyone's care
    (``_CARE_IN_STAFF_LIFE``): "Madam Grace said bring your uniform to the induction on
    Monday", "tilly is back from maternity leave in june", "We used Mr Eastwood in town but
    he's retired", not "Jimmy refused his meds before his supervision"; nor where the writer has
    or visits the name just before it (``_WRITERS_CALL``: "swap with me sat, I've got Tobias
    9-1"), their own call."""
    if _possessive(source, end):
        return False
    sentence = _lower_words(_last_sentence_of(source[max(0, start - _FRAME_BEFORE) : start]))
    own = _words_after(source, end)
    if people.STAFF_LIFE.isdisjoint(sentence) and people.STAFF_LIFE.isdisjoint(own):
        return False
    # The writer's own call on their rota: "can someone swap with me sat, I've got Tobias 9-1".
    if (
        sentence[-1:]
        and sentence[-1] in _WRITERS_CALL
        and not _WRITER_AS_SUBJECT.isdisjoint(sentence[-3:-1])
    ):
        return False
    # The rest of the sentence and the next are read only for a name the tests above leave.
    return _no_care_around(sentence, source, end)


def _no_care_around(before: list[str], source: str, end: int) -> bool:
    """No word of anyone's care (``_CARE_IN_STAFF_LIFE``) in ``before``, the words read before a
    name ending at ``end``, nor in the rest of its sentence and the next: the name is of the
    workers' own life, not "Doris came to the Christmas do and had a fall". The words after are
    read only when those before leave the name."""
    if not _CARE_IN_STAFF_LIFE.isdisjoint(before):
        return False
    return _CARE_IN_STAFF_LIFE.isdisjoint(_lower_words(_rest_and_next_sentence(source, end)))


# The workers' shared working life said in two words, each ordinary alone: the Secret Santa,
# the pool car, a leaving do, the staff room, a team meeting, the Christmas do, a payslip's
# P45, clocking in. Read in a name's sentence as ``people.STAFF_LIFE`` is read by
# ``_in_staff_life``.
_WORK_TALK = re.compile(
    r"(?<![\w'’-])(?i:secret[ \t]{1,3}santa|pool[ \t]{1,3}cars?"
    r"|leaving[ \t]{1,3}(?:do|party|drinks|card|collection|present)"
    r"|(?:staff|team)[ \t]{1,3}(?:room|meeting|night[ \t]{1,3}out|party|do|photo|whatsapp)"
    r"|(?:christmas|xmas|works)[ \t]{1,3}(?:do|party|night[ \t]{1,3}out|meal)"
    r"|clock(?:ed|ing)?[ \t]{1,3}(?:in|out|on|off)|car[ \t]{1,3}share|p45)(?![\w'’-])"
)
# The first words of those phrases: a draft with none of them has no phrase to read.
_WORK_TALK_FIRST = word_set(
    "secret pool leaving staff team christmas xmas works clock clocked clocking car p45"
)


def _in_work_talk(source: str, start: int, end: int) -> bool:
    """The name at ``start:end`` (not a possessive) is said in a sentence, or just after one,
    that names the workers' shared working life in two words (``_WORK_TALK``: "Who's doing the
    Secret Santa? Graham says he did it last year", "Bryony needs the pool car for the Morrisons
    run"), and neither that sentence nor the next says a word of anyone's care
    (``_CARE_IN_STAFF_LIFE``): a colleague, not "Doris came to the Christmas do and had a
    fall"."""
    if _possessive(source, end):
        return False
    # The name's sentence and the one before it, as a question and its answer: "Who's doing the
    # Secret Santa? Graham says he did it last year".
    window = source[max(0, start - _FRAME_BEFORE) : start]
    cut = len(window) - len(_last_sentence_of(window))
    before = window[cut - 1 - len(_last_sentence_of(window[: cut - 1])) :] if cut else window
    after = source[end : end + _FRAME_AFTER]
    stop = _SENTENCE_END.search(after)
    if stop:
        after = after[: stop.start()]
    if _WORK_TALK.search(before) is None and _WORK_TALK.search(after) is None:
        return False
    return _no_care_around(_lower_words(before), source, end)


# A performer or a public figure known by what is done with their work, said around the name:
# their records put on ("Put Tom Jones on for Dad"), a fan of them, their concert, tour or
# tribute act ("a huge Cliff Richard fan", "the Elvis tribute"), or a saying of theirs quoted
# ("Jeremy Hunt once said he'd fix social care").
_PUT_ON_AFTER = re.compile(
    r"[ \t]{1,3}on(?:[ \t]{1,3}(?:for|in|at|and|again|loud|full|while|when|every)(?![\w'’-])"
    r"|[ \t]*(?:[.,!;:)]|$))"
)
_PERFORMER_AFTER = re.compile(
    r"[ \t]{1,3}(?:(?:fan|fans|concert|concerts|gig|gigs|tour|tribute|album|albums|records|cds"
    r"|songs|lookalike|impersonator)(?![\w'’-])"
    r"|(?:once|famously)[ \t]{1,3}(?:said|wrote|sang|told)(?![\w'’-]))"
)


def _performers_work(source: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is followed by what is done with a performer's or a public
    figure's work (``_PERFORMER_AFTER``: a fan, a concert, a tribute, a saying quoted), or sits
    between "put" and an "on" that ends its clause (``_PUT_ON_AFTER``: "Put Tom Jones on for
    Dad", not "put Doris on the commode")."""
    if source[end : end + 2] in _POSSESSIVE:
        return False
    if _PERFORMER_AFTER.match(source, end) is not None:
        return True
    glued = _glued_before(source, start)
    return (
        glued is not None
        and glued[0].lower() == "put"
        and _PUT_ON_AFTER.match(source, end) is not None
    )


# --- Ordinary words that are names too, by a learned decision -------------------------------------
# "just left faith, she ate half her toast", "Reminder that Sunny needs his thickener", "hope
# was in a lot of pain": a listed given name that is an ordinary word too ("will", "hope",
# "Patience") is a person's name only by the words around it. The rules above read it in a few
# frames; what they leave is weighed here by a small linear decision over the same cues (the
# care frame, a verb of a person after it, a pronoun that refers back, the words before it),
# whose weights ``bench/train_name_decision.py`` learns from the tuning batches' labelled names
# and keeps only where it beats the rules alone across batches left out.
_SUBJECTS = word_set("i we you u they he she it who which that this there and i'll we'll")
_VISIT_BEFORE = word_set(
    """to on with check ring rang call called see saw visit visited left help sit sat about
    bath bathed shower showered dress dressed wash washed got put into assist sort"""
)
# What follows "will" or "hope" as a verb: a verb's bare form or who is hoped for ("will let the
# office know", "hope ur all ok", "hope everyone got home").
_WORDS_AFTER_A_MODAL = word_set(
    """you u ur your everyone everybody all we i it so the a an ya yall be do let pop try see
    send get make take give keep call ring come go have need just definitely probably always
    never not also still this that my our they them there tell ask sort check bring put pick
    look text email update speak chat drop start finish cover swap you're youre yr"""
)
_THIRD_PERSON_NEAR = word_set("he she his her him hes shes he's she's")
_ROOM_WORDS = word_set("room rm bed bay flat no number")
_IDIOM_BEFORE = word_set("of by such much no any some lose full")
# The features added for the decision over given names (``given_name_decisions``): read only
# for a decision that weighs one of them.
_LATER_FEATURE_NAMES = (
    "draft_names_someone",
    "time_before",
    "opens_line",
    "thanks_before",
    "work_word_near",
    "care_word_near",
    "health_state_after",
)
ORDINARY_NAME_FEATURES = (
    "capitalised",
    "opens_sentence",
    "in_lower_case_sentence",
    "care_frame",
    "not_supported_frame",
    "needs_care_after",
    "described_after",
    "draft_about_care",
    "beside_identifier",
    "possessive",
    "after_article",
    "after_subject",
    "after_visit_word",
    "modal_word_after",
    "person_verb_after",
    "pronoun_soon_after",
    "room_near",
    "back_after",
    "function_word",
    "after_for",
    "after_idiom_word",
    "comma_or_dash_after",
    "ends_sentence",
    *_LATER_FEATURE_NAMES,
)


# The features read from the rules' costlier reading of the words around (the frames, a pronoun
# that refers back, an identifier beside, the draft's care words): weighed only when the cheap
# ones leave the decision open.
_COSTLY_FEATURES = frozenset(
    (
        "care_frame",
        "not_supported_frame",
        "needs_care_after",
        "described_after",
        "beside_identifier",
        "draft_about_care",
        "draft_names_someone",
        "care_word_near",
    )
)
# The time of a call or a shift just before a word: "8.00 Winifred", "9:15 Doreen", "10am Alf".
_TIME_BEFORE = re.compile(r"\d(?:[:.]\d{2})?(?:[ \t]?[ap]m)?[ \t]{1,3}$")
_THANKS_BEFORE = word_set(
    """thanks thank thx ty cheers welcome congrats congratulations shout bless love hi hello
    hiya dear"""
)
# Words of a worker's own work near a name: "Joao on call", "Lorraine off", "Kwabena covering".
_WORK_NEAR = word_set(
    """shift shifts rota cover covering covered covers off sick leave holiday holidays training
    office supervision supervisions swap swapped lates earlies payslips overtime agency bank
    induction starter interview"""
)
_NEAR_REACH = 60
# Words that stand where a given name opening a handover's line or a call on a list would, and
# are none: kin words and honorifics, the writer's family, roles, words of places, rooms and
# function, of a colleague's work, and of a placed name's place ("resident", "Mrs"). One set for
# both readers (``_may_be_placed_name``, ``_call_entry_name``), made once.
_LISTED_NOT_NAMES = (
    people.KIN_AND_HONORIFICS
    | people.OWN_FAMILY_WORDS
    | people.ROLES
    | _PLACE_WORDS_AFTER
    | _ROOM_WORDS_LOWER
    | names.FUNCTION_WORDS
    | _WORK_NEAR
    | _PLACED_NOT_NAMES
)


_LATER_FEATURES = frozenset(_LATER_FEATURE_NAMES)


def _cheap_name_features(source: str, start: int, end: int, later: bool = True) -> set[str]:
    """The features of the word at ``start:end`` read from its few neighbouring characters;
    those of ``_LATER_FEATURES`` only when ``later``."""
    word = source[start:end]
    possessive = source[end : end + 2] in _POSSESSIVE
    on: set[str] = set()
    if word[:1].isupper():
        on.add("capitalised")
    if _starts_sentence(source, start):
        on.add("opens_sentence")
    sentence = _sentence_before(source, start).lstrip(" \t\"'‘“(")
    if (sentence[:1] or word[:1]).islower():
        on.add("in_lower_case_sentence")
    if possessive:
        on.add("possessive")
    prev = _glued_before(source, start)
    prev_word = prev[0].lower().replace("’", "'") if prev else ""
    if prev_word in _ARTICLES:
        on.add("after_article")
    if prev_word in _SUBJECTS:
        on.add("after_subject")
    if prev_word in _VISIT_BEFORE:
        on.add("after_visit_word")
    if prev_word == "for":
        on.add("after_for")
    if prev_word in _IDIOM_BEFORE:
        on.add("after_idiom_word")
    after = _words_after(source, end + 2 if possessive else end)
    if after and after[0] in _WORDS_AFTER_A_MODAL:
        on.add("modal_word_after")
    if _PERSON_AFTER.match(source, end):
        on.add("person_verb_after")
    if not _THIRD_PERSON_NEAR.isdisjoint(_lower_words(source[end : end + 60])):
        on.add("pronoun_soon_after")
    near = _lower_words(source[max(0, start - 14) : start]) + after[:2]
    if not _ROOM_WORDS.isdisjoint(near):
        on.add("room_near")
    if after[:1] == ["back"]:
        on.add("back_after")
    if word.lower() in names.FUNCTION_WORDS:
        on.add("function_word")
    rest = source[end : end + 3].lstrip(" \t")
    if rest[:1] in (",", "-", "–", "(") or (source[end : end + 1] == " " and rest[:1] == "-"):
        on.add("comma_or_dash_after")
    if not after:
        on.add("ends_sentence")
    if not later:
        return on
    line = source[max(0, start - 14) : start]
    if _TIME_BEFORE.search(line):
        on.add("time_before")
    if start == 0 or line.rstrip(" \t-•*").endswith("\n") or not line.strip(" \t-•*"):
        on.add("opens_line")
    if not _THANKS_BEFORE.isdisjoint(w.lower() for w in _TOKEN.findall(line)[-2:]):
        on.add("thanks_before")
    if not _WORK_NEAR.isdisjoint(
        _lower_words(source[max(0, start - _NEAR_REACH) : end + _NEAR_REACH])
    ):
        on.add("work_word_near")
    if not people.HEALTH_STATES.isdisjoint(after[:6]):
        on.add("health_state_after")
    return on


def _costly_name_features(
    draft: Draft,
    start: int,
    end: int,
    about_care: Callable[[], bool],
    names_found: bool,
    later: bool = True,
) -> set[str]:
    """The features of the word at ``start:end`` read from the rules' frames (``_frame``,
    ``_needs_care_after``, ``_described_after``, ``_beside_identifier``) and the draft's care
    words."""
    source = draft.text
    on: set[str] = set()
    care, not_supported = _frame(source, start, end, source[end : end + 2] in _POSSESSIVE)
    if care:
        on.add("care_frame")
    if not_supported:
        on.add("not_supported_frame")
    if _needs_care_after(source, end):
        on.add("needs_care_after")
    if _described_after(source, end):
        on.add("described_after")
    if about_care():
        on.add("draft_about_care")
    if _beside_identifier(draft, start, end, alone=True):
        on.add("beside_identifier")
    if not later:
        return on
    if names_found:
        on.add("draft_names_someone")
    near = _lower_words(source[max(0, start - _NEAR_REACH) : end + _NEAR_REACH])
    if not people.CARE_WORDS.isdisjoint(near):
        on.add("care_word_near")
    return on


def ordinary_name_features(
    draft: Draft, start: int, end: int, about_care: bool, names_found: bool
) -> frozenset[str]:
    """The features (``ORDINARY_NAME_FEATURES``) of the word at ``start:end`` of the normalised
    text, perhaps with a possessive "'s" at ``end``; ``names_found`` when the rules name someone
    else in the draft."""
    cheap = _cheap_name_features(draft.text, start, end)
    return frozenset(
        cheap | _costly_name_features(draft, start, end, lambda: about_care, names_found)
    )


# Words for a person that the gazetteer lists as given names too: "my lady", "Lady in room 9",
# "one lady's grandson", "the man in bed 4" say who someone is without naming them.
_PERSON_NOUNS = word_set("lady man woman gent girl boy baby lad lass fella chap guy infant")


def _candidate_places(draft: Draft, words: frozenset[str] | None) -> list[int]:
    """Where a word of ``name_decision.CANDIDATES`` may start a word (``_TOKEN``) of the text, in
    increasing order: every such place, and a few more (``_token_at`` tells them apart). A word of
    the decision is ASCII letters, and a word of the text that is one stands in ``folded`` as a run
    of ASCII letters and digits (``Draft.starts``), or ends one after a digit ("3will")."""
    if words is None:
        return [m.start() for m in _TOKEN.finditer(draft.text)]
    places_found: list[int] = []
    for word in name_decision.CANDIDATES.intersection(words):
        places_found += draft.starts(word)
    for run in itertools.filterfalse(str.isalpha, words):
        tail = _LETTERS_AFTER_A_DIGIT.search(run)
        if tail is not None and tail.group() in name_decision.CANDIDATES:
            places_found += [at + tail.start() for at in draft.starts(run)]
    places_found.sort()
    return places_found


_LETTERS_AFTER_A_DIGIT = re.compile(r"(?<=[0-9])[a-z]+$")


def _token_at(source: str, at: int) -> re.Match[str] | None:
    """The word (``_TOKEN``) that starts at ``at`` as ``_TOKEN.finditer`` reads the text from its
    start, if one does. A word's characters are letters, digits, "_", apostrophes and hyphens,
    so the reading from the first of a run of them is the same as from the text's start."""
    first = at
    while first > 0 and (source[first - 1].isalnum() or source[first - 1] in "_'’-"):
        first -= 1
    if first == at:
        return _TOKEN.match(source, at)
    for m in _TOKEN.finditer(source, first):
        if m.start() >= at or m.end() > at:
            return m if m.start() == at else None
    return None


def ordinary_name_candidates(draft: Draft, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the draft holds a word the learned decision reads (``name_decision.CANDIDATES``),
    outside the names found already (``spans``) and outside email and web addresses."""
    words = draft.ascii_words
    if words is not None and name_decision.CANDIDATES.isdisjoint(words):
        return []
    source = draft.text
    found = []
    overlaps = _overlap_test(spans)
    for at in _candidate_places(draft, words):
        m = _token_at(source, at)
        if m is None:
            continue
        word = m.group()
        start, end = m.span()
        if word.endswith(_POSSESSIVE):
            word, end = word[:-2], end - 2
        if word.lower() not in name_decision.CANDIDATES or (word.isupper() and len(word) > 1):
            continue
        if overlaps(start, end) or _in_address_text(source, start, end):
            continue
        # "Cherry Tree Avenue", "Grace Darling", "Paisley Road West": a word of a longer name,
        # which the rules read as a whole; "Ward called", "the Lodge": a word of a place.
        if _glued_capital_after(source, end) is not None or word in NOT_NAMES:
            continue
        lower = word.lower()
        if (
            lower in _PLACE_WORDS_AFTER
            or lower in places.VENUE_WORDS
            or lower in _CARE_PLACES
            or lower in _PERSON_NOUNS
        ):
            continue
        prev = _glued_before(source, start)
        if prev is not None and prev[0][:1].isupper() and not _starts_sentence(source, prev[1]):
            continue
        # "gave jean her tea", "his will": a lower-case word owned by "his", "her", "their" is
        # a thing of theirs, not a person.
        if prev is not None and word.islower() and prev[0].lower() in _OWNERS_BEFORE:
            continue
        found.append((start, end))
    return found


_OWNERS_BEFORE = word_set("his her their its your")


def ordinary_word_names(draft: Draft, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ordinary words that are names too which the learned decision reads as names: the sum
    of their features' weights and the bias is above zero."""
    candidates = ordinary_name_candidates(draft, spans)
    if not candidates:
        return []
    # The features this decision gives no weight are not read.
    later = not _LATER_FEATURES.isdisjoint(name_decision.WEIGHTS)
    return _decided(draft, spans, candidates, name_decision.WEIGHTS, name_decision.BIAS, later)


def _decided(
    draft: Draft,
    spans: list[tuple[int, int]],
    candidates: list[tuple[int, int]],
    weights: dict[str, float],
    bias: float,
    later: bool,
) -> list[tuple[int, int]]:
    """The ``candidates`` a learned name decision (``weights``, ``bias``) reads as names. The
    costly features are read only when the cheap ones, with every costly weight that could add,
    may reach it."""
    most_added = sum(max(0.0, weights.get(f, 0.0)) for f in _COSTLY_FEATURES)
    cared: list[bool] = []

    def about_care() -> bool:
        if not cared:
            cared.append(
                not people.CARE_WORDS.isdisjoint(draft.words)
                or bool(draft.analysis(_identifier_spans))
            )
        return cared[0]

    found = []
    for start, end in candidates:
        total = bias + sum(
            weights.get(f, 0.0) for f in _cheap_name_features(draft.text, start, end, later)
        )
        if total + most_added <= 0:
            continue
        total += sum(
            weights.get(f, 0.0)
            for f in _costly_name_features(draft, start, end, about_care, bool(spans), later)
        )
        if total > 0:
            found.append((start, end))
    return found


def given_name_candidates(draft: Draft, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The listed given names (not ordinary words) read alone that the rules' frames left open
    (``_gazetteer_reading``), outside the names found (``spans``) and addresses."""
    left = draft.analysis(_gazetteer_reading)[1]
    if not left:
        return []
    source = draft.text
    overlaps = _overlap_test(spans)
    return [
        (start, end)
        for start, end in left
        if not overlaps(start, end) and not _in_address_text(source, start, end)
    ]


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``start:end`` overlaps any of ``spans``, in a logarithmic step each, not a pass
    over all of them (a draft of one name repeated has thousands of both)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    furthest = list(itertools.accumulate((e for _, e in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        # Of the spans starting before ``end``, whether the furthest reaching passes ``start``.
        before = bisect.bisect_left(starts, end)
        return before > 0 and furthest[before - 1] > start

    return overlaps


def given_name_decisions(draft: Draft, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The listed given names read alone that the learned decision over given names
    (``name_decision.GIVEN_WEIGHTS``) reads as names of people supported: "Tudur up twice for
    the toilet" in a handover, "8.00 Winifred, 8.45 Alf" in a run of calls."""
    weights = name_decision.GIVEN_WEIGHTS
    candidates = given_name_candidates(draft, spans) if weights else []
    if not candidates:
        return []
    return _decided(draft, spans, candidates, weights, name_decision.GIVEN_BIAS, True)


def _work_news_after(source: str, end: int) -> bool:
    """The rest of the sentence after the name ending at ``end``, and the next one, speak of a
    colleague's work (a word of ``people.STAFF_DOING`` not after "my": "he's off sick, I'm
    covering his Wednesday", "leaving us after 12 years. Cake in the office at 3") and say
    nothing a person supported has, needs or is (``CARE_NEEDS``, ``DESCRIBED``)."""
    window = _rest_and_next_sentence(source, end)
    words = [w.lower().replace("’", "'") for w in _WORD_OR_NUMBER.findall(window)]
    if not _DESCRIBED_WORDS.isdisjoint(words):
        return False
    return any(
        word in people.STAFF_DOING and (at == 0 or words[at - 1] != "my")
        for at, word in enumerate(words)
    )


# Words of a worker's shifts and leave, narrower than ``people.STAFF_DOING`` (no "rang",
# "office" or "covered", said of relatives and of care too).
_SHIFT_WORDS = word_set(
    """shift shifts rota swap swaps swapped swapping annual holiday holidays lates earlies
    overtime payslip payslips induction supervision"""
)


# Words before "leave" that make it a worker's: "back from leave", "on maternity leave".
_BEFORE_LEAVE = word_set("from on maternity paternity sick compassionate study parental")


# Words before a shift that make it the writer's, or how long something went on: "all shift",
# "my shift", "the whole shift".
_SHIFT_OF_WRITER = word_set("all my whole this our")


def _shift_news_after(source: str, end: int) -> bool:
    """The rest of the sentence after the first name ending at ``end`` speaks of a worker's
    shifts or leave (``_SHIFT_WORDS``: "is back from annual leave", "'s bank holiday shift")
    and says nothing a person supported has, needs or is (``CARE_NEEDS``, ``DESCRIBED``); not
    the writer's own shift ("Stan kept calling me by his late wife's name all shift")."""
    words = _words_after(source, end)
    return _DESCRIBED_WORDS.isdisjoint(words) and any(
        (word in _SHIFT_WORDS and (at == 0 or words[at - 1] not in _SHIFT_OF_WRITER))
        or (word == "leave" and at > 0 and words[at - 1] in _BEFORE_LEAVE)
        for at, word in enumerate(words)
    )


# Words of news that is no person supported's, said after a name opening a sentence: a
# worker's shifts, training and leaving, the group's own events, a pet, a child's schooling.
_OTHERS_NEWS = word_set(
    """rota shift shifts lates earlies double doubles overtime payslip payslips lanyard induction
    training nvq supervision appraisal audit interview maternity paternity staffroom colleague
    colleagues cover covering swap swapped volunteers volunteer fete congrats congratulations
    leaving promoted promotion qualified graduation gcses exams gym champions spaniel dog dogs
    cat cats puppy kitten vet"""
)
# Words after "my" that make what follows the writer's own household: "proud of my boy".
_MY_HOUSEHOLD = word_set("boy girl lad baby son daughter husband wife partner hubby kids")
# Words before "double" that make it a double shift: "another double", "a double on Sunday".
_A_SHIFT = word_set("a another the extra")


# "you" straight after a name opening a sentence: "Pauline you are so right", "Bev, you're a star".
_YOU_AFTER_NAME = re.compile(r",?[ \t]{1,3}(?i:you|you['’]re|your|u|ur)(?![\w'’])")


# Verbs of what a person did or what happened to them, said right after a name, beyond those
# ``_PERSON_AFTER`` reads: "Sunil lost 3kg", "Jimmy got really agitated".
_DID_AFTER = word_set(
    """got lost went came took threw broke hit bit drank began kept fell ate slept tried
    managed started stopped woke spent"""
)


def _care_news_after(source: str, end: int) -> bool:
    """A verb follows the name ending at ``end`` (``_PERSON_AFTER``, ``_DID_AFTER`` or a word
    ending in "ed"), and the rest of its sentence and the next one hold a word of what a person
    supported has, needs or is (``CARE_NEEDS``, ``DESCRIBED``) and none of a worker's doing
    (``people.STAFF_DOING``)."""
    window = _rest_and_next_sentence(source, end)
    words = [w.lower().replace("\u2019", "'") for w in _WORD_OR_NUMBER.findall(window)]
    if not words:
        return False
    verb = words[0]
    if not (
        _PERSON_AFTER.match(source, end)
        or verb in _DID_AFTER
        or (len(verb) > 4 and verb.endswith("ed"))
    ):
        return False
    if not people.STAFF_DOING.isdisjoint(words):
        return False
    return not _DESCRIBED_WORDS.isdisjoint(words)


def _others_news_after(source: str, end: int) -> bool:
    """The rest of the sentence after the name ending at ``end``, and the next one, hold at
    least as many words of news that is no person supported's (``_OTHERS_NEWS``; "my" before a
    word of the writer's household) as words of what a person supported has, needs or is
    (``CARE_NEEDS``, ``DESCRIBED``), and at least one: "Kerry refused to cover the lates
    again", "Lenny smashed his GCSEs!! proud of my boy", not "Kerry refused her insulin"."""
    window = _rest_and_next_sentence(source, end)
    words = [w.lower().replace("’", "'") for w in _WORD_OR_NUMBER.findall(window)]
    others = sum(
        1
        for at, w in enumerate(words)
        if (
            w in _OTHERS_NEWS
            # "kept calling me ... all shift": how long it went on, not a worker's shift.
            and not (w in ("shift", "shifts") and at and words[at - 1] in _SHIFT_OF_WRITER)
            # "oh seven seven double oh": a digit said twice, not a double shift.
            and not (w in ("double", "doubles") and (not at or words[at - 1] not in _A_SHIFT))
        )
        or (w in _MY_HOUSEHOLD and at and words[at - 1] == "my")
    )
    if not others:
        return False
    cared = sum(1 for w in words if w in _DESCRIBED_WORDS and w not in _OTHERS_NEWS)
    return others >= cared


def _one_person_per_name(source: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` without a first name found alone that the draft gives elsewhere, capitalised,
    to a colleague, a speaker or the writer: one name in one draft is one person ("Delighted to
    welcome Ptolemy Vance as our new Registered Manager. Ptolemy brings fifteen years ...")."""
    # Whether a place is inside a span, by bisection: the spans by start, and the furthest end
    # of those starting at or before each (a long draft has hundreds of spans, its names
    # thousands of places), made when first needed. A span's own place is inside it, so
    # whether a name is a colleague's is one answer for all the spans of that word, worked out
    # once.
    starts: list[int] = []
    reach: list[int] = []

    def inside(at: int) -> bool:
        if not starts:
            ordered = sorted(spans)
            starts.extend(s for s, _ in ordered)
            reach.extend(itertools.accumulate((e for _, e in ordered), max))
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and reach[i] > at

    def given_to_staff(word: str) -> bool:
        if source.count(word) < 2:
            return False
        for at in _positions(source, word):
            if (at and source[at - 1].isalnum()) or inside(at):
                continue
            # "Thanks to Doreen's daughter": a relative of hers is thanked, not her.
            if source[at + len(word) : at + len(word) + 2] in _POSSESSIVE:
                continue
            if (
                _staff_words(_words_before(source, at))
                or _role_before_comma(source, at)
                or _listed_as_staff(source, at)
                or _signed_off(source, at)
            ):
                return True
        return False

    kept = []
    staff: dict[str, bool] = {}
    for start, end in spans:
        word = source[start:end]
        if word.isalpha() and word[:1].isupper():
            given = staff.get(word)
            if given is None:
                given = staff[word] = given_to_staff(word)
            if given:
                continue
        kept.append((start, end))
    return kept


def _names_found(draft: Draft) -> list[Span]:
    """What the names rule finds in ``draft``, for rules that ask whether it names anyone."""
    return list(find_names(draft, _NO_CONTEXT))


# The names found, for another pack's reading of whom a sentence is about (the professional
# pack's boundaries and belittling): the same function, so that ``draft.analysis`` reads the names
# once for both packs.
names_found = _names_found


def _find_names_once(draft: Draft, context: Context) -> list[Span]:
    """``find_names`` (which reads no context), worked out once per draft: the rules that ask
    whether a draft names anyone (a venue's phone line, the writer's own address) and the names
    rule itself share one reading, instead of weighing the ordinary words and given names again."""
    return draft.analysis(_names_found)


# What joins the names of a list: a comma, "and", "&" or "then", perhaps after the time of each
# one's call ("Stanislaw 6pm, Beryl 7pm, then Queenie").
_LIST_TIME = r"(?:[ \t]{1,3}(?:at[ \t]{1,3})?\d{1,2}(?:[:.]\d{2})?(?:[ \t]?[ap]m)?)?"
# The time of the next one's call may stand after the comma instead ("8.00 Winifred, 8.45 Alf").
_TIME_FIRST = r"(?:\d{1,2}(?:[:.]\d{2})?(?:[ \t]?[ap]m)?[ \t]{1,3})?"
_JOIN = (
    _LIST_TIME
    + r"(?:,[ \t]{0,3}(?:(?:and|&|then)[ \t]{1,3})?"
    + _TIME_FIRST
    + r"|[ \t]{1,3}(?:and|&)[ \t]{1,3})"
)
_JOIN_AFTER = re.compile(_JOIN)
_JOIN_WIDTH = 40  # the longest join ``_JOIN`` matches (38 characters; a test checks it)
_JOIN_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z'’-]{1,23})" + _JOIN + "$")


def _names_in_lists(source: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """First names listed with a name found ("Chinedu and Mrs Okonkwo both need their bloods",
    "Mrs Nasreen Bibi and Yusuf", "Maureen, Tess, Kath and big Joey"): a given name or a short
    form of one that is no ordinary word, or any capitalised word between two names found ("Mrs
    Oyelaran, Kunle, Mr Hart"); not one the words before make a colleague's ("Thanks Kerry and
    Mrs Patel")."""
    found = sorted(spans)
    starts = {start for start, _ in found}
    ends = {end for _, end in found}
    # The places inside a name found or added: names are short, so this grows with the text.
    covered = {at for start, end in found for at in range(start, end)}
    more: list[tuple[int, int]] = []
    todo = list(found)
    while todo:
        start, end = todo.pop()
        candidates = []
        join = _JOIN_AFTER.match(source, end)
        if join is not None:
            capitalised = _CAPITALISED.match(source, join.end())
            if capitalised is not None and capitalised.group()[1:].islower():
                candidates.append(capitalised.span())
        before = _JOIN_BEFORE.search(source, max(0, start - 40), start)
        if before is not None:
            candidates.append(before.span("word"))
        for c_start, c_end in candidates:
            if c_start in covered:
                continue
            word = source[c_start:c_end]
            after = _JOIN_AFTER.match(source, c_end)
            between = (
                after is not None
                and after.end() in starts
                and any(
                    e in ends and _JOIN_AFTER.fullmatch(source, e, c_start)
                    for e in range(max(0, c_start - _JOIN_WIDTH), c_start + 1)
                )
            )
            if word in NOT_NAMES or word.lower() in _NOT_SURNAMES or word.lower() in _NEVER_ALONE:
                continue
            if not between and (names.is_common_word(word) or not names.is_short_form(word)):
                continue
            if _staff_frame(source, c_start, c_end, False):
                continue
            starts.add(c_start)
            ends.add(c_end)
            covered.update(range(c_start, c_end))
            more.append((c_start, c_end))
            todo.append((c_start, c_end))
    return more


# A line of a list: perhaps a bullet or the time of a call, then a capitalised word, and what
# follows it ("8.00 Winifred", "- Dilys – settled", "Alma 6.30").
_LINE_ITEM = re.compile(
    r"[ \t]{0,8}(?P<prefix>[-*•·][ \t]{0,3}"
    r"|\d{1,2}(?:[:.]\d{2})?(?:[ \t]?[ap]m)?[ \t]{1,3}(?:[-–][ \t]{1,3})?)?"
    r"(?P<word>[A-Z][a-z'’-]{1,23})(?![\w'’-])"
)


_LINE_SEPARATOR = re.compile(r"[ \t]{0,3}(?P<sep>[-–—:(,0-9])")


def _line_shape(source: str, m: re.Match[str], end: int) -> tuple[str, str]:
    """What a line of a list looks like around its name ending at ``end``: a call's time before
    it, or a bullet or nothing before it and a dash, colon, bracket, comma, time or nothing
    after it."""
    prefix = (m.group("prefix") or "").strip()
    if prefix[:1].isdigit():
        return ("time", "")  # a call's time says enough: "9.30 Arthur (Crescent)"
    after = _LINE_SEPARATOR.match(source, end)
    sep = after.group("sep") if after is not None else ""
    return (prefix[:1], "0" if sep.isdigit() else sep)


def _names_in_line_lists(source: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Given names on the lines next to a line that opens with a name found, laid out as it is
    (both after a call's time, or both followed by the same dash, colon or bracket): a rota of
    calls or a handover, one person to a line ("8.00 Mrs Pennington / 9.30 Arthur (Crescent)",
    "Bronagh – ate well / Dilys – settled"). Not an ordinary word, and not where the words
    around make it a colleague's."""
    more: list[tuple[int, int]] = []
    todo: list[tuple[int, tuple[str, str]]] = []
    seen: set[int] = set()
    line_end = -1  # where the line of the last span read ends: each line is found once
    for start, end in sorted(spans):
        if start < line_end:
            continue
        line = source.rfind("\n", max(0, line_end), start) + 1
        line_end = source.find("\n", start)
        if line_end == -1:
            line_end = len(source)
        if line in seen:
            continue
        m = _LINE_ITEM.match(source, line)
        if m is not None and m.start("word") == start:
            shape = _line_shape(source, m, end)
            if shape[0] == "time" or shape[1]:
                seen.add(line)
                todo.append((line, shape))
    while todo:
        line, shape = todo.pop()
        nearby = []
        if line > 0:
            nearby.append(source.rfind("\n", 0, line - 1) + 1)
        following = source.find("\n", line)
        if following != -1:
            nearby.append(following + 1)
        for other in nearby:
            if other in seen:
                continue
            seen.add(other)
            m = _LINE_ITEM.match(source, other)
            if m is None:
                continue
            # "Peggy Robson 7.15": the shape after a surname too.
            surname = _glued_after(source, m.end("word"))
            has_surname = surname is not None and surname[0][:1].isupper()
            name_end = surname[1] if surname is not None and has_surname else m.end("word")
            if _line_shape(source, m, name_end) != shape:
                continue
            # A line of the same list: the lines beyond it are read too.
            todo.append((other, shape))
            word = m.group("word")
            start, end = m.span("word")
            if (
                word in NOT_NAMES
                or word.lower() in _NOT_SURNAMES
                or word.lower() in _NEVER_ALONE
                or names.is_common_word(word)
                or not (names.is_given_name(word) or names.is_short_form(word))
                or any(s <= start < e for s, e in spans)
                or _staff_frame(source, start, end, False)
            ):
                continue
            more.append((start, end))
    return more


_PUBLIC_AFTER = _by_word(
    tuple(
        phrase.split()
        for phrase in ("speak", "spoke", "speaking", "will speak", "presented", "presenting")
    ),
    0,
)


_ORGANISATION_AFTER = re.compile(
    r"[ \t]{1,3}from[ \t]{1,3}(?P<the>(?:the|our)[ \t]{1,3})?(?P<word>[\w'’-]{1,24})", re.I
)


def _from_an_organisation(source: str, end: int) -> bool:
    """The words after a titled name place them in an organisation ("Mr Pickering from the
    council's brokerage team", "Mr Okonkwo from maintenance"), not in a flat or on a round ("Mrs
    Khan from the end flat") nor in a town ("Mr Evans from Rhyl")."""
    m = _ORGANISATION_AFTER.match(source, end)
    if m is None:
        return False
    if m.group("the") is None:
        return m.group("word").lower() in people.DEPARTMENTS
    return not _CARE_PLACES.intersection(
        w.lower() for w in _TOKEN.findall(source, m.start("word"), m.start("word") + 30)[:3]
    )


# A department said just after any name: "Claire from HR", "Paddy in maintenance", "ms bernice
# in payroll", "wee Shona fae the office", "mr oduya from the training team".
_DEPARTMENT_AFTER = re.compile(
    r"(?:['’]s)?[ \t]{1,3}(?P<prep>from|fae|frae|in)[ \t]{1,3}(?P<the>the[ \t]{1,3})?"
    r"(?P<word>[A-Za-z]{2,16})(?![\w'’-])",
    re.I,
)
_DEPARTMENT_WORDS = people.DEPARTMENTS | word_set("activities kitchen")


def _in_a_department(source: str, end: int) -> bool:
    """A department of a workplace follows the name ending at ``end`` after "from", "fae" or
    "in" (without "the" after "in"): a colleague's place, not a person supported's."""
    m = _DEPARTMENT_AFTER.match(source, end)
    if m is None or m.group("word").lower() not in _DEPARTMENT_WORDS:
        return False
    return m.group("the") is None or m.group("prep").lower() != "in"


_FAMILY = word_set("family daughter son husband wife grandson granddaughter niece nephew")


def _owned_after(source: str, end: int) -> bool:
    """A relative's word follows the name, with or without an apostrophe: "Mrs Lewandowska
    family", "Mr Shah's daughter"."""
    at = end + 2 if source[end : end + 2] in _POSSESSIVE else end
    following = _glued_after(source, at)
    return following is not None and following[0].lower() in _FAMILY


# "Mr Okafor the physio", "Mrs Hale, our practice nurse", "Mrs Dhaliwal (our new trainer)",
# "Mr Boateng (area manager)", "Mrs Gill (ward manager)": a role said after the name.
_ROLE_AFTER = re.compile(
    r"(?:,?[ \t]{1,3}(?:(?:is|was)[ \t]{1,3})?(?:the|our|my|your|their)[ \t]{1,3}"
    r"|[ \t]{0,2}\([ \t]{0,2}(?:(?P<own>the|our)[ \t]{1,3})?)"
    r"(?P<first>[\w-]{2,20})(?:[ \t]{1,3}(?P<second>[\w-]{2,20}))?"
    r"(?:[ \t]{1,3}(?P<third>[\w-]{2,20}))?"
)
# Words that may stand before a role two words on: "our old head teacher", "the new area
# manager", "our new deputy manager".
_BEFORE_A_ROLE = word_set("new old former acting interim area deputy head senior assistant")


_ROLE_CLAUSE_VERBS = word_set("is was will has had")
# Words after a role's "'s" that make it "is" or "has": "the new admin's been", "the OT's off".
_AFTER_IS_OR_HAS = word_set("been got gone off on just not already still")
_COPULAS = word_set("is was")
_FORMER = word_set("retired former ex ex- once")


# Verbs after a role set off by a comma that make it a clause of its own: "Ivy, the nurse says
# her sats are low".
_ROLE_CLAUSE_VERBS_AFTER_COMMA = _ROLE_CLAUSE_VERBS | word_set(
    "says said thinks thought reckons wants wanted rang called came told asked can could would did"
)


def _a_role(word: str, roles: frozenset[str]) -> bool:
    """``word`` is one of ``roles``, or its plural ("Mr and Mrs Singh (our cooks)")."""
    return word in roles or (word[-1:] == "s" and word[:-1] in roles)


def _role_after(
    source: str, end: int, roles: frozenset[str] = people.ROLES, opens: bool = False
) -> bool:
    """A role of ``roles`` follows the name ending at ``end``, after "the", "our" or the like
    and perhaps one more word, or in brackets: a colleague or a professional ("Mr Okafor the
    physio from the community team", "Dr Lee, our new GP", "Mrs Dhaliwal (our new trainer)").
    ``opens``: the name opens its sentence, so that "the role is" after it, without a comma, is
    the name's role and not a clause of its own ("Mrs Tregenza the chiropodist is at the centre
    Thursday", not "tell Mary the nurse is coming")."""
    m = _ROLE_AFTER.match(source, end)
    if m is None:
        return False
    if _a_role(m.group("first").lower(), roles):
        role_end = m.end("first")
    elif m.group("first").lower() in _FORMER:
        return False  # "Ivy (a retired teacher)": what a person supported once did
    elif _a_role((m.group("second") or "").lower(), roles):
        role_end = m.end("second")
    elif m.group("first").lower() in _BEFORE_A_ROLE and _a_role(
        (m.group("third") or "").lower(), roles
    ):
        role_end = m.end("third")
    else:
        return False
    # In brackets without "the" or "our", the role alone: "Mrs Gill (ward manager)", not a
    # note of a visit in a handover ("Alf (district nurse at 2)").
    if (
        m.group("own") is None
        and "(" in source[end : m.start("first")]
        and source[role_end : role_end + 1] != ")"
    ):
        return False
    # "Mr Haddad, the OT's reference is ...": the role's own thing, not the name's role; but
    # "Mrs Kowalczyk the new admin's saying ...": without a comma, "'s" for "is" or "has"
    # before a verb (with one, a clause of its own: "Bella, the GP's got it wrong").
    if source[role_end : role_end + 2] in _POSSESSIVE:
        verb = None if source[end : end + 1] == "," else _glued_after(source, role_end + 2)
        return verb is not None and (
            (verb[0].endswith("ing") and len(verb[0]) > 4) or verb[0].lower() in _AFTER_IS_OR_HAS
        )
    # "Mr Coyle, the social worker is Helen Ward": the role opens a clause of its own.
    following = _glued_after(source, role_end)
    # Without a comma, only "is" or "was" does ("Wee Morag the office cat has been at the
    # bins"), and not after a name that opens its sentence.
    if source[end : end + 1] == ",":
        verbs = _ROLE_CLAUSE_VERBS_AFTER_COMMA
    elif opens:
        return True
    else:
        verbs = _COPULAS
    return following is None or following[0].lower() not in verbs


_ROLES_AND_PETS = people.ROLES | people.PETS
# "anyone covering for big Dessie tmrw? he's our new driver": a role said of the person in the
# words after the name.
_ROLE_SAID = re.compile(
    r"\b(?i:he|she)(?:['’]s|[ \t]{1,3}is)[ \t]{1,3}(?i:our|the|my|your)[ \t]{1,3}"
    r"(?:(?i:new|old|lovely|fab|brilliant)[ \t]{1,3})?"
    r"(?P<first>[\w-]{2,20})(?:[ \t]{1,3}(?P<second>[\w-]{2,20}))?"
)
_ROLE_SAID_REACH = 80
# What every match of ``_ROLE_SAID`` holds ("he's ", "she is "), looked for first: a search for
# a letter, where ``_ROLE_SAID`` tries its word boundary at every place of the window.
_ROLE_SAID_CUE = re.compile(r"(?i:he)(?:['’]s|[ \t]{1,3}is)[ \t]")


def _role_said_after(source: str, end: int) -> bool:
    """The rest of the name's sentence or the next one says the person's role through "he's" or
    "she's": "anyone covering for big Dessie tmrw? he's our new driver"."""
    window = source[end : end + _ROLE_SAID_REACH]
    if _ROLE_SAID_CUE.search(window) is None:
        return False
    ends = [m.start() for m in itertools.islice(_SENTENCE_END.finditer(window), 2)]
    if len(ends) == 2:
        window = window[: ends[1]]
    return any(
        m.group("first").lower() in people.ROLES
        or (m.group("second") or "").lower() in people.ROLES
        for m in _ROLE_SAID.finditer(window)
    )


def _public_after(source: str, end: int) -> bool:
    """The words after a titled name make it a speaker's ("Mr Okafor spoke about pay")."""
    following = _glued_after(source, end)
    if following is None or following[0].lower() not in _PUBLIC_AFTER:
        return False
    return _phrase_after(_words_after(source, end), 0, _PUBLIC_AFTER) > 0


def _without_trailing_word(m: re.Match[str]) -> tuple[int, int]:
    # "Mrs Patel Said" or "resident Doris Thanks": the capitalised word after the name is no name.
    second = m.group("second")
    if second is not None and second in NOT_NAMES:
        return m.start("id"), len(m.string[: m.start("second")].rstrip())
    return m.span("id")


NAME = Rule(
    id="identifiers.name",
    severity=Severity.SERIOUS,
    tip=_TIP,
    message="This looks like the name of someone you support.",
    why=(
        "A name, even a first name with a title, can be enough for people who know the person, "
        "so 'Do not post unique identifiers' asks you to leave it out."
    ),
    suggestion="Use a description instead, such as 'a lady I support'.",
    replacement="[name]",
    matcher=Custom(_find_names_once),
    flags=(
        "[[Mrs J. Patel]] has had another fall.",
        "Spoke to [[Mr O'Brien]] about his meds.",
        "Our resident [[Doris]] won't eat.",
        "the man I support, called [[Ted]], keeps wandering",
        "my lady [[Doris]] loves the radio",
        "Service user [[Kwame Mensah]] has been discharged",
        "[[Mrs A.B. Khan]] has changed her mind about the dose.",
        "[[Dr Hughes]] in room 4 has had a fall.",
        "a gentleman named [[Albert]] moved in",
        "[[Mrs Ellis]]'s daughter rang again.",
        "[[mrs ellis]] wants her tea earlier",
        "[[Kevin Marsh]] kicked off again tonight.",
        "Can someone pop in on [[Doreen]] on the way past?",
        "We lost [[Albert]] yesterday, such a gentleman.",
        "[[Nan Pearl]] has gone into hospital.",
        "I have finished at [[Dona Lurdes]] house, she ate all her soup.",
        "[[Our Maureen]] on the unit is asking for the hairdresser.",
        "And then [[Terry Blackshaw]] swung at me again, I'm a carer not a punching bag.",
        "Her son [[Graham]] will let you in, she's end of life now.",
        "[[Our Lily]] in the home carries her handbag everywhere.",
        "[[Brother Emeka]] daughter called about his tablets.",
        "The family of [[Madam Osei]] want her pension letter sent on.",
        "Staff, [[Mrs Szymańska]] is home from hospital.",
        "703 689 8720 for [[mrs oduya]] pharmacy keeps askin",
        "Who is going to [[Edna]] today? She wants her batteries.",
        "Taking [[Jean]] from my Tuesday call to the bingo, she's made up.",
        "wheres the folder for [[jim mcallister]] cant find it, shift ends in 10",
        "[[sandra kelly]] from our supported living is missing since 2pm",
        "[[stan]] from flat 9 wants his paper bringing up",
        "[[Doreen]] was confused again and lashed out at the night carer.",
        "I helped [[Doreen]] into the bath and she loved it",
        "Is anyone on with [[Big Tony]] tonight, he's kicking off",
        "[[Lil]] on the 10 o'clock call says thanks for the card",
        "can you check [[nana bet]] got her tea",
        "RiO number 1048776 for [[Zofia]], please update the plan",
        "ni no jg103729c for [[frank]] pip form",
        "the number for [[bill]]'s son is 07700 900123",
        "[[Jessie Rennie]]'s, 44 Carrick Street, door jammed again",
        "The family of [[Lola Remedios]] bring food for the staff tomorrow.",
        "I am with [[tanti Maria]], she did not want to wash today.",
        "Pt [[Venkat Rao]], DOB 19-JUN-1944, for echo today",
        "jst done [[gerry]] hes in good spirits",
        "My mother-in-law [[Jean]] has been told she can't go home.",
        "can som1 cover [[nelly]]s tea call im stuck",
        "[[ellis]] in 4 keeps callin me mummy bless him",
        "[[mr fox]] wont let me in, can the office ring him",
        "Birthday cake for [[Nellie Grainger]] on Saturday! Born 6th January 1926.",
        "Had a right laugh with [[Albert]] on my dinner call.",
        "[[Cyril]] up at Highfield Cottage wants his paper fetching.",
        "[[Kieran]] who I support asked to borrow money.",
        "Been messaging [[Lee]] (the lad I support) on Insta.",
        "She needs two for repositioning and prefers to be called [[Bill]].",
        "Hospital asked for [[ethel]]'s DOB again, can someone ring them back",
        "[[Our gracie]] turned 90 on Sunday, we had a cake.",
        "Gave [[our Sandra]] from the supported flats a lift.",
        "Mum ([[Eileen]], 88) has been in A&E for nine hours.",
        "Spoke to [[Nadia]]'s mum last night about the review.",
        "[[Rose]] in room 4 refused her breakfast again.",
        "We lost [[Summer]] on Monday, she was only 34.",
        "[[Sandy]]'s meds have come in the wrong blister pack again.",
        "[[Nerys]] has a hospital appt Wed at 10, can someone swap?",
        "Please advise, my mother [[Jadwiga]] has Alzheimer and lives alone.",
        "Mother-in-law [[Kamla ben]] is staying with us, she has dementia.",
        "[[Chinedu]] and [[Mrs Okonkwo]] both need their bloods done Thursday.",
        "[[Mr Obi]], [[Mrs Oyelaran]], [[Kunle]], [[Mr Hart]]: all need obs done before 10.",
        "Dear colleagues, [[Mr Ramesh Iyer]] hospital no 30087412 transferred to ward 12.",
        "[[Mbuya Chipo]] is nil by mouth from midnight.",
        "[[Mavis Crowther]] Nourish ID NR/88140: updated her care plan.",
        "[[Ivy]] ate only half her soup, I think her teeth hurt.",
        "The new carer on nights shout at [[Mrs Green]] and push her on the bed.",
        "I want to say thank you to [[Mrs Lewandowska]] family for the cake.",
        "[[Nanw]] wants her tea at 5 now, she says [[Emrys]] her son will ring at 6.",
        "Had a lovely hour with [[Winifred]], she's 93 and sharp as a tack.",
        "Told [[Clive]] the chiropodist is coming Tuesday, he'd rather keep his toenails.",
        "I saw the night staff pushing [[Gwen]] back into her chair.",
        "[[maureen]] was in bed when i got there, she hadnt touched her tea",
        "I told [[Barry]] he can stay at mine for Christmas, he's got nowhere else.",
        "[[Dolores]] from 9 Scargreen Avenue wants to know if the hairdresser's coming.",
        "[[Stanley]] at Flat 2, 8 Church Lane keeps ringing the office.",
        "The lady at number 6 is new. Her name is [[Valerie]] and she is very deaf.",
        "Her name's [[Tegwen]], she's in the end bungalow.",
        "Please check on [[Gogo]] at Flat 2, 9 Ashgrove Court, she was not answering.",
        "[[Babcia]] ([[Teresa Zielińska]]) gave me her old passport for the pharmacy.",
        "[[Dadiji]] from the Sandhu family says her hearing aid is broken.",
        "[[Zbigniew Kowalczyk]] was asking all day for his wife.",
        "Please who is covering [[Tobenna]] this evening, his mum said the code changed.",
        "new client details: [[Tomasz Wójcik]], DOB 3/4/1938, starts Monday",
    ),
    passes=(
        "She only ever wears her Dr Martens.",
        "Doamna de la camera 6 won't eat her tea, any ideas?",
        "We did a Mr Motivator workout in the lounge!",
        "Dick Whittington was the panto this year.",
        "The Patient Advice and Liaison Service sorted it.",
        "Doris and Bert came to the coffee morning.",
        "We miss you all.",
        "Residents The whole floor enjoyed it.",
        "Clients: please book by Friday.",
        "Mr Men books are a hit with the grandchildren.",
        "Her Little Miss Chatterbox mug is her favourite.",
        "Thank you to our manager Priya Shah for her steady leadership.",
        "Congratulations to our apprentice of the year, Jordan Miles, who is now a senior carer.",
        "Thrilled to welcome Dr Aisha Bello to the board as Clinical Director.",
        "Our CQC inspector was Mr Patel and his feedback was fair.",
        "Dr A.B. Khan changed the dose.",
        "Dear team, Dr Okoro will do the ward round at 11 today.",
        "Great to hear Mr Adebayo speak about carers' pay at the conference.",
        "Please contact Sister Leela for the rota.",
        "She's asking for you Bethan, wants her hair done.",
        "Thanks Kerry and Tom for covering Sunday.",
        "Our walk starts from the bandstand in Albert Park.",
        "Will you be there? Rose and I will bring cake.",
        "Great to see Hettie Bramwell's announcement on carers' pay at last.",
        "A good read by Professor Hettie Bramwell on the care workforce.",
        "New carer here, living in Great Ayton since March.",
        "Lovely day at Barry Island with the residents.",
        "We're hiring at our Chester home, nights and weekends.",
        "wheres the rota for next week, will mark it up later",
        "thanks sandra kelly for covering my shift",
        "We got a big Bill from the council again.",
        "will owe u big time x",
        "my mams nino is JG 10 37 29 C",
        "Board meeting at Rose Court, 1 Abbey Walk, Selby YO8 4PU.",
        "Nan's in L4 0TH if that matters",
        "RiO number 1048776 needs rebooking",
        "Kerry in the office has the rota, ask her",
        "Paula Greenwood and I will be covering the Sunday shifts.",
        "Dementia cafe every Friday at Trinity Methodist, all carers welcome.",
        "Carers' advice day at the Bradford Carers' Resource on Friday.",
        "Shout out to our Kelly on nights, she stayed late again.",
        "Big thanks to wor Lisa on the desk, she's a star.",
        "I finish my training with Mister Colin from the training company.",
        "The social worker is Mark Tinsley if you need him about the care plan.",
        "Meeting with the Healthwatch officer, Gareth Price, at the Town Hall.",
        "Bereavement drop-in, facilitated by Reverend Anne Holt.",
        "Father Michael kept calling it the ass and the residents were crying laughing.",
        'The whole hall at the lunch club was singing "Danny Boy".',
        "My English is my second language but I have ten years in care.",
        "Training matrix update: Dave Kirkbride passed his meds training.",
        "Hello, the rota is changed, Ewa do my calls tomorrow.",
        "I'm so sorry to hear about your dad, Precious. Take all the time you need.",
        "Excellent talk from our practice pharmacist, Mrs Deepa Rana, on covert medication.",
        "Mr Pickering from the council's brokerage team is coming in at 2.",
        "Slides available on request. Kind regards, Marianne Pickering",
        "Great to meet Sarah Lindqvist, Chief Nurse at the trust.",
        "No idea sorry hun, I'll ask our Dave when he's in x",
        "She loves Vera Lynn and Victoria sponge.",
        "Rufus the golden retriever fell asleep on three different laps at the hospice.",
        "Christmas party at the home! Santa arrived on a mobility scooter.",
        "Singing for the Brain at St Mark's Hall every Wednesday.",
        "Told her son I'd pick up her prescriptions on my way home.",
        "Wee favour, can someone on the ward check the fridge temperature?",
        "Thanks Kerry and Mrs Patel for covering Sunday.",
        "Sarah has the meds keys for the night shift, Kerry is doing the round.",
        "Gemma did the meds round tonight, she said the MAR was a mess.",
        "Priya was brilliant today, she covered two extra calls and still smiled.",
        "My uncle has gone missing from his care home in Dudley. He is 79.",
        "I am doing the call tomorrow instead of Sunita. His son wants the bath at 9.",
        "kirsty did the meds round, she said the mar was wrong",
        "Lauren is on her training course, she'll be back on the rota from Friday.",
        "Priya from the office at 12 High Street will ring you.",
        "The gate code for 8 Church Lane is on the fridge.",
        "Hi all, my name is Gemma and I'm a new carer.",
        "Ma da is stuck in the Royal Infirmary waiting on a care package.",
        "Any problems ask for Marguerite Oyelaran, she's running it.",
        "If you get stuck ring Shona at the office, she's the one who set it up.",
        "JustGiving page is under my name, Ceri Wynne-Jones, if anyone fancies it.",
        "My nan lit up for her wedding music right to the end.",
        "Attendance Allowance form: NI number AB123456C, sent to the office.",
        "Nativity at the home today, or the ass as Father Michael kept calling it.",
        "Thanks to Priya for covering for Sarah on Sunday.",
        "Mummy ji called, she made too much dal for the night staff.",
        "Tata (my dad) is 89 and has vascular dementia.",
        "My Nonna used to make this every Sunday, I miss her.",
        "Brother Kofi, please reply to my message.",
        "Mama Ngozi, I am still waiting your answer.",
        "Our new starters on the care team this month: Kasia Nowak and Femi Adeyemi.",
        "To name three colleagues who carried us through the winter: Abena Mensah and Ceri Hughes.",
    ),
)

# --- Several weak details together --------------------------------------------------------------

CONDITIONS = (
    "dementia",
    "alzheimer's",
    "alzheimers",
    "parkinson's",
    "parkinsons",
    "multiple sclerosis",
    "motor neurone disease",
    "MND",
    "stroke",
    "diabetes",
    "diabetic",
    "cancer",
    "schizophrenia",
    "bipolar",
    "autism",
    "autistic",
    "learning disability",
    "learning disabilities",
    "Down's syndrome",
    "Down syndrome",
    "epilepsy",
    "COPD",
    "heart failure",
    "HIV",
    "depression",
    "psychosis",
    "cerebral palsy",
    "Huntington's",
    "Korsakoff's",
    "ALS",
    "kidney failure",
    "dialysis",
    "amputee",
    "blind",
    "deaf",
    "sight loss",
    "brain injury",
    "spina bifida",
    "muscular dystrophy",
    "lupus",
    "sickle cell",
    "eating disorder",
    "anorexia",
)
_CONDITIONS_LOWER = tuple(c.lower() for c in CONDITIONS)
_AGE_RES = (
    re.compile(not_after(r"\d", r"[\w.]") + r"\d{0,2}(?:[- ]?(?:years?|yrs?)[- ]old|\s?yo)\b"),
    re.compile(
        not_after(r"[aAiI]", r"\w") + r"(?i:(?<=a)ged?\s+\d{1,3}\b|(?<=i)n\s+(?:her|his|their)\s+"
        r"(?:early\s+|late\s+|mid[- ])?"
        r"(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
    ),
)
_PLACE_RES = (
    re.compile(
        not_after(r"[rRwWbB]", r"\w") + r"(?i:(?<=r)(?:oom|m)|(?<=w)(?:ard|ing)|(?<=b)(?:ed|ay))"
        r"\s+(?:\d{1,3}[A-Za-z]?\b|[A-Z][a-z]+\b)"
    ),
    re.compile(
        r"[A-Z](?:(?<=\bin [A-Z])|(?<=\bfrom [A-Z])|(?<=\bnear [A-Z])|(?<=\bto [A-Z]))"
        r"[a-z]{2,}\b"
    ),
)
# First names common among the people care workers support; words that are also ordinary
# English (May, Will, Grace, Rose, Bill) are left out.
FIRST_NAMES = word_set(
    """Doris Edna Mabel Ethel Elsie Gladys Dorothy Margaret Joan Jean Betty Barbara Brenda Irene
    Vera Violet Hilda Winifred Maureen Shirley Pauline Sheila Eileen Audrey Sylvia Marjorie Peggy
    Nora Mavis Olive Iris Muriel Phyllis Beryl Enid Hazel Patricia Susan Linda Janet Christine
    Mary Anne Ann Elizabeth Kathleen Agnes Annie Lily Ivy Florence Alice Edith Harold Albert Arthur
    Stanley Walter Ernest Frederick Fred Kenneth Dennis Derek Roy Ronald Ron Bert Alfred Alf Cyril
    Leonard Norman Sidney Sid Herbert Percy Wilfred Reginald Reg Clifford Cliff Raymond Geoffrey
    Maurice Trevor Keith Colin Brian Barry Terry Gordon Douglas Malcolm Alan Eric Frank George
    Jack John Peter Michael David Robert Thomas James William Joseph Edward Tom Ted Harry Charlie
    Kwame Priya Aisha Mohammed Fatima Ravi Sunita Wojciech Agnieszka Siobhan Declan Eamon Bridget
    Fiona Hamish Morag Ailsa Gwen Dilys Emrys Dafydd Sarah Emma Jessica Chloe Sophie Hannah Amy
    Daniel Ryan Liam Callum Jamie Kieran Tyler Connor"""
)
# The same names as Draft.ascii_words has them, and a word that stands in each condition:
# its longest, so that "heart failure" is looked for as "failure" rather than as "heart".
_FIRST_NAME_WORDS = frozenset(intern(name.lower()) for name in FIRST_NAMES)
_CONDITION_KEYS = tuple((c, max(re.findall("[a-z0-9]+", c), key=len)) for c in _CONDITIONS_LOWER)
_CONDITION_WORDS = frozenset(word for _, word in _CONDITION_KEYS)
# Words that stand in every place (a room, ward or bed word, or the "in", "from", "near" or "to"
# before a town) and every age ("old", "yo" or "87yo", "aged", "in her eighties", "in his 80s")
# the patterns above find. A digit outside ASCII is no part of a word: "٨0s" gives "0s".
_PLACE_WORDS = word_set("room rm ward wing bed bay in from near to")
_AGE_WORDS = frozenset(
    ["old", "yo", "age", "aged", "0s"]
    + [f"{''.join(n)}yo" for k in (1, 2, 3) for n in itertools.product(string.digits, repeat=k)]
    + [f"{d}0s" for d in string.digits]
    + list(word_list("twenties thirties forties fifties sixties seventies eighties nineties"))
)
_CAPITALISED_WORD = re.compile(not_after(r"[A-Z]", r"[\w'’]") + r"[a-z]+\b")
_PARAGRAPH = re.compile(r"\n\s*\n")


_FIRST_NAME_OF_WORD = {intern(name.lower()): name for name in FIRST_NAMES}
_WORD_OR_QUOTE = re.compile(r"[\w'’]")
_WORD_CHARACTER = re.compile(r"\w")


def _first_names(source: str, present: Sequence[str] | None) -> list[tuple[int, int]]:
    """The first names of ``FIRST_NAMES`` capitalised in ``source`` (``_CAPITALISED_WORD``), in
    order; where the draft's words hold only a few (``present``), each is looked for alone, not
    every capitalised word read."""
    if present is None or len(present) > _FEW_NAMES:
        return [m.span() for m in _CAPITALISED_WORD.finditer(source) if m.group() in FIRST_NAMES]
    spans = []
    for name in present:
        at = source.find(name)
        while at != -1:
            stop = at + len(name)
            # Whole: no letter, digit or apostrophe before it, no letter or digit after it.
            if (at == 0 or _WORD_OR_QUOTE.match(source, at - 1) is None) and (
                stop == len(source) or _WORD_CHARACTER.match(source, stop) is None
            ):
                spans.append((at, stop))
            at = source.find(name, stop)
    return sorted(spans)


_FEW_NAMES = 8

# Words just before a full name that make its owner someone thanked, welcomed or holding an office,
# not a person the draft describes: "Thank you to Councillor Rosalind Akintola", "welcome Priya
# Ramanathan as our new Fellow", "Thanks to ... and to Kerry-Ann Mullings", "Dr Amara Osei".
_THANKED_BEFORE = re.compile(
    r"(?<![\w'’])(?i:thanks?(?:[ \t]+you)?(?:[ \t]+(?:so[ \t]+much|also))?[ \t]+to|and[ \t]+to"
    r"|welcomes?|welcoming|congratulations[ \t]+to|congrats[ \t]+to|shout[ \t-]?out[ \t]+to"
    r"|cllr\.?|councillor|dr\.?|prof\.?|professor|rev\.?|reverend|sir|dame|lord)[ \t]+"
    r"(?:[A-Z][a-z]+-)?$"
)
# A place named after someone: the first name, perhaps a surname, then a building's, a ward's or a
# street's word ("Agnes Kettle Court", "Florence Nightingale Ward", "Edith Cavell House").
_NAMED_PLACE_AFTER = re.compile(
    r"(?:[ \t]{1,3}[A-Z][A-Za-z'’\-]{1,30}){0,2}[ \t]{1,3}(?:"
    + _STREET_TYPES
    + r"|(?i:house|lodge|manor|hall|ward|wing|unit|centre|center|hospice|hospital|school|suite))"
    r"(?![\w'’])"
)
# A surname after the first name: a capital, then letters ("Akintola", "Ramanathan", "O'Neill").
_SURNAME_AFTER = re.compile(r"(?:-[A-Z][a-z]+)?[ \t]{1,3}[A-Z][A-Za-z'’\-]{1,30}(?![\w'’])")
_AGE_APPOSITION = re.compile(r"[ \t]{0,3}[,(][ \t]{0,3}\d")


def _not_thanked(source: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``names`` without those of people thanked, welcomed or named by an office with their full
    name (``_THANKED_BEFORE``, ``_SURNAME_AFTER``), nor the same first names again after (a
    LinkedIn thank-you describes no one supported), nor the first name of a place named after
    someone (``_NAMED_PLACE_AFTER``)."""
    if not names:
        return names
    thanked = set()
    places_named = set()
    for at, stop in names:
        if _NAMED_PLACE_AFTER.match(source, stop) is not None:
            places_named.add(at)
            continue
        surname = _SURNAME_AFTER.match(source, stop)
        if (
            surname is not None
            and _THANKED_BEFORE.search(source, max(0, at - 40), at) is not None
            # ("Thank you to Doris Smith, 87, ...": a resident thanked, with her age.)
            and _AGE_APPOSITION.match(source, surname.end()) is None
        ):
            thanked.add(source[at:stop])
    if not thanked and not places_named:
        return names
    return [
        (at, stop)
        for at, stop in names
        if source[at:stop] not in thanked and at not in places_named
    ]


def _condition_spans(
    lower: str, start: int, end: int, conditions: Iterable[str]
) -> list[tuple[int, int]]:
    """Where each of ``conditions`` stands whole in ``lower[start:end]``."""
    spans = []
    for condition in conditions:
        at = lower.find(condition, start, end)
        while at != -1:
            stop = at + len(condition)
            if (at == start or not lower[at - 1].isalnum()) and (
                stop == end or not lower[stop].isalnum()
            ):
                spans.append((at, stop))
            at = lower.find(condition, stop, end)
    return spans


def _all_spans(
    regexes: Iterable[re.Pattern[str]], source: str, start: int, end: int
) -> list[tuple[int, int]]:
    return [
        m.span()
        for regex in regexes
        for m in regex.finditer(source, start, end)
        # "in March", "from Monday": times, not places; "thank you to Janet": a person.
        if m.group() not in NOT_NAMES and m.group() not in FIRST_NAMES
    ]


def find_identifying_combinations(draft: Draft, context: Context) -> Iterable[Span]:
    """One span per paragraph where details of three kinds (an age, a condition, a place or room,
    a first name) appear together: none identifies alone, together they often do."""
    words = draft.ascii_words
    if words is not None:
        # The kinds the draft's words allow anywhere (the user's own names always may be there):
        # with two or fewer, no paragraph can hold three, and most drafts stop here, unscanned.
        kinds = (
            bool(context.names) or not _FIRST_NAME_WORDS.isdisjoint(words),
            not _CONDITION_WORDS.isdisjoint(words),
            not _PLACE_WORDS.isdisjoint(words),
            not _AGE_WORDS.isdisjoint(words),
        )
        if sum(kinds) < 3:
            return
    source = draft.text
    lower = _lower_same_length(source)
    names_re = None
    if context.names:
        names_re = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(n) for n in context.names if n) + r")(?!\w)",
            re.IGNORECASE,
        )
    # Only the first names and the conditions whose words the draft holds are looked for (the
    # tests above, name by name and condition by condition).
    present = (
        None
        if words is None
        else [_FIRST_NAME_OF_WORD[word] for word in _FIRST_NAME_WORDS.intersection(words)]
    )
    conditions = (
        _CONDITIONS_LOWER
        if words is None
        else tuple(condition for condition, word in _CONDITION_KEYS if word in words)
    )
    # The names and conditions of the whole draft, each read once (none runs across a paragraph's
    # blank line), then taken paragraph by paragraph by bisection: a draft of many short
    # paragraphs costs no search of each.
    names_found = _not_thanked(source, _first_names(source, present))
    conditions_found = sorted(_condition_spans(lower, 0, len(lower), conditions))
    name_starts = [at for at, _ in names_found]
    condition_starts = [at for at, _ in conditions_found]
    start = 0
    for end in [m.start() for m in _PARAGRAPH.finditer(source)] + [len(source)]:
        # The cheap kinds first, names and conditions: a paragraph with neither holds at most two
        # kinds, and its places and ages are not read.
        names = names_found[
            bisect.bisect_left(name_starts, start) : bisect.bisect_left(name_starts, end)
        ]
        if names_re is not None:
            names += [m.span() for m in names_re.finditer(source, start, end)]
        found = [
            names,
            conditions_found[
                bisect.bisect_left(condition_starts, start) : bisect.bisect_left(
                    condition_starts, end
                )
            ],
        ]
        if names or found[1]:
            found.append(_all_spans(_PLACE_RES, source, start, end))
            if sum(1 for spans in found if spans) >= 2:
                found.append(_all_spans(_AGE_RES, source, start, end))
                if sum(1 for kind in found if kind) >= 3:
                    spans = [span for kind in found for span in kind]
                    yield Span(
                        *draft.to_original(min(s for s, _ in spans), max(e for _, e in spans))
                    )
        start = end


COMBINATION = Rule(
    id="identifiers.combination",
    severity=Severity.WARNING,
    tip=_TIP,
    message="Together, these details could identify the person you describe.",
    why=(
        "An age, a condition, a place and a first name each seem harmless, but together they can "
        "point to one person, which the tip 'Do not post unique identifiers' warns against."
    ),
    suggestion="Drop one or two of the details, such as the room, the town or the exact age.",
    matcher=Custom(find_identifying_combinations),
    flags=(
        "[[Doris is 87, has dementia and lives in room 12]] at our home.",
        "Anyone else supporting an [[87-year-old with Parkinson's in Otley]]?",
        "Our [[Harold, aged 91, on Ward 7 with COPD]], keeps asking for his wife.",
    ),
    passes=(
        "An 87-year-old man with dementia: any tips on mealtimes?",
        "Doris came to the dementia cafe.",
        "We're in Leeds and the meeting is at 2pm.",
        "Room 12 has been repainted.",
        "Aged 60 and new to caring.\n\nDementia training in Leeds next week.",
        "Thank you to Janet Morley, who took a chance on a nervous 19-year-old in 1998.",
    ),
)

RULES = (
    NHS_NUMBER,
    POSSIBLE_NHS_NUMBER,
    CHI_NUMBER,
    HC_NUMBER,
    NI_NUMBER,
    PHONE,
    EMAIL,
    DATE_OF_BIRTH,
    POSTCODE,
    ADDRESS,
    RECORD_NUMBER,
    NAME,
    COMBINATION,
)
