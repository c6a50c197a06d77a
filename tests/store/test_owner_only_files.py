"""The database the program makes, its companions, its backups and its folders are the owner's
alone: the command line works as the administrator with no log-in (README, 命令行与管理员), so a
file other accounts of the machine could read would hand them every record of every 密级 and
petitioners' personal data unmasked. A file or folder that exists keeps its permissions."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from officedesk import paths
from officedesk.core import backups, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.directory import UNITS
from officedesk.store import db as store_db

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most accounts have (022): what is made without care is readable by all."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _others_may(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode) & 0o077


def test_a_new_database_and_its_wal_are_owner_only(tmp_path, monkeypatch, usual_umask):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    target = tmp_path / "office" / "officedesk.db"
    store_db.open_database(str(target))
    try:
        records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)  # pages in the -wal
        made = [target, *(Path(f"{target}{suffix}") for suffix in ("-wal", "-shm"))]
        assert Path(f"{target}-wal").exists()
        assert {p.name: _others_may(p) for p in made} == {p.name: 0 for p in made}
    finally:
        store_db.close_database()


def test_an_existing_database_keeps_its_permissions(tmp_path, monkeypatch, usual_umask):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    target = tmp_path / "shared.db"
    store_db.open_database(str(target))
    store_db.close_database()
    target.chmod(0o640)  # the administrator's choice: his group reads it
    store_db.open_database(str(target))
    store_db.close_database()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_backup_is_owner_only(db, tmp_path, usual_umask):
    records.create(UNITS, {"单位名称": "办公室"}, CLI_ACTOR)
    made = backups.backup(CLI_ACTOR, tmp_path / "usb" / "bk.db").path
    assert _others_may(made) == 0


def test_the_program_folders_are_owner_only(tmp_path, monkeypatch, usual_umask):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    made = [paths.data_dir(), paths.backup_dir(), paths.log_dir(), paths.attachments_dir()]
    assert {p.name: _others_may(p) for p in made} == {p.name: 0 for p in made}


def test_an_existing_folder_is_left_as_it_is(tmp_path, monkeypatch, usual_umask):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "data").mkdir(parents=True, mode=0o750)
    assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o750


def test_the_programs_own_folders_left_open_by_an_earlier_version_are_closed(tmp_path, monkeypatch, usual_umask):
    """The platformdirs folders (no OFFICEDESK_HOME): no office means every account of the
    machine to read its database or logs, so what they may do there is taken away at start;
    the group's rights, an administrator's choice, are kept."""
    monkeypatch.delenv("OFFICEDESK_HOME", raising=False)
    data, logs = tmp_path / "share" / "OfficeDesk", tmp_path / "state" / "OfficeDesk" / "log"
    monkeypatch.setattr(paths, "_dirs", lambda: SimpleNamespace(user_data_dir=str(data),
                                                                user_log_dir=str(logs)))
    for folder in (data, logs):
        folder.mkdir(parents=True)
        folder.chmod(0o755)  # as an earlier version made them
    assert paths.default_database_path().parent == data
    paths.log_dir()
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in (data, logs)} == {data.name: 0o750, logs.name: 0o750}
