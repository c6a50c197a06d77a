"""The declared meeting steps do all that the window's dialogs do, so that the window can go
through them: 登记签到 takes a whole sign-in sheet (each leave with its own reason) and takes a
mark back; 纪要 keeps a decision by its 原序号 and records that a meeting decided nothing; 修改
changes every field of a meeting (agenda, 主席台人数, 密级 …) and empties what 清空 names."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import audit, directory, records, responsibility, steps
from officedesk.core import meetings as m
from officedesk.core.errors import ProcedureError, ValidationError
from tests.meetings.conftest import make_draft


@pytest.fixture
def meeting(directory_data, admin, on_day, fixed_today):
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明", "刘芳"],
                                     nonvoting=["马俊"]), admin)
    fixed_today(dt.date(2026, 12, 3))  # set three days ahead; signed in on its day
    return made


@pytest.fixture
def held(meeting, admin):
    """The meeting once held: its 纪要 may be written."""
    steps.perform("meetings", meeting.id, "召开", {}, admin)
    return m.get(meeting.id, admin)


def _marks(meeting_id, admin):
    return {r.name: (r.attendance, r.leave_reason) for r in m.attendees(meeting_id, admin)}


# ---- 登记签到


def test_the_sheet_marks_several_people_at_once_and_takes_a_mark_back(meeting, admin):
    outcome = steps.perform("meetings", meeting.id, "登记签到", {
        "已到": "李建国、王海涛", "请假": "陈志明：在省委党校学习\n刘芳:出差", "缺席": "马俊"}, admin)
    assert (outcome.state_before, outcome.state) == (m.PREPARING, m.HELD)
    assert _marks(meeting.id, admin) == {
        "李建国": ("已到", ""), "王海涛": ("已到", ""), "陈志明": ("请假", "在省委党校学习"),
        "刘芳": ("请假", "出差"), "马俊": ("缺席", "")}
    steps.perform("meetings", meeting.id, "登记签到", {"未签到": "马俊、王海涛"}, admin)
    marks = _marks(meeting.id, admin)
    assert marks["马俊"] == ("", "") and marks["王海涛"] == ("", "")
    entries = [e for e in audit.history("meetings", meeting.id) if e.action == "attendance"]
    assert len(entries) == 2 and "实到 1 人" in entries[-1].summary
    assert [s.step for s in responsibility.signs("meetings", meeting.id)] == ["登记签到"] * 2


@pytest.mark.parametrize(("values", "message"), [
    ({}, "请至少填写一项：已到、请假、缺席、未签到"),
    ({"已到": "李建国", "缺席": "李建国"}, "李建国在“已到”和“缺席”中填了两次"),
    ({"已到": "李建国、王五"}, "王五不在这次会议的参会人员中"),
    ({"请假": "陈志明"}, "陈志明请假，请写明请假原因"),
])
def test_a_sheet_that_does_not_add_up_is_refused_and_changes_nothing(meeting, admin, values,
                                                                      message):
    with pytest.raises(ValidationError, match=message):
        steps.perform("meetings", meeting.id, "登记签到", values, admin)
    assert set(_marks(meeting.id, admin).values()) == {("", "")}
    assert m.get(meeting.id, admin).status == m.PREPARING


# ---- 纪要


def _decisions(meeting_id, admin):
    return [(d.id, d.seq, d.content, d.lead_unit) for d in m.decisions(meeting_id, admin)]


def test_the_minutes_keep_a_decision_by_its_number_and_may_record_none(held, admin):
    meeting = held
    steps.perform("meetings", meeting.id, "纪要", {
        "纪要正文": "会议研究了有关事项。", "议定事项": "甲事项｜市财政局｜2026-12-31\n乙事项"}, admin)
    (first, _, _, _), (second, _, _, _) = _decisions(meeting.id, admin)
    # 乙 rewritten and moved first: its 原序号 (2) keeps it the same decision
    steps.perform("meetings", meeting.id, "纪要",
                  {"议定事项": "乙事项（修改）｜市教育局｜｜2\n甲事项｜市财政局｜2026-12-31", "期号": "第3期"},
                  admin)
    assert _decisions(meeting.id, admin) == [(second, 1, "乙事项（修改）", "市教育局"),
                                             (first, 2, "甲事项", "市财政局")]
    kept = m.get(meeting.id, admin)
    assert kept.minutes_text == "会议研究了有关事项。" and kept.minutes_issue == "第3期"
    steps.perform("meetings", meeting.id, "纪要", {"清空": "议定事项、期号"}, admin)
    assert _decisions(meeting.id, admin) == []
    emptied = m.get(meeting.id, admin)
    assert emptied.minutes_issue == "" and emptied.minutes_text == "会议研究了有关事项。"


def test_decisions_sent_to_supervision_cannot_be_cleared(held, admin):
    meeting = held
    steps.perform("meetings", meeting.id, "纪要",
                  {"纪要正文": "会议纪要。", "议定事项": "甲事项\n乙事项"}, admin)
    steps.perform("meetings", meeting.id, "议定事项转督查", {"议定事项": "1"}, admin)
    with pytest.raises(ProcedureError, match="已转督查（[^）]+），不能删除") as refused:
        steps.perform("meetings", meeting.id, "纪要", {"清空": "议定事项"}, admin)
    assert "请在督查事项中办理" in str(refused.value)  # what to do instead
    # nor rewritten (its 督查 item keeps the text it was made of: test_sent_decisions_kept)
    with pytest.raises(ProcedureError, match="已转督查（督〔2026〕1号），不能修改其内容"):
        steps.perform("meetings", meeting.id, "纪要", {"议定事项": "甲事项（细化）｜｜｜1"}, admin)
    # kept as it was by its number, it keeps its link
    steps.perform("meetings", meeting.id, "纪要", {"议定事项": "甲事项｜｜｜1"}, admin)
    (decision,) = m.decisions(meeting.id, admin)
    assert decision.content == "甲事项" and decision.supervision_id is not None


@pytest.mark.parametrize(("values", "message"), [
    ({"议定事项": "甲事项｜｜｜7"}, "原序号“7”不是现有的议定事项（现有序号：1）"),
    ({"议定事项": "甲｜｜｜1\n乙｜｜｜1"}, "第 1 项和第 2 项议定事项都写了原序号 1"),
    ({"议定事项": "甲｜单位｜2026-12-31｜1｜多"}, "分成了 5 栏"),
    ({"议定事项": "新事项", "清空": "议定事项"}, "既填写了内容又要清空"),
    ({"清空": "会议名称"}, "“会议名称”不能清空。可以清空的有：纪要正文、议定事项、期号"),
])
def test_minutes_that_cannot_be_read_are_refused(held, admin, values, message):
    meeting = held
    steps.perform("meetings", meeting.id, "纪要", {"纪要正文": "纪要。", "议定事项": "甲事项"}, admin)
    with pytest.raises(ValidationError, match=message):
        steps.perform("meetings", meeting.id, "纪要", values, admin)
    assert [d[2] for d in _decisions(meeting.id, admin)] == ["甲事项"]


# ---- 修改


def test_edit_changes_every_field_and_empties_what_it_is_told(meeting, admin):
    # 马俊's stored entry is older than the directory: staying at the meeting, it is kept as is
    person = directory.person_by_name("马俊")
    records.update(directory.PEOPLE, person.id, {"职务": "副主任"}, person.version, admin)
    steps.perform("meetings", meeting.id, "修改", {
        "会议名称": "市委常委会第12次会议（调整）", "会议类型": "专题会议", "密级": "秘密",
        "主办单位": "市政府办公室", "主席台人数": "3", "联系人": "王敏", "联系电话": "0731-88880000",
        "报到时间": "2026-12-03 08:30", "材料要求": "提前一天报送",
        "议程": "研究（草案）｜市财政局｜高静｜20\n听取汇报｜｜郑小燕｜",
        "特邀人员": "外宾甲（某大学）", "清空": "备注、列席人员"}, admin)
    edited = m.get(meeting.id, admin)
    assert (edited.title, edited.kind, edited.secrecy, edited.host_unit, edited.podium_count,
            edited.contact, edited.materials, edited.note) == (
        "市委常委会第12次会议（调整）", "专题会议", "秘密", "市政府办公室", 3, "王敏", "提前一天报送", "")
    assert [(a.topic, a.unit, a.reporter, a.minutes) for a in m.agenda(meeting.id, admin)] == [
        ("研究（草案）", "市财政局", "高静", 20), ("听取汇报", "", "郑小燕", 0)]
    people = m.attendees(meeting.id, admin)
    assert [(p.name, p.role) for p in people][-1] == ("外宾甲", "特邀")
    assert "马俊" not in {p.name for p in people}
    steps.perform("meetings", meeting.id, "修改", {"列席人员": "马俊"}, admin)
    back = next(p for p in m.attendees(meeting.id, admin) if p.name == "马俊")
    assert back.title == "副主任"  # a person added again is read from the directory
    steps.perform("meetings", meeting.id, "修改", {"出席人员": "李建国、王海涛（市政府办公室）"}, admin)
    assert [p.name for p in m.attendees(meeting.id, admin, m.ROLE_ATTEND)] == ["李建国", "王海涛"]


def test_a_person_who_stays_keeps_the_entry_stored_for_this_meeting(meeting, admin):
    person = directory.person_by_name("马俊")
    records.update(directory.PEOPLE, person.id, {"职务": "副主任"}, person.version, admin)
    steps.perform("meetings", meeting.id, "修改", {"列席人员": "马俊、高静"}, admin)
    titles = {p.name: p.title for p in m.attendees(meeting.id, admin)}
    assert titles["马俊"] == "主任" and titles["高静"] == "局长"


def test_a_held_meeting_may_still_be_corrected(meeting, admin):
    steps.perform("meetings", meeting.id, "登记签到", {"已到": "李建国"}, admin)
    assert m.get(meeting.id, admin).status == m.HELD
    steps.perform("meetings", meeting.id, "修改", {"备注": "会后补记"}, admin)
    assert m.get(meeting.id, admin).note == "会后补记"


@pytest.mark.parametrize(("values", "message"), [
    ({"清空": "会议名称"}, "请填写“会议名称”：它不能清空"),
    ({"清空": "密级"}, "请填写“密级”：它不能清空"),
    ({"清空": "议题"}, "“议题”不能清空。可以清空的有：地点、主办单位"),
    ({"备注": "甲", "清空": "备注"}, "“备注”既填写了内容又要清空"),
    ({"议程": "研究｜市财政局｜高静｜二十"}, "时长“二十”看不懂"),
    ({"主席台人数": "100"}, "“主席台人数”应在 0 到 99 之间"),
])
def test_an_edit_that_cannot_be_done_is_refused_and_changes_nothing(meeting, admin, values,
                                                                     message):
    with pytest.raises(ValidationError, match=message):
        steps.perform("meetings", meeting.id, "修改", values, admin)
    assert m.get(meeting.id, admin).version == meeting.version


def test_the_command_line_offers_the_same(held, admin, tmp_path, capsys):
    meeting = held  # held: the 纪要 is offered
    from officedesk import cli
    from officedesk.store import db as store_db

    base = ["--db", str(tmp_path / "officedesk.db")]
    assert cli.main([*base, "steps", "meetings", str(meeting.id), "--json"]) == 0
    import json

    listed = {s["step"]: [f["label"] for f in s["fields"]]
              for s in json.loads(capsys.readouterr().out)["steps"]}
    assert listed["登记签到"] == ["已到", "请假", "缺席", "未签到"]
    assert {"会议名称", "密级", "议程", "主席台人数", "备注", "清空"} <= set(listed["修改"])
    assert "清空" in listed["纪要"]
    assert cli.main([*base, "step", "meetings", str(meeting.id), "登记签到", "已到=李建国、马俊",
                     "请假=刘芳：出差"]) == 0
    assert cli.main([*base, "step", "meetings", str(meeting.id), "登记签到", "未签到=马俊"]) == 0
    store_db.open_database(str(tmp_path / "officedesk.db"))
    marks = _marks(meeting.id, admin)
    assert marks["李建国"] == ("已到", "") and marks["马俊"] == ("", "")
    assert marks["刘芳"] == ("请假", "出差")


def test_what_the_meeting_form_holds_reads_back_the_same_through_the_step(meeting, admin):
    """step_values.edit_values: the form's people (of two of one name, the one chosen), agenda
    (a topic ending in brackets) and blanks come out of 修改 as the form held them."""
    from officedesk.core.meetings import step_values

    records.create(directory.PEOPLE, {"姓名": "高静", "单位": "市委办公室", "职务": "科员", "级别": 30},
                   admin)
    draft = m.draft_of(m.get(meeting.id, admin), admin)
    draft.nonvoting = [m.resolve_person("马俊"), m.resolve_person("高静", "市委办公室")]
    draft.agenda = [m.AgendaEntry("审议预算（草案）", "", "郑小燕", 0),
                    m.AgendaEntry("研究方案", "市委办公室", "", 15)]
    draft.values.update(note="", contact="", materials="带笔记本")
    steps.perform("meetings", meeting.id, "修改", step_values.edit_values(draft), admin)
    saved = m.draft_of(m.get(meeting.id, admin), admin)
    assert saved.nonvoting == draft.nonvoting and saved.nonvoting[1].unit == "市委办公室"
    assert saved.agenda == draft.agenda and saved.attendees == draft.attendees
    assert (saved.values["note"], saved.values["contact"], saved.values["materials"]) == (
        "", "", "带笔记本")
