"""A backup is looked at before a restore is asked for: its office, its time and its records per
registry; a file that is no backup is refused, as the restore would refuse it, and so is a
user who may not restore."""

from __future__ import annotations

import pytest

from officedesk.core import accounts, backups, records, restore_preview
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.directory import ROOMS, UNITS
from officedesk.core.errors import DatabaseError, PermissionDeniedError
from officedesk.store.models import AuditEntry


def test_a_backup_is_described_by_office_time_and_records(db, tmp_path):
    accounts.first_run_setup("云州市委办公室", "云委办", "admin", "Admin-pass-2026")
    for name in ("办公室", "秘书科", "信访科"):
        records.create(UNITS, {"单位名称": name}, CLI_ACTOR)
    records.create(ROOMS, {"名称": "第一会议室", "容量": "30"}, CLI_ACTOR)
    made = backups.backup(CLI_ACTOR, tmp_path / "copy.db")
    records.create(UNITS, {"单位名称": "督查科"}, CLI_ACTOR)  # after the backup: not in it
    seen = restore_preview.preview(CLI_ACTOR, made.path)
    assert (seen.office, seen.code) == ("云州市委办公室", "云委办")
    assert seen.counts[UNITS.label] == 3 and seen.counts[ROOMS.label] == 1
    assert "收文" not in seen.counts  # a registry with nothing in the backup is not listed
    # what the backup knows up to: its last entry, the backup's own (not the unit added since)
    assert seen.taken_at == AuditEntry.get(AuditEntry.action == "backup").at


def test_a_text_file_named_db_is_refused_before_anything_is_asked(db, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(DatabaseError, match="不是 OfficeDesk 的备份文件"):
        restore_preview.preview(CLI_ACTOR, bad)


def test_only_an_administrator_is_shown_a_backup(db, tmp_path):
    made = backups.backup(CLI_ACTOR, tmp_path / "copy.db")
    with pytest.raises(PermissionDeniedError):
        restore_preview.preview(Actor(username="x", role="clerk", clearance=3), made.path)
