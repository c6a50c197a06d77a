"""Excel exchange at scale: reading, the checked import (batch: check in memory, one bulk write)
against the row-by-row path, and export (streamed) against openpyxl's write-only export, with
peak memory at --rows and a tenth of them (flat: about the same).

    .venv/bin/python bench/bench_exchange.py [--rows 100000] [--baseline-rows 2000] [--pg URL [--pg-rows 20000]]
        [--incoming-rows 10000] [--outgoing-rows 10000] [--update-rows 2000] [--history-rows 10000] [--documents-only] [--update-only] [--history-only]

Works on temporary databases and folders (--export-db: the export alone, on a database that
holds at least --rows 信访 records already). Half the generated 信访 rows bring their own
信访编号 (an old 台账), half get one issued. The row-by-row baseline is measured on
--baseline-rows rows (at 4-5 ms a row, 100,000 would take minutes); rates compare per row.
Prints one table: figure, naive baseline, ratio, target, data size.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import multiprocessing
import os
import random
import sys
import tempfile
import time
from pathlib import Path

# children (spawned) share the parent's folder: the audit anchor kept outside the database
HOME = Path(os.environ.get("OFFICEDESK_BENCH_HOME") or tempfile.mkdtemp(prefix="officedesk-bench-exchange-"))
HOME.mkdir(parents=True, exist_ok=True)  # a folder named by OFFICEDESK_BENCH_HOME, made if new
os.environ["OFFICEDESK_HOME"] = os.environ["OFFICEDESK_BENCH_HOME"] = str(HOME)
# tests/test_bench_runs.py: only that the bench runs, so no pause that a figure needs
SMOKE = bool(os.environ.get("OFFICEDESK_BENCH_SMOKE"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_registry import ASKS, GIVEN, PLACES, SUBJECTS, SURNAMES  # noqa: E402


def petitions_sheet(path: Path, rows: int, seed: int = 5, brought: bool = True, voided_every: int = 0) -> Path:
    """A 信访 台账 of `rows` rows of last year; `brought`: the first half bring their 信访编号;
    `voided_every`: one in that many of those is 已作废 (made, then voided: its number too)."""
    import openpyxl

    from officedesk.core import petitions

    rng = random.Random(seed)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("信访")
    labels = petitions.SPEC.exchange_labels or []
    sheet.append(labels)
    categories = petitions.categories()
    for n in range(rows):
        place = rng.choice(PLACES)
        row = {
            # the first half brings 1, 2, 3 … (no gaps), the rest get the next ones: the row path
            # takes a brought number only as the next free one
            "信访编号": f"信2025-{n + 1:05d}" if brought and n < rows // 2 else None,
            "登记日期": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "信访形式": rng.choice(petitions.FORMS),
            "信访人": rng.choice(SURNAMES) + rng.choice(GIVEN),
            "联系电话": f"13{rng.randrange(10**9):09d}",
            "住址": place,
            "人数": 1,
            "问题类别": rng.choice(categories),
            "反映内容": f"反映{place}{rng.choice(SUBJECTS)}{rng.choice(ASKS)}",
            "诉求": rng.choice(ASKS),
            "处理方式": "直接答复" if n % 3 == 0 else None,
            "办结日期": "2025-12-30" if n % 3 == 0 else None,
            "答复意见": "已答复" if n % 3 == 0 else None,
        }
        if voided_every and row["信访编号"] and n % voided_every == voided_every - 1 and n % 3:
            row["状态"] = "已作废"
        sheet.append([row.get(label) for label in labels])
    workbook.save(path)
    return path


INCOMING_HEADERS = ["收文日期", "来文机关", "来文字号", "标题", "文种", "密级", "紧急程度", "份数"]
ORGANS = ["中共云州市委办公室", "云州市人民政府办公室", "中共云岭县委组织部", "云岭县财政局", "云岭县教育局"]


def incoming_sheet(path: Path, rows: int, seed: int = 9) -> Path:
    """A 收文 台账: half the rows bring no 收文编号 (issued), all of last year."""
    import openpyxl

    rng = random.Random(seed)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("收文")
    sheet.append(INCOMING_HEADERS)
    for n in range(rows):
        sheet.append([f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(ORGANS),
                      f"云文〔2025〕{seed}{n + 1}号", f"关于做好{rng.choice(SUBJECTS)}工作的通知",
                      rng.choice(["通知", "函", "意见", "报告"]), rng.choice(["", "", "", "秘密"]), "",
                      rng.randint(1, 5)])
    workbook.save(path)
    return path


OUTGOING_HEADERS = ["发文字号", "标题", "文种", "拟稿单位", "拟稿人", "核稿人", "签发人", "签发日期", "密级", "份数"]
DRAFTING_UNITS = ["县委办公室综合科", "县委办公室督查室", "县委办公室信息科", "县委办公室秘书科"]


def outgoing_sheet(path: Path, rows: int, seed: int = 11, staffed: bool = False) -> Path:
    """A 发文 台账 of last year: a third drafts (no 字号 is issued to them), a third signed, a third
    numbered elsewhere, bringing 云委办发〔2025〕N号 in the order of the file (the sequence).
    `staffed`: drafted in 综合处, checked and signed by the holders of tests.staff.STAFF."""
    import openpyxl

    rng = random.Random(seed)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("发文")
    sheet.append(OUTGOING_HEADERS)
    numbered = 0
    for n in range(rows):
        signed = n % 3 != 0
        if n % 3 == 2:
            numbered += 1
        sheet.append([f"云委办发〔2025〕{numbered}号" if n % 3 == 2 else None,
                      f"关于做好{rng.choice(SUBJECTS)}工作的通知（{seed}-{n + 1}）",
                      rng.choice(["通知", "通报", "意见", "函"]), "综合处" if staffed else rng.choice(DRAFTING_UNITS),
                      rng.choice(SURNAMES) + rng.choice(GIVEN),
                      ("李处长" if staffed else "李科长") if signed else None,
                      ("孙主任" if staffed else "姚国强") if signed else None,
                      f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if signed else None,
                      rng.choice(["", "", "", "秘密"]), rng.randint(1, 50)])
    workbook.save(path)
    return path


def document_results(args: argparse.Namespace, busy: str) -> list[tuple[str, str, str, str, str, str]]:
    """收文 and 发文 through the batch (the row-by-row path held the write lock the whole import):
    the rate against the row-by-row path's, the lock and another process's wait."""
    from officedesk.core import audit, batch, check
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.documents.incoming import INCOMING
    from officedesk.core.documents.outgoing import OUTGOING

    results = []
    small_rows = max(1, args.baseline_rows // 4)
    for spec, label, make, rows in ((INCOMING, "收文", incoming_sheet, args.incoming_rows),
                                    (OUTGOING, "发文", outgoing_sheet, args.outgoing_rows)):
        sheet = make(HOME / f"{spec.name}.xlsx", rows)
        small = make(HOME / f"{spec.name}-small.xlsx", small_rows, seed=10)
        report, seconds, locked, others, _ = timed_import(sheet, spec, CLI_ACTOR, spec.name)
        assert report.ok and report.imported == rows, report.problems[:3]
        assert audit.verify_chain() == [] and check.run_checks() == []
        supported = batch.supported
        batch.supported = lambda spec, rows=None: False  # type: ignore[assignment]  # the row-by-row path
        try:
            slow, row_seconds, _, _, _ = timed_import(small, spec, CLI_ACTOR, f"{spec.name}-rows")
        finally:
            batch.supported = supported  # type: ignore[assignment]
        assert slow.ok and slow.imported == small_rows, slow.problems[:3]
        rate, row_rate = rows / seconds, small_rows / row_seconds
        size = f"{rows:,} {label} rows (baseline {small_rows:,})"
        whole = row_seconds / small_rows * rows  # the row-by-row path holds the lock throughout
        results.append((f"{label} import, checked (baseline: row by row, as before)", f"{rate:,.0f} rows/s",
                        f"{row_rate:,.0f} rows/s", f"{rate / row_rate:.0f}×", "", size))
        results.append(("  the write lock held (baseline: the whole import)", f"{locked:.2f} s", f"{whole:.0f} s",
                        f"{whole / max(locked, 1e-3):.0f}×", "≈ 2 s", size))
        results.append(("  another process's save meanwhile: its wait", others.summary(), "", "", busy, size))
    if args.outgoing_rows:
        results += _staffed_outgoing(args.outgoing_rows)
    return results


def _staffed_outgoing(rows: int) -> list[tuple[str, str, str, str, str, str]]:
    """发文 in an office whose people hold their posts (逐级负责 in force): each signed row's 核稿人
    and 签发人 are judged as holders of those steps. The check reads the posts, the chain and
    the delegations once for the batch (core.read_once); the baseline reads them again for each
    row, as before."""
    from officedesk.core import audit, check, clock, passwords, read_once, settings
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.documents.outgoing import OUTGOING
    from tests.staff import STAFF, make_staff

    def staffed() -> None:
        settings.put("org.code", "某委办")
        real = passwords.SCRYPT_N
        passwords.SCRYPT_N = 2**10  # the accounts' passwords are not what is measured
        clock.set_today(dt.date(2024, 12, 1))  # in their posts since before the sheet's year
        try:
            make_staff(STAFF)
        finally:
            clock.set_today(None)
            passwords.SCRYPT_N = real

    sheet = outgoing_sheet(HOME / "outgoing-staffed.xlsx", rows, staffed=True)
    measured = []
    for name, scope in (("now", None), ("before", contextlib.nullcontext)):
        real = read_once.reading
        if scope is not None:
            read_once.reading = scope  # type: ignore[assignment]
        try:
            report, seconds, _, _, _ = timed_import(sheet, OUTGOING, CLI_ACTOR, f"outgoing-staffed-{name}",
                                                    prepare=staffed)
        finally:
            read_once.reading = real  # type: ignore[assignment]
        assert report.ok and report.imported == rows, [str(p) for p in report.problems[:3]]
        assert audit.verify_chain() == [] and check.run_checks() == []
        measured.append(rows / seconds)
    rate, before = measured
    return [("发文 import, 逐级负责 in force (baseline: posts read a row)", f"{rate:,.0f} rows/s",
             f"{before:,.0f} rows/s", f"{rate / before:.1f}×", "",
             f"{rows:,} 发文 rows, 7 people in their posts, ⅔ naming 核稿人 and 签发人")]


def _edited_export(spec, path: Path, actor, label: str = "标题") -> Path:
    """The registry exported and every cell of that column changed, as a clerk corrects a 台账
    in Excel."""
    import openpyxl

    from officedesk.exchange import xlsx

    xlsx.export(spec, path, actor)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    column = [cell.value for cell in sheet[1]].index(label) + 1
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, column).value = f"{sheet.cell(row, column).value}（修改）"
    workbook.save(path)
    return path


@contextlib.contextmanager
def _lock_watched(held: list[float]):
    """The seconds each write transaction of an import (exchange.importing's, records'): how
    long the write lock is held (BEGIN IMMEDIATE … COMMIT)."""
    from officedesk.core import batch_write, records
    from officedesk.exchange import import_mixed, importing

    real = importing.write_transaction
    depth = [0]

    @contextlib.contextmanager
    def timed_transaction():  # the outermost only: one nested in it holds no lock of its own
        started = time.perf_counter()
        depth[0] += 1
        try:
            with real() as transaction:
                yield transaction
        finally:
            depth[0] -= 1
        if depth[0] == 0:
            held.append(time.perf_counter() - started)

    for module in (importing, records, import_mixed, batch_write):
        module.write_transaction = timed_transaction
    try:
        yield
    finally:
        for module in (importing, records, import_mixed, batch_write):
            module.write_transaction = real


@contextlib.contextmanager
def refused_by(module: object, name: str):
    """A baseline: the function `name` of `module`, which lets an import take a faster path,
    answering no (False, or None where it names rows) while the block runs."""
    real = getattr(module, name)
    setattr(module, name, lambda *args: None if name == "changing_rows" else False)
    try:
        yield
    finally:
        setattr(module, name, real)


def _checked_under_the_lock():
    """The baseline: every corrected row checked under the write lock, row by row, as before
    exchange.import_rows.prepare_corrections (a dry run took the lock too)."""
    from officedesk.exchange import import_rows

    return refused_by(import_rows, "preparable")


def update_results(args: argparse.Namespace) -> list[tuple[str, str, str, str, str, str]]:
    """`import --update` of a corrected 收文 台账 (every 标题 changed) and of a 信访 台账 (every
    反映内容; the registry saves a 信访 through its own update, which says which rows are plain
    corrections): the rows checked before the lock and only saved under it, against every row
    checked under it (as before), with another process saving meanwhile; and the dry run's lock."""
    from officedesk.core import petitions
    from officedesk.core.documents.incoming import INCOMING

    results = []
    for label, spec, sheet_of, column in (("收文", INCOMING, incoming_sheet, "标题"),
                                          ("信访", petitions.SPEC, petitions_sheet, "反映内容")):
        results += _update_results(args.update_rows, label, spec, sheet_of, column)
    return results + _mixed_results(args.update_rows)


