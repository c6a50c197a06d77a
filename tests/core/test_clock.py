"""The product's clock: whole seconds of the real time, moved at once by set_today."""

from __future__ import annotations

import datetime as dt
import time

from officedesk.core import clock


def test_now_is_the_real_time_in_whole_seconds():
    before = dt.datetime.now().replace(microsecond=0)
    now = clock.now()
    after = dt.datetime.now()
    assert now.microsecond == 0 and before <= now <= after


def test_set_today_moves_the_clock_at_once_and_back():
    clock.now()  # a time is at hand for this second
    try:
        clock.set_today(dt.date(2030, 1, 2))
        assert clock.today() == dt.date(2030, 1, 2)
    finally:
        clock.set_today(None)
    assert clock.today() == dt.date.today() or time.localtime().tm_hour == 0  # midnight may pass


def test_the_clock_moves_on_with_the_seconds():
    first = clock.now()
    time.sleep(1.05)
    assert clock.now() > first
