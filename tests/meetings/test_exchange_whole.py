"""An exported 会议台账 holds every field a meeting is made of (DESIGN: one field declaration
drives the xlsx headers): 特邀人员, 报到时间, 报名截止, 材料要求, 主席台人数 as much as its name.
Read back it gives the same meetings: `import --update` finds them all unchanged, and imported
into a new office they come back whole. The template has the same columns."""

from __future__ import annotations

from typing import Any

from openpyxl import load_workbook

from officedesk.core import meetings as m
from officedesk.core import registry, settings
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.meetings import Meeting
from tests.cli_office import office  # noqa: F401  (the fixture)
from tests.meetings.conftest import _fill_directory, make_draft

WHOLE = ("特邀人员", "报到时间", "报名截止", "材料要求", "主席台人数", "旁听人员", "出席人员",
         "列席人员", "议程", "联系人", "联系电话", "备注", "密级", "发文字号")


def _whole_meeting(admin: Any) -> Meeting:
    draft = make_draft(attendees=["李建国", "王海涛", "陈志明", "刘芳"], nonvoting=["马俊"],
                       checkin_time="2026-12-03 08:30", signup_deadline="2026-12-01 17:00",
                       materials="请各单位带书面汇报材料20份", note="请提前10分钟到场",
                       secrecy="秘密", doc_no="某委办明电〔2026〕12号")
    draft.guests = [m.resolve_person("张教授（省社科院）")]
    draft.observers = [m.resolve_person("王群众（群众代表）")]
    draft.podium_count = 3
    return m.save_meeting(draft, admin)


def _as_saved(meeting: Meeting, admin: Any) -> tuple:
    draft = m.draft_of(meeting, admin)
    people = tuple(tuple(p.label() for p in group) for group in
                   (draft.attendees, draft.nonvoting, draft.guests, draft.observers))
    return (tuple(sorted(draft.values.items())), people, tuple(draft.agenda),
            draft.podium_count, meeting.status, meeting.room_id is not None)


def test_the_headers_hold_every_field(directory_data, tmp_path):
    template = xlsx.write_template(registry.get("meetings"), tmp_path / "t.xlsx")
    headers = {str(c.value).rstrip("*＊").strip()
               for c in next(load_workbook(template).active.iter_rows(max_row=1))}
    assert set(WHOLE) <= headers


def test_export_reads_back_the_same_meetings(directory_data, admin, on_day, tmp_path):
    meeting = _whole_meeting(admin)
    before = _as_saved(meeting, admin)
    path = tmp_path / "meetings.xlsx"
    xlsx.export(m.SPEC, path, admin)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    exported = dict(zip(rows[0], rows[1], strict=True))
    assert exported["特邀人员"] == "张教授（省社科院）" and exported["主席台人数"] in (3, "3")
    assert exported["材料要求"] == "请各单位带书面汇报材料20份"
    assert exported["发文字号"] == "某委办明电〔2026〕12号"

    report = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert report.ok and report.unchanged == 1 and not report.updated, [
        str(p) for p in report.problems]

    store_db.close_database()
    settings.forget_cache()
    store_db.open_database(str(tmp_path / "another-office.db"))
    _fill_directory(admin)
    report = xlsx.import_file(m.SPEC, path, admin)
    assert report.ok and report.imported == 1, [str(p) for p in report.problems]
    assert _as_saved(Meeting.get(), admin) == before


def _rows(path) -> list[dict]:
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    return [{k: v for k, v in zip(rows[0], row, strict=True) if k != "记录号"} for row in rows[1:]]


def test_on_the_command_line(office, tmp_path):  # noqa: F811
    meeting = office.json("add", "meetings", "会议名称=全县工作会", "会议类型=工作会议",
                          "开始时间=2026-12-31 10:00", "结束时间=2026-12-31 12:00",
                          "出席人员=王建国、韦刚、李海", "特邀人员=张教授（省社科院）",
                          "报到时间=2026-12-31 09:30", "报名截止=2026-12-30 17:00",
                          "材料要求=带书面材料", "主席台人数=2")["id"]
    shown = office.json("steps", "meetings", str(meeting))
    assert shown["state"] == "筹备中"
    sheet = tmp_path / "meetings.xlsx"
    office("export", "meetings", str(sheet))
    out, _err = office("import", "meetings", str(sheet), "--update")
    assert "1 条与已有记录相同、未改" in out, out
    # a new office reads the sheet back into the same meetings: exported again, the same rows
    office.db = tmp_path / "another-office.db"
    office("init", "--org", "中共某某县委办公室", "--code", "某委办")
    office("import", "meetings", str(sheet))
    again = tmp_path / "again.xlsx"
    office("export", "meetings", str(again))
    assert _rows(again) == _rows(sheet)
    template = tmp_path / "template.xlsx"
    office("template", "meetings", str(template))
    headers = {str(c.value).rstrip("*＊").strip()
               for c in next(load_workbook(template).active.iter_rows(max_row=1))}
    assert set(WHOLE) <= headers
