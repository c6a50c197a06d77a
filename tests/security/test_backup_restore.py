"""Issue 10 points 1, 7 and 11: 备份 for administrators only and audited; a restore that is
refused under a concurrent writer, refuses bad backups, never issues a number twice, and
rotates the copies it keeps."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from officedesk.core import backups, check, records, settings
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.directory import UNITS
from officedesk.core.documents import incoming
from officedesk.core.errors import ConflictError, DatabaseError, PermissionDeniedError
from officedesk.store.models import AuditEntry, IssuedNumber

ROOT = Path(__file__).resolve().parents[2]


def sign_in(n: int):
    return incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委", "来文字号": f"省委发〔2026〕{n}号",
                             "标题": f"第{n}号通知", "文种": "通知", "密级": "非密", "份数": "1"},
                            CLI_ACTOR)


@pytest.mark.parametrize("role", ["clerk", "leader", "readonly"])
def test_only_an_administrator_may_back_up(db, tmp_path, role):
    target = tmp_path / "copy.db"
    with pytest.raises(PermissionDeniedError):
        backups.backup(Actor(username="x", role=role, clearance=3), target)
    assert not target.exists()
    with pytest.raises(PermissionDeniedError):
        backups.restore(Actor(username="x", role=role, clearance=3), target)


def test_a_backup_is_audited_and_anchored(db, tmp_path):
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    result = backups.backup(CLI_ACTOR, tmp_path / "copy.db")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "backup" and entry.actor == CLI_ACTOR.username and "copy.db" in entry.summary
    assert backups.companion(result.path).exists()
    assert result.code.startswith(f"{AuditEntry.select().count()}-")
    with sqlite3.connect(result.path) as copy:  # the copy holds its own backup entry
        assert copy.execute("select action from audit_entry order by id desc").fetchone()[0] == "backup"
    assert check.run_checks(anchor_code=result.code) == []


WRITER = textwrap.dedent("""
    import sys, time
    from officedesk.core import records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.directory import UNITS
    from officedesk.store.db import open_database
    open_database(sys.argv[1])
    n = 0
    while True:
        n += 1
        records.create(UNITS, {"单位名称": f"并发单位{n}"}, CLI_ACTOR)
        print(n, flush=True)
        time.sleep(0.02)
