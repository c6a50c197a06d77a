"""督查事项 imports through the batch (checked in memory without the write lock, one bulk write):
the same items, tasks (of the 牵头单位 column or of the 分解任务 sheet, 进度 kept), counted 办结时限,
numbers, audit entries (each 分解交办 and the item following its tasks, row digests included)
and index rows as the row-by-row path writes from the same file; the same refusals in the same
rows and columns; a dry run that takes no write lock; an 办结 imported closed as its steps close it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from officedesk.core import (
    audit,
    batch_write,
    check,
    directory,
    records,
    settings,
    workdays,
)
from officedesk.core.supervision import items as sv_items
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.counted_deadline import CountedDeadline
from officedesk.store.models import AuditEntry, IssuedNumber
from officedesk.store.search_index import SearchDoc
from officedesk.store.supervision import SupervisionItem, SupervisionTask
from tests.exchange.import_paths import both_dry, both_ways, clock_held_still, holidays_before_write
from tests.write_locks import watch_write_locks

from .sheets import write_sheet

SPEC = sv_items.SPEC
TODAY = dt.date(2026, 6, 30)
UNITS = (("县财政局", "财政局"), ("县水利局", "水利局"), ("县教育局", "教育局"))
BASE = {"事项名称": "推进重点工作", "来源": "领导批示", "事项内容": "按期落实并反馈进展",
        "立项日期": dt.date(2026, 5, 6), "办结时限": dt.date(2026, 8, 31)}
# two units (a task each), a counted 办结时限 its task follows, none split yet, brought numbers
# of two years, a 简称, 协办单位 and 责任人 on the first task, a 密级, a 反馈周期
VARIETY: list[dict[str, Any]] = [
    {"牵头单位": "县财政局、县水利局", "协办单位": "县教育局", "责任人": "张三"},
    {"办结时限": None, "牵头单位": "县水利局"},
    {"事项名称": "尚未分解的事项"},
    {"督查编号": "督〔2026〕4号", "牵头单位": "财政局", "密级": "秘密", "反馈周期": "每周"},
    {"督查编号": "督〔2025〕1号", "立项日期": dt.date(2025, 11, 3), "办结时限": None,
     "牵头单位": "县教育局、县财政局", "状态": "办理中"},
    {"办结时限": None, "事项名称": "按默认时限", "批示领导": "李四", "批示内容": "抓紧办理"},
    {"牵头单位": "县财政局、县财政局", "反馈周期": "一次性"},
    # imported 办结: each task's 办结, then the item's, 按期 or 逾期 by the dates
    {"牵头单位": "县财政局、县水利局", "状态": "按期办结", "办结日期": dt.date(2026, 6, 20), "办结报告": "已完成"},
    {"牵头单位": "县水利局", "办结时限": dt.date(2026, 5, 31), "状态": "逾期办结", "办结日期": dt.date(2026, 6, 10)},
]
BAD: list[dict[str, Any]] = [
    {"立项日期": "2026-13-01"},
    {"立项日期": dt.date(2099, 1, 1)},  # later than today
    {"来源": None},  # required, named with its choices
    {"来源": "传真"},
    {"牵头单位": "不存在的局"},  # not in the 通讯录
    {"协办单位": "县教育局"},  # no 牵头单位
    {"办结时限": dt.date(2026, 5, 1)},  # before the 立项日期
    {"紧急程度": "很急"},
    {"状态": "暂停"},
    {"督查编号": "督〔2027〕1号"},  # a year after this one
    {"督查编号": "督〔2025〕9号"},  # another year than its 立项日期
    {"立项日期": "2026-13-01", "来源": "传真", "反馈周期": "每年"},  # every bad cell named
    {"牵头单位": "县财政局", "办结时限": dt.date(2026, 5, 31), "状态": "按期办结", "办结日期": dt.date(2026, 6, 10)},
    {"牵头单位": "县财政局", "状态": "已办结"},  # without its 办结日期
    {"牵头单位": "县财政局", "状态": "已办结", "办结日期": dt.date(2026, 7, 10)},  # after today
    {"牵头单位": "县财政局", "办结日期": dt.date(2026, 7, 10)},  # after today
    {"牵头单位": "县财政局", "办结日期": dt.date(2026, 5, 1)},  # before the 立项日期
    {"状态": "按期办结"},  # without its 办结日期
]
TASKS = "分解任务"
TASK_LABELS = ["督查编号", "序号", "牵头单位", "协办单位", "责任人", "时限", "办理要求", "交办日期",
               "任务状态", "进度", "最近反馈日期", "任务办结日期", "办结情况"]


@pytest.fixture
def office(db, fixed_today, admin, monkeypatch):
    fixed_today(TODAY, dt.time(10, 0))
    clock_held_still(monkeypatch)
    _units(admin)
    return db


def _units(admin: Any) -> None:
    for name, short in UNITS:
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)


def _sheet(path: Path, extras: list[dict[str, Any]], tasks: list[dict[str, Any]] | None = None) -> Path:
    write_sheet(SPEC, path, [{**BASE, **extra} for extra in extras])
    if tasks is not None:
        book = openpyxl.load_workbook(path)
        sheet = book.create_sheet(TASKS)
        sheet.append(TASK_LABELS)
        for task in tasks:
            sheet.append([task.get(label) for label in TASK_LABELS])
        book.save(path)
    return path



def _problems(report: Any) -> set[tuple[int, str | None, str]]:
    return {(p.row, p.column, p.reason) for p in report.problems}


def _written() -> dict[str, Any]:
    """What the import wrote: every item and task row, counted 时限, number, audit entry of the
    registry (row digests too: the clock stands still) and index row, but their ids."""
    number_of = {item.id: item.number for item in SupervisionItem.select()}
    task_of = {task.id: (number_of[task.item_id], task.seq) for task in SupervisionTask.select()}
    items = sorted(({k: v for k, v in item.__data__.items() if k != "id"}
                    for item in SupervisionItem.select()), key=lambda row: row["number"])
    tasks = sorted(({**{k: v for k, v in task.__data__.items() if k not in ("id", "item")},
                     "item": number_of[task.item_id]} for task in SupervisionTask.select()),
                   key=lambda row: (row["item"], row["seq"]))
    counted = sorted((c.registry, number_of[c.record_id] if c.registry == SPEC.name else task_of[c.record_id],
                      c.field, c.since, c.days, c.working, c.due) for c in CountedDeadline.select())
    entries = [(e.action, number_of[e.record_id], e.summary, e.before, e.after, e.row_digest)
               for e in AuditEntry.select().where(AuditEntry.registry == SPEC.name).order_by(AuditEntry.id)]
    numbers = sorted((n.kind, n.prefix, n.year, n.seq, n.text, n.registry, number_of.get(n.record_id), n.status)
                     for n in IssuedNumber.select())
    index = sorted((d.registry, number_of[d.record_id], d.level, d.title, d.body)
                   for d in SearchDoc.select().where(SearchDoc.registry == SPEC.name))
    return {"items": items, "tasks": tasks, "counted": counted, "entries": entries, "numbers": numbers,
            "index": index}


def _both_ways(path: Path, admin: Any, tmp_path: Path, monkeypatch: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The file imported by the batch, then row by row into an office of its own."""
    _done, batched, one_by_one = both_ways(SPEC, path, admin, tmp_path, monkeypatch, _written,
                                           prepare=lambda: _units(admin))
    return batched, one_by_one


