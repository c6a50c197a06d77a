"""The times of a 突发事件's reports and the facts its clock is counted from: 电话/书面报告时间
given at registration are checked as the steps check them (not after now, not before the
event, the phone report not after the written one); a phone report that comes later is
recorded by the step 电话报告; 类别, 事发时间 and 事件级别 of a 突发事件 are not corrected (a
correction would hide a late report); 报送时间 is not after now."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, info, records, steps
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.info import sudden

DAY = dt.date(2026, 7, 1)


def _fmt(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def event(report, fixed_today):
    """event(minutes_ago, **fields): a 较大 突发事件 (phone 30 min, written 60 min), typed as a
    clerk types it (text, as the form and import give it)."""
    fixed_today(DAY)

    def make(minutes_ago: int, **fields):
        at = clock.now() - dt.timedelta(minutes=minutes_ago)
        values = {"title": "河口镇发生山火", "category": "突发事件", "event_level": "较大",
                  "event_at": _fmt(at), "reported_at": _fmt(at + dt.timedelta(minutes=5)),
                  "unit": "河口镇"}
        values.update(fields)
        return report(**values)

    return make


def test_report_times_at_registration_are_checked(event):
    now = clock.now()
    with pytest.raises(ValidationError, match="电话报告时间不能晚于现在"):
        event(20, phoned_at=_fmt(now + dt.timedelta(minutes=50)))
    with pytest.raises(ValidationError, match="书面报告时间不能晚于现在"):
        event(20, written_at=_fmt(now + dt.timedelta(minutes=50)))
    with pytest.raises(ValidationError, match="电话报告时间不能早于事发时间"):
        event(20, phoned_at=_fmt(now - dt.timedelta(minutes=30)))
    with pytest.raises(ValidationError, match="书面报告时间不能早于事发时间"):
        event(20, written_at=_fmt(now - dt.timedelta(minutes=30)))
    # phoned after the written report came: the written one was the first report
    with pytest.raises(ValidationError, match="电话报告时间不能晚于书面报告时间"):
        event(20, phoned_at=_fmt(now - dt.timedelta(minutes=2)),
              written_at=_fmt(now - dt.timedelta(minutes=10)))
    assert not info.SPEC.model.select().exists()
    item = event(20, phoned_at=_fmt(now - dt.timedelta(minutes=14)))
    assert sudden.clock_of(item).light == sudden.LIGHT_RUNNING


def test_a_report_time_to_come_is_refused(report, fixed_today, admin):
    fixed_today(DAY)
    later = _fmt(clock.now() + dt.timedelta(days=200))
    with pytest.raises(ValidationError, match="报送时间不能晚于现在"):
        report(reported_at=later)
    item = report(reported_at=_fmt(clock.now() - dt.timedelta(days=1)))
    with pytest.raises(ValidationError, match="报送时间不能晚于现在"):
        records.update(info.SPEC, item.id, {"报送时间": later}, item.version, admin)


def test_a_phone_report_after_registration_is_recorded_by_its_step(event, admin, report):
    item = event(35)
    assert sudden.clock_of(item).text.startswith("电话报告超时")
    offered = [s.name for s in steps.available_steps("info", item.id, admin)]
    assert "电话报告" in offered and "书面报告" in offered
    now = clock.now()
    with pytest.raises(ValidationError, match="电话报告时间不能晚于现在"):
        steps.perform("info", item.id, "电话报告",
                      {"电话报告时间": _fmt(now + dt.timedelta(minutes=5))}, admin)
    with pytest.raises(ValidationError, match="电话报告时间不能早于事发时间"):
        steps.perform("info", item.id, "电话报告",
                      {"电话报告时间": _fmt(now - dt.timedelta(minutes=40))}, admin)
    steps.perform("info", item.id, "电话报告",
                  {"电话报告时间": _fmt(now - dt.timedelta(minutes=2))}, admin)
    stored = info.get(item.id, admin)
    assert stored.phoned_at == now.replace(second=0, microsecond=0) - dt.timedelta(minutes=2)
    # phoned 33 minutes after the event (limit 30): late for good, and said so
    assert sudden.clock_of(stored).text.startswith("电话迟报 3 分钟")
    assert "电话报告" not in [s.name for s in steps.available_steps("info", item.id, admin)]
    with pytest.raises(ProcedureError, match="已经记过电话报告"):
        steps.perform("info", item.id, "电话报告", {"电话报告时间": _fmt(now)}, admin)
    ordinary = report()
    with pytest.raises(ProcedureError, match="只有突发事件"):
        steps.perform("info", ordinary.id, "电话报告", {"电话报告时间": _fmt(now)}, admin)


def test_the_facts_the_clock_counts_from_are_not_corrected(event, admin, report):
    item = event(90, phoned_at=_fmt(clock.now() - dt.timedelta(minutes=80)))
    assert sudden.clock_of(item).text.startswith("书面报告超时")
    later = _fmt(clock.now() - dt.timedelta(minutes=87))  # still before its 报送时间
    for change in ({"事发时间": later}, {"类别": "工作动态"}, {"事件级别": "一般"}):
        with pytest.raises(ValidationError, match="作废"):
            records.update(info.SPEC, item.id, change, info.get(item.id, admin).version, admin)
    stored = info.get(item.id, admin)
    assert stored.category == "突发事件" and sudden.clock_of(stored).text.startswith("书面报告超时")
    # the same values again (a form that sends them unchanged) and other fields are fine
    records.update(info.SPEC, item.id, {"事发时间": _fmt(stored.event_at), "类别": "突发事件",
                                        "标题": "河口镇发生森林火灾"}, stored.version, admin)
    # an ordinary item's 类别 is corrected among the ordinary ones, not into a 突发事件
    ordinary = report()
    moved = records.update(info.SPEC, ordinary.id, {"类别": "经验做法"}, ordinary.version, admin)
    assert moved.category == "经验做法"
    with pytest.raises(ValidationError, match="作废"):
        records.update(info.SPEC, ordinary.id,
                       {"类别": "突发事件", "事发时间": _fmt(clock.now() - dt.timedelta(hours=3)),
                        "事件级别": "较大"},
                       moved.version, admin)


def test_the_cli_lists_and_runs_the_phone_report(event, admin, db, capsys):
    from officedesk import cli

    item = event(35)
    capsys.readouterr()
    assert cli.main(["--db", str(db.database), "steps", "info", str(item.id)]) == 0
    assert "电话报告" in capsys.readouterr().out
    assert cli.main(["--db", str(db.database), "step", "info", str(item.id), "电话报告",
                     f"电话报告时间={_fmt(clock.now() - dt.timedelta(minutes=1))}"]) == 0
    assert info.get(item.id, admin).phoned_at is not None
