"""信访 延期 (《信访工作条例》2022): 办理 within 60 日 of acceptance, extended once by no more than
30 日 — one period of 60 + 30 days from acceptance, whose end alone moves past a rest day; the
60th day's move past a holiday is not where the extension starts."""

from __future__ import annotations

import datetime as dt

from officedesk.core import petitions, settings, workdays
from officedesk.core.actor import Actor

from .conftest import extend

D = dt.date


def test_extension_counts_90_days_from_acceptance_not_from_the_moved_60th_day(
    accepted, admin, fixed_today
):
    p = accepted("2026-08-02")
    assert p.handle_due == D(2026, 10, 8)  # 60th day 1 October (国庆节): the next working day
    fixed_today(D(2026, 9, 20))
    p = extend(p, admin, "2026-09-20")
    # the 90th day from 2 August is Saturday 31 October: Monday 2 November, not 8 October + 30
    assert p.handle_due == D(2026, 11, 2) and p.next_due == D(2026, 11, 2)


def test_extension_of_a_60th_day_moved_past_a_weekend(accepted, admin, fixed_today):
    p = accepted("2026-09-16")
    assert p.handle_due == D(2026, 11, 16)  # the 60th day is Sunday 15 November
    fixed_today(D(2026, 10, 20))
    p = extend(p, admin, "2026-10-20")
    assert p.handle_due == D(2026, 12, 15)  # the 90th day, a Tuesday


def test_extension_after_an_acceptance_told_the_petitioner(register, admin, fixed_today):
    """交办 then 受理告知: the 60 (+30) days run from the 告知, the day of acceptance."""
    fixed_today(D(2026, 8, 2))
    p = register(registered_on="2026-08-01")
    p = petitions.decide(p.id, p.version, admin, "交办", on="2026-08-01",
                         target_unit="青河镇人民政府", report_due="2026-09-01")
    p = petitions.notify(p.id, p.version, admin, on="2026-08-02")
    assert p.handle_due == D(2026, 10, 8)
    fixed_today(D(2026, 9, 20))
    assert extend(p, admin, "2026-09-20").handle_due == D(2026, 11, 2)


def test_extension_in_working_days_adds_30_working_days_to_the_60(accepted, admin, fixed_today):
    settings.put("deadlines.day_kind", "working")
    p = accepted("2026-08-03")
    assert p.handle_due == workdays.add_working_days(D(2026, 8, 3), 60)
    fixed_today(D(2026, 9, 20))
    p = extend(p, admin, "2026-09-20")
    assert p.handle_due == workdays.add_working_days(D(2026, 8, 3), 90)


def test_holiday_recomputation_counts_the_extension_from_acceptance(
    accepted, admin, fixed_today
):
    p = accepted("2026-08-02")
    fixed_today(D(2026, 9, 20))
    p = extend(p, admin, "2026-09-20")
    # the administrator makes Monday 2 November a rest day: the 90 days end on the 3rd
    workdays.set_override(D(2026, 11, 2), False, "示例", actor=Actor("chief", "admin", 3))
    p = petitions.get(p.id, admin)
    assert p.handle_due == D(2026, 11, 3) and p.next_due == D(2026, 11, 3)
