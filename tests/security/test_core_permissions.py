"""Issue 10 point 10: core refuses a read-only actor by itself, whatever the GUI shows."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import numbering, records, typed_numbers
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import common, incoming
from officedesk.core.errors import PermissionDeniedError
from officedesk.store.models import AuditEntry, IssuedNumber, NumberSequence

READER = Actor(username="reader", role="readonly", clearance=3, display_name="只读")


def state() -> tuple[int, int, int]:
    return (IssuedNumber.select().count(), AuditEntry.select().count(),
            NumberSequence.select().count())


def test_numbering_refuses_a_read_only_actor(any_db):
    issued = numbering.take("incoming", CLI_ACTOR)
    before = state()
    with pytest.raises(PermissionDeniedError):
        numbering.take("incoming", READER)
    with pytest.raises(PermissionDeniedError):
        typed_numbers.claim_manual("supervision", "督〔2026〕99号", READER)
    with pytest.raises(PermissionDeniedError):
        numbering.void("incoming", issued.text, "误取", READER)
    assert state() == before
    assert IssuedNumber.get_by_id(issued.id).status == "used"


def test_low_level_writes_refuse_a_read_only_actor(db, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    doc = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": "省委发〔2026〕1号",
                            "标题": "通知", "文种": "通知", "密级": "非密", "份数": "1"}, CLI_ACTOR)
    item = sv.create_item({"事项名称": "落实会议精神", "来源": "会议议定事项"}, CLI_ACTOR)
    before = state()
    calls = [
        lambda: records.save_changes(incoming.INCOMING, doc, {"title": "改"}, doc.version, READER),
        lambda: common.add_step("incoming", doc, "登记", "待登记", "待初审", READER),
        lambda: incoming.register_doc(doc.id, doc.version, {}, READER),
        lambda: sv.add_task(item.id, {"lead_unit": "县水利局"}, READER),
        lambda: sv.generate_reminders(READER),
        lambda: records.delete(sv.SPEC, item.id, item.version, READER),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError):
            call()
    assert state() == before
    assert incoming.INCOMING.model.get_by_id(doc.id).title == "通知"
