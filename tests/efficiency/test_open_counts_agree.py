"""`stats`' 在办 and 逾期 against the lists and the 工作台 (probe108), on the demo office: the
records `list 登记簿 状态=…` shows, and the 工作台's 已逾期 rows, are the ones `stats` counts."""

from __future__ import annotations

from collections import Counter

from officedesk.core import clock, dashboard, record_lists, registry, stats
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.record_lists import Filter

from .test_drill_adds_up import DAY, _demo


def _listed(name: str, **states: str) -> list:
    """The records `list name 状态=…` shows, for each state asked (all of them without)."""
    spec = registry.get(name)
    state = spec.by_label("状态")
    wanted = [[Filter(state.name, "eq", value)] for value in states.values()] or [[]]
    out = []
    for filters in wanted:
        ids = record_lists.list_ids(spec, CLI_ACTOR, filters, "", limit=100000)
        out.extend(record_lists.fetch(spec, ids)[i] for i in ids)
    return out


def test_stats_open_and_overdue_are_the_listed_and_the_dashboard_s(demo_filled):
    _demo(demo_filled)
    try:
        year = stats.collect(CLI_ACTOR, DAY.year)
        due = dashboard.due_items(CLI_ACTOR, DAY)
        overdue = Counter(i.registry for i in due
                          if i.state(DAY) == dashboard.OVERDUE and i.what == "承办时限"
                          or "办理时限" in str(i.what) and i.state(DAY) == dashboard.OVERDUE)
        # 收文: 在办 whenever received, 逾期 past its 办理时限 on the day
        done = {"已办结", "已归档", "已退回"}
        open_incoming = [r for r in _listed("incoming") if r.state not in done]
        documents = year["documents"]
        assert documents["incoming_open"] == len(open_incoming)
        late = [r for r in open_incoming if r.due_on and r.due_on < DAY]
        assert documents["incoming_overdue"] == len(late) == overdue["incoming"]
        assert open_incoming
        # 督查: the year's items 在办 (办理中, 待交办) and 已办结 (按期, 逾期)
        supervision = year["supervision"]
        items = [r for r in _listed("supervision") if r.start_date.year == DAY.year]
        states = Counter(r.status for r in items)
        assert supervision["督查事项"] == len(items)
        assert supervision["在办"] == states["办理中"] + states["待交办"]
        assert supervision["待交办"] == states["待交办"]
        assert (supervision["按期办结"], supervision["逾期办结"]) == \
            (states["按期办结"], states["逾期办结"])
        assert supervision["逾期任务"] == overdue["supervision"] > 0
        # 信访: the year's registered, 已办结
        petitions = [r for r in _listed("petitions", 状态="已办结")
                     if r.registered_on.year == DAY.year]
        assert year["petitions"]["closed"] == len(petitions)
    finally:
        clock.set_today(None)
