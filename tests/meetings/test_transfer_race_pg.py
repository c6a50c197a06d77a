"""Two workstations send one 议定事项 to 督查 at once, on PostgreSQL (read committed): the
second, which read the decision as not yet sent before the first committed, is refused, and its
item is taken back — it made a second 督查 item and wrote its link over the first's."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from officedesk.core import meetings as m
from officedesk.core import supervision
from officedesk.core.errors import ProcedureError
from officedesk.store.db import database
from officedesk.store.meetings import MeetingDecision
from officedesk.store.supervision import SupervisionItem
from tests.meetings.conftest import _fill_directory, make_draft

pytestmark = pytest.mark.postgres


def test_two_workstations_send_one_decision_once(pg_db, admin, fixed_today, monkeypatch):
    _fill_directory(admin)
    fixed_today(dt.date(2026, 12, 4))
    meeting = m.save_meeting(make_draft(), admin)
    m.mark_held(meeting.id, admin)
    m.save_minutes(meeting.id, "会议研究了重点项目。", [m.DecisionEntry("编制重点项目计划")], admin)
    decision = m.decisions(meeting.id, admin)[0]
    made = supervision.create_item_from_source
    first_made, go = threading.Event(), threading.Event()

    def held_open(**kwargs):
        item = made(**kwargs)
        if threading.current_thread().name == "first":  # it commits only when told
            first_made.set()
            go.wait(10)
        return item

    monkeypatch.setattr(supervision, "create_item_from_source", held_open)
    outcome: dict[str, object] = {}

    def send(name: str) -> None:
        try:
            outcome[name] = m.send_to_supervision(decision.id, admin).id
        except ProcedureError as exc:
            outcome[name] = exc
        finally:
            database.obj.close()

    first = threading.Thread(target=send, args=("first",), name="first")
    second = threading.Thread(target=send, args=("second",), name="second")
    first.start()
    assert first_made.wait(10)
    second.start()  # reads the decision as not sent, then waits for the first's locks
    second.join(1.0)
    go.set()
    first.join(10)
    second.join(10)
    assert isinstance(outcome["first"], int)
    assert isinstance(outcome["second"], ProcedureError), outcome
    assert [item.id for item in SupervisionItem.select()] == [outcome["first"]]
    assert MeetingDecision.get_by_id(decision.id).supervision_id == outcome["first"]
