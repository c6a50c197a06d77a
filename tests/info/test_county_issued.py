"""A 县级采用 (an item used in the office's own periodical) counts once its issue is 印发, on the
印发 date: placing an item in an issue still being edited counts nothing, and voiding it out of
that issue takes nothing counted away. A database kept before (migration 27) is recounted by its
issues' 印发 state and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, info, lifecycle, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import issued, periodicals, points_kept, scoring
from officedesk.store import migrations
from officedesk.store.info import InfoAction, InfoItem

D = dt.date


def _unit(period, unit):
    found = [s for s in scoring.ranking(CLI_ACTOR, period)[1] if s.unit == unit]
    return (found[0].reported, found[0].adopted["县"], found[0].points) if found else None


def test_placing_counts_nothing_until_the_issue_is_issued_on_its_day(
        report, advance, admin, fixed_today):
    fixed_today(D(2026, 6, 30))
    kept = advance(report(unit="甲局", reported_at="2026-01-05 09:00"), on=D(2026, 1, 6))
    voided = advance(report(unit="甲局", reported_at="2026-01-06 09:00"), on=D(2026, 1, 7))
    assert kept.issue == voided.issue
    # placed in an issue being edited: the 报送 points only, no 县级采用
    assert _unit("2026", "甲局") == (2, 0, 2)
    assert kept.score == 1 and kept.adopted == "" and kept.adopted_level == ""
    # voided out of the issue before 印发: only its own 报送 goes, nothing else counted moves
    lifecycle.void_record("info", voided.id, admin, "重复登记")
    assert _unit("2026", "甲局") == (1, 0, 1)
    periodicals.publish(kept.issue, admin, on=D(2026, 2, 3))
    # counted on the 印发 day: in February, not in January when it was placed
    assert _unit("2026-01", "甲局") == (1, 0, 1)
    assert _unit("2026-02", "甲局") == (0, 1, 3)
    after = info.get(kept.id, admin)
    assert after.score == 1 + 3 and after.adopted_level == "县"
    assert after.adopted == "县级：每日要情 2026年第1期（2026-02-03）"
    assert scoring.item_points(after) == after.score  # the item's 得分 and the ranking agree
    assert info.get(voided.id, admin).score == 0
    assert check.run_checks() == []


@pytest.fixture
def kept_before(db, report, advance, issue_out, admin, fixed_today):
    """Two items as the program before schema 27 kept them: 县级采用 counted at 编发 (3 points,
    采用情况 dated the 编发 day), no row written at 印发. 甲局's issue was 印发 on 2/2; 乙镇's
    still waits. Schema 27 not applied yet."""
    fixed_today(D(2026, 6, 30))
    hooks, after = list(periodicals.ISSUED_HOOKS), list(info.SPEC.after_change)
    periodicals.ISSUED_HOOKS[:] = []
    try:
        a = issue_out(advance(report(unit="甲局", reported_at="2026-01-05 09:00"),
                              on=D(2026, 1, 6)), D(2026, 2, 2))
        b = advance(report(unit="乙镇", reported_at="2026-01-08 09:00"), on=D(2026, 1, 9))
        info.SPEC.after_change[:] = [f for f in after if f is not points_kept._score_follows]
        for item, day in ((a, "2026-01-06"), (b, "2026-01-09")):
            old = {"score": 4, "adopted_level": "县",
                   "adopted": f"县级：{item.issue_label}（{day}）"}
            records.save_changes(info.SPEC, item, old, item.version, admin, action="step",
                                 summary="编发（旧版本计分）")
    finally:
        periodicals.ISSUED_HOOKS[:], info.SPEC.after_change[:] = hooks, after
    db.execute_sql("delete from schema_version where version >= 27")
    assert _unit("2026", "乙镇") == (1, 0, 1)  # this program's count already
    return a, b


def test_an_old_database_is_recounted_by_its_issues_issued_dates(kept_before, db):
    a, b = kept_before
    assert sorted(migrations.migrate(db, backup=lambda db, version: None)) == list(
        range(27, migrations.LATEST + 1))
    a, b = InfoItem.get_by_id(a.id), InfoItem.get_by_id(b.id)
    assert (a.score, a.adopted) == (4, "县级：每日要情 2026年第1期（2026-02-02）")
    assert (b.score, b.adopted, b.adopted_level) == (1, "", "")  # its issue never went out
    counted = InfoAction.get((InfoAction.item == a.id) & (InfoAction.content == scoring.ISSUED))
    assert (counted.kind, counted.level, counted.on) == ("采用", "县", D(2026, 2, 2))
    assert _unit("2026-01", "甲局") == (1, 0, 1) and _unit("2026-02", "甲局") == (0, 1, 3)
    assert check.run_checks() == []
    assert issued.recount(points_kept.SYSTEM) == 0  # once: a second count changes nothing
    assert InfoAction.select().where(InfoAction.content == scoring.ISSUED).count() == 1
