"""Helpers for the 信息 tests: a quick report and the steps up to 编发."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, info, records
from officedesk.core.info import procedure


@pytest.fixture
def report(db, admin):
    """report(**fields) -> InfoItem: a unit's ordinary report with sensible defaults."""
    return reporter(admin)


def reporter(admin):
    """The `report` fixture's maker, for a test module's own fixture (on any_db: PostgreSQL too)."""

    def make(actor=None, **fields):
        values = {
            "title": "县林业局扎实开展秋冬季森林防火检查",
            "unit": "县林业局",
            "reporter": "李明",
            "phone": "13812345678",
            "category": "工作动态",
            "reported_at": clock.now(),  # stated: 报送时间 has no default (a fact of the unit's)
            "content": "近日，县林业局组织3个检查组，对全县重点林区开展防火检查，排查隐患12处，已整改10处。",
        }
        values.update(fields)
        return records.create(info.SPEC, values, actor or admin)

    return make


@pytest.fixture
def advance(admin):
    """advance(item, up_to, on=day): 接收 → 初审(采) → 编辑 → 签发 → 编发 (每日要情) on one day."""

    def run(item, up_to="编发", on: dt.date | None = None, periodical="每日要情", actor=None):
        who = actor or admin

        def version():
            return info.get(item.id, admin).version

        order = ["接收", "初审", "编辑", "签发", "编发"]
        for step in order[: order.index(up_to) + 1]:
            if step == "接收":
                procedure.receive(item.id, version(), who, on=on)
            elif step == "初审":
                procedure.review(item.id, version(), who, "采", on=on)
            elif step == "编辑":
                current = info.get(item.id, admin)
                procedure.edit(item.id, version(), who, "【编】" + current.title, current.content,
                               on=on)
            elif step == "签发":
                procedure.sign(item.id, version(), who, "钱志刚", "信息科长", on=on)
            else:
                procedure.publish(item.id, version(), who, periodical, on=on)
        return info.get(item.id, admin)

    return run


@pytest.fixture
def issue_out(admin):
    """issue_out(item, on=day): 印发 the issue the item was 编发 into (its 县级采用 counts from
    then, on that day)."""
    from officedesk.core.info import periodicals

    def run(item, on: dt.date | None = None, actor=None):
        periodicals.publish(info.get(item.id, admin).issue, actor or admin, on=on)
        return info.get(item.id, admin)

    return run


@pytest.fixture
def three(report, advance, fixed_today):
    """(issue id, [甲, 乙, 丙]): three reports 编发 into one issue of 每日要情, in that order."""
    fixed_today(dt.date(2026, 5, 6))
    items = [advance(report(title=t)) for t in ("甲", "乙", "丙")]
    return items[0].issue, [i.id for i in items]
