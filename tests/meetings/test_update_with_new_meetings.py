"""`import --update meetings` of a 台账 exported, corrected and added to: the corrections and the
new meetings are checked together before the write lock, in the file's order, each as one by
one finds things once the rows above it are saved (exchange.import_mixed_ordered) — a new
meeting in a room at the time a corrected meeting moves into is refused, and so is a correction
moving into a new meeting above it; a dry run takes no lock, the import one, and what it writes
and tells is what one by one writes and tells."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from officedesk.core import audit, check, records
from officedesk.core import meetings as m
from officedesk.exchange import import_mixed_ordered, importing, xlsx
from officedesk.store import db as store_db
from officedesk.store.meetings import AgendaItem, Meeting, MeetingAttendee
from officedesk.store.models import AuditEntry
from tests.meetings.conftest import _fill_directory, make_draft
from tests.write_locks import watch_write_locks

REASON = "同一领导确需先后出席"
STAMPS = {"created_at", "updated_at", "signed_at"}


def _office(admin: Any) -> None:
    """Five meetings, ids 1–5 in every database."""
    for title, start, end, place, people in (
            ("专题会甲", "2026-12-03 09:00", "2026-12-03 10:00", "第一会议室", ["李建国", "王海涛"]),
            ("专题会乙", "2026-12-03 14:00", "2026-12-03 15:00", "第二会议室", ["陈志明"]),
            ("专题会丙", "2026-12-04 09:00", "2026-12-04 10:00", "常委会议室", ["刘芳"]),
            ("专题会丁", "2026-12-04 14:00", "2026-12-04 15:00", "第一会议室", ["赵立新"]),
            ("专题会戊", "2026-12-05 09:00", "2026-12-05 10:00", "第二会议室", ["孙红梅"])):
        m.save_meeting(make_draft(title=title, start=start, end=end, place=place, attendees=people), admin)


def _new(title: str, start: str, end: str, place: str, people: list[str]) -> dict[str, Any]:
    return {"会议名称": title, "会议类型": "专题会议", "开始时间": start, "结束时间": end, "地点": place,
            "主办单位": "市委办公室", "主持人": people[0], "出席人员": "、".join(people)}


def _moved(title: str, start: str, end: str, **cells: Any) -> dict[str, Any]:
    return {"会议名称": title, "开始时间": start, "结束时间": end, "报到时间": None, **cells}


# the file's rows in order: ("edit", meeting id, cells) or ("new", cells)
FILE = [
    # 甲 moves to the afternoon: a new meeting in its room then is refused, one at its old time taken
    ("edit", 1, _moved("专题会甲（改期）", "2026-12-03 16:00", "2026-12-03 17:00")),
    ("new", _new("新会一", "2026-12-03 16:30", "2026-12-03 17:30", "第一会议室", ["周文斌"])),
    ("new", _new("新会二", "2026-12-03 09:00", "2026-12-03 10:00", "第一会议室", ["吴国庆"])),
    # a new meeting above the correction that moves into it: the correction is refused
    ("new", _new("新会三", "2026-12-05 14:00", "2026-12-05 15:00", "常委会议室", ["郑小燕"])),
    ("edit", 3, _moved("专题会丙", "2026-12-05 14:30", "2026-12-05 15:30")),
    # 丁 moved where a new meeting after it wants 赵立新 too: saved with the reason, either way
    ("edit", 4, _moved("专题会丁", "2026-12-04 16:00", "2026-12-04 17:00")),
    ("new", _new("新会四", "2026-12-04 16:30", "2026-12-04 17:30", "第二会议室", ["赵立新", "高静"])),
    # a new meeting in 乙's room at its time, above 乙's move away: refused, as one by one
    ("new", _new("新会五", "2026-12-03 14:00", "2026-12-03 15:00", "第二会议室", ["徐明"])),
    ("edit", 2, _moved("专题会乙", "2026-12-06 14:00", "2026-12-06 15:00")),
    ("edit", 5, {"会议名称": "专题会戊（更正）"}),
    # a new meeting due with 孙红梅 at 戊, renamed above it: its conflict names it as renamed
    ("new", _new("新会六", "2026-12-05 09:30", "2026-12-05 10:30", "县宾馆", ["孙红梅"])),
]


def _sheet(admin: Any, path: Path, rows: list[tuple]) -> Path:
    xlsx.export(m.SPEC, path, admin)
    book = load_workbook(path)
    sheet = book.active
    header = [str(c.value).rstrip("*＊").strip() for c in sheet[1]]
    exported = {int(row[header.index("记录号")]): list(row)
                for row in sheet.iter_rows(min_row=2, values_only=True)}
    sheet.delete_rows(2, sheet.max_row)
    for kind, *rest in rows:
        if kind == "edit":
            meeting_id, cells = rest
            values = exported[meeting_id]
        else:
            [cells], values = rest, [None] * len(header)
        for label, value in cells.items():
            values[header.index(label)] = value
        sheet.append(values)
    book.save(path)
    return path


def _fresh(tmp_path: Path, name: str, admin: Any) -> None:
    store_db.close_database()
    store_db.open_database(str(tmp_path / f"{name}.db"))
    _fill_directory(admin)
    _office(admin)


def _written() -> dict[str, Any]:
    """The meetings, their people and agenda, and the trail, as stored (no time stamps)."""
    def rows(model: Any, kept: set[str] = STAMPS) -> list[tuple]:
        return [tuple(v for k, v in sorted(row.__data__.items()) if k not in kept)
                for row in model.select().order_by(model.id)]

    trail = sorted((e.action, e.registry, e.record_id or 0, e.summary, str(e.before), str(e.after))
                   for e in AuditEntry.select().where(AuditEntry.registry == m.SPEC.name))
    # (the sub-rows' own ids aside: 修改 writes a meeting's agenda again, a correction saved as
    # checked only when it changed)
    return {"meetings": rows(Meeting), "people": sorted(rows(MeetingAttendee, STAMPS | {"id"})),
            "agenda": sorted(rows(AgendaItem, STAMPS | {"id"})), "trail": trail}


def _told(report: Any) -> dict[str, Any]:
    return {"problems": [(p.row, p.column, p.reason) for p in report.problems],
            "updated": report.updated, "imported": report.imported, "ids": report.ids,
            "need_reason": report.need_reason, "skipped": report.skipped}


def _locks(monkeypatch: Any) -> list[str]:
    """The write locks taken from now on (the import's own, the batch's, the hook's)."""
    from officedesk.exchange import batch_then_rows

    return watch_write_locks(monkeypatch, records, import_mixed_ordered, batch_then_rows)


def _one_by_one(monkeypatch: Any, **kwargs: Any) -> Any:
    with monkeypatch.context() as patched:
        patched.setattr(importing, "mixed_and_preparable", lambda *args: False)
        return _imported(**kwargs)


def _imported(path: Path, admin: Any, reason: str = REASON, **kwargs: Any) -> Any:
    with m.forcing(reason):
        return xlsx.import_file(m.SPEC, path, admin, on_match="update", **kwargs)


@pytest.mark.parametrize("reason", [REASON, ""])
def test_corrections_and_new_meetings_are_checked_together_without_the_lock(
        db, admin, on_day, tmp_path, monkeypatch, reason):
    """With `--force 理由` the people due at two meetings are saved with it (新会四 with 丁 as
    moved, 新会六 with 戊 as renamed); without, those rows are refused, wanting a reason."""
    _fresh(tmp_path, "one-by-one", admin)
    path = _sheet(admin, tmp_path / "one.xlsx", FILE)
    slow_dry = _one_by_one(monkeypatch, path=path, admin=admin, reason=reason, dry_run=True)
    slow_refused = _one_by_one(monkeypatch, path=path, admin=admin, reason=reason)
    slow = _one_by_one(monkeypatch, path=path, admin=admin, reason=reason, skip_bad=True)
    one_by_one = _written()
    assert [p.row for p in slow.problems] == ([3, 6, 9] if reason else [3, 6, 8, 9, 12]), \
        [str(p) for p in slow.problems]
    assert "已安排“专题会甲（改期）”" in slow.problems[0].reason
    assert "已安排“新会三”" in slow.problems[1].reason
    assert "已安排“专题会乙”" in slow.problems[-1 if reason else -2].reason
    overrides = [e.after for e in AuditEntry.select().where(AuditEntry.action == "conflict_override")]
    if reason:  # 新会六 meets 戊 as renamed
        assert any("专题会戊（更正）" in str(after) for after in overrides)
    else:
        assert slow.need_reason == [8, 12] and "专题会戊（更正）" in slow.problems[-1].reason

    _fresh(tmp_path, "together", admin)
    path = _sheet(admin, tmp_path / "together.xlsx", FILE)
    before = _written()
    locks = _locks(monkeypatch)
    dry = _imported(path, admin, reason, dry_run=True)
    assert locks == [] and _written() == before  # checked, nothing written, no lock
    assert _told(dry) == _told(slow_dry)
    refused = _imported(path, admin, reason)
    assert locks == [] and _written() == before and _told(refused) == _told(slow_refused)

    done = _imported(path, admin, reason, skip_bad=True)
    assert locks == ["lock"]  # one lock, for the write alone
    assert _told(done) == _told(slow)
    assert _written() == one_by_one
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_a_file_whose_corrections_meet_each_other_and_a_new_row_goes_one_by_one(
        db, admin, on_day, tmp_path, monkeypatch):
    """A correction moving into the time and room another moves out of: both are saved by the
    hook under the lock, in the file's order; a new meeting meeting them too (in the room the
    second leaves) would be checked apart from them: the whole file goes one by one."""
    rows = [("edit", 1, _moved("专题会甲", "2026-12-03 16:00", "2026-12-03 17:00")),
            ("edit", 4, _moved("专题会丁", "2026-12-03 09:00", "2026-12-03 10:00")),
            ("new", _new("新会一", "2026-12-04 14:30", "2026-12-04 15:30", "第一会议室", ["周文斌"])),
            ("new", _new("新会二", "2026-12-06 09:00", "2026-12-06 10:00", "第一会议室", ["周文斌"]))]
    _fresh(tmp_path, "one-by-one", admin)
    slow = _one_by_one(monkeypatch, path=_sheet(admin, tmp_path / "one.xlsx", rows), admin=admin,
                       skip_bad=True)
    one_by_one = _written()

    _fresh(tmp_path, "tangled", admin)
    path = _sheet(admin, tmp_path / "tangled.xlsx", rows)
    locks = _locks(monkeypatch)
    real, told_back = import_mixed_ordered._Kept.put_back, []
    monkeypatch.setattr(import_mixed_ordered._Kept, "put_back",
                        lambda kept, report: told_back.append(report.problems) or real(kept, report))
    done = _imported(path, admin, skip_bad=True)
    assert told_back and locks == ["lock"]  # checked together first, then one by one under the lock
    assert _told(done) == _told(slow) and _written() == one_by_one
    assert done.ok and done.imported == 2 and len(done.updated) == 2, [str(p) for p in done.problems]
    assert audit.verify_chain() == [] and check.run_checks() == []


def _booked_meanwhile(admin: Any) -> Meeting:
    return m.save_meeting(make_draft(title="书记专题会", start="2026-12-04 16:00", end="2026-12-04 17:00",
                                     place="第二会议室", attendees=["马俊"]), admin)


def test_a_meeting_booked_between_the_check_and_the_lock_sends_the_file_one_by_one(
        db, admin, on_day, tmp_path, monkeypatch):
    """Another workstation books the room a new row takes after the check: nothing is written
    as checked; the file is checked again under the lock, row by row, and that row refused:
    as one by one after that booking."""
    from officedesk.exchange import batch_then_rows

    _fresh(tmp_path, "one-by-one", admin)
    _booked_meanwhile(admin)
    slow = _one_by_one(monkeypatch, path=_sheet(admin, tmp_path / "one.xlsx", FILE), admin=admin,
                       skip_bad=True)
    one_by_one = _written()

    _fresh(tmp_path, "meanwhile", admin)
    path = _sheet(admin, tmp_path / "meanwhile.xlsx", FILE)
    real = batch_then_rows.batch_write.write
    meanwhile: list[Meeting] = []

    def then_another_workstation_books(*args: Any, **kwargs: Any) -> Any:
        if not meanwhile:
            meanwhile.append(_booked_meanwhile(admin))
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_then_rows.batch_write, "write", then_another_workstation_books)
    report = _imported(path, admin, skip_bad=True)
    assert meanwhile and [p.row for p in report.problems] == [3, 6, 8, 9], [str(p) for p in report.problems]
    assert "已安排“书记专题会”" in report.problems[2].reason
    assert _told(report) == _told(slow) and _written() == one_by_one
    assert audit.verify_chain() == [] and check.run_checks() == []


