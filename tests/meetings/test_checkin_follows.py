"""A meeting moved to another time keeps its 报到 lead time: the notice printed after 修改 told
people to 报到 at the old day's 10:00 for a meeting now the next afternoon (the clerk changes
开始时间 and 结束时间 and rarely remembers 报到时间). A 报到时间 changed in the same edit is kept."""

from __future__ import annotations

import datetime as dt

from officedesk.core import meetings as m
from officedesk.core import steps
from tests.meetings.conftest import make_draft

T = dt.datetime


def _notified(admin):
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"], checkin_time="2026-12-03 08:30"),
                          admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    return made


def test_moving_the_meeting_moves_its_checkin_by_as_much(directory_data, admin, on_day):
    made = _notified(admin)
    steps.perform("meetings", made.id, "修改",
                  {"开始时间": "2026-12-04 15:00", "结束时间": "2026-12-04 16:30"}, admin)
    moved = m.get(made.id, admin)
    assert moved.checkin_time == T(2026, 12, 4, 14, 30)  # half an hour before, as it was


def test_the_window_s_save_of_every_field_moves_it_too(directory_data, admin, on_day):
    """The meeting window saves the whole draft: an unchanged 报到时间 comes with it."""
    made = _notified(admin)
    draft = m.draft_of(m.get(made.id, admin), admin)
    draft.values["start"], draft.values["end"] = "2026-12-03 14:00", "2026-12-03 16:00"
    saved = m.save_meeting(draft, admin, made.id, m.get(made.id, admin).version)
    assert saved.checkin_time == T(2026, 12, 3, 13, 30)


def test_a_checkin_given_with_the_new_time_is_kept(directory_data, admin, on_day):
    made = _notified(admin)
    steps.perform("meetings", made.id, "修改",
                  {"开始时间": "2026-12-04 15:00", "结束时间": "2026-12-04 16:30",
                   "报到时间": "2026-12-04 14:00"}, admin)
    assert m.get(made.id, admin).checkin_time == T(2026, 12, 4, 14, 0)


def test_other_changes_leave_the_checkin_alone(directory_data, admin, on_day):
    made = _notified(admin)
    steps.perform("meetings", made.id, "修改", {"地点": "第一会议室"}, admin)
    assert m.get(made.id, admin).checkin_time == T(2026, 12, 3, 8, 30)


def test_the_window_moves_a_meeting_a_day_earlier_with_its_checkin(directory_data, admin, on_day,
                                                                    app_ctx, qtbot):
    """The dialog checks the draft as core will save it: the old 报到时间, after the new start,
    is not refused; it moves with the meeting."""
    from officedesk.ui.meetings.dialog import MeetingDialog

    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"], start="2026-12-04 09:00",
                                     end="2026-12-04 11:30", checkin_time="2026-12-04 08:30"), admin)
    dialog = MeetingDialog(app_ctx, m.get(made.id, admin))
    qtbot.addWidget(dialog)
    dialog.start_edit.setText("2026-12-03 09:00")
    dialog.end_edit.setText("2026-12-03 11:30")
    assert dialog.try_save()
    assert m.get(made.id, admin).checkin_time == T(2026, 12, 3, 8, 30)


def test_a_checkin_typed_equal_to_the_stored_one_is_kept(directory_data, admin, on_day):
    """The 报到时间 typed in the same 修改 as the new 开始时间 is the clerk's, even when it is the
    value stored (the meeting starts later, people still come at 8:30)."""
    made = _notified(admin)
    steps.perform("meetings", made.id, "修改",
                  {"开始时间": "2026-12-03 11:00", "结束时间": "2026-12-03 12:00",
                   "报到时间": "2026-12-03 08:30"}, admin)
    assert m.get(made.id, admin).checkin_time == T(2026, 12, 3, 8, 30)


def test_the_command_line_keeps_the_checkin_typed(directory_data, admin, on_day, tmp_path):
    from officedesk import cli
    from officedesk.store import db as store_db

    made = _notified(admin)
    db = str(tmp_path / "officedesk.db")
    assert cli.main(["--db", db, "step", "meetings", str(made.id), "修改",
                     "开始时间=2026-12-03 11:00", "结束时间=2026-12-03 12:00",
                     "报到时间=2026-12-03 08:30"]) == 0
    store_db.open_database(db)
    assert m.get(made.id, admin).checkin_time == T(2026, 12, 3, 8, 30)
