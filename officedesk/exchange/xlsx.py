"""Excel (xlsx) templates, export and import for any registry, driven by its field declarations.

The headers are the Chinese labels of `spec.exchange_fields()`, the same words the form shows
and `add` takes. Import checks every row first and reports each bad one with its row number,
column and reason; it writes nothing unless every row is good (or the caller chose to skip the
bad rows), all in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.errors import DatabaseError, OfficeDeskError, ValidationError
from officedesk.core.fields import (
    BOOL,
    DATE,
    DATETIME,
    INT,
    LONGTEXT,
    PERCENT,
    FieldSpec,
    display,
    parse_value,
)
from officedesk.core.registry import RegistrySpec
from officedesk.store.db import database, guarded, write_transaction

Progress = Callable[[int, int], Any]  # (done, total); returning False cancels


class Cancelled(OfficeDeskError):
    """The user stopped an import or export: nothing was written."""


TEMPLATE_ROWS = 2000  # rows that carry the drop-down lists in a template
BATCH = 500

_KIND_HINTS = {
    DATE: "日期，如 2026-12-03 或 2026年12月3日",
    DATETIME: "时间，如 2026-12-03 09:00",
    INT: "整数",
    PERCENT: "0 到 100 的整数",
    BOOL: "填“是”或“否”",
    LONGTEXT: "文字，可以较长",
}


# ---------------------------------------------------------------- helpers


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _width(spec: FieldSpec) -> float:
    """Excel column width (characters) from the field's list width (pixels)."""
    return max(8.0, min(60.0, spec.width / 7.0))


def _foreign_key(spec: RegistrySpec, field_spec: FieldSpec) -> peewee.ForeignKeyField | None:
    model_field = spec.model._meta.fields.get(field_spec.name)
    return model_field if isinstance(model_field, peewee.ForeignKeyField) else None


def _title_column(model: Any) -> str:
    from officedesk.core import registry

    for other in registry.all_registries():
        if other.model is model:
            return other.title_field
    return "name" if "name" in model._meta.fields else "id"


class _ForeignNames:
    """Names of referenced rows (a person's 单位), loaded once per export instead of per row."""

    def __init__(self) -> None:
        self._maps: dict[Any, dict[int, str]] = {}

    def name(self, model: Any, key: Any) -> str:
        if key is None:
            return ""
        names = self._maps.get(model)
        if names is None:
            column = getattr(model, _title_column(model))
            names = {
                row_id: str(text or "") for row_id, text in model.select(model.id, column).tuples()
            }
            self._maps[model] = names
        return names.get(key, "")


def hint(field_spec: FieldSpec) -> str:
    """What a clerk should type in a column: shown as the header's comment and on the 说明 sheet."""
    parts = ["必填" if field_spec.required else "选填"]
    choices = field_spec.choice_list() if field_spec.choices else []
    if choices and not field_spec.free_choice:
        parts.append("只能是：" + "、".join(choices))
    elif field_spec.completer == "units":
        parts.append("填通讯录中已有的单位名称或简称")
    elif choices:
        parts.append("可选：" + "、".join(choices[:12]) + ("……" if len(choices) > 12 else ""))
    if field_spec.kind in _KIND_HINTS:
        parts.append(_KIND_HINTS[field_spec.kind])
    if field_spec.max_length:
        parts.append(f"最多 {field_spec.max_length} 个字")
    if field_spec.placeholder:
        parts.append(field_spec.placeholder)
    return "；".join(parts)


# ---------------------------------------------------------------- template


