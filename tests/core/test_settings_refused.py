"""A setting the table keeps outside what its declaration accepts — from before a bound was
added, imported, or written by hand — reads as its default, never as itself nor stretched to
the bound; `check` names each with the command that puts it right, and the dialog can save the
right value over it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from officedesk.core import check, clock, settings, settings_refused
from officedesk.core.actor import CLI_ACTOR
from officedesk.declared_settings import declare_all
from officedesk.store.models import AppSetting

declare_all()

CLOSE_DAYS = "efficiency.complaint.close_days"
KEPT = [  # key, the value an old database keeps, what its declaration says of it
    (CLOSE_DAYS, 0, "1 到 365"),
    (CLOSE_DAYS, 100000, "1 到 365"),
    ("documents.circulation_days", -3, "1 到 365"),
    ("print.line_pitch_pt", 55.0, "20 到 40"),  # a fraction out of its range
    ("deadlines.day_kind", "weekdays", "calendar、working"),  # a choice it does not offer
    ("print.red_rule_star", "maybe", "是 或 否"),  # a yes/no
    ("calendar.entered_years", "二〇二七", "年份"),  # years, by the setting's own check
    ("info.points", "abc", "看不懂"),  # a table of its own syntax
]


def kept(key, value):
    """The value written straight into the table, as an old database has it."""
    AppSetting.insert(key=key, value=json.dumps(value, ensure_ascii=False)).on_conflict(
        conflict_target=[AppSetting.key], update={AppSetting.value: json.dumps(value)}).execute()
    settings.forget_cache()


@pytest.mark.parametrize(("key", "value", "said"), KEPT)
def test_a_kept_value_its_declaration_refuses_reads_as_the_default(db, key, value, said):
    kept(key, value)
    assert settings.get(key) == settings.setting(key).default
    [item] = settings_refused.refused()
    assert (item.key, item.stored, item.read) == (key, value, settings.setting(key).default)
    assert said in item.reason


def test_a_complaint_registered_under_a_zero_day_limit_gets_the_default_twenty(db):
    from officedesk.core import workdays
    from officedesk.core.efficiency import complaints

    settings.put("org.name", "中共某某县委办公室")
    settings.put("org.code", "某委办")
    day = dt.date(2025, 12, 15)
    clock.set_today(day)
    try:
        kept(CLOSE_DAYS, 0)
        record = complaints.register_complaint(
            {"投诉方式": "电话", "登记日期": day.isoformat(), "投诉人": "钱女士", "联系电话": "13912345678",
             "被投诉单位": "县自然资源局", "被投诉人": "吴某某", "投诉类别": "办事拖拉",
             "投诉内容": "不动产登记两周未办结。"}, CLI_ACTOR)
    finally:
        clock.set_today(None)
    assert record.due_on == workdays.add_working_days(day, 20) != day


def test_check_names_every_refused_setting_with_the_command_that_mends_it(db):
    for key, value in [(CLOSE_DAYS, 0), ("deadlines.day_kind", "weekdays"), ("info.points", "abc")]:
        kept(key, value)
    settings.put("documents.circulation_days", 3)  # kept right: not named
    lines = [str(p.message) for p in check.check_settings() if "不被接受" in str(p.message)]
    assert len(lines) == 3, lines
    close = next(line for line in lines if CLOSE_DAYS in line)
    assert "保存的值 0" in close and "1 到 365" in close and "默认值“20”" in close
    assert f"officedesk settings {CLOSE_DAYS} 20" in close
    assert "officedesk settings deadlines.day_kind calendar" in next(line for line in lines if "day_kind" in line)
    assert "officedesk settings info.points $'报送=1\\n" in next(line for line in lines if "info.points" in line)


def test_the_command_check_gives_mends_it(db):
    kept(CLOSE_DAYS, 0)
    [item] = settings_refused.refused()
    settings.put(CLOSE_DAYS, settings_refused.shown(item.read), CLI_ACTOR)
    assert settings_refused.refused() == [] and settings.get(CLOSE_DAYS) == 20


def test_a_value_shown_as_its_default_is_saved_over_what_was_kept(db):
    """The dialog read the default for a refused 0: saving 30 over it is no other
    administrator's change (it was refused as one, and the 0 stayed)."""
    kept(CLOSE_DAYS, 0)
    shown = settings.get(CLOSE_DAYS)
    settings.put_many({CLOSE_DAYS: 30}, CLI_ACTOR, expected={CLOSE_DAYS: shown})
    assert settings.get(CLOSE_DAYS) == 30 and settings_refused.refused() == []


def test_a_value_written_by_hand_as_no_json_is_read_told_and_mended(db):
    """`0天` typed into the table by hand: read as the default, named by `check`, and a change
    over it is made (it was a traceback: the old value was read as JSON)."""
    AppSetting.insert(key=CLOSE_DAYS, value="0天").execute()
    settings.forget_cache()
    assert settings.get(CLOSE_DAYS) == 20
    [item] = settings_refused.refused()
    assert item.stored == "0天" and "不是程序写下的格式" in item.reason
    settings.put(CLOSE_DAYS, 25, CLI_ACTOR)
    assert settings.get(CLOSE_DAYS) == 25 and settings_refused.refused() == []


@pytest.mark.parametrize(("key", "value"), [("info.points", "abc"), ("info.sudden.limits", "较大=三十")])
def test_a_table_kept_unreadable_is_mended_by_a_change(db, key, value):
    """What follows a change of a table (信息得分 recounted, 突发事件 limits kept for the events
    judged by them) gets the table the program read — the default — not the unreadable text
    (its parser refused the mend)."""
    kept(key, value)
    wanted = settings.setting(key).default.replace("1", "2", 1)
    settings.put(key, wanted, CLI_ACTOR)
    assert settings.get(key) == wanted and settings_refused.refused() == []


def test_storing_the_default_over_a_refused_value_changes_nothing_it_read(db):
    """“weekdays” was read as 自然日 all along: storing calendar over it is audited, but no
    petition's limits are recounted and nobody is told they were (“已改为按自然日计算”)."""
    kept("deadlines.day_kind", "weekdays")
    assert settings.put("deadlines.day_kind", "calendar", CLI_ACTOR) == []
    assert settings_refused.refused() == []
    assert settings.put("deadlines.day_kind", "working", CLI_ACTOR)  # a real change is told
