"""The header row of an imported sheet: its columns mapped to fields, and when the headers are
not where the import reads them (a title row above them, a 说明 sheet in front), the place
where they are, so that the clerk is told what to move rather than a list of missing columns."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from officedesk.core.errors import ValidationError
from officedesk.core.fields import FieldSpec
from officedesk.core.i18n import Text, text
from officedesk.core.registry import RegistrySpec
from officedesk.exchange import header_aliases
from officedesk.exchange.cells import column_letter
from officedesk.exchange.identity import RECORD_ID
from officedesk.exchange.reading import Sheet, peek_other_sheets
from officedesk.exchange.report import UNREAD_LABELS, ImportReport, RowProblem, cell_words

LOOK_ROWS = 5  # rows of a sheet looked at for headers pushed down by title rows


def _label(header: Any) -> str:
    return str(header or "").strip().rstrip("*＊").strip()


def unread_label(label: str) -> str | None:
    """The known unread column a header names (“序 号” as “序号”), or None."""
    compact = "".join(label.split())
    return compact if compact in UNREAD_LABELS else None


def map_columns(
    spec: RegistrySpec, sheet: Sheet, report: ImportReport, updating: bool
) -> list[FieldSpec | None]:
    """The field of each column (None: not imported); header problems go to the report."""
    mapped: list[FieldSpec | None] = []
    seen: dict[str, str] = {}
    for header in sheet.headers:
        label = _label(header)
        if not label or label == RECORD_ID:  # the record an export row came from: identity.py
            mapped.append(None)
            continue
        field_spec: FieldSpec | None
        try:
            field_spec = spec.by_label(label)
        except ValidationError:
            field_spec = header_aliases.field_for(spec, label)  # 来文单位: the clerk's 来文机关
        if field_spec is None:
            unread = unread_label(label)
            if unread is not None:  # 序号: the sheet's own row numbers, not the registry's
                report.unread_columns.append(unread)
                mapped.append(None)
                continue
            report.unknown_headers.append(label)
            mapped.append(None)
            continue
        if field_spec.name in seen:
            first = seen[field_spec.name]
            report.add(RowProblem(1, label, text("“%1”这一列出现了两次，请删去一列。", field_spec.label)
                                  if first == label else
                                  text("“%1”列和“%2”列都是%3的“%4”，请删去一列。", first, label, spec.label,
                                       field_spec.label)))
            mapped.append(None)
            continue
        seen[field_spec.name] = label
        if label != field_spec.label and label != field_spec.name:
            report.read_as.append((label, field_spec.label))
        is_number = field_spec.name == spec.number_field
        if not is_number and not field_spec.editable and spec.create_hook is None:
            report.ignored_columns.append(field_spec.label)
            report.unread_columns.append(field_spec.label)
            mapped.append(None)
            continue
        if is_number and spec.create_hook is None and not updating:
            report.ignored_columns.append(field_spec.label)
            report.unread_columns.append(field_spec.label)
            mapped.append(None)
            continue
        if updating and not is_number and field_spec not in spec.exchange_fields():
            report.not_updated.append(field_spec.label)  # edited.diff compares export's columns
        mapped.append(field_spec)
    for column, where in sheet.header_merges:  # the cause of the columns it hides: said first
        header = _label(sheet.headers[column]) if column < len(sheet.headers) else ""
        report.add(RowProblem(1, header, text(
            "合并单元格 %1 把几列的列标题合成了一格，遮住了其余各列的列标题，导入不能判断这些列"
            "是哪一项。请取消合并，在每一列的第 1 行分别填写列标题（可用导入模板）后再导入。", where)))
    known = [f.label for f in spec.exchange_fields()]
    where = text("工作表“%1”", sheet.name) if sheet.name else text("第一个工作表")
    for label in report.unknown_headers:
        report.add(
            RowProblem(1, label, text("%1没有“%2”这一项；可用的列是：%3。", spec.label, label, known))
        )
    if not updating:  # an update changes only the columns given
        for field_spec in spec.fields:
            if (
                field_spec.required
                and field_spec.editable
                and field_spec.name != spec.number_field
                and field_spec.default_value() is None
                and field_spec.name not in seen
            ):
                report.add(
                    RowProblem(
                        1,
                        field_spec.label,
                        text("%1的第一行缺少必填列“%2”。", where, field_spec.label) if report.header_row == 1
                        else text("%1的列标题（第 %2 行）缺少必填列“%3”。", where, report.header_row,
                                  field_spec.label),
                    )
                )
    return mapped


def _known(spec: RegistrySpec, cells: list[Any]) -> int:
    """How many of the cells are this registry's column titles."""
    labels = ({f.label for f in spec.exchange_fields()} | {f.label for f in spec.fields}
              | header_aliases.known_titles(spec))
    return sum(1 for cell in cells if _label(cell) in labels)


