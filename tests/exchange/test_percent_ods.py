"""An .ods says each number cell's kind: LibreOffice and WPS write a cell formatted as 百分比 as
office:value-type="percentage" (office:value="0.8", shown 80%), a plain one as "float". The
import reads a percentage as the percent it shows (0.8 → 80%, 1 → 100%), as it reads an .xlsx's
百分比 cells (test_percent_formats.py), and a plain fraction as what was typed; a 进度 column of an
.ods 台账 comes in as it does from .xlsx. An .xls, whose formats the look cannot know, still
refuses a fraction (1 could be 100% or 1%)."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

import pytest

from officedesk.core.cell_values import PlainNumber
from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.store.supervision import SupervisionItem, SupervisionTask
from tests.exchange.test_guard_area import ods_file
from tests.exchange.test_percent_formats import PROGRESS
from tests.exchange.test_round_trip import _office

NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
              'office:version="1.3"')


class Percent(float):
    """A value written as a percentage cell."""


class Blanks(int):
    """So many empty cells written as one (table:number-columns-repeated)."""


def _cell(value: object, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if isinstance(value, Blanks):
        return f'<table:table-cell table:number-columns-repeated="{int(value)}"/>'
    if value is None:
        return f"<table:table-cell{times}/>"
    if isinstance(value, Percent):
        shown = f"{float(value) * 100:g}%"
        kind = f'office:value-type="percentage" office:value="{float(value)!r}" calcext:value-type="percentage"'
    elif isinstance(value, dt.date):
        shown, kind = value.isoformat(), f'office:value-type="date" office:date-value="{value.isoformat()}"'
    elif isinstance(value, int | float):
        shown, kind = f"{value:g}", f'office:value-type="float" office:value="{value!r}" calcext:value-type="float"'
    else:
        shown, kind = str(value), 'office:value-type="string" calcext:value-type="string"'
    return f"<table:table-cell {kind}{times}><text:p>{escape(shown)}</text:p></table:table-cell>"


def build(path: Path, tables: dict[str, list[list[object]]], repeated: dict[tuple[str, int], int] | None = None) -> Path:
    """Tables as LibreOffice writes them (`repeated`: (table, row index) -> rows it stands for)."""
    body = []
    for name, rows in tables.items():
        lines = []
        for r, values in enumerate(rows):
            times = (repeated or {}).get((name, r), 1)
            attribute = f' table:number-rows-repeated="{times}"' if times > 1 else ""
            lines.append(f"<table:table-row{attribute}>{''.join(_cell(v) for v in values)}</table:table-row>")
        body.append(f'<table:table table:name="{name}">{"".join(lines)}</table:table>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}><office:body>'
               f'<office:spreadsheet>{"".join(body)}</office:spreadsheet></office:body></office:document-content>')
    return ods_file(path, content)


def _read(path: Path) -> list[list[object]]:
    return [row for _, row in xlsx.read_rows(path).rows]


def test_a_percentage_cell_reads_as_the_percent_it_shows(tmp_path):
    path = build(tmp_path / "p.ods", {"S": [
        ["进度", "说明"],
        [Percent(0.8), "80%"], [Percent(1), "100%"], [Percent(0.055), "5.5%"], [0.8, "常规"], [1, "常规"],
        [80, "常规"], ["80%", "文本"]]})
    values = [row[0] for row in _read(path)]
    assert values == ["80%", "100%", "5.5%", 0.8, 1, 80, "80%"]
    assert type(values[3]) is PlainNumber
    assert [parse_value(PROGRESS, v) for v in values[:2]] == [80, 100]
    assert parse_value(PROGRESS, values[4]) == 1 and parse_value(PROGRESS, values[5]) == 80
    with pytest.raises(ValidationError) as refused:  # typed 0.8 in a plain cell: not a 百分比
        parse_value(PROGRESS, values[3])
    assert "整数" in refused.value.message and "百分比" not in refused.value.message


def test_a_percentage_in_a_later_column_and_repeated_rows(tmp_path):
    """Its place counted as a reader counts it: cells repeated across, rows repeated down."""
    row = ["甲", Blanks(2), Percent(0.6)]
    path = build(tmp_path / "p.ods", {"S": [["名称", "a", "b", "进度"], row, ["乙", 2, 3, 0.5]]},
                 repeated={("S", 1): 3})
    rows = _read(path)
    assert [r[3] for r in rows] == ["60%", "60%", "60%", 0.5]


def test_the_percentages_of_the_table_read(tmp_path):
    """Each table's own: the second table's percentage cells are not the first's."""
    path = build(tmp_path / "p.ods", {
        "督查事项": [["进度"], [0.7], [0.8]],
        "分解任务": [["进度"], [Percent(0.3)], [0.2]],
    })
    assert [r[0] for r in _read(path)] == [0.7, 0.8]
    from officedesk.exchange import reading

    named = reading.read_named(path, "分解任务")
    assert named is not None and [r[0] for _, r in named.rows] == ["30%", 0.2]


def _ledger(path: Path, percents: list[object]) -> Path:
    items = [["督查编号", "事项名称", "来源", "立项日期", "办结时限", "状态"]]
    tasks = [["督查编号", "序号", "牵头单位", "时限", "任务状态", "进度", "最近反馈日期"]]
    for n, percent in enumerate(percents, start=1):
        number = f"督〔2025〕{n}号"
        items.append([number, f"第{n}项工作", "领导批示", "2025-11-03", "2025-12-31", "办理中"])
        tasks.append([number, 1, "县公安局", "2025-12-31", "办理中", percent, "2025-12-01"])
    return build(path, {"督查事项": items, "分解任务": tasks})


def test_an_ods_ledger_s_progress_comes_in_as_from_xlsx(db, admin, tmp_path):
    """80% and 100% of an .ods 台账: 80 and 100 (test_percent_formats: the .xlsx's)."""
    _office()
    report = xlsx.import_file(sv_items.SPEC, _ledger(tmp_path / "台账.ods", [Percent(0.8), Percent(1), 60]),
                              admin, history=True)
    assert report.ok, [str(p) for p in report.problems]
    got = {task.item.number: task.progress for task in SupervisionTask.select()}
    assert got == {"督〔2025〕1号": 80, "督〔2025〕2号": 100, "督〔2025〕3号": 60}


def test_an_ods_plain_fraction_is_refused_by_row(db, admin, tmp_path):
    """A plain 0.8 in an .ods 进度 column is what was typed: refused (整数), never read as 80%."""
    _office()
    report = xlsx.import_file(sv_items.SPEC, _ledger(tmp_path / "台账.ods", [0.8]), admin, history=True)
    assert not report.ok
    said = [str(p) for p in report.problems]
    assert any("进度" in s and "整数" in s for s in said), said
    assert SupervisionItem.select().count() == 0
