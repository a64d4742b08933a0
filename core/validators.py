"""Check digits and shapes that confirm what a pattern proposes."""

from __future__ import annotations


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def is_dummy_number(digits: str) -> bool:
    """All one digit, or a plain run up or down (0123456789): placeholders, not real numbers."""
    if len(set(digits)) == 1:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in zip(digits, digits[1:])}
    return steps in ({1}, {9})


def modulus11_check_digit(digits: str) -> int | None:
    """The modulus 11 check digit used by NHS and CHI numbers for the first nine digits.

    Weights 10 down to 2; the check digit is 11 minus the remainder, with 11 read as 0 and 10
    meaning no valid number exists with these first nine digits.
    """
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
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
