"""An anchor file belongs to one database: the one whose first audit entry it names. A new office
set up where another database was (a trial office deleted, then `init` for the real one) got the
old database's anchor: every `add` was refused as "可能已经发出过" (numbering guards against a
restore) and `check` called the new database truncated. A new office starts its own anchor (the
old file kept aside); an anchor of another database is not held against this one."""

from __future__ import annotations

import json
import os
from pathlib import Path

from officedesk import cli
from officedesk.core import anchor

ADD = ("add", "incoming", "来文机关=云州市人民政府办公室", "文种=通知", "密级=非密", "紧急程度=平件", "份数=1",
       "标题=测试来文", "--json")


def _cli(capsys, db: Path, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _trial_office(capsys, db: Path, adds: int = 3, org: str = "试用办") -> Path:
    assert _cli(capsys, db, "init", "--org", org, "--code", "试办")[0] == 0
    for _ in range(adds):
        assert _cli(capsys, db, *ADD)[0] == 0
    assert _cli(capsys, db, "check")[0] == 0  # anchors the trial office's numbers
    return Path(str(db) + ".anchor.json")


def _delete(db: Path) -> None:
    for path in db.parent.glob(db.name + "*"):
        if path.is_file() and not path.name.endswith(".anchor.json"):
            path.unlink()


def test_a_new_office_where_another_was_starts_its_own_anchor(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Geheim2026x")
    db = tmp_path / "office.db"
    old_anchor = _trial_office(capsys, db)
    trial = json.loads(old_anchor.read_text(encoding="utf-8"))
    _delete(db)
    assert _cli(capsys, db, "init", "--org", "正式办", "--code", "正办")[0] == 0
    code, out, err = _cli(capsys, db, *ADD)
    assert code == 0, err
    assert json.loads(out)["number"].endswith("1号")
    code, out, err = _cli(capsys, db, "check")
    assert code == 0, out + err
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("office.db.anchor.replaced-")]
    assert len(kept) == 1 and json.loads(kept[0].read_text(encoding="utf-8")) == trial


def test_an_anchor_of_another_database_is_not_held_against_this_one(capsys, tmp_path, monkeypatch):
    """A database file put in place of another (not a restore of it): its numbers go on from its
    own sequences; `check` says the anchor is another database's and what to do."""
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Geheim2026x")
    db, other = tmp_path / "office.db", tmp_path / "other" / "office.db"
    other.parent.mkdir()
    old_anchor = _trial_office(capsys, db, adds=5)
    _trial_office(capsys, other, adds=1, org="另一机关")
    _delete(db)
    for path in other.parent.glob("office.db*"):
        if path.is_file() and not path.name.endswith(".anchor.json"):
            os.replace(path, db.parent / path.name)
    code, out, err = _cli(capsys, db, *ADD)
    assert code == 0, err
    assert json.loads(out)["number"].endswith("2号")
    code, out, err = _cli(capsys, db, "check")
    assert code == 1 and "另一个数据库" in err and "audit-code" in err, out + err
    assert "序列被回退" not in err
    assert anchor.read(old_anchor) is not None
    code, out, err = _cli(capsys, db, "restored")  # nothing of this database to settle by it
    assert code == 1 and "另一个数据库" in err, out + err
