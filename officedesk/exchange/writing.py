"""Export: the records an actor may see, one row each, in the columns of the registry's headers.

Every date, time and number is a typed cell (sortable and filterable in a spreadsheet); text is
always text; personal data is masked unless the administrator asks for it (audited)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError
from officedesk.core.fields import DATE, DATETIME, FieldSpec, display, parse_date, parse_datetime
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import cells as C
from officedesk.exchange.common import (
    BATCH,
    Cancelled,
    ForeignNames,
    Progress,
    column_letter,
    foreign_key,
    save,
    width,
)
from officedesk.store.db import guarded, write_transaction


class ExportResult(int):
    """How many records were written (an int, as before), and what the clerk should know."""

    notes: list[str]

    def __new__(cls, count: int, notes: list[str] | None = None) -> ExportResult:
        result = super().__new__(cls, count)
        result.notes = list(notes or [])
        return result


@dataclass
class _Overflow:
    """Texts longer than a cell: the main cell says so, the parts go to their own sheet."""

    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _visible_ids(spec: RegistrySpec, actor: Actor, ids: Sequence[int] | None) -> list[int]:
    if ids is None:
        return records.list_ids(spec, actor)
    wanted = list(ids)
    visible: set[int] = set()
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        visible.update(records.list_ids(spec, actor, [records.Filter("id", "in", chunk)]))
    return [record_id for record_id in wanted if record_id in visible]


def _typed_from_text(field_spec: FieldSpec, value: Any) -> Any:
    """A hook that gave a typed column as display text: read it back (dates only)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        if field_spec.kind == DATE:
            return parse_date(value)
        if field_spec.kind == DATETIME:
            return parse_datetime(value)
    except Exception:  # noqa: BLE001 - not a date after all: it stays text
        return None
    return None


def export_values(
    spec: RegistrySpec,
    record: Any,
    actor: Actor,
    names: ForeignNames | None = None,
    unmasked: bool = False,
    fields: Sequence[FieldSpec] | None = None,
) -> list[Any]:
    """One record's values in the order of the headers (`fields`, by default the exchange
    columns): dates, times and numbers native, other columns text; sensitive fields masked
    unless `unmasked` (the caller checked the actor)."""
    fields = spec.exchange_fields() if fields is None else fields
    row = spec.export_row(record, actor) if spec.export_row is not None else None
    names = names or ForeignNames()
    values: list[Any] = []
    for field_spec in fields:
        foreign = foreign_key(spec, field_spec)
        if foreign is not None and row is None:  # by the names loaded once, not a query a row
            values.append(names.name(foreign.rel_model, record.__data__.get(field_spec.name)))
            continue
        # __data__: the stored columns, without loading a referenced row
        stored = None if foreign is not None else record.__data__.get(field_spec.name)
        if field_spec.sensitive and field_spec.name in record.__data__:
            values.append(display(field_spec, stored, unmasked))  # masking decided here, for all
            continue
        if field_spec.kind in C.TYPED_KINDS:
            native = C.typed_value(field_spec.kind, stored)
            if native is None and row is not None:
                given = row.get(field_spec.label)
                native = C.typed_value(field_spec.kind, given) or _typed_from_text(
                    field_spec, given
                )
            if native is not None:
                values.append(native)
                continue
        if row is not None:
            value = row.get(field_spec.label, "")
            values.append("" if value is None else value)
            continue
        if stored is None:
            values.append(None)
        else:
            values.append(display(field_spec, stored, unmasked))
    return values


def _cells(
    sheet: Any,
    fields: list[FieldSpec],
    values: list[Any],
    row_number: int,
    overflow: _Overflow,
) -> list[Any]:
    result: list[Any] = []
    for field_spec, value in zip(fields, values, strict=True):
        if value is None or value == "":
            result.append(None)
            continue
        if field_spec.kind in C.TYPED_KINDS and not isinstance(value, str):
            native = C.typed_value(field_spec.kind, value)
            if native is not None:
                result.append(C.typed_cell(sheet, field_spec.kind, native))
                continue
        text = value if isinstance(value, str) else str(value)
        if len(text) > C.EXCEL_CELL_LIMIT:
            parts = C.split_long(text)
            for number, part in enumerate(parts, start=1):
                overflow.rows.append([row_number, field_spec.label, number, part])
            overflow.notes.append(
                f"第 {row_number} 行“{field_spec.label}”有 {len(text)} 字，超过 Excel 单元格"
                f" {C.EXCEL_CELL_LIMIT} 字的上限：表中只放开头，全文分 {len(parts)} 段放在"
                f"“{C.OVERFLOW_SHEET}”表。"
            )
            text = C.shortened(text)
        result.append(C.text_cell(sheet, text))
    return result


