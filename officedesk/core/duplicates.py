"""A value a unique column of a registry holds already, said by the field's label (records'
create and update write through `refusing_duplicates`, a batch import asks `taken_message`).
保密: when the record holding it lies above the actor's clearance, the value is said to be taken,
never that a record has it (a classified record is found by no path)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

import peewee

from officedesk.core.errors import ValidationError
from officedesk.core.fields import display
from officedesk.core.i18n import text
from officedesk.core.record_guards import level_of
from officedesk.core.registry import RegistrySpec
from officedesk.store.db import database
from officedesk.store.db_errors import duplicate_message, unique_violation


@contextlib.contextmanager
def refusing_duplicates(spec: RegistrySpec, values: dict[str, Any], existing: Any = None,
                        actor: Any = None) -> Iterator[None]:
    """A value a unique column of the registry holds already: refused naming the field by its
    label and the value written (SQLite's error names neither; PostgreSQL's value is used when
    the record's cannot be read), next to the field in a form, by column at import."""
    try:
        # a savepoint: PostgreSQL refuses every statement of a transaction after a failed one,
        # and the refusal reads the holder (taken_message) before the caller's rollback
        with database.atomic():
            yield
    except peewee.IntegrityError as exc:
        found = unique_violation(exc)
        by_column = {f.column_name: f.name for f in spec.model._meta.sorted_fields}
        names = [by_column.get(column, column) for column in found.columns] if found else []
        fields = [spec.field(name) for name in names if name in {f.name for f in spec.fields}]
        if found is None or not fields or len(fields) != len(names):
            raise  # not a column of this registry's own (store.db_errors.duplicate_error says it)

        def written(name: str) -> Any:
            return values[name] if name in values else getattr(existing, name, None)

        own = spec.taken.get(fields[0].name) if len(fields) == 1 else None
        if own is not None:  # the rule's own words, as its read before the save says them
            raise ValidationError(own(str(written(fields[0].name) or found.value)), fields[0].name) from exc
        shown = [display(f, written(f.name), True) for f in fields]
        value = "、".join(shown) if all(shown) else found.value
        holder = {f.name: written(f.name) for f in fields}
        label = "＋".join(f.label for f in fields)
        raise ValidationError(taken_message(spec, holder, label, value, actor), fields[0].name) from exc


def taken_message(spec: RegistrySpec, holder: dict[str, Any], label: str, value: str,
                  actor: Any = None) -> str:
    """The refusal of `value` of the field(s) `label`, held by the record whose columns have
    `holder`'s values: named as that record when `actor` (None: anyone) may see it; else (above
    his clearance, or held by no record: a number voided) only said to be taken."""
    found = None
    if holder and all(name in spec.model._meta.fields for name in holder):
        model = spec.model
        condition = [getattr(model, name) == wanted for name, wanted in holder.items()]
        found = model.select().where(*condition).first()
    if found is not None and (actor is None or level_of(spec, found) <= actor.clearance):
        return duplicate_message(spec.label, label, value)
    return text("%1“%2”已被占用，没有保存（%3的%1不能重复）。请换一个%1。", label, value, spec.label)


def taken_said(spec: RegistrySpec, exc: BaseException, written: Iterable[dict[str, Any]] = ()) -> str:
    """A batch's unique-index failure in the words of the column's own rule (spec.taken): the
    value as the driver names it (PostgreSQL), else the first of the batch's rows `written`
    that a stored record or an earlier row has (SQLite, the batch rolled back). "" when the
    column has no words of its own."""
    found = unique_violation(exc)
    if found is None or len(found.columns) != 1:
        return ""
    by_column = {f.column_name: f.name for f in spec.model._meta.sorted_fields}
    name = by_column.get(found.columns[0], "")
    own = spec.taken.get(name)
    if own is None:
        return ""
    value = found.value or _held(spec, name, [str(row.get(name) or "") for row in written])
    return own(value) if value else ""


def _held(spec: RegistrySpec, name: str, values: list[str]) -> str:
    given = [value for value in values if value]
    column = getattr(spec.model, name)
    stored = {str(v) for (v,) in spec.model.select(column).where(column.in_(given)).tuples()} if given else set()
    seen: set[str] = set()
    for value in given:
        if value in stored or value in seen:
            return value
        seen.add(value)
    return ""
