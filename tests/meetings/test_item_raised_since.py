"""保密: a 议定事项 sent to 督查 leaves the item's id in the meeting's audit trail
({"督查事项": 1}). The item raised since above a reader's clearance must not be named to him
there — the 纪要's own 督查 column already leaves it out (records.linked_id). Before, a 公开
clerk read the 机密 item's id in the meeting's history."""

from __future__ import annotations

import json

from officedesk.core import audit, records, steps, supervision
from officedesk.core import meetings as m
from officedesk.core.actor import Actor
from officedesk.core.named_items import HIDDEN_ITEM
from officedesk.store.meetings import MeetingDecision
from tests.meetings.conftest import make_draft

READER = Actor(username="kyl", role="clerk", clearance=0, display_name="孔云龙")  # 公开


def _named(meeting_id: int, actor: Actor) -> list:
    found = []
    for entry in audit.history("meetings", meeting_id, actor):
        after = json.loads(entry.after) if entry.after else {}
        if isinstance(after, dict) and "督查事项" in after:
            found.append(after["督查事项"])
    return found


def test_an_item_raised_since_is_no_longer_named_in_the_meetings_history(directory_data, admin, on_day):
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    MeetingDecision.create(meeting=meeting.id, seq=1, content="抓紧推进重点项目",
                           created_by="admin", updated_by="admin")
    outcome = steps.perform("meetings", meeting.id, "议定事项转督查", {"议定事项": "1"}, admin)
    item = records.get(supervision.SPEC, outcome.extra["supervision_id"], admin)
    assert _named(meeting.id, READER) == [item.id]  # named while he may see it
    records.update(supervision.SPEC, item.id, {"密级": "机密"}, item.version, admin)
    assert _named(meeting.id, READER) == [HIDDEN_ITEM]
    assert _named(meeting.id, admin) == [item.id]
    assert audit.verify_chain() == []
