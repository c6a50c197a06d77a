"""A 督查 row refused for a date before its tasks' 交办 names what the clerk's sheet has. A task
whose 交办日期 the sheet does not give (the 督查事项 sheet has no such column; the 分解任务
sheet may lack it or leave it blank) is 交办 on the item's 立项日期: the refusal names the
立项日期 (or, when that is not given either, says the item was 立项 today and to fill it in),
never a 交办日期 the clerk never typed. Before, it read “办结日期（…）不能早于交办日期（…）” of a
sheet without any 交办日期. By the batch, row by row, and with --history alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core.supervision import items as sv_items
from officedesk.store.supervision import SupervisionItem
from tests.exchange.import_paths import PATHS, import_by

TODAY = dt.date(2026, 12, 1)
ITEM = {"督查编号": "督〔2026〕1号", "事项名称": "整治背街小巷", "来源": "其他",
        "立项日期": "2026-11-10", "办结时限": "2026-12-30"}
TASK = {"督查编号": "督〔2026〕1号", "序号": 1, "牵头单位": "县财政局", "时限": "2026-12-05"}


def _book(path: Path, item: dict[str, Any], task: dict[str, Any] | None = None) -> Path:
    book = openpyxl.Workbook()
    items = book.active
    items.title = "督查事项"
    items.append(list(item))
    items.append(list(item.values()))
    if task is not None:
        tasks = book.create_sheet("分解任务")
        tasks.append(list(task))
        tasks.append(list(task.values()))
    book.save(path)
    return path


def _refused(how: str, path: Path, admin: Any, monkeypatch: Any) -> str:
    report = import_by(how, sv_items.SPEC, path, admin, monkeypatch)
    assert SupervisionItem.select().count() == 0
    said = " ".join(str(p) for p in report.problems)
    assert said, "the row was not refused"
    return said


CASES = {
    # the 督查事项 sheet alone: its tasks are made of the 牵头单位 column on the 立项日期
    "item closed before its start": (
        {**ITEM, "牵头单位": "县财政局", "状态": "已办结", "办结日期": "2026-11-01"}, None,
        ("办结日期", "2026-11-01", "立项日期", "2026-11-10")),
    # the 分解任务 sheet without a 交办日期 column
    "task due before the start": (ITEM, {**TASK, "时限": "2026-11-05"},
                                  ("时限", "2026-11-05", "立项日期", "2026-11-10")),
    "task report before the start": (ITEM, {**TASK, "最近反馈日期": "2026-11-01", "进度": 20},
                                     ("最近反馈日期", "2026-11-01", "立项日期", "2026-11-10")),
    "task done before the start": (ITEM, {**TASK, "任务状态": "已办结", "任务办结日期": "2026-11-01"},
                                   ("任务办结日期", "2026-11-01", "立项日期", "2026-11-10")),
    # the column there, its cell blank
    "task due before the start, 交办日期 blank": (ITEM, {**TASK, "时限": "2026-11-05", "交办日期": None},
                                               ("时限", "2026-11-05", "立项日期", "2026-11-10")),
}


@pytest.mark.parametrize("how", PATHS)
@pytest.mark.parametrize("case", list(CASES))
def test_a_refusal_names_the_start_date_the_sheet_gives(case, how, db, admin, fixed_today, tmp_path,
                                                        monkeypatch):
    fixed_today(TODAY)
    item, task, named = CASES[case]
    said = _refused(how, _book(tmp_path / "sv.xlsx", item, task), admin, monkeypatch)
    assert "交办日期（" not in said, said  # no 交办日期 the clerk never typed, with its date
    for words in named:
        assert words in said, said


@pytest.mark.parametrize("how", PATHS)
def test_without_a_start_date_the_refusal_says_to_fill_it_in(how, db, admin, fixed_today, tmp_path,
                                                            monkeypatch):
    """No 立项日期 column either: the item is 立项 today, its tasks 交办 today; said so."""
    fixed_today(TODAY)
    item = {k: v for k, v in ITEM.items() if k != "立项日期"}
    said = _refused(how, _book(tmp_path / "sv.xlsx", item, {**TASK, "最近反馈日期": "2026-11-20", "进度": 20}),
                    admin, monkeypatch)
    assert "交办日期（" not in said, said
    assert "2026-11-20" in said and "立项日期" in said and TODAY.isoformat() in said, said


@pytest.mark.parametrize("how", PATHS)
def test_a_typed_assigned_date_before_an_unsaid_start_says_to_fill_it_in(how, db, admin, fixed_today,
                                                                        tmp_path, monkeypatch):
    """A 交办日期 given, no 立项日期: the item is 立项 today, and a 交办 before it is refused
    saying so — not as “早于事项的立项日期（today）” of a sheet without that column."""
    fixed_today(TODAY)
    item = {k: v for k, v in ITEM.items() if k != "立项日期"}
    said = _refused(how, _book(tmp_path / "sv.xlsx", item, {**TASK, "交办日期": "2026-11-12"}), admin,
                    monkeypatch)
    assert "2026-11-12" in said and "没有填写立项日期" in said and TODAY.isoformat() in said, said


@pytest.mark.parametrize("how", PATHS)
def test_a_typed_assigned_date_is_named_as_typed(how, db, admin, fixed_today, tmp_path, monkeypatch):
    """A 交办日期 the sheet gives is the one the refusal names, as before."""
    fixed_today(TODAY)
    said = _refused(how, _book(tmp_path / "sv.xlsx", ITEM, {**TASK, "交办日期": "2026-11-12",
                                                             "最近反馈日期": "2026-11-11", "进度": 20}),
                    admin, monkeypatch)
    assert "交办日期（2026-11-12）" in said, said


@pytest.mark.parametrize("how", PATHS)
def test_a_task_on_its_start_date_comes_in(how, db, admin, fixed_today, tmp_path, monkeypatch):
    fixed_today(TODAY)
    path = _book(tmp_path / "sv.xlsx", ITEM, {**TASK, "最近反馈日期": "2026-11-10", "进度": 20,
                                               "任务状态": "已办结", "任务办结日期": "2026-11-10"})
    report = import_by(how, sv_items.SPEC, path, admin, monkeypatch)
    assert not report.problems, [str(p) for p in report.problems]
    assert SupervisionItem.select().count() == 1


def test_a_task_added_by_update_is_refused_naming_the_start_date(db, admin, fixed_today, tmp_path):
    """import --update: a new row of the 分解任务 sheet without 交办日期, due before the 立项日期."""
    from officedesk.exchange import xlsx
    from officedesk.exchange.report import MATCH_UPDATE

    fixed_today(TODAY)
    first = xlsx.import_file(sv_items.SPEC, _book(tmp_path / "a.xlsx", ITEM, TASK), admin)
    assert first.ok, [str(p) for p in first.problems]
    book = openpyxl.load_workbook(_book(tmp_path / "b.xlsx", ITEM, TASK))
    book["分解任务"].append([ITEM["督查编号"], 2, "县水利局", "2026-11-05"])
    book.save(tmp_path / "b.xlsx")
    report = xlsx.import_file(sv_items.SPEC, tmp_path / "b.xlsx", admin, on_match=MATCH_UPDATE)
    said = " ".join(str(p) for p in report.problems)
    assert "交办日期（" not in said and "2026-11-05" in said and "立项日期（2026-11-10）" in said, said
