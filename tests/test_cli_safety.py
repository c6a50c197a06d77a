"""The command line never writes over the office's database, cleans up after a refused init and
says in Chinese what is wrong with a file, a URL or a duplicate name."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from officedesk import cli
from officedesk.store import db as store_db
from officedesk.store import db_errors
from tests.test_cli_robust import PASSWORD, Office, initialised


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", PASSWORD)
    monkeypatch.chdir(tmp_path)
    return Office(tmp_path / "office.db", capsys, close_after=True)


# `init` run by this test itself, in this process, as before the copies: its print -o refusals of
# the database's companions (office.db-wal …) are said as the database's only while the process
# has that database bound (store.db.database, left so by the init); a new process's `print … -o
# office.db-wal` is refused first for its suffix (exit 2: file_guard.refuse_database_target finds
# no database yet in cli_commands.pdf_output)
OWN_INIT = {"test_no_output_is_written_over_the_open_database_or_its_companions"}


@pytest.fixture
def office(run, request):
    if request.function.__name__ in OWN_INIT:
        run("init", "--org", "中共某某县委办公室", "--code", "某委办")
        return run
    return initialised(run)


def _still_a_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("select count(*) from schema_version").fetchone()[0] >= 1
    finally:
        connection.close()


# ---------------------------------------------------------------- 1. never over the database


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("command", [
    ["print", "archive-list", "-o"],
    ["export", "units"],
    ["template", "units"],
    ["backup"],
])
def test_no_output_is_written_over_the_open_database_or_its_companions(office, command, suffix):
    target = Path(str(office.db) + suffix)
    _, err = office(*command, str(target), code=1)
    assert "正在使用的数据库文件" in err and "没有写出" in err, err
    if target.exists():  # not turned into a PDF, a workbook (zip) or a copy
        assert not target.read_bytes().startswith((b"%PDF", b"PK")), target
    _still_a_database(office.db)
    office("stats")  # the office still opens


def test_a_symlink_or_relative_path_to_the_database_is_refused(office, tmp_path):
    link = tmp_path / "link.pdf"
    link.symlink_to(office.db)
    _, err = office("print", "archive-list", "-o", str(link), code=1)
    assert "正在使用的数据库文件" in err
    _, err = office("export", "units", "./office.db", code=1)
    assert "正在使用的数据库文件" in err
    _still_a_database(office.db)


def test_an_ordinary_output_is_still_written(office, tmp_path):
    office("print", "archive-list", "-o", str(tmp_path / "a.pdf"))
    office("export", "units", str(tmp_path / "u.xlsx"))
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "u.xlsx").stat().st_size > 0


# ---------------------------------------------------------------- 2. files said in Chinese

ENGLISH = ("Errno", "Is a directory", "No such file", "disk I/O", "file is not a database",
           "no such table", "ValueError")


def _chinese_only(err: str) -> None:
    assert not any(word in err for word in ENGLISH), err


def test_a_backup_to_nothing_or_to_a_folder_is_refused_in_chinese(office, tmp_path):
    _, err = office("backup", "", code=1)
    assert "请给出备份文件的名字" in err
    folder = tmp_path / "x" / "bk"
    folder.mkdir(parents=True)
    _, err = office("backup", str(folder), code=1)
    assert "是文件夹" in err and "备份文件的名字" in err
    _chinese_only(err)


def test_an_output_path_that_cannot_be_written_is_said_in_chinese(office, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    blocker = tmp_path / "plain"
    blocker.write_text("x")
    for args in (["export", "units", str(folder)], ["print", "archive-list", "-o", str(folder)],
                 ["template", "units", str(folder)]):
        _, err = office(*args, code=1)
        assert "是文件夹" in err, (args, err)
        _chinese_only(err)
    for args in (["export", "units", str(blocker / "a.xlsx")],
                 ["print", "archive-list", "-o", str(blocker / "a.pdf")]):
        _, err = office(*args, code=1)
        assert "无法写入" in err, (args, err)
        _chinese_only(err)


def test_restoring_a_folder_or_another_file_says_it_is_no_backup(office, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    text = tmp_path / "notes.db"
    text.write_text("not a database at all " * 100)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)").connection.commit()
    for source in (folder, text, other):
        _, err = office("restore", str(source), code=1)
        assert "不是 OfficeDesk 的备份文件" in err, (source, err)
        _chinese_only(err)


# ---------------------------------------------------------------- 3. a refused init leaves nothing


def _left(tmp_path: Path, name: str) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(name))


@pytest.mark.parametrize("args", [
    ["--org", "", "--code", "x", "--password", "Admin12345"],
    ["--org", "某办", "--code", "", "--password", "Admin12345"],
    ["--org", "某办", "--code", "x", "--password", "short"],
    ["--org", "某办", "--code", "x", "--password", "Admin12345", "--admin", ""],
    ["--org", "某办", "--code", "x", "--password", "Admin12345", "--app-role", "x"],
])
def test_a_refused_init_leaves_no_database_behind(run, tmp_path, args):
    _, err = run("init", *args, code=1, db=str(tmp_path / "f5.db"))
    assert err.strip()
    assert _left(tmp_path, "f5.db") == []
    _, err = run("stats", code=1, db=str(tmp_path / "f5.db"))
    assert "不存在" in err


def test_a_refused_init_on_an_empty_file_leaves_it_empty(run, tmp_path):
    """An empty file (made beforehand, or left by a copy that failed) is no database yet: a
    refused init leaves it as it found it, not holding the tables of an office never set up."""
    empty = tmp_path / "e.db"
    empty.touch()
    _, err = run("init", "--org", "某办", "--code", "x", "--password", "short", code=1, db=str(empty))
    assert err.strip()
    assert empty.stat().st_size == 0
    assert _left(tmp_path, "e.db") == ["e.db"]
    out, _ = run("init", "--org", "某办", "--code", "x", "--password", "Admin12345", db=str(empty))
    assert "已建立" in out


def test_app_role_on_sqlite_is_refused_before_anything_is_made(run, tmp_path):
    out, err = run("init", "--org", "某办", "--code", "x", "--app-role", "x", code=1,
                   db=str(tmp_path / "r.db"))
    assert "已建立" not in out and "只用于 PostgreSQL" in err
    assert _left(tmp_path, "r.db") == []


# ---------------------------------------------------------------- 4. sqlite URLs are files


@pytest.mark.parametrize("spelled", ["sqlite:///{}", "{}"])
def test_a_sqlite_url_is_checked_like_its_file(run, tmp_path, spelled):
    _, err = run("stats", code=1, db=spelled.format("x2.db"))
    assert "不存在" in err
    assert _left(tmp_path, "x2.db") == []


@pytest.mark.parametrize("db", [":memory:", "sqlite:///:memory:", "sqlite://"])
def test_an_in_memory_database_is_refused_for_everyday_commands(run, db):
    _, err = run("stats", code=1, db=db)
    assert "--db 给出数据库文件的路径" in err


# ---------------------------------------------------------------- 5. no password in messages


@pytest.mark.parametrize("address, said", [
    ("postgresql://u:secret@127.0.0.1:1/db", "无法连接数据库服务器"),
    ("postgresql://u:secret@nohost.invalid:5432/db", "找不到数据库服务器"),
    ("postgresql://u:secret@127.0.0.1:99999/db", "端口号不对"),
    ("postgresql://u:secret@127.0.0.1:1", "数据库地址不完整"),
])
def test_a_postgresql_address_is_shown_without_its_password(run, address, said):
    pytest.importorskip("psycopg2")
    _, err = run("stats", code=1, db=address)
    assert "secret" not in err and said in err, err
    for english in ("could not", "out of range", "must be initialized"):
        assert english not in err


def test_migrate_to_hides_the_password_of_its_target(office):
    pytest.importorskip("psycopg2")
    out, err = office("migrate-to", "postgresql://u:secret@127.0.0.1:1/db", code=1)
    assert "secret" not in out + err and "u:***@127.0.0.1" in out + err


def test_mask_url():
    assert store_db.mask_url("postgresql://u:p%40ss@h:5/d") == "postgresql://u:***@h:5/d"
    assert store_db.mask_url("postgresql://u@h/d") == "postgresql://u@h/d"
    assert store_db.mask_url("office.db") == "office.db"


# a password with every character an address gives a meaning to, its letters all distinct
SPECIAL = "Zq@Xw:Yv/Ut#Sr%Pq?Ok&Nm"
SPECIAL_ENCODED = "Zq%40Xw%3AYv%2FUt%23Sr%25Pq%3FOk%26Nm"


@pytest.mark.parametrize("address", [
    f"postgresql://odsp:{SPECIAL}@db.office:5432/officedesk",
    f"postgresql://odsp:{SPECIAL_ENCODED}@db.office:5432/officedesk",
    f"postgresql://odsp:{SPECIAL}@db.office/officedesk?sslmode=require",
    f"postgres://odsp:{SPECIAL}@db.office",
    f"postgresql://db.office/officedesk?user=odsp&password={SPECIAL_ENCODED}",
])
def test_mask_url_shows_no_part_of_any_password(address):
    shown = store_db.mask_url(address)
    for piece in ("Zq", "Xw", "Yv", "Ut", "Sr", "Pq", "Ok", "Nm"):
        assert piece not in shown, shown
    assert "odsp" in shown or "user=odsp" in shown
    assert "db.office" in shown


def test_a_percent_encoded_password_reaches_the_server_decoded():
    """As psql reads the address: user name, password and database name percent-decoded."""
    pytest.importorskip("psycopg2")
    database = store_db.make_database(f"postgresql://od%40sp:{SPECIAL_ENCODED}@db.office:5432/office%20desk")
    assert database.connect_params["password"] == SPECIAL
    assert database.connect_params["user"] == "od@sp"
    assert database.database == "office desk"


def test_a_password_that_is_not_percent_encoded_is_refused_with_how_to_write_it(run):
    pytest.importorskip("psycopg2")
    _, err = run("stats", code=1, db=f"postgresql://odsp:{SPECIAL}@127.0.0.1:1/officedesk")
    for piece in ("Zq", "Xw", "Yv", "Ut", "Sr", "Pq", "Ok", "Nm"):
        assert piece not in err, err
    assert "百分号编码" in err and "p%40ss%3Aw%2Frd" in err, err


# ---------------------------------------------------------------- 6. a duplicate in Chinese


def test_a_duplicate_is_said_in_chinese(office):
    # a unit's name is refused by core before the database is asked (core.directory); a room's
    # is the database's unique index, said in Chinese
    office("add", "units", "单位名称=测试单位甲")
    _, err = office("add", "units", "单位名称=测试单位甲", code=1)
    assert "测试单位甲" in err and "单位名称" in err, err
    office("add", "rooms", "名称=第一会议室")
    _, err = office("add", "rooms", "名称=第一会议室", code=1)
    assert "“第一会议室”" in err and "UNIQUE" not in err and "constraint" not in err, err


def test_a_postgresql_duplicate_names_field_and_value():
    exc = Exception('duplicate key value violates unique constraint "job_rank_sort_order"\n'
                    "DETAIL:  Key (sort_order)=(3) already exists.")
    message = db_errors.translate_error(exc).message
    assert "排序相同的职级“3”" in message  # the FieldSpec label (registry.register)
    unknown = db_errors.translate_error(Exception("UNIQUE constraint failed: other.thing")).message
    assert "已有相同的记录" in unknown and "UNIQUE" not in unknown


# ---------------------------------------------------------------- 7. plain output in Chinese

PETITION = ["add", "petitions", "信访形式=来信", "信访人=张某某", "问题类别=劳动社保",
            "反映内容=反映某企业拖欠工资三个月"]


def _no_english_keys(text: str) -> None:
    import re

    assert not re.search(r"(^|\s)[A-Za-z_]+：", text, re.MULTILINE), text


def test_demo_and_stats_speak_chinese_and_stats_is_short(office):
    out, _ = office("demo", "--size", "5")
    _no_english_keys(out)
    assert "用户账号：" in out
    out, _ = office("stats")
    _no_english_keys(out)
    assert len(out.splitlines()) < 80, len(out.splitlines())
    assert "信访：" in out and "stats --json" in out


def test_add_names_the_possible_repeats_in_chinese(office):
    office(*PETITION)
    out, _ = office(*PETITION)
    _no_english_keys(out)
    assert "可能重复的信访（id）：1" in out, out


# ---------------------------------------------------------------- 8. options anywhere, Chinese usage


def test_options_may_come_before_or_between_the_field_pairs(office):
    out, _ = office("users", "add", "t6", "--password", "abcdefgh1", "姓名=测试六", "角色=科员",
                     "密级=公开")
    assert "t6" in out
    out, _ = office("add", "units", "--json", "单位名称=甲单位", "简称=甲")
    assert '"registry": "units"' in out


@pytest.mark.parametrize("argv", [["--db"], ["--lang", "xx"]])
def test_a_bad_window_option_is_a_chinese_usage_error(argv, capsys):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "用法：officedesk" in err and "usage:" not in err and "error:" not in err, err


# ---------------------------------------------------------------- 3. a backup never destroys a file


def test_a_backup_over_an_existing_file_is_refused_unless_forced(office, tmp_path):
    other = tmp_path / "other.db"  # another office's database, or an earlier backup
    sqlite3.connect(other).execute("create table precious (x)").connection.commit()
    before = other.read_bytes()
    _, err = office("backup", str(other), code=1)
    assert "已存在" in err and "--force" in err and "没有备份" in err, err
    assert other.read_bytes() == before
    out, _ = office("backup", str(other), "--force")
    assert "已备份到" in out
    _still_a_database(other)


def test_a_backup_under_another_kind_of_name_is_refused(office, tmp_path):
    word = tmp_path / "重要.docx"
    word.write_bytes(b"PK\x03\x04 a word document")
    for target in (word, tmp_path / "新.docx", tmp_path / "备份"):
        _, err = office("backup", str(target), "--force", code=1)
        assert ".db" in err and "没有备份" in err, (target, err)
        _chinese_only(err)
    assert word.read_bytes() == b"PK\x03\x04 a word document"
    assert not (tmp_path / "新.docx").exists() and not (tmp_path / "备份").exists()


# ---------------------------------------------------------------- 1b. never over a device or pipe


@pytest.mark.parametrize(("command", "name"), [
    (["print", "archive-list", "-o"], "out.pdf"),
    (["export", "units"], "out.xlsx"),
    (["template", "units"], "out.xlsx"),
    (["backup"], "out.db"),
])
def test_no_output_replaces_a_device_or_a_pipe(office, tmp_path, command, name):
    """`export petitions /dev/full` said 已导出 and, run as root, put a workbook where the device
    was (the write goes to a temporary file that then replaces the target). A target that is not
    a regular file is refused, left as it was."""
    pipe = tmp_path / name
    os.mkfifo(pipe)
    with _drained(pipe):  # a writer that opens it does not wait for ever (the old code did)
        _, err = office(*command, str(pipe), code=1)
    assert "不是普通文件" in err and "没有写出" in err, err
    assert stat.S_ISFIFO(pipe.stat().st_mode)


@contextlib.contextmanager
def _drained(pipe: Path):
    """A reader on the pipe while the command runs, reading whatever is written to it."""

    def drain() -> None:
        with open(pipe, "rb") as reader:  # waits for a writer
            while reader.read(65536):
                pass

    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    try:
        yield
    finally:
        with contextlib.suppress(OSError):  # none came: let the reader go
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)


@pytest.mark.parametrize("name", ["CON.xlsx", "nul.xlsx", "COM1.xlsx", "lpt9.xlsx"])
def test_a_windows_device_name_is_refused_everywhere(office, tmp_path, name):
    _, err = office("export", "units", str(tmp_path / name), code=1)
    assert "Windows 设备名" in err and "没有写出" in err, err
    assert not (tmp_path / name).exists()
