"""Dates written so that no date is read, said with the date they mean: a bare number (46086,
46086.375), an Excel serial as a date column left in the General format shows its dates; a
date in Chinese numerals as a document's 成文日期 is written (二〇二六年十一月二日). Only said,
never taken — a number could be anything, and the clerk sees what will be stored."""

from __future__ import annotations

import datetime as dt
import re

from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text

_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_EXCEL_DAY_ZERO = dt.datetime(1899, 12, 30)  # serial 1 = 1900-01-01 (after Excel's 1900-02-29)


def excel_serial(marks: str, window: tuple[dt.date, dt.date]) -> dt.datetime | None:
    """The moment a bare number is as an Excel serial (to the minute), when its day falls within
    the date window; None otherwise."""
    if not _SERIAL.match(marks):
        return None
    moment = _EXCEL_DAY_ZERO + dt.timedelta(minutes=round(float(marks) * 24 * 60))
    low, high = window
    return moment if low <= moment.date() <= high else None


def refuse_serial(typed: str, marks: str, label: str, window: tuple[dt.date, dt.date],
                  with_time: bool = False) -> None:
    """Refuse a number that reads as an Excel serial, naming the field and what to write: the
    date (or time) itself. A sheet's cell and a typed value alike: the remedy of each said."""
    moment = excel_serial(marks, window)
    if moment is None:
        return
    written = moment.strftime("%Y-%m-%d %H:%M") if with_time else moment.date().isoformat()
    raise ValidationError(
        text("“%1”写的 %2 像是 Excel 的日期序号（%3）：请写成 %4；从表格导入的，请把该列设为日期格式后再导入。",
             label, typed, text("%1年%2月%3日", moment.year, moment.month, moment.day), written),
        label)


_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0}
_CHINESE_DATE = re.compile(r"^([〇零○O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")


def _small(numeral: str) -> int:
    """一 … 三十一 as a number (十 alone is 10, 十二 12, 二十 20)."""
    tens, _, ones = numeral.rpartition("十")
    if "十" not in numeral:
        return _DIGITS[numeral] if len(numeral) == 1 else -1
    return (_DIGITS.get(tens, -1) if tens else 1) * 10 + (_DIGITS.get(ones, -1) if ones else 0)


def refuse_chinese_numerals(typed: str, label: str) -> None:
    """Refuse a date in Chinese numerals naming the date in Arabic ones, which is what to write."""
    match = _CHINESE_DATE.match(typed.replace(" ", ""))
    if match is None:
        return
    year = int("".join(str(_DIGITS[c]) for c in match[1]))
    try:
        day = dt.date(year, _small(match[2]), _small(match[3]))
    except ValueError:
        return
    raise ValidationError(text("“%1”请用阿拉伯数字写日期：“%2”应写成 %3年%4月%5日（或 %6）。",
                               label, typed, day.year, day.month, day.day, day.isoformat()), label)
