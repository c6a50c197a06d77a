"""A change of the holiday table counts a 效能投诉's 办结时限 (登记日期 + the working days set)
again while it runs; a time limit a 台账 brought, a complaint 办结 and a limit already run out
stay. The 核查时限 stays too: the 核查通知书 told the unit its day."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, clock, workdays
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.efficiency import complaints as C
from officedesk.store.efficiency import EfficiencyComplaint

from .conftest import TODAY

D = dt.date
CHIEF = Actor("chief", "admin", 3, display_name="管理员")
FIELDS = {"投诉方式": "电话", "投诉人": "钱女士", "被投诉单位": "县自然资源局", "投诉类别": "办事拖拉",
          "投诉内容": "不动产登记两周未办结。"}


def _new(actor, day: dt.date, **more: str) -> EfficiencyComplaint:
    return C.register_complaint({**FIELDS, "登记日期": day.isoformat(), **more}, actor)


def _get(record: EfficiencyComplaint) -> EfficiencyComplaint:
    return EfficiencyComplaint.get_by_id(record.id)


def test_running_limits_move_with_the_holidays_and_the_others_stay(office, admin):
    assert clock.today() == TODAY == D(2025, 12, 15)  # a Monday
    open_one = _new(admin, D(2025, 12, 10))
    assert open_one.due_on == D(2026, 1, 8)  # 20 working days, over 元旦 2026
    checked = _new(admin, D(2025, 12, 10))
    checked = C.send_for_verification(checked.id, checked.version, admin, "县纪委监委",
                                      on="2025-12-15", limit_days=10)
    assert checked.verify_due == D(2025, 12, 29)
    concluded = _new(admin, D(2025, 12, 10))
    concluded = C.send_for_verification(concluded.id, concluded.version, admin, "县纪委监委",
                                        on="2025-12-15", limit_days=10)
    concluded = C.conclude(concluded.id, concluded.version, admin, "属实", "核实。")
    closed = C.dispose(concluded.id, concluded.version, admin, "效能告诫")
    assert closed.state == C.CLOSED
    still = _new(admin, D(2025, 12, 10))
    still = C.send_for_verification(still.id, still.version, admin, "县纪委监委", on="2025-12-15",
                                    limit_days=10)
    still = C.conclude(still.id, still.version, admin, "属实", "核实。")  # the check is done
    brought = _new(admin, D(2025, 12, 10), 办结时限="2026-01-08")  # a 台账's own date
    ran_out = _new(admin, D(2025, 11, 10))
    assert ran_out.due_on == D(2025, 12, 8)

    # a Monday made a holiday: every running limit one working day later
    assert workdays.set_override(D(2025, 12, 22), False, "临时放假（示例）", CHIEF) == 3
    assert _get(open_one).due_on == D(2026, 1, 9)
    assert (_get(checked).verify_due, _get(checked).due_on) == (D(2025, 12, 29), D(2026, 1, 9))
    assert (_get(still).verify_due, _get(still).due_on) == (D(2025, 12, 29), D(2026, 1, 9))
    assert _get(closed).due_on == D(2026, 1, 8)  # 办结: stays
    assert _get(brought).due_on == D(2026, 1, 8)  # typed: stays
    last = audit.history(C.SPEC.name, checked.id)[-1]
    assert "2025年节假日安排变更" in last.summary and last.actor == "chief"
    # a day in an earlier period: the limit run out (8 December) stays
    assert workdays.set_override(D(2025, 11, 17), False, "临时放假（示例）", CHIEF) == 0
    assert _get(ran_out).due_on == D(2025, 12, 8)


def test_an_imported_complaint_s_counted_limits_are_counted_again(office, admin):
    counted = _new(admin, D(2025, 12, 10), 状态=C.VERIFYING, 核查单位="县纪委监委",
                   核查通知日期="2025-12-15")
    typed = _new(admin, D(2025, 12, 10), 状态=C.VERIFYING, 核查单位="县纪委监委",
                 核查通知日期="2025-12-15", 核查时限="2025-12-29")
    assert counted.verify_due == D(2025, 12, 29)  # the setting's 10 working days
    assert workdays.set_override(D(2025, 12, 22), False, "临时放假（示例）", CHIEF) == 2
    assert (_get(counted).verify_due, _get(counted).due_on) == (D(2025, 12, 29), D(2026, 1, 9))
    assert (_get(typed).verify_due, _get(typed).due_on) == (D(2025, 12, 29), D(2026, 1, 9))


def test_the_check_s_limit_keeps_the_day_the_notice_told_the_unit(office, admin):
    record = _new(admin, D(2025, 12, 10))
    record = C.send_for_verification(record.id, record.version, admin, "县纪委监委",
                                     on="2025-12-15", limit_days=10)
    told = C.steps_of(record.id, CLI_ACTOR)[-1].content
    assert record.verify_due == D(2025, 12, 29) and "12月29日" in told
    assert workdays.set_override(D(2025, 12, 22), False, "临时放假（示例）", CHIEF) == 1
    record = _get(record)
    assert record.verify_due == D(2025, 12, 29)  # as the 核查通知书 and its history say
    assert record.due_on == D(2026, 1, 9)  # the 办结时限 is the office's own: counted again
    assert C.steps_of(record.id, CLI_ACTOR)[-1].content == told


def test_a_holiday_change_puts_no_running_limit_into_overdue(office, admin, fixed_today):
    fixed_today(D(2026, 12, 1))  # a Tuesday
    record = _new(admin, D(2026, 11, 3))
    assert record.due_on == D(2026, 12, 1)  # 20 working days
    # a Saturday made a working day would end the period on 30 November, before today
    assert workdays.set_override(D(2026, 11, 14), True, "调休", CHIEF) == 0
    assert _get(record).due_on == D(2026, 12, 1)
    assert workdays.remove_override(D(2026, 11, 14), CHIEF) == 0
    assert _get(record).due_on == D(2026, 12, 1)
    assert all("节假日" not in e.summary for e in audit.history(C.SPEC.name, record.id))


def test_a_holiday_change_undone_leaves_every_limit_as_it_was(office, admin, fixed_today):
    fixed_today(D(2026, 12, 1))
    made = [_new(admin, D(2026, 11, 3)), _new(admin, D(2026, 11, 20)), _new(admin, D(2026, 12, 1))]
    before = [(_get(r).due_on, _get(r).verify_due) for r in made]
    # a Saturday worked would bring 11-03's limit (due today) back to 11-30, into 逾期: it stays;
    # a Monday off moves the limits of 11-20 and 12-01 a working day later
    for day, working, moving in ((D(2026, 11, 14), True, 0), (D(2026, 12, 14), False, 2)):
        assert workdays.set_override(day, working, "示例", CHIEF) == moving, day
        assert sum(_get(r).due_on != due for r, (due, _verify) in zip(made, before, strict=True)) == moving, day
        assert workdays.remove_override(day, CHIEF) == moving, day
        assert [(_get(r).due_on, _get(r).verify_due) for r in made] == before
    assert any("节假日" in e.summary for e in audit.history(C.SPEC.name, made[2].id))
