"""A small streaming .xlsx writer: rows go straight into the zip as sheet XML, so an export of
100,000 rows takes seconds and a flat few megabytes (openpyxl builds a cell object per value,
about 30 µs a cell).

What it writes is what the export needs and nothing more: inline strings (no shared-strings
table to hold in memory), numbers, dates and date-times as typed cells in a Chinese format,
text that a spreadsheet could take for a formula forced to text (quote prefix, "@" format),
a bold shaded header row, column widths and a frozen header. Any stored character survives:
XML 1.0's forbidden characters go out as OOXML's _xHHHH_ escapes (cells.escape_text).

The file is written next to the target under a temporary name and renamed over it at the end:
a cancelled or failed export leaves no file, and never half of one."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import quoteattr

from officedesk import file_modes
from officedesk.exchange import cells as C

# The style index of each kind of cell (the order of <cellXfs> in STYLES).
STYLE_HEADER, STYLE_DATE, STYLE_DATETIME, STYLE_PERCENT, STYLE_TEXT = 1, 2, 3, 4, 5
COMPRESS_LEVEL = 1  # zlib: level 6 costs 2-3x the time for a file about a fifth smaller
FLUSH_ROWS = 500  # rows joined and compressed at once

_FIRST_DATETIME = dt.datetime.combine(C.FIRST_DATE, dt.time())
_EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()  # serial 1 = 1900-01-01 (after Excel's 1900-02-29)
# A character XML or OOXML needs escaped (or a "_x" that could read as an OOXML escape)
_NEEDS_WORK = re.compile(r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_x")
_WHITESPACE = (" ", "\t", "\n", "\r")
# What sends a text to text_cell: a risky first character or whitespace at an edge (checked per
# cell), or a character to escape (checked once for a whole row: most rows have none).
_EDGE_START = frozenset("=+-@ \t\n\r")
_EDGE_END = frozenset(" \t\n\r")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def xml_text(text: str) -> str:
    """Text as it goes between <t> and </t>: OOXML escapes, then XML's (a carriage return as a
    reference, or a reader would turn it into a line feed)."""
    if _NEEDS_WORK.search(text) is None:
        return text
    text = C.escape_text(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def sheet_name(name: str) -> str:
    """A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\\."""
    cleaned = _SHEET_NAME_BAD.sub("_", C.escape_text(name)).strip("'")[:31]
    return cleaned or "Sheet"


def column_letters(count: int) -> list[str]:
    return [C.column_letter(index) for index in range(1, count + 1)]


def excel_serial(value: dt.date) -> str:
    """A date or date-time as Excel's day number (openpyxl's to_excel, to the second)."""
    days = value.toordinal() - _EXCEL_EPOCH
    if isinstance(value, dt.datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return repr(days + seconds / 86400) if seconds else str(days)
    return str(days)


def text_cell(ref: str, text: str) -> str:
    """One text cell: always text, never a formula; forced to text where a program would
    evaluate it (=, +, -, @ …)."""
    body = xml_text(text)
    space = ' xml:space="preserve"' if text.startswith(_WHITESPACE) or text.endswith(_WHITESPACE) else ""
    style = f' s="{STYLE_TEXT}"' if text.startswith(C.RISKY_START) else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{body}</t></is></c>'


# A column's kind of cells: text only, or typed values (numbers, dates) where given.
TEXT, TYPED, PERCENT = "text", "typed", "percent"
# Called with (column index, text, row number) for a text longer than a cell holds; gives what
# the cell shows instead.
TooLong = Callable[[int, str, int], str]


class SheetStream:
    """One worksheet being written: `header(labels)`, then `row(values)` for each row."""

    def __init__(
        self,
        stream: IO[bytes],
        widths: Sequence[float],
        kinds: Sequence[str],
        too_long: TooLong | None = None,
    ) -> None:
        self._stream = stream
        self._letters = column_letters(len(widths))
        self._columns = [
            (index, letter, kind != TEXT, f' s="{STYLE_PERCENT}"' if kind == PERCENT else "")
            for index, (letter, kind) in enumerate(zip(self._letters, kinds, strict=True))
        ]
        self._too_long = too_long
        self._pending: list[str] = []
        self.rows = 0
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{w:.2f}" customWidth="1"/>'
            for i, w in enumerate(widths, start=1)
        )
        self._write(
            f'{_XML}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
            f"{'<cols>' + cols + '</cols>' if cols else ''}<sheetData>"
        )

    def _write(self, text: str) -> None:
        self._stream.write(text.encode("utf-8"))

    def header(self, labels: Sequence[str]) -> None:
        self.rows += 1
        cells = "".join(
            f'<c r="{letter}1" s="{STYLE_HEADER}" t="inlineStr"><is><t>{xml_text(label)}</t></is></c>'
            for letter, label in zip(self._letters, labels, strict=False)
        )
        self._pending.append(f'<row r="1">{cells}</row>')

    def row(self, values: Sequence[Any]) -> None:
        """A row of cell values: None or "" leaves a cell empty, str is text. In a typed column
        an int is a number (a percentage in a percent column), a date or datetime a typed
        date; anything else (and a number or date Excel cannot hold exactly) is its text."""
        self.rows += 1
        number = str(self.rows)
        parts = [f'<row r="{number}">']
        append = parts.append
        # one search over the row's texts (a false "_x" across two of them only costs time)
        escapes = _NEEDS_WORK.search("".join([v for v in values if type(v) is str])) is not None
        start, end = _EDGE_START, _EDGE_END
        for (index, letter, typed, percent), value in zip(self._columns, values, strict=False):
            if value is None or value == "":
                continue
            kind = type(value)
            checked = escapes
            if kind is not str:
                if typed:  # what Excel cannot hold exactly goes out as text (cells.typed_value)
                    if kind is int and -C.EXACT_DIGITS < value < C.EXACT_DIGITS:
                        append(f'<c r="{letter}{number}"{percent}><v>{value}</v></c>')
                        continue
                    if kind is dt.date and value >= C.FIRST_DATE:
                        append(f'<c r="{letter}{number}" s="{STYLE_DATE}"><v>{excel_serial(value)}</v></c>')
                        continue
                    if kind is dt.datetime and value.tzinfo is None and value >= _FIRST_DATETIME:
                        append(f'<c r="{letter}{number}" s="{STYLE_DATETIME}"><v>{excel_serial(value)}</v></c>')
                        continue
                value = str(value)
                checked = True  # not in the row's search: text_cell looks at it whole
            if len(value) > C.EXCEL_CELL_LIMIT and self._too_long is not None:
                value = self._too_long(index, value, self.rows)
            if checked or value[0] in start or value[-1] in end:
                append(text_cell(letter + number, value))
            else:
                append(f'<c r="{letter}{number}" t="inlineStr"><is><t>{value}</t></is></c>')
        append("</row>")
        self._pending.append("".join(parts))
        if len(self._pending) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self._write("".join(self._pending))
            self._pending = []

    def close(self) -> None:
        self.flush()
        self._write(
            '</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5"'
            ' footer="0.5"/></worksheet>'
        )
        self._stream.close()


class XlsxStream:
    """A workbook written sheet by sheet (one open at a time), then `finish()` or `discard()`."""

    def __init__(self, path: Path, custom: str | None = None, private: bool = False) -> None:
        self.path = path
        self.custom = custom  # docProps/custom.xml (the workbook's custom properties), if any
        # beside the target (the rename stays on one disk), a name of its own per export, made
        # with the folder's usual permissions, or the file's it replaces; `private` (personal
        # data unmasked): its owner's alone from its first byte
        self.temporary = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
        self.private = private
        target: Any = self.temporary
        if private:
            target = os.fdopen(file_modes.create_private(self.temporary), "w+b")
        try:
            self._zip = zipfile.ZipFile(
                target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL
            )
        except BaseException:
            if private:
                target.close()
                self.temporary.unlink(missing_ok=True)
            raise
        self._file = target if private else None  # ZipFile does not close a stream it was given
        self._names: list[str] = []
        self._open: SheetStream | None = None

    def sheet(
        self,
        name: str,
        widths: Sequence[float],
        kinds: Sequence[str] | None = None,
        too_long: TooLong | None = None,
    ) -> SheetStream:
        """A new sheet (the one before it is finished): columns of these widths and kinds
        (TEXT, TYPED, PERCENT; text by default)."""
        if self._open is not None:
            self._open.close()
        self._names.append(sheet_name(name))
        part = f"xl/worksheets/sheet{len(self._names)}.xml"
        stream = self._zip.open(part, "w", force_zip64=True)
        self._open = SheetStream(stream, widths, kinds or [TEXT] * len(widths), too_long)
        return self._open

    def finish(self) -> None:
        """Close the last sheet, write the workbook's other parts, put the file in place."""
        if self._open is not None:
            self._open.close()
            self._open = None
        for part, text in _package_parts(self._names, self.custom).items():
            self._zip.writestr(part, text)
        self._zip.close()
        if self._file is not None:
            self._file.close()
        else:
            file_modes.keep_mode(self.path, self.temporary)
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        """Forget the workbook: nothing is left at the target or beside it."""
        sheet, self._open = self._open, None
        for close in ((sheet.close,) if sheet is not None else ()) + (self._zip.close,):
            with contextlib.suppress(Exception):  # the file is deleted anyway
                close()
        # Closing fails on a full disk: let go of the file unwritten, or the zip's __del__
        # tries again and prints its error on the console.
        handle, self._zip.fp = self._zip.fp, None
        for opened in (handle, self._file):
            if opened is not None:
                with contextlib.suppress(Exception):
                    opened.close()
        self.temporary.unlink(missing_ok=True)


