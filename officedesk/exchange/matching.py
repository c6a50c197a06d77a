"""Rows that are records already: found by the registry's 编号, else by its natural key
(来文字号 + 来文机关, 发文字号, 信访编号 …), and what an edited row changes in its record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from officedesk.core import converters, records
from officedesk.core.actor import Actor
from officedesk.core.fields import FieldSpec, display, parse_value
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import cells as C
from officedesk.exchange.common import ForeignNames, foreign_key
from officedesk.exchange.report import cell_words


@dataclass(frozen=True)
class Match:
    record: Any
    by: str  # the labels that matched, e.g. "来文字号＋来文机关"

    def describe(self, spec: RegistrySpec) -> str:
        title = getattr(self.record, spec.title_field, "") or ""
        number = getattr(self.record, spec.number_field, "") if spec.number_field else ""
        return f"“{number + ' ' if number else ''}{title}”"


def _parsed(spec: RegistrySpec, raw: dict[str, Any], name: str) -> Any:
    field_spec = spec.field(name)
    value = raw.get(field_spec.label)
    if value is None or isinstance(value, str) and not value.strip():
        return None
    compiled = converters.active(spec)  # an import's check: parse_value's results, faster
    try:
        if compiled is not None:
            return compiled[name][1](value)
        return parse_value(field_spec, value)
    except Exception:  # noqa: BLE001 - a bad key value matches nothing; the cell check says why
        return None


class _Names:
    """A referenced row's id by its name or short name, looked up once per name."""

    def __init__(self) -> None:
        self._ids: dict[tuple[Any, str], int | None] = {}

    def id_of(self, model: Any, name: str) -> int | None:
        key = (model, name)
        if key not in self._ids:
            columns = [getattr(model, n) for n in ("name", "short_name") if n in model._meta.fields]
            found = None
            if columns:
                condition = columns[0] == name
                for column in columns[1:]:
                    condition = condition | (column == name)
                found = model.select(model.id).where(condition).order_by(model.id).first()
            self._ids[key] = None if found is None else found.id
        return self._ids[key]


class Matcher:
    """Finds the existing records of many rows with a query per 500 rows, not per row: by the
    registry's 编号 first, then by its natural key (only records the actor may see)."""

    CHUNK = 500

    def __init__(self, spec: RegistrySpec, actor: Actor) -> None:
        self.spec, self.actor, self.names = spec, actor, _Names()
        self.keys: list[tuple[str, ...]] = []
        if spec.number_field:
            self.keys.append((spec.number_field,))
        if spec.natural_key and spec.natural_key != (spec.number_field,):
            self.keys.append(tuple(spec.natural_key))
        self._found: dict[tuple[Any, ...], Any] = {}
        # (names, id of the row) -> its key: prepare and find ask for the same rows' keys
        self._keys: dict[tuple[tuple[str, ...], int], tuple[tuple[Any, ...] | None, dict[str, Any]]] = {}

    def _row_key(self, names: tuple[str, ...], raw: dict[str, Any]) -> tuple[Any, ...] | None:
        known = self._keys.get((names, id(raw)))
        if known is not None and known[1] is raw:
            return known[0]
        key = self._make_key(names, raw)
        self._keys[(names, id(raw))] = (key, raw)  # the row kept: its id is not reused meanwhile
        return key

    def _make_key(self, names: tuple[str, ...], raw: dict[str, Any]) -> tuple[Any, ...] | None:
        def resolved(name: str, value: Any) -> Any:
            foreign = foreign_key(self.spec, self.spec.field(name))
            if foreign is None:
                return value
            found = self.names.id_of(foreign.rel_model, str(value))
            return _UNKNOWN if found is None else found  # a name typed but unknown: no key

        return _key(self.spec, names, raw, resolved)

    def prepare(self, raws: list[dict[str, Any]]) -> None:
        """Load the records that the rows' keys point at."""
        model = self.spec.model
        for names in self.keys:
            wanted = {k for k in (self._row_key(names, raw) for raw in raws) if k is not None}
            firsts = sorted({k[1] for k in wanted}, key=str)
            column = getattr(model, names[0])
            unnumbered = _drafts_only(self.spec, names)
            for start in range(0, len(firsts), self.CHUNK):
                chunk = firsts[start : start + self.CHUNK]
                for record in model.select().where(column.in_(chunk)).order_by(model.id):
                    data = record.__data__
                    if unnumbered and not _blank(data.get(self.spec.number_field)):
                        continue  # a numbered record is found by its 编号 only
                    key = (names, *(None if _blank(data.get(n)) else data.get(n) for n in names))
                    if key not in wanted or key in self._found:
                        continue
                    if records.level_of(self.spec, record) <= self.actor.clearance:
                        self._found[key] = record

    def find(self, raw: dict[str, Any]) -> Match | None:
        for names in self.keys:
            key = self._row_key(names, raw)
            record = self._found.get(key) if key is not None else None
            if record is not None:
                return Match(record, "＋".join(self.spec.field(n).label for n in names))
        return None


def find(spec: RegistrySpec, raw: dict[str, Any], actor: Actor) -> Match | None:
    """The existing record one row stands for (see Matcher for many rows)."""
    matcher = Matcher(spec, actor)
    matcher.prepare([raw])
    return matcher.find(raw)


