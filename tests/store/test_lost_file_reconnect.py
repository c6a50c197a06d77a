"""The SQLite file deleted under the open program, and the program connecting again (a new
thread's connection, a connection dropped and made again): SQLite would make an empty database
at the path — the next start then calls the office's data 截断或损坏 and sends the clerk to a
restore, though the file was only moved. A connection made after the database was opened never
makes the file: it is refused as the lost file it is (已不在原处)."""

from __future__ import annotations

import threading
from pathlib import Path

from officedesk.core import records
from officedesk.core.directory import UNITS
from officedesk.core.errors import DatabaseError
from officedesk.store import db as store_db


def test_a_reconnect_never_makes_the_lost_file_again(db, admin):
    records.create(UNITS, {"单位名称": "县委办公室"}, admin)
    path = Path(store_db.database.obj.database)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    said: list[str] = []

    def read_in_another_thread() -> None:  # a thread's first statement connects
        try:
            store_db.database.execute_sql("select count(*) from unit").fetchone()
        except DatabaseError as exc:
            said.append(exc.message)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            said.append(repr(exc))
        finally:
            store_db.database.close()

    worker = threading.Thread(target=read_in_another_thread)
    worker.start()
    worker.join()
    assert not path.exists(), "an empty database was made where the office's file was"
    assert said and "已不在原处" in said[0], said


def test_a_new_database_is_still_made_on_first_open(tmp_path):
    target = tmp_path / "new.db"
    store_db.open_database(str(target))
    try:
        assert target.exists()
    finally:
        store_db.close_database()
