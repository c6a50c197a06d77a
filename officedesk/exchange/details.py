"""The sheet of a registry's sub-records (RegistrySpec.detail_sheet: a 督查事项's 分解任务) read
back by import: found by its name beside the sheet imported, its rows checked cell by cell, and
each row's problems said on the row of the record it names (a record is taken with its
sub-records or refused with them)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officedesk.core import directory, read_once, records, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import notes, reading, stale
from officedesk.exchange.reading import UNREADABLE
from officedesk.exchange.report import ImportReport, RowChange, RowProblem
from officedesk.store.db import database


def _sheet_rows(path: Path, name: str) -> tuple[list[tuple[int, dict[str, Any]]], list[int]] | None:
    """The named visible worksheet's rows the clerk sees (row number, header -> cell), read as
    the first sheet is (looked at by the guard first; merged ranges read down, hidden rows left
    out), and the hidden rows; None: no such sheet."""
    sheet = reading.read_named(path, name)
    if sheet is None:
        return None
    headers = [h.strip() for h in sheet.headers]
    rows = [(number, {h: v for h, v in zip(headers, values, strict=False) if h})
            for number, values in sheet.rows]
    return rows, sheet.hidden_rows


def read_back(spec: RegistrySpec, path: str | Path, rows: list[tuple[int, dict[str, Any]]],
              read: Any, report: ImportReport) -> list[str]:
    """`import --history`: the sheets to read that the registry reads back (ShownSheet.read_back:
    a 督查事项's 反馈记录) into the detail sheet `read`, their problems on the rows of the records
    they name (a row naming no record of the file: on the header row); returns their labels."""
    if read is None or not spec.number_field:
        return []
    label = spec.field(spec.number_field).label
    row_of = {typed_numbers.tidy_number(str(raw.get(label) or "")): number for number, raw in rows}
    done = []
    for shown in spec.shown_sheets:
        read_sheet = _sheet_rows(Path(path), shown.label) if shown.read_back is not None else None
        if shown.read_back is None or read_sheet is None:
            continue
        found, hidden = read_sheet
        if hidden:
            report.detail_hidden_rows[shown.label] = hidden
        before = {number: len(problems) for number, problems in read.problems.items()}
        for number, cells in found:  # a cell that is no value is refused, never read as blank
            for key in [k for k, v in cells.items() if isinstance(v, UNREADABLE)]:
                named = "" if isinstance(cells.get(label), UNREADABLE) else cells.get(label)
                read.problems.setdefault(typed_numbers.tidy_number(str(named or "")), []).append(
                    text("“%1”表第 %2 行“%3”不是可以读取的值（%4）。请改为实际的值后再导入。",
                         shown.label, number, key, cells.pop(key)))
        with directory.names_held():  # the 通讯录 read once for the sheet
            named = shown.read_back(found, read)
        for number_given, problems in read.problems.items():
            for why in problems[before.get(number_given, 0):]:
                report.add(RowProblem(row_of.get(number_given, 1), "", why))
        for number_given in named:
            if number_given and number_given not in row_of:
                report.add(RowProblem(1, shown.label, text(
                    "“%1”表中有%2为“%3”的行，但“%4”表中没有这一事项。请在“%4”表中填写该事项（%2相同），或删去这些行。",
                    shown.label, label, number_given, spec.label)))
        report.back_rows[shown.label] = row_of
        done.append(shown.label)
    return done


@contextlib.contextmanager
def counting_back(spec: RegistrySpec, history: bool) -> Iterator[dict[str, dict[str, int]]]:
    """`import --history`: the rows each sheet read back (ShownSheet.counting) wrote while the
    block runs, by record number; sheet -> number -> rows (tell_brought says them)."""
    with contextlib.ExitStack() as stack:
        yield {shown.label: stack.enter_context(shown.counting()) for shown in spec.shown_sheets
               if history and shown.read_back is not None and shown.counting is not None}


def tell_brought(spec: RegistrySpec, counted: dict[str, dict[str, int]], report: ImportReport) -> None:
    """How many rows of each sheet read back came with the records written (a dry run's: that
    would be): those of a row refused (or skipped with --skip-bad) are not, nor any of an
    import that wrote nothing."""
    if not report.imported or (report.problems and not report.skip_bad):
        return
    for shown in spec.shown_sheets:
        rows = report.back_rows.get(shown.label, {})
        brought = sum(count for number, count in counted.get(shown.label, {}).items()
                      if rows.get(number) is not None and rows[number] not in report.bad_rows)
        if brought:
            report.brought_back[shown.label] = brought
            report.brought_nouns[shown.label] = shown.noun


def tell_shown_unread(spec: RegistrySpec, path: str | Path, rows: list[tuple[int, dict[str, Any]]],
                      actor: Actor, report: ImportReport, brought: tuple[str, ...] | list[str] = ()) -> None:
    """A sheet the export writes to read (ShownSheet: a 督查事项's 反馈记录) is never read back: its
    rows that are not what this office holds for the file's records (a 反馈 added or changed
    there, or every row into an office without those records) are counted in the report, so that
    the clerk takes the step in the window instead of believing it imported."""
    if not spec.shown_sheets or not spec.number_field:
        return
    label = spec.field(spec.number_field).label
    numbers = {typed_numbers.tidy_number(str(raw.get(label) or "").strip()) for _, raw in rows}
    numbers.discard("")
    for shown in spec.shown_sheets:
        read_sheet = _sheet_rows(Path(path), shown.label) if shown.label not in brought else None
        if read_sheet is None:
            continue
        found, _hidden = read_sheet
        given_rows = Counter(_shown_key([cells.get(f.label) for f in shown.fields]) for _, cells in found)
        held = Counter(_shown_key(row) for row in shown.rows(_visible(spec, numbers, actor)))
        unread = sum((given_rows - held).values())
        if unread:
            report.shown_unread[shown.label] = unread


def _visible(spec: RegistrySpec, numbers: set[str], actor: Actor) -> list[Any]:
    """The records of these numbers the actor may see (those the export would have written)."""
    from officedesk.core import record_lists

    model = spec.model
    column = getattr(model, spec.number_field or "")
    seen = record_lists.visible_condition(spec, actor)
    found = []
    listed = sorted(numbers)
    for start in range(0, len(listed), 500):
        select = model.select().where(column.in_(listed[start:start + 500]))
        found += list(select.where(seen) if seen is not None else select)
    return found


def _shown_key(values: list[Any]) -> tuple[str, ...]:
    """A row of a shown sheet as text, the same whether written or read back (a date read as a
    time at midnight, a number as a float, a blank as None or "")."""
    key = []
    for value in values:
        if isinstance(value, dt.datetime) and value.time() == dt.time():
            value = value.date()
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        key.append("" if value is None else str(value).strip())
    return tuple(key)


def given(spec: RegistrySpec, path: str | Path, rows: list[tuple[int, dict[str, Any]]],
          report: ImportReport) -> Any:
    """What import holds while it writes the rows: the detail sheet read (nothing when the
    registry has none or the workbook leaves it out: a 台账 of the clerk's own). Its problems
    are added to the report on the rows of the records they name; a sub-record naming no row of
    the sheet imported is refused on the header row (the file cannot be taken as it is)."""
    detail = spec.detail_sheet
    if detail is None:
        return None
    read_sheet = _sheet_rows(Path(path), detail.label)
    if read_sheet is None:
        return None
    found, hidden = read_sheet
    if hidden:  # left out as on the first sheet's, and said
        report.detail_hidden_rows[detail.label] = hidden
    label = spec.field(spec.number_field).label if spec.number_field else ""
    # a cell that is no value (an error, a formula without its result, a merged range that
    # cannot be read row by row) is never read as blank: its row's record is refused with it
    unreadable: dict[str, list[str]] = {}
    for number, cells in found:
        for key in [k for k, v in cells.items() if isinstance(v, UNREADABLE)]:
            value = cells.pop(key)
            named = "" if isinstance(cells.get(label), UNREADABLE) else cells.get(label)
            unreadable.setdefault(typed_numbers.tidy_number(str(named or "")), []).append(
                text("“%1”表第 %2 行“%3”不是可以读取的值（%4）。请改为实际的值后再导入。",
                     detail.label, number, key, value))
    with directory.names_held():  # each task's units: the 通讯录 read once for the sheet
        read = detail.read(found)
    dropped = notes.times_dropped_in(detail.fields, found)  # a date-only column's times: said
    if dropped and isinstance(report, notes.NotedReport):
        report.detail_times_dropped[detail.label] = dropped
    for number_given, problems in unreadable.items():
        read.problems.setdefault(number_given, [])[:0] = problems
    row_of = {typed_numbers.tidy_number(str(raw.get(label) or "")): number for number, raw in rows}
    for number_given, problems in read.problems.items():
        for why in problems:
            report.add(RowProblem(row_of.get(number_given, 1), "", why))
    for number_given in read.by_number:
        if number_given and number_given not in row_of:
            report.add(RowProblem(1, detail.label, text(
                "“%1”表中有%2为“%3”的任务，但“%4”表中没有这一事项。请在“%4”表中填写该事项（%2相同），或删去这些任务行。",
                detail.label, label, number_given, spec.label)))
    return read


def holding(read: Any) -> contextlib.AbstractContextManager[Any]:
    """While the rows are written: the sheet read (by `given`) held for the create hook."""
    return contextlib.nullcontext() if read is None else read.holding()


def _existing(spec: RegistrySpec, read: Any, rows: list[tuple[int, dict[str, Any]]],
              report: ImportReport) -> Iterator[tuple[int, str, list[Any], int]]:
    """import --update: each row of the sheet imported that names a record there before the
    import (by 编号, and not refused): its row, 编号, the detail sheet's rows of it (none: the
    sheet leaves them all out) and the record's id."""
    name = spec.number_field or ""  # the callers' registries have one
    label = spec.field(name).label
    made = set(report.ids)
    named = [(row, typed_numbers.tidy_number(str(raw.get(label) or ""))) for row, raw in rows]
    named = [(row, number) for row, number in named if number and row not in report.bad_rows]
    ids = _ids_numbered(spec, [number for _, number in named])
    for row, number in named:
        found = ids.get(number)
        if found is None or found in made:
            continue  # a new record: its create hook takes them
        yield row, number, read.by_number.get(number, []), found


def _ids_numbered(spec: RegistrySpec, numbers: list[str]) -> dict[str, int]:
    """编号 -> the id of the record that holds it, a few hundred numbers a query (not one a row)."""
    column = getattr(spec.model, spec.number_field or "")
    wanted = sorted(set(numbers))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        query = spec.model.select(column, spec.model.id).where(column.in_(wanted[start:start + 500]))
        for number, record_id in query.order_by(spec.model.id.desc()).tuples():
            found[number] = record_id  # of two, the oldest (written last), as a lookup by 编号 finds it
    return found


def _record(spec: RegistrySpec, record_id: int, actor: Actor) -> Any:
    """The record a row names, read for the actor (records.get): once for the checks before the
    lock, which ask it twice (changing_rows, tell_kept), in a read_once scope."""
    return read_once.remembered(("import record", spec.name, record_id), lambda: records.get(spec, record_id, actor))


def refuse_stale(spec: RegistrySpec, read: Any, rows: list[tuple[int, dict[str, Any]]], actor: Actor,
                 later: stale.LaterChanges | None, report: ImportReport) -> None:
    """import --update of this office's own export, before anything is written: a record whose
    sub-record rows would write over a sub-record changed since the export (a task's 反馈, its
    时限 moved) is refused on its row, as a stale row of the sheet imported is (stale.py)."""
    detail = spec.detail_sheet
    if read is None or later is None or detail is None or detail.stale is None or not spec.number_field:
        return
    for row, _number, given_rows, record_id in _existing(spec, read, rows, report):
        entries = later.entries(record_id)
        if not given_rows or not entries:
            continue
        try:
            record = _record(spec, record_id, actor)
        except OfficeDeskError:
            continue  # its row is refused by the checks of the sheet imported
        for why in detail.stale(record, given_rows, entries):
            report.add(RowProblem(row, "", why))


def changing_rows(spec: RegistrySpec, read: Any, rows: list[tuple[int, dict[str, Any]]],
                  actor: Actor, report: ImportReport) -> set[int] | None:
    """import --update: the rows of the sheet imported whose records' sub-records the detail
    sheet would change (DetailSheet.changes_nothing; no writes). The other rows may be checked
    before the write lock, as a file without such a sheet is; these are written through the
    registry's steps under it. None: it cannot be told (the row path says why)."""
    detail = spec.detail_sheet
    if read is None:
        return set()
    if detail is None or detail.changes_nothing is None or not spec.number_field:
        return None
    moved: set[int] = set()
    for row, _number, given_rows, record_id in _existing(spec, read, rows, report):
        if not given_rows:
            continue
        try:
            record = _record(spec, record_id, actor)
        except OfficeDeskError:
            return None  # said by the row path, as it is
        if not detail.changes_nothing(record, given_rows):
            moved.add(row)
    return moved


def tell_kept(spec: RegistrySpec, read: Any, rows: list[tuple[int, dict[str, Any]]], actor: Actor,
              report: ImportReport) -> None:
    """The sub-records the sheet leaves out, named in the report (DetailSheet.left_out), with no
    write: what update_existing tells of a sheet that changes nothing."""
    detail = spec.detail_sheet
    if read is None or detail is None or detail.left_out is None or not spec.number_field:
        return
    for _row, _number, given_rows, record_id in list(_existing(spec, read, rows, report)):
        try:
            record = _record(spec, record_id, actor)
        except OfficeDeskError:
            continue
        kept = detail.left_out(record, given_rows)
        if kept:
            report.details_kept.setdefault(detail.label, []).extend(kept)


def checkable(spec: RegistrySpec, read: Any, moved: set[int]) -> set[int]:
    """Of the rows whose sub-records the sheet changes (changing_rows), those checked before the
    write lock (the registry's DetailSheet.check): all, or none."""
    detail = spec.detail_sheet
    return set(moved) if read is not None and detail is not None and detail.check is not None else set()


def check_changing(spec: RegistrySpec, read: Any, rows: list[tuple[int, dict[str, Any]]], actor: Actor,
                   report: ImportReport, prepared: dict[int, records.Correction]) -> Checked:
    """update_existing's checks with no write (DetailSheet.check), each record as its row's
    correction leaves it (`prepared`, checked ahead too): a refusal is said on the record's row
    now; what it changes and keeps is what update_existing tells, for a dry run (Checked.tell)."""
    detail = spec.detail_sheet
    told = Checked()
    if read is None or detail is None or detail.check is None or not spec.number_field:
        return told
    for row, number, given_rows, record_id in list(_existing(spec, read, rows, report)):
        try:
            record = _record(spec, record_id, actor)
            if row in prepared:
                record = records.corrected_copy(spec, prepared[row])
            changes = detail.check(record, given_rows, actor) if given_rows else {}
        except OfficeDeskError as exc:
            report.add(RowProblem(row, "", exc.message))
            continue
        told.rows.append((row, number, record, _left_out(detail, record, given_rows), changes))
    return told


@dataclass
class Checked:
    """The records whose sub-records check_changing checked: (row, 编号, record, those the sheet
    leaves out, what it changes), told as update_existing tells them (`tell`)."""
    rows: list[tuple[int, str, Any, list[Any], dict[str, tuple[Any, Any]]]] = field(default_factory=list)

    def tell(self, spec: RegistrySpec, report: ImportReport) -> None:
        for row, number, record, kept, changes in self.rows:
            if row not in report.bad_rows:
                _tell(spec, report, row, number, record, kept, changes)


def _left_out(detail: Any, record: Any, given_rows: Any) -> list[Any]:
    """The record's sub-records the sheet leaves out, as they were before it was written (a task
    a row adds is no task left out)."""
    return detail.left_out(record, given_rows) if detail.left_out is not None else []


def _tell(spec: RegistrySpec, report: ImportReport, row: int, number: str, record: Any, kept: list[Any],
          changes: dict[str, tuple[Any, Any]]) -> None:
    """What update_existing says of a record's sub-records: those the sheet leaves out (kept),
    and what it changed."""
    detail = spec.detail_sheet
    if detail is not None and kept:
        report.details_kept.setdefault(detail.label, []).extend(kept)
    if changes:
        title = getattr(record, spec.title_field, "") or ""
        report.updated.append(RowChange(row, record.id, f"{number} {title}".strip(), changes))


def update_existing(spec: RegistrySpec, read: Any, rows: list[tuple[int, dict[str, Any]]],
                    actor: Actor, report: ImportReport) -> None:
    """import --update: the sub-records of records that were there before the import (a task
    changed, one added) written through the registry's steps (DetailSheet.update), each
    record's in a savepoint: a refusal is said on the record's row and leaves nothing of it.
    A sub-record the sheet leaves out is kept, and named in the report (DetailSheet.left_out)."""
    detail = spec.detail_sheet
    if read is None or detail is None or detail.update is None or not spec.number_field:
        return
    for row, number, given_rows, record_id in list(_existing(spec, read, rows, report)):
        try:
            with database.atomic():
                record = records.get(spec, record_id, actor)
                kept = _left_out(detail, record, given_rows)
                changes = detail.update(record, given_rows, actor) if given_rows else {}
        except OfficeDeskError as exc:
            report.add(RowProblem(row, "", exc.message))
            continue
        _tell(spec, report, row, number, record, kept, changes)
