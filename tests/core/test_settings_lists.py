"""List settings (类别, 职务, 签发人 …) are checked when saved, as their readers split them: an
item holding another list mark, too long for its column, written twice, none where one is
needed, or not an item of the list it must come from, is refused in Chinese saying what to do
— by `put`/`put_many`, which the settings dialog and `settings set` call. A value saved before
these checks reads as the default and does not stop the program from starting."""

from __future__ import annotations

import sqlite3

import pytest

import officedesk.core.my_work  # noqa: F401 - declares chain.overview_positions
from officedesk.core import registry, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.store.models import AppSetting
from tests.core.test_settings_values import refused_on_put
from tests.test_cli import Cli

registry.load_all()  # every registry declares its settings

BAD = [
    ("info.categories", "工作动态，经验做法", "信息类别.*“，”.*每行写一个类别"),
    ("info.categories", "\n \n", "信息类别.*至少要有一个类别"),
    ("info.categories", "工作动态\n经验做法\n工作动态", "信息类别.*“工作动态”写了两次"),
    ("info.categories", "县林业局森林防火检查工作专项动态信息类别汇总", "信息类别.*太长.*最多 20 个"),
    ("petitions.categories", "", "信访问题类别.*至少要有一个类别"),
    ("petitions.categories", "征地拆迁；劳动社保", "信访问题类别.*“；”"),
    ("petitions.accusation_categories", "党风廉政\n违纪违法", "违纪违法不在“信访问题类别”中"),
    ("documents.signers", "张三、李四", "可签发其他公文的负责人.*每行写一个姓名"),
    ("documents.principal", "张三，李四", "本机关主要负责人.*只写一个姓名"),
    ("chain.positions", "科员\n科长\n科员\n处长\n副主任\n主任\n副秘书长\n秘书长\n副科长\n副处长",
     "职务表.*“科员”写了两次"),
    ("chain.overview_positions", "主任、局长", "局长不在“职务表"),
]


@pytest.mark.parametrize(("key", "value", "message"), BAD)
def test_a_malformed_list_is_refused_when_saved(db, key, value, message):
    refused_on_put(key, value, message)


@pytest.mark.parametrize(("key", "value"), [
    ("info.categories", "工作动态、经验做法\n突发事件"),
    ("petitions.accusation_categories", ""),
    ("petitions.accusation_categories", "党风廉政"),
    ("documents.signers", "张三\n李四"),
    ("documents.principal", "王主任"),
    ("chain.overview_positions", "主任、副主任"),
])
def test_a_well_formed_list_is_kept(db, key, value):
    settings.put(key, value, CLI_ACTOR)
    settings.forget_cache()
    assert settings.get(key) == value


def test_items_of_another_list_are_checked_on_both_as_saved(db):
    # a category added together with the accusation list naming it: saved in one go
    settings.put_many({"petitions.categories": "党风廉政\n违纪违法\n其他",
                       "petitions.accusation_categories": "党风廉政\n违纪违法"}, CLI_ACTOR)
    # the 职务表 keeps a position the overview names; both changed at once, it goes
    settings.put("chain.overview_positions", "主任、秘书长", CLI_ACTOR)
    table = settings.get("chain.positions").replace("\n秘书长", "")
    with pytest.raises(ValidationError, match="不能去掉“秘书长”"):
        settings.put("chain.positions", table, CLI_ACTOR)
    settings.put_many({"chain.positions": table, "chain.overview_positions": "主任"}, CLI_ACTOR)
    assert "秘书长" not in settings.get("chain.positions").split("\n")


def test_a_list_saved_before_the_checks_reads_as_the_default(db):
    # (an item of another list gone since only stops counting: not read as the default)
    own = [(key, value) for key, value, _message in BAD
           if key not in ("petitions.accusation_categories", "chain.overview_positions")]
    for key, value in own:
        AppSetting.insert(key=key, value=f'"{value}"'.replace("\n", "\\n")).on_conflict_replace().execute()
    settings.forget_cache()
    for key in {key for key, _value in own}:
        assert settings.get(key) == settings.setting(key).default, key


def test_the_program_starts_with_such_values_saved_before(tmp_path):
    cli = Cli.initialised(tmp_path)
    with sqlite3.connect(cli.db) as connection:
        for key, value in (("info.categories", "工作动态，经验做法"), ("documents.signers", "张三、李四"),
                           ("print.font.fangsong", str(tmp_path / "gone.ttf"))):
            connection.execute("insert or replace into app_setting (key, value) values (?, ?)",
                               (key, f'"{value}"'))
    assert "smoke ok" in cli("--smoke").stdout
    assert cli("settings", "documents.signers").stdout.strip() == "（空）"
    refused = cli("settings", "documents.signers", "张三、李四", check=1)  # `settings set`
    assert "每行写一个姓名" in refused.stderr, refused.stderr


@pytest.mark.parametrize("breaks", ["\r", "\u2028", "\x85"])
def test_a_line_break_of_another_kind_parts_items_as_it_parts_lines(db, breaks):
    """A text pasted with a lone carriage return (or a Word line separator) holds two lines: the
    check and the readers part them as lines, as check_signer and the 代字 lines do — not one
    item “县林业局\\r县教育局” listed as a unit that never reports."""
    from officedesk.core.info import reporting_units

    settings.put("info.reporting_units", f"县林业局{breaks}县教育局", CLI_ACTOR)
    assert reporting_units.listed() == ["县林业局", "县教育局"]
    refused_on_put("documents.signers", f"张三{breaks}张三", "“张三”写了两次")


def test_a_list_pasted_with_windows_or_old_mac_line_ends_is_saved_in_lines(db):
    """A list pasted into `settings set` from a Windows text keeps \\r\\n (or a lone \\r): saved
    as it came, a lone \\r joined two names into one, and the settings dialog (which reads the
    lines back without \\r) took the value for changed at each save, writing it again."""
    settings.put("documents.signers", "张三\r\n李四\r王五\r\n", CLI_ACTOR)
    value = settings.get("documents.signers")
    assert "\r" not in value
    assert settings.list_items(value, "\n") == ["张三", "李四", "王五"]
