"""The export as it was before the streaming writer, kept as the bench's naive baseline:
visible ids checked 500 at a time, records read by `records.fetch` (peewee objects), each
row's values by the old `export_values` (copied here), and openpyxl's write-only sheet building a cell object per
value. Same sheet, header style, widths, frozen header and typed cells (over-long texts are
not split here: the bench has none)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.fields import DATE, DATETIME, FieldSpec, display, parse_date, parse_datetime
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import cells as C
from officedesk.exchange.cells import column_letter
from officedesk.exchange.common import BATCH, ForeignNames, foreign_key, width


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


def _visible_ids(spec: RegistrySpec, actor: Actor, ids: Sequence[int] | None) -> list[int]:
    if ids is None:
        return records.list_ids(spec, actor)
    wanted = list(ids)
    visible: set[int] = set()
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        visible.update(records.list_ids(spec, actor, [records.Filter("id", "in", chunk)]))
    return [record_id for record_id in wanted if record_id in visible]


def _text_cell(sheet: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell

    escaped = C.escape_text(text)
    if not C.is_risky(text):
        return escaped
    cell = WriteOnlyCell(sheet, value=None)
    cell._value = escaped  # not the value setter: it would make "=…" a formula
    cell.data_type = "s"
    cell.number_format = "@"
    cell.quotePrefix = True
    return cell


def _typed_cell(sheet: Any, kind: str, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = {"date": C.DATE_FORMAT, "datetime": C.DATETIME_FORMAT}.get(
        kind, C.PERCENT_FORMAT if kind == "percent" else "General"
    )
    return cell


def export(spec: RegistrySpec, path: str | Path, actor: Actor, ids: Sequence[int] | None = None) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    fields = spec.exchange_fields()
    wanted = _visible_ids(spec, actor, ids)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(spec.label[:31])
    for index, field_spec in enumerate(fields, start=1):
        sheet.column_dimensions[column_letter(index)].width = width(field_spec)
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    header = []
    for field_spec in fields:
        cell = WriteOnlyCell(sheet, value=field_spec.label)
        cell.font, cell.fill = bold, fill
        header.append(cell)
    sheet.append(header)
    names = ForeignNames()
    done = 0
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        fetched = records.fetch(spec, chunk)
        for record_id in chunk:
            record = fetched.get(record_id)
            if record is None:
                continue
            cells: list[Any] = []
            for field_spec, value in zip(fields, export_values(spec, record, actor, names), strict=True):
                if value is None or value == "":
                    cells.append(None)
                    continue
                if field_spec.kind in C.TYPED_KINDS and not isinstance(value, str):
                    native = C.typed_value(field_spec.kind, value)
                    if native is not None:
                        cells.append(_typed_cell(sheet, field_spec.kind, native))
                        continue
                cells.append(_text_cell(sheet, value if isinstance(value, str) else str(value)))
            sheet.append(cells)
            done += 1
    workbook.save(str(path))
    return done
