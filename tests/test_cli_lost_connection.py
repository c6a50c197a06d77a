"""A lost database connection, as the command line says it: the command has ended, nothing it
was doing was written, and it is to be run again (the window keeps its own wording)."""

from __future__ import annotations

import peewee
import pytest

from officedesk import cli
from officedesk.core.errors import DatabaseError
from officedesk.store import db as store_db
from officedesk.store import db_errors

LOST = "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally"


def _cli(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    return code, capsys.readouterr().err


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Admin-pass-2026")
    db = str(tmp_path / "o.db")
    assert _cli(capsys, "--db", db, "init", "--org", "测试办公室", "--code", "测办")[0] == 0
    return db


def _window_words() -> None:
    message = db_errors.translate_error(peewee.OperationalError(LOST), "保存").message
    assert "已输入的内容没有丢失" in message and "自动重新连接" in message


@pytest.mark.parametrize("guarded", [True, False])
def test_the_command_line_says_to_run_the_command_again(office, capsys, monkeypatch, guarded):
    """Through core's guard (a DatabaseError) and as a driver's error the CLI prints itself."""
    from officedesk.core import stats

    def lost(*_args, **_kwargs):
        if guarded:
            with store_db.guarded("统计"):
                raise peewee.OperationalError(LOST)
        raise peewee.InterfaceError("connection already closed")

    monkeypatch.setattr(stats, "collect", lost)
    code, err = _cli(capsys, "--db", office, "stats")
    assert code == 1 and "连接中断" in err, err
    assert "没有写入数据库" in err and "重新运行这条命令" in err, err
    assert "已输入的内容" not in err and "自动重新连接" not in err, err
    _window_words()  # the command's wording ends with the command


def test_the_window_keeps_its_wording():
    _window_words()
    with pytest.raises(DatabaseError, match="自动重新连接"), store_db.guarded("保存"):
        raise peewee.OperationalError(LOST)


@pytest.mark.postgres
def test_an_add_cut_off_by_the_server_writes_nothing_and_says_so(pg_url, tmp_path, capsys, monkeypatch):
    """The connection dies inside the write transaction (a server restart): rolled back, and
    the command line says to run it again."""
    from officedesk.core import numbering

    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", "Admin-pass-2026")
    assert _cli(capsys, "--db", pg_url, "init", "--org", "测试办公室", "--code", "测办")[0] == 0
    take = numbering.take

    def cut_off(*args, **kwargs):
        store_db.database.obj._state.conn.close()  # the server went away mid-transaction
        return take(*args, **kwargs)

    monkeypatch.setattr(numbering, "take", cut_off)
    add = ("--db", pg_url, "add", "incoming", "来文机关=云州市人民政府办公室", "标题=断线测试", "文种=通知",
           "密级=非密", "紧急程度=平件", "份数=1")
    code, err = _cli(capsys, *add)
    assert code == 1 and "连接中断" in err and "重新运行这条命令" in err, err
    monkeypatch.setattr(numbering, "take", take)
    code = cli.main(["--db", pg_url, "search", "断线测试", "--json"])
    assert code == 0 and capsys.readouterr().out.strip() == "[]"
    code, err = _cli(capsys, *add)  # run again, it is added
    assert code == 0 and cli.main(["--db", pg_url, "search", "断线测试", "--json"]) == 0
    assert "断线测试" in capsys.readouterr().out
