"""A registry's records listed for an actor, in SQL: the filters, the 密级 the actor may see,
a word's plan, the ordered ids, their count, and the records of a page fetched cheaply.
core.records keeps the writes and the reading of one record."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import i18n, told_texts
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError, ValidationError
from officedesk.core.fields import DATETIME, FieldSpec, display
from officedesk.core.record_guards import id_in_range, may_see
from officedesk.core.registry import RegistrySpec
from officedesk.store import search_index
from officedesk.store.db import guarded


@dataclass(frozen=True)
class Filter:
    """A condition on one field: op is eq, ne, in, ge, le, gt, lt, year, contains, isnull."""

    field: str
    op: str
    value: Any = None


def _condition(spec: RegistrySpec, item: Filter) -> peewee.Expression:
    column = getattr(spec.model, item.field)
    if not isinstance(column, peewee.Field):  # read from elsewhere (a 督查事项's 档号): no SQL of its own
        raise ValidationError(i18n.text("不能按“%1”筛选%2：它记在归档文件目录中，请在归档文件目录中查找。",
                                        spec.field(item.field).label, spec.label), item.field)
    op, value = item.op, item.value
    if op == "eq":
        return column == value
    if op == "ne":
        return column != value
    if op == "in":
        return column.in_(list(value))
    if op == "ge":
        return column >= value
    if op == "le":
        return column <= value
    if op == "gt":
        return column > value
    if op == "lt":
        return column < value
    if op == "year":
        field = spec.field(item.field) if item.field in {f.name for f in spec.fields} else None
        if field is not None and field.kind == DATETIME:
            return (column >= dt.datetime(value, 1, 1)) & (column < dt.datetime(value + 1, 1, 1))
        return (column >= dt.date(value, 1, 1)) & (column <= dt.date(value, 12, 31))
    if op == "contains":
        return column.contains(value)
    if op == "isnull":
        return column.is_null(bool(value))
    raise ValueError(op)


def visible_levels(spec: RegistrySpec, actor: Actor) -> peewee.Expression | None:
    if spec.level_field is None:
        return None
    return level_condition(getattr(spec.model, spec.level_field), actor)


def visible_condition(spec: RegistrySpec, actor: Actor) -> peewee.Expression | None:
    """SQL: the records the actor may see — within his clearance (`visible_levels`) and not
    withheld from him (RegistrySpec.withheld_where: a 效能投诉 from whom it complains of); None
    when he may see every one. What every list, count, filter's values and export reads by."""
    levels = visible_levels(spec, actor)
    withheld = spec.withheld_where(actor) if spec.withheld_where is not None else None
    if levels is None or withheld is None:
        return withheld if levels is None else levels
    return levels & withheld  # type: ignore[no-any-return]


def level_condition(column: peewee.ColumnBase, actor: Actor) -> peewee.Expression | None:
    """SQL: a 密级 (a column, or an expression such as a joined record's) at or below the
    actor's clearance; None when nothing is above it."""
    if actor.clearance >= 3:
        return None
    from officedesk.core.actor import CLEARANCE_LABELS

    hidden = CLEARANCE_LABELS[actor.clearance + 1 :]
    condition = None
    for label in hidden:
        clause = ~(column.startswith(label))
        condition = clause if condition is None else condition & clause
    return condition | column.is_null()  # type: ignore[operator]


def distinct_values(spec: RegistrySpec, field: str, actor: Actor, limit: int = 200) -> list[str]:
    """A field's distinct non-empty values among the records the actor may see, in order — what a
    list's filter offers. A value held only by records above the clearance is not offered (it
    would tell that they exist); a field masked for this actor offers none."""
    declared = {f.name: f for f in spec.fields}.get(field)
    if declared is not None and declared.sensitive and not spec.sees_whole(actor):
        return []
    column = getattr(spec.model, field)
    select = spec.model.select(column).where(column.is_null(False) & (column != ""))
    levels = visible_condition(spec, actor)
    if levels is not None:
        select = select.where(levels)
    with guarded("查询"):
        return [row[0] for row in select.distinct().order_by(column).limit(limit).tuples()]


# A list's first page for a word, by the word's hit count N among a registry's T records
# (page P), three plans that give exactly the rows of a full LIKE scan, in the list's order:
#   "sort":  N ≤ sqrt(0.1·P·T)  fetch the hits by id and sort them (about 2 µs a hit);
#   "probe": up to sqrt(3·P·T)  gather the hits, walk the sort order's covering index and probe
#            them (about 1 µs a hit plus 0.2 µs a row walked, P·T/N rows; a word of three or
#            more characters, checked by LIKE, costs 3 µs a hit: up to sqrt(P·T));
#   "test":  above              walk the sort order and test each row's kept text (about 3 µs a
#            row, P·T/N rows), never gathering the hits.
# At 1,000,000 records the bounds are about 4,500 and 24,500 hits. bench/bench_registry.py.
SORT_COST, TEST_COST = 0.1, 3.0


