"""A 会议's people (参会人员 with their 签到), agenda (议程) and 议定事项 are in its row digest
(core.sub_rows): one edited, deleted or inserted in the file shows in `check` as its meeting
changed. The program's own steps stay clean (修改 with new people and agenda, 签到, 纪要 with
its 议定事项, 转督查, a unit's rename, a 职级's new 排序), an entry made before they were
digested is compared with the row alone (old offices pass), and a batch import's digests made
in memory cover them as `check` reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import batch, check, directory, integrity, ranks, records, sub_rows
from officedesk.core import meetings as m
from officedesk.core.actor import CLI_ACTOR
from officedesk.store.meetings import AgendaItem, MeetingAttendee, MeetingDecision
from tests.tamper import last_digest, rows_said

from .conftest import make_draft


def _said(meeting_id: int) -> list[str]:
    return rows_said(f"会议第 {meeting_id} 条")


def _digest(meeting_id: int) -> str:
    return last_digest("meetings", meeting_id)


@pytest.fixture
def held(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 3))
    meeting = m.save_meeting(make_draft(), admin)
    m.save_minutes(meeting.id, "会议听取了汇报。",
                   [m.DecisionEntry("年底前完成重点项目计划编制", "市发展和改革委员会", "2026-12-31"),
                    m.DecisionEntry("按程序提请审议预算草案", "市财政局")], admin)
    assert check.run_checks() == []
    return meeting


def test_a_new_meetings_people_and_agenda_are_in_its_first_entry(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    meeting = m.save_meeting(make_draft(), admin)
    assert check.run_checks() == []
    AgendaItem.update(topic="另议").where(AgendaItem.meeting == meeting.id).execute()
    assert _said(meeting.id)


@pytest.mark.parametrize("change", ["name", "phone", "attendance", "person deleted", "person added",
                                    "agenda edited", "agenda deleted", "agenda added",
                                    "decision edited", "decision deleted", "decision added"])
def test_people_agenda_and_decisions_changed_in_the_file_name_the_meeting(held, change):
    meeting_id = held.id
    person = MeetingAttendee.select().where(MeetingAttendee.meeting == meeting_id).first()
    if change == "name":
        MeetingAttendee.update(name="张冒名").where(MeetingAttendee.id == person.id).execute()
    elif change == "phone":
        MeetingAttendee.update(phone="13800000000").where(MeetingAttendee.id == person.id).execute()
    elif change == "attendance":
        MeetingAttendee.update(attendance="已到").where(MeetingAttendee.id == person.id).execute()
    elif change == "person deleted":
        MeetingAttendee.delete().where(MeetingAttendee.id == person.id).execute()
    elif change == "person added":
        MeetingAttendee.create(meeting=meeting_id, role="出席", seq=99, name="张冒名")
    elif change == "agenda edited":
        AgendaItem.update(minutes=5).where(AgendaItem.meeting == meeting_id).execute()
    elif change == "agenda deleted":
        AgendaItem.delete().where(AgendaItem.meeting == meeting_id).execute()
    elif change == "agenda added":
        AgendaItem.create(meeting=meeting_id, seq=9, topic="临时议题")
    elif change == "decision edited":
        MeetingDecision.update(lead_unit="市教育局").where(MeetingDecision.meeting == meeting_id).execute()
    elif change == "decision deleted":
        MeetingDecision.delete().where(MeetingDecision.meeting == meeting_id).execute()
    else:
        MeetingDecision.create(meeting=meeting_id, seq=3, content="另加的议定事项")
    said = _said(meeting_id)
    assert said and "内容与审计记录" in said[0], said


def test_the_steps_of_the_program_stay_clean(held, admin):
    assert _digest(held.id).startswith(sub_rows.MARK)
    draft = m.draft_of(m.get(held.id, admin), admin)
    draft.attendees = draft.attendees[:10]
    draft.agenda = draft.agenda[:2]
    meeting = m.save_meeting(draft, admin, held.id, m.get(held.id, admin).version)
    assert check.run_checks() == []
    people = m.attendees(meeting.id, admin)
    m.record_attendance(meeting.id, {people[0].id: ("已到", ""), people[1].id: ("请假", "出差")}, admin)
    assert check.run_checks() == []
    rows = m.decisions(meeting.id, CLI_ACTOR)
    m.send_to_supervision(rows[0].id, admin)
    assert check.run_checks() == []
    unit = directory.unit_by_name("市财政局")
    records.update(directory.UNITS, unit.id, {"单位名称": "市财政局（更名）"}, unit.version, admin)
    assert MeetingDecision.get_by_id(rows[1].id).lead_unit == "市财政局（更名）"
    assert check.run_checks() == []
    MeetingAttendee.update(phone="13800000000").where(MeetingAttendee.id == people[2].id).execute()
    assert _said(meeting.id)


def test_a_ranks_new_order_stays_clean(held, admin):
    person = MeetingAttendee.get((MeetingAttendee.meeting == held.id) & (MeetingAttendee.rank > 0))
    rank = ranks.RANKS.model.get_or_none(ranks.RANKS.model.sort_order == person.rank)
    if rank is None:
        pytest.skip("the directory's people hold no 职级 of the table")
    records.update(ranks.RANKS, rank.id, {"排序": 98}, rank.version, admin)
    assert MeetingAttendee.get_by_id(person.id).rank == 98
    assert check.run_checks() == []


def test_an_office_from_before_passes_and_is_covered_from_the_next_change(directory_data, admin,
                                                                         fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 12, 1))
    with monkeypatch.context() as before:  # as the program wrote entries before (the row alone)
        before.setattr(sub_rows, "_TABLES", {
            name: subs for name, subs in sub_rows._TABLES.items() if name != "meeting"})
        meeting = m.save_meeting(make_draft(), admin)
    assert not _digest(meeting.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    AgendaItem.update(topic="另议").where(AgendaItem.meeting == meeting.id).execute()
    assert check.run_checks() == []  # not seen: its last entry digested the row alone
    draft = m.draft_of(m.get(meeting.id, admin), admin)
    m.save_meeting(draft, admin, meeting.id, m.get(meeting.id, admin).version)
    assert _digest(meeting.id).startswith(sub_rows.MARK)
    assert check.run_checks() == []
    AgendaItem.update(topic="再议").where(AgendaItem.meeting == meeting.id).execute()
    assert _said(meeting.id)


def test_a_batch_import_digests_its_people_in_memory(directory_data, admin, fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 11, 30))
    compared = []
    same = integrity.same_as_table
    monkeypatch.setattr(integrity, "same_as_table",
                        lambda name, digests: compared.append(same(name, digests)) or compared[-1])
    base = {"会议类型": "专题会议", "主办单位": "市委办公室", "联系人": "张敏", "联系电话": "0731-88886666"}
    rows = [{**base, "会议名称": "市委常委会第12次会议", "开始时间": "2026-12-03 09:00",
             "结束时间": "2026-12-03 11:00", "地点": "常委会议室", "主持人": "李建国",
             "出席人员": "李建国、王海涛、陈志明", "列席人员": "马俊",
             "议程": "1. 听取汇报（市教育局 林涛，20分钟）\n2. 研究部署（市委办公室）"},
            {**base, "会议名称": "已开的会", "开始时间": "2026-11-27 09:00", "结束时间": "2026-11-27 11:00",
             "状态": "已召开", "地点": "第二会议室", "主持人": "郑小燕", "出席人员": "郑小燕、高静"}]
    ids, problems = batch.create_many(m.SPEC, rows, admin)
    assert problems == [] and compared and all(compared)  # no digest read back from the table
    assert all(_digest(i).startswith(sub_rows.MARK) for i in ids)
    assert check.run_checks() == []
    MeetingAttendee.update(unit="市教育局").where(MeetingAttendee.meeting == ids[1]).execute()
    assert _said(ids[1]) and not _said(ids[0])
