"""保密 of the document steps: an actor who may not see a classified 收文 or 发文 gets the same
refusal from every step, whatever they typed — no message names its readers, its holder, its
会签 units or its state (the record is read, and refused, before the step checks its input)."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import archive, common, dispatch, incoming, outgoing
from officedesk.core.errors import PermissionDeniedError

K0 = Actor(username="k0", role="clerk", clearance=0, display_name="低密科员")
FUTURE = dt.datetime(2099, 1, 1, 9, 0)


def _instructed(actor):
    """A 机密 收文 with its leader's 批示, not yet given to a unit."""
    record = incoming.sign_in({"收文日期": "2026-11-16", "来文机关": "省委办公厅",
                               "标题": "机密收文SECRETINC", "文种": "通知", "密级": "机密",
                               "紧急程度": "加急", "份数": "1"}, actor)
    record = incoming.register_doc(record.id, record.version, {}, actor)
    record = incoming.review(record.id, record.version, actor)
    record = incoming.propose(record.id, record.version, actor, "拟请王主任阅示。")
    return incoming.instruct(record.id, record.version, actor, "请阅。", "王建国")


def _circulating(actor):
    """A 机密 收文 going round 王建国 → 刘志强 in order (王建国 holds it)."""
    record = _instructed(actor)
    record = incoming.assign(record.id, record.version, actor, "市应急管理局", "", 5)
    return incoming.circulate(record.id, record.version, actor, ["王建国", "刘志强"])


def _countersigning(actor):
    """A 机密 发文 in 会签: 市财政局 answered 不同意, 市发改委 has not answered yet."""
    record = outgoing.draft({"文种": "通知", "标题": "机密发文SECRETOUT", "主送": "各单位",
                             "密级": "机密", "份数": "5"}, actor)
    record = outgoing.check(record.id, record.version, actor, "周核稿", "")
    record = outgoing.send_countersign(record.id, record.version, actor, ["市财政局", "市发改委"])
    return outgoing.countersign(record.id, record.version, actor, "市财政局", "孙一", "标准过高",
                                answer="不同意")


def _refusal(call) -> str:
    with pytest.raises(PermissionDeniedError) as refused:
        call()
    return str(refused.value)


def test_reading_steps_of_a_hidden_incoming_say_nothing_whatever_the_input(office, secretary):
    doc = _circulating(secretary)
    i, v = doc.id, doc.version
    calls = {
        "阅 by the holder": lambda: incoming.mark_read(i, v, K0, "王建国"),
        "阅 by the next reader": lambda: incoming.mark_read(i, v, K0, "刘志强"),
        "阅 by a stranger": lambda: incoming.mark_read(i, v, K0, "张三"),
        "阅 in the future": lambda: incoming.mark_read(i, v, K0, "王建国", at=FUTURE),
        "传阅 to nobody": lambda: incoming.circulate(i, v, K0, [" "]),
        "传阅": lambda: incoming.circulate(i, v, K0, ["赵六"]),
        "承办 without a unit": lambda: incoming.assign(i, v, K0, ""),
        "承办 with itself as 协办": lambda: incoming.assign(i, v, K0, "甲局", co_units="甲局"),
        "承办 with a bad limit": lambda: incoming.assign(i, v, K0, "甲局", limit_days=9999),
        "催办": lambda: incoming.remind(i, v, K0),
        "登记 with a bad date": lambda: incoming.register_doc(i, v, {"收文日期": "某天"}, K0),
        "退回 without a reason": lambda: incoming.return_doc(i, v, K0, ""),
        "拟办 without a text": lambda: incoming.propose(i, v, K0, ""),
        "批办 without a text": lambda: incoming.instruct(i, v, K0, "", "王建国"),
        "批办 without a leader": lambda: incoming.instruct(i, v, K0, "请阅", ""),
        "办结 without a result": lambda: incoming.finish(i, v, K0, ""),
        "转督查": lambda: incoming.to_supervision(i, v, K0),
        "归档 with a bad 保管期限": lambda: archive.archive("incoming", i, v, K0, "十年"),
    }
    messages = {name: _refusal(call) for name, call in calls.items()}
    # answered as an id that does not exist is: trying ids tells nothing of what is classified
    assert set(messages.values()) == {f"没有找到记录号（id）为 {doc.id} 的收文记录。"}, messages
    after = records.get(incoming.INCOMING, doc.id, CLI_ACTOR)
    assert (after.version, after.state) == (doc.version, incoming.CIRCULATING)
    assert [e.reader for e in incoming.holders(doc.id, CLI_ACTOR)] == ["王建国"]