def write_template(spec: RegistrySpec, path: str | Path) -> Path:
    """An empty sheet to fill in: the headers, a drop-down for choice fields, hints as comments,
    text-formatted columns (so ID and phone numbers stay as typed), widths, a frozen header, and a
    说明 sheet that explains every column."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    fields = spec.exchange_fields()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = spec.label[:31]
    options = workbook.create_sheet("选项")
    notes = workbook.create_sheet("说明")
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    option_column = 0
    for index, field_spec in enumerate(fields, start=1):
        letter = _column_letter(index)
        cell = sheet.cell(row=1, column=index, value=field_spec.label)
        cell.font = Font(bold=True, color="C00000" if field_spec.required else "000000")
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.comment = Comment(hint(field_spec), "OfficeDesk", width=260, height=110)
        sheet.column_dimensions[letter].width = _width(field_spec)
        if field_spec.kind not in (INT, PERCENT, DATE, DATETIME):
            sheet.column_dimensions[letter].number_format = "@"
        choices = field_spec.choice_list() if field_spec.choices else []
        if choices:
            option_column += 1
            option_letter = _column_letter(option_column)
            options.cell(row=1, column=option_column, value=field_spec.label)
            for row, choice in enumerate(choices, start=2):
                options.cell(row=row, column=option_column, value=choice)
            validation = DataValidation(
                type="list",
                formula1=f"'选项'!${option_letter}$2:${option_letter}${len(choices) + 1}",
                allow_blank=True,
                showErrorMessage=not field_spec.free_choice,
                errorTitle="请从列表中选择",
                error=f"“{field_spec.label}”只能是：{'、'.join(choices)}"[:255],
            )
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            sheet.add_data_validation(validation)
    options.sheet_state = "hidden"
    sheet.freeze_panes = "A2"
    notes.append(["列", "说明"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for field_spec in fields:
        notes.append([field_spec.label, hint(field_spec)])
    notes.append([])
    notes.append(
        ["", f"第一张表“{sheet.title}”的第一行是列标题，请勿改动；从第二行起每行一条{spec.label}。"]
    )
    notes.append(["", "红色标题为必填项。导入前可先“试导入”检查，有问题的行会列出行号、列和原因。"])
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["B"].width = 90
    workbook.active = 0
    _save(workbook, path)
    return path


def _save(workbook: Any, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(str(path))
    except PermissionError as exc:
        raise ValidationError(
            f"无法写入“{path}”：没有权限，或文件正被 Excel/WPS 打开。请关闭它或换一个位置。"
        ) from exc
    except OSError as exc:
        raise ValidationError(
            f"无法写入“{path}”：{exc.strerror or exc}。请检查位置和磁盘空间。"
        ) from exc


# ---------------------------------------------------------------- export


def _visible_ids(spec: RegistrySpec, actor: Actor, ids: Sequence[int] | None) -> list[int]:
    if ids is None:
        return records.list_ids(spec, actor)
    wanted = list(ids)
    visible: set[int] = set()
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        visible.update(records.list_ids(spec, actor, [records.Filter("id", "in", chunk)]))
    return [record_id for record_id in wanted if record_id in visible]


def _native(field_spec: FieldSpec, value: Any) -> bool:
    if field_spec.sensitive:
        return False
    if field_spec.kind == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    return field_spec.kind in (DATE, DATETIME) and isinstance(value, dt.date)


def export_values(
    spec: RegistrySpec, record: Any, actor: Actor, names: _ForeignNames | None = None
) -> list[Any]:
    """One record's cells, in the order of the headers; sensitive fields masked unless allowed."""
    fields = spec.exchange_fields()
    if spec.export_row is not None:
        row = spec.export_row(record, actor)
        return [row.get(f.label, "") for f in fields]
    names = names or _ForeignNames()
    unmasked = actor.may_see_sensitive
    cells: list[Any] = []
    for field_spec in fields:
        foreign = _foreign_key(spec, field_spec)
        if foreign is not None:
            cells.append(names.name(foreign.rel_model, record.__data__.get(field_spec.name)))
            continue
        value = getattr(record, field_spec.name, None)
        if value is None:
            cells.append(None)
        elif _native(field_spec, value):
            cells.append(value)  # numbers and dates stay numbers and dates in Excel
        else:
            cells.append(display(field_spec, value, unmasked))
    return cells


# A column a list computes (warning light, step…): its title and its text for a record.
ExtraColumn = tuple[str, Callable[[Any], Any]]


