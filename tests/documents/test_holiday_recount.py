"""A holiday change moves a 收文's running 办理时限 by the rule the other registries' limits
follow (core.counted_deadlines.moves): never to a day before today (no 收文 is put into 逾期
after the fact, and the change undone leaves it as it was), never one already run out; and the
changer is told only of the 收文 he may see."""

from __future__ import annotations

import datetime as dt

from officedesk.core import workdays
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming

D = dt.date
LOW_ADMIN = Actor("adm2", "admin", 1, display_name="秘密管理员")


def _assigned(on: dt.date, days: int, level: str = "非密", fixed_today=None):
    """A 收文 given to its 承办单位 on `on` with `days` working days."""
    fixed_today(on)
    record = incoming.sign_in({"收文日期": on.isoformat(), "来文机关": "省委办公厅", "标题": "关于做好岁末年初安全生产工作的通知",
                               "文种": "通知", "密级": level, "紧急程度": "平件", "份数": "1"}, CLI_ACTOR)
    record = incoming.register_doc(record.id, record.version, {}, CLI_ACTOR)
    record = incoming.review(record.id, record.version, CLI_ACTOR)
    record = incoming.propose(record.id, record.version, CLI_ACTOR, "拟请王主任阅示。")
    record = incoming.instruct(record.id, record.version, CLI_ACTOR, "请市应急局办理。", "王建国")
    return incoming.assign(record.id, record.version, CLI_ACTOR, "市应急管理局", "", days)


def _due(record) -> dt.date:
    return incoming.INCOMING.model.get_by_id(record.id).due_on


def test_no_running_limit_is_put_into_overdue_and_an_undo_leaves_it(office, fixed_today):
    record = _assigned(D(2026, 11, 23), 5, fixed_today=fixed_today)  # Monday + 5: Monday 30th
    assert _due(record) == D(2026, 11, 30)
    fixed_today(D(2026, 11, 30))
    # Saturday the 28th made a working day would end the period on the 28th, before today
    assert workdays.set_override(D(2026, 11, 28), True, "调休", CLI_ACTOR) == 0
    assert _due(record) == D(2026, 11, 30)
    assert workdays.remove_override(D(2026, 11, 28), CLI_ACTOR) == 0
    assert _due(record) == D(2026, 11, 30)


def test_a_limit_already_run_out_stays(office, fixed_today):
    record = _assigned(D(2026, 11, 16), 5, fixed_today=fixed_today)  # due Monday 23rd
    fixed_today(D(2026, 11, 30))  # 逾期 since the 24th
    assert workdays.set_override(D(2026, 11, 18), False, "临时放假", CLI_ACTOR) == 0
    assert _due(record) == D(2026, 11, 23)


def test_a_running_limit_still_moves_and_comes_back(office, fixed_today):
    record = _assigned(D(2026, 11, 30), 5, fixed_today=fixed_today)  # due Monday 7 December
    assert _due(record) == D(2026, 12, 7)
    assert workdays.set_override(D(2026, 12, 2), False, "临时放假", CLI_ACTOR) == 1
    assert _due(record) == D(2026, 12, 8)
    assert workdays.remove_override(D(2026, 12, 2), CLI_ACTOR) == 1
    assert _due(record) == D(2026, 12, 7)


def test_the_changer_is_told_only_of_what_he_may_see(office, fixed_today):
    secret = _assigned(D(2026, 11, 30), 5, "机密", fixed_today=fixed_today)
    plain = _assigned(D(2026, 11, 30), 5, fixed_today=fixed_today)
    assert workdays.set_override(D(2026, 12, 2), False, "临时放假", LOW_ADMIN) == 1
    assert _due(secret) == _due(plain) == D(2026, 12, 8)  # both moved: one calendar
