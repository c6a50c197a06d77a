"""A 进度 column formatted as 百分比 in Excel or WPS shows 80% and holds 0.8, and shows 100%
holding 1. The import reads the .xlsx's cell formats (xl/styles.xml: built-in 0% and 0.00%, a
custom format with a % outside quotes), so such a cell reads as the percent it shows: 0.8 as
80, 1 as 100. A plain number reads as before; the export's own 0"%" (80 shown as 80%) is no
percentage. Where the formats cannot be known (no styles part, a huge or malformed one) a
fraction is still refused, since 1 could be 100% or 1%."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from officedesk.core.cell_values import PlainNumber
from officedesk.core.errors import ValidationError
from officedesk.core.fields import PERCENT, FieldSpec, parse_value
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import guard_styles, reading, xlsx
from officedesk.store.supervision import SupervisionItem, SupervisionTask
from tests.exchange.test_round_trip import _office

PROGRESS = FieldSpec("progress", "进度", kind=PERCENT)


def _cells(path: Path, cells: list[tuple[object, str]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["进度", "格式"])
    for value, number_format in cells:
        sheet.append([value, number_format])
        sheet.cell(sheet.max_row, 1).number_format = number_format
    book.save(path)
    return path


def _read(path: Path) -> list[object]:
    return [row[0] for _, row in xlsx.read_rows(path).rows]


def _with_styles(source: Path, target: Path, styles: bytes | None) -> Path:
    """`source` with its xl/styles.xml replaced by `styles` (None: left out)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename == "xl/styles.xml":
                if styles is not None:
                    new.writestr(item, styles)
            else:
                new.writestr(item, old.read(item))
    return target


def test_a_percentage_cell_reads_as_the_percent_it_shows(tmp_path):
    values = _read(_cells(tmp_path / "p.xlsx", [
        (0.8, "0%"), (1, "0%"), (0.055, "0.0%"), (0.8, "0.00%"), (1, "General"), (0.8, "General"),
        (80, '0"%"'), (0.25, "#,##0.0%;[Red]-#,##0.0%"), ("80", "0%"), (0.5, "0.0\\%")]))
    assert values == ["80%", "100%", "5.5%", "80%", 1, 0.8, 80, "25%", "80", 0.5]
    assert type(values[5]) is PlainNumber and type(values[9]) is PlainNumber
    assert parse_value(PROGRESS, values[0]) == 80 and parse_value(PROGRESS, values[1]) == 100
    assert parse_value(PROGRESS, values[4]) == 1 and parse_value(PROGRESS, values[6]) == 80


def test_a_fraction_known_to_be_plain_is_no_percentage(tmp_path):
    """A plain 0.8 (its format read: 常规) is what was typed: not an integer, said so."""
    plain = _read(_cells(tmp_path / "p.xlsx", [(0.8, "General")]))[0]
    with pytest.raises(ValidationError) as refused:
        parse_value(PROGRESS, plain)
    assert "整数" in refused.value.message and "百分比" not in refused.value.message
    with pytest.raises(ValidationError) as refused:  # 5.5%: the field holds whole percents
        parse_value(PROGRESS, _read(_cells(tmp_path / "q.xlsx", [(0.055, "0.0%")]))[0])
    assert "整数" in refused.value.message and "5.5%" in refused.value.message


@pytest.mark.parametrize("code, percent", [
    ("0%", True), ("0.0%", True), ("#,##0.00%", True), ("[Red]0%", True), ('0"%"', False),
    ("0\\%", False), ('0.0"%";-0.0%', False), ("[$%-804]0", False), ("0_%", False), ("General", False),
])
def test_which_format_is_a_percentage(code, percent):
    assert guard_styles.is_percent(code) is percent


def _ledger(path: Path, percents: list[object], number_format: str = "0%") -> Path:
    book = Workbook()
    items = book.active
    items.title = "督查事项"
    items.append(["督查编号", "事项名称", "来源", "立项日期", "办结时限", "状态"])
    tasks = book.create_sheet("分解任务")
    tasks.append(["督查编号", "序号", "牵头单位", "时限", "任务状态", "进度", "最近反馈日期"])
    for n, percent in enumerate(percents, start=1):
        number = f"督〔2025〕{n}号"
        items.append([number, f"第{n}项工作", "领导批示", "2025-11-03", "2025-12-31", "办理中"])
        tasks.append([number, 1, "县公安局", "2025-12-31", "办理中", percent, "2025-12-01"])
        tasks.cell(n + 1, 6).number_format = number_format
    book.save(path)
    return path


def _progress() -> dict[str, int]:
    return {task.item.number: task.progress for task in SupervisionTask.select()}


def test_a_task_sheet_formatted_as_percent_comes_in_as_shown(db, admin, tmp_path):
    """80% and 100%: 80 and 100 (not 1%)."""
    _office()
    report = xlsx.import_file(sv_items.SPEC, _ledger(tmp_path / "台账.xlsx", [0.8, 1]), admin,
                              history=True)
    assert report.ok, [str(p) for p in report.problems]
    assert _progress() == {"督〔2025〕1号": 80, "督〔2025〕2号": 100}


