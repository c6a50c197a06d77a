"""Spreadsheet files written the way other programs write them (not by openpyxl): raw OOXML
parts with shared or inline strings, styles, date serials in the 1900 or 1904 system, error
cells; and zip bombs, built in a second from repeated deflate blocks."""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
# style 0 general, 1 a built-in date (14), 2 a Chinese custom date, 3 a date-time, 4 text (@)
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="yyyy/m/d h:mm"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""

STYLE_DATE, STYLE_DATE_ZH, STYLE_DATETIME, STYLE_TEXT = 1, 2, 3, 4


class Error(str):
    """An error cell: its cached value is the error's name (#VALUE!), as Excel and WPS store it."""


class Number(float):
    """A number cell (what a spreadsheet makes of 530123196804120421 or 0871…)."""


class Formula(str):
    """A formula cell as a program writes it: the formula, and its result only if `cached` is
    given (a spreadsheet saves the result; a program that never computed it leaves it out).
    `text=True`: a formula whose result is text (t="str"), as Excel saves an empty result."""

    cached: Any = None
    text: bool = False
    shared: bool = False

    @classmethod
    def of(cls, formula: str, cached: Any = None, *, text: bool = False,
           shared: bool = False) -> Formula:
        made = cls(formula)
        made.cached, made.text, made.shared = cached, text, shared
        return made


def serial(value: dt.date, date1904: bool = False) -> float:
    base = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
    delta = moment - base
    return delta.days + delta.seconds / 86400


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def build_xlsx(
    path: Path,
    rows: list[list[Any]],
    *,
    strings: str = "shared",
    date1904: bool = False,
    sheet_name: str = "Sheet1",
    merged: tuple[str, ...] = (),
) -> Path:
    """rows[0] is the header. Strings go to sharedStrings.xml (Excel, LibreOffice) or inline
    (strings="inline", as some exporters do); dates become serials with a date style; Error
    values become t="e" cells with a formula; Number values plain number cells; `merged`:
    merged ranges, whose cells other than the top-left are written only if given."""
    shared: list[str] = []
    index: dict[str, int] = {}
    lines = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{_column(c)}{r}"
            if value is None:
                continue
            if isinstance(value, Formula):
                kind = ' t="str"' if value.text else ""
                formula = '<f t="shared" si="0"/>' if value.shared else f"<f>{escape(value)}</f>"
                cached = "" if value.cached is None else f"<v>{escape(str(value.cached))}</v>"
                cells.append(f'<c r="{ref}"{kind}>{formula}{cached}</c>')
            elif isinstance(value, Error):
                cells.append(f'<c r="{ref}" t="e"><f>1/0+"x"</f><v>{escape(value)}</v></c>')
            elif isinstance(value, bool):
                cells.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, dt.datetime):
                cells.append(f'<c r="{ref}" s="{STYLE_DATETIME}"><v>{serial(value, date1904)}</v></c>')
            elif isinstance(value, dt.date):
                style = STYLE_DATE_ZH if r % 2 else STYLE_DATE
                cells.append(f'<c r="{ref}" s="{style}"><v>{serial(value, date1904):g}</v></c>')
            elif isinstance(value, int | float):
                cells.append(f'<c r="{ref}"><v>{float(value)!r}</v></c>')
            elif strings == "inline":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
            else:
                if value not in index:
                    index[value] = len(shared)
                    shared.append(value)
                cells.append(f'<c r="{ref}" s="{STYLE_TEXT}" t="s"><v>{index[value]}</v></c>')
        lines.append(f'<row r="{r}">{"".join(cells)}</row>')
    merges = (  # ranges as Excel names them ("C2:C4"), written as Excel writes them
        f'<mergeCells count="{len(merged)}">'
        + "".join(f'<mergeCell ref="{ref}"/>' for ref in merged) + "</mergeCells>"
    ) if merged else ""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData>{"".join(lines)}</sheetData>{merges}</worksheet>'
    )
    sst = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" '
        f'uniqueCount="{len(shared)}">'
        + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in shared)
        + "</sst>"
    )
    system = ' date1904="1"' if date1904 else ""
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<workbookPr{system}/>"
        f'<sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", STYLES)
        archive.writestr("xl/sharedStrings.xml", sst)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


# ---------------------------------------------------------------- zip bombs


def _repeated_deflate(unit: bytes, times: int, head: bytes, tail: bytes) -> tuple[bytes, int, int]:
    """Deflate head + unit * times + tail without compressing it all: after a full flush the
    compressor forgets, so the unit's compressed block is the same each time."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(unit) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(unit) * times + len(tail)
    return start + block * times + end, crc, size


def _zip(path: Path, parts: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip of already-deflated parts (name, data, crc, size); zip64 sizes where needed."""
    body, directory = bytearray(), bytearray()
    for name, data, crc, size in parts:
        offset = len(body)
        raw_name = name.encode()
        big = size >= 0xFFFFFFFF
        extra = struct.pack("<HHQQ", 1, 16, size, len(data)) if big else b""
        sizes = (0xFFFFFFFF, 0xFFFFFFFF) if big else (len(data), size)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, crc, *sizes, len(raw_name), len(extra))
        body += raw_name + extra + data
        central_extra = (
            struct.pack("<HHQQQ", 1, 24, size, len(data), offset) if big else b""
        )
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, *sizes,
            len(raw_name), len(central_extra), 0, 0, 0, 0, 0xFFFFFFFF if big else offset,
        )
        directory += raw_name + central_extra
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), len(body), 0)
    path.write_bytes(bytes(body + directory + end))
    return path


def _plain(name: str, text: str) -> tuple[str, bytes, int, int]:
    data = text.encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)


def bomb_xlsx(path: Path, *, rows: int = 0, cell_bytes: int = 0, unit_rows: int = 1000) -> Path:
    """An xlsx whose sheet has `rows` rows (in repeated units of identical rows), or whose one
    shared string has `cell_bytes` bytes."""
    workbook = (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    parts = [
        _plain("[Content_Types].xml", CONTENT_TYPES),
        _plain("_rels/.rels", ROOT_RELS),
        _plain("xl/workbook.xml", workbook),
        _plain("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        _plain("xl/styles.xml", STYLES),
    ]
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    )
    tail = b"</sheetData></worksheet>"
    if rows:
        unit = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * unit_rows
        data, crc, size = _repeated_deflate(unit, rows // unit_rows, head, tail)
        parts.append(("xl/worksheets/sheet1.xml", data, crc, size))
    else:
        parts.append(_plain("xl/worksheets/sheet1.xml", (head + tail).decode()))
    sst_head = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
    if cell_bytes:
        unit = b"A" * (1024 * 1024)
        data, crc, size = _repeated_deflate(unit, cell_bytes // len(unit), sst_head, b"</t></si></sst>")
        parts.append(("xl/sharedStrings.xml", data, crc, size))
    else:
        parts.append(_plain("xl/sharedStrings.xml", sst_head.decode() + "名称</t></si></sst>"))
    return _zip(path, parts)
