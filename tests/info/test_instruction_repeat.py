"""批示 is recorded once, as 采用 is: the same leader's same 批示 on the same day entered twice is
refused, naming the earlier one, so the ranking does not count it twice; another leader, another
text or another day is another 批示, scored."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import steps
from officedesk.core.errors import ValidationError
from officedesk.core.info import scoring

GIVEN = {"批示领导": "李国强", "批示内容": "很好", "批示日期": "2026-12-01"}


def test_the_same_instruction_twice_is_refused_and_scored_once(report, advance, admin,
                                                                fixed_today):
    fixed_today(dt.date(2026, 12, 1))
    item = advance(report(), on=dt.date(2026, 12, 1))
    steps.perform("info", item.id, "批示", GIVEN, admin)
    score = scoring.item_score(item.id)
    with pytest.raises(ValidationError, match=r"已于 2026-12-01 登记过李国强的这条批示（很好），不能重复登记"):
        steps.perform("info", item.id, "批示", GIVEN | {"批示内容": " 很好 "}, admin)
    assert scoring.item_score(item.id) == score
    ranked = scoring.unit_scores(admin, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert [s.instructions for s in ranked if s.unit == "县林业局"] == [1]


@pytest.mark.parametrize("other", [{"批示领导": "王振国"}, {"批示内容": "请在全县推广"},
                                   {"批示日期": "2026-12-02"}])
def test_another_leader_text_or_day_is_another_instruction(report, advance, admin, fixed_today,
                                                           other):
    fixed_today(dt.date(2026, 12, 1))
    item = advance(report(), on=dt.date(2026, 12, 1))
    fixed_today(dt.date(2026, 12, 2))
    steps.perform("info", item.id, "批示", GIVEN, admin)
    score = scoring.item_score(item.id)
    steps.perform("info", item.id, "批示", GIVEN | other, admin)
    assert scoring.item_score(item.id) > score
