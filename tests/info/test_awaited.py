"""我的待办 and the 工作台 list the 信息科's work outside the chain that has a time limit: an 信息
waiting to be received (待接收, due the day it was reported) and a sudden event's report clock
(电话报告, then 书面报告) — for the section's staff, only items their clearance reaches."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, dashboard, info, my_work, positions, records, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import figures, procedure
from tests.chain.test_delegation_days import INFO_STAFF
from tests.staff import make_staff

OFFICE = INFO_STAFF[0][3].removesuffix("信息科")


def _item(**fields):
    values = {"title": "全县秋粮收购进度过半", "unit": "县发改局", "reporter": "李明",
              "phone": "13812345678", "category": "工作动态", "content": "截至目前，全县收购秋粮过半。",
              "reported_at": clock.now()}
    values.update(fields)
    return records.create(info.SPEC, values, CLI_ACTOR)


def _event(**fields):
    return _item(title="县城区发生一起燃气泄漏事故", unit="县应急局", category=info.SUDDEN,
                 event_at=dt.datetime(2026, 11, 2, 9, 0), event_level="一般",
                 content="今日上午，县城区某小区发生燃气泄漏，无人员伤亡。", **fields)


def _pending(actor):
    return [(w.record_id, w.step, w.since, w.due) for w in my_work.my_pending(actor)
            if w.registry == "info"]


def test_an_item_to_receive_and_a_running_report_clock_wait_for_the_section(db, fixed_today):
    fixed_today(dt.date(2026, 11, 2))
    clock.set_today(dt.date(2026, 11, 2), dt.time(9, 30))
    staff = make_staff(INFO_STAFF)
    plain = _item().id
    event = _event().id
    day = dt.date(2026, 11, 2)
    # the event still to be received is listed once, by its clock
    expected = {(plain, "接收", day, day), (event, "电话报告", day, day)}
    assert set(_pending(staff["ys"])) == expected
    assert set(_pending(staff["ty"])) == expected
    # the leader in charge does not receive items nor take the phone reports
    assert _pending(staff["wzg"]) == []


def test_the_clock_moves_on_to_the_written_report_and_stops_with_it(db, fixed_today):
    fixed_today(dt.date(2026, 11, 2))
    clock.set_today(dt.date(2026, 11, 2), dt.time(9, 30))
    staff = make_staff(INFO_STAFF)
    event = _event().id
    info.receive(event, info.get(event, CLI_ACTOR).version, CLI_ACTOR)
    procedure.phone_report(event, info.get(event, CLI_ACTOR).version, CLI_ACTOR,
                      dt.datetime(2026, 11, 2, 9, 20))
    assert [w for w in _pending(staff["ys"]) if w[1] != "初审"] == [
        (event, "书面报告", dt.date(2026, 11, 2), dt.date(2026, 11, 2))]
    procedure.written_report(event, info.get(event, CLI_ACTOR).version, CLI_ACTOR,
                        dt.datetime(2026, 11, 2, 9, 25))
    assert [w for w in _pending(staff["ys"]) if w[1] != "初审"] == []


def test_an_item_above_the_clearance_is_not_listed(db, fixed_today):
    fixed_today(dt.date(2026, 11, 2))
    clock.set_today(dt.date(2026, 11, 2), dt.time(9, 30))
    make_staff(INFO_STAFF)
    users.create_user("dm", "pass1234", "clerk", CLI_ACTOR, display_name="低密科员", clearance=0)
    positions.set_post("dm", CLI_ACTOR, unit=OFFICE + "信息科", position="科员")
    low = users.actor_for(users.get_user("dm"))
    _item(secrecy="机密")
    _event(secrecy="机密")
    plain = _item().id
    assert _pending(low) == [(plain, "接收", dt.date(2026, 11, 2), dt.date(2026, 11, 2))]
    due = figures.due_items(low, dt.date(2026, 11, 2), dt.date(2026, 11, 9))
    assert [(d.record_id, d.what) for d in due] == [(plain, "接收")]


def test_the_workbench_lists_the_items_to_receive(db, fixed_today, admin):
    fixed_today(dt.date(2026, 11, 3))
    plain = _item().id
    due = figures.due_items(admin, dt.date(2026, 11, 3), dt.date(2026, 11, 10))
    found = [d for d in due if d.record_id == plain]
    assert [(d.what, d.due) for d in found] == [("接收", dt.date(2026, 11, 3))]
    assert found[0].state(dt.date(2026, 11, 3)) == dashboard.TODAY
