"""Random 信息 台账 whose 续报 name rows of the same file (and the office's items, by 编号 or by a
bare id), bringing numbers in and out of their sequence, voided rows, states, a 密级 above the
importer, bad cells: the check in memory (core.batch_in_order) says exactly what the old way
said — every row written one by one under the lock, then undone — for the dry run, with and
without --skip-bad, plain and --history, and a good file is then written as the old way wrote
it: now as checked (core.batch_write), the same records, audit entries' content, numbers and
index (tests/exchange/written.py). Seeded, so a failure names its file; 1,500 such reports were
compared while it was built; when the writing changed, the databases of 300 more good files and
of 300 files of every kind (with and without --skip-bad) were compared likewise."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from officedesk.core import clock, info, records
from officedesk.exchange import xlsx
from officedesk.store import db as store_db

from .dry_runs import said, the_old_way
from .sheets import write_sheet
from .written import database_said

TODAY = dt.date(2026, 3, 10)
UNITS = ["河口镇", "城关镇"]


def _office(admin: Any) -> None:
    """Two 突发事件 of the office (ids 1 and 2), the second 秘密."""
    for title, number, day, secrecy in (("城关镇暴雨内涝", "信息〔2025〕1号", "2025-12-01", "非密"),
                                        ("城关镇火灾", "信息〔2026〕1号", "2026-03-01", "秘密")):
        records.create(info.SPEC, {"标题": title, "报送单位": "城关镇", "类别": "突发事件", "事件级别": "一般",
                                   "事发时间": f"{day} 08:00", "报送时间": f"{day} 08:31", "信息编号": number,
                                   "正文": f"{title}。", "密级": secrecy}, admin)


def _any_rows(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Rows of every kind, many of them bad."""
    rows: list[dict[str, Any]] = []
    numbers: list[str] = []
    for i in range(n):
        day = dt.datetime(2026, 3, rng.randint(1, 8), rng.randint(8, 17), rng.choice([0, 30]))
        if rng.random() < .1:
            day = dt.datetime(2025, 12, rng.randint(1, 28), rng.randint(8, 17))
        row: dict[str, Any] = {"标题": f"标题{i}", "报送单位": rng.choice(UNITS), "报送时间": day, "正文": f"正文{i}"}
        kind = rng.choice(["first", "first", "item", "later", "later", "later"])
        if kind == "first":
            row |= {"类别": "突发事件", "事发时间": day - dt.timedelta(hours=rng.choice([1, 2, -1])),
                    "事件级别": rng.choice(["一般", "较大", "一般", "特别大"])}
        elif kind == "item":
            row["类别"] = "工作动态"
        else:
            for label, left_out in (("标题", .6), ("报送单位", .5), ("正文", .05)):
                if rng.random() < left_out:
                    del row[label]
            target = rng.random()
            row["续报"] = (rng.choice(numbers) if numbers and target < .6
                         else rng.choice(["信息〔2026〕1号", "信息〔2025〕1号", "1", "2"]) if target < .7
                         else str(rng.randint(3, 3 + n)) if target < .8 else f"信息〔2026〕{rng.randint(2, n + 3)}号")
        number = rng.random()
        brought = (f"信息〔2026〕{rng.randint(2, n + 3)}号" if number < .55 else f"信息[2026]{rng.randint(2, n + 3)}号"
                   if number < .6 else "信息〔2027〕1号" if number < .63
                   else f"信息〔2025〕{rng.randint(1, 4)}号" if number < .66 else "")
        if brought:
            row["信息编号"] = brought
            numbers.append(brought)
        state = rng.random()
        if state < .08 and brought:
            row["状态"] = "已作废"
        elif state < .12:
            row |= {"状态": "不采用", "不采用理由": "重复"}
        elif state < .16:
            row |= {"状态": "已上报", "编发期号": "每日要情 2026年第3期", "上报级别": "市",
                    "上报时间": day + dt.timedelta(hours=rng.choice([2, -3]))}
        elif state < .2:
            row |= {"状态": "已采用", "编发期号": "每日要情 2026年第3期",
                    "采用情况": "县级：每日要情 2026年第3期（2026-03-09）"}
        if rng.random() < .15:
            row["密级"] = rng.choice(["非密", "秘密", "机密"])
        if rng.random() < .03:
            row["报送时间"] = "不是时间"
        rows.append(row)
    return rows


