"""A PostgreSQL database's anchor is named by its server and database: a training office on
another server under the same database name (the README's `officedesk`) set the production
anchor aside, and after a pg_restore of production `restored` refused and `add` issued a number
again. This database's own marks, put aside or under the old name, still guard its numbers."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import peewee
import pytest

from officedesk import cli, paths
from officedesk.core import anchor, audit, numbering
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ConflictError
from officedesk.store.db import write_transaction

ADD = ("add", "incoming", "来文机关=云州市人民政府办公室", "文种=通知", "密级=非密", "紧急程度=平件", "份数=1",
       "--json")
OTHER = {"first": "f" * 64, "audit_count": 2, "audit_head": "e" * 64, "code": "", "numbers": {}}


def _cli(capsys, db: str, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--db", db, *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _bindir() -> Path:
    found = Path(os.environ.get("OFFICEDESK_TEST_PG_DIR", "/nonexistent"), "bindir")
    bindir = Path(found.read_text().strip()) if found.exists() else Path("/nonexistent")
    if not (bindir / "pg_dump").exists():
        pytest.skip("pg_dump / pg_restore of the test server not found")
    return bindir


def test_databases_of_one_name_on_two_servers_have_two_anchors():
    one = peewee.PostgresqlDatabase("officedesk", host="10.0.0.5", port=5432)
    other = peewee.PostgresqlDatabase("officedesk", host="10.0.0.9", port=5432)
    again = peewee.PostgresqlDatabase("officedesk", host="10.0.0.5", port=5432)
    assert anchor.anchor_path(one) != anchor.anchor_path(other)
    assert anchor.anchor_path(one) == anchor.anchor_path(again)
    assert anchor.anchor_path(one) != anchor.anchor_path(peewee.PostgresqlDatabase("officedesk", host="10.0.0.5",
                                                                                 port=5433))


@pytest.mark.postgres
def test_a_training_office_elsewhere_leaves_production_guarded(pg_url, tmp_path, capsys, monkeypatch):
    bindir = _bindir()
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Admin-pass-2026")
    assert _cli(capsys, pg_url, "init", "--org", "正式办", "--code", "正办")[0] == 0
    assert _cli(capsys, pg_url, *ADD, "标题=一")[0] == 0
    dump = tmp_path / "office.dump"
    subprocess.run([str(bindir / "pg_dump"), "-Fc", "-f", str(dump), pg_url], check=True, capture_output=True)
    code, out, _ = _cli(capsys, pg_url, *ADD, "标题=二")
    issued = json.loads(out)["number"]
    assert _cli(capsys, pg_url, "check")[0] == 0  # anchors production's marks
    # a training office on another server, same database name, set up on this computer: its
    # init puts aside what is at its anchor's place and anchors itself there (start_here)
    training = peewee.PostgresqlDatabase(pg_url.rsplit("/", 1)[1], host="training.example", port=5432)
    place = anchor.anchor_path(training)
    anchor.put_aside(place)
    place.parent.mkdir(parents=True, exist_ok=True)
    place.write_text(json.dumps(OTHER), encoding="utf-8")
    subprocess.run([str(bindir / "pg_restore"), "--clean", "--if-exists", "-d", pg_url, str(dump)],
                   check=True, capture_output=True)
    code, out, err = _cli(capsys, pg_url, *ADD, "标题=恢复后")
    assert code == 1 and "可能已经发出过" in err, out + err
    code, out, err = _cli(capsys, pg_url, "restored")
    assert code == 0 and issued in out, out + err
    code, out, err = _cli(capsys, pg_url, *ADD, "标题=恢复后")
    assert code == 0 and json.loads(out)["number"] != issued


def _first_entry() -> None:
    with write_transaction():
        audit.record(CLI_ACTOR, "setting", "settings", None, None, {"测试": 1}, "第一条")


def test_own_marks_put_aside_still_guard_and_come_back(any_db):
    """Another database's anchor at this one's place (its own put aside meanwhile): the number
    guard reads this database's marks from the copy put aside, and the copy is brought back."""
    _first_entry()
    path = anchor.anchor_path(any_db)
    key = f"incoming|{numbering.default_prefix('incoming')}|{numbering.clock.today().year}"
    anchor.write(path, {key: 7})
    anchor.put_aside(path)
    path.write_text(json.dumps(OTHER), encoding="utf-8")
    with pytest.raises(ConflictError, match="可能已经发出过"):
        numbering.take("incoming", CLI_ACTOR)
    assert anchor.read(path)["numbers"][key] == 7
    kept = [anchor.read(p) for p in path.parent.glob(path.name.removesuffix(".json") + ".replaced-*.json")]
    assert OTHER in kept  # the other database's anchor is kept, not destroyed


@pytest.mark.postgres
def test_an_anchor_of_the_old_name_is_read_and_moved(pg_db):
    """An office anchored before anchors named the server keeps its marks."""
    _first_entry()
    old = paths.data_dir() / f"postgres-{pg_db.database}.anchor.json"
    key = f"incoming|{numbering.default_prefix('incoming')}|{numbering.clock.today().year}"
    anchor.write(old, {key: 4})
    with pytest.raises(ConflictError, match="可能已经发出过"):
        numbering.take("incoming", CLI_ACTOR)
    path = anchor.anchor_path(pg_db)
    assert path != old and "127.0.0.1" in path.name
    assert anchor.read(path)["numbers"][key] == 4 and not old.exists()
