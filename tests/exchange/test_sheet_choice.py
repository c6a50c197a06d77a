"""Which sheet an import reads, and how: the first visible worksheet (a hidden one in front is
never imported in place of the sheet filled in), named in the report when there are several;
and the reader chosen by the file's content, so an .xlsx saved under another name still reads."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from officedesk.core import petitions as P
from officedesk.core.errors import ValidationError
from officedesk.exchange import xlsx
from officedesk.exchange.reading import read_rows
from officedesk.store.petitions import Petition

ODS = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "spreadsheets" / "ods" / "incoming.ods"
ROW = {"登记日期": dt.date(2026, 5, 1), "信访形式": "来信", "信访人": "张建国",
       "问题类别": "城乡建设", "反映内容": "路灯不亮"}


def _book(path: Path, hidden_first: str | None = "hidden") -> Path:
    """A hidden old copy in front (its own rows), then the sheet the clerk filled in."""
    labels = [f.label for f in P.SPEC.exchange_fields()]
    book = openpyxl.Workbook()
    old = book.active
    old.title = "旧表"
    old.append(labels)
    old.append([{**ROW, "信访人": "旧人"}.get(label) for label in labels])
    filled = book.create_sheet("填写")
    filled.append(labels)
    for who in ("张建国", "李桂兰"):
        filled.append([{**ROW, "信访人": who}.get(label) for label in labels])
    if hidden_first:
        old.sheet_state = hidden_first
    book.active = 1
    book.save(path)
    return path


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_the_first_visible_sheet_is_imported_and_named(summer_office, admin, tmp_path, state):
    report = xlsx.import_file(P.SPEC, _book(tmp_path / "p.xlsx", state), admin)
    assert report.ok and report.imported == 2, [str(p) for p in report.problems]
    assert sorted(p.name for p in Petition.select()) == ["张建国", "李桂兰"]
    assert "工作表“填写”" in report.summary()


def test_the_json_report_names_the_sheet_read(summer_office, admin, tmp_path):
    report = xlsx.import_file(P.SPEC, _book(tmp_path / "p.xlsx", "hidden"), admin, dry_run=True)
    assert report.as_dict()["sheet"] == "填写"
    one = openpyxl.Workbook()  # one sheet: nothing to name, as summary() says nothing
    one.active.append([f.label for f in P.SPEC.exchange_fields()])
    one.save(tmp_path / "one.xlsx")
    assert xlsx.import_file(P.SPEC, tmp_path / "one.xlsx", admin, dry_run=True).as_dict()["sheet"] is None


def test_a_visible_first_sheet_is_still_read_and_named(summer_office, admin, tmp_path):
    report = xlsx.import_file(P.SPEC, _book(tmp_path / "p.xlsx", None), admin, dry_run=True)
    assert report.ok and report.imported == 1
    assert "工作表“旧表”" in report.summary()


def test_no_visible_sheet_is_refused(summer_office, admin, tmp_path):
    path = _book(tmp_path / "p.xlsx", "hidden")
    with zipfile.ZipFile(path) as archive:  # a spreadsheet program will not save this: by hand
        parts = {name: archive.read(name) for name in archive.namelist()}
    assert parts["xl/workbook.xml"].count(b'state="visible"') == 1
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b'state="visible"', b'state="hidden"')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(ValidationError, match="都被隐藏.*取消隐藏"):
        xlsx.import_file(P.SPEC, path, admin)
    assert Petition.select().count() == 0


def _hidden_table_in_front(target: Path) -> Path:
    """The fixture .ods with a hidden table of other rows in front of its 收文 table."""
    with zipfile.ZipFile(ODS) as archive:
        parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
    old = ('<table:table table:name="旧表" table:style-name="taHidden"><table:table-row>'
           '<table:table-cell office:value-type="string"><text:p>旧</text:p></table:table-cell>'
           '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" '
           'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
           '</table:table-row></table:table>')
    hidden = ('<style:style style:name="taHidden" style:family="table">'
              '<style:table-properties table:display="false"/></style:style>')
    with zipfile.ZipFile(target, "w") as archive:
        for info, data in parts:
            if info.filename == "content.xml":
                text = data.decode().replace("</office:automatic-styles>", hidden + "</office:automatic-styles>", 1)
                data = text.replace("<office:spreadsheet>", "<office:spreadsheet>" + old, 1).encode()
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compress_type=method)
    return target


def test_an_ods_hidden_table_in_front_is_passed_over(tmp_path):
    assert ODS.is_file(), f"the fixture is missing: {ODS}"
    plain = read_rows(ODS)
    sheet = read_rows(_hidden_table_in_front(tmp_path / "h.ods"))
    assert sheet.name == "收文" and sheet.count > 1
    assert (sheet.headers, sheet.rows) == (plain.headers, plain.rows)


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_an_xlsx_under_another_name_is_read_by_its_content(summer_office, admin, tmp_path, suffix):
    path = _book(tmp_path / "p.xlsx", "hidden")
    renamed = shutil.copy(path, tmp_path / f"p{suffix}")
    report = xlsx.import_file(P.SPEC, renamed, admin)
    assert report.ok and report.imported == 2, [str(p) for p in report.problems]


@pytest.mark.parametrize("suffix", [".csv", ".txt"])
def test_an_xlsx_under_a_text_name_is_read_by_its_content(summer_office, admin, tmp_path, suffix):
    renamed = shutil.copy(_book(tmp_path / "p.xlsx", "hidden"), tmp_path / f"p{suffix}")
    report = xlsx.import_file(P.SPEC, renamed, admin)
    assert report.ok and report.imported == 2, [str(p) for p in report.problems]


@pytest.mark.parametrize("suffix", [".csv", ".txt"])
def test_a_real_text_file_is_still_called_csv(tmp_path, suffix):
    path = tmp_path / f"p{suffix}"
    path.write_text("信访人\n张建国\n", encoding="utf-8")  # one column: no comma to tell it by
    with pytest.raises(ValidationError, match="CSV 文本文件"):
        read_rows(path)


def test_a_broken_workbook_named_csv_is_called_broken(tmp_path):
    path = tmp_path / "p.csv"
    with zipfile.ZipFile(path, "w") as archive:  # a workbook's parts by name, their content torn
        archive.writestr("xl/workbook.xml", b"<workbook")
        archive.writestr("[Content_Types].xml", b"<Types")
    with pytest.raises(ValidationError, match="不是有效的 Excel 工作簿"):
        read_rows(path)


def test_an_ods_named_xlsx_is_read_by_its_content(tmp_path):
    renamed = shutil.copy(ODS, tmp_path / "incoming.xlsx")
    sheet = read_rows(renamed)
    plain = read_rows(ODS)
    assert (sheet.headers, sheet.rows) == (plain.headers, plain.rows)


def test_a_broken_file_is_still_called_broken(tmp_path):
    path = tmp_path / "p.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ValidationError, match="不是有效的 Excel 工作簿"):
        read_rows(path)
