"""The step-span summary (store.step_span) kept up to date and read grouped.

Each documents' step row becomes one span: its step, its person, the day of the step before it
(among the steps the figures follow) and its own day, as date ordinals. The summary catches up
with doc_step before each read (rows above its mark: their records' spans are recomputed), so
every writer is covered — the step runner, batch imports, the demo — without touching them.
Reading a year's figures is then one GROUP BY over a covering index: ~40,000 grouped rows
instead of 700,000 step rows read into Python. Records deleted later are left out by the
caller's record filter."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from typing import Any

import peewee

BATCH = 500
SQL_BUILD = True  # build from nothing in one SQLite statement (tests compare it with Python's)


def _spans_of(rows: Iterable[tuple[Any, ...]], registry: str, days: Any) -> list[tuple]:
    """rows: (record id, step, day value, person) ordered by record and id; the first row of a
    record only starts the clock (as spans._counted_steps did)."""
    out = []
    current, prev = None, 0
    for rid, step, text, person in rows:
        at = days[text]
        if rid != current:
            current, prev = rid, at
            continue
        out.append((registry, rid, step, person or "", prev, at))
        prev = at
    return out


def refresh(registry: str, wanted: tuple[str, ...]) -> None:
    """Bring the registry's spans up to date with its doc_step rows."""
    from officedesk.core.efficiency import spans as S
    from officedesk.store.db import is_sqlite, write_transaction
    from officedesk.store.documents import DocStep
    from officedesk.store.step_span import StepSpan, StepSpanMark

    # the summary holds the spans of the steps it was built with: another list of steps (a step
    # counted since) builds it again from nothing
    key, signature = f"{registry}#steps", _signature(wanted)

    def mark_of() -> int:
        marks = {row.registry: row.last_step_id for row in
                 StepSpanMark.select().where(StepSpanMark.registry.in_([registry, key]))}
        return marks.get(registry, 0) if marks.get(key) == signature else 0

    top = (DocStep.select(peewee.fn.MAX(DocStep.id)).where(DocStep.registry == registry)
           .scalar()) or 0
    if top <= mark_of():
        return
    with write_transaction():
        last = mark_of()  # another workstation may have caught up meanwhile
        if top <= last:
            return
        select = (DocStep.select(DocStep.record_id, DocStep.step, S.day(DocStep.at),
                                 DocStep.person)
                  .where((DocStep.registry == registry) & DocStep.step.in_(list(wanted))
                         & (DocStep.id <= top)))
        if last:
            touched = (DocStep.select(DocStep.record_id).distinct()
                       .where((DocStep.registry == registry) & (DocStep.id > last)
                              & (DocStep.id <= top)))
            ids = [r for (r,) in S._rows(touched)]
            for n in range(0, len(ids), BATCH):
                part = ids[n:n + BATCH]
                StepSpan.delete().where((StepSpan.registry == registry)
                                        & StepSpan.record_id.in_(part)).execute()
                _insert(_spans_of(S._rows(select.where(DocStep.record_id.in_(part))
                                          .order_by(DocStep.record_id, DocStep.id)),
                                  registry, S.Days()))
        else:
            StepSpan.delete().where(StepSpan.registry == registry).execute()
            if SQL_BUILD and is_sqlite():  # all of it in SQL: a year's 700,000 rows in seconds, not half a minute
                _build_in_sqlite(registry, wanted, top)
            else:
                sql, params = select.order_by(DocStep.record_id, DocStep.id).sql()
                _insert(_spans_of(DocStep._meta.database.execute_sql(sql, params), registry,
                                  S.Days()))
        for name, value in ((registry, top), (key, signature)):
            (StepSpanMark.insert(registry=name, last_step_id=value)
             .on_conflict(conflict_target=[StepSpanMark.registry],
                          update={StepSpanMark.last_step_id: value}).execute())


def _signature(wanted: tuple[str, ...]) -> int:
    """The list of steps as a number that fits the mark's integer column."""
    return zlib.crc32("\n".join(wanted).encode()) & 0x7FFFFFFF


