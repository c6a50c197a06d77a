"""Import a sheet by one of the three paths a rule must hold on alike: the batch, the row-by-row
path (a registry the batch cannot take), and `import --history`."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from officedesk.core import audit, batch, batch_write, check, clock, settings, workdays
from officedesk.exchange import xlsx
from officedesk.store import db as store_db

PATHS = ["batch", "rows", "history"]


def import_by(how: str, spec: Any, path: Path, actor: Any, monkeypatch: Any, **options: Any) -> Any:
    if how == "history":
        return xlsx.import_file(spec, path, actor, history=True, **options)
    if how == "batch":
        return xlsx.import_file(spec, path, actor, **options)
    return rows_only(monkeypatch, lambda: xlsx.import_file(spec, path, actor, **options))


def both_dry(spec: Any, path: Path, actor: Any, monkeypatch: Any) -> tuple[Any, Any]:
    """The dry runs of the batch and of the row-by-row path, to compare what they say."""
    return (import_by("batch", spec, path, actor, monkeypatch, dry_run=True),
            import_by("rows", spec, path, actor, monkeypatch, dry_run=True))


def rows_only(monkeypatch: Any, fn: Any) -> Any:
    """`fn()` with the batch refused every registry: the row-by-row path."""
    with monkeypatch.context() as patched:
        patched.setattr(batch, "supported", lambda spec, rows=None: False)
        return fn()


def both_ways(spec: Any, path: Path, actor: Any, tmp_path: Path, monkeypatch: Any, written: Any,
              prepare: Any = None) -> tuple[Any, Any, Any]:
    """The file imported by the batch, then row by row into an office of its own (`prepare()`
    gives it what the test's office had: its 通讯录 …): (the batch's report, `written()` after
    each), each office checked clean."""
    done = xlsx.import_file(spec, path, actor)
    assert done.ok, [str(p) for p in done.problems]
    batched = written()
    assert check.run_checks() == [] and audit.verify_chain() == []
    store_db.close_database()
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home-row"))
    settings.forget_cache()
    workdays.forget_overrides()
    store_db.open_database(str(tmp_path / "row" / "officedesk.db"))
    if prepare is not None:
        prepare()
    slow = rows_only(monkeypatch, lambda: xlsx.import_file(spec, path, actor))
    assert slow.ok, [str(p) for p in slow.problems]
    assert slow.imported == done.imported
    one_by_one = written()
    assert check.run_checks() == [] and audit.verify_chain() == []
    return done, batched, one_by_one


def holidays_before_write(monkeypatch: Any, days: list[dt.date], actor: Any) -> list[int]:
    """batch_write.write with a holiday entered just before it (one per call, while any are
    left), as another workstation would between the batch's check and its write; the calls."""
    real = batch_write.write
    calls: list[int] = []

    def write(*args: Any, **kwargs: Any) -> Any:
        calls.append(len(calls))
        if days:
            workdays.set_override(days.pop(0), False, "测试", actor)
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_write, "write", write)
    return calls


def clock_held_still(monkeypatch: Any) -> None:
    """One time of day for every save from now on: two offices' rows, digests and entries,
    written by the batch and row by row, compare whole."""
    second = time.time()
    monkeypatch.setattr(clock, "time", type("Still", (), {"time": staticmethod(lambda: second)}))


def copied_at_a_still_moment(tmp_path: Path, monkeypatch: Any) -> Path:
    """A copy of the office as it is now (to import into again, `store_db.open_database`), and
    from now on one moment for every save: the two imports' rows and entries compare whole."""
    import sqlite3

    copy = tmp_path / "copy.db"
    with sqlite3.connect(copy) as target:
        store_db.database.connection().backup(target)
    at = dt.datetime(2026, 3, 2, 9, 30)
    monkeypatch.setattr(clock, "now", lambda: at)
    return copy


def rows_written_one_by_one(monkeypatch: Any) -> list[int]:
    """The sheet rows an --update writes one by one under the lock (import_rows._write_row),
    from now on; the others are saved together, checked before it."""
    from officedesk.exchange import import_rows

    written: list[int] = []
    real = import_rows._write_row

    def watched(spec: Any, row: Any, *args: Any, **kwargs: Any) -> Any:
        written.append(row.row)
        return real(spec, row, *args, **kwargs)

    monkeypatch.setattr(import_rows, "_write_row", watched)
    return written
