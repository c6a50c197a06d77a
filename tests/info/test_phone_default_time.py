"""A 突发事件 whose written report is recorded while its phone report is not: 电话报告 stays
offered (a call that came before the written report is what the phone limit is judged by), but
the window's default time was now, which core refuses as after the written report (desk review
22, 信息 #202, #204). Its default is now the written report's time: accepted, and neutral (the
phone limit is judged by the written report while no phone report is recorded)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, steps
from officedesk.core.errors import ValidationError
from officedesk.core.info import sudden
from officedesk.store.info import InfoItem

DAY = dt.date(2026, 7, 1)


def _fmt(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def written_first(report, fixed_today):
    """A 较大 突发事件 of 90 minutes ago whose written report came 40 minutes ago."""
    fixed_today(DAY)
    now = clock.now()
    return report(title="河口镇发生山火", category="突发事件", event_level="较大",
                  event_at=_fmt(now - dt.timedelta(minutes=90)),
                  reported_at=_fmt(now - dt.timedelta(minutes=85)), unit="河口镇",
                  written_at=_fmt(now - dt.timedelta(minutes=40)))


def _defaults(item, actor) -> dict:
    step = steps.procedure("info").find("电话报告")
    found = step.defaults_for(item, actor)
    return {f.name: found.get(f.name, f.default_value()) for f in step.fields_for(item)}


def test_the_phone_report_offered_after_the_written_one_defaults_to_a_time_core_takes(
        written_first, admin):
    item = written_first
    assert "电话报告" in [s.name for s in steps.available_steps("info", item.id, admin)]
    values = _defaults(item, admin)
    assert values["when"] <= item.written_at
    steps.perform("info", item.id, "电话报告", values, admin)
    stored = InfoItem.get_by_id(item.id)
    assert stored.phoned_at is not None and stored.phoned_at <= stored.written_at


def test_without_a_written_report_there_is_no_default_time(report, fixed_today, admin):
    """The call's time judges a 迟报: "now" put there by default told the clock a time nobody
    gave (probe80). Left empty it is refused; given, it is taken."""
    fixed_today(DAY)
    now = clock.now()
    item = report(title="河口镇发生山火", category="突发事件", event_level="较大",
                  event_at=_fmt(now - dt.timedelta(minutes=20)),
                  reported_at=_fmt(now - dt.timedelta(minutes=15)), unit="河口镇")
    values = _defaults(item, admin)
    assert values["when"] is None
    with pytest.raises(ValidationError, match="电话报告时间"):
        steps.perform("info", item.id, "电话报告", values, admin)
    assert InfoItem.get_by_id(item.id).phoned_at is None
    steps.perform("info", item.id, "电话报告", {"电话报告时间": _fmt(now - dt.timedelta(minutes=10))}, admin)
    assert InfoItem.get_by_id(item.id).phoned_at == (now - dt.timedelta(minutes=10)).replace(second=0, microsecond=0)


def test_the_default_leaves_the_phone_limit_judged_as_before(written_first, admin):
    """With no phone report the phone limit is judged by the written one: the default (the
    written report's time) records no fact the clock did not already count, here or given
    blank on the command line."""
    before = sudden.clock_of(InfoItem.get_by_id(written_first.id)).text
    steps.perform("info", written_first.id, "电话报告", {}, admin)
    stored = InfoItem.get_by_id(written_first.id)
    assert stored.phoned_at == stored.written_at
    assert sudden.clock_of(stored).text == before
