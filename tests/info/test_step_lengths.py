"""What a 信息 step or a periodical's setting writes fits its column: a 批示领导, an 采用刊物 or a
刊物名称 too long is refused saying how long it may be — it was stored on SQLite (and failed on
PostgreSQL), and a 批示 with a long 批示领导 could never be made a 督查 item after (转督查 said
“批示领导最多 64 个字” to a clerk who typed none)."""

from __future__ import annotations

import pytest

from officedesk.core import clock, info, steps
from officedesk.core.errors import ValidationError
from officedesk.core.info import periodicals
from officedesk.store.info import InfoAction, Periodical


def test_a_too_long_leader_or_adopting_periodical_is_refused(db, admin, report, advance):
    item = advance(report(), "编发")

    def actions():
        return InfoAction.select().where(InfoAction.item == item.id).count()

    before = actions()  # 编发 wrote its own
    with pytest.raises(ValidationError, match="批示领导.*最多 50 个字"):
        steps.perform("info", item.id, "批示", {"leader": "李" * 51, "text": "请各地学习借鉴。", "day": clock.today()},
                      admin)
    with pytest.raises(ValidationError, match="采用刊物.*最多 80 个字"):
        steps.perform("info", item.id, "采用", {"level": "市", "periodical": "刊" * 81, "day": clock.today()}, admin)
    assert actions() == before
    # at the limit both are taken, and the 批示 goes on to 督查
    steps.perform("info", item.id, "批示", {"leader": "李" * 50, "text": "请各地学习借鉴。", "day": clock.today()}, admin)
    steps.perform("info", item.id, "转督查", {}, admin)
    assert info.get(item.id, admin).supervision_id


def test_a_too_long_periodical_name_is_refused(db, admin):
    with pytest.raises(ValidationError, match="刊物名称.*最多 50 个字"):
        periodicals.save_periodical("刊" * 51, admin)
    with pytest.raises(ValidationError, match="编发单位.*最多 100 个字"):
        periodicals.save_periodical("县委信息", admin, unit="单" * 101)
    assert not Periodical.select().where(Periodical.name.startswith("刊")).exists()
