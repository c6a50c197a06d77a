"""The meeting notes of a change in English: the seating note (people added and taken out) and
the notice-outdated warning were joined from Chinese pieces the interface could not translate."""

from __future__ import annotations

import datetime as dt
import re

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.i18n import display
from tests.meetings.conftest import make_draft
from tests.ui.conftest import english  # noqa: F401 (the fixture)

CJK = re.compile(r"[\u3400-\u9fff]")


def test_the_meeting_notes_of_a_change_are_english(english, directory_data, admin, fixed_today):  # noqa: F811
    fixed_today(dt.date(2026, 12, 3))
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛", "陈志明"]), admin)
    m.save_seating(meeting.id, m.seating(meeting), admin)
    steps.perform("meetings", meeting.id, "请假", {"姓名": "王海涛", "请假原因": "赴省开会"}, admin)
    steps.perform("meetings", meeting.id, "修改", {"列席人员": "马俊"}, admin)
    note = display(m.seating(m.get(meeting.id, admin)).note)
    assert "adjusted" in note and not CJK.search(note.replace("马俊", "")), note
    steps.perform("meetings", meeting.id, "发通知", {}, admin)
    outcome = steps.perform("meetings", meeting.id, "修改", {"开始时间": "2026-12-09 09:00",
                                                             "结束时间": "2026-12-09 10:00"}, admin)
    warning = display(outcome.extra["notice_outdated"])
    assert "time changed" in warning and not CJK.search(warning), warning


def test_the_window_shows_the_passed_deadline_note_in_english(
        english,  # noqa: F811
        directory_data, admin, fixed_today, app_ctx, qtbot, monkeypatch):
    """The 修改 dialog's note of a notice gone wrong, with its 报名截止 passed (a note with
    arguments), reads in English: the window kept core's text as a plain Chinese string."""
    from officedesk.ui.meetings import dialog as dialog_module

    fixed_today(dt.date(2026, 12, 1))
    meeting = m.save_meeting(make_draft(attendees=["李建国"], start="2026-12-20 09:00",
                                        end="2026-12-20 11:00",
                                        signup_deadline="2026-12-05 17:00"), admin)
    steps.perform("meetings", meeting.id, "发通知", {}, admin)
    fixed_today(dt.date(2026, 12, 8))
    shown: list[str] = []
    monkeypatch.setattr(dialog_module, "info", lambda parent, title, text: shown.append(text))
    dialog = dialog_module.MeetingDialog(app_ctx, m.get(meeting.id, admin))
    qtbot.addWidget(dialog)
    dialog.start_edit.setText("2026-12-21 09:00")
    dialog.end_edit.setText("2026-12-21 11:00")
    assert dialog.try_save()
    assert len(shown) == 1 and "registration deadline" in shown[0] and not CJK.search(
        shown[0].replace("2026-12-05 17:00", "")), shown
