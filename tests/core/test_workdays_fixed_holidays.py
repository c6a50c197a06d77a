"""A year without a holiday table (the package's, or one the administrator entered whole) still
rests on the statutory holidays fixed by date — 元旦 1-1, 劳动节 5-1/5-2, 国庆节 10-1…10-3 —
and every working-day count reaching into such a year is marked 暂按."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import workdays
from officedesk.core.actor import CLI_ACTOR

D = dt.date
YEAR = 2027  # not in the package's table (it ends with 2026)


def test_the_year_has_no_table():
    assert not workdays.known_year(YEAR)


@pytest.mark.parametrize("day", [D(YEAR, 1, 1), D(YEAR, 5, 3), D(YEAR, 10, 4),  # weekdays
                                 D(2031, 5, 1), D(2031, 5, 2), D(2031, 10, 1), D(2031, 10, 2),
                                 D(2031, 10, 3), D(2032, 1, 1)])
def test_fixed_statutory_holidays_rest(db, day):
    assert day.weekday() < 5 or day.month in (1, 5, 10)
    expected = (day.month, day.day) not in workdays.FIXED_HOLIDAYS
    assert workdays.is_workday(day) is expected
    if (day.month, day.day) in workdays.FIXED_HOLIDAYS:
        assert not workdays.is_workday(day)


def test_counts_skip_them(db):
    # Thu 2031-05-01 and Fri 05-02 rest, then the weekend: Wed 04-30 + 1 working day is Mon 05-05
    assert workdays.add_working_days(D(2031, 4, 30), 1) == D(2031, 5, 5)
    # Tue 2030-10-01 … Thu 10-03 rest: Mon 09-30 + 1 is Fri 10-04
    assert workdays.add_working_days(D(2030, 9, 30), 1) == D(2030, 10, 4)
    assert workdays.working_days_between(D(2030, 9, 30), D(2030, 10, 4)) == 1
    # a calendar-day period ending on 元旦 ends on the next working day
    assert workdays.add_days(D(2029, 12, 22), 10, working=False) == D(2030, 1, 2)


def test_the_administrator_still_decides(db):
    workdays.set_override(D(2030, 10, 2), True, "本地安排", CLI_ACTOR)
    assert workdays.is_workday(D(2030, 10, 2))
    assert not workdays.is_workday(D(2030, 10, 1))


def test_a_known_year_keeps_its_table():
    # 2026: 10-01 … 10-07 off, 10-08 on (the package's table, not the fixed dates alone)
    assert not workdays.is_workday(D(2026, 10, 7)) and workdays.is_workday(D(2026, 10, 8))


def test_a_count_into_an_unknown_year_is_marked(db):
    assert workdays.count_provisional(D(2026, 12, 20), D(2027, 1, 8))
    assert workdays.count_provisional(D(2027, 1, 8), D(2026, 12, 20))  # either order
    assert not workdays.count_provisional(D(2026, 3, 1), D(2026, 12, 31))
    assert not workdays.count_provisional(None, D(2027, 1, 8))
    assert workdays.count_mark(D(2026, 12, 20), D(2027, 1, 8)) == "（暂按：该年国务院节假日安排尚未录入）"
    assert workdays.count_mark(D(2026, 3, 1), D(2026, 3, 9)) == ""