def word_plan(spec: RegistrySpec, text: str, page: int) -> str:
    """Which plan a first page of `page` rows for `text` takes: sort, probe, test, or "" (no
    index: PostgreSQL, or nothing indexable)."""
    model = spec.model
    rows = model._meta.database.execute_sql(f'select max(id) from "{model._meta.table_name}"').fetchone()[0] or 0
    low = max(200, int(math.sqrt(SORT_COST * page * rows)))
    # a word the index answers only with a LIKE check costs a text read per hit gathered too
    gather = TEST_COST if search_index.exact(text.strip()) else 1.0
    high = max(low, int(math.sqrt(gather * page * rows)))
    found = search_index.estimate_hits(text, spec.name, rows)
    if found is None:
        return ""
    return "sort" if found <= low else "probe" if found <= high else "test"


def masked_field(spec: RegistrySpec, name: str | None, actor: Actor) -> FieldSpec | None:
    """The declared field `name` when it is masked for the actor (身份证号, 联系电话 … for one
    who may not see them whole), else None."""
    declared = next((f for f in spec.fields if f.name == name), None) if name else None
    return declared if declared is not None and declared.sensitive and not spec.sees_whole(actor) else None


def _refuse_masked(spec: RegistrySpec, actor: Actor, filters: Sequence[Filter], sort: str | None = None) -> None:
    """A masked field is no oracle: its order told whose hidden digits came first, a filter on
    it (contains 1990) what they are. Whether one was given at all (isnull) shows anyway."""
    for item in filters:
        hidden = masked_field(spec, item.field, actor)
        if hidden is not None and item.op != "isnull":
            raise PermissionDeniedError(i18n.text(
                "“%1”对您是遮盖显示的，不能按它筛选。需要时请%2查询。", hidden.label,
                spec.whole_readers()))
    hidden = masked_field(spec, sort, actor)
    if hidden is not None:
        raise PermissionDeniedError(i18n.text(
            "“%1”对您是遮盖显示的，不能按它排序。需要时请%2查询。", hidden.label,
            spec.whole_readers()))


def query(spec: RegistrySpec, actor: Actor, filters: Sequence[Filter] = (), text: str = "",
          plan: str = "") -> peewee.ModelSelect:
    """The matching ids; `plan` (word_plan) shapes the text condition for a first page."""
    _refuse_masked(spec, actor, filters)
    model = spec.model
    select = model.select(model.id)
    for item in filters:
        select = select.where(_condition(spec, item))
    levels = visible_condition(spec, actor)
    if levels is not None:
        select = select.where(levels)
    if text.strip():
        test = search_index.record_test(text, spec.name, model.id) if plan == "test" else None
        if test is not None:
            select = select.where(test)
        else:
            column = (model.id + 0) if plan == "probe" else model.id  # "+ 0": not the rowid lookup plan
            select = select.where(column.in_(search_index.matching_record_ids(text, actor.clearance, spec.name)))
    return select


def sort_order(spec: RegistrySpec, sort: str | None, descending: bool) -> list[peewee.Ordering]:
    """ORDER BY of a list sorted by the field `sort` (None: the registry's own order), the id
    breaking ties: the field's column, or its `RegistrySpec.sort_keys` expression (a 发文's
    成文日期, a draft's 拟稿 time) — what the sort index holds."""
    sort = sort or spec.default_sort
    if sort == spec.number_field:
        sort = "id"  # numbers like 〔2026〕9号 sort wrongly as text; they were issued in id order
    key = spec.sort_keys.get(sort)
    column = key(spec.model) if key is not None else getattr(spec.model, sort)
    return [column.desc(), spec.model.id.desc()] if descending else [column.asc(), spec.model.id.asc()]


def list_ids(spec: RegistrySpec, actor: Actor, filters: Sequence[Filter] = (), text: str = "",
             sort: str | None = None, descending: bool | None = None, limit: int | None = None,
             from_end: bool = False) -> list[int]:
    """The ordered ids of every matching record (or the first `limit`): filter and sort in SQL.
    from_end: the last `limit` instead, still in the list's order — the same query walked
    backwards (the sort index read from its other end), never an OFFSET past the rest."""
    _refuse_masked(spec, actor, (), sort)
    descending = spec.default_descending if descending is None else descending
    if from_end:
        # (column, id) both flipped is the exact reverse, NULLs included, on SQLite and PostgreSQL
        ids = list_ids(spec, actor, filters, text, sort, not descending, limit)
        ids.reverse()
        return ids
    order = sort_order(spec, sort, descending)
    with guarded("查询"):
        plan = word_plan(spec, text, limit) if limit is not None and text.strip() else ""
        select = query(spec, actor, filters, text, plan).order_by(*order)
        if limit is not None:
            select = select.limit(limit)
        sql, params = select.sql()
        if plan == "sort":
            # drive by the few hits (rowid lookups) and sort them, never by an index of the table
            table = f'FROM "{spec.model._meta.table_name}" AS "t1"'
            sql = sql.replace(table, f"{table} NOT INDEXED", 1)
        # the raw cursor, read row by row: a peewee row per id costs 3x the query on big
        # registries, and a list of a million row tuples 100 MB more than the ids
        return [row[0] for row in spec.model._meta.database.execute_sql(sql, params)]


