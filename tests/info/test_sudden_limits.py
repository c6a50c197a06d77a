"""The 突发事件报送时限 keep dated versions, as the 计分标准 does: an event is judged by the limits
in force on the day of its 事发时间, a change never rewrites a registered event's 迟报, and limits
that mean nothing (a level left out, a negative limit, the phone after the written report) are
refused with what to write."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info, settings
from officedesk.core.errors import ValidationError
from officedesk.core.info import figures, sudden
from officedesk.core.info.spec import SUDDEN_LIMITS

KEY = SUDDEN_LIMITS.key
BASE = "特别重大=30,60\n重大=30,60\n较大=30,60\n一般=60,120"


def _late_general_event(report):
    """一般 event of 2026-11-10 08:00, written report 150 minutes after it: 30 minutes late."""
    event = dt.datetime(2026, 11, 10, 8, 0)
    return report(title="客车侧翻", category="突发事件", unit="城关镇", event_level="一般",
                  event_at=event, reported_at=event + dt.timedelta(minutes=30),
                  phoned_at=event + dt.timedelta(minutes=30),
                  written_at=event + dt.timedelta(minutes=150))


def _verdict(item_id, admin):
    return sudden.clock_of(info.get(item_id, admin))


def test_a_change_that_would_clear_a_late_report_is_refused(report, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    item = _late_general_event(report)
    assert _verdict(item.id, admin).text == "书面迟报 30 分钟"
    assert figures.figures(admin, 2026)["sudden_late"] == 1
    with pytest.raises(ValidationError, match="2026-11-10.*另起一行写“2026-12-01起：”"):
        settings.put(KEY, "特别重大=30,60\n重大=30,60\n较大=30,60\n一般=60,180")
    settings.forget_cache()
    assert settings.get(KEY) == SUDDEN_LIMITS.default
    assert _verdict(item.id, admin).text == "书面迟报 30 分钟"
    assert figures.figures(admin, 2026)["sudden_late"] == 1


def test_a_dated_version_applies_from_its_day_and_leaves_the_past(report, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    old = _late_general_event(report)
    settings.put(KEY, BASE + "\n2026-12-01起：\n一般=60,180")
    assert _verdict(old.id, admin).text == "书面迟报 30 分钟"  # judged by the limits of its day
    fixed_today(dt.date(2026, 12, 2))  # 12-01 10:30 is past at any hour (before it, it was to come)
    event = dt.datetime(2026, 12, 1, 8, 0)
    new = report(title="货车起火", category="突发事件", unit="城关镇", event_level="一般",
                 event_at=event, reported_at=event + dt.timedelta(minutes=30),
                 phoned_at=event + dt.timedelta(minutes=30),
                 written_at=event + dt.timedelta(minutes=150))
    assert _verdict(new.id, admin).text == "按时报送"  # 180 minutes from 12-01 on
    assert _verdict(new.id, admin).written_due == event + dt.timedelta(minutes=180)
    # the levels not restated keep their limits
    assert info.spec.sudden_limits()["较大"] == (30, 60)
    # the version may not now be moved back over the old event
    with pytest.raises(ValidationError, match="事发时间 2026-11-10 08:00，一般"):
        settings.put(KEY, BASE + "\n2026-11-01起：\n一般=60,180")


def test_a_change_before_any_event_is_taken(report, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    settings.put(KEY, "特别重大=15,30\n重大=30,60\n较大=30,60\n一般=60,180")
    assert info.spec.sudden_limits()["一般"] == (60, 180)


@pytest.mark.parametrize("text, words", [
    ("特别重大=30,60\n重大=30,60\n较大=30,60", "缺少“一般”.*一般=60,120"),
    ("特别重大=30,60\n重大=30,60\n较大=-30,0\n一般=60,120", "较大=-30,0.*大于 0"),
    ("特别重大=30,60\n重大=30,60\n较大=30,60\n一般=120,60", "一般=120,60.*电话报告.*不能晚于书面"),
    ("特别重大=30,60\n重大=30,60\n较大=30,60\n一般=60,99999999", "一般=60,99999999.*不超过"),
    (BASE + "\n2026-13-01起：\n一般=60,180", "2026-13-01起.*日期"),
])
def test_limits_that_mean_nothing_are_refused_with_what_to_write(db, text, words):
    with pytest.raises(ValidationError, match=words):
        settings.put(KEY, text)
    settings.forget_cache()
    assert settings.get(KEY) == SUDDEN_LIMITS.default


def test_every_level_keeps_a_clock(report, admin, fixed_today):
    """A level cannot be left out, so no registered event loses its clock."""
    fixed_today(dt.date(2026, 12, 1))
    item = _late_general_event(report)
    with pytest.raises(ValidationError):
        settings.put(KEY, "特别重大=30,60\n重大=30,60\n较大=30,60")
    assert _verdict(item.id, admin).text == "书面迟报 30 分钟"  # still judged by its level's limits
    assert info.event_levels() == ["特别重大", "重大", "较大", "一般"]