def test_a_part_percent_is_refused_by_row(db, admin, tmp_path):
    _office()
    report = xlsx.import_file(sv_items.SPEC, _ledger(tmp_path / "台账.xlsx", [0.055], "0.0%"), admin,
                              history=True)
    assert not report.ok
    assert any("进度" in str(p) and "5.5%" in str(p) for p in report.problems), report.problems
    assert SupervisionItem.select().count() == 0


HOSTILE = {
    "missing": None,
    "malformed": b"<styleSheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><cellXfs>",
    "huge": b"<?xml version='1.0'?><styleSheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
            + b'<numFmts count="1"><numFmt numFmtId="164" formatCode="0%"/></numFmts><cellXfs>'
            + b'<xf numFmtId="164"/>' * (guard_styles.MAX_STYLES // 20 + 10) + b"</cellXfs></styleSheet>",
    "entities": b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b'<numFmts><numFmt numFmtId="164" formatCode="&b;"/></numFmts></styleSheet>',
    "foreign": b"<html><body>0%</body></html>",
}


BROKEN = ("malformed", "entities", "foreign")  # the reader (calamine) refuses the workbook itself


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_formats_that_cannot_be_known_keep_the_refusal(db, admin, tmp_path, kind):
    """No styles part, or one too big, broken or not a stylesheet: 1 could be 100% or 1%
    (where the reader itself refuses the file as broken, it says so)."""
    _office()
    path = _with_styles(_ledger(tmp_path / "in.xlsx", [0.8, 1]), tmp_path / "台账.xlsx", HOSTILE[kind])
    try:
        report = xlsx.import_file(sv_items.SPEC, path, admin, history=True)
    except ValidationError as exc:
        assert kind in BROKEN and "另存为" in exc.message, exc.message
    else:
        assert kind not in BROKEN
        assert not report.ok
        said = [str(p) for p in report.problems]
        assert any("第 2 行" in s and "进度" in s and "百分比" in s for s in said), said
    assert SupervisionItem.select().count() == 0 and SupervisionTask.select().count() == 0


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_the_look_at_hostile_styles_knows_no_formats(tmp_path, kind):
    """The guard's own look, whatever the reader then makes of the file: None, quickly."""
    path = _with_styles(_cells(tmp_path / "in.xlsx", [(0.8, "0%")]), tmp_path / "s.xlsx", HOSTILE[kind])
    with zipfile.ZipFile(path) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        assert guard_styles.percent_styles(archive, names) is None


def test_a_percent_cell_the_look_cannot_place_leaves_the_formats_unknown(tmp_path):
    """A cell without its r="…" (the reader counts its place): never read as plain."""
    source = _cells(tmp_path / "p.xlsx", [(0.8, "0%")])
    target = tmp_path / "q.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c r="A2" s="(\d+)"', rb'<c s="\1"', data)
                assert b'<c s="' in data
            new.writestr(item, data)
    value = _read(target)[0]
    assert type(value) is float and value == 0.8


def test_the_export_reads_back_as_it_was(db, admin, tmp_path):
    """The export writes 80 shown as 80% (0"%"): read back as 80, not 8000."""
    _office()
    report = xlsx.import_file(sv_items.SPEC, _ledger(tmp_path / "台账.xlsx", [0.8, 1]), admin,
                              history=True)
    assert report.ok, [str(p) for p in report.problems]
    xlsx.export(sv_items.SPEC, tmp_path / "out.xlsx", admin)
    sheet = reading.read_named(tmp_path / "out.xlsx", "分解任务")
    assert sheet is not None
    column = sheet.headers.index("进度")
    assert sorted(row[column] for _, row in sheet.rows) == [80, 100]


@pytest.mark.parametrize("number_format", [
    "yyyy/m/d", 'yyyy"年"m"月"d"日"', "[$-804]yyyy\"年\"m\"月\"d\"日\"", "mm-dd-yy", "yyyy年m月d日"])
def test_a_date_formatted_serial_reads_as_its_date(tmp_path, number_format):
    """The reader gives a number formatted as a date (built-in or custom) as the date: only a
    bare serial, in a cell formatted otherwise, is refused (core.date_refusals)."""
    assert _read(_cells(tmp_path / "d.xlsx", [(46000, number_format)])) == [dt.date(2025, 12, 9)]


@pytest.mark.parametrize("builtin", [14, 22, 31, 57, 58])
def test_a_builtin_chinese_date_format_reads_as_its_date(tmp_path, builtin):
    """Chinese Excel saves 2025年12月9日 as the built-in format 31 (57: 2025年12月, 58: 12月9日),
    with no format code in the file: the reader knows them as dates too."""
    source = _cells(tmp_path / "d.xlsx", [(46000, "0.000")])
    target = tmp_path / "b.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "xl/styles.xml":
                data = re.sub(rb"<numFmts.*?</numFmts>", b"", data)
                data = re.sub(rb'<xf numFmtId="164"', b'<xf numFmtId="%d"' % builtin, data)
                assert b'numFmtId="%d"' % builtin in data
            new.writestr(item, data)
    value = _read(target)[0]
    assert (value.date() if isinstance(value, dt.datetime) else value) == dt.date(2025, 12, 9)
