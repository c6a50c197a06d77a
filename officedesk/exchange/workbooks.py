"""Which reader a workbook needs and which worksheet an import reads.

The kind is told by the file's content, not its name: an .xlsx saved as “.xls” (or a WPS file
renamed) is still read. The import reads the first worksheet the clerk can see: a hidden sheet
in front (an old copy, a list of choices) is never imported in place of the one filled in."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from officedesk.core import i18n
from officedesk.core.errors import ValidationError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 .xls (and WPS's .xls)
XLSX, XLS, ODS = "xlsx", "xls", "ods"
SUFFIXES = {XLSX: (".xlsx", ".xlsm"), XLS: (".xls",), ODS: (".ods",)}


def content_kind(path: Path) -> str | None:
    """XLSX, XLS or ODS as the bytes say; None: none of them (a reader will say it is broken)."""
    with path.open("rb") as stream:
        head = stream.read(8)
    if head == OLE_MAGIC:
        return XLS
    if head[:2] != b"PK" or not zipfile.is_zipfile(path):
        return None
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" in {name.lower() for name in names}:  # the reader ignores case
            return XLSX
        if "content.xml" in names and "mimetype" in names:
            mimetype = archive.read("mimetype")[:100]
            return ODS if b"opendocument.spreadsheet" in mimetype else None
    return None


def misnamed(path: Path, kind: str | None) -> bool:
    """The name's extension says another kind than the content."""
    return kind is not None and path.suffix.lower() not in SUFFIXES[kind]


def misnamed_error(path: Path, kind: str | None) -> ValidationError:
    """Said when only a reader that goes by the name is at hand (calamine not installed)."""
    if kind is None or not misnamed(path, kind):
        return ValidationError(
            i18n.text("无法读取“%1”：它不是有效的 Excel 工作簿（.xlsx），或文"
                      "件已损坏。请用 Excel 或 WPS 打开后“另存为”.xlsx 格"
                      "式再导入。",
                      path.name))
    right = SUFFIXES[kind][0]
    return ValidationError(
        i18n.text("无法读取“%1”：文件名的扩展名“%2”与内容不符（内容是 %3 格式的表"
                  "格）。请把文件改名为以“%3”结尾，或用 Excel、WPS 打开后“另存"
                  "为”.xlsx 格式，再导入。",
                  path.name, path.suffix, right))


def open_book(path: Path) -> Any:
    """A calamine workbook read by content: from_path picks its reader by the extension and
    calls a renamed .xlsx broken; from a file object it tries each format."""
    from python_calamine import CalamineWorkbook

    with path.open("rb") as stream:
        return CalamineWorkbook.from_filelike(stream)


def _no_visible(path: Path) -> ValidationError:
    return ValidationError(
        i18n.text("“%1”中的工作表都被隐藏了，导入不知道该读哪一张。请用 Excel 或 "
                  "WPS 打开它，右击工作表标签选“取消隐藏”，把要导入的工作表放在最前面，"
                  "保存后再导入。",
                  path.name)
    )


def first_visible(book: Any, path: Path) -> int:
    """The index of the workbook's first visible worksheet (calamine's sheet metadata)."""
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    for index, meta in enumerate(book.sheets_metadata):
        if meta.visible == SheetVisibleEnum.Visible and meta.typ == SheetTypeEnum.WorkSheet:
            return index
    raise _no_visible(path)


def first_visible_openpyxl(book: Any, path: Path) -> Any:
    """The first visible worksheet of an openpyxl workbook (calamine not installed)."""
    for sheet in book.worksheets:
        if sheet.sheet_state == "visible":
            return sheet
    raise _no_visible(path)
