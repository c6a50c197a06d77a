"""`import --update meetings` saves a changed meeting by the rules of 修改: a person due at two
meetings at once refuses the row unless the import was given `--force 理由` (its reason kept,
as `add` and a new row's import keep it); a meeting moved keeps its 报到 lead time; a notified
meeting's moved time or place is told (注意), in the report and in --json, as 修改 tells it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from openpyxl import load_workbook

from officedesk.core import audit, steps
from officedesk.core import meetings as m
from officedesk.core.meetings.service import forcing
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.meetings import Meeting
from tests.cli_office import office  # noqa: F401  (the fixture)
from tests.meetings.conftest import make_draft

T = dt.datetime


def _export_and_edit(admin: Any, path, meeting_id: int, **cells: Any) -> None:
    """Export the meetings, then change the cells (by header) of the meeting's row."""
    xlsx.export(m.SPEC, path, admin)
    book = load_workbook(path)
    sheet = book.active
    header = [str(c.value).rstrip("*＊").strip() for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("记录号")].value in (meeting_id, str(meeting_id)):
            for label, value in cells.items():
                row[header.index(label)].value = value
    book.save(path)


def _two_meetings(admin: Any) -> tuple[Meeting, Meeting]:
    first = m.save_meeting(make_draft(title="专题会一", start="2026-12-11 09:00",
                                      end="2026-12-11 10:00", place="第一会议室",
                                      attendees=["李建国", "马俊"]), admin)
    second = m.save_meeting(make_draft(title="专题会二", start="2026-12-11 14:00",
                                       end="2026-12-11 15:00", place="第二会议室",
                                       attendees=["李建国", "高静"],
                                       checkin_time="2026-12-11 13:30"), admin)
    return first, second


def _overrides(meeting_id: int) -> list[Any]:
    return [e for e in audit.history("meetings", meeting_id) if e.action == "conflict_override"]


def test_a_person_due_elsewhere_refuses_the_updated_row(directory_data, admin, on_day, tmp_path):
    _first, second = _two_meetings(admin)
    path = tmp_path / "meetings.xlsx"
    _export_and_edit(admin, path, second.id, **{"开始时间": "2026-12-11 09:30",
                                                "结束时间": "2026-12-11 10:30", "报到时间": None})
    trial = xlsx.import_file(m.SPEC, path, admin, on_match="update", dry_run=True)
    assert not trial.ok and not trial.updated
    assert any("李建国" in p.reason and "--force 理由" in p.reason for p in trial.problems), [
        str(p) for p in trial.problems]
    report = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert not report.ok and not report.updated
    kept = m.get(second.id, admin)
    assert kept.start == T(2026, 12, 11, 14, 0) and kept.checkin_time == T(2026, 12, 11, 13, 30)
    assert not _overrides(second.id)


def test_forced_with_a_reason_the_update_is_saved_with_it(directory_data, admin, on_day,
                                                          tmp_path):
    _first, second = _two_meetings(admin)
    path = tmp_path / "meetings.xlsx"
    _export_and_edit(admin, path, second.id, **{"开始时间": "2026-12-11 09:30",
                                                "结束时间": "2026-12-11 10:30", "报到时间": None})
    with forcing("李建国同志只出席后半程"):
        report = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert report.ok and len(report.updated) == 1, [str(p) for p in report.problems]
    assert m.get(second.id, admin).start == T(2026, 12, 11, 9, 30)
    kept = _overrides(second.id)
    assert kept and "李建国同志只出席后半程" in kept[0].summary
    assert "未经人工确认" not in kept[0].summary


def _notified(admin: Any) -> Meeting:
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"], start="2026-12-03 14:30",
                                     end="2026-12-03 16:00", checkin_time="2026-12-03 14:00"),
                          admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    return m.get(made.id, admin)


def test_a_meeting_moved_later_keeps_its_checkin_lead_and_is_told(directory_data, admin, on_day,
                                                                  tmp_path):
    made = _notified(admin)
    path = tmp_path / "meetings.xlsx"
    _export_and_edit(admin, path, made.id, **{"开始时间": "2026-12-03 15:30",
                                              "结束时间": "2026-12-03 17:00"})
    report = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert report.ok and len(report.updated) == 1, [str(p) for p in report.problems]
    assert m.get(made.id, admin).checkin_time == T(2026, 12, 3, 15, 0)  # half an hour before
    change = report.updated[0]
    assert "已发出的通知不再准确" in str(change)
    entry = report.as_dict()["updated"][0]
    assert "会议时间已改" in entry["notice_outdated"]


def test_a_meeting_moved_earlier_is_not_refused_on_its_old_checkin(directory_data, admin, on_day,
                                                                   tmp_path):
    made = _notified(admin)
    path = tmp_path / "meetings.xlsx"
    _export_and_edit(admin, path, made.id, **{"开始时间": "2026-12-03 10:00",
                                              "结束时间": "2026-12-03 11:30"})
    report = xlsx.import_file(m.SPEC, path, admin, on_match="update", dry_run=True)
    assert report.ok and len(report.updated) == 1, [str(p) for p in report.problems]
    assert "已发出的通知不再准确" in str(report.updated[0])  # told on the trial run too
    report = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert report.ok, [str(p) for p in report.problems]
    assert m.get(made.id, admin).checkin_time == T(2026, 12, 3, 9, 30)