QUICK_COUNT_HITS = 5_000  # a word's hits gathered and counted in about 20 ms at 1,000,000 records


def count_is_quick(spec: RegistrySpec, text: str = "") -> bool:
    """Whether count() costs about a page: without a word it scans an index; a word's count
    gathers every hit, which for a word in most of a million records takes most of a second."""
    if not text.strip():
        return True
    model = spec.model
    with guarded("查询"):
        rows = model._meta.database.execute_sql(f'select max(id) from "{model._meta.table_name}"').fetchone()[0]
        found = search_index.estimate_hits(text, spec.name, rows or 0)
    return found is not None and found <= QUICK_COUNT_HITS


def count(spec: RegistrySpec, actor: Actor, filters: Sequence[Filter] = (), text: str = "") -> int:
    with guarded("查询"):
        select = query(spec, actor, filters, text)
        if not filters and not text.strip() and visible_condition(spec, actor) is None:
            # a whole table: SQLite counts it from the b-tree (1 ms at a million rows); peewee's
            # count() wraps the query in a sub-select, which walks an index (30 ms)
            return int(select.select(peewee.fn.COUNT(peewee.SQL("*"))).scalar() or 0)
        return select.count()


def fetch(spec: RegistrySpec, ids: Iterable[int]) -> dict[int, Any]:
    """The records of these ids (any order; ids not found are left out), as peewee would make
    them: the same values in __data__, nothing dirty. Read through the raw cursor and built
    without peewee's per-field setattr, a third of its cost (a list fetches a page per paint)."""
    wanted = [i for i in ids if id_in_range(i)]
    if not wanted:
        return {}
    model = spec.model
    database = model._meta.database
    select, fields = _select_all(model)
    sql = f'{select} WHERE ("t1"."id" IN ({", ".join([database.param] * len(wanted))}))'
    names = [field.name for field in fields]
    converters = [field.python_value for field in fields]
    found: dict[int, Any] = {}
    new = model.__new__
    with guarded("读取"):
        for row in database.execute_sql(sql, wanted):
            record = new(model)
            record.__data__ = {name: value if value is None else convert(value)
                               for name, convert, value in zip(names, converters, row, strict=True)}
            record._dirty, record.__rel__ = set(), {}
            found[record.id] = record
    return found


def fetch_shown(spec: RegistrySpec, ids: Iterable[int], actor: Actor) -> dict[int, Any]:
    """The records of these ids that `actor` may see now (fetch, less those above his clearance
    or withheld from him): what a list shows of the ids it read earlier — a page painted when
    scrolled to, the records chosen. One raised since on another workstation is left out (its
    row blank until the list is read again, on the next poll), never read for him whole."""
    return {record_id: record for record_id, record in fetch(spec, ids).items()
            if may_see(spec, record, actor)}


_SELECT_ALL: dict[Any, tuple[str, list[Any]]] = {}


def _select_all(model: Any) -> tuple[str, list[Any]]:
    """peewee's `SELECT <every field> FROM "table" AS "t1"` of a model, made once; its fields in order."""
    made = _SELECT_ALL.get(model)
    if made is None:
        sql, _params = model.select().sql()
        made = _SELECT_ALL[model] = (sql, list(model._meta.sorted_fields))
    return made


def row_texts(spec: RegistrySpec, record: Any, unmasked: bool = False) -> list[str]:
    return rows_texts(spec, [record], unmasked)[0]


def rows_texts(spec: RegistrySpec, found: Sequence[Any], unmasked: bool = False) -> list[list[str]]:
    """The list's cells of these records (a page of the window's list, `list`'s rows): a
    deadline column whose day is a count for some records only (`FieldSpec.counted`) asks which
    once for them all."""
    columns = spec.columns()
    counted = {f.name: f.counted(found) for f in columns if f.counted is not None}
    told = None if unmasked else spec  # masked personal data: the texts holding it told too
    return [[_cell(f, record, unmasked, counted.get(f.name), told) for f in columns] for record in found]


def _cell(f: Any, record: Any, unmasked: bool, counted: set[int] | None, told: Any) -> str:
    value = getattr(record, f.name, None)
    if told is not None and f.name in told.told_texts:
        value = told_texts.told(told, record, f.name, value)
    if counted is not None and isinstance(value, dt.date) and record.id not in counted:
        return value.isoformat()  # a typed date in a deadline column: never 暂按
    return display(f, value, unmasked)

