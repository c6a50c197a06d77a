"""The copies of attachments opened for viewing (the data folder's `opened/`): files the
program leaves on the workstation, of documents of any 密级. They are the user's alone (owner
only, on POSIX: a home folder others may read shows them nothing), and none waits for the next
clerk of the workstation: 注销 and every log-in clear them (a copy a viewer still holds on
Windows stays until it lets go, then goes with the next)."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from officedesk import paths


def private(path: Path) -> None:
    """Owner only: a folder 0700, a file 0600 (POSIX; elsewhere the user's profile is his)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(0o700 if path.is_dir() else 0o600)


def folder() -> Path:
    """`opened/`, made the user's alone."""
    found = paths.data_dir() / "opened"
    found.mkdir(mode=0o700, parents=True, exist_ok=True)
    private(found)
    return found


def clear() -> None:
    """Every copy removed that can be (注销, a log-in). Never fails the caller: a copy left is
    removed by the next."""
    try:
        entries = list((paths.data_dir() / "opened").iterdir())
    except OSError:  # none opened yet, or the data folder unreadable: nothing to remove
        return
    for old in entries:
        with contextlib.suppress(OSError):
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old)
            else:
                old.unlink()
