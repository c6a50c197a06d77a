"""Who has an SQLite database open: every process holds a shared lock on `<file>.inuse` while
the database is open, and leaves a note (machine, process, user, program) in `<file>.inuse.d/`.

A restore takes the lock exclusively: it is refused while any other process — on this machine
or on another that opened the file over a network share — holds it, and the notes say who. A
process that starts while a restore runs waits for it (up to the busy timeout).
POSIX (fcntl) locks; on Windows the notes alone are checked (a crashed program's note stays
until its process id is gone, which is only known on the same machine).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_held: dict[str, tuple[IO[bytes], Path]] = {}  # database path -> (lock file, our note)
WAIT_SECONDS = 10.0


def _lock_path(db_path: str) -> Path:
    return Path(db_path + ".inuse")


def _notes_dir(db_path: str) -> Path:
    return Path(db_path + ".inuse.d")


def _key(db_path: str) -> str:
    return str(Path(db_path).resolve())


def register(db_path: str, program: str = "") -> None:
    """Take the shared lock and leave a note; waits while a restore holds the lock."""
    if db_path == ":memory:" or _key(db_path) in _held:
        return
    try:
        handle = open(_lock_path(db_path), "ab")  # noqa: SIM115 - held for the life of the process
    except OSError:  # a read-only folder: nobody can restore into it either
        return
    if fcntl is not None:
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    handle.close()
                    from officedesk.core.errors import DatabaseError

                    raise DatabaseError("数据库正在从备份恢复，请稍候再打开。") from None
                time.sleep(0.1)
    notes = _notes_dir(db_path)
    note = notes / f"{socket.gethostname()}-{os.getpid()}.json"
    text = json.dumps({"host": socket.gethostname(), "pid": os.getpid(), "user": _user(),
                       "program": program or Path(sys.argv[0]).name,
                       "since": dt.datetime.now().isoformat(timespec="seconds")}, ensure_ascii=False)
    with contextlib.suppress(OSError):  # without the note the lock alone keeps a restore out
        notes.mkdir(exist_ok=True)
        note.write_text(text, encoding="utf-8")
    _held[_key(db_path)] = (handle, note)


def release(db_path: str) -> None:
    held = _held.pop(_key(db_path), None)
    if held is None:
        return
    handle, note = held
    note.unlink(missing_ok=True)
    handle.close()  # closing drops the lock


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service): not essential
        return ""


@dataclass(frozen=True)
class Other:
    host: str
    pid: int
    user: str
    program: str
    since: str

    def __str__(self) -> str:
        return f"{self.host} 上的 {self.program}（进程 {self.pid}，用户 {self.user or '未知'}，{self.since} 起）"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def others(db_path: str) -> list[Other]:
    """The other processes whose notes say they have the database open (stale notes of dead
    processes on this machine are removed)."""
    found = []
    notes = _notes_dir(db_path)
    mine = _held.get(_key(db_path))
    for path in sorted(notes.glob("*.json")) if notes.exists() else []:
        if mine is not None and path == mine[1]:
            continue
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        other = Other(str(data.get("host", "")), int(data.get("pid", 0)), str(data.get("user", "")),
                      str(data.get("program", "")), str(data.get("since", "")))
        if other.host == socket.gethostname() and not _alive(other.pid):
            path.unlink(missing_ok=True)
            continue
        found.append(other)
    return found


@contextlib.contextmanager
def exclusive(db_path: str) -> Iterator[list[Other]]:
    """Hold the database alone for a restore. Yields the others in the way (empty: go ahead);
    while held, no other process can open the database."""
    mine = _held.get(_key(db_path))
    if fcntl is None:
        yield others(db_path)
        return
    handle = mine[0] if mine is not None else open(_lock_path(db_path), "ab")  # noqa: SIM115
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # converts our shared lock
        except OSError:
            yield others(db_path) or [Other("?", 0, "", "另一个程序", "")]
            return
        try:
            yield []
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH if mine is not None else fcntl.LOCK_UN)
    finally:
        if mine is None:
            handle.close()
