"""import --update finds a record by a natural key whose unit column gives the unit by its 简称:
the rules store a unit by its 名称 (directory.known_unit), so the key is read the same way
before matching; the row updates the record instead of adding a second one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import directory, info, records, registry, settings
from officedesk.core import meetings as m
from officedesk.core.documents import incoming
from officedesk.core.documents.outgoing import OUTGOING
from officedesk.exchange import xlsx
from officedesk.exchange.report import MATCH_UPDATE

from .sheets import write_sheet

TODAY = dt.date(2026, 6, 30)


@pytest.fixture
def office(db, fixed_today, admin):
    fixed_today(TODAY)
    settings.put("org.name", "中共云岭县委办公室")
    for name, short in (("县财政局", "财政局"), ("县林业局", "林业局")):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)
    records.create(directory.ROOMS, {"名称": "第一会议室", "容量": 40}, admin)
    return db


def _update(spec: Any, tmp_path: Path, row: dict[str, Any], admin: Any) -> Any:
    """A sheet of the row's columns only, as a clerk writes one (an export would bring 记录号)."""
    book = openpyxl.Workbook()
    book.active.append(list(row))
    book.active.append(list(row.values()))
    path = tmp_path / f"{spec.name}.xlsx"
    book.save(path)
    report = xlsx.import_file(spec, path, admin, on_match=MATCH_UPDATE)
    assert not report.problems, [str(p) for p in report.problems]
    return report


INFO = {"标题": "县林业局开展森林防火检查", "报送时间": "2026-06-01 09:00", "类别": "工作动态",
        "正文": "近日，县林业局组织检查组对重点林区开展防火检查。"}


def test_info_by_the_short_name_of_its_unit(office, admin, tmp_path):
    item = records.create(info.SPEC, {**INFO, "报送单位": "县林业局", "报送人": "李明"}, admin)
    report = _update(info.SPEC, tmp_path, {**INFO, "报送单位": "林业局", "报送人": "王芳"}, admin)
    assert (report.matched, report.imported) == (1, 0)
    assert info.SPEC.model.select().count() == 1
    assert info.SPEC.model.get_by_id(item.id).reporter == "王芳"


MEETING = {"会议名称": "防汛工作会", "会议类型": "工作会议", "开始时间": "2026-07-10 09:00",
           "结束时间": "2026-07-10 11:00", "地点": "第一会议室"}


def test_a_meeting_by_the_short_name_of_its_host(office, admin, tmp_path):
    meeting = m.create_hook({**MEETING, "主办单位": "县财政局"}, admin)
    report = _update(m.SPEC, tmp_path, {**MEETING, "主办单位": "财政局", "主持人": "赵志强"}, admin)
    assert (report.matched, report.imported) == (1, 0)
    assert m.SPEC.model.select().count() == 1
    assert m.SPEC.model.get_by_id(meeting.id).chair == "赵志强"


DRAFT = {"标题": "关于开展冬季安全检查的通知", "文种": "通知", "拟稿人": "张三"}


def test_a_draft_by_the_short_name_of_its_drafting_unit(office, admin, tmp_path):
    draft = OUTGOING.create_hook({**DRAFT, "主送": "各乡镇", "拟稿单位": "县财政局"}, admin)
    report = _update(OUTGOING, tmp_path, {**DRAFT, "主送": "各乡镇党委", "拟稿单位": "财政局"}, admin)
    assert (report.matched, report.imported) == (1, 0)
    assert OUTGOING.model.select().count() == 1
    assert OUTGOING.model.get_by_id(draft.id).main_to == "各乡镇党委"


DOC = {"来文字号": "县财办发〔2026〕3号", "标题": "关于做好预算编制的通知", "收文日期": dt.date(2026, 6, 20)}


@pytest.mark.parametrize(("stored", "given"), [("县财政局", "财政局"), ("财政局", "县财政局")])
def test_incoming_by_either_name_of_its_sender(office, admin, tmp_path, stored, given):
    """来文机关 is kept as typed: the key reads both the row's and the record's by the 名称."""
    doc = records.create(incoming.INCOMING, {**DOC, "来文机关": stored}, admin)
    report = _update(incoming.INCOMING, tmp_path, {**DOC, "来文机关": given, "份数": 3}, admin)
    assert (report.matched, report.imported) == (1, 0)
    assert incoming.IncomingDoc.select().count() == 1
    assert incoming.IncomingDoc.get_by_id(doc.id).copies == 3


def test_a_person_by_the_short_name_of_the_unit(office, admin, tmp_path):
    people = registry.get("people")
    person = records.create(people, {"姓名": "王芳", "单位": "县财政局"}, admin)
    report = _update(people, tmp_path, {"姓名": "王芳", "单位": "财政局", "职务": "科长"}, admin)
    assert (report.matched, report.imported) == (1, 0)
    assert people.model.select().count() == 1
    assert people.model.get_by_id(person.id).title == "科长"


def test_the_same_record_twice_in_one_file_by_either_name(office, admin, tmp_path):
    rows = [{**INFO, "报送单位": "县林业局"}, {**INFO, "报送单位": "林业局"}]
    report = xlsx.import_file(info.SPEC, write_sheet(info.SPEC, tmp_path / "twice.xlsx", rows),
                              admin, dry_run=True)
    assert [(p.row, "同一条信息" in p.reason) for p in report.problems] == [(3, True)], [
        str(p) for p in report.problems]
