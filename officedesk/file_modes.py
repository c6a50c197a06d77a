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
