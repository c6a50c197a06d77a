"""Someone on 请假 (or marked 缺席) at a meeting is not due there (DOMAIN §3: a leader due at
two meetings at once): another meeting at that time may have him, as 出席 or as 主持, without
a conflict; the others of that meeting still are due."""

from __future__ import annotations

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from tests.cli_office import office  # noqa: F401  (the fixture)
from tests.meetings.conftest import make_draft


@pytest.fixture
def first(directory_data, admin, on_day):
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"], place="第一会议室"),
                          admin)


def _other(**values):
    return make_draft(title="专题会", start="2026-12-03 10:00", end="2026-12-03 11:00",
                      place="第二会议室", **values)


def _busy(draft, admin):
    return [c.message for c in m.check_conflicts(draft, None, admin) if c.kind == m.PERSON_BUSY]


def test_a_person_on_leave_is_not_due_there(first, admin):
    draft = _other(attendees=["陈志明"], chair="陈志明")
    assert any("陈志明" in said for said in _busy(draft, admin))  # due at both, before
    steps.perform("meetings", first.id, "请假", {"姓名": "陈志明", "请假原因": "出差"}, admin)
    assert _busy(draft, admin) == []
    m.save_meeting(draft, admin)  # no reason asked


def test_nor_one_marked_absent(first, admin, fixed_today):
    import datetime as dt

    fixed_today(dt.date(2026, 12, 3))  # 缺席 is marked on the meeting's day
    steps.perform("meetings", first.id, "缺席", {"姓名": "陈志明"}, admin)
    assert _busy(_other(attendees=["陈志明"], chair="陈志明"), admin) == []


def test_the_chair_on_leave_is_not_due_there_either(first, admin):
    # 李建国 chairs the first meeting (make_draft: the first of the people)
    steps.perform("meetings", first.id, "请假", {"姓名": "李建国", "请假原因": "出差"}, admin)
    assert _busy(_other(attendees=["李建国"]), admin) == []


def test_the_others_are_still_due(first, admin):
    steps.perform("meetings", first.id, "请假", {"姓名": "陈志明", "请假原因": "出差"}, admin)
    said = _busy(_other(attendees=["陈志明", "王海涛"], chair="陈志明"), admin)
    assert len(said) == 1 and said[0].startswith("王海涛")


def test_on_leave_at_the_meeting_edited_he_is_not_due_there(first, admin):
    other = m.save_meeting(_other(attendees=["马俊"], chair="马俊"), admin)
    steps.perform("meetings", first.id, "请假", {"姓名": "陈志明", "请假原因": "出差"}, admin)
    # the other meeting now has him: he is not due at the first, edited, which keeps his leave
    draft = m.draft_of(m.get(other.id, admin), admin)
    draft.attendees.append(m.resolve_person("陈志明"))
    m.save_meeting(draft, admin, other.id)
    edited = m.draft_of(m.get(first.id, admin), admin)
    assert not [c for c in m.check_conflicts(edited, first.id, admin) if c.kind == m.PERSON_BUSY
                and "陈志明" in c.message]


def test_on_the_command_line(office):  # noqa: F811
    first = office.json("add", "meetings", "会议名称=全县工作会", "会议类型=工作会议",
                        "开始时间=2026-12-31 10:00", "结束时间=2026-12-31 13:00",
                        "主持人=王建国", "出席人员=王建国、韦刚")["id"]
    office.step("meetings", first, "请假", "姓名=韦刚", "请假原因=出差")
    office("add", "meetings", "会议名称=请假后另会", "会议类型=专题会议",
           "开始时间=2026-12-31 10:00", "结束时间=2026-12-31 11:00", "主持人=韦刚",
           "出席人员=韦刚")
    _out, err = office("add", "meetings", "会议名称=又一个会", "会议类型=专题会议",
                       "开始时间=2026-12-31 11:00", "结束时间=2026-12-31 12:00",
                       "出席人员=王建国", code=1)
    assert "存在冲突：王建国" in err
