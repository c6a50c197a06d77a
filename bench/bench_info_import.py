"""信息 xlsx import at a demo office's scale: the batch (checked without the write lock, one
bulk write) against the row-by-row path it took before, for the import and its --dry-run, with
another workstation saving meanwhile.

    .venv/bin/python bench/bench_info_import.py [--rows 4000] [--followups 200] [--existing 20000] [--adopted-every N] [--past | --linked]
    .venv/bin/python bench/bench_info_import.py --corrected 1000 [--added 500]

The office holds --existing 信息 of 2024 (bulk inserted) and 200 突发事件 首报 of 2026 (registered);
the sheet's --followups rows are 续报 of those 首报 (by 信息编号), the rest ordinary 信息. Each
measurement starts from a copy of the same office. Prints: rows/s, seconds the write lock was
held (BEGIN IMMEDIATE … COMMIT, every write transaction of the import), the other process's
longest save and failures, and the database's size.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HOME = Path(os.environ.get("OFFICEDESK_BENCH_HOME") or tempfile.mkdtemp(prefix="officedesk-bench-info-"))
HOME.mkdir(parents=True, exist_ok=True)  # a folder named by OFFICEDESK_BENCH_HOME, made if new
os.environ["OFFICEDESK_HOME"] = os.environ["OFFICEDESK_BENCH_HOME"] = str(HOME)
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_exchange import OtherSaves  # noqa: E402

UNITS = [f"第{n}镇" for n in range(1, 41)]
FIRSTS = 200


def _office(path: Path, existing: int) -> None:
    from officedesk.core import info, records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.store import db as store_db
    from officedesk.store.info import InfoItem

    store_db.open_database(str(path))
    start = dt.datetime(2024, 1, 1, 8)
    with store_db.database.atomic():
        rows = [{"number": f"信息〔2024〕{n}号", "title": f"往年信息{n}", "unit": UNITS[n % len(UNITS)],
                 "reported_at": start + dt.timedelta(minutes=n * 20), "category": "工作动态",
                 "content": f"往年信息正文{n}", "state": "已编发", "created_by": "seed",
                 "updated_by": "seed"} for n in range(1, existing + 1)]
        for at in range(0, len(rows), 500):
            InfoItem.insert_many(rows[at:at + 500]).execute()
    for n in range(FIRSTS):
        records.create(info.SPEC, {
            "标题": f"突发事件{n}", "报送单位": UNITS[n % len(UNITS)], "类别": "突发事件",
            "事发时间": f"2026-02-{1 + n % 27:02d} 08:00", "事件级别": "一般",
            "报送时间": f"2026-02-{1 + n % 27:02d} 08:30", "正文": f"突发事件{n}首报"}, CLI_ACTOR)
    store_db.close_database()


def _past_sheet(path: Path, rows: int, followups: int) -> Path:
    """A past 台账 (`import --history`) of `rows` 信息 of 2025, each bringing its 信息编号, the
    first `followups` ordinary rows' 首报 of 突发事件 listed in the sheet with a 续报 each, the
    续报 (newest first, as an export lists them) above its 首报."""
    import openpyxl

    from officedesk.core import info

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("信息")
    labels = info.SPEC.exchange_labels or []
    sheet.append(labels)
    number = 0
    for n in range(rows - followups):
        number += 1
        day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
        row = {"信息编号": f"信息〔2025〕{number}号", "标题": f"第{n}件信息：基层治理工作动态",
               "报送单位": UNITS[n % len(UNITS)], "报送人": "李明", "报送时间": f"{day} 09:{n % 60:02d}",
               "类别": "工作动态", "正文": f"第{n}件信息正文，介绍基层治理的做法和成效。"}
        if n < followups:  # a 突发事件's 首报, its 续报 (numbered after it) above it
            row |= {"类别": "突发事件", "事发时间": f"{day} 08:00", "事件级别": "一般", "标题": f"往年突发事件{n}",
                    "报送时间": f"{day} 08:30"}
            sheet.append([{"信息编号": f"信息〔2025〕{number + 1}号", "续报": row["信息编号"],
                           "报送时间": f"{day} 10:00", "正文": f"事态进展{n}：已处置。"}.get(label)
                          for label in labels])
            number += 1
        sheet.append([row.get(label) for label in labels])
    book.save(path)
    return path


def _linked_sheet(path: Path, rows: int, followups: int) -> Path:
    """A 台账 of this year (a plain import) of `rows` 信息, each bringing its 信息编号 next after the
    office's, `followups` of them 突发事件 首报 with a 续报 each a few rows below, naming it: the
    file the plain batch cannot take (its rows name each other), checked in memory in their order
    and written as checked (before: one by one)."""
    import openpyxl

    from officedesk.core import info

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("信息")
    labels = info.SPEC.exchange_labels or []
    sheet.append(labels)
    every = max(2, (rows // max(followups, 1)))
    later: dict[int, dict[str, str]] = {}  # the row a 续报 is written at -> it
    firsts = 0
    for n in range(rows):
        number = f"信息〔2026〕{FIRSTS + n + 1}号"
        day = f"2026-03-{1 + (n * 27) // rows:02d}"
        if n in later:
            row = {**later.pop(n), "信息编号": number}
        else:
            row = {"信息编号": number, "标题": f"第{n}件信息：基层治理工作动态", "报送单位": UNITS[n % len(UNITS)],
                   "报送人": "李明", "报送时间": f"{day} 09:00", "类别": "工作动态",
                   "正文": f"第{n}件信息正文，介绍基层治理的做法和成效。"}
            if n % every == 0 and firsts < followups:
                firsts += 1
                row |= {"类别": "突发事件", "事发时间": f"{day} 08:00", "事件级别": "一般",
                        "标题": f"本表的突发事件{n}"}
                later[n + 1 + (every // 2)] = {"续报": number, "报送时间": f"{day} 10:00",
                                               "正文": f"事态进展{n}：已处置。"}
        sheet.append([row.get(label) for label in labels])
    book.save(path)
    return path


def _sheet(path: Path, rows: int, followups: int, adopted_every: int = 0) -> Path:
    import openpyxl

    from officedesk.core import info

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("信息")
    labels = info.SPEC.exchange_labels or []
    sheet.append(labels)
    every = max(1, rows // max(followups, 1))
    made = 0
    for n in range(rows):
        if made < followups and n % every == 0:
            first = made % FIRSTS
            row = {"续报": f"信息〔2026〕{first + 1}号", "报送时间": f"2026-03-{1 + n % 28:02d} 10:00",
                   "正文": f"事态进展{n}：已处置。"}
            made += 1
        else:
            row = {"标题": f"第{n}件信息：基层治理工作动态", "报送单位": UNITS[n % len(UNITS)],
                   "报送人": "李明", "报送时间": f"2026-03-{1 + n % 28:02d} 09:{n % 60:02d}",
                   "类别": "工作动态", "正文": f"第{n}件信息正文，介绍基层治理的做法和成效。"}
            if adopted_every and n % adopted_every == 0:  # 已采用, its 采用 (and a 批示) steps after it
                day = 1 + n % 28
                row |= {"状态": "已采用", "编发期号": f"每日要情 2026年第{day}期", "上报级别": "市",
                        "上报时间": f"2026-03-{day:02d} 15:00",
                        "采用情况": f"市级：市委信息（2026-03-{min(day + 1, 28):02d}）"}
                if n % (2 * adopted_every) == 0:
                    row["领导批示"] = f"县长 王振国（2026-03-{min(day + 1, 28):02d}）：请推广第{n}件的做法。"
        sheet.append([row.get(label) for label in labels])
    book.save(path)
    return path


def _measure(office: Path, sheet: Path, name: str, rows_path: bool, dry_run: bool,
             history: bool = False, on_match: str = "refuse") -> dict[str, object]:
    from officedesk.core import batch, batch_write, info
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.exchange import importing, xlsx
    from officedesk.store import db as store_db

    target = HOME / f"{name}.db"
    shutil.copyfile(office, target)
    store_db.open_database(str(target))
    held: list[float] = []
    real = store_db.write_transaction

    @contextlib.contextmanager
    def timed():  # how long the write lock is held (BEGIN IMMEDIATE … COMMIT)
        started = time.perf_counter()
        with real() as transaction:
            yield transaction
        held.append(time.perf_counter() - started)

    supported, linked_check = batch.supported, importing.check_in_order
    from officedesk.exchange import import_linked

    batch_write.write_transaction = importing.write_transaction = timed  # type: ignore[assignment]
    import_linked.write_transaction = timed  # type: ignore[assignment]
    carries = info.SPEC.carries
    if rows_path:  # and a file of rows naming each other checked by writing it, undone
        batch.supported = lambda spec, rows=None: False  # type: ignore[assignment]
        importing.check_in_order = lambda *args, **kwargs: None  # type: ignore[assignment]
        info.SPEC.carries = None  # a 首报 and its 续报 corrected both: one by one under the lock
    try:
        with OtherSaves(str(target)) as others:
            started = time.perf_counter()
            report = xlsx.import_file(info.SPEC, sheet, CLI_ACTOR, dry_run=dry_run, history=history,
                                      on_match=on_match)
            elapsed = time.perf_counter() - started
    finally:
        batch_write.write_transaction = importing.write_transaction = real  # type: ignore[assignment]
        import_linked.write_transaction = real  # type: ignore[assignment]
        batch.supported, importing.check_in_order = supported, linked_check  # type: ignore[assignment]
        info.SPEC.carries = carries
        store_db.close_database()
    assert report.ok, [str(p) for p in report.problems[:3]]
    return {"seconds": elapsed, "rate": report.total / elapsed, "lock": sum(held),
            "longest": max(held, default=0.0), "others": others.summary(),
            "imported": report.imported, "updated": len(report.updated), "size": target.stat().st_size / 2**20}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=4000)
    parser.add_argument("--followups", type=int, default=200)
    parser.add_argument("--existing", type=int, default=20000)
    parser.add_argument("--batch-only", action="store_true", help="skip the row-by-row baseline")
    parser.add_argument("--past", action="store_true",
                        help="a past 台账 (`import --history`) of --rows 信息 of 2025, --followups of them 续报 of "
                             "首报 of the sheet itself")
    parser.add_argument("--adopted-every", type=int, default=0, metavar="N",
                        help="one ordinary row in N 已采用 with its 采用情况 (every other one with a 领导批示 too)")
    parser.add_argument("--corrected", type=int, default=0, metavar="PAIRS",
                        help="an office of PAIRS 突发事件 首报 with a 续报 each, exported, every 首报's and 续报's "
                             "报送单位 corrected (2 × PAIRS rows), imported --update: checked before the lock as "
                             "the 首报's save carries its 续报, against one by one under it (before)")
    parser.add_argument("--linked", action="store_true",
                        help="a 台账 of this year, every row bringing its 信息编号, --followups 首报 of 突发事件 "
                             "with a 续报 each naming it: checked in memory, then written as checked")
    parser.add_argument("--added", type=int, default=0, metavar="ROWS",
                        help="with --corrected: ROWS new ordinary 信息 added under the corrected export (new rows and "
                             "corrections checked before the lock, against the whole file one by one under it)")
    args = parser.parse_args()
    if args.corrected:
        return _corrected(args.corrected, args.added)
    office = HOME / "office.db"
    _office(office, args.existing)
    size = office.stat().st_size / 2**20
    if args.linked:
        return _linked(office, size, args)
    sheet = _past_sheet(HOME / "往年信息.xlsx", args.rows, args.followups) if args.past else \
        _sheet(HOME / "信息.xlsx", args.rows, args.followups, args.adopted_every)
    print(f"\n信息 import bench, Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s), "
          f"load {os.getloadavg()[0]:.1f}; office: {args.existing + FIRSTS:,} 信息, {size:.1f} MB (SQLite); "
          f"sheet: {args.rows:,} rows, {args.followups} 续报 of 首报 "
          + ("of the sheet itself, imported --history" if args.past else "in the database")
          + (f", one ordinary row in {args.adopted_every} 已采用" if args.adopted_every else "") + "\n")
    print(f"| {'path':<28} | {'seconds':>8} | {'rows/s':>8} | {'lock held (s)':>13} | other workstation's saves")
    print(f"|{'-' * 30}|{'-' * 10}|{'-' * 10}|{'-' * 15}|------")
    runs = [("batch import", False, False), ("batch --dry-run", False, True)]
    if not args.batch_only:
        runs += [("row by row import (before)", True, False), ("row by row --dry-run (before)", True, True)]
    for what, rows_path, dry in runs:
        got = _measure(office, sheet, what.split()[0] + ("-rows" if rows_path else "") + ("-dry" if dry else ""),
                       rows_path, dry, args.past)
        print(f"| {what:<28} | {got['seconds']:>8.1f} | {got['rate']:>8.0f} | {got['lock']:>13.2f} | {got['others']}")
    return 0


def _linked(office: Path, size: float, args: argparse.Namespace) -> int:
    """--linked: the dry run in memory against the one it replaced (every row written under the
    lock, then undone), and the import itself — written as checked (staged, then copied in under
    the lock) against one by one under the lock, as before."""
    sheet = _linked_sheet(HOME / "信息续报.xlsx", args.rows, args.followups)
    print(f"\n信息 import bench, Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s), "
          f"load {os.getloadavg()[0]:.1f}; office: {args.existing + FIRSTS:,} 信息, {size:.1f} MB (SQLite); "
          f"sheet: {args.rows:,} rows, {args.followups} 续报 of 首报 of the sheet itself\n")
    runs = [("--dry-run (in memory)", False, True), ("--dry-run (before: written, undone)", True, True),
            ("import (written as checked)", False, False), ("import (before: one by one)", True, False)]
    _lock_table(36, runs, lambda before, dry: _measure(
        office, sheet, "linked" + ("-before" if before else "") + ("-dry" if dry else ""), before, dry))
    return 0


def _lock_table(width: int, runs: list[tuple[str, bool, bool]],
                measure: Callable[[bool, bool], dict[str, Any]]) -> None:
    """The table of an import's paths: seconds, rows/s, the lock held, the other saves."""
    print(f"| {'path':<{width}} | {'seconds':>8} | {'rows/s':>8} | {'lock held (s)':>13} | other workstation's saves")
    print(f"|{'-' * (width + 2)}|{'-' * 10}|{'-' * 10}|{'-' * 15}|------")
    for what, before, dry in runs:
        got = measure(before, dry)
        print(f"| {what:<{width}} | {got['seconds']:>8.1f} | {got['rate']:>8.0f} | {got['lock']:>13.2f} | {got['others']}")


