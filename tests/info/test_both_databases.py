"""The registry on SQLite and on PostgreSQL: numbers, steps to 批示 and 督查, issues, the
ranking (grouped SQL), the 工作台's sudden-event clock, stats and clearance."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, dashboard, info, records, stats, steps
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.info import periodicals, scoring


def test_registry_on_both_databases(any_db, fixed_today):
    fixed_today(dt.date(2026, 3, 10))
    base = {"title": "县教育局推进集团化办学", "unit": "县教育局", "category": "经验做法",
            "content": "全县组建教育集团5个。", "phone": "0871-6123456",
            "reported_at": "2026-03-09 10:00"}
    first = records.create(info.SPEC, base, CLI_ACTOR)
    secret = records.create(info.SPEC, dict(base, title="涉密信息", unit="县委组织部",
                                            secrecy="机密"), CLI_ACTOR)
    assert (first.number, secret.number) == ("信息〔2026〕1号", "信息〔2026〕2号")
    for step, values in (("接收", {}), ("初审", {"结论": "采"}), ("编辑", {}),
                         ("签发", {"签发人": "周明", "职务": "分管主任"}), ("编发", {"刊物": "每日要情"}),
                         ("采用", {"采用级别": "省", "采用刊物": "省委办《信息快报》", "采用日期": clock.today()}),
                         ("批示", {"批示领导": "县长 王振国", "批示内容": "请推广。", "批示日期": clock.today()}), ("转督查", {})):
        steps.perform("info", first.id, step, values, CLI_ACTOR)
        if step == "编发":  # its 县级采用 counts once the issue is 印发
            periodicals.publish(info.get(first.id, CLI_ACTOR).issue, CLI_ACTOR)
    done = info.get(first.id, CLI_ACTOR)
    assert done.supervision_id and done.score == 1 + 3 + 20 + 10
    assert periodicals.label_of(periodicals.issue(done.issue)) == "每日要情 2026年第1期"
    label, ranked = scoring.ranking(CLI_ACTOR, "2026-Q1")
    assert [(s.unit, s.points, s.rank) for s in ranked] == [("县教育局", 34, 1), ("县委组织部", 1, 2)]
    clerk = Actor(username="c", role="clerk", clearance=1)
    assert [s.unit for s in scoring.ranking(clerk, "2026-Q1")[1]] == ["县教育局"]

    event = clock.now() - dt.timedelta(minutes=90)
    late = records.create(info.SPEC, {"title": "河口镇山火", "unit": "河口镇", "category": "突发事件",
                                      "event_level": "较大", "event_at": event,
                                      "reported_at": event + dt.timedelta(minutes=10),
                                      "content": "明火面积约20亩。"}, CLI_ACTOR)
    due = {d.record_id: d for d in dashboard.due_items(CLI_ACTOR) if d.registry == "info"}
    assert due[late.id].mark == "#c0392b" and due[late.id].what == "电话报告"
    assert due[late.id].left_text(clock.today()).startswith("已超 1 小时")  # limit 30 minutes
    figures = stats.collect(CLI_ACTOR, 2026)["信息"]
    assert figures["total"] == 3 and figures["sudden_late"] == 1
    assert figures["adopted"] == {"县": 1, "市": 0, "省": 1, "中央": 0}
    assert records.list_ids(info.SPEC, clerk, text="集团化") == [first.id]
