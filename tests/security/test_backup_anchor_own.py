"""A backup's anchor (its .anchor.json and the 审计校验码 `backup` prints) is the chain the backup
holds, even when another workstation writes between the copy and the anchoring. Before, it was
the live database's chain a moment later: the backup, opened or checked on its own, read as one
whose newest audit entries had been deleted."""

from __future__ import annotations

from officedesk.core import anchor, backups, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import UNITS
from officedesk.store import backup as store_backup
from officedesk.store import backup_facts


def test_the_backup_is_anchored_as_it_was_copied(db, tmp_path, monkeypatch):
    records.create(UNITS, {"单位名称": "县委办公室"}, CLI_ACTOR)
    copy = store_backup.backup_to

    def copied_then_written_elsewhere(*args, **kwargs):
        path = copy(*args, **kwargs)
        records.create(UNITS, {"单位名称": "县政府办公室"}, CLI_ACTOR)  # another workstation
        return path

    monkeypatch.setattr(store_backup, "backup_to", copied_then_written_elsewhere)
    result = backups.backup(CLI_ACTOR, tmp_path / "copy.db")
    held = backup_facts.inspect_backup(result.path)
    kept = anchor.read(backups.companion(result.path))
    assert kept is not None
    assert (kept["audit_count"], kept["audit_head"]) == (held.audit_count, held.audit_head)
    assert result.code == kept["code"] == anchor.code(held.audit_count, held.audit_head)
    assert anchor.chain_state()[0] == held.audit_count + 1  # the live database went on
