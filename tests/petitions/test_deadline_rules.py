"""Two rules on a petition's limits: a 延期 is given within the running 办理 period (《信访工作
条例》第三十四条), not after it ran out; and the limits move only with a rule that touches them —
a change of `deadlines.day_kind` recomputes the open limits not yet run out (and says how many),
a holiday edit for year Y only the limits whose counting period runs through Y."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, petitions, settings, workdays
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError
from officedesk.core.petitions import deadlines

from .conftest import extend, leader

D = dt.date
LEADER = Actor(username="leader", role="leader", clearance=3, display_name="陈主任")


# ---------------------------------------------------------------- 延期 within the period


def test_an_extension_after_the_limit_ran_out_is_refused_to_everyone(
    accepted, admin, clerk, fixed_today
):
    """The administrator too: a 延期 approved in time is recorded with its own date (--on);
    one approved after the limit extends nothing (the petition stays 逾期)."""
    p = accepted("2026-09-10")
    assert p.handle_due == D(2026, 11, 9)
    fixed_today(D(2026, 12, 1))
    for actor in (clerk, LEADER, admin):
        with pytest.raises(ProcedureError, match=r"2026-11-09.*2026-12-01"):
            extend(p, actor, "2026-12-01")
        with pytest.raises(ProcedureError, match="2026-11-09"):  # dated today
            petitions.extend(p.id, p.version, actor, reason="情况复杂", approver=leader())
    p = petitions.get(p.id, clerk)
    assert not p.extended and p.handle_due == D(2026, 11, 9)
    assert deadlines.overdue_on(p, D(2026, 12, 1))


def test_an_extension_on_the_last_day_of_the_period_is_given(accepted, clerk, fixed_today):
    p = accepted("2026-09-10")
    fixed_today(D(2026, 12, 1))
    p = extend(p, clerk, "2026-11-09")  # approved in time, entered later
    assert p.extended and p.handle_due == D(2026, 12, 9)


# ---------------------------------------------------------------- deadlines.day_kind


def test_changing_the_day_kind_recomputes_the_open_limits_not_yet_run_out(
    register, admin, fixed_today
):
    fixed_today(D(2026, 3, 2))
    late = register(registered_on="2026-02-02")  # its 15 days ran out (春节: on 2026-02-24)
    open_ = register(registered_on="2026-03-02")
    handled = petitions.decide(open_.id, open_.version, admin, "直接答复", on="2026-03-02")
    fresh = register(registered_on="2026-03-02", name="李四", id_number="", phone="13900000001")
    assert fresh.decide_due == D(2026, 3, 17)
    assert late.decide_due == D(2026, 2, 24)
    notes = settings.put("deadlines.day_kind", "working", admin)
    assert notes and "2 件" in notes[0] and "工作日" in notes[0]
    fresh, late, handled = (petitions.get(x.id, admin) for x in (fresh, late, handled))
    assert fresh.decide_due == workdays.add_working_days(D(2026, 3, 2), 15)
    assert fresh.notify_due == fresh.decide_due and fresh.next_due == fresh.decide_due
    assert handled.handle_due == workdays.add_working_days(D(2026, 3, 2), 60)
    assert handled.decide_due == D(2026, 3, 17)  # met on the day: kept as it was
    assert late.decide_due == D(2026, 2, 24)  # ran out: still overdue, not moved
    assert deadlines.overdue_on(late, D(2026, 3, 2))
    entry = audit.history("petitions", fresh.id)[-1]
    assert "信访期限按" in entry.summary and "工作日" in entry.summary
    assert entry.actor == admin.username
    # set again to the same value: nothing to say, nothing moved
    assert settings.put("deadlines.day_kind", "working", admin) == []


def test_a_holiday_edit_moves_only_limits_counted_through_its_year(
    register, admin, fixed_today
):
    fixed_today(D(2026, 3, 2))
    p = register(registered_on="2026-03-02")
    assert p.decide_due == D(2026, 3, 17)
    # a rule changed without recomputing (the number of days): 2027's holidays say nothing of it
    settings.put("petitions.limit.decide", 20, admin)
    assert workdays.set_override(D(2027, 1, 1), False, "元旦", admin) == 0
    assert petitions.get(p.id, admin).decide_due == D(2026, 3, 17)


def test_a_holiday_edit_after_a_day_kind_change_leaves_the_run_out_limits(
    register, admin, fixed_today
):
    fixed_today(D(2026, 3, 30))
    late = register(registered_on="2026-03-02")
    assert late.notify_due == D(2026, 3, 17)
    settings.put("deadlines.day_kind", "working", admin)
    workdays.set_override(D(2027, 1, 1), False, "元旦", admin)
    late = petitions.get(late.id, admin)
    assert late.notify_due == D(2026, 3, 17) and late.decide_due == D(2026, 3, 17)
    assert all("节假日" not in e.summary for e in audit.history("petitions", late.id))