def test_corrections_meeting_each_other_apart_from_the_new_rows_are_saved_by_the_hook(
        db, admin, on_day, tmp_path, monkeypatch):
    """The two corrections are left to the hook under the lock, after the new rows (which meet
    neither); the rest is checked before the lock, and the whole written under one."""
    rows = [("new", _new("新会一", "2026-12-06 09:00", "2026-12-06 10:00", "第一会议室", ["周文斌"])),
            ("edit", 1, _moved("专题会甲", "2026-12-03 16:00", "2026-12-03 17:00")),
            ("edit", 4, _moved("专题会丁", "2026-12-03 09:00", "2026-12-03 10:00")),
            ("edit", 5, {"会议名称": "专题会戊（更正）"}),
            ("new", _new("新会二", "2026-12-06 09:00", "2026-12-06 10:00", "第二会议室", ["周文斌"]))]
    _fresh(tmp_path, "one-by-one", admin)
    path = _sheet(admin, tmp_path / "one.xlsx", rows)
    slow_dry = _one_by_one(monkeypatch, path=path, admin=admin, reason="", dry_run=True)
    slow = _one_by_one(monkeypatch, path=path, admin=admin, reason="", skip_bad=True)
    one_by_one = _written()
    assert slow.need_reason == [6] and len(slow.updated) == 3, [str(p) for p in slow.problems]

    _fresh(tmp_path, "apart", admin)
    path = _sheet(admin, tmp_path / "apart.xlsx", rows)
    before = _written()
    locks = _locks(monkeypatch)
    monkeypatch.setattr(import_mixed_ordered._Kept, "put_back", None)  # never one by one
    dry = _imported(path, admin, "", dry_run=True)
    # the two rows the hook saves are told by writing them alone under the lock, then undone
    assert locks == ["lock"] and _told(dry) == _told(slow_dry) and _written() == before, (_told(dry), locks)
    locks.clear()
    done = _imported(path, admin, "", skip_bad=True)
    assert locks == ["lock"] and _told(done) == _told(slow) and _written() == one_by_one
    assert audit.verify_chain() == [] and check.run_checks() == []
