"""Every route by which the reader reaches a sheet is looked at first: elements with a
namespace prefix, parts named in another case, an .xlsb under any name. Files are a few KB."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from officedesk.core.errors import ValidationError
from officedesk.exchange import reading
from officedesk.exchange.reading import ErrorCell, UncomputedCell
from tests.exchange.builders import CONTENT_TYPES, ROOT_RELS

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(path: Path, rows: str, *, prefix: str = "", sheet_part: str = "xl/worksheets/sheet1.xml",
         target: str = "worksheets/sheet1.xml", strings: list[str] | None = None,
         extra: dict[str, str] | None = None) -> Path:
    """A workbook of one sheet whose <sheetData> holds `rows` (written with `prefix`)."""
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    workbook = (f'<{p}workbook {ns} xmlns:r="{DOC}"><{p}sheets><{p}sheet name="S" sheetId="1" r:id="rId1"/>'
                f"</{p}sheets></{p}workbook>")
    rels = (f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC}/worksheet" Target="{target}"/>'
            f'<Relationship Id="rId2" Type="{DOC}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    sheet = f"<{p}worksheet {ns}><{p}sheetData>{rows}</{p}sheetData></{p}worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr(sheet_part, sheet)
        if strings is not None:
            items = "".join(f"<si><t>{s}</t></si>" for s in strings)
            archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{items}</sst>')
        for name, text in (extra or {}).items():
            archive.writestr(name, text)
    return path


def _header(p: str = "") -> str:
    return (f'<{p}row r="1"><{p}c r="A1" t="inlineStr"><{p}is><{p}t>名称</{p}t></{p}is></{p}c>'
            f'<{p}c r="B1" t="inlineStr"><{p}is><{p}t>数量</{p}t></{p}is></{p}c></{p}row>')


def _bad_cells(p: str = "") -> str:
    """Row 2: an error cell (#N/A) in A, a formula without its result in B."""
    return (f'<{p}row r="2"><{p}c r="A2" t="e"><{p}v>#N/A</{p}v></{p}c>'
            f'<{p}c r="B2"><{p}f>SUM(1,2)</{p}f></{p}c></{p}row>')


def _cells(path: Path) -> list[object]:
    sheet = reading.read_rows(path)
    return [value for _, row in sheet.rows for value in row]


def test_prefixed_elements_keep_their_error_cells_and_formulas(db, tmp_path):
    path = xlsx(tmp_path / "x.xlsx", _header("x:") + _bad_cells("x:"), prefix="x")
    cells = _cells(path)
    assert ErrorCell("#N/A") in cells
    assert UncomputedCell("SUM(1,2)") in cells


def test_a_sheet_part_named_in_another_case_is_looked_at(db, tmp_path):
    path = xlsx(tmp_path / "case.xlsx", _header() + _bad_cells(), sheet_part="xl/Worksheets/Sheet1.xml",
                target="Worksheets/Sheet1.xml")
    cells = _cells(path)
    assert ErrorCell("#N/A") in cells
    assert UncomputedCell("SUM(1,2)") in cells


def test_prefixed_rows_count_against_the_row_cap(db, tmp_path):
    row = '<x:row r="300001"><x:c r="A300001"><x:v>1</x:v></x:c></x:row>'
    path = xlsx(tmp_path / "rows.xlsx", _header("x:") + row, prefix="x")
    with pytest.raises(ValidationError, match="行数超过上限"):
        reading.read_rows(path)


def _xlsb(path: Path) -> Path:
    """An .xlsb's parts (their binary content need not be valid: it is refused by its parts)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.replace('Extension="xml"', 'Extension="bin"'))
        archive.writestr("_rels/.rels", ROOT_RELS.replace("workbook.xml", "workbook.bin"))
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00\x84\x01\x00")
        archive.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00\x82\x01\x00")
    return path


@pytest.mark.parametrize("name", ["people.xlsb", "people.xlsx", "people.dat"])
def test_an_xlsb_is_refused_under_any_name(db, tmp_path, name):
    with pytest.raises(ValidationError, match=r"Excel 二进制工作簿（\.xlsb），不能直接导入.*另存为 \.xlsx"):
        reading.read_rows(_xlsb(tmp_path / name))


def test_a_readable_workbook_whose_sheet_the_look_cannot_find_is_refused(db, tmp_path):
    # the relationship names a part that is not there; the reader would fall back on its own
    path = xlsx(tmp_path / "lost.xlsx", _header() + _bad_cells(), target="worksheets/missing.xml")
    with pytest.raises(ValidationError, match="找不到它的工作表内容"):
        reading.read_rows(path)
