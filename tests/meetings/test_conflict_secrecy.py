"""保密 of the 人员时间冲突: a person due at a meeting above the actor's clearance is only said
to be engaged during the draft's own time — no title, role or time of that meeting — and the
rule still applies (saving needs a reason)."""

from __future__ import annotations

import pytest

from officedesk.core import meetings as m
from officedesk.core.actor import Actor
from tests.meetings.conftest import make_draft

K0 = Actor(username="k0", role="clerk", clearance=0, display_name="低密科员")


@pytest.fixture
def secret_meetings(directory_data, admin):
    """李建国 (出席) and 马俊 (列席) at a 机密 meeting 09:00–11:00; 李建国 also at a second 机密
    meeting 11:00–12:00 and at an ordinary one 10:30–11:30."""
    m.save_meeting(make_draft(title="机密会议SECRETMTG", place="第一会议室", start="2026-12-03 09:00",
                              end="2026-12-03 11:00", attendees=["李建国"], nonvoting=["马俊"],
                              secrecy="机密"), admin)
    m.save_meeting(make_draft(title="另一机密会议SECRET2", place="第二会议室",
                              start="2026-12-03 11:00", end="2026-12-03 12:00",
                              attendees=["李建国"], secrecy="机密"), admin)
    m.save_meeting(make_draft(title="普通协调会", place="市会展中心", start="2026-12-03 10:30",
                              end="2026-12-03 11:30", attendees=["李建国"]), admin,
                   override_reason="书记中途转场")


def _draft():
    return make_draft(title="普通会", place="市政府礼堂", start="2026-12-03 10:00",
                      end="2026-12-03 11:30", attendees=["李建国", "马俊", "高静"])


def test_a_person_at_a_hidden_meeting_is_only_said_to_be_engaged(secret_meetings, admin):
    found = m.check_conflicts(_draft(), None, K0)
    messages = [c.message for c in found]
    assert messages == [
        "李建国在 2026-12-03 10:30–11:30 要出席“普通协调会”，地点：市会展中心。",
        "李建国在本次会议时段（2026-12-03 10:00–11:30）另有安排。",
        "马俊在本次会议时段（2026-12-03 10:00–11:30）另有安排。",
    ]
    text = "".join(messages)
    for secret in ("SECRET", "涉密", "列席", "09:00", "11:00", "12:00"):
        assert secret not in text
    assert all(c.kind == m.PERSON_BUSY and not c.blocking for c in found)
    assert [c.other_meeting_id is None for c in found] == [False, True, True]


def test_the_rule_still_applies_and_a_cleared_actor_sees_it_whole(secret_meetings, admin):
    with pytest.raises(m.MeetingConflictError) as refused:
        m.save_meeting(_draft(), K0)
    assert "另有安排" in refused.value.message and "SECRET" not in refused.value.message
    whole = [c.message for c in m.check_conflicts(_draft(), None, admin)]
    assert "马俊在 2026-12-03 09:00–11:00 要列席“机密会议SECRETMTG”，地点：第一会议室。" in whole
    assert "李建国在 2026-12-03 11:00–12:00 要出席“另一机密会议SECRET2”，地点：第二会议室。" in whole


# ---- 会议室已被占用: a room booked by a meeting above the clearance

def _in_room(place="第一会议室", start="2026-12-03 10:00", end="2026-12-03 11:30"):
    return make_draft(title="普通会", place=place, start=start, end=end, attendees=["高静"])


def _room_messages(found):
    return [c.message for c in found if c.kind == m.ROOM_BOOKED]


def test_a_room_taken_by_a_hidden_meeting_names_only_the_drafts_time(secret_meetings, admin):
    found = m.check_conflicts(_in_room(), None, K0)
    assert _room_messages(found) == [
        "第一会议室在本次会议时段（2026-12-03 10:00–11:30）已被占用，请换一个会议室或改时间。"
    ]
    booked = next(c for c in found if c.kind == m.ROOM_BOOKED)
    assert booked.blocking and booked.other_meeting_id is None
    text = "".join(c.message for c in found)
    for secret in ("SECRET", "涉密", "09:00", "11:00"):
        assert secret not in text
    # a cleared actor is told which meeting and when
    whole = _room_messages(m.check_conflicts(_in_room(), None, admin))
    assert whole == ["第一会议室在 2026-12-03 09:00–11:00 已安排“机密会议SECRETMTG”，"
                     "请换一个会议室或改时间。"]


