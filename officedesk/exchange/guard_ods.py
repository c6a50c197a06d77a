"""The import guard's look at an .ods's content.xml (guard.py streams it here row by row): rows,
the area a reader builds, repeated text, error cells, hidden rows, merged ranges, percentage
cells; in every table, since any may be read."""

from __future__ import annotations

import re
from pathlib import Path

from officedesk.exchange.cells import column_letter
from officedesk.exchange.guard import (
    MAX_COLUMNS,
    Scan,
    _too_many_rows,
    _too_wide,
    check_area,
    text_budget,
)

_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(/>|>(.*?)</table:table-row>)", re.S)
_ODS_REPEAT = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_CONTENT = re.compile(rb"<text:p\b|office:value=")
_ODS_CELL = re.compile(
    rb"<table:(?:covered-)?table-cell\b([^>]*?)(?:/>|>(.*?)</table:(?:covered-)?table-cell>)", re.S
)
_ODS_COLUMNS = re.compile(rb'table:number-columns-repeated="(\d+)"')
_ODS_ERROR = b'calcext:value-type="error"'
_ODS_PERCENT = b'office:value-type="percentage"'  # a cell formatted as 百分比: 0.8 shown 80%
_ODS_HIDDEN = re.compile(rb'table:visibility="(?:collapse|filter)"')  # hidden by hand or a filter
_ODS_SPANS = (re.compile(rb'table:number-rows-spanned="(\d+)"'),
              re.compile(rb'table:number-columns-spanned="(\d+)"'))
_TAGS = re.compile(rb"<[^>]*>")


def table_rows(path: Path, scan: Scan, limit: int) -> object:
    """Count the rows with content and the area a reader builds up to the last of them (empty
    rows before it are built too); count the text repeated rows and cells copy; find each
    table's error cells (LibreOffice writes them with calcext:value-type="error", and a reader
    gives their cached 0 or nothing), its rows with content hidden by hand or a filter, and its
    merged ranges (the reader gives none for an .ods, and their covered cells as empty)."""
    state = {"rows": 0, "row": 0, "table": 0, "columns": 0}
    text = text_budget(path)

    def on_rows(block: bytes) -> None:
        ends = [m.start() for m in re.finditer(rb"</table:table>", block)]
        for match in _ODS_ROW.finditer(block):
            while ends and ends[0] < match.start():
                ends.pop(0)
                state["table"] += 1
                state["row"] = state["columns"] = 0
            body = match.group(3) or b""
            repeat = _ODS_REPEAT.search(match.group(1))
            repeated = int(repeat.group(1)) if repeat else 1
            first_row = state["row"] + 1
            state["row"] += repeated
            if not _ODS_CONTENT.search(body):
                continue  # empty rows (a spreadsheet repeats them to the sheet's end)
            state["rows"] += repeated
            if state["rows"] > limit + 1 or state["row"] > limit + 1:
                raise _too_many_rows(path, limit)
            if b"number-columns-repeated" in body:
                width, copied = _ods_width(body)
                if width > MAX_COLUMNS:
                    raise _too_wide(path, f"{column_letter(width)}{state['row']}")
            else:
                width, copied = body.count(b"<table:table-cell") + body.count(b"<table:covered"), 0
            state["columns"] = max(state["columns"], width)
            check_area(path, state["row"], state["columns"])
            if repeated > 1 or copied:  # the text once is in the unpacked bytes already
                once = len(_TAGS.sub(b"", body))
                text.take(once * (repeated - 1) + copied * repeated)
            if b"visibility" in match.group(1) and _ODS_HIDDEN.search(match.group(1)):
                scan.hidden_tables.setdefault(state["table"], set()).update(range(first_row, state["row"] + 1))
            if _ODS_ERROR in body:
                assert scan.tables is not None
                _ods_errors(body, first_row, scan.tables.setdefault(state["table"], {}))
            if b"-spanned" in body:
                _ods_spans(body, first_row, scan.merged_tables.setdefault(state["table"], []))
            if _ODS_PERCENT in body:
                _ods_percent(body, range(first_row, state["row"] + 1),
                             scan.percent_tables.setdefault(state["table"], {}))

    return on_rows


def _ods_width(body: bytes) -> tuple[int, int]:
    """Columns a reader would fill in one row (repeated cells count, empty trailing ones not),
    and the text bytes its repeated cells copy beyond the first."""
    width = filled = copied = 0
    for cell in _ODS_CELL.finditer(body):
        repeat = _ODS_COLUMNS.search(cell.group(1))
        count = int(repeat.group(1)) if repeat else 1
        width += count
        inner = cell.group(2) or b""
        if b"office:value-type" in cell.group(1) or b"<text:p" in inner:
            filled = width
            if count > 1:
                copied += len(_TAGS.sub(b"", inner)) * (count - 1)
    return filled, copied


def _ods_errors(body: bytes, row: int, errors: dict[tuple[int, int], str]) -> None:
    column = 0
    for cell in _ODS_CELL.finditer(body):
        attributes = cell.group(1)
        repeat = _ODS_COLUMNS.search(attributes)
        count = int(repeat.group(1)) if repeat else 1
        if _ODS_ERROR in attributes:
            text = _TAGS.sub(b"", cell.group(2) or b"").decode("utf-8", "replace").strip()
            name = text if text.startswith("#") else "#VALUE!"
            for offset in range(min(count, 1024)):
                errors[(row, column + offset)] = name
        column += count




def _ods_percent(body: bytes, rows: range, percent: dict[int, list[int]]) -> None:
    """The columns (from 0) of this row's cells an .ods says are percentages, kept for each row
    it stands for: an .ods says every number cell's kind, so its formats are known (Scan.choose)
    and the others are plain numbers."""
    column, found = 0, list[int]()
    for cell in _ODS_CELL.finditer(body):
        attributes = cell.group(1)
        repeat = _ODS_COLUMNS.search(attributes)
        count = int(repeat.group(1)) if repeat else 1
        if _ODS_PERCENT in attributes:
            found.extend(range(column, column + count))
        column += count
    for row in rows:
        percent.setdefault(row, []).extend(found)


def _ods_spans(body: bytes, row: int, ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """The ranges merged from this row's cells, as a reader names them: ((top, left), (bottom,
    right)) counted from 0. Covered and repeated cells hold their columns."""
    column = 0
    for cell in _ODS_CELL.finditer(body):
        attributes = cell.group(1)
        repeat = _ODS_COLUMNS.search(attributes)
        count = int(repeat.group(1)) if repeat else 1
        if b"-spanned" in attributes:
            down, across = (_ODS_SPANS[0].search(attributes), _ODS_SPANS[1].search(attributes))
            rows = int(down.group(1)) if down else 1
            columns = int(across.group(1)) if across else 1
            if rows > 1 or columns > 1:
                ranges.append(((row - 1, column), (row + rows - 2, column + columns - 1)))
        column += count
