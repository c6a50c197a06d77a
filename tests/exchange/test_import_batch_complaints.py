"""效能投诉 imports through the batch (checked in memory without the write lock, one bulk write):
the same refusals in the same rows and columns as the row-by-row path, the same records, history
rows, counted 办结时限 and numbers, `check` clean, a dry run that takes no write lock, and a
holiday change between the check and the write counted in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from officedesk.core import audit, check, directory, records
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import imported
from officedesk.exchange import xlsx
from officedesk.store import db as store_db
from officedesk.store.counted_deadline import CountedDeadline
from officedesk.store.efficiency import ComplaintStep
from officedesk.store.models import AuditEntry, IssuedNumber
from tests.exchange.import_paths import both_dry, both_ways
from tests.write_locks import watch_write_locks

from .sheets import write_sheet

TODAY = dt.date(2026, 6, 30)
UNITS = (("县住房和城乡建设局", "住建局"), ("县纪委监委", "纪委监委"), ("县自然资源局", "自然资源局"))
BASE = {
    "登记日期": dt.date(2026, 5, 6), "投诉方式": "来信", "投诉人": "李女士", "联系电话": "13938491325",
    "被投诉单位": "县住房和城乡建设局", "被投诉人": "郑某某", "投诉类别": "办事拖拉",
    "投诉内容": "材料齐全，两周未办结。",
}
CHECKED = {"状态": "核查中", "核查单位": "县纪委监委", "核查通知日期": dt.date(2026, 5, 7)}
CONCLUDED = {**CHECKED, "状态": "待处理", "核查完成日期": dt.date(2026, 5, 20), "核查结论": "部分属实",
             "核查情况": "经调阅台账，部分属实。"}
CLOSED = {**CONCLUDED, "状态": "已办结", "核查结论": "属实", "处理结果": "效能告诫",
          "办结日期": dt.date(2026, 5, 25)}
# every state, brought and issued numbers of two years, a typed and a counted 办结时限, a 简称
VARIETY: list[dict[str, Any]] = [
    {"投诉编号": "效投2026-0001", **CLOSED},
    {},
    {"投诉编号": "效投2025-0001", "登记日期": dt.date(2025, 11, 3)},
    {"登记日期": dt.date(2025, 12, 30)},
    {**CHECKED, "核查时限": dt.date(2026, 7, 10)},
    CONCLUDED,
    {**CLOSED, "核查结论": "不属实", "处理结果": None},
    {"办结时限": dt.date(2026, 6, 30)},
    {"被投诉单位": "住建局", "被投诉人": None, "联系电话": None, "受理人": "王五"},
    {**CLOSED, "处理结果": "其他", "处理意见": "约谈单位负责人。"},
]
BAD: list[dict[str, Any]] = [
    {"登记日期": "2026-13-01"},
    {"登记日期": "2099-01-01"},  # later than today
    {"投诉方式": "传真"},
    {"被投诉单位": "不存在的局"},  # not in the 通讯录
    {**CHECKED, "核查单位": "县住房和城乡建设局"},  # 回避: the unit complained of checks itself
    {**CHECKED, "核查单位": "不存在的局"},
    {"状态": "核查中"},  # the state's facts missing
    {"核查结论": "属实"},  # a later step's fact without its state
    {**CHECKED, "核查通知日期": dt.date(2026, 5, 1)},  # before the 登记日期
    {**CLOSED, "处理结果": "不予处理"},  # found true: an action is due
    {"办结时限": dt.date(2026, 5, 1)},  # before the 登记日期
    {"投诉编号": "效投2027-0001"},  # a year after this one
    {"投诉编号": "效投2025-0001"},  # another year than its 登记日期
    {"登记日期": "2026-13-01", "投诉方式": "传真", "投诉类别": "其它问题"},  # every bad cell named
]


@pytest.fixture
def office(db, fixed_today, admin):
    fixed_today(TODAY)
    _units(admin)
    return db


def _units(admin: Any) -> None:
    for name, short in UNITS:
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, admin)


def _sheet(path: Path, extras: list[dict[str, Any]]) -> Path:
    return write_sheet(C.SPEC, path, [{**BASE, **extra} for extra in extras])



def _both_dry(path: Path, admin: Any, monkeypatch: Any) -> tuple[Any, Any]:
    return both_dry(C.SPEC, path, admin, monkeypatch)


def _problems(report: Any) -> set[tuple[int, str | None, str]]:
    return {(p.row, p.column, p.reason) for p in report.problems}


def _written() -> dict[str, Any]:
    """What the imports wrote: each complaint's stored values, its history rows, its counted
    办结时限 and its audit entry, and the numbers issued (but the times of day)."""
    out = []
    for record in C.SPEC.model.select().order_by(C.SPEC.model.id):
        values = {k: v for k, v in record.__data__.items() if k not in ("created_at", "updated_at")}
        steps = [(s.kind, s.on, s.person, s.content, s.created_by, s.created_at.date())
                 for s in ComplaintStep.select().where(ComplaintStep.complaint == record.id)
                 .order_by(ComplaintStep.id)]
        counted = [(r.field, r.since, r.days, r.working, r.due) for r in CountedDeadline.select().where(
            (CountedDeadline.registry == C.SPEC.name) & (CountedDeadline.record_id == record.id))]
        entry = AuditEntry.get((AuditEntry.registry == C.SPEC.name) & (AuditEntry.record_id == record.id))
        out.append({"values": values, "steps": steps, "counted": counted, "action": entry.action,
                    "after": json.loads(entry.after), "summary": entry.summary})
    numbers = [(n.kind, n.prefix, n.year, n.seq, n.text, n.registry, n.record_id, n.status, n.issued_by)
               for n in IssuedNumber.select().order_by(IssuedNumber.kind, IssuedNumber.prefix,
                                                        IssuedNumber.year, IssuedNumber.seq)]
    return {"records": out, "numbers": numbers}


def test_the_batch_writes_what_the_row_path_writes(office, admin, tmp_path, monkeypatch):
    path = _sheet(tmp_path / "台账.xlsx", VARIETY)
    # the same sheet, row by row, into an office of its own (the same ids and numbers)
    done, batched, one_by_one = both_ways(C.SPEC, path, admin, tmp_path, monkeypatch, _written,
                                          prepare=lambda: _units(admin))
    assert done.imported == len(VARIETY)
    assert batched == one_by_one
    assert check.run_checks() == [] and audit.verify_chain() == []
    by_number = {r["values"]["number"]: r for r in batched["records"]}
    # the brought ones claimed, the others issued after them in their 登记日期's year
    assert set(by_number) == {*(f"效投2026-{n:04d}" for n in range(1, 9)), "效投2025-0001", "效投2025-0002"}
    closed = by_number["效投2026-0001"]
    assert [s[0] for s in closed["steps"]] == ["登记", "核查", "结论", "处理"]
    assert closed["counted"] == [("due_on", dt.date(2026, 5, 6), 20, True, closed["values"]["due_on"])]
    typed = [r for r in batched["records"] if r["values"]["due_on"] == dt.date(2026, 6, 30)]
    assert len(typed) == 1 and typed[0]["counted"] == []  # a typed 办结时限 is not counted again


def test_the_batch_refuses_what_the_row_path_refuses(office, admin, tmp_path, monkeypatch):
    rows = [{}, *BAD, {}]
    path = _sheet(tmp_path / "错误.xlsx", rows)
    batched, one_by_one = _both_dry(path, admin, monkeypatch)
    assert batched.total == one_by_one.total == len(rows)
    assert _problems(batched) == _problems(one_by_one)
    assert batched.bad_rows == one_by_one.bad_rows == set(range(3, len(BAD) + 3))
    assert all(p.column in C.SPEC.exchange_labels for p in batched.problems)  # each names its column
    last = {p.column for p in batched.problems if p.row == len(BAD) + 2}
    assert last >= {"登记日期", "投诉方式", "投诉类别"}
    refused = xlsx.import_file(C.SPEC, path, admin)  # nothing written while a row is bad
    assert not refused.ok and refused.imported == 0 and _problems(refused) == _problems(batched)
    assert C.SPEC.model.select().count() == ComplaintStep.select().count() == 0
    assert CountedDeadline.select().count() == IssuedNumber.select().count() == 0
    kept = xlsx.import_file(C.SPEC, path, admin, skip_bad=True)  # --skip-bad: the rest
    assert kept.imported == 2 and kept.bad_rows == batched.bad_rows
    assert ComplaintStep.select().count() == CountedDeadline.select().count() == 2
    assert check.run_checks() == [] and audit.verify_chain() == []


def test_a_number_brought_twice_or_taken_is_refused_by_both_paths(office, admin, tmp_path, monkeypatch):
    first = xlsx.import_file(C.SPEC, _sheet(tmp_path / "先.xlsx", [{"投诉编号": "效投2026-0003"}]), admin)
    assert first.ok
    rows = [{"投诉编号": "效投2026-0003"}, {"投诉编号": "效投2026-0005"}, {"投诉编号": "效投2026-0005"}, {}]
    batched, one_by_one = _both_dry(_sheet(tmp_path / "后.xlsx", rows), admin, monkeypatch)
    assert {(p.row, p.column) for p in batched.problems} == {(p.row, p.column) for p in one_by_one.problems}
    # taken: refused in its column; twice in the file: the second row is the first's record
    assert {(p.row, p.column) for p in batched.problems} == {(2, "投诉编号"), (4, "")}
    assert C.SPEC.model.select().count() == 1


def _watch_locks(monkeypatch: Any) -> list[str]:
    """Every write transaction begun from now on (the import's, the batch's, 登记's)."""
    return watch_write_locks(monkeypatch, C)


def test_a_dry_run_takes_no_write_lock_and_writes_nothing(office, admin, tmp_path, monkeypatch):
    path = _sheet(tmp_path / "台账.xlsx", VARIETY)
    taken = _watch_locks(monkeypatch)
    report = xlsx.import_file(C.SPEC, path, admin, dry_run=True)
    assert report.ok, [str(p) for p in report.problems]
    assert report.imported == len(VARIETY) and taken == []
    assert C.SPEC.model.select().count() == ComplaintStep.select().count() == 0
    assert CountedDeadline.select().count() == IssuedNumber.select().count() == 0


def test_the_rows_are_checked_without_the_write_lock(office, admin, tmp_path, monkeypatch):
    """Every row's values, limits and steps are made outside any transaction; the write is one
    transaction (the row path held the import's transaction while it checked each row)."""
    path = _sheet(tmp_path / "台账.xlsx", VARIETY)
    in_transaction: list[bool] = []
    real = imported.imported_steps

    def watched(values: dict[str, Any], state_given: bool) -> Any:
        in_transaction.append(store_db.database.in_transaction())
        return real(values, state_given)

    monkeypatch.setattr(imported, "imported_steps", watched)
    taken = _watch_locks(monkeypatch)
    done = xlsx.import_file(C.SPEC, path, admin)
    assert done.ok and done.imported == len(VARIETY)
    assert in_transaction == [False] * len(VARIETY)
    assert taken == ["lock"]  # the one transaction of the bulk write


def test_a_bad_row_in_a_big_import_writes_nothing(office, admin, tmp_path):
    rows: list[dict[str, Any]] = [{} for _ in range(600)]
    rows[-3] = {"被投诉单位": "不存在的局"}
    report = xlsx.import_file(C.SPEC, _sheet(tmp_path / "大.xlsx", rows), admin)
    assert not report.ok and report.imported == 0
    assert [(p.row, p.column) for p in report.problems] == [(len(rows) - 1, "被投诉单位")]
    assert C.SPEC.model.select().count() == ComplaintStep.select().count() == 0
    assert CountedDeadline.select().count() == IssuedNumber.select().count() == 0
