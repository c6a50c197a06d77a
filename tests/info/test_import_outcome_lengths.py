"""A row's 采用情况 and 领导批示 (import, `add info`) write an 采用's 刊物 and a 批示's leader as
their steps do: no longer than the step takes (采用刊物 80 characters, 批示领导 50), refused
naming the column — they were written whole (30,000 characters on SQLite; on PostgreSQL the
whole import failed on the column's width, naming no row)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import info
from officedesk.core.errors import ValidationError
from officedesk.store.info import InfoAction, InfoItem


def _row(**cells):
    values = {"title": "县林业局扎实开展秋冬季森林防火检查", "unit": "县林业局", "reporter": "李明",
              "category": "工作动态", "reported_at": dt.datetime(2026, 11, 2, 9, 0),
              "content": "近日，县林业局组织检查组开展防火检查。", "state": "已编发",
              "issue_label": "每日要情 2026年第1期", "edited_title": "防火检查",
              "edited_content": "县林业局开展防火检查。"}
    if "adopted" in cells or "adopted_level" in cells:
        values["state"] = "已采用"
    values.update(cells)
    return values


@pytest.mark.parametrize("cells, column", [
    ({"adopted_level": "市", "adopted": "刊" * 81}, "adopted"),
    ({"adopted": f"市级：{'刊' * 81}（2026-11-03）"}, "adopted"),
    ({"instruction": "李" * 51 + "：请各地学习借鉴。"}, "instruction"),
    ({"instruction": f"{'李' * 51}（2026-11-03）：请各地学习借鉴。"}, "instruction"),
])
def test_a_too_long_adopting_periodical_or_leader_is_refused(db, admin, fixed_today, cells,
                                                             column):
    fixed_today(dt.date(2026, 11, 20))
    with pytest.raises(ValidationError) as refused:
        info.SPEC.create_hook(_row(**cells), admin)
    assert refused.value.field == column
    assert "最多" in refused.value.message
    assert not InfoItem.select().exists() and not InfoAction.select().exists()


def test_at_the_limit_they_are_taken(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 20))
    item = info.SPEC.create_hook(_row(adopted_level="市", adopted="刊" * 80,
                                          instruction="李" * 50 + "：请各地学习借鉴。"), admin)
    kept = {a.kind: a for a in InfoAction.select().where(InfoAction.item == item.id)}
    assert kept["采用"].periodical == "刊" * 80 and kept["批示"].person == "李" * 50