def test_hidden_meetings_in_the_room_are_said_once_after_the_visible_ones(secret_meetings, admin):
    m.save_meeting(make_draft(title="机密早会SECRET3", place="第二会议室", start="2026-12-03 08:00",
                              end="2026-12-03 09:30", attendees=["林涛"], secrecy="机密"), admin)
    m.save_meeting(make_draft(title="普通碰头会", place="第二会议室", start="2026-12-03 10:00",
                              end="2026-12-03 10:30", attendees=["徐明"]), admin)
    found = m.check_conflicts(_in_room("第二会议室", "2026-12-03 09:00", "2026-12-03 11:30"),
                              None, K0)
    assert _room_messages(found) == [
        "第二会议室在 2026-12-03 10:00–10:30 已安排“普通碰头会”，请换一个会议室或改时间。",
        "第二会议室在本次会议时段（2026-12-03 09:00–11:30）已被占用，请换一个会议室或改时间。",
    ]
    assert "SECRET" not in "".join(c.message for c in found)


def test_every_path_that_saves_refuses_the_room_without_naming_the_hidden_meeting(
        secret_meetings, admin):
    from officedesk.core import steps
    from officedesk.core.errors import ConflictError, ValidationError

    expected = "第一会议室在本次会议时段（2026-12-03 10:00–11:30）已被占用，请换一个会议室或改时间。"
    # the window's save and `add` / import (create_hook) both call save_meeting
    with pytest.raises(m.MeetingConflictError) as refused:
        m.save_meeting(_in_room(), K0)
    assert refused.value.message == expected
    with pytest.raises(ValidationError) as added:
        m.create_hook({"会议名称": "普通会", "会议类型": "专题会议", "开始时间": "2026-12-03 10:00",
                       "结束时间": "2026-12-03 11:30", "地点": "第一会议室", "出席人员": "高静"}, K0)
    assert added.value.message == expected
    # `step meetings ID 修改` (the command line's and the window's runner)
    mine = m.save_meeting(_in_room(place="第三会议室"), K0)
    with pytest.raises(ConflictError) as moved:
        steps.perform("meetings", mine.id, "修改", {"place": "第一会议室"}, K0, force="要紧")
    assert moved.value.message == expected


def test_the_window_shows_the_same_message(secret_meetings, db, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.meetings.dialog import MeetingDialog

    ctx = AppContext(K0, str(tmp_path / "officedesk.db"),
                     QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    dialog = MeetingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(_in_room())
    dialog.check_conflicts()
    shown = dialog.conflict_label.text()
    assert "第一会议室在本次会议时段（2026-12-03 10:00–11:30）已被占用" in shown
    assert "SECRET" not in shown and "09:00" not in shown
    assert not dialog.try_save() and not dialog.errors["place"].isHidden()


def _context(actor, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext

    return AppContext(actor, str(tmp_path / "officedesk.db"),
                      QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def _levels(dialog):
    combo = dialog.secrecy_combo
    return [combo.itemData(index) for index in range(combo.count())]


def test_the_edit_form_offers_only_the_levels_core_accepts_from_its_user(directory_data, admin, qtbot, tmp_path):
    """A 秘密 clerk correcting a 秘密 meeting may neither lower it (降密 is a leader's) nor raise it
    above his clearance: the 密级 box offers 秘密 alone; the administrator is offered every level."""
    from officedesk.ui.meetings.dialog import MeetingDialog

    made = m.save_meeting(make_draft(title="秘密会", place="第三会议室", start="2026-12-04 09:00",
                                     end="2026-12-04 10:00", attendees=["高静"], secrecy="秘密"), admin)
    k1 = Actor(username="k1", role="clerk", clearance=1, display_name="秘密科员")
    clerks = MeetingDialog(_context(k1, tmp_path), m.get(made.id, k1))
    qtbot.addWidget(clerks)
    assert _levels(clerks) == ["秘密"]
    assert clerks.secrecy_combo.currentData() == "秘密"
    admins = MeetingDialog(_context(admin, tmp_path), m.get(made.id, admin))
    qtbot.addWidget(admins)
    assert _levels(admins) == ["非密", "秘密", "机密", "绝密"]