def test_a_checkin_changed_in_the_sheet_is_the_clerk_s(directory_data, admin, on_day, tmp_path):
    made = _notified(admin)
    path = tmp_path / "meetings.xlsx"
    _export_and_edit(admin, path, made.id, **{"开始时间": "2026-12-03 15:30",
                                              "结束时间": "2026-12-03 17:00",
                                              "报到时间": "2026-12-03 14:45"})
    report = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert report.ok, [str(p) for p in report.problems]
    assert m.get(made.id, admin).checkin_time == T(2026, 12, 3, 14, 45)


def test_an_unnotified_meeting_moved_has_no_note(directory_data, admin, on_day, tmp_path):
    made = m.save_meeting(make_draft(attendees=["李建国"], checkin_time="2026-12-03 08:30"),
                          admin)
    path = tmp_path / "meetings.xlsx"
    _export_and_edit(admin, path, made.id, **{"开始时间": "2026-12-03 10:00",
                                              "结束时间": "2026-12-03 11:30"})
    report = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert report.ok and "通知" not in str(report.updated[0])
    assert "notice_outdated" not in report.as_dict()["updated"][0]


def test_on_the_command_line(office, tmp_path):  # noqa: F811
    busy = office.json("add", "meetings", "会议名称=专题会一", "会议类型=专题会议",
                       "开始时间=2026-12-11 09:00", "结束时间=2026-12-11 10:00",
                       "出席人员=王建国、韦刚")["id"]
    moved = office.json("add", "meetings", "会议名称=专题会二", "会议类型=专题会议",
                        "开始时间=2026-12-11 14:30", "结束时间=2026-12-11 16:00",
                        "报到时间=2026-12-11 14:00", "主持人=韦刚", "出席人员=李海")["id"]
    assert busy != moved
    office.step("meetings", moved, "发通知")
    sheet = tmp_path / "meetings.xlsx"
    office("export", "meetings", str(sheet))
    book = load_workbook(sheet)
    rows = book.active
    header = [str(c.value).rstrip("*＊").strip() for c in rows[1]]
    for row in rows.iter_rows(min_row=2):
        if row[header.index("记录号")].value in (moved, str(moved)):
            row[header.index("开始时间")].value = "2026-12-11 09:30"
            row[header.index("结束时间")].value = "2026-12-11 11:00"
    book.save(sheet)
    _out, err = office("import", "meetings", str(sheet), "--update", "--dry-run", code=1)
    assert "韦刚" in err and "--force 理由" in err, err
    out, _err = office("import", "meetings", str(sheet), "--update", "--dry-run",
                       "--force", "韦刚同志先到此会")
    assert "注意：会议时间已改，已发出的通知不再准确" in out, out
    done = office.json("import", "meetings", str(sheet), "--update", "--force", "韦刚同志先到此会")
    assert "会议时间已改" in done["updated"][0]["notice_outdated"], done
    store_db.open_database(str(office.db))
    saved = Meeting.get_by_id(moved)
    assert saved.checkin_time == T(2026, 12, 11, 9, 0)  # half an hour before, as it was
    assert any("韦刚同志先到此会" in e.summary for e in _overrides(moved))


def test_the_window_asks_the_reason_and_imports_with_it(directory_data, admin, on_day, tmp_path,
                                                         main_window, qtbot, monkeypatch):
    """The window's import of a row refused only for want of a reason offers to give one (the
    command line's --force 理由), checks again with it and saves it with the change; it offered
    only to skip the row."""
    from officedesk.ui import actions

    _first, second = _two_meetings(admin)
    path = tmp_path / "meetings.xlsx"
    _export_and_edit(admin, path, second.id, **{"开始时间": "2026-12-11 09:30",
                                                "结束时间": "2026-12-11 10:30", "报到时间": None})
    offered, asked, infos = [], [], []

    def answer(window, title, summary, lines, choices, reject_text, warning=True, tips=None):
        offered.append([value for _text, value in choices])
        return "reason" if "reason" in offered[-1] else None

    def reason(window, rows):
        asked.append(rows)
        return "李建国同志只出席后半程"

    monkeypatch.setattr(actions, "ask_over_list", answer)
    monkeypatch.setattr(actions, "ask_conflict_reason", reason)
    monkeypatch.setattr(actions, "confirm_import", lambda *args: True)
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append(text))
    actions.check_then_import(main_window, m.SPEC, str(path), "update")
    qtbot.waitUntil(lambda: bool(infos), timeout=20000)
    # its only row wants a reason: skipping it would import nothing, so that is not offered
    assert offered == [["reason", "history"]] and asked == [[2]]
    assert m.get(second.id, admin).start == T(2026, 12, 11, 9, 30)
    assert "李建国同志只出席后半程" in _overrides(second.id)[0].summary
    assert xlsx.import_file(m.SPEC, path, admin, on_match="update", dry_run=True).need_reason == []
