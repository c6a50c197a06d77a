"""Export: the records an actor may see, one row each, in the columns of the registry's headers.

Every date, time and number is a typed cell (sortable and filterable in a spreadsheet); text is
always text; personal data is masked unless the administrator asks for it (audited). Records
are read a batch at a time (fetching.py) and streamed into the file (xlsx_stream.py): 100,000
rows in seconds, in flat memory."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officedesk.core import i18n, records, told_texts
from officedesk.core.actor import Actor
from officedesk.core.errors import PermissionDeniedError
from officedesk.core.fields import (
    BOOL,
    DATE,
    DATETIME,
    INT,
    PERCENT,
    FieldSpec,
    display,
    parse_date,
    parse_datetime,
)
from officedesk.core.registry import DetailSheet, RegistrySpec, ShownSheet
from officedesk.core.summary_texts import trail_text
from officedesk.exchange import cells as C
from officedesk.exchange import identity, stale, xlsx_stream
from officedesk.exchange.common import (
    BATCH,
    Cancelled,
    ForeignNames,
    Progress,
    foreign_key,
    width,
    workbook_path,
    write_error,
)
from officedesk.exchange.fetching import RecordFetcher
from officedesk.exchange.xlsx_stream import XlsxStream
from officedesk.store.db import guarded, write_transaction
from officedesk.store.file_guard import refuse_database_target


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


# an export hook's list of values for a sensitive column (a joint letter's petitioners): each
# masked as the column is, joined by this
LIST_SEPARATOR = "、"


class RowValues:
    """One record's values in the order of the headers (`fields`, by default the exchange
    columns): dates, times and numbers native, other columns text; sensitive fields masked
    unless `unmasked` (the caller checked the actor). How each column is found is decided once
    for the whole export, not per row."""

    def __init__(
        self,
        spec: RegistrySpec,
        actor: Actor,
        names: ForeignNames | None = None,
        unmasked: bool = False,
        fields: Sequence[FieldSpec] | None = None,
    ) -> None:
        self.spec, self.actor, self.unmasked = spec, actor, unmasked
        self.names = names or ForeignNames()
        self.fields = spec.exchange_fields() if fields is None else list(fields)
        self.hook = spec.export_row
        self.stored_columns = spec.model._meta.fields
        self.columns = [self._column(spec, f) for f in self.fields]
        # texts a clerk typed personal data into, told as the masked fields are (core.told_texts)
        self.told = [] if unmasked or spec.told is None else [
            (index, f.name) for index, f in enumerate(self.fields) if f.name in spec.told_texts]

    def _column(self, spec: RegistrySpec, field_spec: FieldSpec) -> tuple[Any, ...]:
        foreign = foreign_key(spec, field_spec)
        typed = field_spec.kind if field_spec.kind in C.TYPED_KINDS else None
        mode = _ANY
        if foreign is None and not field_spec.sensitive and typed is None:
            if self.hook is not None:
                mode = _HOOK_TEXT
            elif _plain_text(field_spec):
                mode = _STORED_TEXT
        return (mode, field_spec, field_spec.name, field_spec.label, foreign, typed)

    def __call__(self, record: Any) -> list[Any]:
        row = self.hook(record, self.actor) if self.hook is not None else None
        data = record.__data__  # the stored columns, without loading a referenced row
        unmasked, names, stored_columns = self.unmasked, self.names, self.stored_columns
        values: list[Any] = []
        append = values.append
        for mode, field_spec, name, label, foreign, typed in self.columns:
            if mode is _HOOK_TEXT and label in row:  # type: ignore[operator]
                value = row[label]  # type: ignore[index]
                append("" if value is None else value)
                continue
            if mode is _STORED_TEXT:
                stored = data.get(name)
                # what display() gives for plain text, without its checks
                append(stored if stored is None or type(stored) is str else display(field_spec, stored))
                continue
            if foreign is not None:
                if row is None:  # by the names loaded once, not a query a row
                    append(names.name(foreign.rel_model, data.get(name)))
                    continue
                stored = None
            elif name in data or name in stored_columns:
                stored = data.get(name)
            else:  # read from elsewhere (a 收文's 页数, its 目录 entry's: a property of the model)
                stored = getattr(record, name, None)
            if field_spec.sensitive and name in data:
                several = row.get(label) if row is not None else None
                if isinstance(several, list):  # each person's of a joint letter, in order
                    shown = [display(field_spec, v, unmasked) for v in several]
                    append(LIST_SEPARATOR.join(shown) if any(shown) else "")
                    continue
                append(display(field_spec, stored, unmasked))  # masking decided here, for all
                continue
            if typed is not None:
                native = C.typed_value(typed, stored)
                if native is None and row is not None:
                    given = row.get(label)
                    native = C.typed_value(typed, given) or _typed_from_text(field_spec, given)
                if native is not None:
                    append(native)
                    continue
            if row is not None and label in row:
                value = row[label]
                append("" if value is None else value)
            elif stored is None:
                append(None)
            else:
                append(display(field_spec, stored, unmasked))
        for index, name in self.told:
            values[index] = told_texts.told(self.spec, record, name, values[index])
        return values


# How RowValues finds a column: a hook's text, the stored text, or the whole decision.
_HOOK_TEXT, _STORED_TEXT, _ANY = "hook text", "stored text", "any"


def _plain_text(field_spec: FieldSpec) -> bool:
    """A column whose stored text display() shows as it is."""
    return field_spec.show is None and not field_spec.sensitive and field_spec.kind not in (BOOL, PERCENT)


def export_values(
    spec: RegistrySpec,
    record: Any,
    actor: Actor,
    names: ForeignNames | None = None,
    unmasked: bool = False,
    fields: Sequence[FieldSpec] | None = None,
) -> list[Any]:
    """One record's values as export writes them (see RowValues)."""
    return RowValues(spec, actor, names, unmasked, fields)(record)