def _header_like(spec: RegistrySpec, cells: list[Any], than: int) -> bool:
    """A row that carries the template's headers: two or more of them, more than the row the
    import read, and they are most of what the row holds."""
    filled = [cell for cell in cells if _label(cell)]
    known = _known(spec, filled)
    return known >= 2 and known > than and known * 2 >= len(filled)


def lower_header_row(spec: RegistrySpec, sheet: Sheet) -> int | None:
    """The row (as Excel numbers it) that carries the headers when the first row does not —
    a title row (2026年收文登记簿) or an empty row above the table —, or None."""
    than = _known(spec, sheet.headers)
    for number, values in sheet.rows:
        if number > LOOK_ROWS + 1:
            break
        if _header_like(spec, values, than):
            return number
    return None


def rows_above(sheet: Sheet, head: int) -> list[tuple[int, str]]:
    """The rows above the header row `head` that hold something (a title): (row, its words)."""
    found = [(1, sheet.headers)] + [(number, values) for number, values in sheet.rows if number < head]
    return [(number, "　".join(cell_words(cell, 30) for cell in values if _label(cell)))
            for number, values in found if any(_label(cell) for cell in values)]


def placement_hint(spec: RegistrySpec, sheet: Sheet, path: str | Path) -> Text | None:
    """Where the headers are when the first sheet does not carry them (lower down they are
    read there: lower_header_row): on another worksheet. None: nowhere else either."""
    than = _known(spec, sheet.headers)
    for name, rows in peek_other_sheets(path, LOOK_ROWS, sheet.index):
        for number, values in enumerate(rows, start=1):
            if _header_like(spec, values, than):
                first = text("“%1”", sheet.name) if sheet.name else ""
                if number == 1:
                    return text("列标题在工作表“%1”中，而导入只读第一个工作表%2：请把工作表“%1”移到最前面"
                                "（或删去它前面的工作表），再导入。", name, first)
                return text("列标题在工作表“%1”第 %2 行中，而导入只读第一个工作表%3：请把工作表“%1”移到"
                            "最前面（或删去它前面的工作表），并删去列标题上方的行，再导入。", name, number, first)
    return None


_TOTAL_WORDS = frozenset(("合计", "总计", "小计", "共计"))
_COUNT = re.compile(r"^共?\s*[0-9]+(\.[0-9]+)?\s*[件份人条次个项批]?$")


def totals_row(values: list[Any]) -> bool:
    """A 合计 row under a clerk's table (合计, then counts or nothing): not a record."""
    first = next((value for value in values if value is not None), None)
    if not isinstance(first, str) or "".join(first.split()).rstrip("：:") not in _TOTAL_WORDS:
        return False
    rest = [value for value in values if value is not None and value is not first]
    return all(isinstance(value, int | float) and not isinstance(value, bool)
               or isinstance(value, str) and _COUNT.match(value.strip()) for value in rest)


def headless_check(sheet: Sheet) -> Callable[[int, list[Any]], RowProblem | None]:
    """A row's problem when it holds something in a column without a header (typed right of
    the last one, or under an empty header cell): never imported, so never silently dropped."""
    width = len(sheet.headers)
    empty = [at for at, header in enumerate(sheet.headers) if not _label(header)]

    def check(number: int, values: list[Any]) -> RowProblem | None:
        found = [at for at in empty if at < len(values) and values[at] is not None]
        found += [width + at for at, value in enumerate(values[width:]) if value is not None]
        if not found:
            return None
        # the column is named like any other problem's (its letter: it has no header), so
        # the reason does not repeat it ("第 3 行，“M”列：这一列有内容……")
        letters = "、".join(column_letter(at + 1) for at in found)
        shown = cell_words(values[found[0]], 20)
        if len(found) == 1:
            return RowProblem(number, letters, text(
                "这一列有内容（%1），但这一列没有列标题：请补上列标题或删去这些内容，再导入。", shown))
        return RowProblem(number, letters, text(
            "这些列有内容（%1），但这些列没有列标题：请补上列标题或删去这些内容，再导入。", shown))

    return check
