"""The command line on bad ground: a database file cut to nothing, a full disk, a record id or a
year out of range, and any argument of the wrong kind. Each gets a Chinese message that says
what to do (exit 1, or 2 for wrong usage), never a Python traceback."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import peewee
import pytest

from officedesk import cli
from officedesk.core import clock, settings
from officedesk.store import db as store_db
from tests.made_once import made_once

PASSWORD = "Geheim2026x"
BIG = "99999999999999999999999"  # more than a 64-bit integer holds
PETITION = ["add", "petitions", "信访形式=来信", "信访人=张某某", "问题类别=劳动社保",
            "反映内容=反映某企业拖欠工资三个月"]
DISK_FULL = "磁盘空间不足（或磁盘出错）"


class Office:
    """`officedesk … --db FILE` in this process (cli.main)."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str], close_after: bool = False) -> None:
        self.db = db
        self.capsys = capsys
        self.close_after = close_after  # each command on its own, as from a shell

    def __call__(self, *args: str, code: int = 0, db: str | None = None) -> tuple[str, str]:
        self.capsys.readouterr()
        result = cli.main([*args, "--db", db or str(self.db)])
        if self.close_after:
            store_db.close_database()
        out, err = self.capsys.readouterr()
        assert result == code, (args, result, out, err)
        assert "Traceback" not in err and "程序内部出错" not in err, err
        return out, err


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", PASSWORD)
    return Office(tmp_path / "office.db", capsys)


def initialised(run: Office) -> Office:
    """`init` of 中共某某县委办公室 (某委办) by cli.main, made once a test process and its database,
    anchor and home copied for each test after (tests/made_once.py: the administrator's scrypt
    hash and every migration took 0.3–0.6 s a test)."""
    home = Path(os.environ["OFFICEDESK_HOME"])
    key = ("cli.main init", "中共某某县委办公室", "某委办", os.environ["OFFICEDESK_ADMIN_PASSWORD"],
           clock.today())
    made_once(key, [run.db, Path(f"{run.db}.anchor.json"), home],
              lambda: run("init", "--org", "中共某某县委办公室", "--code", "某委办"),
              lambda: tempfile.mkdtemp(prefix="new-office-", dir=run.db.parent.parent))
    settings.forget_cache()
    return run


@pytest.fixture
def office(run):
    return initialised(run)


# ---------------------------------------------------------------- a blank database file


def test_an_empty_file_is_refused_not_used_as_a_new_database(run):
    run.db.write_bytes(b"")  # the office's database, truncated
    for args in (["steps", "petitions", "1"], PETITION, ["search", "张"], ["check"]):
        _, err = run(*args, code=1)
        assert "是空的（0 字节）" in err and "officedesk restore" in err and "officedesk init" in err
    assert run.db.stat().st_size == 0  # nothing was written into it
    run("init", "--org", "中共某某县委办公室", "--code", "某委办")  # asked for: a new database
    assert "已添加信访" in run(*PETITION)[0]


def test_an_empty_file_is_not_moved_to_postgresql_as_an_empty_office(run):
    run.db.write_bytes(b"")
    _, err = run("migrate-to", "postgresql://office:secret@127.0.0.1:1/office", code=1)
    assert "是空的（0 字节）" in err and "无法连接" not in err


def test_a_file_without_tables_or_with_another_programs_tables_is_refused(run, tmp_path):
    with sqlite3.connect(run.db) as header_only:
        header_only.execute("pragma journal_mode = wal")  # writes the header, no table
    assert "中没有任何数据表" in run("steps", "petitions", "1", code=1)[1]
    assert run.db.stat().st_size > 0
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as foreign:
        foreign.execute("create table notes (text)")
    run.db = other
    for args in (["search", "张"], ["init", "--org", "中共某某县委办公室", "--code", "某委办"]):
        assert "不是本程序的数据库" in run(*args, code=1)[1]
    with sqlite3.connect(other) as foreign:  # untouched: no table of ours was made in it
        assert foreign.execute("select name from sqlite_master").fetchall() == [("notes",)]


def test_the_window_refuses_an_empty_file_but_makes_a_missing_one(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICEDESK_")}
    env.update(OFFICEDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               PYTHONIOENCODING="utf-8")
    root = Path(__file__).resolve().parent.parent

    def smoke(db: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "officedesk", "--smoke", "--db", str(db)],
                              cwd=root, env=env, capture_output=True, text=True, encoding="utf-8",
                              timeout=120, stdin=subprocess.DEVNULL)

    empty = tmp_path / "office.db"
    empty.write_bytes(b"")
    result = smoke(empty)
    assert result.returncode == 1 and "smoke ok" not in result.stdout
    assert "是空的（0 字节）" in result.stderr and "officedesk restore" in result.stderr
    assert empty.stat().st_size == 0
    result = smoke(tmp_path / "first.db")  # the first start on a new computer
    assert result.returncode == 0 and "smoke ok" in result.stdout, result.stderr


# ---------------------------------------------------------------- a full disk


