"""归档 of a 督查事项 (DOMAIN §4 ends 办结 → 通报 → 归档; §6, DA/T 22-2015): once 办结, the item
is filed as one 件 of the 归档文件目录 as a 收文 or 发文 is — its 档号 from the 全宗号, 门类, 年度
(of its 办结), 保管期限, 机构代码 and 件号; the step declared once (`steps`/`step`, the tab's
dialog), audited, and checked by `check`. Once filed it is not reopened; the 通报 still counts
it in the period it was 办结, and it is nobody's work."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, settings, steps
from officedesk.core import supervision as sv
from officedesk.core.documents import archive, archive_check
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.supervision import archiving

DAY = dt.date(2026, 4, 20)


@pytest.fixture
def closed(item_with_tasks, admin, fixed_today):
    """The item with its three tasks done and itself 办结 on 2026-04-18."""
    item, tasks = item_with_tasks
    settings.put("org.fonds", "Z107", admin)
    fixed_today(DAY)
    for task in tasks:
        steps.perform("supervision", item.id, "任务办结",
                      {"任务序号": str(task.seq), "办结情况": "已完成"}, admin, on="2026-04-10")
    steps.perform("supervision", item.id, "办结", {"办结报告": "各项任务均已完成。"}, admin,
                  on="2026-04-18")
    return sv.get_item(item.id, admin)


def _names(item, actor):
    return [s.name for s in steps.available_steps("supervision", item.id, actor)]


def test_a_closed_item_is_archived_as_a_piece(closed, admin):
    assert "归档" in _names(closed, admin)
    outcome = steps.perform("supervision", closed.id, "归档",
                            {"保管期限": "定期30年", "机构代码": "dcs", "页数": "6"}, admin)
    assert outcome.extra["archive_no"] == "Z107-WS·2026-D30-DCS-0001"
    assert archiving.archive_no(closed.id) == "Z107-WS·2026-D30-DCS-0001"
    (entry,) = [e for e in archive.archive_items(admin) if e.registry == "supervision"]
    assert (entry.title, entry.doc_date, entry.pages, entry.record_id) == (
        closed.title, dt.date(2026, 4, 18), 6, closed.id)
    assert entry.doc_ref == closed.number
    # audited on the item, its history says so; `check` finds the 目录 entry as filed
    trail = " ".join(e.summary for e in audit.history("supervision", closed.id, admin))
    assert "归档" in trail and "Z107-WS·2026-D30-DCS-0001" in trail
    assert list(archive_check.problems()) == []
    # once filed: not again, and not reopened (the 件 is in the 目录)
    names = _names(sv.get_item(closed.id, admin), admin)
    assert "归档" not in names and "重新打开" not in names
    fresh = sv.get_item(closed.id, admin)
    with pytest.raises(ProcedureError, match="已归档"):
        steps.perform("supervision", closed.id, "重新打开", {"原因": "误录"}, admin)
    with pytest.raises(ProcedureError, match="已归档"):
        sv.reopen_item(closed.id, "误录", fresh.version, admin)
    with pytest.raises(ProcedureError, match="已归档"):
        steps.perform("supervision", closed.id, "归档", {"保管期限": "永久"}, admin)


def test_an_open_item_is_not_archived(item_with_tasks, admin, fixed_today):
    item, _tasks = item_with_tasks
    settings.put("org.fonds", "Z107", admin)
    assert "归档" not in _names(item, admin)
    with pytest.raises(ProcedureError):
        steps.perform("supervision", item.id, "归档", {"保管期限": "永久"}, admin)


def test_the_day_is_not_before_the_item_s_close(closed, admin):
    with pytest.raises(ValidationError, match="办结"):
        steps.perform("supervision", closed.id, "归档", {"保管期限": "永久"}, admin,
                      on="2026-04-17")


def test_the_bulletin_still_counts_it_and_nobody_works_on_it(closed, admin):
    april = (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    before = sv.bulletin(*april, actor=admin)
    steps.perform("supervision", closed.id, "归档", {"保管期限": "永久"}, admin)
    after = sv.bulletin(*april, actor=admin)
    assert (after.items_done, after.items_on_time, after.total.done) == (
        before.items_done, before.items_on_time, before.total.done)
    assert (after.items_done, after.total.done) == (1, 3)
    assert after.items_open == 0
    from officedesk.core import my_work

    assert not [w for w in my_work.my_pending(admin) if w.registry == "supervision"]


def test_check_finds_an_entry_changed_outside_the_program(closed, admin):
    from officedesk.store.documents import ArchiveItem

    steps.perform("supervision", closed.id, "归档", {"保管期限": "永久"}, admin)
    ArchiveItem.update(title="另一个题名").where(ArchiveItem.registry == "supervision").execute()
    (problem,) = archive_check.problems()
    assert f"督查事项第 {closed.id} 号记录" in problem and "题名" in problem


def test_the_entry_s_level_follows_the_item_s(closed, admin):
    """A 密级 raised after 归档 (with its source, say) is the 件's: the 目录 entry follows it, those
    not cleared for it no longer see the 件, and `check` takes it for the item's own change."""
    from officedesk.core import records
    from officedesk.core.actor import Actor
    from officedesk.store.documents import ArchiveItem

    steps.perform("supervision", closed.id, "归档", {"保管期限": "永久"}, admin)
    item = sv.get_item(closed.id, admin)
    records.save_changes(sv.SPEC, item, {"secrecy": "秘密"}, item.version, admin)
    assert ArchiveItem.get(ArchiveItem.registry == "supervision").secrecy == "秘密"
    uncleared = Actor(username="c0", role="clerk", clearance=0, display_name="科员")
    assert [e.registry for e in archive.archive_items(uncleared)] == []
    assert list(archive_check.problems()) == []


def test_archived_and_chased_afresh_on_any_database(any_db, admin, fixed_today):
    """The 目录's join of the 督查 items and the 催办 level's reading of the 延期 and 反馈, on
    SQLite and PostgreSQL alike."""
    settings.put("org.fonds", "Z107", admin)
    fixed_today(dt.date(2026, 3, 2), dt.time(8))
    item = sv.create_item({"事项名称": "整治违规停车", "来源": "领导批示", "办结时限": "2026-04-30"},
                          admin)
    task = sv.add_task(item.id, {"牵头单位": "市公安局", "时限": "2026-03-20"}, admin)
    fixed_today(dt.date(2026, 4, 20), dt.time(9))
    steps.perform("supervision", item.id, "催办", {}, admin, on="2026-03-23")
    fixed_today(dt.date(2026, 4, 20), dt.time(10))
    steps.perform("supervision", item.id, "延期", {"办结时限": "2026-04-10", "延期理由": "等批复",
                                                 "任务序号": str(task.seq)}, admin, on="2026-03-24")
    fixed_today(dt.date(2026, 4, 20), dt.time(11))
    steps.perform("supervision", item.id, "催办", {}, admin, on="2026-04-15")
    from officedesk.core.supervision import reminders

    assert [r.level for r in reminders.reminders_of(item.id, admin)] == [1, 1]
    steps.perform("supervision", item.id, "任务办结", {"办结情况": "已完成"}, admin, on="2026-04-18")
    steps.perform("supervision", item.id, "办结", {"办结报告": "已完成"}, admin, on="2026-04-18")
    steps.perform("supervision", item.id, "归档", {"保管期限": "定期10年"}, admin)
    assert [(e.registry, e.archive_no, e.secrecy) for e in archive.archive_items(admin)] == [
        ("supervision", "Z107-WS·2026-D10-0001", "非密")]
    assert list(archive_check.problems()) == []