@pytest.mark.parametrize("how", ["staged", "under the lock"])
def test_the_batch_writes_what_the_row_path_writes(office, admin, tmp_path, monkeypatch, how):
    """Made ready beside the tables and copied in; or, overtaken every time by other saves,
    written under the lock (audit.record_many rather than stage_many): the same either way."""
    if how == "under the lock":
        monkeypatch.setattr(batch_write, "_still_fits", lambda *args: False)
    path = _sheet(tmp_path / "台账.xlsx", VARIETY)
    taken = watch_write_locks(monkeypatch)
    batched, one_by_one = _both_ways(path, admin, tmp_path, monkeypatch)
    assert taken[:1] == ["lock"] and len(taken) > 1  # the batch's one write, then the row path's
    assert batched == one_by_one
    by_number = {item["number"]: item for item in batched["items"]}
    assert len(by_number) == len(VARIETY) and {"督〔2026〕4号", "督〔2025〕1号"} <= set(by_number)
    first = next(item for item in batched["items"] if item["co_units"] == "县教育局")
    assert (first["lead_unit"], first["status"], first["version"]) == ("县财政局、县水利局", "办理中", 3)
    assert [e[0] for e in batched["entries"] if e[1] == first["number"]] == ["create", "task", "step", "task", "step"]
    # the counted 办结时限 of an item, and of the task that follows it
    assert [c for c in batched["counted"] if c[0] == "supervision.task"]
    assert len(batched["tasks"]) == 2 + 1 + 0 + 1 + 2 + 0 + 1 + 2 + 1  # a unit named twice: one task
    closed = [item for item in batched["items"] if item["closed_on"] is not None]
    assert sorted(item["status"] for item in closed) == ["按期办结", "逾期办结"]
    assert {t["status"] for t in batched["tasks"] if t["done_on"] is not None} == {"已办结"}


