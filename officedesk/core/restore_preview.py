"""What a backup file holds, told before a restore is asked for: whether it is an OfficeDesk
backup that can be restored at all (the checks `backups.restore` makes first), whose office it
is, when its last operation was, and how many records each registry has in it. The window
refuses a bad file without asking, and names these in its question; the restore itself checks
the file again (it may have changed in between)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from officedesk.core import backups, registry
from officedesk.core.actor import Actor
from officedesk.store import backup_facts


@dataclass
class BackupPreview:
    path: Path
    office: str  # 机关名称 ("" : the backup does not say)
    code: str  # 机关代字
    taken_at: dt.datetime | None  # the backup's last audit entry: what it knows up to
    counts: dict[str, int] = field(default_factory=dict)  # registry label -> records, those held


def preview(actor: Actor, source: Path) -> BackupPreview:
    """Check a backup as a restore would (administrators only; an SQLite database to replace; a
    sound OfficeDesk backup no newer than this program) and say what it holds. Raises the
    restore's own refusal (DatabaseError, PermissionDeniedError) for a file it would refuse."""
    backups.require_restorer(actor)
    backups.sqlite_database()
    facts = backup_facts.inspect_backup(Path(source))
    counts = {}
    for spec in registry.all_registries():
        held = facts.counts.get(spec.model._meta.table_name, 0)
        if held:
            counts[spec.label] = held
    name, code = facts.org
    return BackupPreview(Path(source), name, code, facts.taken_at, counts)
