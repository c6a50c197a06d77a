"""An import --update's corrections saved together under the write lock, as records.save_changes
saves one: checked before the lock (records.prepare_correction), each record's changed columns
are written if its version is still the one checked (one statement for the rows changing the
same columns), the rows read back a chunk at a time, their audit entries chained and written at
once (audit.record_many), their index entries renewed together (records.reindex_many) and the registry's follow-ups of a save
run. Row by row the same took 0.45 ms a record under the lock, most of it the statements' round
trips and a savepoint each.

A correction that needs more than its own row is saved alone (records.save_correction): one that
changes the record's 密级 (the records made from it follow: records.LEVEL_HOOKS) or goes its own
route (a unit renamed). So is one whose record changed since it was checked, and every one of
the batch when anything of it is refused (a value another record holds in a unique column): the
batch is undone and its corrections are saved one by one, each refusal said by its row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import audit, clock, integrity, records
from officedesk.core.actor import Actor
from officedesk.core.cleared_names import check_change
from officedesk.core.errors import OfficeDeskError
from officedesk.core.record_guards import level_of, require_writer_of
from officedesk.core.registry import RegistrySpec
from officedesk.store import compiled
from officedesk.store.db import database

# fewer corrections than this are saved one by one: nothing to gain
LEAST = 2


@dataclass
class Pending:
    """A correction to save: `key` names it to the caller (an import's row)."""
    key: int
    correction: records.Correction
    version: int  # the record's version it was checked against
    summary: str


def alone(spec: RegistrySpec, correction: records.Correction) -> bool:
    """Whether the correction is saved by itself (records.save_correction), not with others."""
    values = correction.values
    if correction.routed or not values or any(isinstance(v, peewee.Node) for v in values.values()):
        return True
    level = spec.level_field
    return level is not None and level in values and \
        level_of(spec, correction.existing) != level_of(spec, _after(spec, correction))


def _after(spec: RegistrySpec, correction: records.Correction) -> Any:
    return compiled.loaded(spec.model, {**correction.existing.__data__, **correction.values})


def save(spec: RegistrySpec, pending: Sequence[Pending], actor: Actor) -> dict[int, Any]:
    """Save the corrections that may go together, in the caller's transaction: key -> the
    record saved. Those not in it are for records.save_correction, one by one: a correction
    saved alone, one whose record changed since it was checked — or all of them, when anything
    of the batch was refused (nothing of it is left)."""
    require_writer_of(spec, actor)
    together = [p for p in pending if not alone(spec, p.correction)]
    if len(together) < LEAST:
        return {}
    model = spec.model
    versions = compiled.versions(model, [p.correction.existing.id for p in together])
    together = [p for p in together if versions.get(p.correction.existing.id) == p.version]
    if len(together) < LEAST:
        return {}
    try:
        with database.atomic():  # a savepoint: a refusal leaves nothing of the batch
            return _save(spec, together, actor)
    except (OfficeDeskError, peewee.IntegrityError):
        return {}  # each said by its row when saved one by one


class _Changed(OfficeDeskError):
    """A record changed between reading its version and writing it (PostgreSQL: another
    workstation's save): the batch is undone and saved one by one."""


def _save(spec: RegistrySpec, together: list[Pending], actor: Actor) -> dict[int, Any]:
    model = spec.model
    now = clock.now()
    groups: dict[tuple[str, ...], list[tuple[dict[str, Any], Any, int]]] = {}
    for item in together:
        existing, values = item.correction.existing, item.correction.values
        check_change(spec, existing, values)  # 保密: the people it names, as they are now
        changes = records.storable(spec, values)
        changes.update(version=item.version + 1, updated_at=now, updated_by=actor.username)
        groups.setdefault(tuple(changes), []).append((changes, existing.id, item.version))
    for names, rows in groups.items():
        if compiled.update_many(model, names, rows) != len(rows):
            raise _Changed("")
    for item in together:
        if item.correction.first is not None:  # the registry's own rows, before the entries
            item.correction.first(item.correction.existing, actor)
    read = compiled.fetch_many(model, [item.correction.existing.id for item in together])
    saved: dict[int, Any] = {}
    entries: list[audit.Entry] = []
    for item in together:
        existing = item.correction.existing
        record = compiled.loaded(model, read[existing.id])
        entries.append((record.id, *records.changed_entry(spec, records.snapshot(spec, existing), record,
                                                          item.summary)))
        saved[item.key] = record
    audit.record_many(actor, "update", spec.name, entries,
                      integrity.digests_of(spec.name, list(read.values())))
    records.reindex_many(spec, list(saved.values()))
    for item in together:
        record = saved[item.key]
        for follow in spec.after_change:
            follow(item.correction.existing, record, actor)
        if item.correction.then is not None:  # what the registry writes after (a 会议's override)
            item.correction.then(record, actor)
    return saved
