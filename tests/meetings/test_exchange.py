"""Meetings through the generic xlsx import/export and the command line's `add`."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook, load_workbook

from officedesk.core import meetings as m
from officedesk.core import registry
from officedesk.core.actor import CLI_ACTOR
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.meetings import Meeting

HEADERS = [
    "会议名称",
    "会议类型",
    "开始时间",
    "结束时间",
    "地点",
    "主办单位",
    "主持人",
    "出席人员",
    "列席人员",
    "议程",
    "联系人",
    "联系电话",
    "备注",
]

LATER = ["密级", "状态", "取消原因", "旁听人员", "特邀人员", "报到时间", "报名截止", "材料要求",
         "主席台人数", "发文字号"]


def _sheet(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


GOOD = [
    "全市教育工作座谈会",
    "座谈会",
    "2026/12/8 9:00",
    "2026年12月8日11时",
    "第一会议室",
    "市教育局",
    "林涛",
    "李建国、王海涛\n林涛",
    "张老师（市一中）",
    "1. 通报全市教育工作情况（市教育局 林涛，20分钟）\n2. 座谈发言（60分钟）",
    "周敏",
    "0731-88881234",
    "",
]


def test_template_has_the_issue_headers(directory_data, tmp_path):
    path = xlsx.write_template(registry.get("meetings"), tmp_path / "t.xlsx")
    headers = [c.value for c in next(load_workbook(path).active.iter_rows(max_row=1))]
    # issue 10: 密级 appended; then the state and its fact (a meeting comes back in its state)
    # and 旁听人员 (schema 19) after them, then the rest of a meeting (特邀人员…主席台人数), the
    # older columns staying where they were
    assert [h.rstrip("*＊").strip() for h in headers] == [*HEADERS, *LATER]


def test_import_reports_every_bad_row_and_imports_nothing(directory_data, admin, tmp_path):
    spec = registry.get("meetings")
    bad_time = list(GOOD)
    bad_time[0], bad_time[2] = "会一", "下周一上午"
    backwards = list(GOOD)
    backwards[0], backwards[2], backwards[3] = "会二", "2026-12-09 10:00", "2026-12-09 09:00"
    no_title = list(GOOD)
    no_title[0], no_title[2], no_title[3] = "", "2026-12-10 09:00", "2026-12-10 10:00"
    rows = [GOOD, bad_time, backwards, no_title]
    report = xlsx.import_file(spec, _sheet(tmp_path / "in.xlsx", rows), admin)
    assert not report.ok and report.imported == 0 and Meeting.select().count() == 0
    problems = {(p.row, p.column) for p in report.problems}
    assert problems == {(3, "开始时间"), (4, "结束时间"), (5, "会议名称")}
    # asked to skip bad rows: the good one goes in
    report = xlsx.import_file(spec, _sheet(tmp_path / "in.xlsx", rows), admin, skip_bad=True)
    assert report.imported == 1 and report.skipped == 3
    meeting = Meeting.get()
    assert meeting.start == dt.datetime(2026, 12, 8, 9, 0)
    assert [p.name for p in m.attendees(meeting.id, CLI_ACTOR)] == ["李建国", "王海涛", "林涛", "张老师"]
    assert len(m.agenda(meeting.id, CLI_ACTOR)) == 2


def test_import_refuses_a_double_booked_room(directory_data, admin, tmp_path):
    spec = registry.get("meetings")
    other = list(GOOD)
    other[0], other[2], other[3] = "另一个会", "2026-12-08 10:00", "2026-12-08 12:00"
    report = xlsx.import_file(spec, _sheet(tmp_path / "in.xlsx", [GOOD, other]), admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, "地点")]
    assert Meeting.select().count() == 0


def test_export_round_trip(directory_data, admin, tmp_path):
    spec = registry.get("meetings")
    xlsx.import_file(spec, _sheet(tmp_path / "in.xlsx", [GOOD]), admin)
    out = xlsx.export(spec, tmp_path / "out.xlsx", admin)
    assert out == 1
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    columns = [*HEADERS, *LATER, "记录号"]  # 记录号: the record's own id
    assert list(rows[0]) == columns
    exported = dict(zip(columns, rows[1], strict=True))
    assert exported["出席人员"] == "李建国、王海涛、林涛"
    assert exported["列席人员"] == "张老师（市一中）"
    assert "通报全市教育工作情况（市教育局 林涛，20分钟）" in exported["议程"]
    Meeting.delete().execute()
    report = xlsx.import_file(spec, tmp_path / "out.xlsx", admin)
    assert report.ok and report.imported == 1


def test_cli_add(directory_data, admin, tmp_path):
    from officedesk import cli

    code = cli.main(
        [
            "--db",
            str(tmp_path / "officedesk.db"),
            "add",
            "meetings",
            "会议名称=专题会",
            "会议类型=专题会议",
            "开始时间=2026-12-11 09:00",
            "结束时间=2026-12-11 10:00",
            "地点=第二会议室",
            "出席人员=李建国、马俊",
            "议程=研究项目（20分钟）",
        ]
    )
    assert code == 0
    store_db.open_database(str(tmp_path / "officedesk.db"))  # the command closed its connection
    meeting = Meeting.get(Meeting.title == "专题会")
    assert meeting.head_count == 2 and m.agenda(meeting.id, CLI_ACTOR)[0].minutes == 20


def test_a_head_count_given_by_hand_is_the_lists_or_refused(directory_data, admin):
    """应到人数 is counted from the lists: `add meetings … 应到人数=20` was stored as 2 without a
    word; the same number as the lists give (a sheet brought back) is taken."""
    import pytest

    from officedesk.core.errors import ValidationError

    raw = {"会议名称": "专题会", "会议类型": "专题会议", "开始时间": "2026-12-11 09:00",
           "结束时间": "2026-12-11 10:00", "地点": "第二会议室", "出席人员": "李建国、马俊"}
    before = Meeting.select().count()
    with pytest.raises(ValidationError, match="应到人数.*现在是 2 人.*不能另填“20”"):
        m.SPEC.create_hook({**raw, "应到人数": "20"}, admin)
    assert Meeting.select().count() == before
    assert m.SPEC.create_hook({**raw, "应到人数": 2}, admin).head_count == 2