def _one_by_one_when_mixed():
    """The baseline of a file of corrections and new rows: all of it one by one under the write
    lock, as before exchange.import_mixed (its dry run took the lock too)."""
    from officedesk.exchange import importing

    return refused_by(importing, "mixed_and_preparable")


def _mixed_results(rows: int) -> list[tuple[str, str, str, str, str, str]]:
    """`import --update` of a 收文 台账 corrected (every 标题) and added to (half as many new rows
    under the exported ones), against the whole file one by one under the lock."""
    import openpyxl

    from officedesk.core import check
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.documents.incoming import INCOMING
    from officedesk.exchange import xlsx

    added = rows // 2
    measured = []
    for name, baseline in (("mixed", contextlib.nullcontext), ("mixed-locked", _one_by_one_when_mixed)):
        _fresh(name)
        made = xlsx.import_file(INCOMING, incoming_sheet(HOME / f"{name}.xlsx", rows, seed=13), CLI_ACTOR)
        assert made.ok and made.imported == rows, made.problems[:3]
        edited = _edited_export(INCOMING, HOME / f"{name}-edited.xlsx", CLI_ACTOR)
        book = openpyxl.load_workbook(edited)
        headers = [cell.value for cell in book.active[1]]
        new = openpyxl.load_workbook(incoming_sheet(HOME / f"{name}-new.xlsx", added, seed=21)).active
        labels = [cell.value for cell in new[1]]
        for values in new.iter_rows(min_row=2, values_only=True):
            cells = dict(zip(labels, values, strict=True))
            book.active.append([cells.get(label) for label in headers])
        book.save(edited)
        measured.append(timed_update(INCOMING, edited, name, rows, baseline, added))
        assert check.run_checks() == []
    return update_table("收文 corrected + new rows", rows + added, f"{rows:,} corrections + {added:,} new rows",
                        *measured)


