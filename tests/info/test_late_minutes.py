"""A late report is never “0 分钟” late: late minutes are rounded up to whole minutes (the
clock, the window and the papers all read `sudden.clock_of`); time left is not."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from officedesk.core.info import spec as S
from officedesk.core.info import sudden

EVENT = dt.datetime(2026, 11, 16, 8, 0, 0)


def _sudden(**fields):
    values = {"category": S.SUDDEN, "event_at": EVENT, "event_level": "较大", "followup_of": None,
              "state": S.TO_REVIEW, "phoned_at": None, "written_at": None}
    return SimpleNamespace(**(values | fields))


def test_a_report_twenty_seconds_late_is_one_minute_late(db):
    # 较大: phone within 30 minutes, in writing within 60
    late = EVENT + dt.timedelta(minutes=60, seconds=20)
    found = sudden.clock_of(_sudden(written_at=late))
    assert found.light == sudden.LIGHT_LATE
    assert found.text == "书面迟报 1 分钟，电话迟报 31 分钟"
    running = sudden.clock_of(_sudden(), now=late)
    assert running.text == "书面报告超时 1 分钟"
    phoned = sudden.clock_of(_sudden(phoned_at=EVENT + dt.timedelta(minutes=30, seconds=1)),
                             now=EVENT + dt.timedelta(minutes=40))
    assert phoned.text == "电话迟报 1 分钟，书面报告剩 20 分钟"


def test_exactly_on_the_limit_is_in_time_and_time_left_is_not_rounded_up(db):
    on_time = sudden.clock_of(_sudden(phoned_at=EVENT + dt.timedelta(minutes=30),
                                      written_at=EVENT + dt.timedelta(minutes=60)))
    assert on_time.light == sudden.LIGHT_DONE
    left = sudden.clock_of(_sudden(phoned_at=EVENT), now=EVENT + dt.timedelta(minutes=20,
                                                                              seconds=30))
    assert left.text == "书面报告剩 39 分钟"
