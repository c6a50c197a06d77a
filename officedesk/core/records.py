"""Create, read, change and delete records of any registry: validation, stamps, optimistic
locking, numbering, the audit trail and the search index in one place. Lists of records (filters,
ids, counts, a page's fetch): core.record_lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from officedesk.core import actor as actor_module
from officedesk.core import (
    audit,
    clock,
    converters,
    corrections,
    numbering,
    record_guards,
    record_lists,
)
from officedesk.core.actor import Actor
from officedesk.core.cleared_names import check_change, check_new
from officedesk.core.duplicates import refusing_duplicates
from officedesk.core.errors import NotFoundError, StaleRecordError, ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.i18n import text
from officedesk.core.record_guards import (
    ensure_visible,
    level_of,
    may_see,
    refuse_step_fields,
    require_writer_of,
)
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.store import compiled, search_index
from officedesk.store.db import guarded, write_transaction

# (spec, record, actor) after a record's 密级 was raised: records made from it follow (督查)
LEVEL_HOOKS: list[Callable[[RegistrySpec, Any, Actor], None]] = []

require_writer = actor_module.require_writer
# read here by many callers too (core.record_guards): records.level_of, ensure_visible, pick
pick = record_guards.pick
withheld = record_guards.withheld
# and the lists' (core.record_lists), which many callers read here as records.list_ids …
Filter = record_lists.Filter
list_ids = record_lists.list_ids
count = record_lists.count
fetch = record_lists.fetch
fetch_shown = record_lists.fetch_shown
visible_levels = record_lists.visible_levels
visible_condition = record_lists.visible_condition
masked_field = record_lists.masked_field


def parse_values(spec: RegistrySpec, raw: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """Parse raw input keyed by field name or label; with partial, only the keys given."""
    scope = converters.active_scope(spec)  # a batch check: the same results, made faster
    if scope is not None:
        return _parse_compiled(spec, raw, partial, *scope)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        field = spec.by_label(key)
        values[field.name] = parse_value(field, value)
    if not partial:
        for field in spec.fields:
            if field.name not in values:
                default = field.default_value()
                if field.required and default is None and field.editable and field.name != spec.number_field:
                    raise field.left_empty()
                if default is not None:
                    values[field.name] = default
    return values


_UNSEEN = object()


def _parse_compiled(spec: RegistrySpec, raw: dict[str, Any], partial: bool, memos: converters.Memos,
                    unfilled: converters.Unfilled) -> dict[str, Any]:
    """parse_values in a batch check: each cell by its column's converter, a text cell it has
    seen read from its memory without the call (converters.remembered)."""
    values: dict[str, Any] = {}
    for key, value in raw.items():
        entry = memos.get(key)
        if entry is None:
            field = spec.by_label(key)
            values[field.name] = parse_value(field, value)
        elif type(value) is str and (known := entry[2].get(value, _UNSEEN)) is not _UNSEEN:
            values[entry[0]] = known
        else:
            values[entry[0]] = entry[1](value)
    if not partial:  # the fields a row that leaves them out still fills
        for name, field, default, called, refused in unfilled:
            if name not in values:
                if called:
                    default = default()
                if default is not None:
                    values[name] = default
                elif refused:
                    raise field.left_empty()
    return values


def snapshot(spec: RegistrySpec, record: Any) -> dict[str, Any]:
    """Field values for the audit trail, unmasked as they are hashed; audit.history masks the
    sensitive ones when it is read by someone who may not see them. Only the record's own
    columns: a field read from elsewhere (a 督查事项's 档号, its 目录 entry's) is its step's to say."""
    columns = spec.model._meta.fields
    return {field.label: _plain(getattr(record, field.name, None)) for field in spec.fields
            if field.name in columns}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _storable(spec: RegistrySpec, values: dict[str, Any]) -> dict[str, Any]:
    """An emptied optional field becomes its column's default ('' or 0) where NULL is not allowed."""
    columns = _not_null(spec.model)
    result = dict(values)
    for name, value in values.items():
        if value is None:
            column = columns.get(name)
            if column is not None:
                default = column.default() if callable(column.default) else column.default
                if default is not None:
                    result[name] = default
    return result