def _update_results(rows: int, label: str, spec, sheet_of, column: str) -> list[tuple[str, str, str, str, str, str]]:
    from officedesk.core import check
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.exchange import xlsx

    measured = []
    for name, baseline in (("update", contextlib.nullcontext), ("update-locked", _checked_under_the_lock)):
        name = f"{name}-{spec.name}"
        _fresh(name)
        made = xlsx.import_file(spec, sheet_of(HOME / f"{name}.xlsx", rows, seed=13), CLI_ACTOR)
        assert made.ok and made.imported == rows, made.problems[:3]
        edited = _edited_export(spec, HOME / f"{name}-edited.xlsx", CLI_ACTOR, column)
        measured.append(timed_update(spec, edited, name, rows, baseline))
        assert check.run_checks() == []
    return update_table(label, rows, f"{rows:,} rows into as many", *measured)


def timed_update(spec, path: Path, db_name: str, rows: int, baseline,
                 added: int = 0) -> tuple[float, float, OtherSaves, float, float]:
    """`import --update` of `path` into the bench's database of that name (bound already), its
    dry run first, `rows` updated (and `added` made) by each, under `baseline()`, with another process saving
    meanwhile: (seconds, the lock held, the other saves, the dry run's seconds, its lock)."""
    from officedesk.core import audit
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.exchange import xlsx

    dry_held: list[float] = []
    held: list[float] = []
    with baseline():
        with _lock_watched(dry_held):
            started = time.perf_counter()
            dry = xlsx.import_file(spec, path, CLI_ACTOR, on_match="update", dry_run=True)
            dry_seconds = time.perf_counter() - started
        assert dry.ok and len(dry.updated) == rows and dry.imported == added, [str(p) for p in dry.problems[:3]]
        with _lock_watched(held), OtherSaves(_target(db_name)) as others:
            started = time.perf_counter()
            report = xlsx.import_file(spec, path, CLI_ACTOR, on_match="update")
            seconds = time.perf_counter() - started
    assert report.ok and len(report.updated) == rows and report.imported == added, \
        [str(p) for p in report.problems[:3]]
    assert audit.verify_chain() == []
    return seconds, sum(held), others, dry_seconds, sum(dry_held)


