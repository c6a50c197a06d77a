"""The anchor file is written whole or not at all: a write that fails (a full disk) leaves the
anchor as it was and no ``.anchor.json.part`` beside the database (found with a 3 MB disk:
``demo`` filled it and a 0-byte .part stayed for good)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from officedesk.core import anchor


def test_a_failed_anchor_write_leaves_no_part_file_and_the_old_anchor(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "office.db.anchor.json"
    path.write_text('{"count": 1}', encoding="utf-8")
    real_write = Path.write_text

    def disk_full(self: Path, data: str, *args, **kwargs) -> int:
        real_write(self, "", *args, **kwargs)  # the file made, then no room for its text
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", disk_full)
    with pytest.raises(OSError):
        anchor._write_data(path, {"count": 2})
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db.anchor.json"]
    assert path.read_text(encoding="utf-8") == '{"count": 1}'
