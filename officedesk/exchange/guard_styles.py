"""The import guard's look at an .xlsx's cell formats (xl/styles.xml): which of its cell styles
show a number as a percentage. A 进度 cell formatted as 百分比 shows 80% and holds 0.8, and
shows 100% holding 1: told by its format, it reads as the 80 or 100 the clerk sees
(reading._sheet_of); without it, 1 could be 100% or 1%, and core refuses the fraction
(fields._percent_cell).

Only the styles part is read, once, capped (a huge, malformed or missing one: the formats are
not known, and the cells read as before); the sheet's cells are matched against the percent
styles as the guard streams its rows (guard._xlsx_rows), so a file without them pays nothing."""

from __future__ import annotations

import re
import zipfile
from xml.etree import ElementTree

from officedesk.exchange.guard import _P, Scan

MAX_STYLES = 4 * 1024 * 1024  # bytes of xl/styles.xml read; beyond: formats unknown
BUILTIN_PERCENT = frozenset({9, 10})  # 0% and 0.00%
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# what a format code shows literally, not as a format: "text", \c, [color, locale, condition],
# _c (a space as wide as c), *c (c repeated to fill)
_LITERAL = re.compile(r'"[^"]*"?|\\.|\[[^\]]*\]?|_.|\*.', re.S)


def is_percent(code: str) -> bool:
    """Whether a number format shows a positive number times 100 with a % sign: a % outside
    quotes in its first section (0%, 0.0%, #,##0.00%; not 0"%", which shows 80 as 80%)."""
    return "%" in _LITERAL.sub("", code).split(";", 1)[0]


def percent_styles(archive: zipfile.ZipFile, names: dict[str, str]) -> frozenset[int] | None:
    """The indexes (a cell's s="…") of the cell styles whose number format is a percentage;
    None: the formats cannot be known (no styles part, too big, not XML, not a stylesheet)."""
    name = names.get("xl/styles.xml")
    if name is None:
        return None
    try:
        with archive.open(name) as stream:
            data = stream.read(MAX_STYLES + 1)
    except (OSError, zipfile.BadZipFile, EOFError, RuntimeError, ValueError):
        return None
    if len(data) > MAX_STYLES or b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return None  # no entities are expanded, however they are nested
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return None
    if root.tag != f"{_MAIN}styleSheet":
        return None
    custom = {element.get("numFmtId"): element.get("formatCode") or ""
              for element in root.iterfind(f"{_MAIN}numFmts/{_MAIN}numFmt")}
    found = set()
    for index, xf in enumerate(root.iterfind(f"{_MAIN}cellXfs/{_MAIN}xf")):
        number = xf.get("numFmtId", "0")
        if number in custom:
            if is_percent(custom[number]):
                found.add(index)
        elif number.isdigit() and int(number) in BUILTIN_PERCENT:
            found.add(index)
    return frozenset(found)


_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_TYPE = re.compile(rb'\bt="([a-zA-Z]+)"')


def cell_pattern(styles: frozenset[int]) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """A literal look for any of these styles (fast: most blocks have none), and the pattern
    of a cell's opening tag with one of them."""
    alternatives = b"|".join(str(index).encode() for index in sorted(styles))
    hint = re.compile(rb'\bs="(?:' + alternatives + rb')"')
    cell = re.compile(rb"<" + _P + rb'c\b([^>]*?\bs="(?:' + alternatives + rb')"[^>]*)>')
    return hint, cell


def percent_cells(block: bytes, cell: re.Pattern[bytes]) -> list[tuple[int, int]] | None:
    """(row, column index from 0) of the number cells of `block` whose style is a percentage
    (a text, an error or a true/false cell shows no percentage); None: such a cell does not say
    where it is (the reader counts its place, the look cannot), so the formats are not known."""
    found = []
    for match in cell.finditer(block):
        attributes = match.group(1)
        kind = _TYPE.search(attributes)
        if kind is not None and kind.group(1) != b"n":
            continue
        ref = _REF.search(attributes)
        if ref is None:
            return None
        column = 0
        for letter in ref.group(1):
            column = column * 26 + (letter - 64)
        found.append((int(ref.group(2)), column - 1))
    return found


def note_percent(block: bytes, cell: re.Pattern[bytes] | None, scan: Scan) -> None:
    """Keep in `scan` the percent cells of a block of rows (a cell the look cannot place: the
    sheet's formats are not known, and none is kept)."""
    cells = percent_cells(block, cell) if cell is not None else None
    if cells is None:
        scan.formats_known = False
        scan.percent.clear()
        return
    for row, column in cells:
        scan.percent.setdefault(row, []).append(column)
