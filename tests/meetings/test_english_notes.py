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
