"""A restore under bad conditions: over a damaged database (the one command that must work
then), from another office's backup (refused unless asked for on purpose), and again after an
interrupted restore (the numbers issued before it are voided, the copy it kept aside named)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from officedesk import cli, paths

ROOT = Path(__file__).resolve().parents[2]
ADD = ("add", "incoming", "来文机关=云州市人民政府办公室", "文种=通知", "密级=非密", "紧急程度=平件", "份数=1")


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Admin-pass-2026")
    return tmp_path


def _cli(capsys, db: Path, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _add(capsys, db: Path, title: str) -> str:
    code, out, err = _cli(capsys, db, *ADD, f"标题={title}", "--json")
    assert code == 0, err
    return str(json.loads(out)["number"])


def _office(capsys, db: Path, org: str = "云州市委办公室", code: str = "云委办") -> None:
    assert _cli(capsys, db, "init", "--org", org, "--code", code)[0] == 0


def _setting(db: Path, key: str) -> str:
    with sqlite3.connect(db) as connection:
        return json.loads(connection.execute("select value from app_setting where key = ?", (key,)).fetchone()[0])


def _voided(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [row[0] for row in connection.execute(
            "select text from issued_number where status = 'voided' order by seq")]


def _kept_copies(db: Path) -> list[Path]:
    return sorted(paths.backup_dir().glob(f"{db.stem}-v0-*.db"))


# ---------------------------------------------------------------- 1. a damaged database


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "middle":  # SQLite still opens it; quick_check finds the damage
        middle = len(data) // 3
        path.write_bytes(data[:middle] + bytes(range(256)) * 32 + data[middle + 8192:])
    else:
        path.write_bytes(b"\0" * 16 + data[16:])


@pytest.mark.parametrize("how", ["truncated", "header", "middle"])
def test_a_damaged_database_is_restored_and_kept_aside_as_it_was(home, capsys, how):
    db, copy = home / "office.db", home / "copy.db"
    _office(capsys, db)
    kept = _add(capsys, db, "备份前来文")
    assert _cli(capsys, db, "backup", str(copy))[0] == 0
    later = [_add(capsys, db, f"备份后来文{n}") for n in (1, 2)]
    assert _cli(capsys, db, "check")[0] == 0  # anchors the numbers issued
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    _damage(db, how)
    damaged = db.read_bytes()
    code, _, err = _cli(capsys, db, "check")
    assert code == 1 and "已损坏" in err

    code, out, err = _cli(capsys, db, "restore", str(copy))
    assert code == 0, err
    aside = _kept_copies(db)
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # kept as it was
    assert "已损坏" in out and str(aside[0]) in out and all(n in out for n in later), out
    code, out, err = _cli(capsys, db, "check")
    assert code == 0, err
    assert _voided(db) == later
    fresh = _add(capsys, db, "恢复后来文")
    assert fresh not in [kept, *later]


def test_restore_over_a_file_that_is_no_database_at_all_keeps_it(home, capsys):
    """What is not an SQLite database by any sign is not taken for a damaged one silently either:
    it is kept aside like the damaged one, nothing is destroyed."""
    db, copy = home / "office.db", home / "copy.db"
    _office(capsys, db)
    assert _cli(capsys, db, "backup", str(copy))[0] == 0
    db.write_bytes(b"garbage" * 2000)
    code, out, err = _cli(capsys, db, "restore", str(copy))
    assert code == 0, err
    assert [p.read_bytes() for p in _kept_copies(db)] == [b"garbage" * 2000]
    assert _cli(capsys, db, "check")[0] == 0


def test_the_window_names_the_restore_command_for_a_damaged_database(home, capsys):
    db, copy = home / "office.db", home / "copy.db"
    _office(capsys, db)
    assert _cli(capsys, db, "backup", str(copy))[0] == 0
    _damage(db, "header")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    result = subprocess.run([sys.executable, "-m", "officedesk", "--smoke", "--db", str(db)], cwd=ROOT,
                            env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 1 and "已损坏" in result.stderr
    assert f"officedesk restore 备份文件 --db {db}" in result.stderr, result.stderr


# ---------------------------------------------------------------- 2. another office's backup


def test_another_offices_backup_is_refused_unless_asked_for(home, capsys):
    db, other, theirs = home / "office.db", home / "other.db", home / "other-backup.db"
    _office(capsys, db)
    mine = [_add(capsys, db, f"来文{n}") for n in (1, 2, 3)]
    _office(capsys, other, "中共某某县委办公室", "某委办")
    assert _cli(capsys, other, "backup", str(theirs))[0] == 0

    code, out, err = _cli(capsys, db, "restore", str(theirs))
    assert code == 1, out
    for name in ("云州市委办公室", "云委办", "中共某某县委办公室", "某委办", "--replace-office"):
        assert name in err, err
    assert _setting(db, "org.code") == "云委办" and _voided(db) == [] and _kept_copies(db) == []

    code, out, err = _cli(capsys, db, "restore", str(theirs), "--replace-office")
    assert code == 0, err
    assert _setting(db, "org.code") == "某委办"
    assert "此后新建或修改的记录" not in out and "云州市委办公室" in out, out
    assert _voided(db) == []  # the other office's numbers are none of this one's
    assert not any(n in out for n in mine)
    assert _cli(capsys, db, "check")[0] == 0


def test_a_backup_of_the_same_office_is_restored_without_the_option(home, capsys):
    db, copy = home / "office.db", home / "copy.db"
    _office(capsys, db)
    assert _cli(capsys, db, "backup", str(copy))[0] == 0
    later = _add(capsys, db, "备份后来文")
    code, out, err = _cli(capsys, db, "restore", str(copy))
    assert code == 0, err
    assert later in out and "收文 1 条" in out, out


# ---------------------------------------------------------------- 3. an interrupted restore

INTERRUPTED = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from officedesk.core import backups
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.store import backup as store_backup
    from officedesk.store.db import open_database

    real = store_backup.restore_from

    def copy_then_die(*args, **kwargs):
        real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)  # after the page copy, before the numbers

    store_backup.restore_from = copy_then_die
    open_database(sys.argv[1])
    backups.restore(CLI_ACTOR, Path(sys.argv[2]))
""")