""")


def test_restore_under_a_concurrent_writer_is_refused(db, tmp_path):
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db.database)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "1"  # it has saved a record
        with pytest.raises(ConflictError) as refused:
            backups.restore(CLI_ACTOR, copy)
        assert str(writer.pid) in refused.value.message
    finally:
        writer.kill()
        writer.wait()
    saved = records.count(UNITS, CLI_ACTOR)
    assert saved >= 2  # nothing the writer reported saved was replaced
    # once it is gone the restore goes ahead (its stale note is cleared)
    report = backups.restore(CLI_ACTOR, copy)
    assert records.count(UNITS, CLI_ACTOR) == 1
    assert report.lost.get("单位") == saved - 1  # said plainly: what came after the backup
    assert f"单位 {saved - 1} 条" in report.summary()


def test_no_number_is_issued_twice_after_a_restore(db, tmp_path, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    sign_in(1)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    later = [sign_in(n).receive_no for n in (2, 3, 4)]
    report = backups.restore(CLI_ACTOR, copy)
    assert report.voided == later
    assert "作废" in report.summary()
    fresh = [sign_in(n).receive_no for n in (5, 6)]
    assert not set(fresh) & set(later)
    issued = [n.text for n in IssuedNumber.select().where(IssuedNumber.kind == "incoming")]
    assert len(issued) == len(set(issued))
    assert check.run_checks() == []


def test_anchor_marks_survive_when_the_database_replaced_lost_them(db, tmp_path, fixed_today):
    """The anchor file keeps numbers issued even by a database that is no longer there."""
    fixed_today(dt.date(2026, 3, 2))
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    numbers = [sign_in(n).receive_no for n in (1, 2, 3)]
    assert check.run_checks() == []  # anchors the marks
    backups.restore(CLI_ACTOR, copy)
    backups.restore(CLI_ACTOR, copy)  # the second restore replaces a database without them
    assert sign_in(9).receive_no not in numbers


def make_bad(tmp_path: Path, kind: str, good: Path) -> Path:
    bad = tmp_path / f"{kind}.db"
    if kind == "only-schema-version":
        with sqlite3.connect(bad) as c:
            c.execute("create table schema_version (version integer primary key, applied_at, note)")
            c.execute("insert into schema_version values (1, '2026-01-01', '')")
    elif kind == "schema-v99":
        bad.write_bytes(good.read_bytes())
        with sqlite3.connect(bad) as c:
            c.execute("insert into schema_version values (99, '2026-01-01', 'future')")
    elif kind == "broken-chain":
        bad.write_bytes(good.read_bytes())
        with sqlite3.connect(bad) as c:
            c.execute("drop trigger if exists audit_entry_no_update")
            c.execute("update audit_entry set summary = 'forged' where id = 1")
    elif kind == "not-a-database":
        bad.write_bytes(b"hello" * 1000)
    return bad


@pytest.mark.parametrize("kind", ["only-schema-version", "schema-v99", "broken-chain", "not-a-database"])
def test_bad_backups_are_refused_before_anything_changes(db, tmp_path, kind):
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    good = backups.backup(CLI_ACTOR, tmp_path / "good.db").path
    records.create(UNITS, {"单位名称": "秘书科"}, CLI_ACTOR)
    bad = make_bad(tmp_path, kind, good)
    before = AuditEntry.select().count()
    with pytest.raises(DatabaseError):
        backups.restore(CLI_ACTOR, bad)
    assert records.count(UNITS, CLI_ACTOR) == 2 and AuditEntry.select().count() == before


def test_restore_keeps_only_the_last_copies(db, tmp_path):
    assert settings.get(backups.KEEP.key) == 10  # the default
    settings.put(backups.KEEP.key, 3)
    copy = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    kept = []
    for _ in range(5):
        kept.append(backups.restore(CLI_ACTOR, copy).kept)
    from officedesk import paths

    left = sorted(paths.backup_dir().glob(f"{Path(db.database).stem}-v0-*.db"))
    assert len(left) == 3 and kept[-1] in left and kept[0] not in left


def test_login_answers_alike_for_locked_unknown_and_wrong(db, monkeypatch):
    """Same message and the same work (one password hash, one audit entry) in every case, so
    neither the words nor the time tell which accounts exist or are locked."""
    from officedesk.core import users
    from officedesk.core.errors import LoginError

    settings.put("security.lockout_attempts", 2)
    users.create_user("zhang", "Right-pass-2026", "clerk", CLI_ACTOR)
    users.create_user("li", "Right-pass-2026", "clerk", CLI_ACTOR)
    for _ in range(2):
        with pytest.raises(LoginError):
            users.authenticate("li", "wrong")  # li is now locked
    hashes: list[str] = []
    real = users.verify_password
    monkeypatch.setattr(users, "verify_password", lambda pw, enc: hashes.append(enc) or real(pw, enc))
    answers = {}
    for case, name, password in [("locked", "li", "Right-pass-2026"), ("unknown", "nobody", "x"),
                                 ("wrong", "zhang", "wrong")]:
        before, hashes[:] = AuditEntry.select().count(), []
        with pytest.raises(LoginError) as refused:
            users.authenticate(name, password)
        answers[case] = refused.value.message
        assert len(hashes) == 1, case  # one scrypt each
        assert AuditEntry.select().count() == before + 1, case  # one entry each
    assert len(set(answers.values())) == 1, answers


def test_a_backup_never_replaces_a_file_unless_asked(db, tmp_path):
    from officedesk.core.errors import ValidationError

    earlier = backups.backup(CLI_ACTOR, tmp_path / "copy.db").path
    entries = AuditEntry.select().count()
    with pytest.raises(ValidationError, match="已存在"):
        backups.backup(CLI_ACTOR, earlier)
    assert AuditEntry.select().count() == entries  # refused before it is audited
    with pytest.raises(ValidationError, match=r"\.db"):
        backups.backup(CLI_ACTOR, tmp_path / "copy.xlsx")
    assert backups.backup(CLI_ACTOR, earlier, overwrite=True).path == earlier
    assert AuditEntry.select().count() == entries + 1