STYLES = (
    f'{_XML}<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="3">'
    f'<numFmt numFmtId="164" formatCode={quoteattr(C.DATE_FORMAT)}/>'
    f'<numFmt numFmtId="165" formatCode={quoteattr(C.DATETIME_FORMAT)}/>'
    f'<numFmt numFmtId="166" formatCode={quoteattr(C.PERCENT_FORMAT)}/>'
    "</numFmts>"
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/>'
    "</patternFill></fill></fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"'
    ' quotePrefix="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def _package_parts(names: list[str], custom: str | None = None) -> dict[str, str]:
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{sheet_type}"/>'
        for i in range(1, len(names) + 1)
    )
    sheets = "".join(
        f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
        for i, name in enumerate(names, start=1)
    )
    sheet_rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(names) + 1)
    )
    created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    custom_type = (
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
        if custom else ""
    )
    custom_rel = (
        f'<Relationship Id="rId4" Type="{_REL}/custom-properties" Target="docProps/custom.xml"/>'
        if custom else ""
    )
    parts = {
        "[Content_Types].xml": (
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            f"{custom_type}{overrides}</Types>"
        ),
        "_rels/.rels": (
            f'{_XML}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
            f"{custom_rel}</Relationships>"
        ),
        "docProps/app.xml": (
            f'{_XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Application>OfficeDesk</Application></Properties>"
        ),
        "docProps/core.xml": (
            f'{_XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:creator>OfficeDesk</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            "</cp:coreProperties>"
        ),
        "xl/workbook.xml": (
            f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'{_XML}<Relationships xmlns="{_PKG_REL}">{sheet_rels}'
            f'<Relationship Id="rId{len(names) + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": STYLES,
    }
    if custom:
        parts["docProps/custom.xml"] = custom
    return parts
