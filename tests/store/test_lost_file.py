"""The SQLite file deleted, moved away or replaced while the program has it open: the connection
would go on writing into a file nobody will see again (a 督查 item took a number and vanished).
Every write is refused, saying what happened and what to do; the window says so at its next
poll, before anything is typed in vain."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from officedesk.core import records
from officedesk.core.directory import UNITS
from officedesk.core.errors import DatabaseError
from officedesk.store import db as store_db


def _files(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


@pytest.mark.parametrize("how", ["deleted", "moved", "replaced"])
def test_a_write_to_a_file_no_longer_there_is_refused(db, admin, tmp_path, how):
    records.create(UNITS, {"单位名称": "县委办公室"}, admin)
    path = Path(store_db.database.obj.database)
    if how == "deleted":
        for one in _files(path):
            one.unlink()
    elif how == "moved":
        os.rename(path, tmp_path / "elsewhere.db")
    else:
        shutil.copy(path, tmp_path / "copy.db")
        os.replace(tmp_path / "copy.db", path)
    with pytest.raises(DatabaseError, match="已不在原处") as refused:
        records.create(UNITS, {"单位名称": "县财政局"}, admin)
    assert str(path) in refused.value.message and "恢复备份" in refused.value.message


def test_the_window_says_so_at_its_next_poll(app_ctx, qtbot):
    said: list[str] = []
    app_ctx.connection_problem.connect(said.append)
    app_ctx.poll_changes()
    for one in _files(Path(store_db.database.obj.database)):
        one.unlink()
    app_ctx.poll_changes()
    assert said and "已不在原处" in said[-1]