def update_table(label: str, rows: int, size: str, now: tuple, before: tuple) -> list[tuple[str, str, str, str, str, str]]:
    """The table's rows of an `import --update` (timed_update) against its baseline."""
    (fast, locked, others, dry, dry_locked), (slow, was_locked, waited, dry_before, dry_was) = now, before
    return [(f"{label} import --update (baseline: checked under the lock)", f"{rows / fast:,.0f} rows/s",
             f"{rows / slow:,.0f} rows/s", f"{slow / fast:.1f}×", "", size),
            ("  the write lock held (baseline: the same)", f"{locked:.2f} s", f"{was_locked:.2f} s",
             f"{was_locked / max(locked, 1e-3):.1f}×", "≈ 2 s", size),
            ("  another process's save meanwhile: its wait", others.summary(), waited.summary(), "",
             "< 10 s, never fails", size),
            ("  --dry-run, and the lock it holds", f"{dry:.2f} s, {dry_locked:.2f} s",
             f"{dry_before:.2f} s, {dry_was:.2f} s", "", "no lock", size)]


def _fresh(name: str):
    """The database to import into, bound: a file in the bench's folder (new the first time),
    or with --pg the PostgreSQL database of that URL, emptied (name: the URL)."""
    from officedesk.store import db as store_db

    store_db.close_database()
    if name.startswith("postgresql://"):
        from officedesk import paths
        from tests.pg import reset_pg_schema

        reset_pg_schema(name)
        # the chain starts again: its anchor outside the database would rightly call that a rewrite
        for kept in paths.data_dir().glob("postgres-*.anchor.json"):
            kept.unlink()
        return store_db.open_database(name)
    path = HOME / f"{name}.db"
    if not path.exists():
        _copy_of_migrated(path)
    return store_db.open_database(str(path))


def _copy_of_migrated(path: Path) -> None:
    """A new database file as open_database makes it (tables and every migration: some 0.3 s),
    copied from one made so once a process: setup, not what any figure measures."""
    import shutil

    from officedesk.store import db as store_db

    template = HOME / ".migrated.db"
    if not template.exists():
        store_db.open_database(str(template))
        store_db.close_database()  # the last connection's close folds the WAL into the file
    shutil.copyfile(template, path)


def _target(name: str) -> str:
    return name if name.startswith("postgresql://") else str(HOME / f"{name}.db")


