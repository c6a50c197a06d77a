"""The conflict check of a save (and of every imported row) reads the meetings near its time,
not every meeting before it: the work of one check does not grow with the registry (a 3,000-row
import into an office of 3,000 meetings was 50 ms a row, and held the write lock that long).
A meeting longer than the others (a three-day 培训班) still books its room and people for all
of its days."""

from __future__ import annotations

import datetime as dt

from officedesk.core import meetings as m
from officedesk.store.db import database
from tests.meetings.conftest import make_draft

PEOPLE = ["李建国", "王海涛", "陈志明", "马俊"]


def _past(admin, count, first_day):
    """`count` meetings of the same people in the same room, one a day before the checked one."""
    for n in range(count):
        day = first_day + dt.timedelta(days=n)
        m.save_meeting(make_draft(title=f"例会{day:%m%d}", start=f"{day} 09:00",
                                  end=f"{day} 10:00", place="第一会议室", attendees=PEOPLE), admin)


def _steps_of_a_check(admin) -> int:
    """SQLite virtual-machine steps of one check of a new meeting (every row a query reads
    takes steps): a count, not a timing."""
    draft = make_draft(title="专题会", start="2026-12-20 09:00", end="2026-12-20 10:00",
                       place="第一会议室", attendees=PEOPLE)
    counted = [0]

    def count() -> int:
        counted[0] += 1
        return 0

    connection = database.connection()
    connection.set_progress_handler(count, 1)
    try:
        assert m.check_conflicts(draft, None, admin) == []
    finally:
        connection.set_progress_handler(None, 1)
    return counted[0]


def test_a_check_reads_no_more_in_a_fuller_registry(directory_data, admin, on_day):
    _past(admin, 10, dt.date(2026, 12, 1))
    few = _steps_of_a_check(admin)
    _past(admin, 90, dt.date(2026, 6, 1))  # ten times the meetings, all before it
    many = _steps_of_a_check(admin)
    assert many <= few * 1.1, (few, many)


def test_a_long_meeting_still_books_its_room_and_people_on_its_last_day(directory_any_db, admin,
                                                                       on_day):
    # on PostgreSQL too: its length is the database's own arithmetic (store.meetings)
    m.save_meeting(make_draft(title="全市干部培训班", start="2026-12-07 08:30",
                              end="2026-12-09 17:30", place="第一会议室",
                              attendees=["陈志明"]), admin)
    _past(admin, 5, dt.date(2026, 12, 1))  # short ones around it
    draft = make_draft(title="专题会", start="2026-12-09 15:00", end="2026-12-09 16:00",
                       place="第一会议室", attendees=["陈志明", "马俊"])
    found = m.check_conflicts(draft, None, admin)
    assert [c.kind for c in found] == [m.ROOM_BOOKED, m.PERSON_BUSY]
    assert "全市干部培训班" in found[0].message and found[1].message.startswith("陈志明")
    # and an hour after it ends, nothing
    later = make_draft(title="专题会", start="2026-12-09 17:30", end="2026-12-09 18:30",
                       place="第一会议室", attendees=["陈志明", "马俊"])
    assert m.check_conflicts(later, None, admin) == []
