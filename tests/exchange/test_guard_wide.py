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
