"""Exported cells that mean exactly what is stored: text is always text (never a formula), any
stored character survives, numbers and dates are typed cells, and what Excel cannot hold in one
cell (32,767 characters) is split onto a sheet of its own, and said so."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from officedesk.core.fields import DATE, DATETIME, INT, PERCENT

EXCEL_CELL_LIMIT = 32767  # characters in one cell (Excel's own limit)
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
DATETIME_FORMAT = 'yyyy"年"m"月"d"日" hh:mm'
PERCENT_FORMAT = '0"%"'
TYPED_KINDS = (DATE, DATETIME, INT, PERCENT)
EXACT_DIGITS = 10**15  # Excel keeps 15 significant digits; larger integers go out as text
FIRST_DATE = dt.date(1900, 3, 1)  # Excel has no earlier dates (and a false 1900-02-29): text

# A spreadsheet evaluates a cell typed as =…, and (Excel, LibreOffice) also +…, -…, @…; a tab or
# carriage return in front hides the sign in some programs.
RISKY_START = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 cannot hold these: OOXML writes them as _xHHHH_ (and a literal _xHHHH_ as _x005F_xHHHH_)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ESCAPE_LOOKALIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_NOT_UNICODE = re.compile(r"[\ud800-\udfff\ufffe\uffff]")

def column_letter(index: int) -> str:
    """A column's letters from its 1-based index (28 is AB), as openpyxl's get_column_letter
    gives them: importing openpyxl for this took a third of a second of every import."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


OVERFLOW_SHEET = "超长内容"
OVERFLOW_NOTE = "……【超过 Excel 单元格 32767 字的上限，全文分段见“超长内容”表】"


def escape_text(text: str) -> str:
    """Text as OOXML stores it, so any stored character round-trips through the file."""
    text = _NOT_UNICODE.sub("\ufffd", text)
    if "_x" in text:
        text = _ESCAPE_LOOKALIKE.sub(r"_x005F_\1", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return text


def is_risky(text: str) -> bool:
    return text.startswith(RISKY_START)


def split_long(text: str) -> list[str]:
    """Excel-sized parts of a text longer than one cell can hold."""
    return [text[i : i + EXCEL_CELL_LIMIT] for i in range(0, len(text), EXCEL_CELL_LIMIT)]


def shortened(text: str) -> str:
    """What the main cell shows of an over-long text: its beginning and where the rest is."""
    return text[: EXCEL_CELL_LIMIT - len(OVERFLOW_NOTE)] + OVERFLOW_NOTE


def typed_value(kind: str, value: Any) -> Any:
    """The native value for a typed column, or None when there is none to write."""
    if isinstance(value, bool):
        return None
    if (
        isinstance(value, dt.date)
        and (value.date() if isinstance(value, dt.datetime) else value) < FIRST_DATE
    ):
        return None
    if kind == DATETIME:
        if isinstance(value, dt.datetime):
            return value.replace(microsecond=0, tzinfo=None)
        if isinstance(value, dt.date):
            return dt.datetime.combine(value, dt.time(0, 0))
        return None
    if kind == DATE:
        if isinstance(value, dt.datetime):
            return value.date()
        return value if isinstance(value, dt.date) else None
    if kind in (INT, PERCENT):
        return value if isinstance(value, int) and abs(value) < EXACT_DIGITS else None
    return None