def _shown_cells(
    spec: RegistrySpec, record: Any, actor: Actor, names: _ForeignNames,
    columns: Sequence[FieldSpec | ExtraColumn],
) -> list[Any]:
    """One record's cells for the columns a list shows, masked as the list masks them."""
    row = spec.export_row(record, actor) if spec.export_row is not None else {}
    unmasked = actor.may_see_sensitive
    cells: list[Any] = []
    for column in columns:
        if not isinstance(column, FieldSpec):
            cells.append(column[1](record))
        elif column.label in row:
            cells.append(row[column.label])
        elif (foreign := _foreign_key(spec, column)) is not None:
            cells.append(names.name(foreign.rel_model, record.__data__.get(column.name)))
        else:
            value = getattr(record, column.name, None)
            native = value is not None and _native(column, value)
            cells.append(value if value is None or native else display(column, value, unmasked))
    return cells


def export(
    spec: RegistrySpec,
    path: str | Path,
    actor: Actor,
    ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    columns: Sequence[FieldSpec | ExtraColumn] | None = None,
) -> int:
    """Write the records the actor may see (all, or `ids` in that order); returns how many.

    `columns`: what a list shows (its fields and computed columns, in its order) instead of
    the import/export columns; the file then reads like the list on the screen."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    path = Path(path)
    shown = list(columns) if columns is not None else None
    fields = (
        [c if isinstance(c, FieldSpec) else FieldSpec(f"_extra{i}", c[0]) for i, c in enumerate(shown)]
        if shown is not None
        else spec.exchange_fields()
    )
    wanted = _visible_ids(spec, actor, ids)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(spec.label[:31])
    for index, field_spec in enumerate(fields, start=1):
        sheet.column_dimensions[_column_letter(index)].width = _width(field_spec)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    header = []
    for field_spec in fields:
        cell = WriteOnlyCell(sheet, value=field_spec.label)
        cell.font, cell.fill = bold, fill
        header.append(cell)
    sheet.append(header)
    date_columns = {i for i, f in enumerate(fields) if f.kind in (DATE, DATETIME)}
    names = _ForeignNames()
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
                cells = (
                    export_values(spec, record, actor, names)
                    if shown is None
                    else _shown_cells(spec, record, actor, names, shown)
                )
                if date_columns:
                    cells = [
                        _dated_cell(sheet, value, fields[i].kind) if i in date_columns else value
                        for i, value in enumerate(cells)
                    ]
                sheet.append(cells)
                done += 1
            if progress is not None and progress(min(start + len(chunk), total), total) is False:
                _discard(sheet)
                raise Cancelled("已取消导出，没有写出文件。")
    _save(workbook, path)
    return done


def _discard(sheet: Any) -> None:
    """Finish a write-only sheet that will not be saved, so its temp file closes cleanly."""
    with contextlib.suppress(Exception):
        sheet.close()
    with contextlib.suppress(Exception):
        os.remove(sheet.filename)


def _dated_cell(sheet: Any, value: Any, kind: str) -> Any:
    if not isinstance(value, dt.date):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = "yyyy-mm-dd hh:mm" if kind == DATETIME else "yyyy-mm-dd"
    return cell


# ---------------------------------------------------------------- reading


@dataclass
class Sheet:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number as Excel shows it, cell values)


def normalise(value: Any) -> Any:
    """Same values whichever reader: ints not floats, dates without a midnight time, no blanks."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, dt.datetime):
        value = value.replace(microsecond=0, tzinfo=None)
        return value.date() if value.time() == dt.time(0, 0) else value
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        return str(value)
    return value


def _broken(path: Path) -> ValidationError:
    return ValidationError(
        f"无法读取“{path.name}”：它不是有效的 Excel 工作簿（.xlsx），或文件已损坏。"
        "请用 Excel 或 WPS 打开后“另存为”.xlsx 格式再导入。"
    )


def _raw_rows(path: Path) -> Iterable[Sequence[Any]]:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        CalamineWorkbook = None  # noqa: N806
    if CalamineWorkbook is not None:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        return sheet.to_python(skip_empty_area=False)
    from openpyxl import load_workbook

    workbook = load_workbook(str(path), read_only=True, data_only=True)
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(min_row=1, values_only=True)]
    finally:
        workbook.close()


