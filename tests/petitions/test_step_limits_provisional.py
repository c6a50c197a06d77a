"""A step's 时限 in a year whose holidays are not known is 暂按 wherever it is shown (README):
the 收文's 办结 step said “办理时限 2027-01-08” bare in `steps incoming` and the step window,
while its list, the 收文处理笺 and the 信访 steps said 暂按 — every step limit now shows its
date through workdays.shown, as the 信访 ones do."""

from __future__ import annotations

import datetime as dt

from officedesk.core import i18n, steps, workdays
from officedesk.core.actor import Actor
from officedesk.core.documents import incoming

D = dt.date


def _assigned(admin):
    record = incoming.sign_in(
        {"文种": "通知", "收文日期": "2026-12-31", "来文机关": "省委办公厅", "标题": "关于元旦期间值班的通知"},
        admin,
    )
    record = incoming.register_doc(record.id, record.version, {}, admin)
    record = incoming.review(record.id, record.version, admin)
    record = incoming.propose(record.id, record.version, admin, "拟请王主任阅示。")
    record = incoming.instruct(record.id, record.version, admin, "请办。", "王建国")
    return incoming.assign(record.id, record.version, admin, "县委办公室综合科", "", 5)


def _limits(registry: str, record_id: int, actor) -> dict[str, str]:
    return {s["step"]: s["limit"] for s in steps.describe(registry, record_id, actor)["steps"]}


def test_an_incoming_step_limit_in_an_unknown_year_is_provisional(db, admin, fixed_today, monkeypatch):
    fixed_today(D(2026, 12, 31))
    record = _assigned(admin)
    assert record.due_on == D(2027, 1, 8) and not workdays.holidays_known(2027)
    fixed_today(D(2027, 1, 5))
    assert _limits("incoming", record.id, admin)["办结"] == "办理时限 2027-01-08（暂按）"
    english = {"办理时限 %1": "Due %1", "（暂按）": " (provisional)"}
    with monkeypatch.context() as patch:  # the mark translated with the rest
        patch.setattr(i18n, "_translate", lambda context, source: english.get(source, source))
        assert i18n.display(_limits("incoming", record.id, admin)["办结"]) == "Due 2027-01-08 (provisional)"
    system = Actor("chief", "admin", 3)
    workdays.set_override(D(2027, 2, 10), False, "春节", actor=system)
    workdays.mark_entered(2027, True, system)
    assert _limits("incoming", record.id, admin)["办结"] == "办理时限 2027-01-08"


def test_a_supervision_item_s_counted_limit_in_an_unknown_year_is_provisional(db, admin, fixed_today):
    """督查's 分解 and 办结 name the item's 办结时限: 暂按 when the program counted it (left blank:
    立项日期 + the default days) into a year whose holidays are unknown; a date a leader set is a
    date, never provisional."""
    from officedesk.core import supervision as sv

    fixed_today(D(2026, 12, 20))
    counted = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略"},
                             admin)
    assert counted.deadline.year == 2027 and not workdays.holidays_known(2027)
    due = counted.deadline.isoformat()
    limits = _limits("supervision", counted.id, admin)
    assert limits["分解"] == f"任务时限不晚于 {due}（暂按）"
    typed = sv.create_item({"事项名称": "推进老旧小区改造", "来源": "领导批示", "事项内容": "略",
                            "办结时限": "2027-01-29"}, admin)
    assert _limits("supervision", typed.id, admin)["分解"] == "任务时限不晚于 2027-01-29"
