"""我的待办 and the 工作台 tell a 突发事件's report clock in hours and minutes (剩 10 分钟 /
已超 2 小时 20 分钟), not by its day ("今日到期", "0" days left: useless for a limit of 30 or
60 minutes, DOMAIN.md), and list the clocks by urgency — the longest overdue first, then the
least time left — before the work limited by days. Judged with a fixed clock."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, dashboard, info, my_work, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import figures
from tests.chain.test_delegation_days import INFO_STAFF
from tests.staff import make_staff

DAY = dt.date(2026, 11, 2)
NOW = dt.datetime(2026, 11, 2, 9, 20)


def _item(**fields):
    values = {"title": "全县秋粮收购进度过半", "unit": "县发改局", "reporter": "李明",
              "phone": "13812345678", "category": "工作动态", "content": "截至目前，全县收购秋粮过半。",
              "reported_at": clock.now()}
    values.update(fields)
    return records.create(info.SPEC, values, CLI_ACTOR).id


def _event(title, level, at, **fields):
    return _item(title=title, unit="县应急局", category=info.SUDDEN, event_level=level,
                 event_at=at, content="今日，县城区发生一起事件，正在处置。", **fields)


def _events():
    """(record ids in order of urgency, the texts each clock shows at NOW)."""
    plain = _item()
    late_long = _event("甲：写报告超时", "较大", dt.datetime(2026, 11, 2, 6, 0),
                       phoned_at=dt.datetime(2026, 11, 2, 6, 10))  # written due 07:00
    late = _event("乙：电话超时", "一般", dt.datetime(2026, 11, 2, 8, 0))  # phone due 09:00
    near = _event("丙：电话将到", "较大", dt.datetime(2026, 11, 2, 9, 0))  # phone due 09:30
    running = _event("丁：书面计时", "一般", dt.datetime(2026, 11, 2, 9, 10),
                     phoned_at=dt.datetime(2026, 11, 2, 9, 15))  # written due 11:10
    return [late_long, late, near, running, plain], {
        late_long: ("已超 2 小时 20 分钟", my_work.RED, "2026-11-02 07:00"),
        late: ("已超 20 分钟", my_work.RED, "2026-11-02 09:00"),
        near: ("剩 10 分钟", my_work.YELLOW, "2026-11-02 09:30"),  # warned 15 minutes before
        running: ("剩 1 小时 50 分钟", my_work.GREEN, "2026-11-02 11:10"),
        plain: ("今日到期", my_work.YELLOW, "2026-11-02"),
    }


def test_my_work_tells_the_report_clocks_in_hours_and_minutes_most_urgent_first(db, fixed_today):
    fixed_today(DAY, NOW.time())
    staff = make_staff(INFO_STAFF)
    order, shown = _events()
    mine = [w for w in my_work.my_pending(staff["ys"]) if w.registry == "info"]
    assert [w.record_id for w in mine] == order
    assert {w.record_id: (w.status(DAY, NOW), w.light(DAY, NOW), w.due_text())
            for w in mine} == shown
    # the clock runs on: ten minutes later the near one is late, the running one has less left
    later = NOW + dt.timedelta(minutes=10, seconds=30)
    assert [w.status(DAY, later) for w in mine[2:4]] == ["已超 1 分钟", "剩 1 小时 39 分钟"]
    assert mine[2].light(DAY, later) == my_work.RED


def test_the_workbench_tells_them_in_hours_and_minutes_too(db, fixed_today, admin):
    fixed_today(DAY, NOW.time())
    order, shown = _events()
    due = [d for d in figures.due_items(admin, DAY, DAY + dt.timedelta(days=7))]
    listed = {d.record_id: d for d in due}
    for record_id, (status, _light, _due) in shown.items():
        if record_id != order[-1]:
            assert listed[record_id].left_text(DAY, NOW) == status
    assert listed[order[-1]].left_text(DAY, NOW) == "0 天"  # a day's limit: in days
    # the dashboard's order: the clocks by urgency, then what is due by the day
    ranked = [d.record_id for d in dashboard.due_items(admin) if d.registry == "info"]
    assert ranked == order