def test_a_restore_after_an_interrupted_one_voids_the_numbers_and_names_the_copy(home, capsys):
    db, copy = home / "office.db", home / "copy.db"
    _office(capsys, db)
    _add(capsys, db, "备份前来文")
    assert _cli(capsys, db, "backup", str(copy))[0] == 0
    later = [_add(capsys, db, f"备份后来文{n}") for n in (1, 2, 3)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    killed = subprocess.run([sys.executable, "-c", INTERRUPTED, str(db), str(copy)], env=env,
                            capture_output=True, text=True, cwd=ROOT)
    assert killed.returncode == -9, killed.stderr
    first = _kept_copies(db)
    assert len(first) == 1

    code, out, err = _cli(capsys, db, "restore", str(copy))
    assert code == 0, err
    assert all(n in out for n in later), out
    assert str(first[0]) in out and "没有完成" in out, out
    assert "收文 3 条" in out, out  # the records the first attempt lost
    code, out, err = _cli(capsys, db, "check")
    assert code == 0, err
    assert _voided(db) == later
    assert _add(capsys, db, "恢复后来文") not in later


def test_a_lost_database_file_restored_voids_the_numbers_its_anchor_knows(home, capsys):
    db, copy = home / "office.db", home / "copy.db"
    _office(capsys, db)
    assert _cli(capsys, db, "backup", str(copy))[0] == 0
    later = [_add(capsys, db, f"备份后来文{n}") for n in (1, 2)]
    assert _cli(capsys, db, "check")[0] == 0  # anchors them
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    code, out, err = _cli(capsys, db, "restore", str(copy))
    assert code == 0, err
    assert all(n in out for n in later), out
    code, _, err = _cli(capsys, db, "check")
    assert code == 0, err
    assert _voided(db) == later
