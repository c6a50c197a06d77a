"""The 会议 list's 实到/应到 column: a held meeting whose sign-in was never kept says so; "0/3"
said that nobody came (the demo's 座谈会 and 书记办公会 of August and September read 0/3, 0/4)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def held_meeting(app_ctx, admin, fixed_today):
    from officedesk.core import meetings as m
    from tests.meetings.conftest import _fill_directory, make_draft

    _fill_directory(admin)
    fixed_today(dt.date(2026, 12, 3))
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    m.mark_held(meeting.id, admin)
    return meeting


def _shown(tab, meeting_id):
    from PySide6.QtCore import Qt

    from officedesk.core import registry

    tab.list.refresh()
    assert tab.list.select_record(meeting_id)
    model = tab.list.model
    names = [f.name for f in model.fields] + [c.name for c in model.extra_columns]
    row = model.row_of(meeting_id)
    return model.index(row, names.index(registry.ATTENDANCE)).data(Qt.ItemDataRole.DisplayRole)


def test_a_held_meeting_without_sign_in_is_not_shown_as_nobody_came(held_meeting, app_ctx, admin,
                                                                    qtbot):
    from officedesk.core import meetings as m
    from officedesk.ui.meetings import MeetingsTab

    tab = MeetingsTab(app_ctx)
    qtbot.addWidget(tab)
    counts = m.counts(held_meeting.id, admin)
    assert (counts.expected, counts.present, counts.sign_in_kept) == (counts.expected, 0, False)
    assert _shown(tab, held_meeting.id) == "未登记签到"
    first = m.attendees(held_meeting.id, admin)[0]
    m.record_attendance(held_meeting.id, {first.id: (m.PRESENT, "")}, admin)
    assert m.counts(held_meeting.id, admin).sign_in_kept
    assert _shown(tab, held_meeting.id) == f"1/{counts.expected}"
