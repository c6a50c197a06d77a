"""Files made once a test process and copied for each test after: a demo office or a new one by
`officedesk init` took seconds a test to make, the same each time; a copy takes milliseconds.

made_once(key, paths, make, keep) makes `paths` (files and folders, such as a test's database,
its anchor and its home) by calling `make()` the first time a process sees `key`, and keeps a
copy of them; each later call for `key` puts that copy in place of `paths` instead. The key must
name all that the making depends on (size, seed, the day …). A database must be closed when
made_once returns from `make` or is called (its -wal/-shm are removed before the copy goes in)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path

_KEPT: dict[Hashable, Path] = {}


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        for suffix in ("", "-wal", "-shm"):
            name = Path(str(path) + suffix)
            if name.exists():
                name.unlink()


def made_once(key: Hashable, paths: Sequence[str | os.PathLike[str]], make: Callable[[], object],
              keep: Callable[[], str | os.PathLike[str]]) -> bool:
    """`paths` as `make()` leaves them, made once a process for `key`; `keep()` gives a new folder
    for the copy (tmp_path_factory.mktemp). True when made now, False when copied."""
    targets = [Path(p) for p in paths]
    kept = _KEPT.get(key)
    if kept is None:
        make()
        kept = Path(keep())
        for index, target in enumerate(targets):
            copy = kept / str(index)
            if target.is_dir():
                shutil.copytree(target, copy)
            elif target.exists():
                shutil.copyfile(target, copy)
        _KEPT[key] = kept
        return True
    for index, target in enumerate(targets):
        copy = kept / str(index)
        _remove(target)
        if copy.is_dir():
            shutil.copytree(copy, target)
        elif copy.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(copy, target)
    return False
