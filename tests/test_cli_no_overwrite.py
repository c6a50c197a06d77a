"""A file the clerk names for a command's output (export, template, print -o, attach --save -o)
that is already there — a 台账 he corrected for `import --update` — is kept unless `--force`;
and a write that fails half-way (a full disk) leaves the earlier file as it was."""

from __future__ import annotations

import errno
import json
import zipfile
from pathlib import Path

import pytest

from tests.cli_office import new_office

CLERKS_OWN = b"PK\x03\x04 the clerk's corrected ledger"


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    yield from new_office(tmp_path, monkeypatch, capsys)


def _attachment(office, tmp_path: Path) -> list[str]:
    """`attach incoming ID --save N -o`: the arguments before the file, an attachment added."""
    record = office.json("add", "incoming", "来文机关=县财政局", "来文字号=云财发〔2026〕1号",
                         "标题=关于预算的通知", "文种=通知", "收文日期=2026-11-16")["id"]
    source = tmp_path / "正文.txt"
    source.write_bytes(b"attachment body")
    office("attach", "incoming", str(record), str(source))
    number = json.loads(office("attach", "incoming", str(record), "--json")[0])[0]["id"]
    return ["attach", "incoming", str(record), "--save", str(number), "-o"]


COMMANDS = {
    "export": (["export", "units"], "台账.xlsx", b"PK"),
    "template": (["template", "units"], "模板.xlsx", b"PK"),
    "print": (["print", "archive-list", "--year", "2026", "-o"], "目录.pdf", b"%PDF"),
    "attach": (None, "附件.txt", b"attachment body"),
}


def _command(office, tmp_path: Path, name: str) -> tuple[list[str], Path, bytes]:
    words, file_name, made = COMMANDS[name]
    if words is None:
        words = _attachment(office, tmp_path)
    return words, tmp_path / file_name, made


def _nothing_beside(target: Path) -> None:
    left = [p.name for p in target.parent.iterdir() if p.name.startswith(f".{target.name}.")]
    assert not left, left


@pytest.mark.parametrize("name", list(COMMANDS))
def test_an_existing_file_is_kept_unless_forced(office, tmp_path, name):
    words, target, made = _command(office, tmp_path, name)
    target.write_bytes(CLERKS_OWN)
    _out, said = office(*words, str(target), code=1)
    assert "已存在" in said and str(target) in said, said
    assert "换一个文件名" in said and "--force" in said, said
    assert "Traceback" not in said
    assert target.read_bytes() == CLERKS_OWN
    _nothing_beside(target)
    office(*words, str(target), "--force")
    assert target.read_bytes().startswith(made) and target.read_bytes() != CLERKS_OWN
    _nothing_beside(target)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_new_file_needs_no_force(office, tmp_path, name):
    words, target, made = _command(office, tmp_path, name)
    office(*words, str(target))
    assert target.read_bytes().startswith(made)


def _full_disk_half_way(monkeypatch, target: Path) -> None:
    """The disk fills half-way through writing the output (or its temporary beside it)."""
    if target.suffix == ".xlsx" and target.stem == "台账":  # export streams its zip
        def refused(self, *args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(zipfile.ZipFile, "writestr", refused)
        return
    real = Path.write_bytes

    def half(self: Path, data: bytes) -> int:
        if target.name not in self.name:  # the anchor file and the like: written as ever
            return real(self, data)
        with self.open("wb") as handle:
            handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_failure_half_way_leaves_the_old_file(office, tmp_path, monkeypatch, name):
    words, target, _made = _command(office, tmp_path, name)
    target.write_bytes(CLERKS_OWN)
    _full_disk_half_way(monkeypatch, target)
    _out, said = office(*words, str(target), "--force", code=1)
    assert "磁盘" in said and "Traceback" not in said, said
    assert target.read_bytes() == CLERKS_OWN
    _nothing_beside(target)


def test_attach_force_without_save_is_refused(office, tmp_path):
    words = _attachment(office, tmp_path)
    _out, said = office(*words[:3], "--force", code=2)
    assert "--save" in said
