"""The issues of a periodical go out in order: an issue is not 印发 while an earlier one of the
same year is not."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info
from officedesk.core.errors import ConflictError, ValidationError
from officedesk.core.info import periodicals, procedure


@pytest.fixture
def two_issues(report, advance, admin, fixed_today):
    """每日要情 2026年第1期 and 第2期, one item each, neither 印发: (first issue, second issue)."""
    fixed_today(dt.date(2026, 6, 30))
    first = advance(report(title="甲局信息", reported_at="2026-06-01 09:00"), on=dt.date(2026, 6, 2))
    second = advance(report(title="乙镇信息", reported_at="2026-06-01 09:00"), up_to="签发", on=dt.date(2026, 6, 2))
    procedure.publish(second.id, info.get(second.id, admin).version, admin, "每日要情",
                      new_issue=True, on=dt.date(2026, 6, 3))
    second = info.get(second.id, admin)
    assert first.issue != second.issue
    return periodicals.issue(first.issue), periodicals.issue(second.issue)


def test_an_issue_is_not_published_before_an_earlier_one(two_issues, admin):
    first, second = two_issues
    with pytest.raises(ValidationError) as refused:
        periodicals.publish(second.id, admin)
    assert "每日要情 2026年第1期" in str(refused.value) and "先印发" in str(refused.value)
    assert periodicals.issue(second.id).state == periodicals.EDITING
    periodicals.publish(first.id, admin)
    assert periodicals.publish(second.id, admin).state == periodicals.ISSUED


@pytest.fixture
def gap(report, advance, admin, fixed_today):
    """每日要情 第1期 (one item), 第2期 opened and left empty, 第3期 (one item): (1, 2, 3, item of 3)."""
    fixed_today(dt.date(2026, 6, 30))
    first = advance(report(title="甲局信息", reported_at="2026-06-01 09:00"), on=dt.date(2026, 6, 2))
    empty = periodicals.new_issue(periodicals.periodical("每日要情"), admin, 2026)
    third = advance(report(title="乙镇信息", reported_at="2026-06-01 09:00"), up_to="签发",
                    on=dt.date(2026, 6, 2))
    procedure.publish(third.id, info.get(third.id, admin).version, admin, "每日要情",
                      new_issue=True, on=dt.date(2026, 6, 3))
    third = info.get(third.id, admin)
    return (periodicals.issue(first.issue), empty, periodicals.issue(third.issue), third)


def test_an_empty_issue_is_removed_and_the_later_ones_close_the_gap(gap, admin):
    from officedesk.core.info import empty_issue

    first, empty, third, item = gap
    assert (empty.seq, empty.total, third.seq, third.total) == (2, 2, 3, 3)
    moved = empty_issue.remove_issue(empty.id, admin)
    assert [(i.id, i.seq, i.total) for i in moved] == [(third.id, 2, 2)]
    assert [(i.seq, i.total) for i in periodicals.issues("每日要情")] == [(1, 1), (2, 2)]
    assert info.get(item.id, admin).issue_label == "每日要情 2026年第2期"
    periodicals.publish(first.id, admin)
    periodicals.publish(third.id, admin)  # next in order now


def test_an_issue_with_items_or_published_is_not_removed(gap, admin):
    from officedesk.core.info import empty_issue

    first, empty, third, _item = gap
    with pytest.raises(ValidationError, match="不是空期"):
        empty_issue.remove_issue(third.id, admin)
    periodicals.publish(first.id, admin)
    with pytest.raises(ConflictError, match="已于 2026-06-30 印发，不能删除"):
        empty_issue.remove_issue(first.id, admin)
    assert [(i.seq, i.total) for i in periodicals.issues("每日要情")] == [(1, 1), (2, 2), (3, 3)]


def test_the_command_line_removes_an_empty_issue(gap, db, capsys):
    from officedesk import cli

    _first, empty, third, _item = gap
    assert cli.main(["--db", str(db.database), "info-issue-remove", str(empty.id)]) == 0
    assert "每日要情 2026年第2期" in capsys.readouterr().out
    assert periodicals.issue(third.id).seq == 2
    assert cli.main(["--db", str(db.database), "info-issue-remove", str(third.id)]) != 0
    assert "不是空期" in capsys.readouterr().err


def test_the_total_start_is_locked_once_an_issue_is_published(two_issues, admin):
    first, _second = two_issues
    periodicals.save_periodical("每日要情", admin, total_start=100)  # nothing went out yet
    assert periodicals.periodical("每日要情").total_start == 100
    periodicals.publish(first.id, admin)
    with pytest.raises(ValidationError) as refused:
        periodicals.save_periodical("每日要情", admin, total_start=200)
    assert "总期号" in str(refused.value) and "已印发" in str(refused.value)
    assert periodicals.periodical("每日要情").total_start == 100
    # the other settings still change, the start kept as it is
    periodicals.save_periodical("每日要情", admin, send_up="市委办公室", total_start=100)
    assert periodicals.periodical("每日要情").send_up == "市委办公室"
