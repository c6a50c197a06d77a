"""Scoring and ranking against a table computed by hand (default points: 报送 1, 县级采用 3,
市级采用 10, 省级采用 20, 中央采用 50, 批示 10)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info, settings
from officedesk.core.errors import ValidationError
from officedesk.core.info import procedure, scoring

D = dt.date


@pytest.fixture
def year(report, advance, issue_out, admin, fixed_today):
    """Each 编发 印发 the same day (a 县级采用 counts from its issue's 印发).
    甲局 3 reports (1/5, 2/3, 4/8): #1 编发 1/6, 市采用 2/10, 批示 3/3; #2 编发 2/4; #3 不采.
    乙镇 2 reports (1/9, 5/20): #4 编发 1/10, 市 and 省 采用 1/20; #5 left waiting.
    丙乡 1 report (3/2): 编发 3/2, 批示 3/15. A voided report of 丙乡 counts for nothing."""
    fixed_today(D(2026, 6, 30))

    def version(item):
        return info.get(item.id, admin).version

    def sent(unit, when):
        return report(unit=unit, title=f"{unit}{when}", reported_at=f"2026-{when} 09:00")

    a1 = issue_out(advance(sent("甲局", "01-05"), on=D(2026, 1, 6)), D(2026, 1, 6))
    procedure.adopt(a1.id, version(a1), admin, "市", "市委办《每日要情》", D(2026, 2, 10))
    procedure.instruct(a1.id, version(a1), admin, "县长 王振国", "很好", D(2026, 3, 3))
    # 每日要情's issues 印发 in 期号 order, their dates too (periodicals.publish)
    b1 = issue_out(advance(sent("乙镇", "01-09"), on=D(2026, 1, 10)), D(2026, 1, 10))
    procedure.adopt(b1.id, version(b1), admin, "市", "市委办《每日要情》", D(2026, 1, 20))
    procedure.adopt(b1.id, version(b1), admin, "省", "省委办《信息快报》", D(2026, 1, 20))
    issue_out(advance(sent("甲局", "02-03"), on=D(2026, 2, 4)), D(2026, 2, 4))
    a3 = advance(sent("甲局", "04-08"), up_to="接收", on=D(2026, 4, 8))
    procedure.review(a3.id, version(a3), admin, "不采", "重复")
    sent("乙镇", "05-20")
    c1 = issue_out(advance(sent("丙乡", "03-02"), on=D(2026, 3, 2)), D(2026, 3, 2))
    procedure.instruct(c1.id, version(c1), admin, "县委书记 李建华", "请推广", D(2026, 3, 15))
    from officedesk.core import lifecycle

    voided = sent("丙乡", "03-20")
    lifecycle.void_record("info", voided.id, admin, "重复登记")
    return a1, b1, c1


def _table(period):
    from officedesk.core.actor import CLI_ACTOR

    label, ranked = scoring.ranking(CLI_ACTOR, period)
    return label, [(s.rank, s.unit, s.reported, s.adopted["县"], s.adopted["市"], s.adopted["省"],
                    s.instructions, s.points) for s in ranked]


def test_year_quarter_month_by_hand(year):
    # rank, unit, 报送, 县, 市, 省, 批示, points
    assert _table("2026") == ("2026年", [
        (1, "乙镇", 2, 1, 1, 1, 0, 2 + 3 + 10 + 20),  # 35
        (2, "甲局", 3, 2, 1, 0, 1, 3 + 6 + 10 + 10),  # 29
        (3, "丙乡", 1, 1, 0, 0, 1, 1 + 3 + 10),  # 14 (the voided report not counted)
    ])
    assert _table("2026-Q1") == ("2026年第一季度", [
        (1, "乙镇", 1, 1, 1, 1, 0, 1 + 3 + 10 + 20),  # 34
        (2, "甲局", 2, 2, 1, 0, 1, 2 + 6 + 10 + 10),  # 28
        (3, "丙乡", 1, 1, 0, 0, 1, 14),
    ])
    assert _table("2026-03") == ("2026年3月", [
        (1, "丙乡", 1, 1, 0, 0, 1, 14),
        (2, "甲局", 0, 0, 0, 0, 1, 10),  # only the 批示 of 3/3
    ])
    assert _table("2026-Q2") == ("2026年第二季度", [
        (1, "甲局", 1, 0, 0, 0, 0, 1),  # 1, 1: equal points share the rank, 音序 (jia, yi)
        (1, "乙镇", 1, 0, 0, 0, 0, 1),
    ])


@pytest.fixture
def cheap_table(db):
    """The office's own points table, set before anything was scored."""
    settings.put(scoring.POINTS.key, "报送=0\n县级采用=0\n市级采用=5\n批示=10")


def test_points_table_is_a_setting_and_ties_share_a_rank(cheap_table, year):
    assert _table("2026-03")[1] == [(1, "丙乡", 1, 1, 0, 0, 1, 10), (1, "甲局", 0, 0, 0, 0, 1, 10)]
    a1 = year[0]
    assert scoring.item_score(a1.id) == 0 + 0 + 5 + 10
    # a line the table's reader cannot read is refused when it is set, not when it is counted
    with pytest.raises(ValidationError, match="信息计分标准.*特别奖"):
        settings.put(scoring.POINTS.key, "报送=1\n特别奖=5")
    assert scoring.points()["市级采用"] == 5
    with pytest.raises(ValidationError, match="特别奖"):
        scoring.points("报送=1\n特别奖=5")


def test_period_texts():
    assert scoring.period_range("2026-Q4")[:2] == (D(2026, 10, 1), D(2026, 12, 31))
    assert scoring.period_range("2026年12月")[:2] == (D(2026, 12, 1), D(2026, 12, 31))
    assert scoring.period_range("2026-02")[2] == "2026年2月"
    with pytest.raises(ValidationError, match="季度"):
        scoring.period_range("下半年")
    # a year outside the dates the office keeps (99999 reads as 9999年9月) is refused
    with pytest.raises(ValidationError, match="期间"):
        scoring.period_range("99999")
