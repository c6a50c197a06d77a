"""An Excel 97–2003 .xls is not compressed, but a reader builds each sheet's whole rectangle up
to its last cell: a 6 KB file with one cell at IV65536 made 16.7 million cells (1.8 GB, ten
seconds) before the area cap covered .xls. The files here were written with xlwt (not a test
dependency), four columns of one 信访 row and a cell at IV65536 (row 65536, column 256):

    far_cell.xls    the sheet read has the far cell
    far_peeked.xls  the first sheet has no headers; the second (peeked for them) has the far cell
    far_hidden.xls  a hidden first sheet has the far cell; the visible second one is fine
    shared_text.xls one 32,000-character text in 3,000 cells: stored once (100 KB), a reader
                    copies it into each (288 MB of text; the reviewer's 20,000 took 5 GB)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from officedesk.core.errors import ValidationError
from officedesk.exchange import guard, reading

FILES = Path(__file__).resolve().parent / "files"


@pytest.mark.parametrize(("name", "sheet"), [("far_cell.xls", "信访"), ("far_peeked.xls", "另表")])
def test_an_xls_sheet_a_reader_would_build_too_big_is_refused_by_the_look(name, sheet):
    with pytest.raises(ValidationError) as refused:
        guard.inspect(FILES / name)
    message = refused.value.message
    assert f"工作表“{sheet}”的范围达到 65,536 行 × 256 列（到 IV65536 格）" in message
    assert "请删除数据以外的行和列" in message


def test_reading_an_xls_with_a_far_cell_is_refused_before_any_reader_loads_it():
    with pytest.raises(ValidationError, match="超过上限"):
        reading.read_rows(FILES / "far_cell.xls")


def test_a_hidden_sheet_is_never_loaded_so_its_far_cell_is_no_reason_to_refuse():
    guard.inspect(FILES / "far_hidden.xls")
    sheet = reading.read_rows(FILES / "far_hidden.xls")
    assert sheet.name == "信访"
    assert sheet.headers[:2] == ["信访人", "登记日期"] and len(sheet.rows) == 1


def test_an_xls_whose_shared_text_a_reader_would_copy_past_the_cap_is_refused():
    with pytest.raises(ValidationError, match="256 MB 的文字"):
        guard.inspect(FILES / "shared_text.xls")