def test_the_task_sheet_rides_along(office, admin, tmp_path, monkeypatch):
    """The 分解任务 sheet: each task with its own 时限, 协办单位, 责任人, 办理要求 and 进度."""
    extras: list[dict[str, Any]] = [{"督查编号": "督〔2026〕1号", "牵头单位": "县财政局、县水利局"},
              {"督查编号": "督〔2026〕2号", "办结时限": None, "牵头单位": "县教育局"},
              {"督查编号": "督〔2026〕3号", "牵头单位": "县财政局"},
              {"督查编号": "督〔2026〕4号", "牵头单位": "县财政局、县水利局", "状态": "逾期办结",
               "办结日期": dt.date(2026, 6, 25)}]
    tasks: list[dict[str, Any]] = [
        {"督查编号": "督〔2026〕1号", "序号": 1, "牵头单位": "县财政局", "协办单位": "县教育局", "责任人": "王五",
         "时限": dt.date(2026, 7, 31), "办理要求": "落实资金", "交办日期": dt.date(2026, 5, 8),
         "任务状态": "办理中", "进度": 40, "最近反馈日期": dt.date(2026, 6, 1)},
        {"督查编号": "督〔2026〕1号", "序号": 2, "牵头单位": "水利局", "办理要求": "组织施工"},
        {"督查编号": "督〔2026〕2号", "序号": 1, "牵头单位": "县教育局", "任务状态": "已办结",
         "任务办结日期": dt.date(2026, 6, 2), "办结情况": "已落实"},
        # an item closed: one task done late by the sheet, the other done with the item
        {"督查编号": "督〔2026〕4号", "序号": 1, "牵头单位": "县财政局", "时限": dt.date(2026, 6, 10),
         "任务状态": "已办结", "任务办结日期": dt.date(2026, 6, 20)},
        {"督查编号": "督〔2026〕4号", "序号": 2, "牵头单位": "县水利局"},
    ]
    path = _sheet(tmp_path / "台账.xlsx", extras, tasks)
    batched, one_by_one = _both_ways(path, admin, tmp_path, monkeypatch)
    assert batched == one_by_one
    kept = [t for t in batched["tasks"] if t["requirement"] == "落实资金"]
    assert kept and kept[0]["progress"] == 40 and kept[0]["last_report_on"] == dt.date(2026, 6, 1)
    assert "report" in [e[0] for e in batched["entries"]]
    # the third item's row names a 牵头单位, but the sheet gives it no task: split from the column
    assert [t["lead_unit"] for t in batched["tasks"] if t["item"] == "督〔2026〕3号"] == ["县财政局"]


