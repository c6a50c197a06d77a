"""What a reader builds, not what the file stores: the rectangle up to the last cell (empty cells
and all) and the text each cell copies from a shared string or a repeated row. Each file is a few
KB and refused by the look before any reader opens it (guard.inspect alone)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from officedesk.core.errors import ValidationError
from officedesk.exchange import guard, reading
from tests.exchange.test_guard_routes import _header, xlsx

OFFICE = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


MANIFEST = ('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>")


def ods(path: Path, rows: str) -> Path:
    content = (f'<office:document-content {OFFICE}><office:body><office:spreadsheet>'
               f'<table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body>'
               "</office:document-content>")
    return ods_file(path, content)


def ods_file(path: Path, content: str) -> Path:
    """An .ods of this content.xml, with what a reader needs to open it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    return path


def _cell(text: str, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{times}><text:p>{text}</text:p></table:table-cell>'


def _row(cells: str, repeat: int = 1) -> str:
    times = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{times}>{cells}</table:table-row>"


_HEAD = _row(_cell("名称") + _cell("数量"))
_GAP = '<table:table-row table:number-rows-repeated="{}"><table:table-cell/></table:table-row>'


def test_one_far_cell_is_refused_by_the_area_it_makes(db, tmp_path):
    far = '<row r="100000"><c r="ZZ100000"><v>1</v></c></row>'
    path = xlsx(tmp_path / "far.xlsx", _header() + far)
    assert path.stat().st_size < 4096
    with pytest.raises(ValidationError, match=r"100,000 行 × 702 列（到 ZZ100000 格）.*删除数据以外的行和列"):
        guard.inspect(path)


def test_an_ods_row_after_empty_repeated_rows_counts_against_the_row_cap(db, tmp_path):
    path = ods(tmp_path / "gap.ods", _HEAD + _GAP.format(300_000) + _row(_cell("x") + _cell("y")))
    with pytest.raises(ValidationError, match="行数超过上限"):
        guard.inspect(path)


def test_an_ods_row_after_empty_repeated_rows_counts_in_the_area(db, tmp_path):
    path = ods(tmp_path / "gapwide.ods", _HEAD + _GAP.format(50_000) + _row(_cell("x", 699) + _cell("y")))
    with pytest.raises(ValidationError, match=r"50,002 行 × 700 列"):
        guard.inspect(path)


def test_a_long_shared_string_in_thousands_of_cells_is_refused(db, tmp_path):
    cells = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(2, 2_002))
    path = xlsx(tmp_path / "sst.xlsx", _header() + cells, strings=["a" * 250_000])
    assert path.stat().st_size < 64 * 1024
    with pytest.raises(ValidationError, match="要生成超过 256 MB 的文字"):
        guard.inspect(path)


def test_a_long_text_in_a_repeated_ods_row_is_refused(db, tmp_path):
    path = ods(tmp_path / "rep.ods", _HEAD + _row(_cell("x" * 100_000) + _cell("1"), 8000))
    with pytest.raises(ValidationError, match="要生成超过 256 MB 的文字"):
        guard.inspect(path)


def test_a_long_shared_string_in_a_few_cells_is_read(db, tmp_path):
    note = "这是一段较长的备注文字，" * 100
    cells = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c><c r="B{n}"><v>{n}</v></c></row>'
                    for n in range(2, 12))
    path = xlsx(tmp_path / "notes.xlsx", _header() + cells, strings=[note])
    sheet = reading.read_rows(path)
    assert [row[0] for _, row in sheet.rows] == [note] * 10


def test_other_sheets_of_an_xlsx_under_another_name_are_streamed(db, tmp_path, monkeypatch):
    """Peeking at the other sheets goes by the content: an .xlsx named .dat is streamed, never
    loaded whole by calamine (whose sheets the guard did not look at)."""
    from openpyxl import Workbook

    from officedesk.exchange import workbooks

    book = Workbook()
    book.active.append([None])
    second = book.create_sheet("名单")
    second.append(["名称", "数量"])
    second.append(["县委办", 3])
    path = tmp_path / "people.dat"
    book.save(path)

    def whole(_path: Path) -> None:
        raise AssertionError("loaded whole by calamine")

    monkeypatch.setattr(workbooks, "open_book", whole)
    assert reading.peek_other_sheets(path) == [("名单", [["名称", "数量"], ["县委办", "3"]])]


def test_every_table_of_an_ods_is_capped(db, tmp_path):
    """The guard caps each table, not only the first: any may be read or peeked at."""
    first = f'<table:table table:name="A">{_HEAD}</table:table>'
    path = ods(tmp_path / "two.ods", "")
    far = _HEAD + _GAP.format(50_000) + _row(_cell("x", 699) + _cell("y"))
    content = (f'<office:document-content {OFFICE}><office:body><office:spreadsheet>{first}'
               f'<table:table table:name="B">{far}</table:table></office:spreadsheet></office:body>'
               "</office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    with pytest.raises(ValidationError, match=r"50,002 行 × 700 列"):
        guard.inspect(path)


def test_one_formatted_row_far_below_says_both_possibilities(db, tmp_path):
    """A one-row file with one formatted cell at row 250,000: the row cap names the far
    content or formatting (delete the rows and columns outside the data) as well as splitting
    a file that really has that many rows."""
    far = '<row r="250000"><c r="A250000" s="1"/></row>'
    path = xlsx(tmp_path / "far.xlsx", _header() + '<row r="2"><c r="A2"><v>1</v></c></row>' + far)
    with pytest.raises(ValidationError) as refused:
        guard.inspect(path)
    message = refused.value.message
    assert "行数超过上限 200,000 行" in message
    assert "下方远处有无用的内容或格式" in message and "删除数据以外的行和列" in message
    assert "分成几个文件导入" in message


def _unused_strings(tmp_path: Path, count: int) -> Path:
    """One row of data that uses the first shared string; `count` more of 200 characters each
    that no cell uses (made by hand: Excel keeps only those its cells use)."""
    row = '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>1</v></c></row>'
    return xlsx(tmp_path / "unused.xlsx", _header() + row,
                strings=["会议室", *(f"{n:0200d}" for n in range(count))])


def test_a_shared_string_table_over_the_text_cap_is_refused_though_no_cell_uses_it(db, tmp_path, monkeypatch):
    """The reader holds the whole table: 5.9 million strings no cell used (a 16 MB file, 413 MB
    of text) took 680 MB and 23 s to read before. Here the cap is 1 MB, as 256 MB is to them."""
    monkeypatch.setattr(guard, "MAX_TEXT", 1024 * 1024)
    path = _unused_strings(tmp_path, 6000)  # 1.2 MB of text
    with pytest.raises(ValidationError, match="共享文字表（工作簿的文字）超过 1 MB"):
        guard.inspect(path)
    kept = _unused_strings(tmp_path, 4000)  # 0.8 MB: read as before
    assert [row for _, row in reading.read_rows(kept).rows] == [["会议室", 1]]
