"""Reading a spreadsheet (.xlsx, .xls, .ods) into a header and rows of plain values: the same
values whichever reader, error cells kept as errors (never blanks), caps checked first
(exchange/guard.py)."""

from __future__ import annotations

import bisect
import datetime as dt
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officedesk.core.cell_values import PlainNumber
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.exchange import guard, workbooks
from officedesk.exchange.cells import column_letter

READABLE = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass(frozen=True)
class ErrorCell:
    """A cell whose formula had no value (#VALUE!, #DIV/0! …): refused, never read as empty."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class UncomputedCell:
    """A formula saved without its result (the file was written by a program and never opened
    in a spreadsheet): refused, never read as empty."""

    formula: str

    def __str__(self) -> str:
        return f"={self.formula}" if self.formula else "（公式）"


@dataclass(frozen=True)
class MergedCell:
    """A cell of a merged range that cannot be read row by row (it spans columns, joins the
    header row, or hides other values): refused, naming the range. A range down one column
    is read into each row instead (`_merged`)."""

    where: str  # the range as Excel names it: C3:D3
    value: Any  # its top-left cell, what the clerk sees
    reason: str

    def __str__(self) -> str:
        return "" if self.value is None else str(self.value)


UNREADABLE = (ErrorCell, UncomputedCell, MergedCell)  # cells that are never read as a value


@dataclass
class Sheet:
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number as Excel shows it, cell values)
    name: str = ""  # the worksheet read (the workbook's first visible one)
    index: int = 0  # its place among the workbook's sheets
    count: int = 1  # the workbook's sheets (more than one: the report names the one read)
    # ranges merged across columns within the header row (A1:B1): they hide the headers of
    # all but their first column (the import refuses them, naming each: headers.map_columns)
    header_merges: list[tuple[int, str]] = field(default_factory=list)  # (first column, A1:B1)
    # rows with content that were hidden (by hand or by a filter): left out, the clerk told
    hidden_rows: list[int] = field(default_factory=list)


def normalise(value: Any) -> Any:
    """Same values whichever reader: ints not floats, dates without a midnight time, no blanks."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        if value in guard.ERROR_NAMES:  # a reader that gives an error cell as its text
            return ErrorCell(value)
        return value or None
    if isinstance(value, bool | ErrorCell):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 2**63 else value
    if isinstance(value, dt.datetime):
        value = value.replace(microsecond=0, tzinfo=None)
        return value.date() if value.time() == dt.time(0, 0) else value
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        return str(value)
    return value


_ERROR_NAMES = frozenset(guard.ERROR_NAMES)


def normalise_row(row: Sequence[Any]) -> list[Any]:
    """normalise() of each cell; text and blanks (most cells) without the call, and the error
    names a reader gives as text looked for once the row's text is stripped."""
    values = [(value.strip() or None) if type(value) is str else None if value is None else normalise(value)
              for value in row]
    try:
        if _ERROR_NAMES.isdisjoint(values):
            return values
    except TypeError:  # a cell a reader gave as an unhashable object: looked at one by one
        pass
    return [ErrorCell(value) if type(value) is str and value in _ERROR_NAMES else value for value in values]


class NoHeaders(ValidationError):
    """The first row of the first sheet is empty; `sheet` holds the few rows below it."""

    def __init__(self, message: str, sheet: Sheet) -> None:
        super().__init__(message)
        self.sheet = sheet


def _broken(path: Path) -> ValidationError:
    return ValidationError(text(
        "无法读取“%1”：它不是有效的 Excel 工作簿（.xlsx、.xls）或 OpenDocument 表格"
        "（.ods），或文件已损坏。请用 Excel 或 WPS 打开后“另存为”.xlsx 格式再导入。", path.name))


def _csv(path: Path) -> ValidationError:
    return ValidationError(text(
        "“%1”是 CSV 文本文件，不能直接导入：其中的日期、身份证号和编号没有格式，"
        "容易读错。请用 Excel 或 WPS 打开它，“另存为”.xlsx 格式后再导入。", path.name))


Ranges = list[tuple[tuple[int, int], tuple[int, int]]]  # merged: ((row, column), (row, column)) from 0


@dataclass
class _Raw:
    name: str
    index: int
    count: int
    rows: Iterable[Sequence[Any]]
    merged: Ranges


