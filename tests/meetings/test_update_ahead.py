"""`import --update meetings` checks its corrections before the write lock, as the other
registries' are (core.meetings.corrected): a dry run takes no lock and tells what the import
does (its notes too), the lock is held only to save what was checked; a room booked by another
save between the check and the write refuses the row (never a double booking); rows of one file
that meet each other are checked in the file's order, as one by one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from officedesk.core import audit, check, records, steps
from officedesk.core import meetings as m
from officedesk.exchange import import_rows, xlsx
from officedesk.store.meetings import AgendaItem, Meeting
from officedesk.store.models import AuditEntry
from tests.meetings.conftest import make_draft
from tests.write_locks import watch_write_locks

T = dt.datetime


@pytest.fixture
def locks(monkeypatch) -> list[str]:
    return watch_write_locks(monkeypatch, records)


def _sheet(admin: Any, path: Path, order: list[int], edits: dict[int, dict[str, Any]]) -> Path:
    """The meetings exported, their rows in `order` (by id; the others left out), the cells of
    `edits` changed (by header)."""
    xlsx.export(m.SPEC, path, admin)
    book = load_workbook(path)
    sheet = book.active
    header = [str(c.value).rstrip("*＊").strip() for c in sheet[1]]
    rows = {int(row[header.index("记录号")]): list(row)
            for row in sheet.iter_rows(min_row=2, values_only=True)}
    sheet.delete_rows(2, sheet.max_row)
    for meeting_id in order:
        values = rows[meeting_id]
        for label, value in edits.get(meeting_id, {}).items():
            values[header.index(label)] = value
        sheet.append(values)
    book.save(path)
    return path


def _meeting(title: str, start: str, end: str, place: str, people: list[str], admin: Any) -> Meeting:
    return m.save_meeting(make_draft(title=title, start=start, end=end, place=place,
                                     attendees=people), admin)


def _double_bookings() -> list[tuple[str, str]]:
    booked = [x for x in Meeting.select() if x.room_id is not None and x.status != m.CANCELLED]
    return [(a.title, b.title) for a in booked for b in booked
            if a.id < b.id and a.room_id == b.room_id and a.start < b.end and b.start < a.end]


def _as_before(monkeypatch: Any, fn: Any) -> Any:
    """`fn()` as every meeting correction was imported before: checked under the lock, by the
    update hook, row by row (its dry run took the lock too)."""
    with monkeypatch.context() as patched:
        patched.setattr(import_rows, "preparable", lambda *args: False)
        return fn()


def test_a_dry_run_takes_no_lock_and_tells_what_the_import_does(directory_any_db, admin, on_day,
                                                                 tmp_path, locks, monkeypatch):
    notified = _meeting("专题会一", "2026-12-03 14:30", "2026-12-03 16:00", "第一会议室",
                        ["李建国", "王海涛"], admin)
    steps.perform("meetings", notified.id, "发通知", {}, admin)
    steps.perform("meetings", notified.id, "请假", {"names": "王海涛", "reason": "出差"}, admin)
    renamed = _meeting("专题会二", "2026-12-04 09:00", "2026-12-04 10:00", "第二会议室", ["高静"], admin)
    planned = _meeting("专题会三", "2026-12-05 09:00", "2026-12-05 10:00", "常委会议室", ["马俊"], admin)
    path = _sheet(admin, tmp_path / "会议.xlsx", [notified.id, renamed.id, planned.id], {
        notified.id: {"开始时间": "2026-12-03 15:30", "结束时间": "2026-12-03 17:00",
                      "出席人员": "李建国、王海涛、刘芳"},
        renamed.id: {"会议名称": "专题会二（更正）"},
        planned.id: {"议程": "1. 听取汇报（市财政局，20分钟）"}})
    locks.clear()
    before = _as_before(monkeypatch, lambda: xlsx.import_file(m.SPEC, path, admin, on_match="update",
                                                              dry_run=True))
    assert before.ok and locks == ["lock"]  # the old path wrote its rows under the lock and undid them
    locks.clear()

    dry = xlsx.import_file(m.SPEC, path, admin, on_match="update", dry_run=True)
    assert dry.ok, [str(p) for p in dry.problems]
    assert locks == []
    assert dry.updated == before.updated  # the same rows, changes and notes as before
    told = dry.as_dict()["updated"][0]
    assert "会议时间已改" in told["notice_outdated"]
    assert "王海涛已按原定时间请假" in told["leave_kept"]
    assert "刘芳是会议通知发出之后加入的参会人员" in told["added_after_notice"]
    assert m.get(notified.id, admin).start == T(2026, 12, 3, 14, 30)  # nothing written

    done = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert done.ok and done.updated == dry.updated, [str(p) for p in done.problems]
    assert locks == ["lock"]  # the import's one transaction
    assert m.get(notified.id, admin).start == T(2026, 12, 3, 15, 30)
    marks = {row.name: row.attendance for row in m.attendees(notified.id, admin)}
    assert marks == {"李建国": "", "王海涛": m.LEAVE, "刘芳": ""}  # the leave kept
    assert m.get(renamed.id, admin).title == "专题会二（更正）"
    assert [item.topic for item in AgendaItem.select().where(AgendaItem.meeting == planned.id)] \
        == ["听取汇报"]
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_room_booked_between_the_check_and_the_write_refuses_the_row(directory_any_db, admin, on_day,
                                                                      tmp_path, monkeypatch):
    first = _meeting("专题会一", "2026-12-11 09:00", "2026-12-11 10:00", "第一会议室", ["李建国"], admin)
    second = _meeting("专题会二", "2026-12-11 14:00", "2026-12-11 15:00", "第二会议室", ["高静"], admin)
    path = _sheet(admin, tmp_path / "会议.xlsx", [first.id, second.id], {
        first.id: {"会议名称": "专题会一（更正）"},
        second.id: {"开始时间": "2026-12-12 09:00", "结束时间": "2026-12-12 10:00", "地点": "常委会议室",
                    "报到时间": None}})
    assert xlsx.import_file(m.SPEC, path, admin, on_match="update", dry_run=True).ok
    real = import_rows.prepare_corrections
    meanwhile: list[Meeting] = []

    def then_another_workstation_books(*args: Any) -> Any:
        prepared = real(*args)
        if not meanwhile:  # between the check and the lock: the room taken at the new time
            meanwhile.append(_meeting("书记办公会", "2026-12-12 09:30", "2026-12-12 10:30", "常委会议室",
                                      ["王海涛"], admin))
        return prepared

    monkeypatch.setattr(import_rows, "prepare_corrections", then_another_workstation_books)
    report = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert meanwhile
    [refused] = report.problems
    assert (refused.row, refused.column) == (3, "地点") and "已安排“书记办公会”" in refused.reason
    assert not report.updated and m.get(second.id, admin).start == T(2026, 12, 11, 14, 0)
    assert m.get(first.id, admin).title == "专题会一"  # nothing written: the file had a bad row
    kept = xlsx.import_file(m.SPEC, path, admin, on_match="update", skip_bad=True)
    assert [p.row for p in kept.problems] == [3] and len(kept.updated) == 1
    assert _double_bookings() == []
    assert audit.verify_chain() == [] and check.run_checks() == []


@pytest.mark.parametrize("out_first", [True, False])
def test_rows_that_meet_are_checked_in_the_file_s_order(directory_data, admin, on_day, tmp_path,
                                                         locks, monkeypatch, out_first):
    # one row moves 专题会一 out of 第一会议室 at 09:00, another moves 专题会二 in: one by one,
    # the second is saved when the first row moved it out, refused when it comes first
    leaving = _meeting("专题会一", "2026-12-11 09:00", "2026-12-11 10:00", "第一会议室", ["李建国"], admin)
    coming = _meeting("专题会二", "2026-12-11 14:00", "2026-12-11 15:00", "第二会议室", ["高静"], admin)
    order = [leaving.id, coming.id] if out_first else [coming.id, leaving.id]
    path = _sheet(admin, tmp_path / "会议.xlsx", order, {
        leaving.id: {"开始时间": "2026-12-11 16:00", "结束时间": "2026-12-11 17:00", "报到时间": None},
        coming.id: {"开始时间": "2026-12-11 09:00", "结束时间": "2026-12-11 10:00", "地点": "第一会议室",
                    "报到时间": None}})
    locks.clear()
    before = _as_before(monkeypatch, lambda: xlsx.import_file(m.SPEC, path, admin, on_match="update",
                                                              skip_bad=True, dry_run=True))
    dry = xlsx.import_file(m.SPEC, path, admin, on_match="update", skip_bad=True, dry_run=True)
    assert (dry.updated, dry.problems) == (before.updated, before.problems)
    done = xlsx.import_file(m.SPEC, path, admin, on_match="update", skip_bad=True)
    assert (done.updated, done.problems) == (before.updated, before.problems)
    assert len(done.updated) == (2 if out_first else 1)
    assert (m.get(coming.id, admin).place == "第一会议室") is out_first
    # saved one by one (they meet), their entries say so as the others' do
    summaries = [e.summary for e in AuditEntry.select().where(
        (AuditEntry.action == "update") & (AuditEntry.registry == "meetings")
        & AuditEntry.record_id.in_([leaving.id, coming.id]))]
    assert len(summaries) == len(done.updated)
    assert all(summary.startswith("导入更新会议：开始时间、结束时间") for summary in summaries), summaries
    assert _double_bookings() == []
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_two_rows_booking_one_room_at_one_time_are_not_both_saved(directory_any_db, admin, on_day,
                                                                  tmp_path):
    # each is free against the meetings stored: checked apart, both would be saved
    one = _meeting("专题会一", "2026-12-11 09:00", "2026-12-11 10:00", "第一会议室", ["李建国"], admin)
    two = _meeting("专题会二", "2026-12-11 14:00", "2026-12-11 15:00", "第二会议室", ["高静"], admin)
    moved = {"开始时间": "2026-12-12 09:00", "结束时间": "2026-12-12 10:00", "地点": "常委会议室",
             "报到时间": None}
    path = _sheet(admin, tmp_path / "会议.xlsx", [one.id, two.id], {one.id: moved, two.id: moved})
    done = xlsx.import_file(m.SPEC, path, admin, on_match="update", skip_bad=True)
    assert [p.row for p in done.problems] == [3] and "常委会议室" in done.problems[0].reason
    assert [change.record_id for change in done.updated] == [one.id]
    assert _double_bookings() == []
