"""Bad input on the command line of the newer commands (holidays, info-*, attach, migrate-to,
settings of the 审批链) is said in Chinese: what is wrong, what to write instead — no Python
quotes, no address read as a wrong port, no time limit read as a unit."""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest

from tests.cli_office import office  # noqa: F401  (the fixture)


def test_a_choice_not_offered_is_said_with_chinese_quotes(office) -> None:  # noqa: F811
    _, err = office("holidays", "foo", code=2)
    assert "不能是“foo”，只能是：“list”、“add”、“remove”、“complete”、“incomplete”" in err
    assert "'" not in err.splitlines()[0]


def test_a_number_argument_that_is_no_number_is_quoted_in_chinese(office) -> None:  # noqa: F811
    _, err = office("info-issues", "--year", "20x6", code=2)
    assert "参数 --year 应为整数，现在是“20x6”" in err
    assert "'" not in err.splitlines()[0]


@contextlib.contextmanager
def _web_server():
    """A port where something that is no PostgreSQL answers (a web server: “HTTP/1.0 400”)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    stop = threading.Event()

    def answer() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                peer, _ = server.accept()
            except OSError:
                continue
            with peer, contextlib.suppress(OSError):
                peer.recv(64)
                peer.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")

    worker = threading.Thread(target=answer, daemon=True)
    worker.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        worker.join()
        server.close()


def test_migrate_to_a_port_where_no_postgresql_answers_is_no_bad_port(office) -> None:  # noqa: F811
    pytest.importorskip("psycopg2")
    with _web_server() as port:
        _, err = office("migrate-to", f"postgresql://u:secret@127.0.0.1:{port}/db", code=1)
    assert "回答的不是 PostgreSQL 数据库服务器" in err and "主机名和端口号" in err, err
    assert "端口号不对" not in err and "secret" not in err
    assert "ssl" not in err.lower()


def test_a_time_of_day_cut_off_by_the_shell_is_said_with_the_quoting_to_use(office):  # noqa: F811
    """报送时间=2026-11-16 09:00 typed unquoted: the shell gives “09:00” as a word of its own,
    which was refused as a pair without “=” (“09:00”应写成 字段=值，如 姓名=张三)."""
    _, err = office("add", "info", "标题=某乡抓好防汛", "报送时间=2026-11-16", "09:00", code=2)
    assert ("“报送时间=2026-11-16”后面的“09:00”是单独的一项：日期和时刻之间有空格时，请给整项加引号，"
            "如 \"报送时间=2026-11-16 09:00\"，或写成 报送时间=2026-11-16T09:00。") in err
    _, err = office("add", "people", "姓名张三", code=2)
    assert "“姓名张三”应写成 字段=值，如 姓名=张三。" in err


def test_an_option_a_command_does_not_take_is_said_with_that_commands_usage(office) -> None:  # noqa: F811
    # `export 信访 -o x.xlsx` (as print writes it): the top command's usage told nothing of
    # where export's file goes; its own usage does (登记簿 文件.xlsx)
    _, err = office("export", "信访", "-o", "x.xlsx", code=2)
    lines = err.splitlines()
    assert lines[0].startswith("officedesk export：不认识的参数：“-o”")
    assert "用法：officedesk export" in err and "文件.xlsx" in err
    assert "officedesk export -h" in err
