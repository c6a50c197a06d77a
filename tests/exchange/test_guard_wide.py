"""A sheet wider than ZZ is refused: the fast pre-check never hides a cell the full pattern finds."""

from __future__ import annotations

import openpyxl
import pytest

from officedesk.core.directory import UNITS
from officedesk.core.errors import ValidationError
from officedesk.exchange import guard, xlsx

CELLS = [b'<c r="AAA2" t="s"><v>1</v></c>', b'<c s="1" r="XFD9">', b'<c\nr="ZZA1"/>', b'<c t="n" r="ABC12" s="3">',
         b'<c r="ZZ2"><v>1</v></c>', b'<c r="A1" xr="AAA1">', b'<c s="1"   r="QQQ10000" >', b'<d r="AAA1">']


@pytest.mark.parametrize("cell", CELLS)
def test_the_pre_check_finds_every_cell_the_full_pattern_finds(cell):
    block = b"<row r=\"2\"><c r=\"A2\"><v>1</v></c>" + cell + b"</row>"
    full = guard._WIDE_CELL.search(block) is not None
    assert bool(guard._WIDE_HINT.search(block) and guard._WIDE_CELL.search(block)) == full


def test_an_xlsx_with_a_cell_past_zz_is_refused(db, admin, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["名称", "简称"])
    book.active.append(["县委办公室", "县委办"])
    book.active.cell(row=2, column=guard.MAX_COLUMNS + 1, value="远处")
    path = tmp_path / "wide.xlsx"
    book.save(path)
    with pytest.raises(ValidationError, match="列数超过 702 列"):
        xlsx.import_file(UNITS, path, admin, dry_run=True)


def test_a_sheet_used_out_to_xfd_names_the_farthest_cell_and_what_to_do(db, admin, tmp_path):
    """One stray cell at XFD1 (a header typed far away, a note): the clerk is told where it is
    and what to delete, as for too many rows."""
    book = openpyxl.Workbook()
    book.active.append(["名称", "简称"])
    book.active.append(["县委办公室", "县委办"])
    book.active.cell(row=3, column=16384).number_format = "@"  # formatted only, further down
    book.active["XFD3"].style = "Note"
    book.active.cell(row=1, column=16384, value="备注")
    book.active.cell(row=2, column=800, value="远处")
    path = tmp_path / "wide.xlsx"
    book.save(path)
    with pytest.raises(ValidationError) as refused:
        xlsx.import_file(UNITS, path, admin, dry_run=True)
    message = refused.value.message
    assert "用到了 XFD 列（XFD1 格有内容或格式）" in message
    assert "请删除数据右侧多余的列" in message and "复制到新的工作表" in message


def test_an_ods_used_too_wide_names_its_farthest_column(tmp_path):
    from tests.exchange.test_guard_area import ods

    far = ('<table:table-row><table:table-cell office:value-type="string"><text:p>名称</text:p>'
           '</table:table-cell><table:table-cell table:number-columns-repeated="800"/>'
           '<table:table-cell office:value-type="string"><text:p>远处</text:p></table:table-cell>'
           "</table:table-row>")
    with pytest.raises(ValidationError) as refused:
        guard.inspect(ods(tmp_path / "wide.ods", far))
    assert "用到了 ADV 列（ADV1 格有内容或格式）" in refused.value.message
