"""A 转送 not yet told (待告知) already runs the receiving unit's 受理 limit (accept_due, counted
from the 转送): a holiday change or a change of the kind of day moves it with the others,
by the same rule (never to a day before today)."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions, settings, workdays
from officedesk.core.actor import Actor

D = dt.date
CHIEF = Actor("chief", "admin", 3, display_name="管理员")


def _transferred(register, admin, fixed_today):
    fixed_today(D(2026, 12, 1))  # a Tuesday
    p = register(registered_on="2026-12-01", form="来信")
    p = petitions.decide(p.id, p.version, admin, "转送", on="2026-12-01",
                         target_unit="县住房和城乡建设局")
    assert p.state == petitions.TO_NOTIFY and p.notified_on is None
    assert p.notify_due == p.accept_due == D(2026, 12, 16)
    return p


def test_a_holiday_moves_the_accept_limit_of_a_transfer_not_yet_told(register, admin, fixed_today):
    p = _transferred(register, admin, fixed_today)
    workdays.set_override(D(2026, 12, 16), False, "测试", CHIEF)
    p = petitions.get(p.id, admin)
    assert p.notify_due == p.accept_due == D(2026, 12, 17)
    workdays.remove_override(D(2026, 12, 16), CHIEF)  # undone: both back
    p = petitions.get(p.id, admin)
    assert p.notify_due == p.accept_due == D(2026, 12, 16)


def test_a_day_kind_change_moves_the_accept_limit_of_a_transfer_not_yet_told(
        register, admin, fixed_today):
    p = _transferred(register, admin, fixed_today)
    settings.put("deadlines.day_kind", "working", admin)
    p = petitions.get(p.id, admin)
    working = workdays.add_days(D(2026, 12, 1), 15, True)
    assert working > D(2026, 12, 16)
    assert p.notify_due == p.accept_due == working


def test_a_met_accept_limit_stays(register, admin, fixed_today):
    p = _transferred(register, admin, fixed_today)
    p = petitions.notify(p.id, p.version, admin, on="2026-12-01")
    p = petitions.handle(p.id, p.version, admin, on="2026-12-01", content="县住建局回告：已受理")
    assert p.reported_on == D(2026, 12, 1)
    workdays.set_override(D(2026, 12, 16), False, "测试", CHIEF)
    assert petitions.get(p.id, admin).accept_due == D(2026, 12, 16)
