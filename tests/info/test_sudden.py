"""突发事件 一事一报: the clock from the event time (较大: phone 30 min, written 60 min), its light
in the list and on the 工作台, late written reports in red."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, dashboard, info, settings
from officedesk.core.info import procedure, sudden


def _event(report, minutes_ago, **fields):
    event = clock.now() - dt.timedelta(minutes=minutes_ago)
    values = {"title": "河口镇发生山火", "category": "突发事件", "event_level": "较大",
              "event_at": event, "reported_at": event + dt.timedelta(minutes=5), "unit": "河口镇"}
    values.update(fields)
    return report(**values)


def test_clock_runs_then_goes_red_when_the_written_report_is_late(report, admin, fixed_today):
    fixed_today(dt.date(2026, 7, 1))
    item = _event(report, 20, phoned_at=clock.now() - dt.timedelta(minutes=14))
    # judged at the moment the event is 20 minutes old: a second passing since made it 39 分钟
    running = sudden.clock_of(item, now=item.event_at + dt.timedelta(minutes=20))
    assert running.light == sudden.LIGHT_RUNNING and "书面报告剩 40 分钟" in running.text
    assert running.written_due == item.event_at + dt.timedelta(minutes=60)
    due = [d for d in dashboard.due_items(admin) if d.registry == "info"]
    assert [(d.record_id, d.mark) for d in due] == [(item.id, "#27ae60")]

    soon = _event(report, 50, phoned_at=clock.now() - dt.timedelta(minutes=40))
    assert sudden.light(soon) == sudden.LIGHT_SOON  # 10 minutes left, warned at 15

    no_phone = _event(report, 35)
    assert sudden.clock_of(no_phone).text.startswith("电话报告超时")

    fixed_today(dt.date(2026, 7, 2))  # a day passes without the written report
    late = sudden.clock_of(info.get(item.id, admin))
    assert late.light == sudden.LIGHT_LATE and late.text.startswith("书面报告超时 2")
    due = {d.record_id: d for d in dashboard.due_items(admin) if d.registry == "info"}
    assert due[item.id].mark == "#c0392b" and due[item.id].state(clock.today()) == "overdue"

    arrived = procedure.written_report(item.id, info.get(item.id, admin).version, admin, None)
    assert sudden.clock_of(arrived).text.startswith("书面迟报")  # stays red: it came late
    # its clock has stopped: what is left is to receive it (待接收)
    assert [d.what for d in dashboard.due_items(admin)
            if d.registry == "info" and d.record_id == item.id] == ["接收"]


def test_reported_in_time_is_green_and_limits_are_settings(report, admin, fixed_today):
    fixed_today(dt.date(2026, 7, 1))
    item = _event(report, 40, phoned_at=clock.now() - dt.timedelta(minutes=25),
                  written_at=clock.now() - dt.timedelta(minutes=1))
    assert sudden.clock_of(item).text == "按时报送"
    # new limits from tomorrow: today's event keeps the limits it was judged by
    settings.put(info.spec.SUDDEN_LIMITS.key, info.spec.SUDDEN_LIMITS.default
                 + "\n2026-07-02起：\n较大=10,30")
    assert sudden.light(info.get(item.id, admin)) == sudden.LIGHT_DONE
    # the day after the new limits began: an event 40 minutes ago is of their time even just
    # after midnight (on 7-02 at 00:10 it was of 7-01, judged by the old ones)
    fixed_today(dt.date(2026, 7, 3))
    assert info.spec.sudden_limits()["较大"] == (10, 30)
    later = _event(report, 40, phoned_at=clock.now() - dt.timedelta(minutes=25),
                   written_at=clock.now() - dt.timedelta(minutes=1))
    assert sudden.light(later) == sudden.LIGHT_LATE  # past both of the new limits
    assert info.event_levels() == ["特别重大", "重大", "较大", "一般"]
    followup = procedure.followup(item.id, {"reported_at": clock.now(), "content": "火势已控制。"}, admin)
    assert sudden.clock_of(followup) is None  # a 续报 has no clock of its own


def test_the_dashboard_says_a_late_written_report_is_overdue_the_same_day(
        report, admin, fixed_today, qtbot, monkeypatch):
    """Due dates are whole days: a written report an hour late is still "today" by its date —
    the 工作台 says it is overdue, by how long, and colours it red; day-limited entries of
    other registries keep their states."""
    from officedesk.core.dashboard import DueItem
    from officedesk.ui.dashboard import STATE_COLORS, DueModel

    fixed_today(dt.date(2026, 7, 1))
    now = clock.now()
    item = _event(report, 90, phoned_at=now - dt.timedelta(minutes=80))  # written due 30 min ago
    [due] = [d for d in dashboard.due_items(admin) if d.registry == "info"]
    assert due.due_at == item.event_at + dt.timedelta(minutes=60)
    today = clock.today()
    assert due.state(today, now) == dashboard.OVERDUE
    assert due.late_by(today, now) == dt.timedelta(minutes=30)
    before = item.event_at + dt.timedelta(minutes=59)  # its day, not today's: near midnight they differ
    assert due.state(before.date(), before) != dashboard.OVERDUE

    model = DueModel()
    model.set_items([due])
    assert model.data(model.index(0, 0)) == "已逾期"
    assert model.data(model.index(0, 4)) == due.due_at.strftime("%Y-%m-%d %H:%M")
    assert model.data(model.index(0, 5)).startswith("已超 3")  # 30 minutes (and running)
    assert model.data(model.index(0, 5)).endswith("分钟")
    assert model.data(model.index(0, 0), 8) == STATE_COLORS[dashboard.OVERDUE]  # background
    assert model.data(model.index(0, 3), 8).name() == "#c0392b"

    by_day = DueItem("incoming", "收文", 1, "一件收文", "承办时限", today)
    monkeypatch.setattr(dashboard, "_providers",
                        [*dashboard._providers, lambda _actor, _today, _horizon: [by_day]])
    order = [(d.registry, d.record_id) for d in dashboard.due_items(admin)]
    assert order.index(("info", item.id)) < order.index(("incoming", 1))  # the late one first
    assert by_day.state(today, now) == dashboard.TODAY and by_day.late_by(today, now) is None
    model.set_items([by_day])
    assert model.data(model.index(0, 0)) == "今日到期" and model.data(model.index(0, 5)) == "0 天"


def test_a_late_phone_report_is_red_at_once(report, admin, fixed_today):
    """Phoned 38 minutes after the event (limit 30), no written report yet: late now, in the
    list, the 工作台 and stats, not only once the written report arrives."""
    from officedesk.core.info import figures

    fixed_today(dt.date(2026, 7, 1))
    event = clock.now() - dt.timedelta(minutes=40)
    item = _event(report, 40, event_at=event, reported_at=event + dt.timedelta(minutes=5),
                  phoned_at=event + dt.timedelta(minutes=38))
    # judged at the moment the event is 20 minutes old: a second passing since made it 39 分钟
    running = sudden.clock_of(item, now=item.event_at + dt.timedelta(minutes=20))
    assert running.light == sudden.LIGHT_LATE
    assert running.text.startswith("电话迟报 8 分钟") and "书面报告剩" in running.text
    [due] = [d for d in dashboard.due_items(admin) if d.registry == "info"]
    assert due.mark == sudden.LIGHT_COLORS[sudden.LIGHT_LATE]
    assert figures.figures(admin, 2026)["sudden_late"] == 1
    fixed_today(dt.date(2026, 7, 2))  # the written one late too: both said
    late = sudden.clock_of(info.get(item.id, admin))
    assert late.text.startswith("书面报告超时") and "电话迟报 8 分钟" in late.text


def test_a_written_report_time_to_come_is_refused(report, admin, fixed_today):
    from officedesk.core import steps
    from officedesk.core.errors import ValidationError

    fixed_today(dt.date(2026, 7, 1))
    item = _event(report, 20, phoned_at=clock.now() - dt.timedelta(minutes=14))
    later = (clock.now() + dt.timedelta(minutes=15)).strftime("%Y-%m-%d %H:%M")
    with pytest.raises(ValidationError, match="书面报告时间不能晚于现在"):
        steps.perform("info", item.id, "书面报告", {"书面报告时间": later}, admin)
    stored = info.get(item.id, admin)
    assert stored.written_at is None and sudden.light(stored) == sudden.LIGHT_RUNNING
    now = clock.now().strftime("%Y-%m-%d %H:%M")
    steps.perform("info", item.id, "书面报告", {"书面报告时间": now}, admin)
    assert sudden.clock_of(info.get(item.id, admin)).text == "按时报送"