def _status_mb(key: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    return float("nan")


def _export_child(db_path: str, rows: int, out: str, how: str, queue) -> None:  # pragma: no cover - a child
    import export_openpyxl

    from officedesk.core import petitions, records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.exchange import xlsx
    from officedesk.store import db as store_db

    store_db.open_database(db_path)
    spec = petitions.SPEC
    ids = records.list_ids(spec, CLI_ACTOR)[:rows]  # a list's ids, as the window exports them
    exporter = xlsx.export if how == "stream" else export_openpyxl.export
    import openpyxl.cell  # noqa: F401 - loaded before the measurement, as the writer's modules
    with open("/proc/self/clear_refs", "w") as clear:  # the peak (VmHWM) starts again from here
        clear.write("5")
    start_rss = _status_mb("VmRSS:")
    started, cpu = time.perf_counter(), time.process_time()
    written = exporter(spec, out, CLI_ACTOR, ids=ids)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    grown = _status_mb("VmHWM:") - start_rss
    sheet = xlsx.read_rows(Path(out))  # the file reads back: every row, the headers
    assert len(sheet.rows) == written == len(ids), (len(sheet.rows), written, len(ids))
    queue.put((int(written), elapsed, cpu, grown))


def export_in_child(db_path: str, rows: int, how: str) -> tuple[int, float, float, float]:
    """Time, CPU time and peak memory growth of one export (`how`: stream, or the openpyxl
    baseline), in a fresh process so that memory stays honest. CPU time says what the export
    costs when other programs share the machine (wall time grows with the load)."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    out = str(HOME / f"export-{how}-{rows}.xlsx")
    child = context.Process(target=_export_child, args=(db_path, rows, out, how, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def _import_child(sheet: str, db_path: str, queue) -> None:  # pragma: no cover - a child
    from officedesk.core import petitions
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.exchange import xlsx
    from officedesk.store import db as store_db

    store_db.open_database(db_path)
    with open("/proc/self/clear_refs", "w") as clear:  # the peak (VmHWM) starts again from here
        clear.write("5")
    start_rss = _status_mb("VmRSS:")
    report = xlsx.import_file(petitions.SPEC, sheet, CLI_ACTOR)
    queue.put((report.imported, _status_mb("VmHWM:") - start_rss))


def import_memory_in_child(sheet: Path, name: str) -> tuple[int, float]:
    """Rows imported and the peak memory growth of a fresh process importing `sheet` into a new
    database (memory measured honestly, away from the bench's own)."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    target = HOME / f"{name}.db"
    target.unlink(missing_ok=True)
    child = context.Process(target=_import_child, args=(str(sheet), str(target), queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def _saver_child(db_path: str, ready, stop, queue) -> None:  # pragma: no cover - a child
    """Another workstation: a small save (records.create of a 会议室) every 0.2 s until told to
    stop; reports how long each took (the wait for the write lock included) and any failure."""
    from officedesk.core import records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.directory import ROOMS
    from officedesk.store import db as store_db

    store_db.open_database(db_path)
    waits: list[float] = []
    failures: list[str] = []
    ready.set()
    n = 0
    while not stop.is_set():
        n += 1
        started = time.perf_counter()
        try:
            records.create(ROOMS, {"名称": f"并发会议室{os.getpid()}-{n}", "容量": 10}, CLI_ACTOR)
        except Exception as exc:  # noqa: BLE001 - what the clerk would see
            failures.append(str(exc))
        waits.append(time.perf_counter() - started)
        stop.wait(0.2)
    queue.put((waits, failures))


class OtherSaves:
    """A second process saving a record every 0.2 s while the block runs (`with OtherSaves(db):`);
    afterwards .waits (seconds per save) and .failures."""

    def __init__(self, db_path: str) -> None:
        context = multiprocessing.get_context("spawn")
        self.ready, self.stop, self.queue = context.Event(), context.Event(), context.Queue()
        self.child = context.Process(target=_saver_child, args=(db_path, self.ready, self.stop, self.queue))
        self.waits: list[float] = []
        self.failures: list[str] = []

    def __enter__(self) -> OtherSaves:
        self.child.start()
        self.ready.wait(60)
        if not SMOKE:
            time.sleep(0.5)  # a few saves before the import starts
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.waits, self.failures = self.queue.get()
        self.child.join()

    def summary(self) -> str:
        longest = max(self.waits, default=0.0)
        failed = f", {len(self.failures)} failed" if self.failures else ", none failed"
        return f"{longest:.2f} s max ({len(self.waits)} saves{failed})"


def timed_import(path: Path, spec, actor, db_name: str, history: bool = False,
                 prepare=None) -> tuple[object, float, float, OtherSaves, float]:
    """One checked import into the bench's database of that name (new the first time; see
    _fresh; `prepare()`: what it is given first) with another process saving meanwhile:
    (report, seconds, seconds the write lock was held at the longest, the other saves, CPU
    seconds of this process: what the import costs whatever else the machine runs). The lock is
    the batch's write, or one of the chunks filling its index after it (store.search_catch_up),
    each a transaction of its own."""
    import contextlib

    from officedesk.core import batch_write
    from officedesk.exchange import xlsx
    from officedesk.store import search_catch_up

    _fresh(db_name)
    if prepare is not None:
        prepare()
    real_transaction = batch_write.write_transaction
    held: list[float] = []

    @contextlib.contextmanager
    def timed_transaction():  # how long the write lock is held (BEGIN IMMEDIATE … COMMIT)
        started = time.perf_counter()
        with real_transaction() as transaction:
            yield transaction
        held.append(time.perf_counter() - started)

    batch_write.write_transaction = search_catch_up.write_transaction = timed_transaction  # type: ignore[assignment]
    try:
        with OtherSaves(_target(db_name)) as others:
            started, cpu = time.perf_counter(), time.process_time()
            report = xlsx.import_file(spec, path, actor, history=history)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        batch_write.write_transaction = search_catch_up.write_transaction = real_transaction  # type: ignore[assignment]
    return report, elapsed, max(held, default=0.0), others, cpu
VOIDED_EVERY = 500


def history_results(args: argparse.Namespace, busy: str) -> list[tuple[str, str, str, str, str, str]]:
    """`import --history` of a past 信访 台账 (a third 直接答复 and 办结): the batch against the
    row-by-row path every past register took before, with another process saving meanwhile."""
    from officedesk.core import audit, batch, petitions
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.exchange import xlsx
    from officedesk.store.petitions import Petition

    # a past 台账 has its 作废 rows: one in 500 of those bringing their number
    sheet = petitions_sheet(HOME / "history.xlsx", args.history_rows, seed=14, voided_every=VOIDED_EVERY)
    small = petitions_sheet(HOME / "history-small.xlsx", args.baseline_rows, seed=15, voided_every=VOIDED_EVERY)
    _fresh("history-dry")
    started = time.perf_counter()
    dry = xlsx.import_file(petitions.SPEC, sheet, CLI_ACTOR, history=True, dry_run=True)
    dry_seconds = time.perf_counter() - started
    assert dry.ok, dry.problems[:3]
    report, seconds, locked, others, _ = timed_import(sheet, petitions.SPEC, CLI_ACTOR, "history", history=True)
    assert report.ok and report.imported == args.history_rows, report.problems[:3]
    assert audit.verify_chain() == []
    voided = Petition.select().where(Petition.state == "已作废").count()
    assert voided == sum(1 for n in range(args.history_rows // 2) if n % VOIDED_EVERY == VOIDED_EVERY - 1 and n % 3)
    supported = batch.supported
    batch.supported = lambda spec, rows=None: False  # type: ignore[assignment]  # the row-by-row path
    try:
        slow, slow_seconds, _, slow_others, _ = timed_import(small, petitions.SPEC, CLI_ACTOR,
                                                                        "history-rows", history=True)
    finally:
        batch.supported = supported  # type: ignore[assignment]
    assert slow.ok and slow.imported == args.baseline_rows, slow.problems[:3]
    rate, slow_rate = args.history_rows / seconds, args.baseline_rows / slow_seconds
    size = f"{args.history_rows:,} rows, {voided} 已作废 (baseline {args.baseline_rows:,})"
    whole = slow_seconds / args.baseline_rows * args.history_rows  # the row path holds it throughout
    return [("信访 import --history (baseline: row by row)", f"{rate:,.0f} rows/s", f"{slow_rate:,.0f} rows/s",
             f"{rate / slow_rate:.0f}×", "", size),
            ("  the write lock held (baseline: the whole import, per row)", f"{locked:.2f} s", f"{whole:.0f} s",
             f"{whole / max(locked, 1e-3):.0f}×", "≈ 2 s", size),
            ("  another process's save meanwhile: its wait", others.summary(), slow_others.summary(), "", busy,
             size),
            ("  --dry-run (no lock)", f"{dry_seconds:.2f} s", "", "", "no lock", f"{args.history_rows:,} rows")]


def export_results(db_path: str, rows: int) -> list[tuple[str, str, str, str, str, str]]:
    """The export at `rows` and a tenth of them, against the openpyxl export in the same run."""
    results = []
    measured = {}
    for size in (rows, max(1, rows // 10)):
        written, seconds, cpu, grown = export_in_child(db_path, size, "stream")
        _, old_seconds, old_cpu, old_grown = export_in_child(db_path, size, "openpyxl")
        measured[size] = grown
        results.append(("xlsx export, streamed (baseline: openpyxl write-only)", f"{seconds:.2f} s",
                         f"{old_seconds:.2f} s", f"{old_seconds / seconds:.1f}×",
                         "≤ 10 s" if size == rows else "", f"{written:,} rows"))
        results.append(("  CPU time of the exporting process", f"{cpu:.2f} s", f"{old_cpu:.2f} s",
                         f"{old_cpu / cpu:.1f}×", "", f"{written:,} rows"))
        results.append(("  peak memory growth during the export", f"{grown:.0f} MB", f"{old_grown:.0f} MB",
                        f"{old_grown / max(grown, 1):.1f}×", "flat", f"{written:,} rows"))
    small = max(1, rows // 10)
    results.append(("  memory at 10× the rows (streamed)", f"{measured[rows]:.0f} MB", f"{measured[small]:.0f} MB",
                    f"{measured[rows] / max(measured[small], 1):.1f}×", "≈ 1×", f"{rows:,} vs {small:,} rows"))
    return results


def _print_table(results: list[tuple[str, str, str, str, str, str]]) -> None:
    print(f"\nOfficeDesk exchange bench, Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s), "
          f"load {os.getloadavg()[0]:.1f}\n")
    print(f"| {'what':<56} | {'measured':>14} | {'baseline':>14} | {'ratio':>18} | {'target':>16} | size")
    print(f"|{'-' * 58}|{'-' * 16}|{'-' * 16}|{'-' * 20}|{'-' * 18}|------")
    for what, value, base, ratio, target, size in results:
        print(f"| {what:<56} | {value:>14} | {base:>14} | {ratio:>18} | {target:>16} | {size}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--baseline-rows", type=int, default=2_000)
    parser.add_argument("--export-db", help="an existing database with at least --rows 信访 records: "
                        "measure only the export on it")
    parser.add_argument("--incoming-rows", type=int, default=10_000)
    parser.add_argument("--outgoing-rows", type=int, default=10_000)
    parser.add_argument("--update-rows", type=int, default=2_000,
                        help="收文 rows, and 信访 rows, of the `import --update`")
    parser.add_argument("--history-rows", type=int, default=10_000, help="信访 rows of the `import --history`")
    parser.add_argument("--history-only", action="store_true", help="only the `import --history` of 信访")
    parser.add_argument("--update-only", action="store_true", help="only the `import --update` of 收文 and 信访")
    parser.add_argument("--documents-only", action="store_true",
                        help="only the 收文 and 发文 imports (not the --rows 信访 ones, nor the export)")
    parser.add_argument("--pg", metavar="URL", help="also import --pg-rows into this PostgreSQL database "
                        "(EMPTIED first: a throw-away one, e.g. scripts/pg_test_server.sh's)")
    parser.add_argument("--pg-rows", type=int, default=20_000)
    args = parser.parse_args()
    if args.export_db:
        _print_table(export_results(args.export_db, args.rows))
        return 0

    from officedesk.core import audit, batch, batch_write, check, clock, petitions
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.exchange import xlsx
    from officedesk.store import bulk, search_catch_up
    from officedesk.store.db import SQLITE_PRAGMAS
    from officedesk.store.petitions import Petition

    clock.set_today(None)
    SQLITE_BUSY_S = int(SQLITE_PRAGMAS["busy_timeout"]) / 1000  # noqa: N806
    busy = f"< {SQLITE_BUSY_S:.0f} s, never fails"
    results: list[tuple[str, str, str, str, str, str]] = []
    if args.update_only:
        _print_table(update_results(args))
        return 0
    if args.history_only:
        _print_table(history_results(args, busy))
        return 0
    if args.documents_only:
        _print_table(document_results(args, busy) + update_results(args))
        return 0

    started = time.perf_counter()
    path = petitions_sheet(HOME / "petitions.xlsx", args.rows)
    print(f"sheet of {args.rows:,} 信访 rows written in {time.perf_counter() - started:.1f} s")
    small = petitions_sheet(HOME / "petitions-small.xlsx", args.baseline_rows, seed=6)

    started = time.perf_counter()
    xlsx.read_rows(path)
    calamine = time.perf_counter() - started
    saved = sys.modules.get("python_calamine")
    sys.modules["python_calamine"] = None  # type: ignore[assignment]
    started = time.perf_counter()
    xlsx.read_rows(path)
    plain = time.perf_counter() - started
    sys.modules.pop("python_calamine", None)
    if saved is not None:
        sys.modules["python_calamine"] = saved
    results.append(("read the sheet (calamine; baseline openpyxl)", f"{calamine:.2f} s", f"{plain:.2f} s",
                    f"{plain / calamine:.1f}×", "", f"{args.rows:,} rows"))

    _fresh("batch")
    started = time.perf_counter()
    dry = xlsx.import_file(petitions.SPEC, path, CLI_ACTOR, dry_run=True)
    dry_time = time.perf_counter() - started
    assert dry.ok, dry.problems[:3]

    tenth = max(1, min(10_000, args.rows // 10))
    mid = petitions_sheet(HOME / "petitions-mid.xlsx", tenth, seed=7)
    mid_report, _, mid_locked, mid_others, _ = timed_import(mid, petitions.SPEC, CLI_ACTOR, "mid")
    assert mid_report.ok and mid_report.imported == tenth, mid_report.problems[:3]

    report, batch_time, locked, others, batch_cpu = timed_import(path, petitions.SPEC, CLI_ACTOR, "batch")
    assert report.ok and report.imported == args.rows, report.problems[:3]
    assert audit.verify_chain() == [] and check.run_checks() == []
    assert Petition.select().count() == args.rows
    # the same rows into an office holding them already (numbers issued), and both with the rows
    # staged as before this session's change (untyped: every row and index entry built under the lock)
    more = petitions_sheet(HOME / "petitions-more.xlsx", args.rows, seed=10, brought=False)
    onto, _, onto_locked, onto_others, _ = timed_import(more, petitions.SPEC, CLI_ACTOR, "batch")
    assert onto.imported == args.rows, onto.problems[:3]
    transferable = bulk._transferable
    bulk._transferable = lambda table: False  # type: ignore[assignment]
    try:
        plain, _, plain_locked, _, _ = timed_import(path, petitions.SPEC, CLI_ACTOR, "plain")
        plain_onto, _, plain_onto_locked, _, _ = timed_import(more, petitions.SPEC, CLI_ACTOR, "plain")
    finally:
        bulk._transferable = transferable  # type: ignore[assignment]
    assert plain.imported == plain_onto.imported == args.rows
    # and onto as many with the index filled under the batch's lock, as before store.search_catch_up
    deferred_from = search_catch_up.DEFER_FROM
    timed_import(path, petitions.SPEC, CLI_ACTOR, "inlock")
    search_catch_up.DEFER_FROM = 1 << 62
    try:
        inlock_onto, _, inlock_onto_locked, inlock_others, _ = timed_import(more, petitions.SPEC, CLI_ACTOR, "inlock")
    finally:
        search_catch_up.DEFER_FROM = deferred_from
    assert inlock_onto.imported == args.rows

    _fresh("rows")
    supported = batch.supported
    batch.supported = lambda spec, rows=None: False  # type: ignore[assignment]  # the row-by-row path
    started = time.perf_counter()
    slow = xlsx.import_file(petitions.SPEC, small, CLI_ACTOR)
    row_time = time.perf_counter() - started
    batch.supported = supported  # type: ignore[assignment]
    assert slow.ok and slow.imported == args.baseline_rows, slow.problems[:3]

    rate, row_rate = args.rows / batch_time, args.baseline_rows / row_time
    results.append(("checked import, with audit and index, atomic", f"{rate:,.0f} rows/s",
                     f"{row_rate:,.0f} rows/s", f"{rate / row_rate:.0f}×", "≥ 10,000 rows/s",
                     f"{args.rows:,} rows (baseline {args.baseline_rows:,})"))
    results.append(("  the same by CPU time (the load of others left out)", f"{args.rows / batch_cpu:,.0f} rows/s",
                     "", "", "≥ 10,000 rows/s", f"{batch_cpu:.1f} s CPU"))
    results.append(("  of which the write lock is held", f"{locked:.2f} s", f"{row_time / args.baseline_rows * args.rows:.0f} s",
                    f"{row_time / args.baseline_rows * args.rows / locked:.0f}×", "≈ 2 s", f"{args.rows:,} rows"))
    results.append(("  the same, the rows staged untyped (each built under it)", f"{locked:.2f} s",
                    f"{plain_locked:.2f} s", f"{plain_locked / locked:.1f}×", "≈ 2 s", f"{args.rows:,} rows"))
    results.append(("  the write lock, into an office holding as many already", f"{onto_locked:.2f} s",
                    f"{plain_onto_locked:.2f} s", f"{plain_onto_locked / onto_locked:.1f}×", "≈ 2 s",
                    f"{args.rows:,} rows onto {args.rows:,}"))
    results.append(("  the same, the index filled after it (baseline: under it)", f"{onto_locked:.2f} s",
                    f"{inlock_onto_locked:.2f} s", f"{inlock_onto_locked / onto_locked:.1f}×", "≈ 2 s",
                    f"{args.rows:,} rows onto {args.rows:,}"))
    results.append(("  another process's save meanwhile: its wait (baseline: index under the lock)",
                    onto_others.summary(), inlock_others.summary(), "", busy,
                    f"{args.rows:,} rows onto {args.rows:,}"))
    results.append(("  write lock held, a smaller import", f"{mid_locked:.2f} s", "", "", "", f"{tenth:,} rows"))
    results.append(("dry run (checks only, no lock)", f"{dry_time:.2f} s", "", "", "", f"{args.rows:,} rows"))
    results.append(("another process's save during the import: its wait", others.summary(), "", "", busy,
                    f"{args.rows:,} rows"))
    results.append(("  the same, during a smaller import", mid_others.summary(), "", "", busy, f"{tenth:,} rows"))
    imported, grown = import_memory_in_child(path, "memory")
    mid_imported, mid_grown = import_memory_in_child(mid, "memory-mid")
    assert (imported, mid_imported) == (args.rows, tenth)
    results.append(("  peak memory growth of the importing process", f"{grown:.0f} MB", f"{mid_grown:.0f} MB",
                    f"{grown / max(mid_grown, 1):.1f}×", "", f"{args.rows:,} vs {tenth:,} rows"))

    results += document_results(args, busy)
    results += update_results(args)
    results += history_results(args, busy)

    if args.pg:  # the staged write against the old one (the whole write under the locks)
        pg_sheet = petitions_sheet(HOME / "petitions-pg.xlsx", args.pg_rows, seed=8)
        measured, staged_tries = [], batch_write.STAGED_TRIES
        for tries in (staged_tries, 0):
            batch_write.STAGED_TRIES = tries
            pg_report, pg_time, pg_locked, pg_others, _ = timed_import(pg_sheet, petitions.SPEC, CLI_ACTOR, args.pg)
            assert pg_report.ok and pg_report.imported == args.pg_rows, pg_report.problems[:3]
            problems = audit.verify_chain() + check.run_checks()
            assert problems == [], problems[:5]
            measured.append((pg_time, pg_locked, pg_others))
        batch_write.STAGED_TRIES = staged_tries
        (new_time, new_locked, new_others), (old_time, old_locked, old_others) = measured
        pg_size = f"{args.pg_rows:,} rows, PostgreSQL"
        results.append(("checked import on PostgreSQL (baseline: written under the locks)",
                        f"{args.pg_rows / new_time:,.0f} rows/s", f"{args.pg_rows / old_time:,.0f} rows/s",
                        f"{old_time / new_time:.1f}×", "", pg_size))
        results.append(("  its transaction (the audit head and sequences locked)", f"{new_locked:.2f} s",
                        f"{old_locked:.2f} s", f"{old_locked / new_locked:.0f}×", "≈ 2 s", pg_size))
        results.append(("  another process's save meanwhile: its wait", new_others.summary(), old_others.summary(),
                        "", "never fails", pg_size))
        from officedesk.store import db as store_db

        store_db.close_database()

    results += export_results(str(HOME / "batch.db"), args.rows)

    _print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
