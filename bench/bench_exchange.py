"""Excel exchange timings: reading (calamine and openpyxl), checked import, dry run, export.

    .venv/bin/python bench/bench_exchange.py [ROWS ...]      # default: 1000 5000

Works on a temporary database and folder (OFFICEDESK_HOME is set below); prints one table.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="officedesk-bench-exchange-"))
os.environ["OFFICEDESK_HOME"] = str(HOME)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from officedesk.core import records  # noqa: E402
from officedesk.core.actor import CLI_ACTOR  # noqa: E402
from officedesk.core.directory import PEOPLE, UNITS  # noqa: E402
from officedesk.exchange import xlsx  # noqa: E402
from officedesk.store import db as store_db  # noqa: E402
from officedesk.store.models import Person  # noqa: E402


def sheet(rows: int) -> Path:
    path = HOME / f"people-{rows}.xlsx"
    workbook = openpyxl.Workbook(write_only=True)
    ws = workbook.create_sheet("人员")
    ws.append(["姓名", "性别", "单位", "职务", "级别", "电话"])
    for i in range(rows):
        ws.append([f"张{i}", "男" if i % 2 else "女", "县委办公室", "科员", 16, f"138{i:08d}"])
    workbook.save(path)
    return path


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def read_openpyxl(path: Path) -> None:
    saved = sys.modules.get("python_calamine")
    sys.modules["python_calamine"] = None  # type: ignore[assignment]
    try:
        xlsx.read_rows(path)
    finally:
        if saved is None:
            sys.modules.pop("python_calamine", None)
        else:
            sys.modules["python_calamine"] = saved


def main(sizes: list[int]) -> None:
    print(
        f"{'rows':>7} | {'read calamine':>13} | {'read openpyxl':>13} | {'dry run':>8} | {'import':>8} | "
        f"{'per row':>8} | {'export':>7}"
    )
    print("-" * 86)
    for rows in sizes:
        store_db.open_database(str(HOME / f"bench-{rows}.db"))
        records.create(UNITS, {"单位名称": "县委办公室"}, CLI_ACTOR)
        path = sheet(rows)
        calamine = timed(lambda p=path: xlsx.read_rows(p))
        plain = timed(lambda p=path: read_openpyxl(p))
        dry = timed(lambda p=path: xlsx.import_file(PEOPLE, p, CLI_ACTOR, dry_run=True))
        real = timed(lambda p=path: xlsx.import_file(PEOPLE, p, CLI_ACTOR))
        assert Person.select().count() == rows
        export = timed(lambda r=rows: xlsx.export(PEOPLE, HOME / f"export-{r}.xlsx", CLI_ACTOR))
        store_db.close_database()
        print(
            f"{rows:>7} | {calamine:>12.2f}s | {plain:>12.2f}s | {dry:>7.2f}s | {real:>7.2f}s | "
            f"{real / rows * 1000:>6.2f}ms | {export:>6.2f}s"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 5000])
