"""Issue 18: files written by programs other than ours — LibreOffice's own files in
../shared/fixtures/spreadsheets, and xlsx built the way Excel, WPS and exporters write them
(shared and inline strings, styles, 1900 and 1904 date systems, error cells, numbers where
text was expected) — import with the right values, or are refused with a message that says
what happened and what to do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from officedesk.core import registry, settings
from officedesk.core.documents.incoming import INCOMING
from officedesk.exchange import xlsx
from officedesk.store.documents import IncomingDoc
from tests.exchange.builders import Error, Number, build_xlsx

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "spreadsheets"
TODAY = dt.date(2026, 11, 30)
DUMPED = {
    "people": ("name", "rank", "phone"),
    "incoming": ("title", "received_on", "copies", "from_ref", "secrecy", "urgency"),
    "meetings": ("title", "start", "end", "contact_phone"),
    "supervision": ("title", "start_date", "deadline", "lead_unit"),
    "petitions": ("name", "registered_on", "people_count", "phone", "id_number", "closed_on", "state"),
}


@pytest.fixture
def office(db, fixed_today):
    fixed_today(TODAY)
    settings.put("org.code", "云委办")
    return db


def _dump(name: str) -> list[tuple[str, ...]]:
    spec = registry.get(name)
    keys = [k for k in DUMPED[name] if hasattr(spec.model, k)]
    return sorted(tuple(str(getattr(r, k)) for k in keys) for r in spec.model.select())


def _import_folder(folder: str, admin) -> dict[str, object]:
    """Units from the date-cells folder (the template folder has none), then every registry."""
    assert FIXTURES.is_dir(), f"the fixtures are missing: {FIXTURES}"
    units = xlsx.import_file(registry.get("units"), FIXTURES / "xlsx-date-cells/units.xlsx", admin)
    assert units.ok and units.imported == 10
    suffix = {"xls": ".xls", "ods": ".ods"}.get(folder, ".xlsx")
    prefix = "filled_" if folder == "xlsx-from-template" else ""
    reports = {}
    for name in DUMPED:
        path = FIXTURES / folder / f"{prefix}{name}{suffix}"
        reports[name] = xlsx.import_file(registry.get(name), path, admin, skip_bad=True)
    return reports


def test_libreoffice_date_cells(office, admin):
    reports = _import_folder("xlsx-date-cells", admin)
    assert all(r.ok and r.imported == 5 for r in reports.values()), reports
    meetings = _dump("meetings")
    assert ("县委常委会第26次会议", "2026-12-03 09:00:00", "2026-12-03 11:30:00", "0871-65123456") in meetings
    # a phone the spreadsheet stored as a number (13908871234.0) is the phone, not "13908871234.0"
    assert ("全县根治欠薪工作推进会", "2026-12-04 14:30:00", "2026-12-04 17:00:00", "13908871234") in meetings
    petitions = _dump("petitions")
    assert ("张桂芳", "2026-11-02", "1", "13887654321", "530123196804120421", "None", "待告知") in petitions
    assert ("马文斌", "2026-11-10", "1", "15912345678", "", "2026-11-12", "已办结") in petitions
    incoming = _dump("incoming")
    assert len(incoming) == 5 and all(row[1].startswith("2026-11-") for row in incoming)


@pytest.mark.parametrize("folder", ["xls", "ods", "xlsx-from-template"])
def test_other_formats_import_the_same_records(office, admin, folder, tmp_path):
    _import_folder("xlsx-date-cells", admin)
    expected = {name: _dump(name) for name in DUMPED}
    from officedesk.store import db as store_db

    store_db.close_database()
    store_db.open_database(str(tmp_path / f"{folder}.db"))
    settings.forget_cache()
    settings.put("org.code", "云委办")
    reports = _import_folder(folder, admin)
    assert all(r.ok and r.imported == 5 for r in reports.values()), {
        k: [str(p) for p in r.problems] for k, r in reports.items()
    }
    assert {name: _dump(name) for name in DUMPED} == expected


def test_dates_typed_the_way_a_clerk_types_them(office, admin):
    """A UTF-8 CSV converted in the zh-CN locale: 2026/11/3, 2026年11月6日, 2026.11.9 are dates;
    the 身份证号 the spreadsheet turned into numbers are refused, and say why."""
    reports = _import_folder("xlsx-from-csv-zh", admin)
    for name in ("people", "incoming", "meetings", "supervision"):
        assert reports[name].ok and reports[name].imported == 5, name
    petitions = reports["petitions"]
    assert petitions.imported == 1 and petitions.skipped == 4
    assert {(p.row, p.column) for p in petitions.problems} == {
        (2, "身份证号"), (3, "身份证号"), (5, "身份证号"), (6, "身份证号")
    }
    reason = petitions.problems[0].reason
    assert "存成了数字" in reason and "15 位有效数字" in reason and "文本" in reason
    assert "校验" not in reason and "最后一位应为" not in reason


def test_error_cells_are_refused_with_row_column_and_name(office, admin):
    path = FIXTURES / "xlsx-date-cells/incoming-error-cells.xlsx"
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.imported == 0 and IncomingDoc.select().count() == 0
    found = {(p.row, p.column): p.reason for p in report.problems}
    assert set(found) == {(2, "收文日期"), (2, "份数")}
    assert all("#VALUE!" in reason and "不会当作空白" in reason for reason in found.values())
    report = xlsx.import_file(INCOMING, path, admin, skip_bad=True)
    assert report.imported == 4 and report.skipped == 1  # nothing defaulted from the bad row
    assert not IncomingDoc.select().where(IncomingDoc.title.contains("冬春防火")).exists()


# ---------------------------------------------------------------- built the way others write


HEADER = ["收文日期", "来文机关", "来文字号", "标题", "份数"]
ROWS = [
    [dt.date(2026, 11, 3), "市委办", "云市委办发〔2026〕45号", "关于冬春防火的通知", 3],
    [dt.date(2026, 11, 6), "县政府办", "云政办发〔2026〕88号", "关于饮水安全的意见", 2],
    [dt.datetime(2026, 11, 9, 0, 0), "县财政局", "", "关于预算编制的通知", 1],
]


@pytest.mark.parametrize("strings", ["shared", "inline"])
@pytest.mark.parametrize("date1904", [False, True])
def test_strings_styles_and_date_systems(office, admin, tmp_path, strings, date1904):
    path = build_xlsx(tmp_path / "in.xlsx", [HEADER, *ROWS], strings=strings, date1904=date1904)
    report = xlsx.import_file(INCOMING, path, admin)
    assert report.ok and report.imported == 3, [str(p) for p in report.problems]
    got = sorted((r.received_on, r.from_org, r.from_ref, r.copies) for r in IncomingDoc.select())
    assert got == sorted(
        [
            (dt.date(2026, 11, 3), "市委办", "云市委办发〔2026〕45号", 3),
            (dt.date(2026, 11, 6), "县政府办", "云政办发〔2026〕88号", 2),
            (dt.date(2026, 11, 9), "县财政局", "", 1),
        ]
    )


@pytest.mark.parametrize("error", ["#DIV/0!", "#VALUE!", "#N/A", "#REF!"])
def test_built_error_cells(office, admin, tmp_path, error):
    rows = [HEADER, ROWS[0], [Error(error), "市委办", "", "标题二", Error("#DIV/0!")]]
    report = xlsx.import_file(INCOMING, build_xlsx(tmp_path / "e.xlsx", rows), admin)
    assert [(p.row, p.column) for p in report.problems] == [(3, "收文日期"), (3, "份数")]
    assert error in report.problems[0].reason and "#DIV/0!" in report.problems[1].reason
    assert IncomingDoc.select().count() == 0


def test_numbers_where_text_was_expected(office, admin, tmp_path):
    from officedesk.core import petitions

    header = ["登记日期", "信访形式", "信访人", "身份证号", "联系电话", "问题类别", "反映内容"]
    base = [dt.date(2026, 11, 2), "来访", "张桂芳"]
    tail = ["劳动社保", "拖欠工资"]
    rows = [
        header,
        base + [Number(5.3012319680412e17), "13887654321", *tail],  # ID turned into a number
        base + ["530123196804120421", Number(87167891234), *tail],  # 0871… lost its 0
        base + ["530123196804120421", Number(13887654321), *tail],  # a mobile: fine as a number
    ]
    report = xlsx.import_file(petitions.SPEC, build_xlsx(tmp_path / "p.xlsx", rows), admin)
    reasons = {(p.row, p.column): p.reason for p in report.problems}
    assert set(reasons) == {(2, "身份证号"), (3, "联系电话")}
    assert "530123196804120000" in reasons[(2, "身份证号")] and "最后几位已经丢失" in reasons[(2, "身份证号")]
    assert "区号开头的 0 已经丢失" in reasons[(3, "联系电话")]
    report = xlsx.import_file(petitions.SPEC, build_xlsx(tmp_path / "p.xlsx", [rows[0], rows[3]]), admin)
    assert report.ok and petitions.SPEC.model.get().phone == "13887654321"

    doc = [
        [dt.date(2026, 11, 3), "市委办", Number(45), "标题", 1],
        [dt.date(2026, 11, 3), "市委办", dt.date(2026, 1, 2), "标题", 1],  # "1-2" made a date
    ]
    report = xlsx.import_file(INCOMING, build_xlsx(tmp_path / "d.xlsx", [HEADER, *doc]), admin)
    assert [(p.row, p.column) for p in report.problems] == [(2, "来文字号"), (3, "来文字号")]
    assert "存成了数字（45）" in report.problems[0].reason
    assert "当成了日期（2026-01-02）" in report.problems[1].reason


# ---------------------------------------------------------------- messages


def test_a_header_problem_is_named_as_such(office, admin, tmp_path):
    rows = [["收文日期", "来文方", "标题"]] + [[dt.date(2026, 11, 3), "市委办", f"标题{i}"] for i in range(5)]
    report = xlsx.import_file(INCOMING, build_xlsx(tmp_path / "h.xlsx", rows), admin)
    assert report.header_only and report.total == 5
    summary = report.summary()
    assert "第 1 行的列标题有问题" in summary and "没有检查下面的 5 行" in summary
    assert "0 行有问题" not in summary
    assert str(report.problems[0]).startswith("第 1 行（列标题）")


def test_template_hints_say_each_thing_once(office):
    from officedesk.core import meetings

    for spec in registry.all_registries():
        for field_spec in spec.exchange_fields():
            parts = xlsx.hint(field_spec).split("；")
            assert len(parts) == len(set(parts)), (spec.name, field_spec.label, parts)
    start = meetings.SPEC.by_label("开始时间")
    assert xlsx.hint(start).count("2026-12-03 09:00") == 1
    id_hint = xlsx.hint(registry.get("petitions").by_label("身份证号"))
    assert "文本格式" in id_hint and "15 位有效数字" in id_hint


def test_csv_is_refused_with_what_to_do(office, admin, tmp_path):
    path = tmp_path / "收文.csv"
    path.write_text("收文日期,来文机关,标题\n2026-11-03,市委办,标题\n", encoding="utf-8")
    with pytest.raises(Exception, match="CSV.*另存为”.xlsx"):
        xlsx.import_file(INCOMING, path, admin)


def test_ods_error_cells_are_refused(office, admin, tmp_path):
    """LibreOffice keeps an error in .ods as calcext:value-type="error" with a cached 0: the
    reader would give 0 (or nothing); the row is refused with the error's name."""
    import re
    import zipfile

    source = FIXTURES / "ods/incoming.ods"
    with zipfile.ZipFile(source) as archive:
        parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
    error = (
        '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" '
        'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
    )
    target = tmp_path / "incoming-error.ods"
    with zipfile.ZipFile(target, "w") as archive:
        for info, data in parts:
            if info.filename == "content.xml":
                text = data.decode()
                date_cell = re.search(
                    r'<table:table-cell[^>]*office:value-type="date"[^>]*>.*?</table:table-cell>',
                    text,
                    re.S,
                )
                assert date_cell is not None
                data = (text[: date_cell.start()] + error + text[date_cell.end() :]).encode()
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compress_type=method)
    report = xlsx.import_file(INCOMING, target, admin, skip_bad=True)
    assert [(p.row, p.column) for p in report.problems] == [(2, "收文日期")]
    assert "#DIV/0!" in report.problems[0].reason
    assert report.imported == 4


def test_xls_error_cells_are_refused(office, admin, tmp_path):
    """An Excel 97–2003 file (as WPS saves by default) with error cells: refused by name."""
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("收文")
    for column, label in enumerate(HEADER):
        sheet.write(0, column, label)
    sheet.write(1, 0, "2026-11-03")
    sheet.row(1).set_cell_error(4, "#DIV/0!")
    sheet.row(2).set_cell_error(0, 0x2A)  # #N/A
    for row in (1, 2):
        sheet.write(row, 1, "市委办")
        sheet.write(row, 3, f"标题{row}")
    sheet.write(3, 0, "2026-11-04")
    sheet.write(3, 1, "县政府办")
    sheet.write(3, 3, "标题3")
    sheet.write(3, 4, 2)
    path = tmp_path / "incoming.xls"
    book.save(str(path))
    report = xlsx.import_file(INCOMING, path, admin, skip_bad=True)
    found = {(p.row, p.column): p.reason for p in report.problems}
    assert set(found) == {(2, "份数"), (3, "收文日期")}
    assert "#DIV/0!" in found[(2, "份数")] and "#N/A" in found[(3, "收文日期")]
    assert report.imported == 1 and IncomingDoc.get().copies == 2
