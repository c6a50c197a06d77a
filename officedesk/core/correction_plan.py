"""A file's corrections checked one after another with nothing written (import --update, before the
write lock), as their saves will meet under it. A correction's save may carry values to other
records of its registry (RegistrySpec.carries: a 信息 首报's 报送单位 and a 密级 raised, to its
续报); checked one by one under the lock, the row of such a record then met it as carried. The
plan keeps, for the rows after it, each good correction's record as saved (`as_corrected`: a
续报's checks read its 首报 so) and what its save carries (`Plan.carried_copy`: a later row's
record is checked as that save leaves it). Under the lock, such a row's correction is saved on
its record only when the record is as the plan left it (`as_planned`); otherwise (another
workstation changed it, or the earlier save was refused) it is the caller's to check again as
things are."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.context_values import bound, record_held
from officedesk.core.errors import OfficeDeskError
from officedesk.core.registry import RegistrySpec
from officedesk.store import compiled

# what a save stamps on the record it writes: no part of what a check reads
STAMPS = frozenset({"version", "updated_at", "updated_by"})


@dataclass
class Plan:
    """The good corrections checked so far, of one registry, by `actor`."""

    spec: RegistrySpec
    actor: Actor
    corrected: dict[int, Any] = field(default_factory=dict)  # id -> the record as its correction saves it
    carried: dict[int, dict[str, Any]] = field(default_factory=dict)  # id -> values saves before carry to it

    def add(self, correction: records.Correction) -> None:
        """A correction checked good: its record as saved, and what its save carries to others,
        for the rows checked after it. Each carry is checked now as a correction of its own
        (`Carry`), kept with the correction: its save, under the lock, need not check it again."""
        if self.spec.carries is None:  # its saves carry nothing: no row reads another's
            return
        saved = records.corrected_copy(self.spec, correction)
        self.corrected[saved.id] = saved
        carries = []
        for record_id, values in self.spec.carries(correction.existing, saved).items():
            self.carried.setdefault(record_id, {}).update(values)
            carries.append(self._checked(record_id, values))
        correction.carries = [carry for carry in carries if carry is not None] or None

    def _checked(self, record_id: int, values: dict[str, Any]) -> Carry | None:
        """The carry of `values` to the record checked as the registry's save corrects it
        (records.update: as this actor, its 首报 as planned); None when it would be refused — the
        correction's own check says so (a 信息 首报's, followup_unit.carry_refusal) — or the record
        is no longer there: the save checks it under the lock, as before."""
        record = compiled.fetch(self.spec.model, record_id)
        if record is None:
            return None
        raw = {self.spec.field(name).label: value for name, value in values.items()}
        try:
            return Carry(raw, records.prepare_correction(self.spec, record, raw, self.actor, ahead=True))
        except OfficeDeskError:
            return None

    def carried_copy(self, record: Any) -> tuple[Any, dict[str, Any] | None]:
        """The record as the saves of the corrections before carry it (a copy never saved), and
        the values they carry; the record itself and None when they carry nothing to it."""
        values = self.carried.get(record.id)
        if not values:
            return record, None
        return records.corrected_copy(self.spec, records.Correction(record, dict(values), {})), dict(values)


@dataclass
class Carry:
    """A save's carry to another record, checked before the lock: the typed values the registry's
    carry saves (label -> value) and the correction they make of the record as it was read."""

    raw: dict[str, Any]
    correction: records.Correction


_plan: contextvars.ContextVar[Plan | None] = contextvars.ContextVar("correction_plan", default=None)
_carries: contextvars.ContextVar[dict[tuple[str, int], Carry] | None] = contextvars.ContextVar(
    "correction_plan_carries", default=None)


@contextlib.contextmanager
def holding(plan: Plan) -> Iterator[Plan]:
    """Within: `as_corrected` finds the records of `plan` (of its registry)."""
    with bound(_plan, plan):
        yield plan


def as_corrected(registry: str, record_id: Any) -> Any:
    """The record as an earlier row of the file being checked corrects it (its save not made
    yet), or None: outside such a check, for a record no row corrects, always None."""
    plan = _plan.get()
    return record_held(plan.corrected if plan is not None and plan.spec.name == registry else None,
                       record_id)


def as_planned(spec: RegistrySpec, correction: records.Correction) -> Any:
    """Under the write lock: the record of a correction checked as earlier saves carry it
    (Correction.carried), as it is now — StaleRecordError unless it is what the check read
    (every field but the save's stamps: the earlier saves carried it as planned, and nobody
    changed it since)."""
    checked = correction.existing
    current = compiled.fetch(spec.model, checked.id)
    if current is None or any(current.__data__.get(name) != checked.__data__.get(name)
                              for name in spec.model._meta.fields if name not in STAMPS):
        raise records.stale(spec, checked.version)
    return current


@contextlib.contextmanager
def carrying(spec: RegistrySpec, corrections: Iterable[records.Correction]) -> Iterator[None]:
    """Within (the saves of an import's corrections, under the lock): the carries checked with
    them (Correction.carries) are found by `checked_carry`."""
    held = {(spec.name, carry.correction.existing.id): carry
            for correction in corrections for carry in correction.carries or ()}
    with bound(_carries, held or None):
        yield


def checked_carry(spec: RegistrySpec, record: Any, raw: dict[str, Any]) -> records.Correction | None:
    """The correction a registry's carry saves (the record as read under the lock, the typed
    values), when it was checked before the lock on the record as it still is; None: the carry
    checks it now (records.update)."""
    held = _carries.get()
    carry = held.get((spec.name, record.id)) if held is not None else None
    if carry is None or carry.raw != raw or carry.correction.existing.version != record.version:
        return None
    return carry.correction
