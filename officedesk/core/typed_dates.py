"""Dates and times a person types or imports: read in the forms clerks write (2026-12-03,
2026年12月3日, 2026.12.3, full-width marks, a date-time cell), within a window of the present the
administrator sets (fields.date_years_back / date_years_ahead). core.fields declares fields
with them; it says what a field's kind takes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from officedesk.core import clock, menu_paths, settings
from officedesk.core.date_refusals import refuse_chinese_numerals, refuse_serial
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text

YEARS_BACK = settings.declare(
    "fields.date_years_back",
    int,
    50,
    "日期最早可早于今天（年）",
    "通用",
    help="登记、导入的日期不得早于今天往前这些年；导入多年前的台账时可调大。",
)
YEARS_AHEAD = settings.declare(
    "fields.date_years_ahead",
    int,
    10,
    "日期最晚可晚于今天（年）",
    "通用",
    help="时限等日期不得晚于今天往后这些年。",
)


def date_window(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The dates a person may type: within the settings' years of today."""
    today = today or clock.today()
    back = max(1, int(settings.get(YEARS_BACK.key)))
    ahead = max(1, int(settings.get(YEARS_AHEAD.key)))

    def shifted(years: int) -> dt.date:
        year = min(max(today.year + years, dt.MINYEAR), dt.MAXYEAR)
        try:
            return today.replace(year=year)
        except ValueError:  # 29 February
            return today.replace(year=year, day=28)

    return shifted(-back), shifted(ahead)


def check_date_window(day: dt.date, label: str) -> dt.date:
    low, high = date_window()
    if not low <= day <= high:
        raise ValidationError(
            text("“%1”的日期 %2 超出允许的范围（%3 至 %4）。请检查年份是否写错；确需更早或更晚的日期，"
                 "请管理员在“%5”中调整日期范围。", label, day.isoformat(), low.isoformat(),
                 high.isoformat(), menu_paths.setting_path(YEARS_BACK)),
            label,
        )
    return day


def check_year(year: int, label: str = "年份") -> int:
    """A year asked for in statistics or reports: within the same window as dates."""
    low, high = date_window()
    if not low.year <= year <= high.year:
        raise ValidationError(
            text("“%1”应在 %2 到 %3 之间，现在是 %4。", label, low.year, high.year, year), label
        )
    return year


_DATE_PATTERNS = [
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$"),  # 3号: as it is said
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]
# a date's marks as a Chinese input method in full-width mode types them (２０２６－３－５, 2026．3．5),
# or a word processor's minus and dashes: read as the plain ones (full-width digits are \d already)
_DATE_MARKS = str.maketrans({"－": "-", "．": ".", "／": "/", "−": "-", "–": "-", "‐": "-", "‑": "-",
                             "　": " ", "：": ":"})
_DATETIME_PATTERNS = [
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2})[时点:：](?:(\d{1,2})分?)?$"),
]


def parse_date(raw: Any, label: str = "日期") -> dt.date:
    """A date a person typed or imported, within the window of the present (date_window). A
    date with a time of day — a typed Excel date-time cell, or text such as 2026-03-05 14:30 —
    is its date, the one rule for cells and text: a time of 00:00 is the date itself (Excel's
    own dates), any other is left out, and `time_dropped` tells which, for the import report
    and `add` to say so."""
    if isinstance(raw, dt.datetime):
        return check_date_window(raw.date(), label)
    if isinstance(raw, dt.date):
        return check_date_window(raw, label)
    typed = str(raw).strip()
    marks = typed.translate(_DATE_MARKS)
    for pattern in _DATE_PATTERNS:
        match = pattern.match(marks)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                day_value = dt.date(year, month, day)
            except ValueError:
                break
            return check_date_window(day_value, label)
    moment = _date_with_time(marks)
    if moment is not None:  # “2026-03-05 00:00:00”: a date cell turned to text, or a system's export
        return check_date_window(moment.date(), label)
    refuse_serial(typed, marks, label, date_window())
    refuse_chinese_numerals(typed, label)
    raise ValidationError(text("“%1”不是有效日期：“%2”。请写成 2026-12-03 或 2026年12月3日。", label, typed), label)


def _date_with_time(marks: str) -> dt.datetime | None:
    """A date-time as parse_datetime reads it (2026-03-05 00:00:00), or None."""
    for pattern in _DATETIME_PATTERNS:
        match = pattern.match(marks)
        if match:
            parts = [int(g) if g else 0 for g in match.groups()] + [0] * 6
            year, month, day, hour, minute, second = parts[:6]
            try:
                return dt.datetime(year, month, day, hour, minute, second)
            except ValueError:
                return None
    return None


def parse_datetime(raw: Any, label: str = "时间") -> dt.datetime:
    """A time a person typed or imported, its date within the window of the present."""
    if isinstance(raw, dt.datetime):
        check_date_window(raw.date(), label)
        return raw.replace(microsecond=0)
    if isinstance(raw, dt.date):
        return dt.datetime.combine(check_date_window(raw, label), dt.time(0, 0))
    typed = str(raw).strip()
    moment = _date_with_time(typed.translate(_DATE_MARKS))
    if moment is not None:
        check_date_window(moment.date(), label)
        return moment
    refuse_serial(typed, typed.translate(_DATE_MARKS), label, date_window(), with_time=True)
    raise ValidationError(
        text("“%1”不是有效时间：“%2”。请写成 2026-12-03 09:00、2026/12/3 9:00 或 2026年12月3日9时。", label, typed),
        label)
