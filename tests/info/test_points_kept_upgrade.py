"""A database kept before the 得分 was kept for every item (its 不采用 and waiting items at 0,
audited so) is brought up to date once, when it is opened by this program: migration 23 counts
every item's 得分 as the ranking does, audited as the system's change; a second opening changes
nothing and writes no audit entry, and `check` passes."""

from __future__ import annotations

import pytest

from officedesk.core import check, info
from officedesk.core.info import points_kept, scoring
from officedesk.store import db as store_db
from officedesk.store import migrations
from officedesk.store.info import InfoItem
from officedesk.store.models import AuditEntry

from .test_scoring import year  # noqa: F401  (the fixture)


@pytest.fixture
def kept_at_zero(db, request):
    """The `year` of items as the program before schema 23 wrote them: no 得分 kept, the rows
    audited so; schema 23 not applied yet."""
    rules, after = list(info.SPEC.rules), list(info.SPEC.after_change)
    info.SPEC.rules[:] = [r for r in rules if r is not points_kept._score_on_create]
    info.SPEC.after_change[:] = [f for f in after if f is not points_kept._score_follows]
    try:
        request.getfixturevalue("year")
    finally:
        info.SPEC.rules[:], info.SPEC.after_change[:] = rules, after
    db.execute_sql("delete from schema_version where version >= 23")  # 23 and those after it
    kept = {i.title: i.score for i in InfoItem.select()}
    assert kept["甲局04-08"] == 0 and kept["乙镇05-20"] == 0  # 不采用 and waiting: none kept
    assert [p.kind for p in check.run_checks()] == [check.SCHEMA]  # sound but for the version
    return db


def _audit_count() -> int:
    return AuditEntry.select().count()


def test_an_old_database_gets_its_points_once_audited_as_the_system(kept_at_zero, tmp_path):
    before = _audit_count()
    off = [i.id for i in InfoItem.select() if i.score != scoring.item_points(i)]
    assert len(off) >= 2
    # the schema migrations first, then 23, which goes through core (its models are the newest)
    assert sorted(migrations.migrate(kept_at_zero, backup=lambda db, version: None)) == [n for n, _name in migrations.MIGRATIONS if n >= 23]
    items = list(InfoItem.select())
    assert all(i.score == scoring.item_points(i) for i in items)
    by_title = {i.title: i.score for i in items}
    assert by_title["甲局04-08"] == 1 and by_title["乙镇05-20"] == 1  # 不采用 and waiting: 报送
    assert by_title["丙乡03-20"] == 0  # the voided one has none
    written = list(AuditEntry.select().order_by(AuditEntry.id))[before:]
    assert sorted(e.record_id for e in written) == sorted(off)
    assert {(e.actor, e.registry) for e in written} == {("system", "info")}
    assert all("重算得分" in e.summary for e in written)
    assert check.run_checks() == []
    # opened again: nothing to do, nothing written
    path = str(kept_at_zero.database)
    store_db.close_database()
    store_db.open_database(path)
    assert _audit_count() == before + len(off)
    assert points_kept.recompute(points_kept.SYSTEM) == 0
    assert check.run_checks() == []


def test_a_new_database_is_brought_up_to_date_with_nothing_written(db):
    assert migrations.current_version(db) == migrations.LATEST >= 23
    assert _audit_count() == 0
