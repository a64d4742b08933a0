"""Check digits and shapes, with the near-misses that must fail."""

from __future__ import annotations

import pytest

from core.validators import (
    international_phone_is_plausible,
    is_valid_chi_number,
    is_valid_date,
    is_valid_hc_number,
    is_valid_nhs_number,
    is_valid_ni_number,
    is_valid_postcode,
    modulus11_check_digit,
    uk_phone_is_personal,
)


def test_modulus11_check_digit_and_the_impossible_remainder() -> None:
    assert modulus11_check_digit("943476591") == 9
    assert modulus11_check_digit("030441123") is None  # remainder 1: no valid number


@pytest.mark.parametrize("number", ["943 476 5919", "4010232137"])
def test_nhs_numbers(number: str) -> None:
    assert is_valid_nhs_number(number)


@pytest.mark.parametrize("number", ["943 476 5918", "111 111 1111", "0123456789", "94347659"])
def test_nhs_near_misses(number: str) -> None:
    assert not is_valid_nhs_number(number)


def test_chi_needs_a_real_date_and_the_check_digit() -> None:
    assert is_valid_chi_number("030441 1248")
    assert not is_valid_chi_number("030441 1247")  # check digit wrong
    assert not is_valid_chi_number("3113411230")  # 31 November
    assert is_valid_chi_number("2902001231")  # 29 February 2000 (or 1900: not leap, still fine)
    assert not is_valid_chi_number("2902011237")  # neither 1901 nor 2001 had a 29 February
    assert not is_valid_date(29, 2, 1900)


def test_hc_numbers_sit_in_320_to_399() -> None:
    assert is_valid_hc_number("320 000 0015")
    assert not is_valid_hc_number("320 000 0016")
    assert not is_valid_hc_number("9434765919")  # a valid NHS number, outside the range


@pytest.mark.parametrize("number", ["JG103729C", "AE 39 50 81 D", "jg103729a"])
def test_ni_numbers(number: str) -> None:
    assert is_valid_ni_number(number)


@pytest.mark.parametrize(
    "number", ["QQ123456C", "GB103729C", "AO103729C", "DA103729C", "JG103729E", "JG123456C"]
)
def test_ni_near_misses(number: str) -> None:
    assert not is_valid_ni_number(number)


@pytest.mark.parametrize("code", ["LS1 4AP", "sw1a1aa", "EH12 9DN", "M1 1AE", "W1A 0AX", "GIR 0AA"])
def test_postcodes(code: str) -> None:
    assert is_valid_postcode(code)


@pytest.mark.parametrize("code", ["A1 2BC", "QA1 1AA", "CV1 1CI", "LS1", "EC1Z 1AA", "LS123 4AP"])
def test_postcode_near_misses(code: str) -> None:
    assert not is_valid_postcode(code)


def test_phone_kinds() -> None:
    assert uk_phone_is_personal("7700900123")
    assert uk_phone_is_personal("1614960000")
    assert uk_phone_is_personal("169774321")  # ten-digit area, 016977
    assert not uk_phone_is_personal("8001234567")  # freephone
    assert not uk_phone_is_personal("3001234567")  # public bodies and charities
    assert not uk_phone_is_personal("77009001")  # too short
    assert international_phone_is_plausible("353871234567")
    assert not international_phone_is_plausible("1234567")
    # North America: ten digits after the 1, the area code from 2.
    assert international_phone_is_plausible("12125550123")
    assert not international_phone_is_plausible("1784562391")
    assert not international_phone_is_plausible("10845927130")
