"""Look at a spreadsheet before a reader loads it: a small file can unpack to gigabytes (a zip
bomb), millions of rows or one enormous cell. This streams the parts of an .xlsx/.ods in small
pieces, counts what a reader would load and stops at the caps, so such a file is refused in
seconds and a few megabytes of memory. It also finds the first sheet's error cells (#VALUE!,
#DIV/0! …), which the fast reader shows as empty."""

from __future__ import annotations

import posixpath
import re
import zipfile
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from officedesk.core import i18n, menu_paths, settings
from officedesk.core.errors import ValidationError
from officedesk.exchange.cells import column_letter

MAX_ROWS = settings.declare(
    "exchange.max_rows",
    int,
    200_000,
    "导入一个文件最多几行",
    "导入导出",
    help="更大的文件请分成几个文件导入",
)
MAX_UNPACKED = 512 * 1024 * 1024  # bytes a workbook may unpack to
MAX_TEXT_RUN = 256 * 1024  # bytes of one cell's XML text (32,767 characters fit easily)
MAX_COLUMN_LETTERS = 2  # up to column ZZ (702 columns)
MAX_COLUMNS = 702
MAX_ROW_BYTES = 16 * 1024 * 1024
MAX_PARTS = 5000
# a reader builds the whole rectangle up to the last row and column, empty cells and all (one
# cell at ZZ100000 makes 70 million): the area is capped, not only rows and columns
MAX_AREA = 6_000_000
# text a reader makes: a shared string is one copy per cell that refers to it, a repeated .ods
# row one per repeat; packed once, they unpack to gigabytes
MAX_TEXT = 256 * 1024 * 1024
CHUNK = 1024 * 1024
PEEK_SHEETS = 20  # worksheets besides the one read looked at for misplaced headers (reading.py)

ERROR_NAMES = (
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
    "#FIELD!",
    "#BLOCKED!",
    "#UNKNOWN!",
    "#CONNECT!",
    "#BUSY!",
)

