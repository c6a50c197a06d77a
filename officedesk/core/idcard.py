"""Resident ID numbers (公民身份号码, GB 11643-1999) and phone numbers of petitioners.

An ID number has 18 characters: a 6-digit address code, the 8-digit birth date (YYYYMMDD), a
3-digit sequence (odd for men, even for women) and a check character computed by ISO 7064
MOD 11-2 over the first 17 digits (10 is written X).
"""

from __future__ import annotations

import datetime as dt
import re

from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_FULL_WIDTH_DIGITS = {ord(c): ord("0") + i for i, c in enumerate("０１２３４５６７８９")}

_SHAPE = re.compile(r"^\d{17}[\dX]$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_LOCAL = re.compile(r"^[2-9]\d{6,7}$")
_SERVICE = re.compile(r"^(1\d{4}|400\d{7}|800\d{7})$")


def check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def normalize_id(text: str) -> str:
    """Trim, drop inner spaces, full-width digits to ASCII, x to X."""
    text = (text or "").strip()
    if text.isdigit() and text.isascii() or not text:  # most: nothing to change (an import asks twice a row)
        return text
    text = text.replace(" ", "").replace("\u3000", "").translate(_FULL_WIDTH_DIGITS)
    return text.replace("ｘ", "X").replace("Ｘ", "X").replace("x", "X")


def id_problem(typed: str, today: dt.date | None = None) -> str | None:
    """Why an ID number is wrong (in Chinese, a catalogue text), or None when it is valid."""
    value = normalize_id(typed)
    if len(value) != 18:
        return text("身份证号应为 18 位，现在是 %1 位。", len(value))
    if not _SHAPE.match(value):
        return text("身份证号前 17 位应为数字，最后一位为数字或 X。")
    try:
        born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return text("身份证号中的出生日期“%1”不是真实日期。", value[6:14])
    today = today or dt.date.today()
    if born > today or born.year < 1890:
        return text("身份证号中的出生日期“%1”不可能（早于 1890 年或晚于今天）。", value[6:14])
    expected = check_char(value[:17])
    if value[17] != expected:
        return text("身份证号校验位不对：按前 17 位计算，最后一位应为“%1”，现在是“%2”。请核对号码。",
                    expected, value[17])
    return None


def validate_id(text: str | None) -> str:
    """The normalised ID number; '' when empty (many petitioners don't give it). Raises
    ValidationError with the reason when it is wrong."""
    if text is None or not str(text).strip():
        return ""
    problem = id_problem(str(text))
    if problem:
        raise ValidationError(problem, "id_number")
    return normalize_id(str(text))


def check_id(value: object) -> None:
    """FieldSpec.check for 身份证号."""
    if value:
        problem = id_problem(str(value))
        if problem:
            raise ValidationError(problem, "id_number")


def birth_date(id_number: str) -> dt.date | None:
    if id_problem(id_number):
        return None
    value = normalize_id(id_number)
    return dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))


def gender_of(id_number: str) -> str:
    """男 / 女 from the sequence digit; '' when the number is not valid."""
    if not id_number or id_problem(id_number):
        return ""
    return "男" if int(normalize_id(id_number)[16]) % 2 else "女"


def make_id(region: str, born: dt.date, sequence: int) -> str:
    """An ID number with a correct check character (demo data, tests)."""
    first17 = f"{region[:6]:0>6}{born:%Y%m%d}{sequence % 1000:03d}"
    return first17 + check_char(first17)


_PHONE_NOISE = re.compile(r"[\s()（）]")


# every full-width ASCII character (１, ＋, －, （) as its half-width one: a phone typed with a
# Chinese input method is the number it reads
_FULL_WIDTH_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def normalize_phone(text: str | None) -> str:
    """The one spelling every phone field stores: half-width, no spaces or brackets."""
    text = (text or "").strip()
    if text.isdigit() and text.isascii():  # most numbers: nothing to change
        return text
    text = text.translate(_FULL_WIDTH_ASCII)
    text = text.replace("—", "-").replace("–", "-")
    return _PHONE_NOISE.sub("", text)


def phone_problem(typed: str) -> str | None:
    value = normalize_phone(typed)
    if value.startswith("+86"):
        value = value[3:]
    if (
        _MOBILE.match(value)
        or _LANDLINE.match(value)
        or _LOCAL.match(value)
        or _SERVICE.match(value)
    ):
        return None
    if value.isdigit() and value.startswith("1"):
        return text("手机号码应为 11 位、以 13–19 开头，现在是“%1”。", typed)
    return text("电话号码“%1”格式不对：手机写 11 位数字，座机写 区号-号码（如 010-12345678）。", typed)


def validate_phone(text: str | None) -> str:
    if text is None or not str(text).strip():
        return ""
    problem = phone_problem(str(text))
    if problem:
        raise ValidationError(problem, "phone")
    return normalize_phone(str(text))


def check_phone(value: object) -> None:
    if value:
        problem = phone_problem(str(value))
        if problem:
            raise ValidationError(problem, "phone")
