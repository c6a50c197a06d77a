"""A meeting's day and its 报名截止 on the 工作台 are dates set for it, no count of days: in a
year whose holidays are not known yet they showed “（暂按）” as a 信访's counted 期限 does."""

from __future__ import annotations

import datetime as dt

from officedesk.core import dashboard, workdays
from officedesk.core import meetings as m
from tests.meetings.conftest import make_draft


def test_a_meeting_in_an_unknown_year_is_not_provisional(directory_data, admin, fixed_today):
    fixed_today(dt.date(2026, 12, 30))
    meeting = m.save_meeting(
        make_draft(title="新年工作部署会", attendees=["高静"], start="2027-01-04 09:00",
                   end="2027-01-04 10:00"),
        admin,
    )
    assert not workdays.holidays_known(2027)
    due = [i for i in dashboard.due_items(admin, dt.date(2027, 1, 2)) if i.record_id == meeting.id
           and i.registry == "meetings"]
    assert due and not any(i.provisional for i in due)