# elements may carry a namespace prefix (<x:row>, <x:c>): the reader takes them alike
_P = rb"(?:[A-Za-z_][\w.-]*:)?"
_XLSX_ROW = re.compile(rb"<" + _P + rb"row\b([^>]*)>\s*<" + _P + rb"c\b")
_XLSX_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_XLSX_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')  # a row hidden by hand, a filter or a group
_WIDE_REF = re.compile(rb'<' + _P + rb'c\b[^>]*?\br="([A-Z]{%d,})(\d+)"[^>]*?(/?)>' % (MAX_COLUMN_LETTERS + 1))
_WIDE_CELL = re.compile(rb'<' + _P + rb'c\b[^>]*?\br="[A-Z]{%d}' % (MAX_COLUMN_LETTERS + 1))
# what every _WIDE_CELL match holds, found by its literal prefix (fast); the full pattern only
# then. No \b in front: a pattern that starts with one gets no prefix scan (0.5 s, not 0.05 s,
# over a 100,000-row sheet)
_WIDE_HINT = re.compile(rb'r="[A-Z]{%d}' % (MAX_COLUMN_LETTERS + 1))
_ERROR_CELL = re.compile(rb'<' + _P + rb'c\b([^>]*?\bt="e"[^>]*)>(.*?)</' + _P + rb'c>', re.S)
_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_HAS_FORMULA = re.compile(rb"<" + _P + rb"f\b")
_CELL_VALUE = re.compile(rb"<" + _P + rb"v>(.*?)</" + _P + rb"v>", re.S)


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 .xls (and WPS's .xls)


# Excel and WPS store a workbook with an opening password (.xlsx or .xls alike) as an OLE
# compound file holding these two streams; their names are UTF-16 in its directory.
_ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def password_protected(path: Path) -> ValidationError:
    return ValidationError(
        i18n.text("“%1”设置了打开密码（已加密），本程序不能读取。请用 Excel 或 W"
                  "PS 输入密码打开它，点“文件 → 信息 → 保护工作簿 → 用密码进行加"
                  "密”，清空密码后确定并保存，再导入。",
                  path.name)
    )


def _encrypted(path: Path) -> bool:
    body = path.read_bytes()  # within the size cap, taken before this look
    return all(name in body for name in _ENCRYPTION_STREAMS)


@dataclass
class Scan:
    """What the look found in the first sheet: error cells, (row, column index) → name; and
    formulas saved without their result (a program wrote the file, no spreadsheet computed it:
    a reader sees them empty), (row, column index) → the formula."""

    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    uncomputed: dict[tuple[int, int], str] = field(default_factory=dict)
    # an .ods's error cells by table: which one is read is known only once a reader has it
    tables: dict[int, dict[tuple[int, int], str]] | None = None
    # rows hidden by hand or by a filter (row numbers as Excel shows them): the clerk does not
    # see them, so the import leaves them out (reading.read_rows) and says so; an .ods's by table
    hidden: set[int] = field(default_factory=set)
    hidden_tables: dict[int, set[int]] = field(default_factory=dict)
    # an .ods's merged ranges by table ((top, left), (bottom, right)) from 0: its reader has none
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    merged_tables: dict[int, list[tuple[tuple[int, int], tuple[int, int]]]] = field(default_factory=dict)
    # cell formats known (guard_styles, guard_ods), and the percent cells: row -> column indexes
    formats_known: bool = False
    percent: dict[int, list[int]] = field(default_factory=dict)  # read as shown: reading._sheet_of
    percent_tables: dict[int, dict[int, list[int]]] = field(default_factory=dict)

    def choose(self, index: int) -> None:
        """Keep the error cells, hidden rows, merged ranges and percent cells of the sheet read
        (an .xlsx's and .xls's were found in the first visible sheet already; an .ods's cells
        say their kind, so its formats are known)."""
        if self.tables is not None:
            self.errors = self.tables.get(index, {})
            self.hidden = self.hidden_tables.get(index, set())
            self.merged = self.merged_tables.get(index, [])
            self.percent = self.percent_tables.get(index, {})
            self.formats_known = True


REFUSED = "没有导入“%1”：%2"  # a file the guard refuses, and why (guard_sheets names the sheet)


def _refuse(path: Path, why: str) -> ValidationError:
    return ValidationError(i18n.text("没有导入“%1”：%2", path.name, why))


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + (letter - 64)
    return index - 1


class _Budget:
    """A size counted against a limit: past it, the file is refused with `reason`."""

    def __init__(self, path: Path, limit: int, reason: str) -> None:
        self.path, self.limit, self.reason, self.used = path, limit, reason, 0

    def take(self, size: int) -> None:
        self.used += size
        if self.used > self.limit:
            raise _refuse(self.path, self.reason)


def unpacked_budget(path: Path) -> _Budget:
    """The bytes the guard unpacks, counted against MAX_UNPACKED."""
    return _Budget(path, MAX_UNPACKED,
                   i18n.text("解压后超过 %1 MB，不像是一张登记表（可能是损坏或恶意构造的文件）。"
                             "请把数据分成几个较小的文件再导入。", MAX_UNPACKED // (1024 * 1024)))


def text_budget(path: Path) -> _Budget:
    """Text a reader will make (shared strings × the cells using them, repeated rows), counted
    against MAX_TEXT."""
    return _Budget(path, MAX_TEXT,
                   i18n.text("读入时要生成超过 %1 MB 的文字（同一段长文字被成千上万个单元格或重复行引用），"
                             "不像是一张登记表（可能是损坏或恶意构造的文件）。请检查文件，把数据分成几个较小的文件再导入。",
                             MAX_TEXT // (1024 * 1024)))


def _too_long_cell(path: Path) -> ValidationError:
    return _refuse(
        path,
        i18n.text("其中有一格的内容超过 %1 KB，远超 Excel 单元格 32767 字的上限（可能是损坏或恶意构造的文件）。",
                  MAX_TEXT_RUN // 1024),
    )


def _too_many_rows(path: Path, limit: int) -> ValidationError:
    return _refuse(
        path,
        i18n.text("行数超过上限 %1 行。若数据并没有这么多行，多半是表格下方远处有无用的内容或格式："
                  "请删除数据以外的行和列（或只把数据复制到新的工作表）后再导入；数据确实这么多时，"
                  "请把数据分成几个文件导入（管理员可在“%2”的“导入一个文件最多几行”中调整上限）。", f"{limit:,}",
                  menu_paths.setting_path(MAX_ROWS)),
    )


def _too_wide(path: Path, cell: str) -> ValidationError:
    """A sheet used beyond column ZZ: `cell` (XFD1) is the farthest one found holding something."""
    column = cell.rstrip("0123456789")
    return _refuse(
        path,
        i18n.text("列数超过 %1 列（ZZ 列）：表格一直用到了 %2 列（%3 格有内容或格式），不像是一张登记表。"
                  "多半是数据右侧远处有无用的内容或格式：请删除数据右侧多余的列（选中数据右侧直到 %2 列的各列，"
                  "右击“删除”），或只把数据复制到新的工作表，再导入。", MAX_COLUMNS, column, cell),
    )


def _farthest_wide_cell(block: bytes) -> str:
    """The farthest cell past ZZ in `block` (as Excel names it): one with a value before one
    that is only formatted (<c r="XFD1" s="1"/>)."""
    found = [(not empty, _column_index(letters), -int(row), letters + row)
             for letters, row, empty in _WIDE_REF.findall(block)]
    return max(found)[3].decode("ascii") if found else f"{column_letter(MAX_COLUMNS + 1)}1"


def check_area(path: Path, rows: int, columns: int, sheet: str = "") -> None:
    """Refuse a sheet whose rectangle (last row × last column) a reader would build too big."""
    if rows * columns > MAX_AREA:
        figures = (f"{rows:,}", columns, f"{column_letter(columns)}{rows}", f"{rows * columns:,}", f"{MAX_AREA:,}")
        raise _refuse(path, i18n.text(
            "工作表“%6”的范围达到 %1 行 × %2 列（到 %3 格），读入要建 %4 个单元格，超过上限 %5 个。多半是表格右侧或"
            "下方远处有无用的内容或格式：请删除数据以外的行和列（或只把数据复制到新的工作表）后再导入；"
            "数据确实很多时，请分成几个文件导入。", *figures, sheet) if sheet else i18n.text(
            "工作表的范围达到 %1 行 × %2 列（到 %3 格），读入要建 %4 个单元格，超过上限 %5 个。多半是表格右侧或"
            "下方远处有无用的内容或格式：请删除数据以外的行和列（或只把数据复制到新的工作表）后再导入；"
            "数据确实很多时，请分成几个文件导入。", *figures))


def _read_small(archive: zipfile.ZipFile, name: str, budget: _Budget) -> bytes:
    with archive.open(name) as stream:
        data = stream.read(4 * 1024 * 1024 + 1)
    if len(data) > 4 * 1024 * 1024:
        raise _refuse(budget.path, i18n.text("其中的“%1”异常地大（可能是损坏或恶意构造的文件）。", name))
    budget.take(len(data))
    return data


def _part_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part names by their lower case: the reader finds parts whatever their case
    (Worksheets/Sheet1.xml), so the look does too."""
    return {name.lower(): name for name in archive.namelist()}


def _first_sheet_part(archive: zipfile.ZipFile, budget: _Budget, name: str | None = None) -> str | None:
    """The part name of the workbook's first visible worksheet (what the reader imports), or
    of the visible one called `name` (a detail sheet read beside it: guard_sheets)."""
    names = _part_names(archive)
    if "xl/workbook.xml" not in names:
        return None
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    workbook = ElementTree.fromstring(_read_small(archive, names["xl/workbook.xml"], budget))
    shown = [sheet for sheet in workbook.iterfind(f"{main}sheets/{main}sheet")
             if sheet.get("state", "visible") == "visible" and name in (None, sheet.get("name"))]
    if not shown:
        return None
    if "xl/_rels/workbook.xml.rels" not in names:
        return names.get("xl/worksheets/sheet1.xml") if name is None else None
    rels = ElementTree.fromstring(_read_small(archive, names["xl/_rels/workbook.xml.rels"], budget))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    for sheet in shown:
        target = targets.get(sheet.get(f"{rel_ns}id"), "").replace("\\", "/")
        if "worksheets/" in target.lower():  # not a chart sheet
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            return names.get(posixpath.normpath(part).lower())
    return None


def _xlsb(path: Path) -> ValidationError:
    return ValidationError(
        i18n.text("“%1”是 Excel 二进制工作簿（.xlsb），不能直接导入：请用 E"
                  "xcel 或 WPS 打开，另存为 .xlsx 后再导入。",
                  path.name)
    )


def _has_long_run(buffer: bytes, limit: int) -> bool:
    """Whether `buffer` holds `limit` bytes in a row without a '<' (one cell's text, or junk).
    A run that long covers a whole block of limit // 2 bytes, so only a block without '<'
    (one memchr each) is measured: linear, where a regex tried every start of every run."""
    half = max(1, limit // 2)
    for start in range(0, len(buffer), half):
        if buffer.find(b"<", start, start + half) != -1:
            continue
        left = buffer.rfind(b"<", 0, start) + 1
        right = buffer.find(b"<", start)
        if (len(buffer) if right == -1 else right) - left >= limit:
            return True
    return False


def _last_end(buffer: bytes, row_end: bytes) -> int:
    """Where the last whole row ends: after the last `row_end` (b"</table:table-row>"), or for a
    bare name (b"row>") its closing tag with any namespace prefix (</row>, </x:row>); -1: none."""
    if row_end.startswith(b"</"):
        cut = buffer.rfind(row_end)
        return cut if cut < 0 else cut + len(row_end)
    end = len(buffer)
    while (at := buffer.rfind(row_end, 0, end)) >= 0:
        start = buffer.rfind(b"</", max(0, at - 64), at)
        if start >= 0 and _CLOSE_PREFIX.fullmatch(buffer, start + 2, at):
            return at + len(row_end)
        end = at
    return -1


_CLOSE_PREFIX = re.compile(_P)


def _scan_part(stream: IO[bytes], budget: _Budget, row_end: bytes | None, on_rows: object) -> None:
    """Stream one part; hand whole rows (up to the last `row_end`) to on_rows, check text runs."""
    carry = b""
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        budget.take(len(chunk))
        buffer = carry + chunk
        if _has_long_run(buffer, MAX_TEXT_RUN):
            raise _too_long_cell(budget.path)
        if row_end is None:
            cut = buffer.rfind(b"<")
            carry = buffer[cut:] if cut >= 0 else buffer[-MAX_TEXT_RUN:]
            continue
        cut = _last_end(buffer, row_end)
        if cut < 0:
            carry = buffer
        else:
            on_rows(buffer[:cut])  # type: ignore[operator]
            carry = buffer[cut:]
        if len(carry) > MAX_ROW_BYTES:
            raise _refuse(budget.path, "其中一行的内容异常地多（可能是损坏或恶意构造的文件）。")
    if row_end is not None and carry:
        on_rows(carry)  # type: ignore[operator]


_TWO_LETTERS = re.compile(rb'r="([A-Z]{2})\d')
_LETTER = [re.compile(rb'r="%c\d' % letter) for letter in range(ord("Z"), ord("A") - 1, -1)]
# from the literal t="s" (fast), within a cell's tag (no > before its <v>)
_STRING_REF = re.compile(rb't="s"[^>]*>\s*<' + _P + rb"v>\s*(\d+)")


def _last_column(block: bytes, rows: int) -> int:
    """The last column any cell of `block` names (1 = A): literal scans, no match per cell.
    Columns A–Z are told apart only when 26 of them would pass the area cap."""
    if _WIDE_HINT.search(block) is None and b'r="' in block:
        two = _TWO_LETTERS.findall(block)
        if two:
            return max(_column_index(letters) for letters in set(two)) + 1
        if rows * 26 <= MAX_AREA:
            return 26
        for at, pattern in enumerate(_LETTER):
            if pattern.search(block):
                return 26 - at
    return 0


def _xlsx_rows(path: Path, scan: Scan, limit: int, strings: array[int] | None = None,
               styles: frozenset[int] | None = None) -> object:
    """The look at a sheet's rows, block by block; `styles`: its percent styles (None: unknown)."""
    from officedesk.exchange import guard_formulas, guard_styles  # they use this module's patterns
    state = {"rows": 0, "last": 0, "columns": 0}
    text = text_budget(path)
    scan.formats_known = styles is not None
    hint, percent = guard_styles.cell_pattern(styles) if styles else (None, None)

    def on_rows(block: bytes) -> None:
        # the rows counted, the last numbered and the hidden ones: locals in the loop (a row each)
        count, last, most, numbered = state["rows"], state["last"], limit + 1, _XLSX_ROW_NUMBER.search
        for attributes in _XLSX_ROW.findall(block):
            count += 1
            number = numbered(attributes)
            row = int(number.group(1)) if number else count
            if count > most or row > most:  # a row without its number is the count
                raise _too_many_rows(path, limit)
            if row > last:
                last = row
            if b"hidden" in attributes and _XLSX_HIDDEN.search(attributes):
                scan.hidden.add(row)
        state["rows"], state["last"] = count, last
        if _WIDE_HINT.search(block) and _WIDE_CELL.search(block):
            raise _too_wide(path, _farthest_wide_cell(block))
        state["columns"] = max(state["columns"], _last_column(block, state["last"]))
        check_area(path, state["last"], state["columns"])
        if strings is not None and b't="s"' in block:
            for index, times in Counter(_STRING_REF.findall(block)).items():
                at = int(index)
                text.take(strings[at] * times if at < len(strings) else 0)
        if b't="e"' in block:
            for match in _ERROR_CELL.finditer(block):
                ref = _CELL_REF.search(match.group(1))
                value = _CELL_VALUE.search(match.group(2))
                if ref is None:
                    continue
                name = value.group(1).decode("utf-8", "replace").strip() if value else "#VALUE!"
                row, column = int(ref.group(2)), _column_index(ref.group(1))
                scan.errors[(row, column)] = name or "#VALUE!"
        if (b"<f" in block or b":f" in block) and _HAS_FORMULA.search(block):  # literal first: fast
            guard_formulas.uncomputed(block, scan)
        if hint is not None and scan.formats_known and hint.search(block):
            guard_styles.note_percent(block, percent, scan)

    return on_rows


_SHARED = re.compile(rb"<" + _P + rb"si\b[^>]*?(?:/>|>(.*?)</" + _P + rb"si>)", re.S)
_TAG = re.compile(rb"<[^>]*>")


def _shared_lengths(archive: zipfile.ZipFile, name: str, sheet: str, budget: _Budget) -> array[int] | None:
    """The byte length of each shared string's text; None when the sheet cannot hold enough
    cells to copy MAX_TEXT of them (its size, the area cap and the longest string bound it):
    then its cells need not be matched one by one (3 s, not 0.5 s, over 200,000 rows)."""
    lengths: array[int] = array("I")
    longest = [0]
    # the reader holds the whole table, whether any cell uses a string or not (5.9 million
    # strings no cell used, a 16 MB file, took 680 MB and 23 s)
    table = _Budget(budget.path, MAX_TEXT, i18n.text(
        "其中的共享文字表（工作簿的文字）超过 %1 MB，不像是一张登记表（可能是损坏或恶意构造的文件）。"
        "请只把要导入的数据复制到一个新的工作簿，再导入。", MAX_TEXT // (1024 * 1024)))

    def on_items(block: bytes) -> None:
        start = len(lengths)
        for match in _SHARED.finditer(block):
            body = match.group(1) or b""
            size = len(body) - sum(len(tag) for tag in _TAG.findall(body)) if b"<" in body else len(body)
            lengths.append(size)
            longest[0] = max(longest[0], size)
        if len(lengths) > MAX_AREA:  # more strings than a readable sheet has cells
            raise _refuse(budget.path, "其中的共享文字条目异常地多（可能是损坏或恶意构造的文件）。")
        table.take(sum(lengths[start:]))

    with archive.open(name) as stream:
        _scan_part(stream, budget, b"si>", on_items)
    cells = min(archive.getinfo(sheet).file_size // _SMALLEST_CELL, MAX_AREA)
    return lengths if cells * longest[0] > MAX_TEXT else None


_SMALLEST_CELL = len(b'<c t="s"><v>0</v></c>') - 4  # bytes one string cell takes at the least


def inspect(path: Path) -> Scan:
    """Refuse a file whose unpacked size, rows or cells exceed the caps; find its error cells."""
    from officedesk.exchange import guard_ods, guard_xls  # they use this module's caps and messages
    from officedesk.exchange.guard_styles import percent_styles

    scan = Scan()
    limit = int(settings.get("exchange.max_rows"))
    budget = unpacked_budget(path)
    if not zipfile.is_zipfile(path):  # .xls: not compressed, its size is what a reader loads
        size = path.stat().st_size
        budget.take(size)
        with path.open("rb") as stream:
            if stream.read(8) == _OLE_MAGIC:
                if _encrypted(path):
                    raise password_protected(path)
                guard_xls.inspect_xls(path, scan)
        return scan
    with zipfile.ZipFile(path) as archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise _refuse(path, "其中的部件异常地多（可能是损坏或恶意构造的文件）。")
        budget.take(0)
        if sum(part.file_size for part in parts) > MAX_UNPACKED:
            budget.take(MAX_UNPACKED + 1)
        names = _part_names(archive)
        if "xl/workbook.bin" in names:  # the reader takes an .xlsb under any name; the look cannot
            raise _xlsb(path)
        first = _first_sheet_part(archive, budget)
        if "xl/workbook.xml" in names and first is None and _has_visible(archive, names):
            # a workbook the reader can read, but no sheet the look found: never read unlooked
            raise _refuse(path, "找不到它的工作表内容（文件结构异常，可能是损坏或恶意构造的文件）。"
                          "请用 Excel 或 WPS 打开后“另存为”.xlsx 格式再导入。")
        seen = {names.get(n) for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")}
        shared = names.get("xl/sharedstrings.xml")
        strings = _shared_lengths(archive, shared, first, budget) if first and shared else None
        seen.add(shared if first else None)
        for part in parts:
            if part.is_dir() or part.filename in seen:
                continue
            if part.filename == first:
                styles = percent_styles(archive, names)
                row_end, on_rows = b"row>", _xlsx_rows(path, scan, limit, strings, styles)
            elif part.filename == "content.xml":
                scan.tables = {}
                row_end, on_rows = b"</table:table-row>", guard_ods.table_rows(path, scan, limit)
            else:
                row_end, on_rows = None, None
            with archive.open(part) as stream:
                _scan_part(stream, budget, row_end, on_rows)
    return scan


def _has_visible(archive: zipfile.ZipFile, names: dict[str, str]) -> bool:
    """Whether the workbook lists a visible sheet (none: the reader says so itself)."""
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with archive.open(names["xl/workbook.xml"]) as stream:
        workbook = ElementTree.fromstring(stream.read(4 * 1024 * 1024))
    return any(sheet.get("state", "visible") == "visible"
               for sheet in workbook.iterfind(f"{main}sheets/{main}sheet"))
