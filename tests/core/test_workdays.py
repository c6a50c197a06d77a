"""Working days with China's public holidays and 调休 make-up days, and the administrator's table."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import workdays
from officedesk.core.actor import CLI_ACTOR

D = dt.date


@pytest.mark.parametrize("day", [D(2025, 10, n) for n in range(1, 9)])
def test_2025_national_day_and_mid_autumn_are_off(day):
    assert not workdays.is_workday(day)


@pytest.mark.parametrize(
    "day", [D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)]
)
def test_2025_make_up_sundays_and_saturdays_are_working_days(day):
    assert day.weekday() >= 5
    assert workdays.is_workday(day)


def test_2025_spring_festival_and_may_day():
    assert [
        d for d in (D(2025, 1, 28) + dt.timedelta(n) for n in range(8)) if workdays.is_workday(d)
    ] == []
    assert workdays.is_workday(D(2025, 2, 5))
    assert not workdays.is_workday(D(2025, 5, 5))  # Monday, part of 劳动节
    assert workdays.is_workday(D(2025, 5, 6))


def test_2026_spring_festival_from_the_package_data():
    # 2026 春节: 2月15日（腊月廿八）至 23日 放假，共 9 天；2月14日（周六）、2月28日（周六）上班.
    off = [D(2026, 2, 15) + dt.timedelta(n) for n in range(9)]
    assert not any(workdays.is_workday(day) for day in off)
    assert workdays.is_workday(D(2026, 2, 14)) and D(2026, 2, 14).weekday() == 5
    assert workdays.is_workday(D(2026, 2, 28)) and D(2026, 2, 28).weekday() == 5
    assert workdays.is_workday(D(2026, 2, 24))


def test_2026_national_day_and_other_make_up_days():
    assert not any(workdays.is_workday(D(2026, 10, n)) for n in range(1, 8))
    assert workdays.is_workday(D(2026, 10, 8))
    for day in (D(2026, 1, 4), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)):
        assert day.weekday() >= 5 and workdays.is_workday(day), day
    assert not workdays.is_workday(D(2026, 1, 2))  # 元旦 Friday


def test_add_working_days_across_national_day_2025():
    # Tue 2025-09-30 + 1 working day: 10-01..08 off, so Thursday 10-09.
    assert workdays.add_working_days(D(2025, 9, 30), 1) == D(2025, 10, 9)
    # Fri 09-26 + 1: Saturday 09-27 off, Sunday 09-28 a make-up working day.
    assert workdays.add_working_days(D(2025, 9, 26), 1) == D(2025, 9, 28)
    # 10-09 Thu, 10-10 Fri, 10-11 Sat (make-up), then Mon 10-13.
    assert workdays.add_working_days(D(2025, 9, 30), 4) == D(2025, 10, 13)
    assert workdays.add_working_days(D(2025, 10, 9), -1) == D(2025, 9, 30)
    assert workdays.add_working_days(D(2025, 10, 9), 0) == D(2025, 10, 9)


def test_add_15_working_days_over_spring_festival_2026():
    # From Tue 2026-02-10: 11, 12, 13, 14 (Sat, make-up), then 24, 25, 26, 27, 28 (Sat, make-up),
    # then March 2–6 and 9: the 15th working day is Monday 2026-03-09.
    assert workdays.add_working_days(D(2026, 2, 10), 15) == D(2026, 3, 9)


def test_calendar_and_working_modes():
    assert workdays.add_days(D(2025, 9, 30), 15, working=False) == D(2025, 10, 15)
    # 10-09, 10, 11 (Sat, make-up), 13–17, 20–24, 27, 28: the 15th is Tuesday 10-28.
    assert workdays.add_days(D(2025, 9, 30), 15, working=True) == D(2025, 10, 28)
    # 2027 has no table yet: 元旦 rests by its fixed date, and Sat/Sun follow it
    assert workdays.add_days(D(2026, 12, 31), 1, working=False) == D(2027, 1, 4)


def test_days_left_and_overdue():
    assert workdays.days_left(D(2025, 10, 15), D(2025, 10, 1)) == 14
    assert workdays.days_left(D(2025, 10, 1), D(2025, 10, 1)) == 0
    assert workdays.days_left(D(2025, 9, 28), D(2025, 10, 1)) == -3
    # Working days from 09-30 to 10-10: 10-09 and 10-10.
    assert workdays.days_left(D(2025, 10, 10), D(2025, 9, 30), working=True) == 2
    assert workdays.days_left(D(2025, 9, 30), D(2025, 10, 10), working=True) == -2
    assert workdays.working_days_between(D(2025, 10, 1), D(2025, 10, 8)) == 0


def test_administrator_overrides_for_a_year_the_package_lacks(db):
    assert not workdays.known_year(2099)
    new_year = D(2099, 1, 1)  # a Thursday: without the table, a rest day by its fixed date
    assert new_year.weekday() == 3 and not workdays.is_workday(new_year)
    make_up = D(2099, 1, 3)  # a Saturday
    workdays.set_override(new_year, False, "元旦", CLI_ACTOR)
    workdays.set_override(D(2099, 1, 2), False, "元旦", CLI_ACTOR)
    workdays.set_override(make_up, True, "调休上班", CLI_ACTOR)
    assert not workdays.is_workday(new_year)
    assert workdays.is_workday(make_up)
    # Wed 12-31 + 1 working day skips Thu/Fri off, lands on the Saturday make-up day.
    assert workdays.add_working_days(D(2098, 12, 31), 1) == make_up
    # The table is kept in the database: a fresh read sees it.
    workdays.forget_overrides()
    assert not workdays.is_workday(new_year)
    workdays.remove_override(make_up, CLI_ACTOR)
    assert not workdays.is_workday(make_up)
    assert workdays.add_working_days(D(2098, 12, 31), 1) == D(2099, 1, 5)


def test_override_beats_the_package_for_a_known_year(db):
    assert workdays.is_workday(D(2026, 3, 2))
    workdays.set_override(D(2026, 3, 2), False, "本地假日", CLI_ACTOR)
    assert not workdays.is_workday(D(2026, 3, 2))
    workdays.set_override(D(2026, 3, 2), True, "改回", CLI_ACTOR)
    assert workdays.is_workday(D(2026, 3, 2))
