"""Deadlines counted in days from a date, counted again when the holiday table changes.

The one rule of such a recompute (信访's running limits, 督查's 办结时限, 效能投诉's 办结时限 —
not its 核查时限, told to the unit by the 核查通知书): only a limit still running moves — not
met and not run out (due today or later) — and only to a day not before today, and only when
its counting period runs through the year whose holidays changed (from a day in it or before,
to a day in it or after). A change of the table thus puts nothing into 逾期 after the fact,
takes nothing out of it, leaves the limits the 效能 figures judged by, and the change undone
the same day finds every limit as it left it. Each record moved is saved through its registry
(audited, versioned), in the holiday change's transaction, whatever the changer's clearance:
the calendar is the whole office's, so a change never stops at a record he may not see, but
what he is told counts only those he may (`seen`), and the audit text names no record.

A registry that stores a counted deadline calls `remember` when it counts it (a deadline typed
by a clerk gets no row) and declares with `declare` when the record's limit is still open and
how a moved deadline is saved. A row whose record holds another day now (typed over, 延期) is
no longer that deadline's and is dropped."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from officedesk.core import clock, records, registry, workdays
from officedesk.core.errors import ValidationError
from officedesk.core.summary_texts import trail_text
from officedesk.store.counted_deadline import CountedDeadline
from officedesk.store.db import guarded, write_transaction

log = logging.getLogger(__name__)


def moves(year: int, today: dt.date, since: dt.date, old: dt.date | None, new: dt.date) -> bool:
    """After `year`'s holidays changed: a limit counted from `since`, due `old`, now counted to
    `new`, is moved — it is still running (due today or later), the new day is not before
    today either (no limit is put into 逾期 by a recount: it keeps its day, and the change
    undone finds it unchanged), and its period runs through that year."""
    return (old is not None and old >= today and new >= today and new != old
            and since.year <= year <= max(new, old).year)


def recounted(row: CountedDeadline) -> dt.date:
    """The day a stored count gives under the holiday table as it is now."""
    return workdays.add_days(row.since, row.days, row.working)


def seen(spec: Any, record: Any, actor: Any) -> int:
    """1 when `actor` may see the record moved, else 0: a holiday change moves every running
    limit (the calendar is the whole office's), but the changer is told only of the records
    within his clearance."""
    return 1 if records.level_of(spec, record) <= actor.clearance else 0


def rows_through(names: list[str], year: int, today: dt.date) -> list[CountedDeadline]:
    """The stored counts of these registries that may move after `year`'s holidays changed:
    due today or later and in that year or after, counted from a day in it or before."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return list(CountedDeadline.select().where(
        CountedDeadline.registry.in_(names)
        & (CountedDeadline.due >= max(first, today)) & (CountedDeadline.since <= last))
        .order_by(CountedDeadline.registry, CountedDeadline.record_id, CountedDeadline.field))


def refused(name: str, record_id: int, year: int, exc: Exception) -> int:
    """A record whose own rules refuse the new day keeps its old one: logged, not counted."""
    log.info("%s %s keeps its deadline after the %s holidays changed: %s", name, record_id,
             year, exc)
    return 0


def summary(year: int) -> str:
    """The audit text of a record moved by a change of `year`'s holidays."""
    return trail_text("%1年节假日安排变更，按新的节假日重算期限", year)


def remember(registry_name: str, record_id: int, field: str, since: dt.date, days: int,
             working: bool, due: dt.date) -> None:
    """A deadline just counted and stored (in the caller's transaction)."""
    CountedDeadline.insert(
        registry=registry_name, record_id=record_id, field=field, since=since, days=days,
        working=working, due=due,
    ).on_conflict(
        conflict_target=[CountedDeadline.registry, CountedDeadline.record_id, CountedDeadline.field],
        update={CountedDeadline.since: since, CountedDeadline.days: days,
                CountedDeadline.working: working, CountedDeadline.due: due},
    ).execute()


def forget(registry_name: str, record_id: int, field: str) -> None:
    """A deadline typed by a clerk: no count of an earlier record of that id stays behind."""
    CountedDeadline.delete().where(
        (CountedDeadline.registry == registry_name) & (CountedDeadline.record_id == record_id)
        & (CountedDeadline.field == field)).execute()


def counted(registry_name: str, record_id: int, field: str) -> CountedDeadline | None:
    return CountedDeadline.get_or_none(
        (CountedDeadline.registry == registry_name) & (CountedDeadline.record_id == record_id)
        & (CountedDeadline.field == field))


