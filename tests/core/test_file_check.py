"""`check` (and the window's 检查数据库) tells a SQLite database, its -wal/-shm, the data and
backups folders and the backups that other accounts of the machine can read or write — an
install an earlier version made under umask 022 — with the chmod that closes them; running
what it says leaves nothing to tell. The command line has no log-in: those files' permissions
are the only boundary (README, 命令行与管理员)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from officedesk import paths
from officedesk.core import check, file_check, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import UNITS
from officedesk.store import db as store_db

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def open_tree(monkeypatch) -> Iterator[Path]:
    """A folder every account may pass through (pytest's own base folder is 0700: nothing in
    it is within anyone else's reach), as a home folder is on most Linux systems."""
    before = os.umask(0o022)
    top = Path(tempfile.mkdtemp(prefix="probe-files-"))
    top.chmod(0o755)
    monkeypatch.setenv("OFFICEDESK_HOME", str(top / "home"))
    try:
        yield top
    finally:
        store_db.close_database()
        os.umask(before)
        shutil.rmtree(top, ignore_errors=True)


def _older_install(top: Path) -> Path:
    """The database, its -wal, a backup and their folders as an earlier version left them."""
    data = top / "home" / "data"
    (data / "backups").mkdir(parents=True)
    (data / "attachments" / "documents").mkdir(parents=True)  # files kept before schema 30
    for folder in (top / "home", data, data / "backups", data / "attachments"):
        folder.chmod(0o755)
    target = data / "officedesk.db"
    store_db.open_database(str(target))
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)  # pages in the -wal
    backup = data / "backups" / "officedesk-v1-20261101.db"
    shutil.copyfile(target, backup)
    for made in (target, Path(f"{target}-wal"), Path(f"{target}-shm"), backup):
        made.chmod(0o644)
    return target


def _told() -> list[str]:
    return [problem.message for problem in check.run_checks(update_anchor=False)
            if problem.kind == "files"]


def _commands(told: list[str]) -> list[str]:
    return [line.split("请管理员运行：", 1)[1] for line in told]


def test_an_older_install_is_told_with_the_chmod_that_closes_it(open_tree):
    target = _older_install(open_tree)
    told = _told()
    text = "\n".join(told)
    for named in (paths.data_dir(), target, "-wal 文件", "-shm 文件", paths.backup_dir(),
                  "officedesk-v1-20261101.db", paths.data_dir() / "attachments"):
        assert str(named) in text, (named, text)
    assert all("本机所有账户可读" in line and "o-rwx" in line for line in told), told
    for command in _commands(told):
        subprocess.run(command, shell=True, check=True)
    assert _told() == []
    records.create(UNITS, {"单位名称": "秘书科"}, CLI_ACTOR)  # still works for its owner


def test_a_new_install_and_what_others_cannot_reach_are_not_told(open_tree):
    store_db.open_database(str(paths.default_database_path()))  # made owner-only (probe118)
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    assert _told() == []
    store_db.close_database()
    shutil.rmtree(open_tree / "home")
    target = _older_install(open_tree)
    (open_tree / "home").chmod(0o700)  # a home folder no one else may enter
    assert _told() == []
    assert target.stat().st_mode & 0o004  # though the file itself is 0644


def test_a_group_with_other_accounts_is_told_a_users_own_group_is_not(open_tree, monkeypatch):
    target = _older_install(open_tree)
    for found in [*(open_tree / "home").rglob("*"), open_tree / "home"]:
        found.chmod(0o750 if found.is_dir() else 0o640)  # the world shut out, the group let in
    assert _told() == []  # the owner's own group: no one else in it
    monkeypatch.setattr(file_check, "_others_in_group", lambda gid, owner: ["王五"])
    told = _told()
    assert told and all("的成员（王五）可读" in line and "g-rwx" in line for line in told), told
    assert any(str(target) in line for line in told)


def test_a_database_outside_the_data_folder_is_closed_by_name(open_tree):
    _older_install(open_tree)
    store_db.close_database()
    elsewhere = open_tree / "srv" / "office.db"
    elsewhere.parent.mkdir(mode=0o755)
    elsewhere.parent.chmod(0o777)  # anyone may put another file in its place
    shutil.copyfile(paths.default_database_path(), elsewhere)
    elsewhere.chmod(0o644)
    store_db.open_database(str(elsewhere))
    told = _told()
    assert any(str(elsewhere) in line and "备份文件夹" in line for line in told), told
    assert any("别人能删除数据库文件" in line for line in told), told
    for command in _commands(told):
        subprocess.run(command, shell=True, check=True)
    assert _told() == []


def test_not_for_postgresql(open_tree, monkeypatch):
    _older_install(open_tree)
    monkeypatch.setattr(file_check, "is_sqlite", lambda: False)
    assert file_check.problems() == []
