"""An issue of a 信息刊物 (info_issue) edited in the file: its 第N期 and 总第M期 print on the
简报's head, and its 印发 decides what a reprint shows. The program numbers issues only by
new_issue, marks them 印发 only by publish and renumbers only by remove_issue, each an audit
entry; `check` replays them (core.info.issue_check) and reports a row that differs."""

from __future__ import annotations

import datetime as dt

from officedesk.core import check
from officedesk.core.info import empty_issue, periodicals
from officedesk.store.info import InfoIssue


def _said() -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False)]


def _three(admin) -> list[InfoIssue]:
    daily = periodicals.periodical("每日要情")
    return [periodicals.new_issue(daily, admin, 2026) for _ in range(3)]


def test_issues_opened_and_an_empty_one_removed_check_clean(any_db, admin):
    first, second, third = _three(admin)
    empty_issue.remove_issue(second.id, admin)
    assert [(i.seq, i.total) for i in periodicals.issues("每日要情")] == [(1, 1), (2, 2)]
    periodicals.new_issue(periodicals.periodical("工作动态"), admin, 2026)
    assert _said() == []


def test_a_total_raised_in_the_file_is_reported(any_db, admin):
    first, _second, _third = _three(admin)
    any_db.execute_sql("update info_issue set total = total + 100 where id = " + str(first.id))
    said = _said()
    assert any("每日要情" in s and "2026年第1期" in s and "总第101期" in s and "总第1期" in s
               and "程序之外" in s and "报告管理员" in s for s in said), said


def test_a_renumbered_issue_after_a_removal_is_reported(any_db, admin):
    _first, second, third = _three(admin)
    empty_issue.remove_issue(second.id, admin)
    any_db.execute_sql("update info_issue set seq = 5 where id = " + str(third.id))
    said = _said()
    assert any("2026年第5期" in s and "没有审计记录" in s for s in said), said
    assert any("2026年第2期" in s and "不见了" in s for s in said), said


def test_an_issue_written_or_deleted_in_the_file_is_reported(any_db, admin):
    first, _second, third = _three(admin)
    any_db.execute_sql("delete from info_issue where id = " + str(third.id))
    InfoIssue.create(periodical=first.periodical_id, year=2026, seq=9, total=9, created_by="x",
                     updated_by="x")
    said = _said()
    assert any("2026年第3期" in s and "不见了" in s for s in said), said
    assert any("2026年第9期" in s and "没有审计记录" in s for s in said), said


def test_an_issue_marked_issued_in_the_file_is_reported(db, report, advance, admin, fixed_today):
    fixed_today(dt.date(2026, 4, 3))
    sent = advance(report(title="县林业局开展森林防火检查"))
    periodicals.publish(sent.issue, admin, dt.date(2026, 4, 3))
    later = advance(report(title="城关镇推进老旧小区改造", unit="城关镇"), periodical="每日要情")
    assert _said() == []
    db.execute_sql("update info_issue set state = '已印发', issued_on = '2026-04-03' where id = ?",
                   (later.issue,))
    said = _said()
    assert any("2026年第2期" in s and "已印发" in s and "程序之外" in s for s in said), said