_NOT_NULL: dict[Any, dict[str, Any]] = {}


def _not_null(model: Any) -> dict[str, Any]:
    """The model's columns that hold no NULL (its key aside), by field name: read once a model."""
    found = _NOT_NULL.get(model)
    if found is None:
        found = _NOT_NULL[model] = {name: column for name, column in model._meta.fields.items()
                                    if not column.null and not column.primary_key}
    return found


def _apply_rules(spec: RegistrySpec, values: dict[str, Any], existing: Any) -> None:
    """Rules see the changes (mutable: they may fill derived fields) and the stored record."""
    for rule in spec.rules:
        rule(values, existing)


# for core.batch, which checks many records before writing them
apply_rules = _apply_rules
storable = _storable


def search_text(spec: RegistrySpec, record: Any, extra: str | None = None) -> str:
    """The record's text in the search index; extra: its sub-rows' text read already (else
    spec.searchable_extra reads it)."""
    parts = [str(getattr(record, f.name) or "") for f in spec.fields if f.searchable]
    if extra is not None:
        parts.append(extra)
    elif spec.searchable_extra is not None:
        parts.append(spec.searchable_extra(record))
    return "\n".join(p for p in parts if p)


def _index_title(spec: RegistrySpec, record: Any) -> str:
    title = str(getattr(record, spec.title_field) or "")
    if spec.number_field and getattr(record, spec.number_field, None):
        title = f"{getattr(record, spec.number_field)} {title}"
    return title


def reindex(spec: RegistrySpec, record: Any) -> None:
    search_index.upsert(spec.name, record.id, level_of(spec, record), _index_title(spec, record),
                        search_text(spec, record))


def reindex_many(spec: RegistrySpec, saved: Sequence[Any]) -> None:
    """reindex for many records, their sub-rows' text read at once where the registry can
    (searchable_extra_many), their entries renewed together (search_index.upsert_many)."""
    extras = spec.searchable_extra_many(list(saved)) if spec.searchable_extra_many else None
    docs = [(record.id, level_of(spec, record), _index_title(spec, record),
             search_text(spec, record, None if extras is None else extras.get(record.id, "")))
            for record in saved]
    search_index.upsert_many(spec.name, docs)


def create(spec: RegistrySpec, raw: dict[str, Any], actor: Actor, *, parsed: bool = False,
           extra: dict[str, Any] | None = None, summary: str = "",
           after_insert: Callable[[Any], None] | None = None) -> Any:
    """Validate and save a new record; assign its number in the same transaction.
    after_insert(record) writes sub-rows first: the number and the audit entry come last, so
    the rows every writer shares (the number sequence, the audit head) stay locked only for the
    end of the transaction."""
    require_writer_of(spec, actor)
    values = dict(raw) if parsed else parse_values(spec, raw)
    values.update(extra or {})
    _apply_rules(spec, values, None)
    corrections.check_new_level(spec, values, actor)
    values = _storable(spec, values)
    now = clock.now()
    with guarded("保存"), write_transaction():
        # 保密: the people it names are cleared for it, under the lock on users till it commits
        check_new(spec, values)
        record = spec.model(**values, created_at=now, created_by=actor.username,
                            updated_at=now, updated_by=actor.username, version=1)
        with refusing_duplicates(spec, values, actor=actor):
            record.save(force_insert=True)
        if after_insert is not None:
            after_insert(record)
        if spec.number_field and spec.number_kind and not getattr(record, spec.number_field, None):
            year = spec.number_year(record) if spec.number_year else None
            number = numbering.take(spec.number_kind, actor, spec.name, record.id, year=year)
            setattr(record, spec.number_field, number.text)
            spec.model.update({spec.number_field: number.text}).where(spec.model.id == record.id).execute()
        reindex(spec, record)
        audit.record(actor, "create", spec.name, record.id, None, snapshot(spec, record),
                     summary or trail_text("新建%1：%2", spec.label, getattr(record, spec.title_field)))
    return record