def _header(sheet: Any, labels: list[str]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    header = []
    for label in labels:
        cell = WriteOnlyCell(sheet, value=label)
        cell.font, cell.fill = bold, fill
        header.append(cell)
    return header


# A column a list computes (warning light, step …): its title and its text for a record.
ExtraColumn = tuple[str, Callable[[Any], Any]]


def _shown_values(
    spec: RegistrySpec,
    record: Any,
    actor: Actor,
    names: ForeignNames,
    unmasked: bool,
    columns: Sequence[FieldSpec | ExtraColumn],
) -> list[Any]:
    """One record's cells for the columns a list shows, in its order, masked as it masks."""
    plain = [c for c in columns if isinstance(c, FieldSpec)]
    values = iter(export_values(spec, record, actor, names, unmasked, plain))
    return [next(values) if isinstance(c, FieldSpec) else c[1](record) for c in columns]


def export(
    spec: RegistrySpec,
    path: str | Path,
    actor: Actor,
    ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    *,
    unmasked: bool = False,
    columns: Sequence[FieldSpec | ExtraColumn] | None = None,
) -> ExportResult:
    """Write the records the actor may see (all, or `ids` in that order); returns how many, with
    notes on what Excel could not hold. `unmasked`: full ID numbers and phones, for those allowed
    to see them; audited. `columns`: what a list shows (its fields and computed columns, in its
    order) instead of the exchange columns, so the file reads like the list on the screen."""
    from openpyxl import Workbook

    if unmasked and not actor.may_see_sensitive:
        raise PermissionDeniedError(
            "只有管理员和领导可以导出完整的身份证号和电话；不加“不遮盖”即可导出遮盖后的数据。"
        )
    path = Path(path)
    fields = (
        spec.exchange_fields()
        if columns is None
        else [c if isinstance(c, FieldSpec) else FieldSpec(f"_extra{i}", c[0])
              for i, c in enumerate(columns)]
    )
    wanted = _visible_ids(spec, actor, ids)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(spec.label[:31])
    for index, field_spec in enumerate(fields, start=1):
        sheet.column_dimensions[column_letter(index)].width = width(field_spec)
    sheet.freeze_panes = "A2"
    sheet.append(_header(sheet, [f.label for f in fields]))
    names = ForeignNames()
    overflow = _Overflow()
    total = len(wanted)
    done = 0
    with guarded("导出"):
        for start in range(0, total, BATCH):
            chunk = wanted[start : start + BATCH]
            fetched = records.fetch(spec, chunk)
            for record_id in chunk:
                record = fetched.get(record_id)
                if record is None:  # deleted meanwhile
                    continue
                values = (
                    export_values(spec, record, actor, names, unmasked, fields)
                    if columns is None
                    else _shown_values(spec, record, actor, names, unmasked, columns)
                )
                sheet.append(_cells(sheet, fields, values, done + 2, overflow))
                done += 1
            if progress is not None and progress(min(start + len(chunk), total), total) is False:
                _discard(sheet)
                raise Cancelled("已取消导出，没有写出文件。")
    if overflow.rows:
        extra = workbook.create_sheet(C.OVERFLOW_SHEET)
        extra.append(_header(extra, ["行号", "列", "第几段", "内容"]))
        for line in overflow.rows:
            extra.append(line[:3] + [C.text_cell(extra, line[3])])
    save(workbook, path)
    if unmasked:
        _audit_unmasked(spec, actor, path, done)
    return ExportResult(done, overflow.notes)


def _audit_unmasked(spec: RegistrySpec, actor: Actor, path: Path, count: int) -> None:
    from officedesk.core import audit

    with guarded("记录"), write_transaction():
        audit.record(
            actor,
            "view",
            spec.name,
            None,
            None,
            {"用途": "不遮盖导出", "文件": path.name, "条数": count},
            f"以完整身份证号和电话导出{spec.label} {count} 条到 {path.name}",
        )


def _discard(sheet: Any) -> None:
    """Finish a write-only sheet that will not be saved, so its temp file closes cleanly."""
    with contextlib.suppress(Exception):
        sheet.close()
    with contextlib.suppress(Exception):
        os.remove(sheet.filename)
