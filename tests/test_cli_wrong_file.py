"""The command line given a file that is not the office's database, or a damaged one: the
message says what to do as a command says it (officedesk restore …), not as the window's menu
(“恢复备份”), and a file that is no database at all is not called a damaged database to be
restored over (a restore would replace the clerk's file)."""

from __future__ import annotations

import shutil

import pytest

from officedesk import cli
from officedesk.store import db as store_db

PASSWORD = "Geheim2026x"


def _run(capsys, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    store_db.close_database()
    err = capsys.readouterr().err
    assert "Traceback" not in err and "程序内部出错" not in err, err
    return code, err


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", PASSWORD)
    db = tmp_path / "office.db"
    assert _run(capsys, "init", "--org", "中共某某县委办公室", "--code", "某委办", "--db", str(db))[0] == 0
    return db


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n" + bytes(5000), "会议记录\n".encode() * 100])
def test_a_file_that_is_no_database_is_said_to_be_the_wrong_file(tmp_path, monkeypatch, capsys, content):
    """`--db 照片.png` (or a text file) was “数据库文件已损坏 … 请用“恢复备份”从最近的备份恢复”: the
    window's menu on the command line, and a restore over the clerk's own file."""
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    wrong = tmp_path / "照片.db"
    wrong.write_bytes(content)
    code, err = _run(capsys, "list", "outgoing", "--db", str(wrong))
    assert code == 1
    assert "不是数据库文件" in err and str(wrong) in err and "--db" in err
    assert "恢复备份" not in err
    assert wrong.read_bytes() == content


def test_a_damaged_database_says_the_restore_command(office, capsys):
    size = office.stat().st_size
    with open(office, "r+b") as file:  # the office's database: every page past the first overwritten
        file.seek(4096)
        file.write(b"\xff" * (size - 4096))
    code, err = _run(capsys, "list", "outgoing", "--db", str(office))
    assert code == 1
    assert "数据库文件已损坏" in err and "officedesk restore" in err and "恢复备份" not in err


def test_the_window_still_names_its_menu(office, tmp_path):
    from officedesk.core.errors import DatabaseError
    from officedesk.store import db_errors

    shutil.copy(office, tmp_path / "copy.db")
    said = db_errors.translate_error(DatabaseError("database disk image is malformed"))
    assert "恢复备份" in said.message


def test_a_pdf_printed_again_on_a_full_disk_leaves_the_earlier_one(office, tmp_path, monkeypatch, capsys):
    """print -o over an earlier PDF on a full disk deleted the earlier PDF with the half-written
    new one; now the earlier file stays whole and nothing is left beside it."""
    import errno
    from pathlib import Path

    folder = tmp_path / "papers"
    folder.mkdir()
    target = folder / "目录.pdf"
    target.write_bytes(b"%PDF-1.4 the earlier list")
    real = Path.write_bytes

    def half_then_full(self, data):
        real(self, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_bytes", half_then_full)
    code, err = _run(capsys, "print", "archive-list", "-o", str(target), "--force",
                     "--db", str(office))
    monkeypatch.undo()
    assert code == 1 and "磁盘空间不足" in err and str(target) in err
    assert target.read_bytes() == b"%PDF-1.4 the earlier list"
    assert [path.name for path in folder.iterdir()] == ["目录.pdf"]
