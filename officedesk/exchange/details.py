"""The sheet of a registry's sub-records (RegistrySpec.detail_sheet: a 督查事项's 分解任务) read
back by import: found by its name beside the sheet imported, its rows checked cell by cell, and
each row's problems said on the row of the record it names (a record is taken with its
sub-records or refused with them)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from officedesk.core import records, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.errors import OfficeDeskError
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import reading
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
    cleaned = []
    for number, cells in found:
        unreadable = [k for k, v in cells.items() if isinstance(v, UNREADABLE)]
        for key in unreadable:
            report.add(RowProblem(1, detail.label, f"“{detail.label}”表第 {number} 行“{key}”"
                                  f"不是可以读取的值（{cells[key]}）。请改为实际的值后再导入。"))
            del cells[key]
        cleaned.append((number, cells))
    read = detail.read(cleaned)
    row_of = {typed_numbers.tidy_number(str(raw.get(label) or "")): number for number, raw in rows}
    for number_given, problems in read.problems.items():
        for why in problems:
            report.add(RowProblem(row_of.get(number_given, 1), "", why))
    for number_given in read.by_number:
        if number_given and number_given not in row_of:
            report.add(RowProblem(1, detail.label, (
                f"“{detail.label}”表中有{label}为“{number_given}”的任务，但“{spec.label}”表中没有"
                f"这一事项。请在“{spec.label}”表中填写该事项（{label}相同），或删去这些任务行。")))
    return read


def holding(read: Any) -> contextlib.AbstractContextManager[Any]:
    """While the rows are written: the sheet read (by `given`) held for the create hook."""
    return contextlib.nullcontext() if read is None else read.holding()


def update_existing(spec: RegistrySpec, read: Any, rows: list[tuple[int, dict[str, Any]]],
                    actor: Actor, report: ImportReport) -> None:
    """import --update: the sub-records of records that were there before the import (a task
    changed, one added) written through the registry's steps (DetailSheet.update), each
    record's in a savepoint: a refusal is said on the record's row and leaves nothing of it."""
    detail = spec.detail_sheet
    if read is None or detail is None or detail.update is None or not spec.number_field:
        return
    label = spec.field(spec.number_field).label
    row_of = {typed_numbers.tidy_number(str(raw.get(label) or "")): number for number, raw in rows}
    column = getattr(spec.model, spec.number_field)
    made = set(report.ids)
    for number, given_rows in read.by_number.items():
        row = row_of.get(number)
        if not number or row is None or row in report.bad_rows:
            continue
        found = spec.model.select(spec.model.id).where(column == number).first()
        if found is None or found.id in made:
            continue  # a new record: its create hook took them
        try:
            with database.atomic():
                record = records.get(spec, found.id, actor)
                changes = detail.update(record, given_rows, actor)
        except OfficeDeskError as exc:
            report.add(RowProblem(row, "", exc.message))
            continue
        if changes:
            title = getattr(record, spec.title_field, "") or ""
            report.updated.append(RowChange(row, record.id, f"{number} {title}".strip(), changes))
