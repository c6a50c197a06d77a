"""Files and folders the program makes that hold the office's data are its owner's alone.

The command line works as the administrator with no log-in, so the database file's permissions
are the boundary (README, "命令行与管理员"): a database, backup or folder made readable by every
account of the machine (the usual umask 022: 0644, 0755) would hand every record of every 密级,
and petitioners' personal data unmasked, to anyone who can log on to it. What the program makes
is therefore made owner-only; a file or folder that already exists keeps the permissions its
administrator gave it (a shared folder is his choice). Windows keeps its own per-user profile
rules: chmod there only sets the read-only flag, and it is left alone."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

OWNER_FILE = 0o600
OWNER_FOLDER = 0o700
# SQLite's companions of a database file: they hold its latest pages
COMPANIONS = ("-wal", "-shm", "-journal")


def _applies() -> bool:
    return sys.platform != "win32"


def own_folder(path: Path) -> Path:
    """Make `path` as mkdir(parents=True, exist_ok=True) does, the folder itself owner-only when
    this call makes it (its missing parents as usual); an existing folder is left as it is."""
    path.mkdir(mode=OWNER_FOLDER, parents=True, exist_ok=True)
    return path


def own_file(path: Path | str, companions: bool = False) -> None:
    """Make a file this program has just created owner-only (with `companions`, SQLite's -wal,
    -shm and -journal beside it too). A file system that keeps no such permissions (a network
    share) refuses or ignores it: the file is kept as it is."""
    if not _applies():
        return
    names = [str(path)] + ([str(path) + suffix for suffix in COMPANIONS] if companions else [])
    for name in names:
        with contextlib.suppress(OSError):
            if os.path.isfile(name):
                os.chmod(name, OWNER_FILE)


def close_to_others(path: Path) -> Path:
    """The program's own folder (platformdirs'), as an earlier version made it (0755): what every
    account of the machine may do in it is taken away, its group's rights kept (an
    administrator who shares it with his group chose so). No office means every account to read
    it (README, "命令行与管理员"), and once the folder is closed what it holds is out of reach."""
    if _applies():
        with contextlib.suppress(OSError):  # not ours, or a file system without permissions
            mode = stat.S_IMODE(os.stat(path).st_mode)
            if mode & 0o007:
                os.chmod(path, mode & ~0o007)
    return path


def create_private(path: Path) -> int:
    """A new file at `path`, owner-only from its first byte (a file with personal data unmasked
    is never readable by others, even while it is written); its descriptor, open for writing.
    Raises FileExistsError and the other OSErrors."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, OWNER_FILE if _applies() else 0o666)


def keep_mode(existing: Path, new: Path) -> None:
    """An output written anew over `existing` keeps the permissions its owner gave it (os.replace
    would give it the new file's: a report made 0600 became 0644 when written again)."""
    if not _applies():
        return
    with contextlib.suppress(OSError):  # nothing there (the usual case), or not ours to read
        mode = os.stat(existing).st_mode
        if stat.S_ISREG(mode):
            os.chmod(new, stat.S_IMODE(mode))
