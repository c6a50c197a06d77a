"""The one clock of the product. Tests move it (set_today) to let deadlines pass."""

from __future__ import annotations

import datetime as dt
import os

_offset = dt.timedelta(0)


def now() -> dt.datetime:
    return (dt.datetime.now() + _offset).replace(microsecond=0)


def today() -> dt.date:
    return now().date()


def set_today(day: dt.date | None) -> None:
    """Pretend today is `day` (None: the real date). Time of day keeps running."""
    global _offset
    _offset = dt.timedelta(0) if day is None else dt.datetime.combine(day, dt.datetime.now().time()) - dt.datetime.now()


def _from_environment() -> None:
    value = os.environ.get("OFFICEDESK_TODAY")
    if value:
        set_today(dt.date.fromisoformat(value))


_from_environment()