def key_of(spec: RegistrySpec, raw: dict[str, Any]) -> tuple[Any, ...] | None:
    """The row's natural key (or 编号), to find the same record twice in one file."""
    for names in ((spec.number_field,) if spec.number_field else (), spec.natural_key):
        key = _key(spec, tuple(names), raw, lambda _name, value: value) if names else None
        if key is not None:
            return key
    return None


_UNKNOWN = object()  # a key value that names nothing: the row has no key


def _blank(value: Any) -> bool:
    return value is None or isinstance(value, str) and not value.strip()


def _drafts_only(spec: RegistrySpec, names: tuple[str, ...]) -> bool:
    """Whether this key finds only records without a 编号 (spec.key_unnumbered)."""
    return bool(spec.key_unnumbered and spec.number_field and names != (spec.number_field,))


def _key(
    spec: RegistrySpec, names: tuple[str, ...], raw: dict[str, Any], resolve: Any
) -> tuple[Any, ...] | None:
    """A row's key by `names` (values parsed, then `resolve(name, value)`): None when a field
    that may not be blank is blank, or a draft's key is asked of a row with a 编号."""
    if _drafts_only(spec, names) and _parsed(spec, raw, spec.number_field or "") is not None:
        return None
    values: list[Any] = []
    for name in names:
        value = _parsed(spec, raw, name)
        if value is None:
            if name not in spec.key_blanks or names == (name,):
                return None
        else:
            value = resolve(name, value)
            if value is _UNKNOWN:
                return None
        values.append(value)
    if all(v is None for v in values):
        return None
    return (names, *values)


def link_order(spec: RegistrySpec, rows: list[tuple[dict[str, Any], bool]]) -> list[int]:
    """The order to write rows (raw, new?) in: the file's, except that a new row naming another
    new row of the file by its 编号 (RegistrySpec.links_by_number: a 续报 and its first report,
    which an export lists newest first) comes after that row."""
    if not spec.links_by_number or not spec.number_field:
        return list(range(len(rows)))
    number = spec.field(spec.number_field).label
    links = [spec.field(name).label for name in spec.links_by_number]
    by_number: dict[str, int] = {}
    for index, (raw, new) in enumerate(rows):
        given = str(raw.get(number) or "").strip() if new else ""
        if given:
            by_number.setdefault(given, index)

    def named(index: int) -> list[int]:
        raw, new = rows[index]
        found = (by_number.get(str(raw.get(label) or "").strip()) for label in links) if new else ()
        return [other for other in found if other is not None and other != index]

    ordered: list[int] = []
    placed: set[int] = set()
    for start in range(len(rows)):
        stack, seen = [start], {start}  # depth first, without recursion: a chain may be long
        while stack:
            index = stack[-1]
            waiting = [other for other in named(index) if other not in placed and other not in seen]
            if waiting:
                seen.update(waiting)
                stack.extend(waiting)
                continue
            stack.pop()
            if index not in placed:
                placed.add(index)
                ordered.append(index)
    return ordered


# ---------------------------------------------------------------- what an edited row changes


def _canonical(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):  # to the minute, as shown; midnight is the day itself
        value = (value + dt.timedelta(seconds=30)).replace(second=0, microsecond=0)
        return value.date() if value.time() == dt.time(0, 0) else value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def same(cell: Any, exported: Any) -> bool:
    return bool(_canonical(cell) == _canonical(exported))


def writable(spec: RegistrySpec, field_spec: FieldSpec) -> bool:
    """A column an update may write through records.update (not numbers, states, sub-records);
    a registry with an update_hook decides itself (it refuses what it cannot change)."""
    if spec.update_hook is not None:
        return field_spec.name != spec.number_field
    return (
        field_spec.editable
        and field_spec.name != spec.number_field
        and field_spec.name in spec.model._meta.fields
    )


@dataclass
class Diff:
    changes: dict[str, Any]  # label -> the cell's raw value, for records.update
    shown: dict[str, tuple[Any, Any]]  # label -> (before, after) for the report
    refused: list[tuple[str, str]]  # (label, reason): changed cells an update cannot write


def diff(
    spec: RegistrySpec, record: Any, raw: dict[str, Any], actor: Actor, names: ForeignNames
) -> Diff:
    """Compare a row with its record as export writes it. A cell left as exported (masked ID
    numbers and phones too, and an over-long text's beginning) is no change."""
    from officedesk.exchange.writing import export_values

    fields = spec.exchange_fields()
    masked = dict(
        zip([f.label for f in fields], export_values(spec, record, actor, names), strict=True)
    )
    result = Diff({}, {}, [])
    for label, cell in raw.items():
        field_spec = spec.by_label(label)
        if label not in masked or field_spec.name == spec.number_field:
            continue
        before = masked[label]
        if same(cell, before):
            continue
        stored = (
            getattr(record, field_spec.name, None) if hasattr(record, field_spec.name) else None
        )
        if field_spec.sensitive and same(cell, display(field_spec, stored, True)):
            continue  # exported unmasked and left as it was
        if (
            isinstance(stored, str)
            and len(stored) > C.EXCEL_CELL_LIMIT
            and same(cell, C.shortened(stored))
        ):
            continue  # the beginning of an over-long text, as exported
        if not writable(spec, field_spec):
            result.refused.append(
                (
                    label,
                    f"“{label}”由系统生成或须在窗口中逐步办理，导入更新不能修改它"
                    f"（现为{cell_words(before)}，表中改为{cell_words(cell)}）。请恢复原值后再导入。",
                )
            )
            continue
        result.changes[label] = cell
        result.shown[label] = (None if before == "" else before, cell)
    return result
