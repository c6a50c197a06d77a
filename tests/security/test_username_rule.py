"""A 用户名 is what a clerk types at the log-in box and gives to `--as`: letters (汉字 too),
digits and _ . -, beginning with a letter or digit. One with a space or punctuation ("bad user!")
was taken and could then not be given to `--as` nor typed reliably; it is refused, saying what is
allowed, in the window and on the command line alike (core). Users made before keep working."""

from __future__ import annotations

import pytest

from officedesk import cli
from officedesk.core import passwords, users
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.models import User

PASSWORD = "pass-1234"


@pytest.fixture(autouse=True)
def _quick_hashes(monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)


@pytest.mark.parametrize("name, said", [
    ("bad user!", "空格"), ("zhang!", "“!”"), ("li@office", "“@”"), ("张三/李四", "“/”"),
    ("-zs", "不能以“-”开头"), (".zs", "不能以“.”开头"), ("_zs", "不能以“_”开头"),
])
def test_a_username_with_a_space_or_punctuation_is_refused(db, name, said):
    with pytest.raises(ValidationError) as refused:
        users.create_user(name, PASSWORD, "clerk", CLI_ACTOR, display_name="张三")
    message = refused.value.message
    assert said in message and "只能由汉字、字母、数字和 _ . - 组成" in message, message
    assert refused.value.field == "username"
    assert not User.select().where(User.username == name).exists()


@pytest.mark.parametrize("name", ["zhangsan", "zs01", "ZhangSan", "张三", "li.ming", "wang_wu-2", "0731"])
def test_pinyin_numbers_and_chinese_names_are_taken(db, name):
    assert users.create_user(name, PASSWORD, "clerk", CLI_ACTOR, display_name="张三").username == name


def test_the_command_line_refuses_before_asking_a_password(db, capsys, monkeypatch):
    monkeypatch.delenv("OFFICEDESK_USER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda *_: pytest.fail("asked for a password"))
    assert cli.main(["--db", str(db.database), "users", "add", "bad user!", "姓名=张三",
                     "角色=科员", "密级=公开"]) == 1
    err = capsys.readouterr().err
    assert "用户名“bad user!”中有空格" in err and "zhangsan" in err and "Traceback" not in err, err
    assert not User.select().where(User.username == "bad user!").exists()


def test_init_refuses_such_an_administrator_name(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path / "home"))
    target = tmp_path / "o.db"
    code = cli.main(["--db", str(target), "init", "--org", "某办", "--code", "某办", "--admin", "my admin",
                     "--password", "Admin-pass-2026"])
    assert code == 1 and "用户名“my admin”中有空格" in capsys.readouterr().err
    assert not target.exists()


def test_a_user_made_before_keeps_working(db):
    users.create_user("oldname", PASSWORD, "clerk", CLI_ACTOR, display_name="老用户")
    User.update(username="old name").where(User.username == "oldname").execute()  # an older version's
    assert users.authenticate("old name", PASSWORD).username == "old name"
    assert users.set_display_name("old name", "老用户甲", CLI_ACTOR).display_name == "老用户甲"
