"""The SQLite file damaged while the program has it open (cut short under it by a full disk or a
bad copy): every read and write says so in Chinese, with what to do (恢复备份), like the command
line and start-up — never the driver's English as a defect of the program."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from officedesk.core import records
from officedesk.core.directory import UNITS
from officedesk.core.errors import DatabaseError
from officedesk.store import db as store_db


def damage_open_file(admin) -> Path:
    """Fill some pages, write them into the file, then cut the file to half its size."""
    for n in range(400):
        records.create(UNITS, {"单位名称": f"县第{n}局" + "某" * 60}, admin)
    path = Path(store_db.database.obj.database)
    store_db.database.close()  # the next read connects again, as each of the window's threads does
    with path.open("r+b") as stream:
        stream.truncate(os.path.getsize(path) // 2)
    return path


def test_reads_and_writes_of_a_file_damaged_while_open_say_so(db, admin):
    damage_open_file(admin)
    for attempt in (lambda: records.list_ids(UNITS, admin),
                    lambda: records.create(UNITS, {"单位名称": "县测试局"}, admin)):
        with pytest.raises(DatabaseError, match="数据库文件已损坏") as said:
            attempt()
        assert "恢复备份" in said.value.message
        assert "malformed" not in said.value.message  # not the driver's English
