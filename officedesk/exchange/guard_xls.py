"""The import guard's look at an Excel 97–2003 .xls (guard.py hands it here): the area a reader
builds of each sheet it may load and the text it copies into them, and the error cells of the
sheet read and its hidden rows.

An .xls is not compressed, but a reader still builds every sheet's whole rectangle up to its
last cell, empty cells and all: one cell at IV65536 of a 6 KB file made 16.7 million cells
(1.8 GB, ten seconds). xlrd, asked for ragged rows, keeps only the cells there are, so each
sheet's last row and column are known cheaply before the fast reader loads it."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from officedesk.exchange.guard import PEEK_SHEETS, Scan, check_area, password_protected, text_budget


def inspect_xls(path: Path, scan: Scan) -> None:
    """Refuse an .xls with a sheet (the first visible one, or one the import may peek at for
    misplaced headers) whose rectangle is too big; note the first visible sheet's error cells
    and hidden rows (by hand or by a filter)."""
    try:
        import xlrd
    except ImportError:  # without xlrd an .xls still imports; its error cells read as empty
        return
    try:
        book = xlrd.open_workbook(str(path), on_demand=True, ragged_rows=True)
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():  # an Excel 97–2003 workbook with a password
            raise password_protected(path) from exc
        raise
    try:
        first = True
        budget = text_budget(path)
        for index, sheet in _sheets_loaded(book):
            check_area(path, sheet.nrows, sheet.ncols, sheet.name)
            _count_text(sheet, budget)
            if first:  # the sheet read, as the import reads it
                _errors(sheet, scan, xlrd)
                scan.hidden = _hidden_rows(book, index)
                first = False
    finally:
        book.release_resources()


def inspect_xls_sheet(path: Path, index: int) -> Scan:
    """The error cells and hidden rows of the visible sheet at `index` (a registry's detail
    sheet, read beside the first), its rectangle and text capped as the sheets inspect_xls
    looks at (the whole file passed that look first)."""
    scan = Scan()
    try:
        import xlrd
    except ImportError:  # as inspect_xls: without xlrd its error cells read as empty
        return scan
    book = xlrd.open_workbook(str(path), on_demand=True, ragged_rows=True)
    try:
        sheet = book.sheet_by_index(index)
        check_area(path, sheet.nrows, sheet.ncols, sheet.name)
        _count_text(sheet, text_budget(path))
        _errors(sheet, scan, xlrd)
        scan.hidden = _hidden_rows(book, index)
    finally:
        book.release_resources()
    return scan


def _count_text(sheet: Any, budget: Any) -> None:
    """The text the fast reader makes of the sheet: a shared string is stored once but copied
    into every cell that refers to it (one 32,000-character string in 20,000 cells of a 756 KB
    file made 5 GB). Counted in UTF-8 bytes, as the .xlsx look counts its XML; xlrd keeps the
    one string, so each is measured once."""
    sizes: dict[str, int] = {}
    for row in range(sheet.nrows):
        total = 0
        for value in sheet.row_values(row):
            if type(value) is str and value:
                size = sizes.get(value)
                if size is None:
                    size = sizes[value] = len(value.encode("utf-8", "surrogatepass"))
                total += size
        budget.take(total)


def _sheets_loaded(book: Any) -> Iterator[tuple[int, Any]]:
    """The visible sheets a reader may load, one at a time, the one read first: the first
    visible sheet, then the others among the first PEEK_SHEETS + 1 (reading.peek_other_sheets
    looks there for misplaced headers). Visibility is known without loading a sheet."""
    visibility = getattr(book, "_sheet_visibility", None) or [0] * book.nsheets
    visible = [index for index in range(book.nsheets) if visibility[index] == 0]
    for order, index in enumerate(visible):
        if order and index > PEEK_SHEETS:
            break
        yield index, book.sheet_by_index(index)
        book.unload_sheet(index)


_ROW_RECORD, _EOF_RECORD = 0x0208, 0x000A


def _hidden_rows(book: Any, index: int) -> set[int]:
    """The rows of sheet `index` hidden by hand or by a filter (as Excel numbers them), from its
    ROW records (bit 5 of their option flags). xlrd reads those only with formatting_info, which
    also counts every formatted blank cell into the sheet's size (and so into the area cap):
    the records are read here instead, from the workbook's bytes that xlrd keeps on demand."""
    hidden: set[int] = set()
    memory, position = getattr(book, "mem", None), getattr(book, "_sh_abs_posn", [None] * (index + 1))[index]
    if memory is None or position is None:
        return hidden
    end = len(memory)
    while position + 4 <= end:
        code, size = struct.unpack_from("<HH", memory, position)
        if code == _ROW_RECORD and size >= 16:
            row, = struct.unpack_from("<H", memory, position + 4)
            flags, = struct.unpack_from("<i", memory, position + 4 + 12)
            if flags >> 5 & 1:
                hidden.add(row + 1)
        elif code == _EOF_RECORD:
            break
        position += 4 + size
    return hidden


def _errors(sheet: Any, scan: Scan, xlrd: Any) -> None:
    """Error cells (#DIV/0! …) of the sheet read: the fast reader gives them as empty."""
    for row in range(sheet.nrows):
        types = sheet.row_types(row)
        if xlrd.XL_CELL_ERROR not in types:
            continue
        for column, kind in enumerate(types):
            if kind == xlrd.XL_CELL_ERROR:
                code = sheet.cell_value(row, column)
                scan.errors[(row + 1, column)] = xlrd.error_text_from_code.get(code, "#VALUE!")
