"""Dates on paper, one convention everywhere: running text writes 2026年11月24日 (times
2026年7月22日 6:06); table cells write the short form 11月24日 (7月22日 6:06), with the year
(2025年11月24日) only when it is not the year of the paper. ISO dates that reach printing
inside core's texts ("应于 2026-11-21 反馈") are rewritten to the same forms."""

from __future__ import annotations

import datetime as dt
import re

from officedesk.core import clock
from officedesk.core.fields import chinese_date

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?")


def prose_date(value: dt.date | dt.datetime | None) -> str:
    """2026年11月24日 (a datetime: 2026年11月24日 9:05)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{chinese_date(value.date())} {value.hour}:{value.minute:02d}"
    return chinese_date(value)


def table_date(value: dt.date | dt.datetime | None, year: int | None = None) -> str:
    """11月24日 within ``year`` (default: this year), 2025年11月24日 otherwise; a datetime
    adds its time (11月24日 9:05)."""
    if value is None:
        return ""
    year = clock.today().year if year is None else year
    day = value.date() if isinstance(value, dt.datetime) else value
    text = f"{day.month}月{day.day}日" if day.year == year else chinese_date(day)
    if isinstance(value, dt.datetime):
        text += f" {value.hour}:{value.minute:02d}"
    return text


def _parse(match: re.Match[str]) -> dt.date | dt.datetime | None:
    try:
        year, month, day = (int(match.group(k)) for k in (1, 2, 3))
        if match.group(4) is not None:
            return dt.datetime(year, month, day, int(match.group(4)), int(match.group(5)))
        return dt.date(year, month, day)
    except ValueError:
        return None


def in_prose(text: str) -> str:
    """Rewrite ISO dates inside a sentence to 2026年11月24日."""
    def repl(m: re.Match[str]) -> str:
        value = _parse(m)
        return m.group(0) if value is None else prose_date(value)

    return _ISO.sub(repl, text or "")


def in_table(text: str, year: int | None = None) -> str:
    """Rewrite ISO dates inside a table cell to the short form."""
    def repl(m: re.Match[str]) -> str:
        value = _parse(m)
        return m.group(0) if value is None else table_date(value, year)

    return _ISO.sub(repl, text or "")


_SPACED_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff（，])[ \u00a0]+(?=[0-9])|(?<=[0-9%])[ \u00a0]+(?=[\u4e00-\u9fff）])")


def tight_figures(text: str) -> str:
    """A stored reason (逾期 6 天未报, 进度滞后 45.2 个百分点: the interface's words, kept as
    made) printed as a 公文 writes figures: 逾期6天未报, no space between a figure and its
    Chinese."""
    return _SPACED_FIGURE.sub("", text or "")
