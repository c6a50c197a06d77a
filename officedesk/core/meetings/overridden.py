"""`--force 理由` on the command line (`add`, `import`, `step`): the registries whose records
have conflicts a reason overrides (`FORCEABLE`: a meeting's — a leader due elsewhere, a room too
small; a room booked twice is never overridden), and what a command's reason did overrode: the
meetings it saved despite their conflicts, read back from the `conflict_override` entries it
wrote to the audit trail (service.record_override, meeting_batch), so what is said is what was
recorded — nothing for a dry run, nor for a save refused after its check."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import changes
from officedesk.core.actor import Actor
from officedesk.store.db import guarded
from officedesk.store.models import AuditEntry

FORCEABLE = frozenset({"meetings"})
ACTION = "conflict_override"


@dataclass
class Overridden:
    """One meeting saved despite its conflicts, with the reason recorded."""

    record_id: int | None
    summary: str  # 存在冲突仍保存会议“…”，原因：…
    conflicts: list[str]
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.record_id, "conflicts": self.conflicts, "reason": self.reason}


@dataclass
class Watch:
    overridden: list[Overridden] = field(default_factory=list)


@contextlib.contextmanager
def watched(actor: Actor) -> Iterator[Watch]:
    """The conflicts overridden by `actor` within the block, filled in when it ends (not when
    it raises: nothing it wrote is kept then). Only the entries the block itself wrote
    (`changes.noting`, by their hashes): the same account's overrides written meanwhile by
    another command are not this one's."""
    start = changes.latest()
    found = Watch()
    with changes.noting() as ours:
        yield found
    with guarded("读取"):
        rows = [row for row in AuditEntry.select().where(
            (AuditEntry.id > start) & (AuditEntry.action == ACTION)
            & (AuditEntry.registry == "meetings") & (AuditEntry.actor == actor.username))
            .order_by(AuditEntry.id) if row.hash in ours]
    for row in rows:
        after = json.loads(row.after or "{}")
        found.overridden.append(Overridden(row.record_id, row.summary,
                                           [str(c) for c in after.get("冲突", [])],
                                           str(after.get("原因", ""))))
