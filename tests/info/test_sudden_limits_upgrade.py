"""Migration 25: 突发事件报送时限 kept by a program before their checks are mended once, so that
the levels the office set are not lost to the default (a kept text the checks refuse reads as
the default): a level left out, or limits that mean nothing, take the default's; audited as the
system's change; a second opening changes nothing."""

from __future__ import annotations

import json

from officedesk.core import check, settings
from officedesk.core.info import limits
from officedesk.store import db as store_db
from officedesk.store import migrations
from officedesk.store.models import AppSetting, AuditEntry

KEY = limits.SUDDEN_LIMITS.key


def _keep(text: str) -> None:
    """The setting as a program before the checks stored it."""
    AppSetting.insert(key=KEY, value=json.dumps(text, ensure_ascii=False)).on_conflict(
        conflict_target=[AppSetting.key], update={AppSetting.value: json.dumps(text)}).execute()
    settings.forget_cache()


def test_limits_kept_before_the_checks_are_mended_once(db):
    _keep("特别重大=15,30\n重大=20,45\n较大=-30,0")
    assert settings.get(KEY) == limits.SUDDEN_LIMITS.default  # read as the default: 15,30 lost
    db.execute_sql("delete from schema_version where version >= 25")
    before = AuditEntry.select().count()
    assert 25 in migrations.migrate(db, backup=lambda database, version: None)
    assert settings.get(KEY) == "特别重大=15,30\n重大=20,45\n较大=30,60\n一般=60,120"
    [entry] = list(AuditEntry.select().order_by(AuditEntry.id))[before:]
    assert entry.actor == "system" and "数据库升级" in entry.summary
    assert check.run_checks() == []
    path = str(db.database)
    store_db.close_database()
    store_db.open_database(path)
    assert AuditEntry.select().count() == before + 1


def test_what_passes_the_checks_or_was_never_read_is_left_as_kept():
    assert limits.mended(limits.SUDDEN_LIMITS.default) is None
    assert limits.mended("较大=三十") is None  # read as the default before too
    assert limits.mended("较大=30，60") == "特别重大=30,60\n重大=30,60\n较大=30,60\n一般=60,120"
    assert limits.mended("一般=120,60\n特别重大=10,20") == (
        "特别重大=10,20\n重大=30,60\n较大=30,60\n一般=60,120")
