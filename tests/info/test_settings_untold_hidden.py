"""保密 of what a change of the 信息 settings tells the administrator who makes it (an
administrator may be cleared below 机密): the refusal of new 突发事件报送时限 that would rewrite
registered events names and counts only the events he may see — before, it gave the number,
事发时间 and 级别 of the latest event whatever its 密级, and counted them all — and a new
计分标准 says how many items it rescored as far as he may see them, as a holiday change says
the deadlines it moved (counted_deadlines.seen)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import ValidationError
from officedesk.core.info import scoring
from officedesk.core.info.spec import SUDDEN_LIMITS

LOWADMIN = Actor(username="lowadmin", role="admin", clearance=1, display_name="管理员乙")
CHANGED = "特别重大=30,60\n重大=30,60\n较大=30,60\n一般=60,180"


def _event(report, title, day, secrecy="非密"):
    event = dt.datetime(2026, 11, day, 8, 0)
    return report(title=title, category="突发事件", unit="城关镇", event_level="一般",
                  event_at=event, reported_at=event + dt.timedelta(minutes=30),
                  phoned_at=event + dt.timedelta(minutes=30),
                  written_at=event + dt.timedelta(minutes=150), secrecy=secrecy, actor=CLI_ACTOR)


def _limits_said():
    with pytest.raises(ValidationError) as refused:
        settings.put(SUDDEN_LIMITS.key, CHANGED, LOWADMIN)
    settings.forget_cache()
    return refused.value.message


def test_the_limits_refusal_beside_a_visible_event_is_the_same_with_hidden_ones(report, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    seen = _event(report, "客车侧翻", 10)
    without = _limits_said()
    one = _event(report, "涉密事件甲", 20, "机密")
    with_one = _limits_said()
    two = _event(report, "涉密事件乙", 21, "机密")
    with_two = _limits_said()
    assert seen.number in without and "2026-11-10 08:00" in without
    assert without == with_one == with_two
    for hidden in (one, two):
        assert hidden.number not in with_two and "11-2" not in with_two


def test_the_limits_refusal_for_hidden_events_alone_names_and_counts_none(report, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    one = _event(report, "涉密事件甲", 20, "机密")
    with_one = _limits_said()
    two = _event(report, "涉密事件乙", 10, "机密")
    with_two = _limits_said()
    assert with_one == with_two
    assert one.number not in with_two and two.number not in with_two
    assert not re.search(r"\d+\s*件", with_two), with_two
    assert "另起一行" in with_two  # still what to do


def test_a_new_points_table_counts_the_rescored_items_he_may_see(report, fixed_today):
    # the afternoon: items reported at 09:00 that day are past (run before 09:00, they were not)
    fixed_today(dt.date(2026, 12, 1), dt.time(17, 0))
    report(title="普通信息", reported_at="2026-12-01 09:00")
    for n in range(2):
        report(title=f"涉密信息{n}", reported_at="2026-12-01 09:00", secrecy="机密", actor=CLI_ACTOR)
    default = settings.setting(scoring.POINTS.key).default
    said = settings.put(scoring.POINTS.key, default + "\n2026-12-01起：\n报送=5", LOWADMIN)
    assert said == ["已按新的计分标准重算 1 件信息的得分。"], said
