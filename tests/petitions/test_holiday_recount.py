"""A holiday change moves a petition's running limits only to a day not before today: none is
put into 逾期 after the fact, and the change undone (add, then remove, the same day) leaves
every limit as it was."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, petitions, workdays
from officedesk.core.actor import Actor

D = dt.date
CHIEF = Actor("chief", "admin", 3, display_name="管理员")


def _holiday_entries(p) -> list[str]:
    return [e.summary for e in audit.history("petitions", p.id) if "节假日" in e.summary]


def test_a_holiday_change_puts_no_running_limit_into_overdue(register, admin, fixed_today):
    fixed_today(D(2026, 11, 30))  # a Monday
    p = register(registered_on="2026-11-13")  # +15 days: Saturday 28 November, so the 30th
    assert p.decide_due == D(2026, 11, 30)
    # the Saturday made a working day (调休) would end the period on the 28th, before today
    assert workdays.set_override(D(2026, 11, 28), True, "调休", CHIEF) == 0
    p = petitions.get(p.id, admin)
    assert p.decide_due == p.next_due == D(2026, 11, 30)
    assert workdays.remove_override(D(2026, 11, 28), CHIEF) == 0
    p = petitions.get(p.id, admin)
    assert p.decide_due == D(2026, 11, 30) and _holiday_entries(p) == []


def test_a_holiday_change_undone_leaves_every_limit_as_it_was(register, admin, fixed_today):
    fixed_today(D(2026, 11, 30))
    due_today = register(registered_on="2026-11-13")
    later = register(registered_on="2026-11-16", name="李四", id_number="",
                     phone="13900000001")
    before = {p.id: (p.decide_due, p.notify_due, p.next_due) for p in (due_today, later)}
    assert before[later.id][0] == D(2026, 12, 1)
    for day, working in ((D(2026, 11, 28), True), (D(2026, 12, 1), False)):
        workdays.set_override(day, working, "示例", CHIEF)
        workdays.remove_override(day, CHIEF)
        after = {p.id: (p.decide_due, p.notify_due, p.next_due)
                 for p in (petitions.get(x.id, admin) for x in (due_today, later))}
        assert after == before
    # the holiday on 1 December did move the later one while it was in the table
    assert any("2026年节假日安排变更" in s for s in _holiday_entries(later))


def test_a_day_kind_change_puts_no_running_limit_into_overdue(register, admin, fixed_today):
    from officedesk.core import settings

    fixed_today(D(2026, 3, 30))  # a Monday
    settings.put("deadlines.day_kind", "working", admin)
    p = register(registered_on="2026-03-12")
    assert p.decide_due == D(2026, 4, 2)  # 15 working days
    # in calendar days the period ended on Friday 27 March, before today: the limit keeps its day
    settings.put("deadlines.day_kind", "calendar", admin)
    assert petitions.get(p.id, admin).decide_due == D(2026, 4, 2)


def test_a_holiday_change_tells_its_changer_only_of_what_he_may_see(register, admin,
                                                                     fixed_today):
    from officedesk.core import accounts, users

    accounts.create_user("adm2", "pass12345678", "admin", admin, display_name="秘密管理员",
                         clearance=1)
    adm2 = users.authenticate("adm2", "pass12345678")
    fixed_today(D(2026, 11, 30))
    secret = register(registered_on="2026-11-16", secrecy="机密")
    plain = register(registered_on="2026-11-16", name="李四", id_number="", phone="13900000001")
    # both move (the calendar is the whole office's); he is told of the one he may see
    assert workdays.set_override(D(2026, 12, 1), False, "示例", adm2) == 1
    assert [petitions.get(p.id, admin).decide_due for p in (secret, plain)] == [D(2026, 12, 2)] * 2
    assert workdays.remove_override(D(2026, 12, 1), adm2) == 1
    assert [petitions.get(p.id, admin).decide_due for p in (secret, plain)] == [D(2026, 12, 1)] * 2