def _corrected(pairs: int, added: int = 0) -> int:
    """--corrected: an office of `pairs` 突发事件 首报 with a 续报 each; its export with every row's
    报送单位 corrected to the next town (a 首报 and its 续报 alike, as the rule asks), imported
    --update. The dry run and the import as checked before the lock (the 续报 as the 首报's save
    carries it), against the pairs one by one under the lock, as before. `added`: new ordinary
    信息 under the export's rows (before, any new row sent the whole file one by one under the lock)."""
    import openpyxl

    from officedesk.core import info, records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.info import procedure
    from officedesk.exchange import xlsx
    from officedesk.store import db as store_db

    office = HOME / "paired.db"
    store_db.open_database(str(office))
    started = time.perf_counter()
    for n in range(pairs):
        day = f"2026-02-{1 + n % 27:02d}"
        first = records.create(info.SPEC, {
            "标题": f"突发事件{n}", "报送单位": UNITS[n % len(UNITS)], "类别": "突发事件", "事发时间": f"{day} 08:00",
            "事件级别": "一般", "报送时间": f"{day} 08:30", "正文": f"突发事件{n}首报"}, CLI_ACTOR)
        procedure.followup(first.id, {"content": f"突发事件{n}续报：已处置。"}, CLI_ACTOR)
    made = time.perf_counter() - started
    sheet = HOME / "信息更正.xlsx"
    xlsx.export(info.SPEC, sheet, CLI_ACTOR)
    store_db.close_database()
    book = openpyxl.load_workbook(sheet)
    rows = book.worksheets[0]
    column = [cell.value for cell in rows[1]].index("报送单位") + 1
    for row in range(2, rows.max_row + 1):
        unit = rows.cell(row, column).value
        rows.cell(row, column).value = UNITS[(UNITS.index(unit) + 1) % len(UNITS)]
    headers = [cell.value for cell in rows[1]]
    for n in range(added):
        cells = {"标题": f"新增信息{n}", "报送单位": UNITS[n % len(UNITS)], "报送人": "王芳", "类别": "工作动态",
                 "报送时间": f"2026-03-{1 + n % 27:02d} 09:00", "正文": f"新增信息{n}正文"}
        rows.append([cells.get(label) for label in headers])
    book.save(sheet)
    print(f"\n信息 import --update bench, Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s), "
          f"load {os.getloadavg()[0]:.1f}; office: {pairs} 首报 with a 续报 each (made in {made:.0f} s), "
          f"{office.stat().st_size / 2**20:.1f} MB (SQLite); sheet: its export, all {2 * pairs:,} rows' 报送单位 "
          f"corrected{f', {added:,} new rows added' if added else ''}\n")
    runs = [("--dry-run (checked as a plan)", False, True), ("--dry-run (before: written, undone)", True, True),
            ("import (checked before the lock)", False, False), ("import (before: pairs under the lock)", True, False)]

    def measure(before: bool, dry: bool) -> dict[str, Any]:
        got = _measure(office, sheet, "corrected" + ("-before" if before else "") + ("-dry" if dry else ""),
                       before, dry, on_match="update")
        assert got["updated"] == 2 * pairs and got["imported"] == added, got
        return got

    _lock_table(40, runs, measure)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
