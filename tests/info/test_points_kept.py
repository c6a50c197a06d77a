"""The 得分 of each item and the ranking are the same points (scoring.event_points), each by the
table in force on its day; a change of the 计分标准 never alters what was counted before today
(a 信息工作通报 once issued stands): a new table is written from a day on."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from officedesk.core import info, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ValidationError
from officedesk.core.info import scoring
from officedesk.exchange.writing import export_values
from officedesk.store.info import InfoItem

from .test_scoring import year  # noqa: F401  (the fixture)

D = dt.date
DEFAULT = settings.setting(scoring.POINTS.key).default


def _ranking(period="2026"):
    return {s.unit: s.points for s in scoring.ranking(CLI_ACTOR, period)[1]}


def _exported_points(admin):
    """Each unit's 得分 as `export info` writes them, added up."""
    labels = [f.label for f in info.SPEC.exchange_fields()]
    sums: Counter[str] = Counter()
    for item in InfoItem.select():
        row = dict(zip(labels, export_values(info.SPEC, item, admin), strict=True))
        sums[item.unit] += int(row["得分"] or 0)
    return {unit: n for unit, n in sums.items() if n}


def test_each_item_s_points_add_up_to_its_unit_s_ranking(year, admin):  # noqa: F811
    ranked = _ranking()
    assert ranked == {"乙镇": 35, "甲局": 29, "丙乡": 14}
    stored = Counter()
    for item in InfoItem.select():
        assert item.score == scoring.item_points(item)
        stored[item.unit] += item.score
    assert {u: n for u, n in stored.items() if n} == ranked
    # an item not taken (不采用) and one waiting keep their 报送 point; the voided none
    by_title = {i.title: i for i in InfoItem.select()}
    assert by_title["甲局04-08"].score == 1 and by_title["乙镇05-20"].score == 1
    assert by_title["丙乡03-20"].score == 0
    assert _exported_points(admin) == ranked


def test_a_new_points_table_leaves_what_was_counted(year, admin, fixed_today, report):  # noqa: F811
    before = _ranking()
    with pytest.raises(ValidationError, match="已经计入的得分.*2026-06-30起") as caught:
        settings.put(scoring.POINTS.key, "报送=5\n市级采用=30", admin)
    assert caught.value.field == scoring.POINTS.key
    # nor from a day already counted
    with pytest.raises(ValidationError, match="2026-05-20至2026-06-29"):
        settings.put(scoring.POINTS.key, DEFAULT + "\n2026-05-20起：\n报送=5", admin)
    assert settings.get(scoring.POINTS.key) == DEFAULT and _ranking() == before
    settings.put(scoring.POINTS.key, DEFAULT + "\n2026-07-01起：\n报送=5", admin)
    assert _ranking() == before and scoring.points()["报送"] == 1
    fixed_today(D(2026, 7, 3))  # the day after: 09:00 of today was still to come before 09:00
    late = report(unit="甲局", title="甲局07-02", reported_at="2026-07-02 09:00")
    assert late.score == 5 and scoring.points()["报送"] == 5
    assert _ranking("2026-Q3") == {"甲局": 5}
    assert _ranking("2026") == before | {"甲局": before["甲局"] + 5}
    assert _ranking("2026-Q1") == {"乙镇": 34, "甲局": 28, "丙乡": 14}
    assert scoring.table_on(D(2026, 6, 30))["报送"] == 1


def test_a_table_changed_before_anything_was_scored_applies_throughout(db, admin):
    settings.put(scoring.POINTS.key, "报送=2\n批示=4", admin)
    assert scoring.points() == {**dict.fromkeys(scoring.POINT_KEYS, 0), "报送": 2, "批示": 4}
    with pytest.raises(ValidationError, match="2025-12-01起.*晚于前一段"):
        scoring.versions("报送=1\n2026-01-01起：\n报送=2\n2025-12-01起：\n报送=3")


def test_scores_kept_before_are_recomputed(year, admin):  # noqa: F811
    from officedesk.core.info import points_kept

    InfoItem.update(score=0).execute()  # as an older version kept the items not scored yet
    assert points_kept.recompute(admin) == 6  # the voided one stays 0
    assert sum(i.score for i in InfoItem.select()) == sum(_ranking().values())
    assert points_kept.recompute(admin) == 0


def test_a_table_kept_before_its_checks_counted_as_the_default(year, admin):  # noqa: F811
    import json

    from officedesk.store.models import AppSetting

    # a value kept before the table's reader refused it
    AppSetting.insert(key=scoring.POINTS.key, value=json.dumps("特别奖=5")).on_conflict(
        conflict_target=[AppSetting.key], update={AppSetting.value: json.dumps("特别奖=5")}).execute()
    settings.forget_cache()
    assert scoring.points()["报送"] == 1  # read as the default
    settings.put(scoring.POINTS.key, DEFAULT + "\n2026-07-01起：\n报送=5", admin)
    assert scoring.table_on(D(2026, 7, 1))["报送"] == 5


def test_every_score_kept_is_a_change_the_audit_trail_holds(year, admin, fixed_today):  # noqa: F811
    """An item's 得分 follows its steps, its 作废 and a new 计分标准 as saves of the registry:
    `check` finds every item as its audit trail says (a new table's recount wrote the 得分
    beside the trail, and check called the items changed outside the program)."""
    from officedesk.core import audit
    from officedesk.core.check import run_checks

    assert not [p for p in run_checks() if "记录内容" in str(p)]
    settings.put(scoring.POINTS.key, DEFAULT + "\n2026-06-30起：\n报送=3\n市级采用=12", admin)
    assert not [p for p in run_checks() if "记录内容" in str(p)], [str(p) for p in run_checks()]
    recounted = [e for item in InfoItem.select() for e in audit.history("info", item.id, admin)
                 if "重算得分" in e.summary]
    assert recounted  # each recounted item says so in its history
