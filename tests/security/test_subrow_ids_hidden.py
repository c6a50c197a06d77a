"""A sub-row asked for by its own id (a 督查 task, a meeting's 议定事项) whose record is above
the actor's clearance is answered as a sub-row that is not there. It was refused in the hidden
record's words (没有找到记录号（id）为 N 的督查事项记录 / 会议记录), so trying task or decision ids
told which hidden records exist and their ids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from officedesk.core import meetings as m
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.errors import NotFoundError, OfficeDeskError
from officedesk.core.meetings import decision_supervision
from officedesk.store.meetings import MeetingDecision

CLERK = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")


@pytest.fixture
def hidden(db, fixed_today) -> dict[str, int]:
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item({"事项名称": "水库迁建选址勘察", "来源": "上级决策部署", "密级": "机密",
                           "立项日期": "2026-03-02"}, CLI_ACTOR)
    task = sv.add_task(item.id, {"牵头单位": "县水利局", "时限": "2026-03-20",
                                 "交办日期": "2026-03-02"}, CLI_ACTOR)
    meeting = m.save_meeting(m.MeetingDraft(
        values={"title": "机密专题会", "kind": "专题会议", "secrecy": "机密",
                "start": "2026-03-10 09:00", "end": "2026-03-10 10:00", "place": "市会展中心"},
        attendees=[m.PersonEntry("李建国", "市委办公室")], agenda=[]), CLI_ACTOR)
    fixed_today(dt.date(2026, 3, 10))
    m.save_minutes(meeting.id, "会议研究了选址。",
                   [m.DecisionEntry("三号坝址秘密勘察", "市水利局", None)], CLI_ACTOR)
    decision = MeetingDecision.get(MeetingDecision.meeting == meeting.id)
    return {"task": task.id, "task_version": task.version, "decision": decision.id}


ASKED: dict[str, Callable[[int, dict[str, Any]], Any]] = {
    "get_task": lambda i, h: sv.tasks.get_task(i, CLERK),
    "reports_of": lambda i, h: sv.reports_of(i, CLERK),
    "latest_reminder": lambda i, h: sv.reminders.latest_reminder(i, CLERK),
    "add_report": lambda i, h: sv.add_report(i, {"进度": 30, "进展情况": "已勘察"}, CLERK),
    "complete_task": lambda i, h: sv.tasks.complete_task(i, dt.date(2026, 3, 10), "已办结", CLERK),
    "update_task": lambda i, h: sv.tasks.update_task(i, {"时限": "2026-03-25"}, h["task_version"], CLERK),
    "delete_task": lambda i, h: sv.tasks.delete_task(i, h["task_version"], CLERK),
    "send_to_supervision": lambda i, h: decision_supervision.send_to_supervision(i, CLERK),
}
ROW = {name: ("decision" if name == "send_to_supervision" else "task") for name in ASKED}


@pytest.mark.parametrize("name", list(ASKED))
def test_a_hidden_record_s_row_is_answered_as_none(hidden, name):
    told = []
    for row_id in (hidden[ROW[name]], hidden[ROW[name]] + 1000):  # the hidden record's, and none
        with pytest.raises(OfficeDeskError) as refused:
            ASKED[name](row_id, hidden)
        # told in the same words, and a kind that is treated alike (a hidden one is a NotFoundError)
        kind = NotFoundError if isinstance(refused.value, NotFoundError) else type(refused.value)
        told.append((kind, str(refused.value).replace(str(row_id), "N")))
    assert told[0] == told[1], told
