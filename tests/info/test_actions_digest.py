"""A 信息's history (its InfoAction rows: 接收 … 采用, 批示 — what the ranking counts) is in its row
digest (core.sub_rows): a row edited, deleted or inserted in the file — a 采用 raised to 省级, a
批示 slipped in — shows in `check` as its 信息 changed. The program's own steps stay clean
(the procedure, 上报, 采用, 批示, 转督查, an issue 印发 with its 县级采用, an empty issue
removed and the later ones renumbered), and an entry made before the rows were digested is
compared with the row alone (old offices pass)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, info, sub_rows
from officedesk.core.info import empty_issue, periodicals, procedure
from officedesk.store.info import InfoAction
from officedesk.store.models import AuditEntry


def _said(item_id: int) -> list[str]:
    return [p.message for p in check.run_checks()
            if p.kind == check.ROWS and f"第 {item_id} 条记录" in p.message and "信息" in p.message]


def _digest(item_id: int) -> str:
    return (AuditEntry.select().where((AuditEntry.registry == "info") & (AuditEntry.record_id == item_id))
            .order_by(AuditEntry.id.desc()).first().row_digest)


@pytest.fixture
def published(report, advance, fixed_today):
    fixed_today(dt.date(2026, 5, 6))
    item = advance(report())
    assert check.run_checks() == []
    return item


@pytest.mark.parametrize("change", ["level raised", "person", "deleted", "added"])
def test_a_history_row_changed_in_the_file_names_the_item(published, change):
    row = InfoAction.get((InfoAction.item == published.id) & (InfoAction.kind == "采用"))
    if change == "level raised":
        InfoAction.update(level="省", periodical="省委办《每日要情》").where(InfoAction.id == row.id).execute()
    elif change == "person":
        InfoAction.update(person="王某").where((InfoAction.item == published.id)
                                               & (InfoAction.kind == "签发")).execute()
    elif change == "deleted":
        InfoAction.delete().where(InfoAction.id == row.id).execute()
    else:
        InfoAction.create(item=published.id, kind="批示", on=dt.date(2026, 5, 6), person="张书记",
                          content="很好")
    said = _said(published.id)
    assert said and "内容与审计记录" in said[0], said


def test_the_steps_of_the_program_stay_clean(published, admin, issue_out):
    assert _digest(published.id).startswith(sub_rows.MARK)

    def version():
        return info.get(published.id, admin).version

    issue_out(published, on=dt.date(2026, 5, 6))  # its 县级采用 counted
    assert check.run_checks() == []
    procedure.send_up(published.id, version(), admin, "市", None)
    procedure.adopt(published.id, version(), admin, "市", "市委办《每日要情》", dt.date(2026, 5, 6))
    procedure.instruct(published.id, version(), admin, "张书记", "请县林业局抓好落实", dt.date(2026, 5, 6))
    procedure.to_supervision(published.id, admin, deadline=dt.date(2026, 6, 30))
    assert check.run_checks() == []
    InfoAction.update(person="李某").where((InfoAction.item == published.id)
                                           & (InfoAction.kind == "批示")).execute()
    assert _said(published.id)


def test_an_issue_printed_without_a_change_of_the_items_figures_stays_clean(published, admin,
                                                                             monkeypatch):
    """印发 writes the 县级采用 row; when the item's 采用情况 and 得分 read the same after it (a
    计分标准 giving it nothing, say), its entry still says so, after the row."""
    from officedesk.core.info import issued

    monkeypatch.setattr(issued.procedure, "_outcome",
                        lambda item, extra_instruction="": {"score": item.score})
    periodicals.publish(info.get(published.id, admin).issue, admin, on=dt.date(2026, 5, 6))
    assert InfoAction.select().where((InfoAction.item == published.id)
                                     & (InfoAction.content == "印发")).count() == 1
    assert check.run_checks() == []


def test_an_empty_issue_removed_renames_the_later_issues_adoptions_cleanly(report, advance, admin,
                                                                           fixed_today):
    fixed_today(dt.date(2026, 6, 30))
    advance(report(title="甲局信息", reported_at="2026-06-01 09:00"), on=dt.date(2026, 6, 2))
    empty = periodicals.new_issue(periodicals.periodical("每日要情"), admin, 2026)
    third = advance(report(title="乙镇信息", reported_at="2026-06-01 09:00"), up_to="签发",
                    on=dt.date(2026, 6, 2))
    procedure.publish(third.id, info.get(third.id, admin).version, admin, "每日要情",
                      new_issue=True, on=dt.date(2026, 6, 3))
    assert check.run_checks() == []
    empty_issue.remove_issue(empty.id, admin)
    row = InfoAction.get((InfoAction.item == third.id) & (InfoAction.kind == "采用"))
    assert row.periodical == "每日要情 2026年第2期"
    assert check.run_checks() == []


def test_an_office_from_before_passes_and_is_covered_from_the_next_change(report, advance, admin,
                                                                         fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 5, 6))
    with monkeypatch.context() as before:  # as the program wrote entries before (the row alone)
        before.setattr(sub_rows, "_TABLES", {
            name: subs for name, subs in sub_rows._TABLES.items() if name != "info_item"})
        item = advance(report(), up_to="签发")
    assert not _digest(item.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    InfoAction.update(person="王某").where(InfoAction.item == item.id).execute()
    assert check.run_checks() == []  # not seen: its last entry digested the row alone
    procedure.publish(item.id, info.get(item.id, admin).version, admin, "每日要情")
    assert _digest(item.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    InfoAction.update(person="赵某").where(InfoAction.item == item.id).execute()
    assert _said(item.id)
