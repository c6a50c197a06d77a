"""我的待办 counts a chain step's time from the step that moved the record to it (a chain step,
a 退回, a change of state), not from a side step done while it waits: a petition's 办理 before
its 答复, an information item's 书面报告 before its 初审."""

from __future__ import annotations

import datetime as dt

from officedesk.core import clock, info, my_work, records, steps
from officedesk.core.actor import CLI_ACTOR
from tests.chain.test_delegation_days import INFO_STAFF
from tests.chain.test_signer_papers import _petition, office  # noqa: F401 (the fixture)
from tests.staff import make_staff


def _pending(actor, registry: str) -> list[tuple[int, str, dt.date, dt.date | None]]:
    """The chain steps waiting (a sudden event's report clock is listed beside them)."""
    return [(w.record_id, w.step, w.since, w.due) for w in my_work.my_pending(actor)
            if w.registry == registry and w.step not in ("电话报告", "书面报告")]


def test_a_petition_s_reply_waits_from_its_handling_not_from_a_later_side_step(office):  # noqa: F811
    clock.set_today(dt.date(2026, 11, 12))
    pid = _petition()
    steps.perform("petitions", pid, "处理", {"处理方式": "直接答复"}, office["xfkz"])
    waiting = [(pid, "答复", dt.date(2026, 11, 12), dt.date(2026, 11, 19))]
    assert _pending(office["xfkz"], "petitions") == waiting
    clock.set_today(dt.date(2026, 11, 16))
    steps.perform("petitions", pid, "办理", {"办理情况": "已约谈信访人。"}, office["xfkz"])
    assert _pending(office["xfkz"], "petitions") == waiting


def test_an_info_item_s_first_check_waits_from_its_receipt_not_from_its_written_report(
        db, fixed_today):
    fixed_today(dt.date(2026, 11, 2))
    staff = make_staff(INFO_STAFF)
    item = records.create(info.SPEC, {
        "title": "县城区发生一起燃气泄漏事故", "unit": "县应急局", "reporter": "李明",
        "phone": "13812345678", "category": info.SUDDEN,
        "event_at": dt.datetime(2026, 11, 1, 20, 30), "event_level": "一般", "reported_at": clock.now(),
        "content": "今日上午，县城区某小区发生燃气泄漏，无人员伤亡。"}, CLI_ACTOR).id
    steps.perform("info", item, "接收", {}, staff["ys"])
    waiting = [(item, "初审", dt.date(2026, 11, 2), dt.date(2026, 11, 3))]
    assert _pending(staff["ty"], "info") == waiting
    clock.set_today(dt.date(2026, 11, 3))
    steps.perform("info", item, "书面报告", {"书面报告时间": clock.now()}, staff["ys"])
    assert _pending(staff["ty"], "info") == waiting
