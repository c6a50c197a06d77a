"""An 信息刊物 issue's 印发日期 and head (info_issue.issued_on, printed_head: what a reprint of the
简报 shows) and the items it printed (info_printed_item: which, in what order) edited in the
file. The 印发 entry keeps the day and the head (core.info.issue_check holds the issue to them;
an issue 印发 before it did is held to its items' 县级采用 day), and every item of an issue 印发
has its row at its place (core.info.printed_check): a row deleted, slipped in or reordered, rows
of an issue not 印发, a day or head written on one are reported, naming the issue."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from officedesk.core import audit, check
from officedesk.core.info import periodicals, renamed
from officedesk.store.info import InfoIssue, InfoPrintedItem
from tests.info.conftest import reporter

DAY = dt.date(2026, 4, 3)


@pytest.fixture
def report(any_db, admin):
    """The 信息 tests' report(**fields), on SQLite and on PostgreSQL."""
    return reporter(admin)


def _said() -> list[str]:
    return [p.message for p in check.run_checks(update_anchor=False)]


def _issued(report, advance, admin, fixed_today) -> tuple[int, list[int]]:
    """An issue of three items 印发, and the next one being edited."""
    fixed_today(DAY)
    items = [advance(report(title=title, unit=unit)) for title, unit in (
        ("县林业局开展森林防火检查", "县林业局"), ("城关镇推进老旧小区改造", "城关镇"),
        ("县水利局完成汛前检查", "县水利局"))]
    periodicals.publish(items[0].issue, admin, DAY)
    advance(report(title="县教育局部署安全教育"), periodical="每日要情")
    assert _said() == []
    return items[0].issue, [item.id for item in items]


def test_issues_printed_a_unit_renamed_and_the_settings_changed_since_check_clean(
        report, advance, admin, fixed_today):
    issue_id, _items = _issued(report, advance, admin, fixed_today)
    renamed.follow_rename("城关镇", "城关街道", admin)
    periodicals.save_periodical("每日要情", admin, unit="县委办公室信息科", send_up="市委办公室",
                                expected_version=periodicals.periodical("每日要情").version)
    assert InfoIssue.get_by_id(issue_id).issued_on == DAY
    assert _said() == []


def test_a_day_or_a_head_edited_in_the_file_is_reported(report, advance, admin, fixed_today):
    issue_id, _items = _issued(report, advance, admin, fixed_today)
    InfoIssue.update(issued_on=dt.date(2026, 4, 1)).where(InfoIssue.id == issue_id).execute()
    head = json.loads(InfoIssue.get_by_id(issue_id).printed_head)
    InfoIssue.update(printed_head=json.dumps({**head, "send_up": "省委办公厅"}, ensure_ascii=False)).where(
        InfoIssue.id == issue_id).execute()
    said = _said()
    assert any("每日要情”2026年第1期的印发日期现为 2026-04-01" in s and "2026-04-03" in s
               and "程序之外" in s and "报告管理员" in s for s in said), said
    assert any("每日要情”2026年第1期印发时的版头" in s for s in said), said


def test_a_day_or_a_head_written_on_an_issue_not_printed_is_reported(report, advance, admin,
                                                                    fixed_today):
    issue_id, _items = _issued(report, advance, admin, fixed_today)
    InfoIssue.update(issued_on=DAY).where(InfoIssue.id != issue_id).execute()
    said = _said()
    assert any("每日要情”2026年第2期尚未印发，却记有印发日期或版头" in s for s in said), said


@pytest.mark.parametrize("change", ["deleted", "reordered", "another item", "another issue",
                                    "marked unjudged"])
def test_the_items_printed_changed_in_the_file_are_reported(report, advance, admin, fixed_today,
                                                           change):
    issue_id, items = _issued(report, advance, admin, fixed_today)
    row = InfoPrintedItem.select().where((InfoPrintedItem.issue == issue_id)
                                         & (InfoPrintedItem.position == 2))
    if change == "deleted":
        InfoPrintedItem.delete().where(InfoPrintedItem.id.in_(row)).execute()
        wanted = f"第 2 条信息（信息 id {items[1]}）不在其印发记录中"
    elif change == "reordered":
        InfoPrintedItem.update(position=9).where(InfoPrintedItem.item == items[0]).execute()
        InfoPrintedItem.update(position=1).where(InfoPrintedItem.item == items[1]).execute()
        InfoPrintedItem.update(position=2).where(InfoPrintedItem.item == items[0]).execute()
        wanted = f"（信息 id {items[0]}）现为第 2 条，印发时是第 1 条"
    elif change == "another item":  # the one of the issue being edited
        other = InfoPrintedItem.get(InfoPrintedItem.item == items[2])
        InfoPrintedItem.create(issue=issue_id, item=max(items) + 1, position=4, title=other.title,
                               content=other.content, unit=other.unit)
        wanted = f"印发记录第 4 条（信息 id {max(items) + 1}）不是该期所编的信息"
    elif change == "another issue":
        InfoPrintedItem.update(issue=issue_id + 1).where(InfoPrintedItem.item == items[2]).execute()
        wanted = "未印发或已不存在，却有 1 条印发时所载信息"
    else:  # as if kept by schema 28 without the trail: its words would not be judged
        InfoPrintedItem.update(source="现有数据", title="改过的标题").where(
            InfoPrintedItem.item == items[1]).execute()
        wanted = "第 2 条信息标为“现有数据”，但审计记录"
    said = _said()
    assert any(wanted in s for s in said), said
    assert all("程序之外" in s for s in said), said


def test_an_issue_printed_before_its_entry_kept_the_day_is_held_to_its_adoptions(
        report, advance, admin, fixed_today, monkeypatch):
    record = audit.record

    def as_before(actor, action, registry, record_id, before=None, after=None, summary=""):
        if summary.startswith("印发："):  # the 印发 entry named the issue only
            after = {"印发": after["印发"]}
        return record(actor, action, registry, record_id, before, after, summary)

    with monkeypatch.context() as before:
        before.setattr(audit, "record", as_before)
        issue_id, _items = _issued(report, advance, admin, fixed_today)
    InfoIssue.update(printed_head=None).where(InfoIssue.id == issue_id).execute()
    assert _said() == []  # a head not kept by its entry is not judged
    InfoIssue.update(issued_on=dt.date(2026, 4, 1)).where(InfoIssue.id == issue_id).execute()
    said = _said()
    assert any("2026年第1期的印发日期现为 2026-04-01" in s and "县级采用日期 2026-04-03" in s
               for s in said), said
