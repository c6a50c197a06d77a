"""ID number (GB 11643) and phone validation."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core.errors import ValidationError
from officedesk.core.idcard import (
    check_char,
    gender_of,
    id_problem,
    make_id,
    phone_problem,
    validate_id,
    validate_phone,
)


def test_known_valid_number_with_x_check_digit():
    # the GB 11643 worked example: 11010519491231002X
    assert check_char("11010519491231002") == "X"
    assert validate_id("11010519491231002x") == "11010519491231002X"
    assert gender_of("11010519491231002X") == "女"


def test_known_valid_number_with_digit_check():
    assert id_problem("110101199003071233") is None
    assert gender_of("110101199003071233") == "男"
    # a correct check digit cannot save an impossible birth year
    assert "不可能" in id_problem("440524188001010014")


def test_wrong_check_digit_is_refused_with_the_expected_one():
    with pytest.raises(ValidationError) as info:
        validate_id("110105194912310021")
    assert "校验位" in info.value.message
    assert "“X”" in info.value.message


@pytest.mark.parametrize(
    "text,reason",
    [
        ("11010519491231002", "18 位"),
        ("1101051949123100211", "18 位"),
        ("11010519491231A02X", "前 17 位"),
        ("110105194902300020", "不是真实日期"),  # 30 February
        ("110105194913010020", "不是真实日期"),  # month 13
        ("110105209901010020", "不可能"),  # born in the future
    ],
)
def test_bad_numbers_are_refused_with_the_reason(text, reason):
    # give the bad-date samples a correct check digit, so the date is what is wrong
    if text[:17].isdigit() and len(text) == 18:
        text = text[:17] + check_char(text[:17])
    with pytest.raises(ValidationError) as info:
        validate_id(text)
    assert reason in info.value.message


def test_empty_id_number_is_allowed():
    assert validate_id("") == ""
    assert validate_id(None) == ""
    assert validate_id("   ") == ""


def test_made_numbers_validate():
    number = make_id("320102", dt.date(1975, 11, 30), 442)
    assert len(number) == 18 and id_problem(number) is None
    assert gender_of(number) == "女"


def test_phones():
    assert phone_problem("13812345678") is None
    assert phone_problem("010-12345678") is None
    assert phone_problem("0571 8765 4321") is None
    assert validate_phone("138 1234 5678") == "13812345678"
    assert "11 位" in phone_problem("1381234567")
    assert "格式不对" in phone_problem("abc") and "010-12345678" in phone_problem("abc")  # says how to write it
    assert validate_phone("") == ""