def _raw_rows(path: Path) -> _Raw:
    """The first visible worksheet's name, place, rows and merged ranges (.xlsx and .xls: the
    reader has them at hand when it loads the sheet, so asking costs nothing), read by the
    file's content whatever its name."""
    try:
        import python_calamine
    except ImportError:
        python_calamine = None  # type: ignore[assignment]
    if python_calamine is not None:
        workbook = workbooks.open_book(path)
        index = workbooks.first_visible(workbook, path)
        sheet = workbook.get_sheet_by_index(index)
        return _Raw(sheet.name, index, len(workbook.sheet_names), sheet.to_python(skip_empty_area=False),
                    sheet.merged_cell_ranges or [])
    from openpyxl import load_workbook

    kind = workbooks.content_kind(path)
    if kind != workbooks.XLSX or workbooks.misnamed(path, kind):  # openpyxl goes by the name
        raise workbooks.misnamed_error(path, kind)
    workbook = load_workbook(str(path), read_only=True, data_only=True)
    try:
        first = workbooks.first_visible_openpyxl(workbook, path)
        rows = [list(row) for row in first.iter_rows(min_row=1, values_only=True)]
        return _Raw(first.title, workbook.worksheets.index(first), len(workbook.worksheets), rows, [])
    finally:
        workbook.close()


PEEK_SHEETS = guard.PEEK_SHEETS  # worksheets looked at for misplaced headers (each capped by the guard)


def peek_other_sheets(path: str | Path, rows: int = 5, read: int = 0) -> list[tuple[str, list[list[str]]]]:
    """The first `rows` rows (as text) of the workbook's other worksheets, to tell a clerk where
    the headers are when the first sheet has none. Called after read_rows (the file passed the
    guard); an .xlsx (by its content) is streamed, so a huge sheet costs no more than its first
    rows; an .ods's tables were all capped by the guard. Best effort: a sheet that cannot be
    read is left out."""
    path = Path(path)
    found: list[tuple[str, list[list[str]]]] = []

    def text_rows(raw: Iterable[Sequence[Any]]) -> list[list[str]]:
        out = []
        for row in raw:
            out.append(["" if v is None else str(normalise(v) or "") for v in row])
            if len(out) >= rows:
                break
        return out

    try:
        # by content, whatever the name: calamine would load each sheet whole, and the guard
        # looked at the first visible one only (an .ods's tables it looked at all of)
        if workbooks.content_kind(path) == workbooks.XLSX:
            from openpyxl import load_workbook

            stream = path.open("rb")  # from a file object openpyxl does not go by the name
            with warnings.catch_warnings():  # a file without styles: openpyxl says so, we know
                warnings.simplefilter("ignore")
                workbook = load_workbook(stream, read_only=True, data_only=True)
            try:
                for at, sheet in enumerate(workbook.worksheets[: PEEK_SHEETS + 1]):
                    if at == read or sheet.sheet_state != "visible":
                        continue
                    found.append((sheet.title, text_rows(sheet.iter_rows(max_row=rows, values_only=True))))
            finally:
                workbook.close()
                stream.close()
        else:
            from python_calamine import SheetVisibleEnum

            book = workbooks.open_book(path)
            for index in range(min(len(book.sheet_names), PEEK_SHEETS + 1)):
                if index == read or book.sheets_metadata[index].visible != SheetVisibleEnum.Visible:
                    continue
                sheet = book.get_sheet_by_index(index)
                found.append((sheet.name, text_rows(sheet.to_python(nrows=rows))))
    except Exception:  # noqa: BLE001 - only a hint: the import's own message stands without it
        return found
    return found


