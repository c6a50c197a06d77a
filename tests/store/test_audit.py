"""The audit trail: every change leaves who/when/what/before/after, hash-chained."""

from __future__ import annotations

import json

from officedesk.core import audit, records
from officedesk.core.directory import UNITS
from officedesk.store.db import database
from officedesk.store.models import AuditEntry, AuditHead
from tests.tamper import reguard, unguard


def _make_trail(admin, clerk) -> list[AuditEntry]:
    unit = records.create(UNITS, {"单位名称": "办公室"}, admin)
    records.update(UNITS, unit.id, {"简称": "办"}, 1, clerk)
    # a unit nothing uses (秘书科 is named by the default 收文 审批链: not deleted, probe139)
    other = records.create(UNITS, {"单位名称": "县档案局"}, admin)
    records.update(UNITS, other.id, {"简称": "秘"}, 1, admin)
    records.delete(UNITS, other.id, 2, admin)
    return list(AuditEntry.select().order_by(AuditEntry.id))


def test_every_change_is_recorded_with_before_and_after(any_db, admin, clerk):
    entries = _make_trail(admin, clerk)
    assert [e.action for e in entries] == ["create", "update", "create", "update", "delete"]
    update = entries[1]
    assert update.actor == "clerk" and update.registry == "units"
    assert json.loads(update.before) == {"简称": ""} or json.loads(update.before) == {"简称": None}
    assert json.loads(update.after) == {"简称": "办"}
    deleted = entries[-1]
    assert json.loads(deleted.before)["单位名称"] == "县档案局" and deleted.after == ""
    assert [e.id for e in audit.history("units", entries[0].record_id)] == [
        entries[0].id,
        entries[1].id,
    ]


def test_untouched_chain_verifies(any_db, admin, clerk):
    entries = _make_trail(admin, clerk)
    assert audit.verify_chain() == []
    assert entries[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))
    assert AuditHead.get_by_id(1).last_hash == entries[-1].hash


def test_edited_field_is_detected(any_db, admin, clerk):
    entries = _make_trail(admin, clerk)
    unguard()  # what someone with the file does first
    AuditEntry.update(after=json.dumps({"简称": "改过"}, ensure_ascii=False)).where(
        AuditEntry.id == entries[1].id
    ).execute()
    problems = audit.verify_chain()
    assert [p.entry_id for p in problems] == [entries[1].id]
    assert "被改动" in problems[0].message


def test_edited_actor_with_recomputed_hash_is_detected(any_db, admin, clerk):
    entries = _make_trail(admin, clerk)
    unguard()  # what someone with the file does first
    e = entries[2]
    forged = audit.entry_hash(
        e.prev_hash,
        e.at,
        "someone-else",
        e.action,
        e.registry,
        e.record_id,
        e.summary,
        e.before,
        e.after,
        e.row_digest,
    )
    AuditEntry.update(actor="someone-else", hash=forged).where(AuditEntry.id == e.id).execute()
    problems = audit.verify_chain()
    assert problems and problems[0].entry_id == entries[3].id  # the next link no longer fits


def test_deleted_middle_entry_is_detected(any_db, admin, clerk):
    entries = _make_trail(admin, clerk)
    unguard()  # what someone with the file does first
    AuditEntry.delete().where(AuditEntry.id == entries[2].id).execute()
    problems = audit.verify_chain()
    assert any(p.entry_id == entries[3].id and "缺少" in p.message for p in problems)
    # the end is as it was: the head's count says one is missing, not that the end was cut
    messages = [p.message for p in problems]
    assert not any("末尾的记录被删除或改动" in m for m in messages), messages
    assert any("少了 1 条" in p.message for p in problems if p.entry_id is None), messages


def test_an_anchor_counting_more_entries_than_there_are_says_they_were_deleted(any_db, admin, clerk):
    """Not 截断或清空 only: an entry deleted in the middle makes the count short too."""
    from officedesk.core import anchor

    entries = _make_trail(admin, clerk)
    count, head = anchor.chain_state()
    unguard()
    AuditEntry.delete().where(AuditEntry.id == entries[2].id).execute()
    [problem] = anchor.verify(count, head[:8], "锚定文件")
    assert f"少于锚定文件锚定的 {count} 条：有 1 条审计记录被删除" in problem, problem


def test_deleted_first_entry_is_detected(any_db, admin, clerk):
    entries = _make_trail(admin, clerk)
    unguard()  # what someone with the file does first
    AuditEntry.delete().where(AuditEntry.id == entries[0].id).execute()
    assert any(p.entry_id == entries[1].id for p in audit.verify_chain())


def test_deleted_last_entry_is_detected(any_db, admin, clerk):
    entries = _make_trail(admin, clerk)
    unguard()  # what someone with the file does first
    AuditEntry.delete().where(AuditEntry.id == entries[-1].id).execute()
    problems = audit.verify_chain()
    assert len(problems) == 1 and problems[0].entry_id is None
    assert "末尾" in problems[0].message


def test_gap_in_ids_from_a_rolled_back_write_is_not_tampering(any_db, admin, clerk):
    """PostgreSQL sequences skip the ids of rolled-back inserts; that must not look like a deletion."""
    records.create(UNITS, {"单位名称": "办公室"}, admin)
    with database.atomic() as transaction:
        audit.record(admin, "update", "units", 1, {"a": 1}, {"a": 2}, "会被回滚")
        transaction.rollback()
    if database.obj.__class__.__name__.startswith("Sqlite"):
        # SQLite reuses the id; make the gap by hand as PostgreSQL would leave it.
        database.execute_sql(
            "insert into audit_entry (id, at, actor, action, registry, summary, before, "
            "after, prev_hash, hash) values (50, '2026-01-01 00:00:00', 'x', 'x', 'x', "
            "'', '', '', 'x', 'x')"
        )
        unguard()
        database.execute_sql("delete from audit_entry where id = 50")
        reguard()
    records.create(UNITS, {"单位名称": "秘书科"}, admin)
    ids = [e.id for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert ids[1] - ids[0] > 1 or database.obj.__class__.__name__.startswith("Sqlite")
    assert audit.verify_chain() == []
