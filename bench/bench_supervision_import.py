"""督查 xlsx import at scale: rows a second, how long the write lock is held (the import and its
--dry-run), and how long another process's save waits meanwhile (it fails after the busy timeout).

    .venv/bin/python bench/bench_supervision_import.py [--rows 3000] [--small-rows 300] [--update-only]

Works on temporary databases. The sheet is a 台账: each row a 来源, 立项日期 and 办结时限, and one
or two 牵头单位 (a task each); a third of the rows left without 办结时限 (the default counted), a
quarter imported 按期办结 (closed the day they were opened). Each size is imported through the batch (core.batch: checked without the
lock, one bulk write) and, as the baseline, row by row as every 督查 import was before
(exchange.importing's one transaction, the lock held throughout; its dry run took it too). The
lock is measured on both paths (batch_write's and importing's transactions). Then the
`import --update` of the --rows items exported (with their 分解任务 sheet) and the open ones'
事项名称 corrected, against every row checked under the lock as before.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_exchange import HOME, OtherSaves, _fresh, _print_table, _target  # noqa: E402

UNITS = ["县财政局", "县水利局", "县教育局", "县交通运输局", "县住房和城乡建设局", "县农业农村局"]
SOURCES = ["上级决策部署", "领导批示", "会议议定事项", "群众反映"]


def supervision_sheet(path: Path, rows: int, seed: int = 21) -> Path:
    import openpyxl

    from officedesk.core import supervision

    rng = random.Random(seed)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("督查")
    labels = supervision.SPEC.exchange_labels or []
    sheet.append(labels)
    for n in range(rows):
        month, day = rng.randint(1, 6), rng.randint(1, 28)
        leads = rng.sample(UNITS, 1 if n % 2 else 2)
        closed = n % 4 == 3  # a quarter imported 办结 (its tasks and the item closed by their steps)
        row = {
            "事项名称": f"督查事项{n + 1}：{rng.choice(UNITS)}推进重点工作",
            "来源": rng.choice(SOURCES),
            "事项内容": "按期落实并反馈进展",
            "立项日期": f"2025-{month:02d}-{day:02d}",
            "办结时限": None if n % 3 == 0 else f"2025-{month + 6:02d}-{day:02d}",
            "牵头单位": "、".join(leads),
            "协办单位": rng.choice(UNITS) if n % 4 == 0 else None,
            "责任人": "张三" if n % 5 == 0 else None,
            "状态": "按期办结" if closed else None,
            "办结日期": f"2025-{month:02d}-{day:02d}" if closed else None,
        }
        sheet.append([row.get(label) for label in labels])
    workbook.save(path)
    return path


def timed(path: Path, db_name: str, dry_run: bool = False, spec: Any = None,
          prepare: Any = None) -> tuple[Any, float, float, OtherSaves]:
    """(report, seconds, seconds the write lock was held on either path, the other saves);
    `spec`: the registry imported into (督查 unless told), `prepare()`: what the fresh database
    is given first (bench_meetings_import: its 通讯录)."""
    from officedesk.core import batch_write
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.supervision import SPEC
    from officedesk.exchange import importing, xlsx

    spec = SPEC if spec is None else spec
    _fresh(db_name)
    if prepare is not None:
        prepare()
    held: list[float] = []
    patched = [(module, module.write_transaction) for module in (batch_write, importing)]

    def timing(real):
        @contextlib.contextmanager
        def timed_transaction():  # BEGIN IMMEDIATE … COMMIT (nested ones are savepoints)
            from officedesk.store.db import database

            outer = not database.in_transaction()
            started = time.perf_counter()
            with real() as transaction:
                yield transaction
            if outer:
                held.append(time.perf_counter() - started)
        return timed_transaction

    for module, real in patched:
        module.write_transaction = timing(real)  # type: ignore[assignment]
    try:
        with OtherSaves(_target(db_name)) as others:
            started = time.perf_counter()
            report = xlsx.import_file(spec, path, CLI_ACTOR, dry_run=dry_run)
            elapsed = time.perf_counter() - started
    finally:
        for module, real in patched:
            module.write_transaction = real  # type: ignore[assignment]
    return report, elapsed, sum(held), others


@contextlib.contextmanager
def row_by_row():
    """The baseline: the row-by-row path every 督查 import took before (one transaction, the
    write lock held while each row is checked and written; a dry run rolled back)."""
    from officedesk.core import batch

    supported = batch.supported
    batch.supported = lambda spec, rows=None: False  # type: ignore[assignment]
    try:
        yield
    finally:
        batch.supported = supported  # type: ignore[assignment]


def measured(label: str, spec: Any, rows: int, sheet: Path, db_name: str,
             timing: Any = None) -> list[tuple[str, str, str, str, str, str]]:
    """The table's rows for one size of one registry's import: the batch against row by row
    (rows a second, the write lock, another process's save meanwhile), then the dry run on both
    paths. `timing(path, db_name, dry_run)`: how a run is timed (default `timed` of `spec`)."""
    from officedesk.core import audit, batch, check

    run = timing or (lambda path, name, dry_run=False: timed(path, name, dry_run, spec=spec))
    path = "batch" if batch.supported(spec, [{}]) else "row by row"
    size = f"{rows:,} {label} rows ({path}; baseline: row by row)"
    report, seconds, locked, others = run(sheet, db_name)
    assert report.ok and report.imported == rows, [str(p) for p in report.problems[:3]]
    assert audit.verify_chain() == [] and check.run_checks() == []
    with row_by_row():
        slow, slow_seconds, slow_locked, slow_others = run(sheet, f"{db_name}-rows")
    assert slow.ok and slow.imported == rows, [str(p) for p in slow.problems[:3]]
    rate, slow_rate = rows / seconds, rows / slow_seconds
    dry, dry_seconds, dry_locked, _ = run(sheet, f"{db_name}-dry", dry_run=True)
    assert dry.ok, [str(p) for p in dry.problems[:3]]
    with row_by_row():
        slow_dry, slow_dry_seconds, slow_dry_locked, _ = run(sheet, f"{db_name}-dry-rows", dry_run=True)
    assert slow_dry.ok, [str(p) for p in slow_dry.problems[:3]]
    return [
        (f"{label} import", f"{rate:,.0f} rows/s", f"{slow_rate:,.0f} rows/s", f"{rate / slow_rate:.1f}×", "",
         size),
        ("  the write lock held", f"{locked:.2f} s", f"{slow_locked:.2f} s",
         f"{slow_locked / max(locked, 1e-3):.0f}×", "≈ 2 s", size),
        ("  another process's save meanwhile", others.summary(), slow_others.summary(), "",
         "< 10 s, never fails", size),
        ("  --dry-run: time", f"{dry_seconds:.1f} s", f"{slow_dry_seconds:.1f} s",
         f"{slow_dry_seconds / dry_seconds:.1f}×", "", size),
        ("  --dry-run: the write lock held", f"{dry_locked:.2f} s", f"{slow_dry_locked:.2f} s", "", "no lock",
         size),
    ]


def update_measured(rows: int, moved_every: int = 0) -> list[tuple[str, str, str, str, str, str]]:
    """`import --update` of the 督查 workbook as exported (its 分解任务 sheet too), the open
    items' 事项名称 corrected: checked before the lock and saved together, against every row
    checked under the lock as before (the tasks' sheet kept every 督查 update there). With
    `moved_every`, one open item in that many has a task's 责任人 changed too: those items go
    through their steps under the lock, against the whole file row by row, as before."""
    import openpyxl
    from bench_exchange import _checked_under_the_lock, timed_update, update_table

    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.supervision import SPEC
    from officedesk.exchange import xlsx

    measured = []
    before = _whole_file_one_by_one if moved_every else _checked_under_the_lock
    for name, baseline in (("now", contextlib.nullcontext), ("before", before)):
        db_name = f"supervision-update-{name}-{moved_every}"
        _fresh(db_name)
        made = xlsx.import_file(SPEC, supervision_sheet(HOME / f"{db_name}.xlsx", rows), CLI_ACTOR)
        assert made.ok, [str(p) for p in made.problems[:3]]
        path = HOME / f"{db_name}-edited.xlsx"
        xlsx.export(SPEC, path, CLI_ACTOR)
        book = openpyxl.load_workbook(path)
        items, tasks = book.worksheets[0], book.worksheets[1]
        header = [cell.value for cell in items[1]]
        title, state = header.index("事项名称") + 1, header.index("状态") + 1
        corrected, moved = 0, set()
        for row in range(2, items.max_row + 1):
            if "办结" not in str(items.cell(row, state).value or ""):  # a closed item is not corrected
                items.cell(row, title).value = f"{items.cell(row, title).value}（更正）"
                corrected += 1
                if moved_every and corrected % moved_every == 0:
                    moved.add(items.cell(row, 1).value)
        task_header = [cell.value for cell in tasks[1]]
        person, done = task_header.index("责任人") + 1, task_header.index("任务状态") + 1
        for row in range(2, tasks.max_row + 1):
            number = tasks.cell(row, 1).value
            if number in moved and "办结" not in str(tasks.cell(row, done).value or ""):
                tasks.cell(row, person).value = "改过的人"
                moved.discard(number)  # one task an item
                corrected += 1  # its task's change is told on a line of its own
        book.save(path)
        measured.append(timed_update(SPEC, path, db_name, corrected, baseline))
    shape = f"one in {moved_every} with a task's 责任人 changed" if moved_every else "tasks' sheet as exported"
    return update_table("督查", corrected, f"{rows:,} items, the open ones corrected, {shape}", *measured)


def _whole_file_one_by_one():
    """The baseline of a 分解任务 sheet that changes some tasks: every row written one by one
    under the lock, as before exchange.details.changing_rows (its dry run took the lock too)."""
    from bench_exchange import refused_by

    from officedesk.exchange import details

    return refused_by(details, "changing_rows")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=3_000)
    parser.add_argument("--small-rows", type=int, default=300)
    parser.add_argument("--update-only", action="store_true",
                        help="only the `import --update` of the --rows items exported and corrected")
    args = parser.parse_args()

    from officedesk.core import clock
    from officedesk.core.supervision import SPEC

    clock.set_today(None)
    results = update_measured(args.rows) + update_measured(args.rows, moved_every=20)
    if args.update_only:
        _print_table(results)
        return 0
    for rows in (args.rows, args.small_rows):
        sheet = supervision_sheet(HOME / f"supervision-{rows}.xlsx", rows)
        results += measured("督查", SPEC, rows, sheet, f"supervision-{rows}")
    _print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