def test_the_batch_refuses_what_the_row_path_refuses(office, admin, tmp_path, monkeypatch):
    rows = [{}, *BAD, {}]
    path = _sheet(tmp_path / "错误.xlsx", rows)
    batched, one_by_one = both_dry(SPEC, path, admin, monkeypatch)
    assert batched.total == one_by_one.total == len(rows)
    assert batched.bad_rows == one_by_one.bad_rows == set(range(3, len(BAD) + 3))
    assert _problems(batched) == _problems(one_by_one)
    assert all(p.column in (SPEC.exchange_labels or []) for p in batched.problems)  # each names its column
    said = [p.reason for p in batched.problems if p.column == "状态" and "暂停" in p.reason]
    assert said and "按期办结、逾期办结、已办结" in said[0]  # the words a new row may give
    refused = xlsx.import_file(SPEC, path, admin)  # nothing written while a row is bad
    assert not refused.ok and refused.imported == 0 and _problems(refused) == _problems(batched)
    assert SupervisionItem.select().count() == SupervisionTask.select().count() == 0
    assert CountedDeadline.select().count() == IssuedNumber.select().count() == 0
    kept = xlsx.import_file(SPEC, path, admin, skip_bad=True)  # --skip-bad: the rest
    assert kept.imported == 2 and kept.bad_rows == batched.bad_rows
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_bad_task_row_refuses_its_item_on_both_paths(office, admin, tmp_path, monkeypatch):
    extras: list[dict[str, Any]] = [{"督查编号": "督〔2026〕1号", "牵头单位": "县财政局"},
              {"督查编号": "督〔2025〕1号", "立项日期": dt.date(2025, 11, 3), "办结时限": dt.date(2025, 12, 31)}]
    tasks: list[dict[str, Any]] = [{"督查编号": "督〔2026〕1号", "序号": 1, "牵头单位": "县财政局", "时限": dt.date(2026, 12, 31)},
             {"督查编号": "督〔2025〕1号", "序号": 1, "牵头单位": "县水利局", "交办日期": dt.date(2025, 11, 1)}]
    path = _sheet(tmp_path / "任务.xlsx", extras, tasks)
    batched, one_by_one = both_dry(SPEC, path, admin, monkeypatch)
    assert _problems(batched) == _problems(one_by_one)
    assert batched.bad_rows == {2, 3}
    assert all("分解任务" in p.reason for p in batched.problems)  # the sheet's row is named
    refused = xlsx.import_file(SPEC, path, admin)
    assert not refused.ok and _problems(refused) == _problems(batched)
    assert SupervisionItem.select().count() == SupervisionTask.select().count() == 0


def test_a_dry_run_takes_no_write_lock_and_writes_nothing(office, admin, tmp_path, monkeypatch):
    path = _sheet(tmp_path / "台账.xlsx", VARIETY)
    taken = watch_write_locks(monkeypatch)
    report = xlsx.import_file(SPEC, path, admin, dry_run=True)
    assert report.ok, [str(p) for p in report.problems]
    assert report.imported == len(VARIETY) and taken == []
    assert SupervisionItem.select().count() == SupervisionTask.select().count() == 0
    assert CountedDeadline.select().count() == IssuedNumber.select().count() == 0


def test_an_item_imported_done_is_closed_in_the_batch(office, admin, tmp_path, monkeypatch):
    """办结 closes the tasks and the item as their steps do, checked without the lock."""
    rows: list[dict[str, Any]] = [{"牵头单位": "县财政局"},
            {"牵头单位": "县水利局", "状态": "按期办结", "办结日期": dt.date(2026, 6, 20)}]
    path = _sheet(tmp_path / "办结.xlsx", rows)
    taken = watch_write_locks(monkeypatch)
    dry = xlsx.import_file(SPEC, path, admin, dry_run=True)
    assert dry.ok and dry.imported == 2 and taken == []
    batched, one_by_one = _both_ways(path, admin, tmp_path, monkeypatch)
    assert batched == one_by_one
    assert {item["status"] for item in batched["items"]} == {"办理中", "按期办结"}
    closed = next(item for item in batched["items"] if item["status"] == "按期办结")
    assert [e[0] for e in batched["entries"] if e[1] == closed["number"]] == ["create", "task", "step", "task", "close"]


def test_the_rows_are_checked_without_the_write_lock(office, admin, tmp_path, monkeypatch):
    """Every row and its tasks are made outside any transaction; the write is one transaction
    (the row path held the import's transaction while it made each row)."""
    from officedesk.core.supervision import added, tasks

    path = _sheet(tmp_path / "台账.xlsx", VARIETY)
    in_transaction: list[bool] = []
    real = tasks.new_task

    def watched(*args: Any, **kwargs: Any) -> Any:
        in_transaction.append(store_db.database.in_transaction())
        return real(*args, **kwargs)

    monkeypatch.setattr(tasks, "new_task", watched)
    taken = watch_write_locks(monkeypatch, added, tasks)
    done = xlsx.import_file(SPEC, path, admin)
    assert done.ok and done.imported == len(VARIETY)
    assert in_transaction == [False] * 10  # each task made in the check
    assert taken == ["lock"]  # the one transaction of the bulk write


