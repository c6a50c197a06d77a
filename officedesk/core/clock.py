"""The one clock of the product. Tests move it (set_today) to let deadlines pass."""

from __future__ import annotations

import datetime as dt
import os
import time

_offset = dt.timedelta(0)
# (epoch second, now() in it): a batch asks several times a row, and the time is whole seconds
_cached: tuple[int, dt.datetime] = (-1, dt.datetime.min)


def now() -> dt.datetime:
    global _cached
    second = int(time.time())
    if _cached[0] != second:
        _cached = (second, (dt.datetime.fromtimestamp(second) + _offset).replace(microsecond=0))
    return _cached[1]


def today() -> dt.date:
    return now().date()


def set_today(day: dt.date | None, at: dt.time | None = None) -> None:
    """Pretend today is `day` (None: the real date). Time of day keeps running — from `at` when
    given (a test whose day holds deadlines by the hour must not depend on when it runs), else
    from the real time of day."""
    global _offset, _cached
    _cached = (-1, dt.datetime.min)
    real = dt.datetime.now()
    _offset = dt.timedelta(0) if day is None else dt.datetime.combine(day, at or real.time()) - real


def _from_environment() -> None:
    value = os.environ.get("OFFICEDESK_TODAY")
    if value:
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            from officedesk.core.errors import ValidationError
            from officedesk.core.i18n import text

            raise ValidationError(text(
                "环境变量 OFFICEDESK_TODAY 的值“%1”不是日期：应写成 2026-12-01 这样。它只用于测试和演示"
                "（让程序以为今天是那一天），平时请删去它。", value)) from None
        set_today(day)


_from_environment()
