"""A bare number where a date or time was asked (46086, 46086.375): an Excel serial, as a date
column left in the General format shows its dates. Only said, with the date or time it would
be, never taken — a number could be anything."""

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
