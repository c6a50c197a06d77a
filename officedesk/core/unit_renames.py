"""Records that keep a unit by its 名称 as text follow the unit renamed in the 通讯录.

Each package registers a small hook in `directory.UNIT_RENAMES` (its `renamed` module); the hook
lists its columns and calls `follow` here, inside the rename's write transaction. A column
holding one unit is renamed when it is the old 名称; a list column (协办单位 “甲、乙”) has the
whole name replaced, never a part of another unit's 名称. Closed and past records follow too:
the figures of any period count one unit once under its 名称 of today, and the old 名称 stays in
the audit trail — one entry per record changed, naming the old and the new 名称 and the columns
(rows of a record's own tables, such as its 会签单位 or 参会人员, are told in its entry).

Each hook's columns are declared once (`Follower`, registered in FOLLOWERS): the rename reads
them, and so does `count`, which tells the form beforehand how many posts and records follow."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import audit, clock, directory, i18n
from officedesk.core.actor import clearance_of
from officedesk.core.summary_texts import trail_text


def renamed_list(text: str, old: str, new: str) -> str:
    """A 、-list with the whole name `old` replaced by `new`, each unit once."""
    parts = [part.strip() for part in directory.UNIT_LIST_SEPARATORS.split(text or "")]
    named = [new if part == old else part for part in parts if part]
    return "、".join(dict.fromkeys(named))


def _own_id(row: Any) -> int:
    return int(row.id)


def _as_is(_row: Any, text: str) -> str:
    return text


@dataclass(frozen=True)
class Columns:
    """Where one table names a unit: column -> (label, holds a list); `owner` gives the record a
    row belongs to, `label` how that record's entry names the column."""

    model: Any
    columns: dict[str, tuple[str, bool]]
    owner: Callable[[Any], int] = _own_id
    label: Callable[[Any, str], str] = _as_is


@dataclass(frozen=True)
class Follower:
    """The records of one registry (`registry`, its audit name) that follow a rename, by the
    columns of its tables; `posts`: the users' 岗位, counted apart from the records."""

    registry: str
    tables: tuple[Columns, ...]
    action: str = "update"
    posts: bool = False


# every Follower a */renamed.py hook renames by: read by the rename and by `count` alike
FOLLOWERS: list[Follower] = []


def declare(follower: Follower) -> Follower:
    FOLLOWERS.append(follower)
    return follower


def candidates(table: Columns, old: str) -> Any:
    """The rows that may name `old` (a list column by substring: `renamed_values` decides)."""
    model = table.model
    where: Any = None
    for name, (_text, several) in table.columns.items():
        column = getattr(model, name)
        test = column.contains(old) if several else column == old
        where = test if where is None else where | test
    return model.select().where(where).order_by(model._meta.primary_key)


def renamed_values(row: Any, table: Columns, old: str, new: str) -> dict[str, str]:
    """The columns of `row` that name `old`, with `new` in its place."""
    updates = {}
    for name, (_text, several) in table.columns.items():
        value = getattr(row, name) or ""
        renamed = renamed_list(value, old, new) if several else (new if value == old else value)
        if renamed != value:
            updates[name] = renamed
    return updates


def owners(follower: Follower, old: str) -> list[int]:
    """The records (users for the posts) of `follower` a rename of `old` changes; reads only."""
    found: set[int] = set()
    for table in follower.tables:
        for row in candidates(table, old):
            # a name no unit has: the columns that name `old` show as changed
            if renamed_values(row, table, old, "\x00"):
                found.add(table.owner(row))
    return sorted(found)


def count(follower: Follower, old: str) -> int:
    """How many records (users for the posts) of `follower` a rename of `old` changes; reads only."""
    return len(owners(follower, old))


def summary(old: str, new: str, labels: list[str]) -> str:
    return trail_text("单位更名（通讯录）：%1 → %2，随之修改：%3", old, new, list(dict.fromkeys(labels)))


