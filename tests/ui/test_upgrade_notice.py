"""Start-up of a new version on an office's database: while the file is backed up and the
schema upgraded (minutes on a big office, no window yet) a notice says so, painted before the work
holds the event loop; a new database or one up to date shows none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from officedesk import app
from officedesk.store import db as store_db
from officedesk.store import migrations

ROOT = Path(__file__).resolve().parents[2]


def _older(path: str) -> None:
    """The database as the version before the newest migration left it."""
    database = store_db.open_database(path)
    database.execute_sql("delete from schema_version where version = ?", (migrations.LATEST,))
    store_db.close_database()


def test_an_office_to_upgrade_is_told_to_wait_and_a_current_one_is_not(db, qtbot):
    path = db.database
    store_db.close_database()
    seen: list[str] = []

    def upgrading() -> None:
        seen.append(path)

    store_db.open_database(path, upgrading=upgrading)  # up to date: nothing to say
    store_db.close_database()
    assert seen == []
    _older(path)
    store_db.open_database(path, upgrading=upgrading)
    assert seen == [path] and migrations.current_version(store_db.database.obj) == migrations.LATEST
    store_db.close_database()
    store_db.open_database(path, upgrading=upgrading)  # upgraded once
    assert seen == [path]


def test_a_new_database_is_made_without_the_notice(tmp_path, monkeypatch):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    seen: list[int] = []
    store_db.open_database(str(tmp_path / "new.db"), upgrading=lambda: seen.append(1))
    try:
        assert seen == [] and migrations.current_version(store_db.database.obj) == migrations.LATEST
    finally:
        store_db.close_database()


def test_the_notice_is_painted_and_closed(qtbot):
    notice = app.UpgradeNotice()
    notice.show()
    label = notice.label
    assert label is not None and label.isVisible()
    assert "正在升级数据库" in label.text() and "不要关闭" in label.text()
    assert label.accessibleName() == "正在升级数据库"
    notice.close()
    assert notice.label is None and not label.isVisible()
    notice.close()  # closing twice (no upgrade shown) is harmless


def test_start_up_on_an_office_to_upgrade_shows_the_notice_then_the_window(tmp_path):
    """The program started on an office of the version before: the notice, then the window
    (a process of its own, as the clerk starts it)."""
    home = tmp_path / "home"
    path = str(tmp_path / "office.db")
    env = dict(os.environ, OFFICEDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    made = subprocess.run([sys.executable, "-m", "officedesk", "--smoke", "--db", path], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr[-2000:]
    logs = lambda: "".join(p.read_text(encoding="utf-8") for p in home.rglob("officedesk.log*"))  # noqa: E731
    assert "the notice is shown" not in logs()  # a new database: nothing to upgrade
    _older(path)
    started = subprocess.run([sys.executable, "-m", "officedesk", "--smoke", "--db", path], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
    assert started.returncode == 0 and "smoke ok" in started.stdout, started.stderr[-2000:]
    assert logs().count("the notice is shown") == 1