def test_countersign_steps_of_a_hidden_outgoing_say_nothing_whatever_the_input(office, secretary):
    doc = _countersigning(secretary)
    i, v = doc.id, doc.version
    calls = {
        "会签 by a unit asked": lambda: outgoing.countersign(i, v, K0, "市发改委", "钱二"),
        "会签 by a unit not asked": lambda: outgoing.countersign(i, v, K0, "县委宣传部", "钱二"),
        "会签 by a unit that signed": lambda: outgoing.countersign(i, v, K0, "市财政局", "孙一"),
        "会签 without a person": lambda: outgoing.countersign(i, v, K0, "市发改委", ""),
        "会签 不同意 without reasons": lambda: outgoing.countersign(
            i, v, K0, "市发改委", "钱二", "", answer="不同意"),
        "协调": lambda: outgoing.coordinate(i, v, K0, "王建国", "按财政局意见修改"),
        "协调 without a decision": lambda: outgoing.coordinate(i, v, K0, "王建国", ""),
        "送会签 to nobody": lambda: outgoing.send_countersign(i, v, K0, []),
        "核发 beyond the copies": lambda: dispatch.distribute(
            i, v, K0, [dispatch.Recipient("各单位", 99, 0, 0)]),
    }
    messages = {name: _refusal(call) for name, call in calls.items()}
    assert set(messages.values()) == {f"没有找到记录号（id）为 {doc.id} 的发文记录。"}, messages
    after = records.get(outgoing.OUTGOING, doc.id, CLI_ACTOR)
    assert after.version == doc.version
    assert [(c.unit, c.answer) for c in outgoing.countersigns(doc.id, CLI_ACTOR)] == [
        ("市财政局", "不同意"), ("市发改委", "")]


def test_a_cleared_clerk_still_gets_the_steps_own_messages(office, secretary):
    """The check moved behind the read, not away: whoever may see the document is told what
    is wrong with the input, as before."""
    doc = _circulating(secretary)
    with pytest.raises(Exception, match="文件现由王建国持有"):
        incoming.mark_read(doc.id, doc.version, secretary, "刘志强")
    with pytest.raises(Exception, match="不在待阅名单"):
        incoming.mark_read(doc.id, doc.version, secretary, "张三")
    out = _countersigning(secretary)
    with pytest.raises(Exception, match="“县委宣传部”不在会签单位中"):
        outgoing.countersign(out.id, out.version, secretary, "县委宣传部", "钱二")
    out = outgoing.countersign(out.id, out.version, secretary, "市发改委", "钱二")
    done = outgoing.coordinate(out.id, out.version, secretary, "王建国", "按财政局意见修改")
    assert outgoing.disagreements(out.id, secretary) == []
    assert "就市财政局的不同意见协调" in common.steps("outgoing", done.id, CLI_ACTOR)[-1].opinion
    doc = _instructed(secretary)
    done = incoming.assign(doc.id, doc.version, secretary, "市应急管理局", "", 3)
    assert "时限 3 个工作日" in common.steps("incoming", doc.id, CLI_ACTOR)[-1].opinion
    assert done.limit_days == 3 and done.due_on is not None


def test_a_step_row_of_a_hidden_document_is_not_read_for_an_actor_below_it(office, secretary):
    """`last_step` (who did a step, when, with what opinion — what the papers print) takes the
    actor and reads the document with it first, like `steps` and `attachments`."""
    doc = _countersigning(secretary)
    assert _refusal(lambda: common.last_step("outgoing", doc.id, "核稿", K0)) == \
        f"没有找到记录号（id）为 {doc.id} 的发文记录。"
    row = common.last_step("outgoing", doc.id, "核稿", secretary)
    assert row is not None and row.person == "周核稿"
    assert common.last_step("outgoing", doc.id, "签发", secretary) is None


def test_a_hidden_documents_rows_are_read_as_no_record(office, secretary):
    """Its 批示, 传阅 entries and holders, 核发 and 会签 rows, their open 不同意 and who resolved
    them (协调) are as secret as the document: core's readers of them ask the reader, as the
    document's own read does (they took an id alone, and any caller that forgot the record's read
    would have shown a 机密 收文's 批示, or a 机密 发文's 会签 disagreements, to a 公开 clerk; the
    传阅单 and the 发文稿纸 read them by the id of a record read before)."""
    from tests.documents.helpers import outgoing_to_distributed

    circulating = _circulating(secretary)
    sent = outgoing_to_distributed(secretary, 密级="机密", 保密期限="10年")
    out = _countersigning(secretary)
    resolved = _countersigning(secretary)
    resolved = outgoing.countersign(resolved.id, resolved.version, secretary, "市发改委", "钱二")
    outgoing.coordinate(resolved.id, resolved.version, secretary, "王建国", "按财政局意见修改")
    readers = {
        "批示": (circulating, lambda who: [s.opinion for s in incoming.instructions_of(circulating.id, who)]),
        "传阅": (circulating, lambda who: [e.reader for e in incoming.circulation(circulating.id, who)]),
        "持有": (circulating, lambda who: [e.reader for e in incoming.holders(circulating.id, who)]),
        "持有人": (circulating, lambda who: getattr(incoming.holder(circulating.id, who), "reader", None)),
        "核发": (sent, lambda who: len(dispatch.distribution(sent.id, who))),
        "会签": (out, lambda who: [c.unit for c in outgoing.countersigns(out.id, who)]),
        "不同意": (out, lambda who: [(c.unit, c.opinion) for c in outgoing.disagreements(out.id, who)]),
        "协调人": (resolved, lambda who: outgoing.coordinator(resolved.id, who)),
    }
    for name, (doc, read) in readers.items():
        kind = "收文" if doc is circulating else "发文"
        assert _refusal(lambda read=read: read(K0)) == f"没有找到记录号（id）为 {doc.id} 的{kind}记录。", name
    assert {name: read(secretary) for name, (_doc, read) in readers.items()} == {
        "批示": ["请阅。"], "传阅": ["王建国", "刘志强"], "持有": ["王建国"], "持有人": "王建国",
        "核发": 2, "会签": ["市财政局", "市发改委"], "不同意": [("市财政局", "标准过高")], "协调人": "王建国"}
