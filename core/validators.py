"""Check digits and shapes that confirm what a pattern proposes."""

from __future__ import annotations

import itertools
from operator import mul

from .wordlists import word_set


def digits_of(text: str) -> str:
    return "".join(filter(str.isdigit, text))


# Any run of up to 21 ASCII digits that steps up (or down) by one, 9 wrapping round to 0, lies
# inside one of these.
_STEPPING_UP = "0123456789" * 3
_STEPPING_DOWN = _STEPPING_UP[::-1]


def is_dummy_number(digits: str) -> bool:
    """All one digit, or a plain run up or down (0123456789): placeholders, not real numbers."""
    if len(set(digits)) == 1:
        return True
    if 1 < len(digits) <= 21 and digits.isascii() and digits.isdigit():
        # The test below as two substring searches: numbers are checked on every keystroke.
        return digits in _STEPPING_UP or digits in _STEPPING_DOWN
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {9})


def modulus11_check_digit(digits: str) -> int | None:
    """The modulus 11 check digit used by NHS and CHI numbers for the first nine digits.

    Weights 10 down to 2; the check digit is 11 minus the remainder, with 11 read as 0 and 10
    meaning no valid number exists with these first nine digits.
    """
    total: int = sum(map(mul, map(int, digits[:9]), range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def is_valid_nhs_number(text: str) -> bool:
    """Ten digits whose last is the modulus 11 check digit of the first nine, and not a dummy."""
    digits = digits_of(text)
    if len(digits) != 10 or is_dummy_number(digits):
        return False
    return modulus11_check_digit(digits) == int(digits[9])


def is_valid_date(day: int, month: int, year: int) -> bool:
    """A real calendar date (leap years included)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return day <= (29 if leap else 28)
    return day <= (30 if month in (4, 6, 9, 11) else 31)


def _passes_modulus11(digits: str) -> bool:
    return len(digits) == 10 and modulus11_check_digit(digits) == int(digits[9])


def is_valid_chi_number(text: str) -> bool:
    """A Scottish CHI number: a DDMMYY date of birth, four digits, the last a modulus 11 check.

    The two-digit year cannot say the century, so any year is accepted; 29 February needs a
    leap year in one of the two centuries a living person could be born in.
    """
    digits = digits_of(text)
    if len(digits) != 10 or is_dummy_number(digits):
        return False
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    if not (is_valid_date(day, month, 1900 + year) or is_valid_date(day, month, 2000 + year)):
        return False
    return _passes_modulus11(digits)


def is_valid_hc_number(text: str) -> bool:
    """A Northern Ireland Health and Care number: 320 000 0000 to 399 999 9999, modulus 11."""
    digits = digits_of(text)
    if len(digits) != 10 or is_dummy_number(digits):
        return False
    return 320 <= int(digits[:3]) <= 399 and _passes_modulus11(digits)


def is_nhs_number_range(text: str) -> bool:
    """NHS numbers of England, Wales and the Isle of Man never start with 0 to 3: those leading
    digits belong to Scottish CHI numbers (a date) and Northern Ireland H&C numbers (320 to 399)."""
    digits = digits_of(text)
    return bool(digits) and digits[0] not in "0123"


# HMRC: neither prefix letter is D, F, I, Q, U or V; the second is not O; some pairs are never
# issued (BG, GB, NK, KN, TN, NT, ZZ); the suffix is A, B, C or D.
_NI_BAD_LETTERS = frozenset("DFIQUV")
_NI_BAD_PREFIXES = word_set("BG GB NK KN TN NT ZZ")


def is_valid_ni_number(text: str) -> bool:
    """A National Insurance number: two prefix letters, six digits, a suffix A to D."""
    compact = "".join(filter(str.isalnum, text)).upper()
    if len(compact) != 9:
        return False
    prefix, number, suffix = compact[:2], compact[2:8], compact[8]
    if not (prefix.isalpha() and number.isdigit() and suffix in "ABCD"):
        return False
    if set(prefix) & _NI_BAD_LETTERS or prefix[1] == "O" or prefix in _NI_BAD_PREFIXES:
        return False
    return not is_dummy_number(number)


# Every UK postcode area (plus BF for forces post); an outward code must start with one of these.
POSTCODE_AREAS = word_set(
    """AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG
        DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP
        IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA
        PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN
        TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE"""
)
_POSTCODE_INWARD_LETTERS = frozenset("ABDEFGHJLNPQRSTUWXYZ")  # never C, I, K, M, O or V
_POSTCODE_A9A_LETTERS = frozenset("ABCDEFGHJKPSTUW")
_POSTCODE_AA9A_LETTERS = frozenset("ABEHMNPRVWXY")


def is_valid_postcode(text: str) -> bool:
    """A full UK postcode in the Royal Mail shapes (A9, A99, A9A, AA9, AA99, AA9A, then 9AA),
    from a real postcode area, with the letters each position allows."""
    compact = "".join(filter(str.isalnum, text)).upper()
    if compact == "GIR0AA":
        return True
    if not 5 <= len(compact) <= 7:
        return False
    outward, inward = compact[:-3], compact[-3:]
    if not (inward[0].isdigit() and set(inward[1:]) <= _POSTCODE_INWARD_LETTERS):
        return False
    area = outward[:2] if len(outward) > 1 and outward[1].isalpha() else outward[:1]
    if area not in POSTCODE_AREAS:
        return False
    district = outward[len(area) :]
    if not district or not district[0].isdigit():
        return False
    if len(district) == 1:
        return True
    if district[1].isdigit():
        return len(district) == 2
    if len(district) != 2:
        return False
    allowed = _POSTCODE_A9A_LETTERS if len(area) == 1 else _POSTCODE_AA9A_LETTERS
    return district[1] in allowed


def uk_phone_is_personal(national: str) -> bool:
    """Whether a UK number, given without its leading 0 or +44, is one a person could own.

    Geographic (01, 02) and mobile (07) numbers are personal. Freephone 0800 and 0808 (most charity
    helplines), 03 (public bodies and charities), 05, 084, 087 and 09 numbers belong to
    organisations and services, so posting them identifies nobody.
    """
    if not national.isdigit() or national[0] not in "127":
        return False
    if is_dummy_number(national[-6:]):
        return False
    if national[0] == "1":
        return len(national) in (9, 10)
    return len(national) == 10


def international_phone_is_plausible(digits: str) -> bool:
    """A number written with + or 00 and a country code: 8 to 15 digits in all (ITU E.164), and
    in the North American plan (code 1) ten after the code, its area code not starting with 0 or
    1: a DBS certificate's twelve digits from "001" are no call to America."""
    if digits[:1] == "1" and (len(digits) != 11 or digits[1] in "01"):
        return False
    return 8 <= len(digits) <= 15 and digits[0] != "0" and not is_dummy_number(digits)
