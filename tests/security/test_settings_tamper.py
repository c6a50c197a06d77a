"""Tamper evidence for the office's settings and 节假日调整: a value edited, a row added or one
deleted in the file outside the program is reported by `check`, naming the setting, its value
and the audit entry it no longer agrees with. Before, only records and users were checked: the
log-in lockout raised to 100 tries, or a working day made a holiday so that every deadline
moved, showed nothing."""

from __future__ import annotations

import datetime as dt

from officedesk.core import check, settings, workdays
from officedesk.core.actor import CLI_ACTOR
from officedesk.store.db import database
from officedesk.store.models import AuditEntry


def _sql(statement: str, *params) -> None:
    database.execute_sql(statement.replace("?", database.param), params)
    settings.forget_cache()
    workdays.forget_overrides()


def _office():
    settings.put("org.name", "中共云岭县委办公室", CLI_ACTOR)
    settings.put("petitions.discipline_organ", "县纪委监委", CLI_ACTOR)
    workdays.set_override(dt.date(2026, 12, 7), True, "值班", CLI_ACTOR)
    assert check.run_checks() == []


def _said(kind="settings"):
    return [p.line for p in check.run_checks(update_anchor=False) if p.kind == kind]


def test_a_setting_edited_in_the_file_is_reported(db):
    _office()
    _sql("update app_setting set value = ? where key = ?", '"县纪委"', "petitions.discipline_organ")
    [said] = _said()
    assert "系统设置“信访：受理检举控告的纪检监察机关名称”（petitions.discipline_organ）现为 “县纪委”" in said
    assert "“县纪委监委” 不符（在程序之外被改动）" in said


def test_a_setting_added_in_the_file_is_reported(db):
    _office()
    _sql("insert into app_setting (key, value) values (?, ?)", "security.lockout_attempts", "100")
    [said] = _said()
    assert "系统设置“连续输错密码几次后锁定”（security.lockout_attempts）没有任何审计记录（在程序之外写入），现为 100" in said


def test_a_setting_deleted_in_the_file_is_reported(db):
    _office()
    _sql("delete from app_setting where key = ?", "petitions.discipline_organ")
    [said] = _said()
    assert "（petitions.discipline_organ）不见了" in said and "“县纪委监委”，在程序之外被删除" in said


def test_a_holiday_added_or_changed_in_the_file_is_reported(db):
    _office()
    _sql("update calendar_override set is_workday = ? where day = ?", False, "2026-12-07")
    [said] = _said()
    assert "节假日调整（2026-12-07）现为 “放假（值班）”" in said
    _sql("insert into calendar_override (day, is_workday, note, created_at, created_by, updated_at,"
         " updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?)", "2026-12-08", False, "",
         "2026-12-01 00:00:00", "x", "2026-12-01 00:00:00", "x", 1)
    assert any("节假日调整（2026-12-08）没有任何审计记录" in said for said in _said())


def test_changes_through_the_program_stay_clean(db):
    _office()
    settings.put("petitions.discipline_organ", "县监委", CLI_ACTOR)
    settings.put("security.lockout_attempts", 6, CLI_ACTOR)
    workdays.remove_override(dt.date(2026, 12, 7), CLI_ACTOR)
    workdays.set_override(dt.date(2026, 12, 8), False, "", CLI_ACTOR)
    from officedesk.exchange import identity

    identity.office_id(create=True)
    assert check.run_checks() == []


def test_a_database_set_up_before_settings_were_audited_is_not_told_of_its_old_rows(db):
    _sql("insert into app_setting (key, value) values (?, ?)", "org.code", '"云委办"')
    from officedesk.core import audit

    audit.record(CLI_ACTOR, "setup", "settings", None, None, {"机关名称": "旧机关"}, "首次运行")
    settings.put("petitions.discipline_organ", "县纪委监委", CLI_ACTOR)
    assert check.run_checks() == []
    _sql("update app_setting set value = ? where key = ?", '"县纪委"', "petitions.discipline_organ")
    assert len(_said()) == 1
    assert AuditEntry.select().count() == 2
