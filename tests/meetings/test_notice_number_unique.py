"""One 发文字号, one notice: a number another meeting has is refused on 新建, 修改 and import
(two rows of one file too), without naming the other meeting (rules have no actor: it may lie
above the clerk's clearance). A meeting keeps its own number on 修改. Before, two meetings
could share one number and two notices went out under it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.store.meetings import Meeting
from tests.exchange.import_paths import import_by
from tests.exchange.sheets import write_sheet
from tests.meetings.conftest import make_draft

NUMBER = "某委办明电〔2026〕12号"
CLERK = Actor(username="k0", role="clerk", clearance=0, display_name="公开科员")
ROW = {"会议类型": "专题会议", "主办单位": "市委办公室", "联系人": "张敏", "联系电话": "0731-88886666"}


def _second(**values: Any) -> Any:
    return make_draft(title="第二个会", start="2026-12-04 09:00", end="2026-12-04 11:00",
                      place="第二会议室", attendees=["高静"], **values)


@pytest.fixture
def numbered(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 30))
    return m.save_meeting(make_draft(title="机密会议SECRETMTG", attendees=["李建国"], secrecy="机密",
                                     doc_no=NUMBER), admin)


def test_a_number_another_meeting_has_is_refused_without_naming_it(numbered, admin):
    for actor in (admin, CLERK):
        with pytest.raises(ValidationError) as refused:
            m.save_meeting(_second(doc_no="某委办明电〔２０２６〕１２号"), actor)  # tidied first
        assert refused.value.field == "doc_no"
        assert NUMBER in refused.value.message and "另一个会议" in refused.value.message
        assert "SECRET" not in refused.value.message and "机密" not in refused.value.message
    assert Meeting.select().count() == 1


def test_the_edit_step_keeps_its_own_number_and_refuses_anothers(numbered, admin):
    steps.perform("meetings", numbered.id, "修改", {"发文字号": NUMBER, "地点": "第一会议室"}, admin)
    assert m.get(numbered.id, admin).doc_no == NUMBER
    other = m.save_meeting(_second(), admin)
    with pytest.raises(ValidationError) as refused:
        steps.perform("meetings", other.id, "修改", {"发文字号": NUMBER}, admin)
    assert "另一个会议" in refused.value.message
    assert m.get(other.id, admin).doc_no == ""


def test_a_cancelled_meeting_keeps_its_number(numbered, admin):
    """Its notice went out under the number: a 取消通知 prints none, so the number stays its."""
    m.cancel(numbered.id, "领导另有安排", admin)
    with pytest.raises(ValidationError):
        m.save_meeting(_second(doc_no=NUMBER), admin)


def _sheet(path: Path, rows: list[dict[str, Any]]) -> Path:
    return write_sheet(m.SPEC, path, [{**ROW, **row} for row in rows])


@pytest.mark.parametrize("how", ["batch", "rows"])
def test_two_rows_of_one_file_or_a_row_and_a_meeting_with_one_number_are_refused(
        numbered, admin, tmp_path, monkeypatch, how):
    rows = [
        {"会议名称": "甲会", "开始时间": "2026-12-07 09:00", "结束时间": "2026-12-07 10:00",
         "发文字号": "某委办明电〔2026〕20号"},
        {"会议名称": "乙会", "开始时间": "2026-12-08 09:00", "结束时间": "2026-12-08 10:00",
         "发文字号": "某委办明电〔2026〕20号"},
        {"会议名称": "丙会", "开始时间": "2026-12-09 09:00", "结束时间": "2026-12-09 10:00",
         "发文字号": NUMBER},
        {"会议名称": "丁会", "开始时间": "2026-12-10 09:00", "结束时间": "2026-12-10 10:00"},
        {"会议名称": "戊会", "开始时间": "2026-12-11 09:00", "结束时间": "2026-12-11 10:00"},
    ]
    path = _sheet(tmp_path / "会议.xlsx", rows)
    report = import_by(how, m.SPEC, path, CLERK, monkeypatch)
    assert not report.ok and report.imported == 0
    assert report.bad_rows == {3, 4}  # the file's rows 2 and 3 after its header
    said = {p.row: p.reason for p in report.problems}
    assert "某委办明电〔2026〕20号" in said[3] and NUMBER in said[4] and "另一个会议" in said[4]
    assert all("SECRET" not in reason for reason in said.values())
    assert all(p.column == "发文字号" for p in report.problems)
    assert Meeting.select().count() == 1


def test_an_update_file_giving_two_meetings_one_number_is_refused(numbered, admin, tmp_path):
    from openpyxl import load_workbook

    from officedesk.exchange import xlsx

    first = m.save_meeting(_second(), admin)
    second = m.save_meeting(make_draft(title="第三个会", start="2026-12-05 09:00", end="2026-12-05 11:00",
                                       place="第二会议室", attendees=["高静"]), admin)
    path = tmp_path / "meetings.xlsx"
    xlsx.export(m.SPEC, path, admin)
    book = load_workbook(path)
    sheet = book.active
    header = [str(c.value).rstrip("*＊").strip() for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("记录号")].value in (first.id, str(first.id), second.id, str(second.id)):
            row[header.index("发文字号")].value = "某委办明电〔2026〕30号"
    book.save(path)
    report = xlsx.import_file(m.SPEC, path, admin, on_match="update")
    assert not report.ok and not report.updated
    said = list(report.problems)
    assert len(said) == 1 and said[0].column == "发文字号"
    assert "本文件前面的一行" in said[0].reason and "某委办明电〔2026〕30号" in said[0].reason
    assert [m.get(i, admin).doc_no for i in (first.id, second.id)] == ["", ""]