def _column_kind(field_spec: FieldSpec) -> str:
    if field_spec.kind == PERCENT:
        return xlsx_stream.PERCENT
    return xlsx_stream.TYPED if field_spec.kind in C.TYPED_KINDS else xlsx_stream.TEXT


def _cut(text: str, field_spec: FieldSpec, row_number: int, overflow: _Overflow) -> str:
    """The beginning of a text longer than a cell; its parts go to the overflow sheet."""
    parts = C.split_long(text)
    for number, part in enumerate(parts, start=1):
        overflow.rows.append([row_number, field_spec.label, number, part])
    overflow.notes.append(
        f"第 {row_number} 行“{field_spec.label}”有 {len(text)} 字，超过 Excel 单元格"
        f" {C.EXCEL_CELL_LIMIT} 字的上限：表中只放开头，全文分 {len(parts)} 段放在"
        f"“{C.OVERFLOW_SHEET}”表。"
    )
    return C.shortened(text)


# A column a list computes (warning light, step …): its title and its text for a record.
ExtraColumn = tuple[str, Callable[[Any], Any]]


class _ShownValues:
    """One record's cells for the columns a list shows, in its order, masked as it masks."""

    def __init__(self, values: RowValues, columns: Sequence[FieldSpec | ExtraColumn]) -> None:
        self.values, self.columns = values, list(columns)

    def __call__(self, record: Any) -> list[Any]:
        values = iter(self.values(record))
        return [next(values) if isinstance(c, FieldSpec) else c[1](record) for c in self.columns]


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
    order) instead of the exchange columns, so the file reads like the list on the screen.
    Records are read and written a batch at a time, so memory stays flat whatever their number;
    `progress(done, total)` follows each batch, and returning False (or raising) cancels: then
    no file is left."""
    if unmasked and not spec.sees_whole(actor):
        if spec.may_unmask is not None:  # the registry says who (效能投诉: who handle complaints)
            raise PermissionDeniedError(i18n.text(
                "您的账号不能导出完整的%1；不加“不遮盖”即可导出遮盖后的数据。",
                "、".join(f.label for f in spec.fields if f.sensitive)))
        raise PermissionDeniedError(
            "只有管理员和领导可以导出完整的身份证号和电话；不加“不遮盖”即可导出遮盖后的数据。"
        )
    path = workbook_path(path)
    names = ForeignNames()
    row_values: Callable[[Any], list[Any]]
    with guarded("导出"):
        # every export says which office made it and when (the last audit entry, taken before
        # the records are read: a change made meanwhile counts as later), so an import --update
        # of it, whole register or a list's columns, refuses a row that would undo a later
        # change (stale.py)
        custom = identity.custom_properties(identity.office_id(create=True) or "",
                                            stale.audit_mark())
    if columns is None:
        # each row ends with its record's id, which only an import into this office uses
        # (identity.py): the workbook says which office that is
        fields = [*spec.exchange_fields(), FieldSpec("_record_id", identity.RECORD_ID, kind=INT)]
        values = RowValues(spec, actor, names, unmasked, fields[:-1])
        row_values = lambda record: [*values(record), record.id]  # noqa: E731
    else:
        fields = [
            c if isinstance(c, FieldSpec) else FieldSpec(f"_extra{i}", c[0])
            for i, c in enumerate(columns)
        ]
        declared = [c for c in columns if isinstance(c, FieldSpec)]
        row_values = _ShownValues(RowValues(spec, actor, names, unmasked, declared), columns)
    # given ids keep their order; the fetch leaves out those the actor may not see
    wanted = records.list_ids(spec, actor) if ids is None else list(ids)
    fetcher = RecordFetcher(spec, actor)
    overflow = _Overflow()
    # the records' sub-records (a 督查事项's tasks), on their own sheet: only with the exchange
    # columns, which import reads back; of the records written, so of what the actor may see
    detail = spec.detail_sheet if columns is None else None
    detail_rows: list[list[Any]] = []
    # and beside them what is there to read only (a 督查事项's 反馈记录), of the same records
    shown = spec.shown_sheets if columns is None else ()
    shown_rows: list[list[list[Any]]] = [[] for _ in shown]
    total = len(wanted)
    done = 0
    book = _open_book(path, custom, private=unmasked)  # unmasked: the owner's alone
    try:
        sheet = book.sheet(
            spec.label,
            [width(f) for f in fields],
            [_column_kind(f) for f in fields],
            lambda index, text, row: _cut(text, fields[index], row, overflow),
        )
        sheet.header([f.label for f in fields])
        with guarded("导出"):
            for start in range(0, total, BATCH):
                chunk = wanted[start : start + BATCH]
                fetched = fetcher.fetch(chunk)
                written = []
                for record_id in chunk:
                    record = fetched.get(record_id)
                    if record is None:  # above the actor's clearance, or deleted meanwhile
                        continue
                    sheet.row(row_values(record))
                    written.append(record)
                    done += 1
                if detail is not None and written:
                    detail_rows += detail.rows(written)
                for sheet_rows, extra_sheet in zip(shown_rows, shown, strict=True):
                    if written:
                        sheet_rows += _masked(extra_sheet.fields, extra_sheet.rows(written), unmasked)
                if progress is not None and progress(min(start + len(chunk), total), total) is False:
                    raise Cancelled("已取消导出，没有写出文件。")
        if detail is not None:
            _detail_sheet(book, detail, detail_rows, overflow)
        for extra_sheet, sheet_rows in zip(shown, shown_rows, strict=True):
            _detail_sheet(book, extra_sheet, sheet_rows, overflow)
        if overflow.rows:
            extra = book.sheet(
                C.OVERFLOW_SHEET,
                [8.0, 16.0, 8.0, 60.0],
                [xlsx_stream.TYPED, xlsx_stream.TEXT, xlsx_stream.TYPED, xlsx_stream.TEXT],
            )
            extra.header(["行号", "列", "第几段", "内容"])
            for line in overflow.rows:
                extra.row(line)
        with _writing(path):
            book.finish()
    except BaseException:
        book.discard()
        raise
    if unmasked:
        _audit_unmasked(spec, actor, path, done)
    return ExportResult(done, overflow.notes)


def _masked(fields: list[FieldSpec], rows: list[list[Any]], unmasked: bool) -> list[list[Any]]:
    """A sheet's rows with its sensitive columns masked, as the records' (unless `unmasked`)."""
    sensitive = [(index, f) for index, f in enumerate(fields) if f.sensitive]
    for row in rows if sensitive else ():
        for index, field_spec in sensitive:
            if row[index] is not None:
                row[index] = display(field_spec, row[index], unmasked)
    return rows


def _detail_sheet(book: XlsxStream, detail: DetailSheet | ShownSheet, rows: list[list[Any]],
                  overflow: _Overflow) -> None:
    """The sub-records' sheet (or one to read beside it); a text longer than a cell is cut
    there, and the clerk told."""

    def cut(index: int, text: str, row: int) -> str:
        overflow.notes.append(f"“{detail.label}”表第 {row} 行“{detail.fields[index].label}”有"
                              f" {len(text)} 字，超过 Excel 单元格的上限：表中只放开头。")
        return C.shortened(text)

    sheet = book.sheet(detail.label, [width(f) for f in detail.fields],
                       [_column_kind(f) for f in detail.fields], cut)
    sheet.header([f.label for f in detail.fields])
    for values in rows:
        sheet.row(values)


def _open_book(path: Path, custom: str | None = None, private: bool = False) -> XlsxStream:
    """The workbook, written beside `path`. A target that cannot be written (a folder without
    the right, the file open in Excel) is said now, not after the whole export."""
    refuse_database_target(path)
    with _writing(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            with path.open("ab"):  # Windows refuses this while Excel or WPS has the file open
                pass
        return XlsxStream(path, custom, private)


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:  # PermissionError too
        raise write_error(path, exc) from exc


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
            trail_text("以完整身份证号和电话导出%1 %2 条到 %3", spec.label, count, path.name),
        )