def _sqlite_error(message: str, code: int, name: str) -> sqlite3.OperationalError:
    """A sqlite3 error as Python 3.11 raises it, with SQLite's result code: its text does not
    say what it is, its code does."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    error.sqlite_errorname = name
    return error


def _driver_error(message: str, code: int, name: str) -> peewee.OperationalError:
    """The same, wrapped by peewee as its exception wrapper does."""
    error = _sqlite_error(message, code, name)
    wrapped = peewee.OperationalError(error, *error.args)
    wrapped.__context__ = error
    return wrapped


def test_a_full_database_disk_is_said_and_names_the_file(office, monkeypatch):
    with sqlite3.connect(office.db) as connection:
        pages = connection.execute("pragma page_count").fetchone()[0]
    # SQLite's own SQLITE_FULL: the database may not grow by one page
    monkeypatch.setitem(store_db.SQLITE_PRAGMAS, "max_page_count", pages)
    _, err = office(*PETITION, "诉求=" + "请依法处理。" * 3000, code=1)  # needs new pages
    assert DISK_FULL in err and f"没有写入“{office.db}”" in err and "已输入的内容没有丢失" in err
    monkeypatch.delitem(store_db.SQLITE_PRAGMAS, "max_page_count")
    assert "没有找到" in office("steps", "petitions", "1", code=1)[1]  # nothing half-saved


@pytest.mark.parametrize(("code", "name"), [(778, "SQLITE_IOERR_WRITE"), (13, "SQLITE_FULL"),
                                            (4874, "SQLITE_IOERR_SHMSIZE")])
def test_an_io_error_by_its_sqlite_code_is_a_disk_problem(office, monkeypatch, code, name):
    from officedesk.core import stats

    def failing(*_args, **_kwargs):
        raise _driver_error("something went wrong", code, name)

    monkeypatch.setattr(stats, "collect", failing)
    _, err = office("stats", code=1)
    assert DISK_FULL in err and f"没有写入“{office.db}”" in err and "数据库出错" not in err


def test_a_disk_that_fails_while_the_database_opens(office, monkeypatch):
    """What a full disk looked like: the write-ahead log's shared memory cannot grow."""

    class Failing(peewee.SqliteDatabase):
        def _connect(self):
            raise _sqlite_error("disk I/O error", 4874, "SQLITE_IOERR_SHMSIZE")

    monkeypatch.setattr(store_db, "make_database", lambda target: Failing(target))
    _, err = office(*PETITION, code=1)
    assert DISK_FULL in err and f"没有写入“{office.db}”" in err


def test_a_pdf_or_spreadsheet_on_a_full_disk_is_said_and_names_the_file(office, monkeypatch):
    import gc

    noise = []
    monkeypatch.setattr(sys, "unraisablehook", noise.append)  # "Exception ignored in …"

    def full(self, data):  # every write fails with ENOSPC, as on a full disk (/dev/full is
        raise OSError(errno.ENOSPC, "No space left on device", str(self))  # refused as a device)

    monkeypatch.setattr(Path, "write_bytes", full)
    for name, args in (("目录.pdf", ["print", "archive-list", "-o"]), ("模板.xlsx", ["template", "petitions"])):
        target = office.db.parent / name
        _, err = office(*args, str(target), code=1)
        assert DISK_FULL in err and f"没有写入“{target}”" in err
        assert not target.exists()
    gc.collect()
    assert noise == []  # no half-closed zip left to complain on the console


