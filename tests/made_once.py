"""Files made once a test process and copied for each test after: a demo office or a new one by
`officedesk init` took seconds a test to make, the same each time; a copy takes milliseconds.

made_once(key, paths, make, keep) makes `paths` (files and folders, such as a test's database,
its anchor and its home) by calling `make()` the first time a process sees `key`, and keeps a
copy of them; each later call for `key` puts that copy in place of `paths` instead. The key must
name all that the making depends on (size, seed, the day …). A database must be closed when
made_once returns from `make` or is called (its -wal/-shm are removed before the copy goes in).

Given `workers` (the process's tmp_path_factory.getbasetemp()), under pytest-xdist the copy is
made once for all the run's workers and kept beside their folders: the first to come makes it,
another waits for it and copies it (a demo office made on both workers cost each its seconds).
For a key whose making leaves nothing in the process but the files (not Cli.initialised's)."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: made once a process
    fcntl = None  # type: ignore[assignment]

_KEPT: dict[Hashable, Path] = {}


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        for suffix in ("", "-wal", "-shm"):
            name = Path(str(path) + suffix)
            if name.exists():
                name.unlink()


def _copied(targets: list[Path], kept: Path) -> None:
    for index, target in enumerate(targets):
        copy = kept / str(index)
        if target.is_dir():
            shutil.copytree(target, copy)
        elif target.exists():
            shutil.copyfile(target, copy)


def made_once(key: Hashable, paths: Sequence[str | os.PathLike[str]], make: Callable[[], object],
              keep: Callable[[], str | os.PathLike[str]], workers: Path | None = None) -> bool:
    """`paths` as `make()` leaves them, made once a process for `key` (once a run's workers, given
    `workers`: see above); `keep()` gives a new folder for the copy (tmp_path_factory.mktemp).
    True when made now, False when copied."""
    targets = [Path(p) for p in paths]
    kept = _KEPT.get(key)
    if kept is None and workers is not None and fcntl is not None \
            and os.environ.get("PYTEST_XDIST_WORKER"):
        folder = Path(workers).parent / "made-once"  # the run's, beside each worker's basetemp
        folder.mkdir(exist_ok=True)
        name = hashlib.sha256(repr(key).encode("utf-8")).hexdigest()[:32]
        with open(folder / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another worker making it: wait for its copy
            kept = folder / name
            if not kept.exists():
                make()
                part = folder / f"{name}.part"
                shutil.rmtree(part, ignore_errors=True)  # left by a worker whose copy failed
                part.mkdir()
                _copied(targets, part)
                part.rename(kept)
                _KEPT[key] = kept
                return True
        _KEPT[key] = kept
    if kept is None:
        make()
        kept = Path(keep())
        _copied(targets, kept)
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
