"""Two workstations book one room for the same hour at once, on PostgreSQL (read committed):
each checked the room before the other's meeting was committed, and both were saved — the
room booked twice, the rule a clerk trusts broken by timing alone. A meeting's save holds the
schedule's lock from its check until it commits; the second then sees the first and is refused."""

from __future__ import annotations

import contextlib
import threading

import pytest

from officedesk.core import meetings as m
from officedesk.core.meetings import conflicts, service
from officedesk.store.db import database
from officedesk.store.meetings import Meeting
from tests.meetings.conftest import _fill_directory, make_draft

pytestmark = pytest.mark.postgres


def test_two_workstations_do_not_book_one_room_twice(pg_db, admin, on_day, monkeypatch):
    _fill_directory(admin)
    checked = conflicts.find_conflicts
    both_checking = threading.Barrier(2, timeout=3)

    def slow_check(*args, **kwargs):
        found = checked(*args, **kwargs)
        # the two checks overlap, as two clerks pressing 保存 together; a broken barrier: one
        # waits for the other's commit, the checks did not overlap
        with contextlib.suppress(threading.BrokenBarrierError):
            both_checking.wait()
        return found

    monkeypatch.setattr(service.conflict_rules, "find_conflicts", slow_check)
    outcome: dict[str, object] = {}

    def book(name: str, title: str, who: str) -> None:
        try:
            outcome[name] = m.save_meeting(make_draft(title=title, attendees=[who]), admin).id
        except m.MeetingConflictError as exc:
            outcome[name] = exc
        finally:
            database.obj.close()

    threads = [threading.Thread(target=book, args=("a", "甲会", "李建国")),
               threading.Thread(target=book, args=("b", "乙会", "马俊"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(15)
    refused = [v for v in outcome.values() if isinstance(v, m.MeetingConflictError)]
    assert len(refused) == 1, outcome
    assert "已安排" in refused[0].message
    assert Meeting.select().count() == 1
