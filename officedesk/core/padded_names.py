"""People's names saved padded before every field naming a person was tidied (core/names.py):
王　伟 aligned in a clerk's list was stored as typed, so 王伟 found neither the record, nor the
通讯录 entry, nor the user, and a list's filter offered 王　伟 beside 王伟. `bring_up_to_date`
(store migration 34) stores each such name as a save would store it now.

The audit trail keeps each row's digest in its last entry's hash (core/integrity.py), so a row
rewritten in SQL would read as changed outside the program in `officedesk check`. Each row is
therefore written as the program writes a change: its version and stamps, an audit entry of
the system's with the names before and after (the digest of the row as it now stands), and its
search text indexed again. The checks of a save by a clerk (the people a 密级 may name, the
locks of a correction) are not asked: the name is the same person's, only its padding goes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import peewee

from officedesk.core import audit, clock, registry
from officedesk.core.actor import ROLE_ADMIN, Actor
from officedesk.core.errors import (
    ConflictError,
    PermissionDeniedError,
    ProcedureError,
    ValidationError,
)
from officedesk.core.fields import FieldSpec, strip_controls
from officedesk.core.names import tidy_name, tidy_person
from officedesk.store import compiled
from officedesk.store.db import database
from officedesk.store.models import User

# Who tidies the names of a database kept before (store migration 34): the program itself.
SYSTEM = Actor("system", ROLE_ADMIN, 3, display_name="系统（人名整理）")
SUMMARY = "数据库升级：去掉人名中对齐用的空格"
# what a padded or pasted name may hold that a tidy one does not (the SQL's first sieve)
_PADDING = (" ", "\u3000", "\u00a0", "\t", "\u200b", "\ufeff", "\u2002", "\u2003", "\u202f", "\u2060")


def _tidied(tidy: Callable[[str], str], value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    return tidy(strip_controls(value).strip())


def _name_fields(spec: registry.RegistrySpec) -> list[FieldSpec]:
    """The record's columns that name people: its fields tidied as names, and the people it
    names besides (`named_people`: a 收文's 承办人 and 批示领导, set by its steps), one-line
    columns only (a meeting's 出席人员 text keeps its lines)."""
    columns = spec.model._meta.fields
    found = [f for f in spec.fields if f.tidy in (tidy_person, tidy_name) and f.name in columns]
    known = {f.name for f in spec.fields}
    found += [FieldSpec(name, label, tidy=tidy_person) for name, label in spec.named_people
              if name not in known and type(columns.get(name)) is peewee.CharField]
    return found


def _padded_rows(model: Any, fields: list[FieldSpec]) -> Iterator[Any]:
    """The rows whose named columns hold a space or a character that shows nothing."""
    columns = [getattr(model, f.name) for f in fields]
    condition = None
    for column in columns:
        for mark in _PADDING:
            clause = column.contains(mark)
            condition = clause if condition is None else condition | clause
    yield from model.select().where(condition).order_by(model.id).iterator()


def _tidy_records(spec: registry.RegistrySpec) -> int:
    """The registry's records naming people padded, in their fields or in rows of their own:
    each written with one audit entry of the system's (the names before and after) and indexed
    again; how many."""
    from officedesk.core import records

    fields = _name_fields(spec)
    own = _tidy_own_rows(spec.name)
    model = spec.model
    padded = [row.id for row in _padded_rows(model, fields)] if fields else []
    count = 0
    for record_id in sorted(set(padded) | set(own)):
        record = records.get_unchecked(spec, record_id)
        changes = {}
        for f in fields:
            old = getattr(record, f.name)
            new = _tidied(f.tidy, old)  # type: ignore[arg-type]
            if new != old:
                changes[f.name] = new
        before = {f.label: getattr(record, f.name) for f in fields if f.name in changes}
        after = {f.label: changes[f.name] for f in fields if f.name in changes}
        if record_id in own:
            label, names = own[record_id]
            before[label] = [old for old, _new in names]
            after[label] = [new for _old, new in names]
        if not before:
            continue
        if changes:
            _write(spec, record, changes)
        audit.record(SYSTEM, "update", spec.name, record.id, before, after, SUMMARY)
        records.reindex(spec, records.get_unchecked(spec, record.id))
        count += 1
    return count


def _write(spec: registry.RegistrySpec, record: Any, changes: dict[str, Any]) -> None:
    from officedesk.core import records

    model = spec.model
    values = dict(changes)
    try:
        records.apply_rules(spec, values, record)  # what follows a name (the 通讯录's 拼音)
    except (ValidationError, ProcedureError, PermissionDeniedError, ConflictError):
        # a rule of a clerk's save that refuses it (a 发文 已签发 is changed by its steps only):
        # the name is the same person's, its padding no change of the record's
        values = dict(changes)
    values = {name: value for name, value in values.items() if name in model._meta.fields}
    if "version" in model._meta.fields:
        values.update(version=record.version + 1, updated_at=clock.now(), updated_by=SYSTEM.username)
        compiled.update_one(model, record.id, record.version, values)
    else:
        model.update(values).where(model.id == record.id).execute()


def _tidy_users() -> int:
    count = 0
    for user in list(User.select().order_by(User.id)):
        name = _tidied(tidy_name, user.display_name)
        if name == user.display_name:
            continue
        User.update(display_name=name).where(User.id == user.id).execute()
        audit.record(SYSTEM, "update", "users", user.id, {"姓名": user.display_name}, {"姓名": name}, SUMMARY)
        count += 1
    return count


def _own_rows() -> dict[str, tuple[Any, str, str, str]]:
    """Rows of a record's own that name people, by registry (model, the record's column, the
    name's column, the label its entry gives them): a letter's petitioners (重复信访 is
    recognised by their names), a 督查事项's tasks' 责任人."""
    from officedesk.store.petitions import Petitioner
    from officedesk.store.supervision import SupervisionTask

    return {"petitions": (Petitioner, "petition", "name", "信访人（各人）"),
            "supervision": (SupervisionTask, "item", "responsible", "分解任务责任人")}


def _tidy_own_rows(registry_name: str) -> dict[int, tuple[str, list[tuple[str, str]]]]:
    """The registry's rows of records' own that named people padded, tidied: record id ->
    (their label, each name before and after)."""
    found = _own_rows().get(registry_name)
    if found is None:
        return {}
    model, owner, column, label = found
    names: dict[int, tuple[str, list[tuple[str, str]]]] = {}
    for row in list(_padded_rows(model, [FieldSpec(column, label)])):
        old = getattr(row, column)
        new = _tidied(tidy_person, old)
        if new != old:
            model.update({column: new}).where(model.id == row.id).execute()
            names.setdefault(getattr(row, f"{owner}_id"), (label, []))[1].append((old, new))
    return names


def _kept_rows() -> list[tuple[Any, str, Callable[[str], str]]]:
    """Rows that keep who did or holds a step (model, the name's column, its tidy): the
    signatures 逐级负责 reads, the documents' 办理过程 and the 效能 figures' spans made of it, the
    传阅 readers (the reader holding a document is found by his 姓名), the 会签, 信访, 效能投诉 and
    信息 steps. No entry of their own: the system's counts them (the entries that told of the
    steps keep the names as they were typed); a 信访's, 效能投诉's or 信息's next entry digests its
    steps as tidied (core.sub_rows)."""
    from officedesk.store.chain import StepSign
    from officedesk.store.documents import CirculationEntry, Countersign, DocStep
    from officedesk.store.efficiency import ComplaintStep
    from officedesk.store.info import InfoAction
    from officedesk.store.petitions import PetitionStep
    from officedesk.store.step_span import StepSpan

    return [(StepSign, "person", tidy_person), (StepSign, "actor_name", tidy_name),
            (DocStep, "person", tidy_person), (StepSpan, "person", tidy_person),
            (CirculationEntry, "reader", tidy_person), (Countersign, "person", tidy_person),
            (PetitionStep, "person", tidy_person), (ComplaintStep, "person", tidy_person),
            (InfoAction, "person", tidy_person)]


def _tidy_kept_rows() -> int:
    """The step rows naming people padded, tidied; one audit entry of the system's says how many
    of each table (the names themselves are in the entries of the steps)."""
    tables = set(database.get_tables())
    counts: dict[str, int] = {}
    for model, column, tidy in _kept_rows():
        if model._meta.table_name not in tables:
            continue
        for row in list(_padded_rows(model, [FieldSpec(column, column)])):
            old = getattr(row, column)
            new = _tidied(tidy, old)
            if new != old:
                model.update({column: new}).where(model.id == row.id).execute()
                key = f"{model._meta.table_name}.{column}"
                counts[key] = counts.get(key, 0) + 1
    if counts:
        audit.record(SYSTEM, "update", "system", None, None, counts, SUMMARY)
    return sum(counts.values())


def bring_up_to_date() -> int:
    """Every stored name that a save would store otherwise (王　伟 → 王伟; a post's space kept:
    县委书记 李建华) written as it would, audited as the system's change and indexed again: the
    rows that keep who did or holds a step first — a record's entry digests its steps (a 信访's,
    a 效能投诉's, a 信息's, a 公文's: core.sub_rows), so they are tidied before the records' entries are
    written —, then records (their fields and rows of their own) and users; how many were
    written. Run in the migration's transaction; a second run finds nothing to change."""
    kept = _tidy_kept_rows()
    count = sum(_tidy_records(spec) for spec in registry.all_registries())
    return kept + count + _tidy_users()
