"""A 修改 dropping someone and a sign-in marking him, on two workstations at once (PostgreSQL,
read committed): the 修改 checked that he had no mark, the sign-in committed his 已到, and the
修改 then deleted his row with the mark — the rule of people_saved broken by timing. The sign-in
takes the schedule's lock too (his marks are the schedule's: one on leave is not due), so one
waits for the other: here the mark finds him gone and says so."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.core.errors import StaleRecordError, ValidationError
from officedesk.core.meetings import people_saved
from officedesk.store.db import database
from tests.meetings.conftest import _fill_directory, make_draft

pytestmark = pytest.mark.postgres


def test_a_mark_is_not_deleted_by_an_edit_saved_meanwhile(pg_db, admin, on_day, fixed_today,
                                                          monkeypatch):
    _fill_directory(admin)
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    fixed_today(dt.date(2026, 12, 3))
    # held already: a later mark changes no field of the meeting (no version to collide on)
    steps.perform("meetings", meeting.id, "签到", {"姓名": "李建国"}, admin)
    checked = people_saved.refuse_dropping_marked
    edit_checked, go = threading.Event(), threading.Event()

    def then_wait(*args, **kwargs):
        checked(*args, **kwargs)
        if threading.current_thread().name == "edit":
            edit_checked.set()
            go.wait(3)  # the sign-in, were it not held back, commits now

    monkeypatch.setattr(people_saved, "refuse_dropping_marked", then_wait)
    outcome: dict[str, object] = {}

    def run(name: str, step: str, values: dict) -> None:
        try:
            outcome[name] = steps.perform("meetings", meeting.id, step, values, admin)
        except Exception as exc:  # noqa: BLE001  (told in the assertion)
            outcome[name] = exc
        finally:
            database.obj.close()

    edit = threading.Thread(target=run, args=("edit", "修改", {"出席人员": "李建国"}), name="edit")
    mark = threading.Thread(target=run, args=("mark", "签到", {"姓名": "王海涛"}), name="mark")
    edit.start()
    assert edit_checked.wait(10)
    mark.start()
    mark.join(1.5)
    go.set()
    edit.join(10)
    mark.join(10)
    rows = {row.name: row.attendance for row in m.attendees(meeting.id, admin)}
    # either the edit went first and the mark is refused (he is no longer listed), or the mark
    # went first and is kept: never a mark recorded and then deleted
    if "王海涛" in rows:
        assert rows["王海涛"] == "已到"
    else:  # his name no longer found, or (read before the edit committed) the list changed meanwhile
        assert isinstance(outcome["mark"], (ValidationError, StaleRecordError)), outcome
