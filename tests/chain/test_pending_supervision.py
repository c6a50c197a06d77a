"""我的待办 of the 督查室: a 督查事项 waits for 分解 only while it has no task (however its tasks
were given: the step, 新增 with a 牵头单位, import, the demo), and for the item's 办结 only once
every task is done — counted from the last 任务办结, never from a side step (催办, 延期, 反馈)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, my_work, positions, steps, users
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import ProcedureError
from officedesk.core.supervision import tasks


@pytest.fixture
def office(staffed):
    for username, name, position in (("dckz", "何科长", "科长"), ("dcfk", "刘副科长", "副科长")):
        users.create_user(username, "pass1234", "clerk", CLI_ACTOR, display_name=name, clearance=3)
        positions.set_post(username, CLI_ACTOR, unit="督查室", position=position)
        staffed[username] = users.actor_for(users.get_user(username))
    return staffed


def _item(deadline: dt.date = dt.date(2026, 12, 30)) -> int:
    return sv.create_item_from_source("other", None, "推进冬季清洁取暖", "年内完成。", CLI_ACTOR,
                                      leader="孙主任", deadline=deadline).id


def _mine(actor) -> list[tuple[int, str, dt.date, dt.date | None]]:
    return [(w.record_id, w.step, w.since, w.due) for w in my_work.my_pending(actor)
            if w.registry == "supervision"]


def test_an_item_given_its_tasks_outside_the_step_waits_for_no_split(office):
    clock.set_today(dt.date(2026, 11, 2))
    item = _item()
    tasks.add_task(item, {"牵头单位": "县住建局", "时限": "2026-12-15"}, CLI_ACTOR)  # 新增/导入
    tasks.add_task(item, {"牵头单位": "县财政局", "时限": "2026-12-20"}, CLI_ACTOR)
    clock.set_today(dt.date(2026, 11, 16))
    assert _mine(office["dckz"]) == []
    assert _mine(office["dcfk"]) == []


def test_the_close_waits_until_every_task_is_done_and_counts_from_the_last(office):
    clock.set_today(dt.date(2026, 11, 2))
    item = _item()
    assert _mine(office["dcfk"]) == [(item, "分解", dt.date(2026, 11, 2), dt.date(2026, 11, 3))]
    for unit, deadline in (("县住建局", "2026-12-15"), ("县财政局", "2026-12-28")):
        steps.perform("supervision", item, "分解", {"牵头单位": unit, "时限": deadline},
                      office["dckz"])
    clock.set_today(dt.date(2026, 11, 16))
    assert _mine(office["dckz"]) == []  # the units are working on it
    with pytest.raises(ProcedureError, match="还有 2 项任务未办结"):
        steps.perform("supervision", item, "办结", {"办结报告": "已办。"}, office["dckz"])
    steps.perform("supervision", item, "任务办结", {"单位": "县住建局", "办结情况": "已完成。"},
                  office["dckz"], on="2026-11-10")
    steps.perform("supervision", item, "延期", {"办结时限": "2027-01-15", "延期理由": "待验收"},
                  office["dckz"])
    assert _mine(office["dckz"]) == []
    steps.perform("supervision", item, "任务办结", {"单位": "县财政局", "办结情况": "已完成。"},
                  office["dckz"], on="2026-11-12")
    assert _mine(office["dckz"]) == [(item, "办结", dt.date(2026, 11, 12), dt.date(2026, 11, 16))]
    assert _mine(office["dcfk"]) == []  # 办结 is the 科长's


def test_a_side_step_does_not_restart_the_wait_for_the_split(office):
    clock.set_today(dt.date(2026, 11, 2))
    item = _item()
    clock.set_today(dt.date(2026, 11, 16))
    steps.perform("supervision", item, "延期", {"办结时限": "2027-01-15", "延期理由": "待立项"},
                  office["dckz"])
    assert _mine(office["dckz"]) == [(item, "分解", dt.date(2026, 11, 2), dt.date(2026, 11, 3))]


def test_an_item_split_outside_the_step_and_done_waits_for_its_close(office):
    clock.set_today(dt.date(2026, 11, 2))
    item = _item()
    task = tasks.add_task(item, {"牵头单位": "县住建局", "时限": "2026-12-15"}, CLI_ACTOR)
    clock.set_today(dt.date(2026, 11, 16))
    tasks.complete_task(task.id, dt.date(2026, 11, 13), "已完成。", CLI_ACTOR)
    assert _mine(office["dckz"]) == [(item, "办结", dt.date(2026, 11, 13), dt.date(2026, 11, 17))]
    # what 我的待办 shows is what core lets him do now
    done = steps.perform("supervision", item, "办结", {"办结报告": "已办。"}, office["dckz"])
    assert done.state == "按期办结"


def test_who_split_it_sees_it_sent_on_after_the_units_finish(office):
    clock.set_today(dt.date(2026, 11, 2))
    item = _item()
    steps.perform("supervision", item, "分解", {"牵头单位": "县住建局", "时限": "2026-12-15"},
                  office["dcfk"])
    clock.set_today(dt.date(2026, 11, 16))
    steps.perform("supervision", item, "任务办结", {"办结情况": "已完成。"}, CLI_ACTOR)
    # the 任务办结 entered since is no step of his chain: he still sent it on, to the 科长
    [sent] = my_work.sent_on(office["dcfk"])
    assert (sent.record_id, sent.step, sent.waiting_for) == (item, "办结", "何科长")
    assert my_work.sent_on(CLI_ACTOR) == []
