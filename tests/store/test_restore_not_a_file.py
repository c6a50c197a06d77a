"""restore from a name that is no file but a named pipe or a device: refused at once as no
backup, the database untouched. Before, a pipe no program wrote to was waited on for ever
(sqlite3 opened it to check it), and /dev/zero read as a damaged backup."""

from __future__ import annotations

import os

import pytest

from officedesk.core import backups
from officedesk.core.errors import DatabaseError
from tests.pipes import refusals_of_pipe

NOT_A_FILE = "不是普通文件（是设备或管道），不是 OfficeDesk 的备份文件。请给出备份文件本身（.db）。"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_no_backup(db, admin, tmp_path):
    pipe = tmp_path / "备份.db"
    said = refusals_of_pipe(pipe, lambda path: backups.restore(admin, path), "restore")
    assert len(said) == 1 and isinstance(said[0], DatabaseError), said
    assert said[0].message == f"“{pipe}”{NOT_A_FILE}"


def test_a_device_is_no_backup(db, admin):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    with pytest.raises(DatabaseError) as refused:
        backups.restore(admin, "/dev/zero")
    assert refused.value.message == f"“/dev/zero”{NOT_A_FILE}"