def get(spec: RegistrySpec, record_id: int, actor: Actor) -> Any:
    """The record, read for `actor`: one above the actor's clearance is refused
    (PermissionDeniedError), as is a stopped or ended session."""
    record = get_unchecked(spec, record_id)
    ensure_visible(spec, record, actor)
    return record


def get_if_visible(spec: RegistrySpec, record_id: int, actor: Actor) -> Any | None:
    """The record, or None when it lies above the actor's clearance: what a window reads back
    after a step, which may have raised the record's 密级 (or a derived one's) above it."""
    record = get_unchecked(spec, record_id)
    return record if may_see(spec, record, actor) else None


def shown(spec: RegistrySpec, record_id: int | None, actor: Actor) -> Any | None:
    """The record a window shows for an id (a list's current row, a linked record): None when
    there is none, it is gone, or it lies above the actor's clearance."""
    if record_id is None:
        return None
    try:
        return get_if_visible(spec, record_id, actor)
    except NotFoundError:
        return None


def linked_id(registry_name: str, record_id: int | None, actor: Actor) -> int | None:
    """A linked record's id as a paper or view of another record names it (已转督查，督查事项 N):
    None when there is none, or it is gone or above the actor's clearance (not found by any path)."""
    from officedesk.core import registry

    if not record_id:
        return None
    return record_id if shown(registry.get(registry_name), record_id, actor) is not None else None


def get_unchecked(spec: RegistrySpec, record_id: int) -> Any:
    """The record whatever its 密级: only for core code that has read it with the actor in the
    same call already (a step reading back what it wrote). Never for ui, printing, exchange
    or the CLI, which use `get` with the actor."""
    record = None
    if record_guards.id_in_range(record_id):
        with guarded("读取"):
            record = compiled.fetch(spec.model, record_id)
    if record is None:
        raise NotFoundError(record_guards.not_found_message(spec, record_id))
    return record


def update(spec: RegistrySpec, record_id: int, raw: dict[str, Any], expected_version: int,
           actor: Actor, *, parsed: bool = False, action: str = "update", summary: str = "",
           noted: dict[str, Any] | None = None) -> Any:
    """Save changes only if nobody saved a newer version meanwhile (optimistic locking).
    Typed input (not `parsed`: the form's 修改, import --update) may change only the fields a
    person types; the state and what the steps record are the steps' (a step's own code passes
    its parsed values, and `noted`: facts of the step its audit entry keeps beside them)."""
    require_writer_of(spec, actor)
    if not parsed:
        refuse_step_fields(spec, raw)
    with guarded("保存"), write_transaction():
        existing = get(spec, record_id, actor)
        if parsed:
            values = dict(raw)
            _apply_rules(spec, values, existing)
            return save_changes(spec, existing, values, expected_version, actor, action=action,
                                summary=summary, noted=noted)
        correction = prepare_correction(spec, existing, raw, actor)
        return save_correction(spec, correction, expected_version, actor, action=action,
                               summary=summary)


@dataclasses.dataclass
class Correction:
    """Typed changes to a record, checked against it as it was read (`prepare_correction`),
    to be saved by `save_correction`: `values` by the record's own save, `routed` by the
    registry's correction route (a unit's rename: RegistrySpec.correction_route)."""
    existing: Any
    values: dict[str, Any]
    routed: dict[str, Any]
    # what the registry writes after the record's own save (a 会议's conflict saved with a
    # reason): called with the record saved and the actor, in the same transaction
    then: Callable[[Any, Actor], None] | None = None
    # the record's own rows the registry writes with it (a 会议's people and agenda), before the
    # record's audit entry, which digests them (core.sub_rows): called with the record as read
    # and the actor, in the same transaction
    first: Callable[[Any, Actor], None] | None = None
    # what its check read that others may change (a 会议's schedule: rules_read.RulesRead with
    # verify()), verified under the write lock before it is saved
    read: Any = None
    # what the import's report tells of it before it is saved (RegistrySpec.update_notes)
    told: dict[str, str] | None = None
    # a row of the file met another of it (a 会议 booking what another row moves): saved by the
    # registry's update_hook under the lock, in the file's order, after all
    one_by_one: bool = False
    # `routed` checked ahead by the registry's correction_route_check: the record's own values
    # as the route saves them (what an import's dry run tells); None: not checked ahead
    route_checked: dict[str, Any] | None = None
    # checked ahead by the registry's check_update (route_checked: its values as saved), saved by
    # its update_hook under the lock (a joint letter's lists): told by a dry run, never saved here
    by_hook: bool = False
    # checked on its record as the saves of a file's corrections before it carry it (core.
    # correction_plan: a 信息 续报 after its 首报's 报送单位): those values; `existing` is the record
    # so carried, and the correction is saved only if the record is so when its turn comes
    carried: dict[str, Any] | None = None
    # what its save carries to other records, checked with it (core.correction_plan.Carry): saved
    # as checked by the registry's carry while their records are as read
    carries: list[Any] | None = None

    @property
    def saved_values(self) -> dict[str, Any]:
        """The record's own values as the save writes them: the row's, and the route's as checked."""
        return {**self.values, **(self.route_checked or {})}


