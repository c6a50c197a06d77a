"""audit.history shows personal data masked to those who may not see it, as the lists do; the
trail itself (its stored, hashed texts) stays as it was written."""

from __future__ import annotations

import datetime as dt

from officedesk.core import audit, petitions
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.efficiency import complaints
from officedesk.core.idcard import make_id
from officedesk.store.db import write_transaction
from officedesk.store.models import AuditEntry

ID_NUMBER = make_id("110101", dt.date(1968, 3, 7), 231)
ADDRESS = "北京市东城区和平里街道12号"
CLERK = Actor("clerk3", "clerk", 3, display_name="绝密科员")  # every 密级, no personal data
LEADER = Actor("leader3", "leader", 3, display_name="领导")


def _shown(entries: list[AuditEntry]) -> str:
    return "\n".join(e.before + e.after for e in entries)


def _petition_with_history() -> int:
    """A petition registered, its petitioner's phone corrected, and an entry with sub-rows."""
    record = petitions.register_petition(
        {"登记日期": "2026-03-02", "信访形式": "来访", "信访人": "张建国", "身份证号": ID_NUMBER,
         "联系电话": "13812345678", "住址": ADDRESS, "问题类别": "征地拆迁",
         "反映内容": "反映土地征收补偿款未足额发放。"},
        None, CLI_ACTOR,
    )
    person = {"name": "张建国", "id_number": ID_NUMBER, "phone": "13900001111", "address": ADDRESS}
    record = petitions.update_petitioners(record.id, [person], record.version, CLI_ACTOR)
    with write_transaction():  # sub-rows keep the field names
        audit.record(CLI_ACTOR, "update", "petitions", record.id, None,
                     {"信访人": [person]}, "核对信访人")
    return record.id


def test_history_masks_the_sensitive_fields_for_those_not_allowed(db):
    pid = _petition_with_history()
    shown = _shown(audit.history("petitions", pid, CLERK))
    for full in (ID_NUMBER, "13812345678", "13900001111", "和平里"):
        assert full not in shown
    for masked in ("110101********" + ID_NUMBER[-4:], "138****5678", "139****1111",
                   "北京市" + "*" * 11):
        assert masked in shown
    for allowed in (LEADER, CLI_ACTOR):
        shown = _shown(audit.history("petitions", pid, allowed))
        assert ID_NUMBER in shown and "13900001111" in shown and ADDRESS in shown
    # the stored trail is untouched and still verifies
    stored = _shown(list(AuditEntry.select().where(AuditEntry.record_id == pid)))
    assert ID_NUMBER in stored and ADDRESS in stored
    assert audit.verify_chain() == []


def test_a_complainants_phone_is_masked_in_its_history(db):
    record = complaints.register_complaint(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "钱女士", "联系电话": "13912345678", "被投诉单位": "县自然资源局",
         "投诉内容": "办事拖拉。"},
        CLI_ACTOR,
    )
    shown = _shown(audit.history("complaints", record.id, CLERK))
    assert "139****5678" in shown and "13912345678" not in shown
    assert "13912345678" in _shown(audit.history("complaints", record.id, LEADER))
