"""The records a check takes as made, while it checks the rows of a file one by one in memory
(core.batch_in_order: a 信息 续报 and its 首报, both in the sheet). One by one, each row was written
before the next was checked, so the next found it in the database; checked with nothing written
and no write lock, the next finds it here instead: the record the earlier row makes, as it is
once made (its number, its state — 已作废 for a voided row —, every value), under the id it
would be given.

A registry whose rows name others of it declares that its lookups of them ask here when the
database has none (`FINDS_MADE`: 信息's first reports by `by_number` and `by_id`, the 通讯录's
上级单位 and names by `by_field`); outside such a check these give None, and nothing changes."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from officedesk.core.batch_new import NewRecord
from officedesk.core.context_values import bound, record_held
from officedesk.core.registry import RegistrySpec

# registries whose lookups of their own records find those of the rows before (core.batch_in_order
# checks their rows naming each other in memory)
FINDS_MADE: set[str] = set()


@dataclass
class Pending:
    """The records of the good rows checked so far, of one registry."""

    spec: RegistrySpec
    next_id: int  # the id the next record made takes (SQLite: the table's last id + 1)
    by_number: dict[str, Any] = field(default_factory=dict)
    by_id: dict[int, Any] = field(default_factory=dict)
    indexes: dict[str, dict[Any, Any]] = field(default_factory=dict)  # field -> value -> first record

    def add(self, new: NewRecord, number: str) -> None:
        """A good row's record, as it is once made: the values its steps leave, voided if the
        row is, its number (brought or issued), under the next id — one by one, a refused row
        was undone and took none, as SQLite gives a row the table's last id + 1."""
        from officedesk.core import lifecycle

        spec = self.spec
        values: dict[str, Any] = dict.fromkeys(spec.model._meta.fields)
        values.update(new.values)
        for step in new.steps:
            values.update(step.changes)
        if new.voided:
            values[lifecycle.LIFECYCLE.get(spec.name, ("state",))[0]] = lifecycle.VOIDED
        if spec.number_field and number:
            values[spec.number_field] = number
        values["id"] = self.next_id
        record = SimpleNamespace(**values)
        self.by_id[self.next_id] = record
        if number:
            self.by_number.setdefault(number, record)
        for name, index in self.indexes.items():
            index.setdefault(values.get(name), record)
        self.next_id += 1

    def first_with(self, name: str, value: Any) -> Any:
        """The first record made with this value of the field, or None (indexed when first asked)."""
        index = self.indexes.get(name)
        if index is None:
            index = self.indexes[name] = {}
            for record in self.by_id.values():
                index.setdefault(getattr(record, name, None), record)
        return index.get(value)


_pending: contextvars.ContextVar[Pending | None] = contextvars.ContextVar("pending_records", default=None)


@contextlib.contextmanager
def holding(pending: Pending) -> Iterator[Pending]:
    """Within: `by_number` and `by_id` find the records of `pending` (of its registry)."""
    with bound(_pending, pending):
        yield pending


def by_number(registry: str, number: str) -> Any:
    """The record an earlier row of the file makes with this number (tidied), or None."""
    pending = _pending.get()
    if pending is None or pending.spec.name != registry or not number:
        return None
    return pending.by_number.get(number)


def by_field(registry: str, name: str, value: Any) -> Any:
    """The first record an earlier row of the file makes with this value of the field, or None."""
    pending = _pending.get()
    if pending is None or pending.spec.name != registry or value in (None, ""):
        return None
    return pending.first_with(name, value)


def by_id(registry: str, record_id: Any) -> Any:
    """The record an earlier row of the file makes under this id, or None."""
    pending = _pending.get()
    return record_held(pending.by_id if pending is not None and pending.spec.name == registry else None,
                       record_id)