def test_a_pdf_cut_short_by_a_full_disk_is_not_left_behind(office, monkeypatch, tmp_path):
    target = tmp_path / "目录.pdf"
    real = Path.write_bytes

    def half_then_full(self, data):
        real(self, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_bytes", half_then_full)
    _, err = office("print", "archive-list", "-o", str(target), code=1)
    assert DISK_FULL in err and f"没有写入“{target}”" in err
    assert not target.exists()


class _FillsUp:
    """A file on a disk that fills up after `room` bytes: writes, and then closing (which
    writes what is buffered), fail with ENOSPC."""

    def __init__(self, real, room: int) -> None:
        self.real, self.room, self.failed = real, room, False

    def write(self, data) -> int:
        if self.failed or len(data) > self.room:
            self.failed = True
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.real.write(data)

    def close(self) -> None:
        self.real.close()
        if self.failed:
            raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_an_export_on_a_full_disk_leaves_no_file_and_no_console_noise(office, monkeypatch, tmp_path):
    import gc
    import zipfile

    from officedesk.exchange import xlsx_stream

    class FullDiskZip(zipfile.ZipFile):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.fp = _FillsUp(self.fp, room=100)  # full while the sheet is written

    noise = []
    monkeypatch.setattr(sys, "unraisablehook", noise.append)  # "Exception ignored in …"
    monkeypatch.setattr(xlsx_stream.zipfile, "ZipFile", FullDiskZip)
    office("add", "units", "单位名称=县委办公室")
    target = tmp_path / "out" / "units.xlsx"
    _, err = office("export", "units", str(target), code=1)
    gc.collect()
    assert DISK_FULL in err and f"没有写入“{target}”" in err
    assert list(target.parent.iterdir()) == []  # neither the file nor its .part
    assert noise == []


# ---------------------------------------------------------------- ids and years out of range


@pytest.mark.parametrize("args", [
    ["steps", "petitions", BIG],
    ["step", "petitions", BIG, "处理"],
    ["void", "petitions", BIG, "--reason", "错登"],
    ["delete", "petitions", BIG],
    ["print", "petition-reply", BIG, "-o", "x.pdf"],
    ["steps", "petitions", "0"],
    ["steps", "petitions", "-3"],
    ["steps", "petitions", "abc"],
    ["info-publish", BIG],
    ["info-order", "1", "2", BIG],
])
def test_an_id_out_of_range_is_a_usage_error(office, args):
    _, err = office(*args, code=2)
    assert "记录 id 应为 1 到 9223372036854775807 之间的整数" in err


def test_core_finds_no_record_for_an_id_out_of_range(office):
    from officedesk.core import records, registry
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.errors import NotFoundError

    store_db.open_database(str(office.db))
    try:
        spec = registry.get("petitions")
        for wrong in (2**63, -(2**70), 0):
            with pytest.raises(NotFoundError, match="没有找到"):
                records.get(spec, wrong, CLI_ACTOR)
        assert records.fetch(spec, [2**64]) == {}
    finally:
        store_db.close_database()


@pytest.mark.parametrize("args", [
    ["print", "archive-list", "--year", "99999"],
    ["print", "archive-list", "--year", "-5"],
    ["print", "archive-list", "--year", BIG],
    ["print", "info-ranking", "--year", "0"],
])
def test_a_printed_report_checks_its_year_as_the_statistics_do(office, args, tmp_path):
    clock.set_today(None)
    target = tmp_path / "report.pdf"
    _, err = office(*args, "-o", str(target), code=1)
    assert "“年度”应在 " in err and " 之间，现在是 " in err
    assert not target.exists()
    _, stats_err = office("stats", "--year", args[-1], code=1)
    assert "“统计年份”应在 " in stats_err


def test_an_empty_search_asks_for_a_word_instead_of_listing_every_record(office):
    for blank in ("", "   ", "\u3000"):
        out, err = office("search", blank, code=2)
        assert "请写出要查找的文字" in err and "id" not in out


def test_year_zero_is_refused_not_taken_for_this_year(office):
    assert "“统计年份”应在 " in office("stats", "--year", "0", code=1)[1]
    assert "“年份”应在 " in office("info-issues", "--year", "99999", code=1)[1]


# ---------------------------------------------------------------- any argument of the wrong kind


@pytest.mark.parametrize(("args", "code"), [
    (["search", "张", "--limit", BIG], 2),
    (["search", "张", "--limit", "0"], 2),
    (["demo", "--size", BIG], 2),
    (["info-periodical", "每日要情", "--total-start", BIG], 2),
    (["info-periodical", "每日要情", "--total-start", "-5"], 2),
    (["stats", "--year", "abc"], 2),
    (["step", "petitions", "1", "处理", "--on", "2026-13-45"], 1),
    (["info-publish", "1", "--on", "99999-01-01"], 1),
    (["print", "archive-list", "--from", "2026-02-30", "-o", "x.pdf"], 1),
    (["import", "petitions", "没有这个文件.xlsx"], 1),
    (["restore", "没有这个文件.db"], 1),
    (["check", "--anchor", "乱写的"], 1),
    (["settings", "没有这项"], 1),
    (["users", "set", "没有这个人", "姓名=某"], 1),
    (["info-ranking", "--period", "某年"], 1),
])
def test_garbage_gets_a_message_not_a_traceback(office, args, code):
    _, err = office(*args, code=code)
    assert err.strip()


# ---------------------------------------------------------------- a database of a newer program


def test_a_database_of_a_newer_program_is_refused_not_written(office, tmp_path):
    """An older workstation would write rows, numbers and audit entries under rules a newer
    schema has changed: every command refuses it, as restore refuses a newer backup."""
    from officedesk.store import migrations

    store_db.close_database()
    newer = migrations.LATEST + 7
    with sqlite3.connect(office.db) as connection:
        connection.execute("insert into schema_version values (?, '2027-01-01', 'm_future')", (newer,))
    connection.close()
    office.close_after = True
    for command in (PETITION, ["stats"], ["search", "张"], ["backup", str(tmp_path / "b.db")]):
        _, err = office(*command, code=1)
        assert f"数据库结构版本 {newer} 比本程序支持的 {migrations.LATEST} 新，请升级本程序" in err, err
    with sqlite3.connect(office.db) as connection:
        assert connection.execute("select count(*) from petition").fetchone()[0] == 0
    connection.close()


def test_output_the_terminal_cannot_show_is_escaped_not_a_crash(office, monkeypatch):
    """A GBK console (Windows) or an ASCII one: the record is saved, the exit code says so, and
    what cannot be shown is written escaped — a script retrying after exit 3 registered it twice."""
    import io

    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    result = cli.main([*PETITION[:3], "信访人=刘䶮", *PETITION[4:], "--db", str(office.db)])
    sys.stdout.flush()
    assert result == 0
    assert "\\u" in raw.getvalue().decode("ascii")