def is_counted(registry_name: str, record: Any, field: str) -> bool:
    """The record's `field` holds the day the program counted: its row holds that day. Typed
    over or 延期 since (the row left behind till a holiday change drops it), it is a typed date."""
    day = getattr(record, field, None)
    row = None if day is None else counted(registry_name, record.id, field)
    return row is not None and row.due == day


def counted_ids(registry_name: str, field: str, days: dict[int, dt.date]) -> set[int]:
    """Of the records `days` names (id -> its day now), those whose day is the one counted
    (`is_counted`), in one query a chunk: a list's or the 工作台's rows."""
    found: set[int] = set()
    ids = sorted(days)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows: Any = (CountedDeadline.select(CountedDeadline.record_id, CountedDeadline.due)
                     .where((CountedDeadline.registry == registry_name)
                            & (CountedDeadline.field == field)
                            & CountedDeadline.record_id.in_(chunk)).tuples())
        found.update(record_id for record_id, due in rows if days.get(record_id) == due)
    return found


def shown(registry_name: str, record: Any, field: str) -> Any:
    """A step's 时限 as text: a deadline the program counted (a 办结时限 left blank) marked
    （暂按） in a year whose holidays are not known yet (workdays.shown); one typed — a leader's
    date — is a date, never provisional."""
    day = getattr(record, field, None)
    if day is None:
        return ""
    if not is_counted(registry_name, record, field):  # typed, or typed over since (延期)
        return day.isoformat()
    return workdays.shown(day)


Save = Callable[[Any, dict[str, Any], Any, str], None]  # (record, {field: day}, actor, summary)


@dataclass(frozen=True)
class Kind:
    """A registry's counted deadlines: `running(record, field)` — the limit is not met yet
    (its record not closed); `save` — how the moved days are written (default: the registry's
    records.save_changes, a step)."""

    running: Callable[[Any, str], bool]
    save: Save | None = None


_KINDS: dict[str, Kind] = {}


def declare(registry_name: str, running: Callable[[Any, str], bool], save: Save | None = None) -> None:
    _KINDS[registry_name] = Kind(running, save)


def _save_step(registry_name: str) -> Save:
    spec = registry.get(registry_name)

    def save(record: Any, values: dict[str, Any], actor: Any, text: str) -> None:
        records.save_changes(spec, record, values, record.version, actor, action="step",
                             summary=text)

    return save


def recompute(year: int, actor: Any) -> int:
    """After `year`'s holidays changed: the counted deadlines still running whose period runs
    through that year counted again, each record saved by its registry (audited). A record
    whose own rules refuse the new day (a task's typed 时限 after it …) keeps its old one.
    Returns how many records moved that `actor` may see (`seen`)."""
    today = clock.today()
    changed = 0
    with guarded("重算期限"), write_transaction():
        rows = rows_through(list(_KINDS), year, today)
        by_record: dict[tuple[str, int], list[CountedDeadline]] = {}
        for row in rows:
            by_record.setdefault((row.registry, row.record_id), []).append(row)
        for (name, record_id), counts in by_record.items():
            changed += _recount(name, record_id, counts, year, today, actor)
    return changed


def _recount(name: str, record_id: int, counts: list[CountedDeadline], year: int,
             today: dt.date, actor: Any) -> int:
    kind, spec = _KINDS[name], registry.get(name)
    record = spec.model.get_or_none(spec.model.id == record_id)
    values: dict[str, Any] = {}
    moved: list[CountedDeadline] = []
    for row in counts:
        old = None if record is None else getattr(record, row.field)
        if old != row.due:  # gone, or typed over since: no longer a counted deadline
            row.delete_instance()
            continue
        new = recounted(row)
        if kind.running(record, row.field) and moves(year, today, row.since, old, new):
            values[row.field] = new
            moved.append(row)
    if not values:
        return 0
    save = kind.save or _save_step(name)
    try:
        with write_transaction():  # a savepoint: a refused record is left as it was
            save(record, values, actor, summary(year))
            for row in moved:
                CountedDeadline.update(due=values[row.field]).where(
                    CountedDeadline.id == row.id).execute()
    except ValidationError as exc:
        return refused(name, record_id, year, exc)
    return seen(spec, record, actor)


workdays.register_recomputer(recompute)