def prepare_correction(spec: RegistrySpec, existing: Any, raw: dict[str, Any], actor: Actor, *,
                       ahead: bool = False) -> Correction:
    """Every check of a typed correction of `existing` that needs no write: the fields a person
    may type, what this actor may correct here, the values' own rules, then what the actor may
    make of them; `save_correction` saves it. ahead: checked before the write lock is taken (an
    import --update's rows; its dry run takes no lock): what the save checks again under the
    lock — the 密级 and the people the record names — is checked now too."""
    require_writer_of(spec, actor)
    refuse_step_fields(spec, raw)
    # what this actor may not correct here is refused before it is read
    corrections.refuse_locked(spec, existing, [spec.by_label(str(k)).name for k in raw], actor)
    values = parse_values(spec, raw, partial=True)
    _apply_rules(spec, values, existing)
    corrections.check(spec, existing, values, actor)
    route = spec.correction_route
    routed = {k: values.pop(k) for k in list(values) if route is not None and k in route[0]}
    if ahead and (values or not routed):
        check_saved(spec, existing, values, actor)
    checked = None
    if ahead and routed and spec.correction_route_check is not None:
        # what the route refuses, in the order its save meets it: after the record's own values
        checked = spec.correction_route_check(existing, routed, actor)
        check_saved(spec, existing, checked, actor)
    return Correction(existing, values, routed, route_checked=checked)


def corrected_copy(spec: RegistrySpec, correction: Correction) -> Any:
    """The record as `correction` saves it (its own values and the route's, as checked), a copy
    never saved: what a check made ahead of later saves reads (a joint letter's lists after its
    own cells, a 督查事项's tasks after its row)."""
    existing = correction.existing
    return compiled.loaded(spec.model, {**existing.__data__, **_storable(spec, correction.saved_values)})


def save_correction(spec: RegistrySpec, correction: Correction, expected_version: int, actor: Actor,
                    *, action: str = "update", summary: str = "") -> Any:
    """Save a prepared correction (in a transaction): StaleRecordError when the record is no
    longer the version it was checked against."""
    existing, values, routed = correction.existing, correction.values, correction.routed
    record = existing
    if correction.first is not None:  # (a stale save is refused below, the transaction undone)
        correction.first(existing, actor)
    if values or not routed:
        record = save_changes(spec, existing, values, expected_version, actor, action=action,
                              summary=summary)
    elif existing.version != expected_version:
        raise stale(spec, expected_version)
    route = spec.correction_route
    if routed and route is not None:
        record = route[1](record, routed, actor)
    if correction.then is not None:
        correction.then(record, actor)
    return record


def check_saved(spec: RegistrySpec, existing: Any, values: dict[str, Any], actor: Actor) -> None:
    """What every save checks of the values: a 密级 changed only as a correction may, and never
    above the people the record names (保密)."""
    if spec.level_field is not None and spec.level_field in values:
        corrections.check_level(spec, existing, values[spec.level_field], actor)
    check_change(spec, existing, values)