def test_a_task_naming_an_uncleared_user_is_refused_by_both_paths(office, admin, tmp_path, monkeypatch):
    """保密: a task's 责任人 below the item's 密级 is refused on the item's row, by the column's task
    or by the 分解任务 sheet's row, as 分解交办 refuses it."""
    from officedesk.core import accounts

    accounts.create_user("low", "pass12345678", "clerk", admin, display_name="吕小低", clearance=0)
    # each of its own year: a row refused leaves no gap in the next one's sequence
    extras: list[dict[str, Any]] = [{"督查编号": "督〔2026〕1号", "密级": "机密", "牵头单位": "县财政局", "责任人": "吕小低"},
              {"督查编号": "督〔2025〕1号", "密级": "机密", "牵头单位": "县财政局", "立项日期": dt.date(2025, 11, 3)},
              {"督查编号": "督〔2024〕1号", "牵头单位": "县财政局", "责任人": "吕小低", "立项日期": dt.date(2024, 11, 3)}]
    tasks: list[dict[str, Any]] = [{"督查编号": "督〔2025〕1号", "序号": 1, "牵头单位": "县水利局", "责任人": "陈红、吕小低"}]
    path = _sheet(tmp_path / "保密.xlsx", extras, tasks)
    batched, one_by_one = both_dry(SPEC, path, admin, monkeypatch)
    assert _problems(batched) == _problems(one_by_one)
    assert {2, 3} <= batched.bad_rows and 4 not in batched.bad_rows
    assert all("吕小低" in p.reason for p in batched.problems if p.row in (2, 3))


def test_a_holiday_entered_between_the_check_and_the_write_is_counted_in(office, admin, tmp_path, monkeypatch):
    """A default 办结时限 in working days, counted in the check: a holiday another workstation
    enters before the write is counted in (the batch checked again), for the item and the task
    that follows it, and both stay counted for a later change."""
    from officedesk.core.supervision import tasks

    settings.put(sv_items.WORKING_DAYS.key, True, admin)
    settings.put(sv_items.DEFAULT_DAYS.key, 20, admin)
    start = dt.date(2026, 6, 29)
    old = workdays.add_working_days(start, 20)
    calls = holidays_before_write(monkeypatch, [dt.date(2026, 7, 6)], admin)
    try:
        path = _sheet(tmp_path / "c.xlsx", [{"立项日期": start, "办结时限": None, "牵头单位": "县财政局"}])
        done = xlsx.import_file(SPEC, path, admin)
        assert done.ok and done.imported == 1 and calls == [0, 1]  # refused under the lock, checked again
        new = workdays.add_working_days(old, 1)
        assert SupervisionItem.get().deadline == SupervisionTask.get().deadline == new
        assert sorted(c.registry for c in CountedDeadline.select() if c.due == new) == [SPEC.name, tasks.TASK_COUNTED]
    finally:
        workdays.forget_overrides()


def test_a_sheet_takes_done_as_add_does(office, admin, tmp_path, monkeypatch):
    """状态 “已办结” (a 台账 that does not say 按期 or 逾期): `add` takes it and the 办结 step's
    checks decide by the dates; a sheet's row is taken alike, by the batch and row by row."""
    closed = [{"牵头单位": "县财政局", "状态": "已办结", "办结日期": dt.date(2026, 6, 20)},
              {"牵头单位": "县水利局", "办结时限": dt.date(2026, 5, 31), "状态": "已办结",
               "办结日期": dt.date(2026, 6, 10)}]
    path = _sheet(tmp_path / "台账.xlsx", closed)
    batched, one_by_one = _both_ways(path, admin, tmp_path, monkeypatch)
    assert batched == one_by_one
    assert sorted(item["status"] for item in batched["items"]) == ["按期办结", "逾期办结"]
    added = SPEC.create_hook({**BASE, **closed[1], "事项名称": "逐条登记"}, admin)
    assert added.status == "逾期办结"
