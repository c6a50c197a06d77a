"""我的待办 counts a step's time from the paper's date of what made it due, also for a record
that has no signature of the step before it (entered or imported at its state, or moved on by a
core function as the demo does): a petition's 处理 from its 登记日期, its 答复 from its 处理日期, a
督查事项's 分解 from its 立项日期, a 收文's 拟办 from its 初审 — never from the day it was typed in.
An item whose only task was deleted waits for 分解 again (not for its 办结), and 我已送出 leaves
out what waits for the user himself."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import clock, info, my_work, records, steps
from officedesk.core import petitions as pt
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.core.errors import ProcedureError
from tests.chain.test_delegation_days import INFO_STAFF
from tests.chain.test_signer_papers import _petition, office  # noqa: F401 (the fixture)
from tests.staff import make_staff


def _pending(actor, registry: str) -> list[tuple[int, str, dt.date, dt.date | None]]:
    return [(w.record_id, w.step, w.since, w.due) for w in my_work.my_pending(actor)
            if w.registry == registry]


def test_a_petition_typed_in_later_waits_from_its_registration(office):  # noqa: F811
    pid = _petition()  # 登记日期 2026-11-10, entered on 2026-11-16
    assert _pending(office["xfkz"], "petitions") == [
        (pid, "处理", dt.date(2026, 11, 10), dt.date(2026, 11, 13))]


def test_a_petition_handled_by_a_core_function_waits_for_its_reply_from_that_day(office):  # noqa: F811
    pid = _petition()
    version = records.get(pt.SPEC, pid, CLI_ACTOR).version
    pt.decide(pid, version, CLI_ACTOR, "直接答复", on="2026-11-11")  # no step signature
    assert _pending(office["xfkz"], "petitions") == [
        (pid, "答复", dt.date(2026, 11, 11), dt.date(2026, 11, 18))]


def test_an_item_entered_later_waits_for_its_split_from_its_start(office):  # noqa: F811
    item = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-11-02", "办结时限": "2026-12-25"}, CLI_ACTOR).id
    assert _pending(office["dckz"], "supervision") == [
        (item, "分解", dt.date(2026, 11, 2), dt.date(2026, 11, 3))]


def test_a_received_document_waits_for_its_proposal_from_its_check(staffed):
    doc = incoming.sign_in({"收文日期": "2026-11-05", "文种": "通知", "来文机关": "省委办",
                            "标题": "关于做好冬季安全生产工作的通知"}, CLI_ACTOR).id
    version = records.get(incoming.INCOMING, doc, CLI_ACTOR).version
    saved = incoming.register_doc(doc, version, {}, CLI_ACTOR, day=dt.date(2026, 11, 6))
    incoming.review(doc, saved.version, CLI_ACTOR, day=dt.date(2026, 11, 9))
    assert _pending(staffed["wenshu"], "incoming") == [
        (doc, "拟办", dt.date(2026, 11, 9), dt.date(2026, 11, 10))]


def test_an_info_item_received_by_a_core_function_waits_from_its_receipt(db, fixed_today):
    fixed_today(dt.date(2026, 11, 9))
    staff = make_staff(INFO_STAFF)
    clock.set_today(dt.date(2026, 11, 2))
    item = records.create(info.SPEC, {
        "title": "全县秋粮收购进度过半", "unit": "县发改局", "reporter": "李明",
        "phone": "13812345678", "category": "工作动态", "reported_at": clock.now(),
        "content": "截至目前，全县收购秋粮过半。"}, CLI_ACTOR)
    info.receive(item.id, item.version, CLI_ACTOR, on=dt.date(2026, 11, 3))
    clock.set_today(dt.date(2026, 11, 9))
    assert _pending(staff["ty"], "info") == [
        (item.id, "初审", dt.date(2026, 11, 3), dt.date(2026, 11, 4))]


def test_an_item_whose_only_task_was_deleted_waits_for_its_split_again(office):  # noqa: F811
    item = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-11-02", "办结时限": "2026-12-25"}, CLI_ACTOR).id
    steps.perform("supervision", item, "分解", {"牵头单位": "县应急局", "时限": "2026-11-20"},
                  office["dckz"], on="2026-11-03")
    steps.perform("supervision", item, "删除任务", {"任务序号": "1"}, office["dckz"])
    assert sv.get_item(item, CLI_ACTOR).status == "待交办"
    [waiting] = _pending(office["dckz"], "supervision")
    assert waiting[:2] == (item, "分解")
    # core agrees: an item with no task is split first, never closed straight away
    offered = [s.name for s in steps.available_steps("supervision", item, office["dckz"])]
    assert "分解" in offered and "办结" not in offered
    with pytest.raises(ProcedureError, match="请先“分解”交办"):
        steps.perform("supervision", item, "办结", {"办结报告": "已办。"}, office["dckz"])


def test_what_waits_for_the_user_himself_is_not_sent_on(office):  # noqa: F811
    item = sv.create_item({"事项名称": "推进冬季清洁取暖", "来源": "领导批示", "事项内容": "略",
                           "立项日期": "2026-11-02", "办结时限": "2026-12-25"}, CLI_ACTOR).id
    for unit in ("县应急局", "县财政局"):
        steps.perform("supervision", item, "分解", {"牵头单位": unit, "时限": "2026-11-20"},
                      office["dckz"], on="2026-11-03")
        steps.perform("supervision", item, "任务办结", {"单位": unit, "办结情况": "已完成。"},
                      office["dckz"])
    assert [w[:2] for w in _pending(office["dckz"], "supervision")] == [(item, "办结")]
    assert my_work.sent_on(office["dckz"]) == []