def save_changes(spec: RegistrySpec, existing: Any, values: dict[str, Any], expected_version: int,
                 actor: Actor, *, action: str = "update", summary: str = "",
                 noted: dict[str, Any] | None = None,
                 noted_before: dict[str, Any] | None = None) -> Any:
    """Low-level save used by procedure steps: lock check, stamps, audit (`noted`: the step's
    facts its entry keeps after the changed fields, e.g. a 延期's 延期日期; `noted_before`: what
    they replaced, e.g. a 纪要's old text and 议定事项), index. In a transaction.

    保密: every write goes through here, so a step (收文 登记, 发文 修改 …) changes a 密级 only as a
    correction may (`corrections.check_level`). A record raised with its source (LEVEL_HOOKS,
    `keep_level_floor`) passes: it is raised, to a level its actor was cleared to give."""
    require_writer_of(spec, actor)
    check_saved(spec, existing, values, actor)  # under the lock: the people named as they are now
    before = snapshot(spec, existing)
    model = spec.model
    changes = _storable(spec, values)
    changes.update(version=expected_version + 1, updated_at=clock.now(), updated_by=actor.username)
    with refusing_duplicates(spec, values, existing, actor):
        count = compiled.update_one(model, existing.id, expected_version, changes)
    if count != 1:
        raise stale(spec, expected_version)
    record = compiled.fetch(model, existing.id)
    if record is None:  # the row just updated, in this transaction: never gone, but typed so
        raise stale(spec, expected_version)
    if raised(spec, existing, record):
        for hook in LEVEL_HOOKS:
            hook(spec, record, actor)
    was, now, said = changed_entry(spec, before, record, summary)
    audit.record(actor, action, spec.name, record.id, {**was, **(noted_before or {})},
                 {**now, **(noted or {})}, said)
    reindex(spec, record)
    for follow in spec.after_change:
        follow(existing, record, actor)
    return record


def raised(spec: RegistrySpec, before: Any, after: Any) -> bool:
    """Whether a save raises the record's 密级 (the records made from it follow: LEVEL_HOOKS)."""
    return level_of(spec, after) > level_of(spec, before)


def changed_entry(spec: RegistrySpec, before: dict[str, Any], record: Any,
                  summary: str = "") -> tuple[dict[str, Any], dict[str, Any], str]:
    """A save's audit entry: the changed fields before (`before`: the snapshot of the record as
    it was) and after (`record` as saved), and its summary (by default the fields named)."""
    after = snapshot(spec, record)
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    return ({k: before[k] for k in changed}, changed,
            summary or trail_text("修改%1：%2", spec.label, list(changed) or "无字段变化"))


def stale(spec: RegistrySpec, expected_version: int) -> StaleRecordError:
    """The refusal of a save whose record is no longer the version it was read at."""
    return StaleRecordError(
        text("这条%1记录已被他人修改（您打开的是第 %2 版）。您的修改没有保存；请复制需要保留的内容，"
             "重新打开记录后再改。", spec.label, expected_version))


def delete_refusal(spec: RegistrySpec, record: Any, actor: Any) -> ValidationError | None:
    """Why `record` may not be deleted now (its `delete_checks`: a 通讯录 entry in use, a 职级
    people hold), or None; reads only. The window asks it before its question."""
    try:
        for check in spec.delete_checks:
            check(record, actor)
    except ValidationError as refused:
        return refused
    return None


def delete(spec: RegistrySpec, record_id: int, expected_version: int, actor: Actor) -> None:
    require_writer_of(spec, actor)
    with guarded("删除"), write_transaction():
        existing = get(spec, record_id, actor)
        if existing.version != expected_version:
            raise StaleRecordError(text("这条%1记录已被他人修改，请刷新后再删除。", spec.label))
        for check in spec.delete_checks:
            check(existing, actor)
        before = snapshot(spec, existing)
        existing.delete_instance(recursive=True)
        audit.record(actor, "delete", spec.name, record_id, before, None,
                     trail_text("删除%1：%2", spec.label, before.get(spec.field(spec.title_field).label, "")))
        search_index.remove(spec.name, record_id)