def _build_in_sqlite(registry: str, wanted: tuple[str, ...], top: int) -> None:
    """_spans_of as one statement: LAG() over each record's rows; a day's ordinal is its Julian
    day less 1721424.5 (0001-01-01 is ordinal 1)."""
    from officedesk.store.documents import DocStep

    day = "CAST(julianday(substr(at, 1, 10)) - 1721424.5 AS INTEGER)"
    marks = ", ".join("?" for _ in wanted)
    DocStep._meta.database.execute_sql(
        "INSERT INTO step_span (registry, record_id, step, person, start_day, end_day) "
        "SELECT registry, record_id, step, person, prev, day FROM ("
        f" SELECT registry, record_id, step, person, {day} AS day,"
        f" LAG({day}) OVER (PARTITION BY record_id ORDER BY id) AS prev"
        f" FROM doc_step WHERE registry = ? AND step IN ({marks}) AND id <= ?"
        ") WHERE prev IS NOT NULL",
        (registry, *wanted, top),
    )


def _insert(rows: list[tuple]) -> None:
    from officedesk.store.step_span import StepSpan

    fields = [StepSpan.registry, StepSpan.record_id, StepSpan.step, StepSpan.person,
              StepSpan.start_day, StepSpan.end_day]
    for n in range(0, len(rows), 5000):
        StepSpan.insert_many(rows[n:n + 5000], fields=fields).execute()


def _id_set(ids: Any, known: list[int] | None) -> Any:
    """The records to count: the subquery, or on SQLite the ids the caller has already read, as
    one JSON parameter (a year's 100,000 ids: the grouped read takes 0.5 s so, against 0.75 s
    with the subquery run again)."""
    from officedesk.store.db import is_sqlite

    if known is not None and is_sqlite():
        return peewee.SQL("(SELECT value FROM json_each(?))", (json.dumps(known),))
    return ids


def counted(registry: str, ids: Any, wanted: tuple[str, ...], unit: str, first: int,
            last: int, known: list[int] | None = None) -> list[Any]:
    """The counted spans of the records `ids` (a subquery; `known`: its ids if already read) that
    end in [first, last]: per step
    (person "") and per person (step BY_PERSON), as spans._counted_steps returned them."""
    from officedesk.core.efficiency import spans as S
    from officedesk.store.step_span import StepSpan as T

    refresh(registry, wanted)
    rows = S._rows(
        T.select(T.step, T.person, T.start_day, T.end_day, peewee.fn.COUNT(T.id))
        .where((T.registry == registry) & (T.end_day >= first) & (T.end_day <= last)
               & T.record_id.in_(_id_set(ids, known)))
        # grouped in the covering index's own order: no sort of 600,000 rows
        .group_by(T.end_day, T.step, T.person, T.start_day)
    )
    counts: dict[tuple[str, int, int], int] = {}
    people: dict[tuple[str, int, int], int] = {}
    for step, person, start, end, n in rows:
        key = (step, start, end)
        counts[key] = counts.get(key, 0) + n
        key = (person, start, end)
        people[key] = people.get(key, 0) + n
    order = {step: n for n, step in enumerate(wanted)}  # the procedure's order of steps
    return [
        (registry, step, 0, start, end, 0, unit, "", "", n)
        for (step, start, end), n in sorted(counts.items(), key=lambda kv: order.get(kv[0][0], 99))
    ] + [
        (registry, S.BY_PERSON, 0, start, end, 0, unit, person, "", n)
        for (person, start, end), n in people.items()
    ]


def last_days(registry: str, step: str, ids: Any, wanted: tuple[str, ...], since: int,
              known: list[int] | None = None) -> dict[int, int]:
    """record id -> the day (ordinal) of its latest `step` among the records `ids` (`known`: their
    ids if already read), none of them begun before the day `since`: one grouped read of the
    summary's covering index from that day on (a 收文's 承办, where its 承办单位's part begins),
    not a query per record."""
    from officedesk.core.efficiency import spans as S
    from officedesk.store.step_span import StepSpan as T

    refresh(registry, wanted)
    return dict(S._rows(
        T.select(T.record_id, peewee.fn.MAX(T.end_day))
        .where((T.registry == registry) & (T.end_day >= since) & (T.step == step)
               & T.record_id.in_(_id_set(ids, known)))
        .group_by(T.record_id)
    ))