def _fair_rows(rng: random.Random, n: int, faults: tuple[str, ...] = ("time", "unit", "skip", "state", "void"),
               often: float = .08) -> list[dict[str, Any]]:
    """Mostly good rows: numbers in their sequence (or none), 续报 after their 首报, a fault now
    and then (`often`, of `faults`)."""
    rows: list[dict[str, Any]] = []
    firsts: list[tuple[str, str, dt.datetime]] = []
    seq, bring = 1, rng.random() < .7  # the office holds 信息〔2026〕1号
    for i in range(n):
        day = dt.datetime(2026, 3, 1 + i * 7 // n, 9 + i % 8)
        row: dict[str, Any] = {"标题": f"标题{i}", "报送单位": rng.choice(UNITS), "报送时间": day, "正文": f"正文{i}",
                               "类别": "工作动态"}
        kind = rng.random()
        if kind < .3:
            row |= {"类别": "突发事件", "事发时间": day - dt.timedelta(hours=1), "事件级别": "一般"}
        elif kind < .6 and firsts:
            first, unit, at = rng.choice(firsts)
            row = {"续报": first, "报送时间": at + dt.timedelta(hours=rng.choice([1, 2])), "正文": f"进展{i}"}
            if rng.random() < .3:
                row["报送单位"] = unit
        if bring:
            seq += 1
            row["信息编号"] = f"信息〔2026〕{seq}号"
        fault = rng.choice(faults) if rng.random() < often else ""
        if fault == "time":
            row["报送时间"] = day - dt.timedelta(days=3)
        elif fault == "unit":
            row["报送单位"] = "河口镇" if row.get("报送单位") == "城关镇" else "城关镇"
        elif fault == "skip" and bring:
            seq += 2
            row["信息编号"] = f"信息〔2026〕{seq}号"
        elif fault == "state":
            row["状态"] = "不采用"
        elif fault == "void" and bring:
            row["状态"] = "已作废"
        elif fault == "issued" and bring:  # the next number, issued to it
            del row["信息编号"]
        elif fault == "adopted" and row.get("类别") == "工作动态":
            row |= {"状态": "已采用", "编发期号": "每日要情 2026年第3期",
                    "采用情况": "县级：每日要情 2026年第3期（2026-03-09）"}
            if rng.random() < .5:
                row["领导批示"] = "县长 王振国（2026-03-09）：请抓好落实。"
        if row.get("类别") == "突发事件" and "信息编号" in row:
            firsts.append((row["信息编号"], row["报送单位"], row["报送时间"]))
        rows.append(row)
    return rows


def _imported_both_ways(path: Path, admin: Any, tmp_path: Path, monkeypatch: Any, history: bool,
                        skip_bad: bool) -> None:
    """The import itself into the same office, the old way (one by one under the lock) and now
    (the good rows written as checked, core.batch_write): the same report, and the same database
    — records, the audit entries' content, numbers, the search index."""
    still = time.time()  # the rows' stamps are in their digests: the clock stopped for both ways
    monkeypatch.setattr(clock, "time", SimpleNamespace(time=lambda: still))
    file = store_db.database.obj.database
    kept = tmp_path / "kept.db"
    store_db.close_database()
    shutil.copyfile(file, kept)
    store_db.open_database(file)
    before = the_old_way(monkeypatch, lambda: xlsx.import_file(info.SPEC, path, admin, history=history,
                                                               skip_bad=skip_bad))
    written = database_said()
    store_db.close_database()
    shutil.copyfile(kept, file)
    for suffix in ("-wal", "-shm"):
        Path(file + suffix).unlink(missing_ok=True)
    store_db.open_database(file)
    done = xlsx.import_file(info.SPEC, path, admin, history=history, skip_bad=skip_bad)
    assert said(done) == said(before)
    assert database_said() == written
    store_db.close_database()
    shutil.copyfile(kept, file)
    for suffix in ("-wal", "-shm"):
        Path(file + suffix).unlink(missing_ok=True)
    store_db.open_database(file)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("fair", ["any", "fair", "good"])
@pytest.mark.parametrize("history", [False, True], ids=["plain", "history"])
def test_a_random_file_is_told_and_written_as_the_old_way_told_and_wrote_it(
        db, admin, clerk, fixed_today, tmp_path, monkeypatch, seed, fair, history):
    fixed_today(TODAY)
    _office(admin)
    rng = random.Random(seed)
    # good: a file the import writes (as checked, core.batch_write), voided and 已采用 rows in it
    rows = (_any_rows(rng, rng.randint(5, 30)) if fair == "any" else _fair_rows(rng, rng.randint(5, 30))
            if fair == "fair" else _fair_rows(rng, rng.randint(5, 40), ("void", "adopted", "issued"), .3))
    actor = clerk if fair == "any" and rng.random() < .3 else admin  # a 密级 above him: refused, a 首报 hidden
    path = write_sheet(info.SPEC, tmp_path / "信息.xlsx", rows)
    for skip_bad in (False, True):
        def dry_run(skip_bad: bool = skip_bad) -> Any:
            return xlsx.import_file(info.SPEC, path, actor, dry_run=True, history=history, skip_bad=skip_bad)

        assert said(dry_run()) == said(the_old_way(monkeypatch, dry_run))
    for skip_bad in (False, True):
        _imported_both_ways(path, actor, tmp_path, monkeypatch, history, skip_bad)
