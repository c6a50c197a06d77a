"""An issue is 印发 in 期号 order (periodicals.publish refuses a later one while an earlier one of
the year is not 印发), but its date was not held to that order: with two issues open (另起新一期),
第2期 could be 印发 `--on` a day before 第1期's — a 第2期 dated 11月28日 after a 第1期 dated
12月2日, its 县级采用 counted in November, the 第1期's in December (probe125). The 印发日期 is
now not before the last 印发日期 of the year's earlier issues; the same day is fine."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info
from officedesk.core.errors import ValidationError
from officedesk.core.info import periodicals, procedure, scoring

D = dt.date


@pytest.fixture
def two_open(report, advance, admin, fixed_today):
    """(第1期, 第2期) of 每日要情, both open, each with one item 编发 on 11-20."""
    fixed_today(D(2026, 12, 7))
    first = advance(report(unit="县教育局", reported_at="2026-11-19 09:00"), on=D(2026, 11, 20))
    second = advance(report(unit="城关镇", reported_at="2026-11-19 09:00"), up_to="签发",
                     on=D(2026, 11, 20))
    second = procedure.publish(second.id, info.get(second.id, admin).version, admin, "每日要情",
                               True, on=D(2026, 11, 20))
    assert (periodicals.issue(first.issue).seq, periodicals.issue(second.issue).seq) == (1, 2)
    return first.issue, second.issue


def test_a_later_issue_is_not_dated_before_an_earlier_one(two_open, admin):
    first, second = two_open
    periodicals.publish(first, admin, on=D(2026, 12, 2))
    with pytest.raises(ValidationError) as refused:
        periodicals.publish(second, admin, on=D(2026, 11, 28))
    words = refused.value.message
    assert "2026-11-28" in words and "2026-12-02" in words and "第1期" in words
    assert periodicals.issue(second).state != periodicals.ISSUED
    # nothing of it counted in November
    assert [(s.unit, s.adopted["县"]) for s in scoring.ranking(admin, "2026-11")[1]] == [
        ("城关镇", 0), ("县教育局", 0)]


def test_the_same_day_or_later_is_fine(two_open, admin):
    first, second = two_open
    periodicals.publish(first, admin, on=D(2026, 12, 2))
    assert periodicals.publish(second, admin, on=D(2026, 12, 2)).issued_on == D(2026, 12, 2)
