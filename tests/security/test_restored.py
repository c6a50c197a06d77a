"""A database restored outside the program (pg_restore, a file copied back): numbering refuses a
number the anchor file says was issued, and `officedesk restored` raises the sequences, voids
the lost numbers, notes the restore and re-anchors, so `check` passes and no number goes out
twice."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from officedesk import cli
from officedesk.core import anchor, number_plans, numbering
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ConflictError

ADD = ("add", "incoming", "来文机关=云州市人民政府办公室", "文种=通知", "密级=非密", "紧急程度=平件", "份数=1")


def _cli(capsys, db: str, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--db", db, *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _add(capsys, db: str, title: str) -> tuple[int, str, str]:
    return _cli(capsys, db, *ADD, f"标题={title}", "--json")


def _number(out: str) -> str:
    return str(json.loads(out)["number"])


def _restored_outside(capsys, db: str, back_up, put_back) -> None:
    """Two numbers, a backup taken outside the program, two more, `check` anchors them, then the
    backup is put back outside the program."""
    numbers = [_number(_add(capsys, db, f"来文{n}")[1]) for n in (1, 2)]
    back_up()
    later = [_number(_add(capsys, db, f"来文{n}")[1]) for n in (3, 4)]
    assert _cli(capsys, db, "check")[0] == 0  # anchors the marks and the chain
    put_back()
    code, _, err = _add(capsys, db, "恢复后新来文")
    assert code == 1 and "可能已经发出过" in err and "officedesk restored" in err, err
    code, _, err = _cli(capsys, db, "check")
    assert code == 1 and "锚定" in err and "officedesk restored" in err, err
    code, out, err = _cli(capsys, db, "restored")
    assert code == 0 and "作废" in out and all(n in out for n in later), out + err
    code, out, _ = _add(capsys, db, "恢复后新来文")
    assert code == 0 and _number(out) not in numbers + later
    code, out, err = _cli(capsys, db, "check")
    assert code == 0, err
    assert all(n in out for n in later), out  # listed as 作废


def test_a_file_copied_back_outside_the_program(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Admin-pass-2026")
    db = str(tmp_path / "o.db")
    assert _cli(capsys, db, "init", "--org", "测试办公室", "--code", "测办")[0] == 0
    copy = tmp_path / "copy.db"

    def back_up() -> None:
        with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
            source.backup(target)

    def put_back() -> None:
        for extra in ("-wal", "-shm"):
            Path(db + extra).unlink(missing_ok=True)
        shutil.copyfile(copy, db)

    _restored_outside(capsys, db, back_up, put_back)


@pytest.mark.postgres
def test_pg_restore_as_the_readme_says(pg_url, tmp_path, capsys, monkeypatch):
    import os

    found = Path(os.environ.get("OFFICEDESK_TEST_PG_DIR", "/nonexistent"), "bindir")
    bindir = Path(found.read_text().strip()) if found.exists() else Path("/nonexistent")
    if not (bindir / "pg_dump").exists():
        pytest.skip("pg_dump / pg_restore of the test server not found")
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Admin-pass-2026")
    assert _cli(capsys, pg_url, "init", "--org", "测试办公室", "--code", "测办")[0] == 0
    dump = tmp_path / "office.dump"

    def run(*argv: str) -> None:
        subprocess.run([str(bindir / argv[0]), *argv[1:]], check=True, capture_output=True)

    _restored_outside(capsys, pg_url, lambda: run("pg_dump", "-Fc", "-f", str(dump), pg_url),
                      lambda: run("pg_restore", "--clean", "--if-exists", "-d", pg_url, str(dump)))


def test_a_batch_reads_the_anchor_once_and_is_refused_below_its_mark(db, monkeypatch):
    path = anchor.anchor_path(db)
    prefix, year = numbering.default_prefix("incoming"), numbering.clock.today().year
    anchor.write(path, {f"incoming|{prefix}|{year}": 7})
    reads = []
    real = anchor.read
    monkeypatch.setattr(anchor, "read", lambda p: reads.append(p) or real(p))
    with pytest.raises(ConflictError, match="officedesk restored"):
        number_plans.plan_many("incoming", CLI_ACTOR, "incoming", [], list(range(1, 5001)))
    assert len(reads) == 1
    with pytest.raises(ConflictError, match="可能已经发出过"):
        numbering.take("incoming", CLI_ACTOR)