def read_rows(path: str | Path) -> Sheet:
    """The first sheet: its header row and the non-empty rows below, values normalised."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(f"找不到文件“{path}”。")
    if path.is_dir():
        raise ValidationError(f"“{path}”是文件夹，请选择一个 .xlsx 文件。")
    try:
        raw = _raw_rows(path)
    except PermissionError as exc:
        raise ValidationError(f"无法读取“{path.name}”：没有权限。") from exc
    except Exception as exc:  # each reader has its own errors for a broken or foreign file
        raise _broken(path) from exc
    rows_iter = iter(raw)
    header_row = next(rows_iter, None)
    headers = [("" if h is None else str(normalise(h) or "")) for h in (header_row or [])]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise ValidationError(f"“{path.name}”的第一行没有列标题。请用“下载模板”得到的表格填写。")
    rows: list[tuple[int, list[Any]]] = []
    for number, row in enumerate(rows_iter, start=2):
        values = [normalise(v) for v in row]
        if any(v is not None for v in values):
            rows.append((number, values))
    return Sheet(headers, rows)


# ---------------------------------------------------------------- import


@dataclass(frozen=True)
class RowProblem:
    row: int  # as Excel numbers it (the header is row 1)
    column: str  # the header, or "" for the row as a whole
    reason: str

    def __str__(self) -> str:
        where = f"第 {self.row} 行"
        if self.column:
            where += f"，“{self.column}”列"
        return f"{where}：{self.reason}"


@dataclass
class ImportReport:
    registry: str
    label: str
    dry_run: bool = False
    total: int = 0  # data rows that were not empty
    imported: int = 0  # written (or, on a dry run, that would be)
    skipped: int = 0  # bad rows left out (skip_bad)
    ids: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    unknown_headers: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)  # system-assigned: not imported

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        bad_rows = len({p.row for p in self.problems if p.row > 1})
        if self.dry_run:
            if self.ok:
                return f"试导入：共 {self.total} 行{self.label}，全部可以导入（未写入数据库）。"
            return (
                f"试导入：共 {self.total} 行{self.label}，{bad_rows} 行有问题"
                f"（未写入数据库）。请改正后再导入。"
            )
        if self.ok:
            return f"已导入 {self.imported} 条{self.label}。"
        if self.imported:
            return f"已导入 {self.imported} 条{self.label}，跳过 {self.skipped} 行有问题的行。"
        return (
            f"共 {self.total} 行，{bad_rows} 行有问题，没有导入任何数据。"
            "请改正后重新导入，或选择跳过有问题的行。"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "registry": self.registry,
            "dry_run": self.dry_run,
            "total": self.total,
            "imported": self.imported,
            "skipped": self.skipped,
            "ids": self.ids,
            "unknown_headers": self.unknown_headers,
            "ignored_columns": self.ignored_columns,
            "problems": [
                {"row": p.row, "column": p.column, "reason": p.reason} for p in self.problems
            ],
        }


def _column_label(spec: RegistrySpec, name: str | None) -> str:
    if not name:
        return ""
    for field_spec in spec.fields:
        if name in (field_spec.name, field_spec.label):
            return field_spec.label
    return name


def _integrity_reason(spec: RegistrySpec, exc: Exception) -> tuple[str, str]:
    text = str(exc)
    lowered = text.lower()
    for field_spec in spec.fields:
        if f".{field_spec.name}" in lowered or f"({field_spec.name})" in lowered:
            if "unique" in lowered or "duplicate" in lowered:
                return field_spec.label, f"“{field_spec.label}”与已有记录重复。"
            return field_spec.label, f"“{field_spec.label}”不符合数据库的要求：{text}"
    if "unique" in lowered or "duplicate" in lowered:
        return "", "与已有记录重复。"
    return "", f"数据库拒绝了这一行：{text}"


def _map_columns(
    spec: RegistrySpec, headers: list[str], report: ImportReport
) -> list[FieldSpec | None]:
    mapped: list[FieldSpec | None] = []
    seen: dict[str, str] = {}
    for header in headers:
        label = header.strip().rstrip("*＊").strip()
        if not label:
            mapped.append(None)
            continue
        try:
            field_spec = spec.by_label(label)
        except ValidationError:
            report.unknown_headers.append(label)
            mapped.append(None)
            continue
        if field_spec.name in seen:
            report.problems.append(
                RowProblem(1, label, f"“{field_spec.label}”这一列出现了两次，请删去一列。")
            )
            mapped.append(None)
            continue
        seen[field_spec.name] = label
        if spec.create_hook is None and (
            not field_spec.editable or field_spec.name == spec.number_field
        ):
            report.ignored_columns.append(field_spec.label)
            mapped.append(None)
            continue
        mapped.append(field_spec)
    known = "、".join(f.label for f in spec.exchange_fields())
    for label in report.unknown_headers:
        report.problems.append(
            RowProblem(1, label, f"{spec.label}没有“{label}”这一项；可用的列是：{known}。")
        )
    for field_spec in spec.fields:
        if (
            field_spec.required
            and field_spec.editable
            and field_spec.name != spec.number_field
            and field_spec.default_value() is None
            and field_spec.name not in seen
        ):
            report.problems.append(
                RowProblem(1, field_spec.label, f"缺少必填列“{field_spec.label}”。")
            )
    return mapped


def import_file(
    spec: RegistrySpec,
    path: str | Path,
    actor: Actor,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row and import them in one transaction; see ImportReport.summary()."""
    records.require_writer(actor)
    sheet = read_rows(path)
    report = ImportReport(spec.name, spec.label, dry_run=dry_run)
    columns = _map_columns(spec, sheet.headers, report)
    header_problems = bool(report.problems)
    if header_problems and not skip_bad:
        report.total = len(sheet.rows)
        return report
    total = len(sheet.rows)
    with guarded("导入"), write_transaction() as transaction:
        for done, (number, values) in enumerate(sheet.rows, start=1):
            raw: dict[str, Any] = {}
            for index, field_spec in enumerate(columns):
                if field_spec is not None and index < len(values) and values[index] is not None:
                    raw[field_spec.label] = values[index]
            if not raw:
                continue
            report.total += 1
            record = _import_row(spec, raw, actor, number, report)
            if record is None:
                report.skipped += 1
            else:
                report.imported += 1
                report.ids.append(record.id)
            if (
                progress is not None
                and (done % 100 == 0 or done == total)
                and progress(done, total) is False
            ):
                raise Cancelled("已取消导入，没有写入任何数据。")
        keep = not dry_run and (skip_bad or not report.problems)
        if not keep:
            transaction.rollback()
            if not dry_run:
                report.ids = []
                report.imported = 0
                report.skipped = report.total
    if dry_run:
        report.ids = []
    return report


def _import_row(
    spec: RegistrySpec, raw: dict[str, Any], actor: Actor, number: int, report: ImportReport
) -> Any:
    """Check the row field by field (every bad cell is reported), then create it in a savepoint."""
    bad = False
    for label, value in raw.items():
        try:
            parse_value(spec.by_label(label), value)
        except ValidationError as exc:
            report.problems.append(RowProblem(number, label, exc.message))
            bad = True
    if bad:
        return None
    try:
        with database.atomic():  # a savepoint: a refused row leaves nothing behind
            if spec.create_hook is not None:
                return spec.create_hook(raw, actor)
            return records.create(spec, raw, actor)
    except DatabaseError:
        raise
    except ValidationError as exc:
        report.problems.append(RowProblem(number, _column_label(spec, exc.field), exc.message))
    except OfficeDeskError as exc:
        report.problems.append(RowProblem(number, "", exc.message))
    except peewee.IntegrityError as exc:
        column, reason = _integrity_reason(spec, exc)
        report.problems.append(RowProblem(number, column, reason))
    return None