@dataclass
class Renaming:
    """The changes of one registry's records for one rename: record id -> (before, after)."""

    old: str
    new: str
    actor: Any
    before: dict[int, dict[str, Any]] = field(default_factory=dict)
    after: dict[int, dict[str, Any]] = field(default_factory=dict)

    def columns(self, model: Any, columns: dict[str, tuple[str, bool]], *,
                owner: Callable[[Any], int] = _own_id,
                label: Callable[[Any, str], str] = _as_is) -> list[int]:
        """Rename `old` in `columns` (name -> (label, holds a list)) of `model`'s rows; `owner`
        gives the record a row belongs to, `label` how its entry names the column. Returns the
        ids of the rows changed."""
        return self.table(Columns(model, columns, owner, label))

    def table(self, table: Columns) -> list[int]:
        """Rename `old` in the declared columns of one table; the ids of the rows changed."""
        model = table.model
        changed: list[int] = []
        has_version = "version" in model._meta.fields
        row: Any
        for row in candidates(table, self.old):
            updates = renamed_values(row, table, self.old, self.new)
            if not updates:
                continue  # a list naming another unit whose 名称 contains the old one
            values: dict[Any, Any] = {getattr(model, k): v for k, v in updates.items()}
            if has_version:
                values.update({model.version: model.version + 1, model.updated_at: clock.now(),
                               model.updated_by: self.actor.username})
            model.update(values).where(model._meta.primary_key == row.id).execute()
            record = table.owner(row)
            for name, new in updates.items():
                text = table.label(row, table.columns[name][0])
                self.before.setdefault(record, {})[text] = getattr(row, name)
                self.after.setdefault(record, {})[text] = new
            changed.append(row.id)
        return changed

    def follow(self, follower: Follower) -> list[int]:
        """Rename in every table `follower` declares, then one audit entry per record changed;
        the ids of those records."""
        for table in follower.tables:
            self.table(table)
        return self.record(follower.registry, follower.action)

    def record(self, registry_name: str, action: str = "update") -> list[int]:
        """One audit entry per record changed, once every row of it is written. A record above
        the renamer's clearance refuses the rename (rolled back whole): nobody changes a record
        he may not open."""
        refuse_above_clearance(registry_name, self.old, list(self.before), self.actor)
        for record_id in sorted(self.before):
            audit.record(self.actor, action, registry_name, record_id, self.before[record_id],
                         self.after[record_id],
                         summary(self.old, self.new, list(self.after[record_id])))
        return sorted(self.before)


def refuse_above_clearance(registry_name: str, old: str, record_ids: list[int], actor: Any) -> None:
    """A record of `registry_name` among `record_ids` (those a rename of `old` changes) above the
    renamer's clearance refuses the rename: nobody changes a record he may not open. Every hook
    goes through it, whether it writes by `Renaming` or its own way (the 督查 tasks), and so does
    the check before the rename is asked (unit_renaming.check_rename)."""
    from officedesk.core import registry
    from officedesk.core.errors import ValidationError

    spec = next((one for one in registry.all_registries() if one.name == registry_name), None)
    if spec is None or spec.level_field is None or not record_ids:
        return
    model = spec.model
    level = getattr(model, spec.level_field)
    above = [label for (label,) in model.select(level).where(model.id.in_(sorted(record_ids))).tuples()
             if clearance_of(label or "") > actor.clearance]
    if above:  # 保密: who can do it, not how secret they are
        raise ValidationError(
            i18n.text("单位“%1”出现在密级高于您权限的%2中，更名会改动这些记录：须由涉密"
                      "权限足够的管理员办理。", old, spec.label), "name")


def reindex(registry_name: str, record_ids: list[int]) -> None:
    """The full-text index of the records renamed (a searchable column may name the unit)."""
    from officedesk.core import records, registry

    spec = registry.get(registry_name)
    # in id order: the index takes entries renewed out of rowid order one segment at a time
    for record in spec.model.select().where(spec.model.id.in_(record_ids)).order_by(spec.model.id):
        records.reindex(spec, record)