def read_rows(path: str | Path, head: int = 1) -> Sheet:
    """The first visible sheet: its header row (`head`, as Excel numbers it: lower down below a
    title row; the rows above it are not read) and the non-empty rows below that the clerk sees
    (hidden ones, by hand or by a filter, are left out and listed), values normalised."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(text("找不到文件“%1”。", str(path)))
    if path.is_dir():
        raise ValidationError(text("“%1”是文件夹，请选择一个 .xlsx 文件。", str(path)))
    if not path.is_file():  # a pipe waits for ever, a device (/dev/zero) is read until memory ends
        raise ValidationError(text("“%1”不是普通文件（是设备或管道），不能导入。请选择一个 .xlsx 文件。", str(path)))
    if path.suffix.lower() in (".csv", ".txt") and not _workbook_inside(path):
        raise _csv(path)  # a workbook saved under a text name is read like any misnamed one
    try:
        scan = guard.inspect(path)
        read = _raw_rows(path)
    except ValidationError:
        raise
    except PermissionError as exc:
        raise ValidationError(text("无法读取“%1”：没有权限。", path.name)) from exc
    except Exception as exc:  # each reader has its own errors for a broken or foreign file
        if _looks_like_text(path):  # a broken workbook named .csv is still a broken workbook
            raise _csv(path) from exc
        raise _broken(path) from exc
    scan.choose(read.index)  # the error cells of the sheet read
    return _sheet_of(path, read, scan, head=head)


def _sheet_of(path: Path, read: _Raw, scan: guard.Scan, first: bool = True, head: int = 1) -> Sheet:
    """The sheet `read` as the clerk sees it: the guard's error cells and formulas put in,
    merged ranges read down or refused, hidden rows left out. `first`: the sheet imported (a
    sheet without headers is refused naming it as the first one). `head`: the header row."""
    name, raw, merged = read.name, read.rows, read.merged or scan.merged
    rows_iter = iter(raw)
    for _above in range(head - 1):  # a title row above the table: not data
        next(rows_iter, None)
    header_row = next(rows_iter, None)
    headers = [("" if h is None else str(normalise(h) or "")) for h in (header_row or [])]
    while headers and not headers[-1]:
        headers.pop()
    if not headers and not first:
        return Sheet([], [], name, read.index, read.count)
    if not headers:
        raise NoHeaders(
            text("“%1”的第一个工作表“%2”第一行没有列标题。请用导入模板填写"
                 "（导入只读第一个未隐藏的工作表，列标题须在第一行）。", path.name, name),
            Sheet([], [(n, normalise_row(r)) for n, r in zip(range(2, 8), rows_iter, strict=False)],
                  name, read.index, read.count),
        )
    limit = int(guard.settings.get("exchange.max_rows"))
    marked: dict[int, list[tuple[int, Any]]] = {}
    for (error_row, column), name in scan.errors.items():
        marked.setdefault(error_row, []).append((column, ErrorCell(name)))
    for (formula_row, column), formula in scan.uncomputed.items():
        marked.setdefault(formula_row, []).append((column, UncomputedCell(formula)))
    rows: list[tuple[int, list[Any]]] = []
    number = head
    percent, known = scan.percent, scan.formats_known
    for number, row in enumerate(rows_iter, start=head + 1):
        values = normalise_row(row)
        if known:
            _as_formatted(values, percent.get(number, ()))
        _attach(values, marked.pop(number, ()))
        if values.count(None) < len(values):  # a cell holds something (no cell equals None)
            rows.append((number, values))
            if len(rows) > limit:  # a reader that the look could not count (.xls)
                raise guard._too_many_rows(path, limit)
    # rows the reader left out as empty (a trailing row of formulas without their results):
    # their marked cells are refused like the others, never dropped
    for extra in sorted(n for n in marked if n > number):
        values = []
        _attach(values, marked[extra])
        rows.append((extra, values))
    header_merges: list[tuple[int, str]] = []
    if merged:  # most files have none: they pay nothing
        _merged(rows, len(headers), merged, path, head)
        header_merges = [
            (left, f"{column_letter(left + 1)}{head}:{column_letter(right + 1)}{head}")
            for (top, left), (bottom, right) in merged
            if top == bottom == head - 1 and left != right and left < len(headers)
        ]
    hidden: list[int] = []
    if scan.hidden:  # after the merged ranges: a value shown in a visible row stays read
        hidden = [number for number, _ in rows if number in scan.hidden]
        rows = [(number, values) for number, values in rows if number not in scan.hidden]
    return Sheet(headers, rows, name, read.index, read.count, sorted(header_merges), hidden)


def read_named(path: str | Path, name: str) -> Sheet | None:
    """The visible worksheet called `name` beside the one imported (a registry's detail sheet),
    looked at by the guard first and read as read_rows reads the first; None: no such sheet."""
    path = Path(path)
    from python_calamine import SheetVisibleEnum

    from officedesk.exchange import guard_sheets

    workbook = workbooks.open_book(path)
    index = next((at for at, meta in enumerate(workbook.sheets_metadata)
                  if meta.name == name and meta.visible == SheetVisibleEnum.Visible), None)
    if index is None:
        return None
    scan = guard_sheets.inspect_named(path, name, index)
    sheet = workbook.get_sheet_by_index(index)
    read = _Raw(name, index, len(workbook.sheet_names), sheet.to_python(skip_empty_area=False),
                sheet.merged_cell_ranges or [])
    return _sheet_of(path, read, scan, first=False)


def _merged(rows: list[tuple[int, list[Any]]], width: int, ranges: Ranges, path: Path, head: int = 1) -> None:
    """Merged cells in the data, which a reader gives as empty but for their top-left cell.
    A range down one column (来文机关 merged over the rows of one sender) is what each of
    its rows shows: its value is read into each row that holds anything else. Any other range
    — across columns, joined to the header row, or hiding values that differ from the one
    shown — cannot be read row by row: its cells are refused, naming the range. Only the rows
    read are visited (a range may reach the sheet's last row), and ranges over the same cell,
    which Excel never saves, refuse the file."""
    used = [((top, left), (bottom, right)) for (top, left), (bottom, right) in ranges
            if not (bottom < head or left >= width or (top, left) == (bottom, right))]
    _refuse_overlaps(used, width, path)
    by_number = dict(rows)
    numbers = [number for number, _ in rows]  # ascending, as read

    def cell(number: int, column: int) -> Any:
        values = by_number.get(number)
        return values[column] if values is not None and column < len(values) else None

    def put(number: int, column: int, value: Any) -> None:
        values = by_number.get(number)
        if values is not None:  # a row with nothing else is no record: left out
            _attach(values, [(column, value)])

    for (top, left), (bottom, right) in used:
        first, last = top + 1, bottom + 1  # as Excel numbers the rows
        below = numbers[bisect.bisect_right(numbers, first) : bisect.bisect_right(numbers, last)]
        where = _range_name((top, left), (bottom, right))
        value = cell(first, left)
        if top < head:
            reason = text("合并单元格 %1 把列标题和下面的数据合在了一起。请取消合并，使列标题"
                          "只占一行，并在每一行分别填写后再导入。", where)
        elif left != right:
            reason = text("这一格在合并单元格 %1 中，它跨了几列，导入不能判断内容属于哪一列。"
                          "请取消合并，在每一格分别填写后再导入。", where)
        elif all(cell(n, left) in (None, value) for n in below):
            for number in below:
                put(number, left, value)
            continue
        else:
            reason = text("合并单元格 %1 遮住了与显示的内容不同的值。请取消合并，"
                          "核对后在每一行分别填写，再导入。", where)
        mark = MergedCell(where, value, reason)
        for number in ([first] if first > head else []) + below:
            for column in range(left, min(right, width - 1) + 1):
                put(number, column, mark)


def _range_name(top_left: tuple[int, int], bottom_right: tuple[int, int]) -> str:
    (top, left), (bottom, right) = top_left, bottom_right
    return f"{column_letter(left + 1)}{top + 1}:{column_letter(right + 1)}{bottom + 1}"


def _refuse_overlaps(ranges: Ranges, width: int, path: Path) -> None:
    """Two ranges over one cell of the table: refused, naming them (column by column, the
    ranges' rows sorted: work by the ranges' number, not by the cells they span)."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for at, ((top, left), (bottom, right)) in enumerate(ranges):
        for column in range(left, min(right, width - 1) + 1):
            spans.setdefault(column, []).append((top, bottom, at))
    for column_spans in spans.values():
        column_spans.sort()
        reach, holder = -1, -1
        for top, bottom, at in column_spans:
            if top <= reach:
                first, second = sorted((holder, at))
                raise guard._refuse(
                    path,
                    f"合并单元格 {_range_name(*ranges[first])} 与 {_range_name(*ranges[second])} "
                    "重叠。Excel 和 WPS 不会这样保存，文件可能是别的程序生成或改动过的：请在 Excel 或 "
                    "WPS 中打开，检查合并的单元格，另存为新的 .xlsx 后再导入。")
            if bottom > reach:
                reach, holder = bottom, at


def percent_text(value: float) -> str:
    """A number formatted as a percentage as it reads: 0.8 → 80%, 1 → 100%, 0.055 → 5.5%."""
    shown = format(round(value * 100, 9), ".15g")
    return f"{shown}%"


def _as_formatted(values: list[Any], percent: Iterable[int]) -> None:
    """A row's numbers as their formats show them (the sheet's formats known): a percentage
    as its text (80%), another fraction as a PlainNumber (core then knows it for no 百分比)."""
    for column in percent:
        if column < len(values):
            value = values[column]
            if type(value) in (int, float):
                values[column] = percent_text(value)
    if float in map(type, values):
        for column, value in enumerate(values):
            if type(value) is float:
                values[column] = PlainNumber(value)


def _attach(values: list[Any], cells: Iterable[tuple[int, Any]]) -> None:
    """Put the cells the guard found (errors, formulas without a result) into a row's values."""
    for column, cell in cells:
        while len(values) <= column:
            values.append(None)
        values[column] = cell


def _workbook_inside(path: Path) -> bool:
    """The bytes are a workbook's (.xlsx, .xls, .ods), whatever the name says."""
    try:
        return workbooks.content_kind(path) is not None
    except (OSError, zipfile.BadZipFile):  # unreadable: the name decides, as before
        return False


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as stream:
        head = stream.read(512)
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"," in head or b"\t" in head
