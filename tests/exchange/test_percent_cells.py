"""A 督查台账 typed by hand in Excel or WPS: a 进度 column formatted as 百分比 shows 80% and holds
the fraction 0.8. It is read as the 80 the clerk sees, on the 分解任务 sheet as in a 反馈; a
fraction that is no whole percentage (12.5%) is still refused by row and column."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from officedesk.core.fields import PERCENT, FieldSpec, parse_value
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.store.supervision import SupervisionItem, SupervisionTask
from tests.exchange.test_round_trip import _office

PROGRESS = FieldSpec("progress", "进度", kind=PERCENT)


def test_a_percentage_cell_is_the_percentage_it_shows():
    assert parse_value(PROGRESS, 0.8) == 80
    assert parse_value(PROGRESS, 0.07) == 7  # 0.07 * 100 is 7.000000000000001 in floats
    assert parse_value(PROGRESS, 80) == 80
    assert parse_value(PROGRESS, "80%") == 80


def _ledger(path: Path, percents: list[object]) -> Path:
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
        tasks.cell(n + 1, 6).number_format = "0%"
    book.save(path)
    return path


def test_a_task_sheet_formatted_as_percent_imports_as_seen(db, admin, tmp_path):
    _office()
    report = xlsx.import_file(sv_items.SPEC, _ledger(tmp_path / "台账.xlsx", [0.8, 0.35]), admin,
                              history=True)
    assert report.ok, [str(p) for p in report.problems]
    got = {t.item.title: t.progress for t in SupervisionTask.select().join(SupervisionItem)}
    assert got == {"第1项工作": 80, "第2项工作": 35}


def test_a_fraction_that_is_no_whole_percentage_is_refused_by_row(db, admin, tmp_path):
    _office()
    report = xlsx.import_file(sv_items.SPEC, _ledger(tmp_path / "台账.xlsx", [0.8, 0.125]), admin,
                              history=True)
    assert not report.ok
    said = [str(p) for p in report.problems]
    assert len(said) == 1 and "第 3 行" in said[0] and "进度" in said[0], said
    assert SupervisionItem.select().count() == 0  # nothing half-written
