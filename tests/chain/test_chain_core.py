"""逐级负责 held in core: the default chain, 代录, 代理, 退回 and each user's own 待办."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from officedesk.core import chains, clock, my_work, positions, records, responsibility, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import common, outgoing
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.chain import StepSign
from tests.returns_counted import returns_count, returns_of

from .conftest import TODAY


def _request(actor, kind="请示"):
    return outgoing.draft({"标题": "关于拨付经费的请示", "文种": kind, "拟稿单位": "综合处",
                           "拟稿人": "张科员", "上行文": "是", "主送": "中共云山市委"}, actor).id


def _to_signing(doc, staffed):
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "审核", {"意见": "同意"}, staffed["fuzhuren"])


@contextlib.contextmanager
def _days_before(day=dt.date(2026, 11, 12)):
    """Steps done on an earlier day: a paper signed after them (代录 later) is dated after them
    (core.step_dates)."""
    clock.set_today(day)
    try:
        yield
    finally:
        clock.set_today(TODAY)


def test_the_default_chain_follows_the_rule(staffed):
    chain = chains.chain_for("outgoing")
    assert [(s.step, s.who_text, s.days) for s in chain.steps] == [
        ("拟稿", "科员、副科长、科长、副处长、处长@本单位", None), ("核稿", "处长、科长@本单位", 1),
        ("审核", "副主任@分管", 1), ("签发", "主任", 1)]
    assert chains.chain_for("incoming").find("批办").describe() == "分管该单位的副主任或主任"
    assert chains.enforced()


def test_a_clerk_and_a_section_chief_may_not_sign_a_request_the_director_may(staffed):
    doc = _request(staffed["kuiyuan"])
    with pytest.raises(ProcedureError, match="核稿”应由本单位的处长或科长（李处长）办理；您是综合处科员"):
        steps.perform("outgoing", doc, "核稿", {}, staffed["kuiyuan"])
    with pytest.raises(ProcedureError, match="应由本单位的处长或科长"):  # 信息处's 处长: not his unit
        steps.perform("outgoing", doc, "核稿", {}, staffed["xinxi"])
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    with pytest.raises(ProcedureError, match="须先“审核”（由分管该单位的副主任（赵副主任）办理）"):
        steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    with pytest.raises(ProcedureError, match="分管该单位的副主任"):  # 钱副主任 分管 督查室 only
        steps.perform("outgoing", doc, "审核", {}, staffed["fuzhuren2"])
    steps.perform("outgoing", doc, "审核", {}, staffed["fuzhuren"])
    for who in ("kuiyuan", "chuzhang"):
        with pytest.raises(ProcedureError, match="“签发”应由主任（孙主任）办理"):
            steps.perform("outgoing", doc, "签发", {}, staffed[who])
        assert "签发" not in [s.name for s in steps.available_steps("outgoing", doc, staffed[who])]
    done = steps.perform("outgoing", doc, "签发", {"签发意见": "同意上报"}, staffed["zhuren"])
    assert done.state == "已签发"
    record = records.get(outgoing.OUTGOING, doc, CLI_ACTOR)
    assert record.signer == "孙主任"
    sign = responsibility.last_sign("outgoing", doc, "签发")
    assert (sign.mode, sign.actor, sign.person, sign.position) == ("本人", "zhuren", "孙主任", "主任")


def test_the_request_chain_is_its_own_setting(staffed):
    """A 请示 follows its own chain: with 签发 by the 秘书长 there, the 主任 is refused."""
    chains.save_chain("outgoing", "请示", "核稿 处长@本单位 1日\n签发 秘书长 1日", CLI_ACTOR)
    doc = _request(staffed["kuiyuan"])
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    with pytest.raises(ProcedureError, match="“签发”应由秘书长（尚无人担任"):
        steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    notice = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(notice, staffed)
    assert steps.perform("outgoing", notice, "签发", {}, staffed["zhuren"]).state == "已签发"
    with pytest.raises(ValidationError, match="职务“总监”不在职务表中"):
        chains.save_chain("outgoing", "", "签发 总监", CLI_ACTOR)


def test_proxy_entry_is_recorded_and_marked(staffed):
    with _days_before():
        doc = _request(staffed["kuiyuan"])
        _to_signing(doc, staffed)
    with pytest.raises(ProcedureError, match="“签发”应由主任（孙主任）办理；您是综合处处长"):
        steps.perform("outgoing", doc, "签发", {"签发人": "孙主任"}, staffed["chuzhang"])
    with pytest.raises(ProcedureError, match="写明代谁录入"):
        steps.perform("outgoing", doc, "签发", {}, staffed["wenshu"])
    with pytest.raises(ProcedureError, match="李处长不能“签发”"):
        steps.perform("outgoing", doc, "签发", {"签发人": "李处长"}, staffed["wenshu"])
    steps.perform("outgoing", doc, "签发", {"签发人": "孙主任", "签发日期": "2026-11-13"},
                  staffed["wenshu"])
    sign = responsibility.last_sign("outgoing", doc, "签发")
    assert (sign.mode, sign.actor, sign.person, sign.paper_date) == (
        "代录", "wenshu", "孙主任", dt.date(2026, 11, 13))
    assert responsibility.sign_text(sign).startswith("孙主任（代录：周文书 2026-11-16")
    assert "纸质件日期 2026-11-13" in responsibility.sign_text(sign)
    assert records.get(outgoing.OUTGOING, doc, CLI_ACTOR).signer == "孙主任"


def test_the_command_line_without_as_records_its_steps_as_proxy_entry(staffed):
    doc = _request(staffed["kuiyuan"])
    steps.perform("outgoing", doc, "核稿", {"核稿人": "李处长"}, CLI_ACTOR)
    sign = responsibility.last_sign("outgoing", doc, "核稿")
    assert (sign.mode, sign.actor, sign.person) == ("代录", "cli-admin", "李处长")
    with pytest.raises(ProcedureError, match="张科员不能“审核”"):
        steps.perform("outgoing", doc, "审核", {"审核人": "张科员"}, CLI_ACTOR)


def test_a_substitute_acts_for_the_absent_director_recorded_as_such(staffed):
    doc = _request(staffed["kuiyuan"])
    _to_signing(doc, staffed)
    with pytest.raises(ProcedureError, match="签发”应由主任"):
        steps.perform("outgoing", doc, "签发", {}, staffed["fuzhuren2"])
    positions.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 16), dt.date(2026, 11, 20),
                             staffed["zhuren"], "出差")
    pending = my_work.my_pending(staffed["fuzhuren2"])
    assert [(i.record_id, i.step, i.on_behalf) for i in pending] == [(doc, "签发", "代理孙主任")]
    steps.perform("outgoing", doc, "签发", {}, staffed["fuzhuren2"])
    sign = responsibility.last_sign("outgoing", doc, "签发")
    assert (sign.mode, sign.person, sign.actor_name) == ("代理", "孙主任", "钱副主任")
    assert responsibility.sign_text(sign) == "钱副主任（代理孙主任）"


def test_sending_back_returns_the_work_and_stays_in_the_history(staffed):
    doc = _request(staffed["kuiyuan"])
    _to_signing(doc, staffed)
    with pytest.raises(ProcedureError, match="签发”应由主任"):  # 退回 is the 签发 holder's
        steps.perform("outgoing", doc, "退回", {"退回到": "核稿", "理由": "数字不对"},
                      staffed["kuiyuan"])
    back = steps.perform("outgoing", doc, "退回", {"退回到": "核稿", "理由": "经费数字与预算不符"},
                         staffed["zhuren"])
    assert back.state == "拟稿中"
    assert [i.step for i in my_work.my_pending(staffed["chuzhang"])] == ["核稿"]
    assert my_work.my_pending(staffed["zhuren"]) == []
    assert returns_of("outgoing", doc) == 1
    assert returns_count("outgoing") == 1
    _to_signing(doc, staffed)  # 核稿 and 审核 again: the loop
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    history = [(s.step, s.state_to) for s in common.steps("outgoing", doc, CLI_ACTOR)]
    assert history == [("拟稿", "拟稿中"), ("核稿", "已核稿"), ("审核", "已核稿"),
                       ("退回", "拟稿中"), ("核稿", "已核稿"), ("审核", "已核稿"),
                       ("签发", "已签发")]
    assert "经费数字与预算不符" in common.steps("outgoing", doc, CLI_ACTOR)[-4].opinion
    modes = [(r.step, r.mode, r.returned_to) for r in StepSign.select().order_by(StepSign.id)]
    assert ("退回", "退回", "核稿") in modes


def test_each_user_sees_his_own_pending_steps_and_what_he_sent_on(staffed):
    doc = _request(staffed["kuiyuan"])
    other = outgoing.draft({"标题": "信息处通知", "文种": "通知", "拟稿单位": "信息处"},
                           staffed["kuiyuan"]).id
    assert [i.record_id for i in my_work.my_pending(staffed["chuzhang"])] == [doc]
    assert [i.record_id for i in my_work.my_pending(staffed["xinxi"])] == [other]
    assert my_work.my_pending(staffed["zhuren"]) == []
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    item, = my_work.my_pending(staffed["fuzhuren"])
    assert (item.record_id, item.step, item.due) == (doc, "审核", dt.date(2026, 11, 17))
    assert item.light(dt.date(2026, 11, 16)) == my_work.GREEN
    assert item.light(dt.date(2026, 11, 18)) == my_work.RED
    sent, = my_work.sent_on(staffed["chuzhang"])
    assert (sent.record_id, sent.step, sent.waiting_for) == (doc, "审核", "赵副主任")
    assert my_work.my_pending(staffed["fuzhuren2"]) == []
    assert not my_work.sees_overview(staffed["chuzhang"])
    assert my_work.sees_overview(staffed["zhuren"]) and my_work.sees_overview(staffed["wenshu"])


def _paper_text(form_name, record_id):
    import pymupdf as fitz

    from officedesk.printing import forms

    pdf = forms.get(form_name).build([record_id], CLI_ACTOR)
    with fitz.open(stream=pdf, filetype="pdf") as document:
        return "".join(page.get_text() for page in document).replace("\n", "")


def test_the_draft_paper_shows_who_actually_signed_marked_proxy_or_substitute(staffed, tmp_path):
    with _days_before():
        entered = _request(staffed["kuiyuan"])
        _to_signing(entered, staffed)
    steps.perform("outgoing", entered, "签发", {"签发人": "孙主任", "签发日期": "2026-11-13"},
                  staffed["wenshu"])
    text = _paper_text("outgoing-draft", entered)
    assert "孙主任（代录）" in text and "（代录：周文书于 2026年11月16日" in text
    assert "纸质件日期 2026年11月13日" in text
    assert "审核：同意  赵副主任" in text
    substituted = _request(staffed["kuiyuan"])
    _to_signing(substituted, staffed)
    positions.set_delegation("zhuren", "fuzhuren2", dt.date(2026, 11, 16), dt.date(2026, 11, 16),
                             CLI_ACTOR)
    steps.perform("outgoing", substituted, "签发", {}, staffed["fuzhuren2"])
    text = _paper_text("outgoing-draft", substituted)
    assert "钱副主任（代理孙主任）" in text and "代录" not in text
    pdf = tmp_path / "draft.pdf"
    from officedesk.printing import forms

    pdf.write_bytes(forms.get("outgoing-draft").build([entered], CLI_ACTOR))


def test_incoming_chain_and_the_slip_marks_the_leaders_instruction_entered_for_him(staffed):
    from officedesk.core.documents import incoming

    with _days_before():
        doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于防汛的通知"},
                               staffed["wenshu"]).id
        steps.perform("incoming", doc, "登记", {}, staffed["wenshu"])
        steps.perform("incoming", doc, "初审", {}, staffed["wenshu"])
        with pytest.raises(ProcedureError, match="“拟办”应由秘书科的科员或副科长或科长（周文书）办理"):
            steps.perform("incoming", doc, "拟办", {"拟办意见": "请赵副主任阅示"}, staffed["kuiyuan"])
        steps.perform("incoming", doc, "拟办", {"拟办意见": "请赵副主任阅示"}, staffed["wenshu"])
    assert [i.step for i in my_work.my_pending(staffed["fuzhuren"])] == ["批办"]
    assert [i.step for i in my_work.my_pending(staffed["zhuren"])] == ["批办"]
    assert my_work.my_pending(staffed["chuzhang"]) == []
    with pytest.raises(ProcedureError, match="李处长不能“批办”"):
        steps.perform("incoming", doc, "批办", {"批示内容": "同意", "批示领导": "李处长"},
                      staffed["wenshu"])
    steps.perform("incoming", doc, "批办", {"批示内容": "请综合处抓紧落实", "批示领导": "赵副主任"},
                  staffed["wenshu"], on="2026-11-13T10:00")  # 代录: the time on his paper
    text = _paper_text("incoming-slip", doc)
    assert "请综合处抓紧落实" in text and "赵副主任（代录）" in text
    assert "纸质件日期 2026年11月13日" in text
    assert "周文书" in text  # 拟办 by himself: his own name, no mark
    assert "周文书（代录）" not in text


def test_the_history_shows_proxy_entry_and_substitution(staffed):
    doc = _request(staffed["kuiyuan"])
    steps.perform("outgoing", doc, "核稿", {"核稿人": "李处长"}, staffed["wenshu"])
    positions.set_delegation("fuzhuren", "fuzhuren2", dt.date(2026, 11, 16), dt.date(2026, 11, 16),
                             CLI_ACTOR)
    steps.perform("outgoing", doc, "审核", {}, staffed["fuzhuren2"])
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    marks = responsibility.history_marks("outgoing", doc)
    history = common.steps("outgoing", doc, CLI_ACTOR)
    people = [(s.step, s.person + marks.get(s.id, "")) for s in history][1:]
    assert people == [("核稿", "李处长（代录：周文书）"), ("审核", "钱副主任（代理赵副主任）"),
                      ("签发", "孙主任")]
    text = _paper_text("outgoing-draft", doc)
    assert "李处长（代录）" in text and "钱副主任（代理赵副主任）" in text


def test_only_the_holder_of_the_waiting_step_sends_a_draft_back_to_its_drafter(staffed):
    doc = _request(staffed["kuiyuan"])
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    with pytest.raises(ProcedureError, match="“审核”应由分管该单位的副主任"):
        steps.perform("outgoing", doc, "退回修改", {"理由": "重写"}, staffed["kuiyuan"])
    back = steps.perform("outgoing", doc, "退回修改", {"理由": "请补充依据"}, staffed["fuzhuren"])
    assert back.state == "拟稿中"
    assert [i.step for i in my_work.my_pending(staffed["kuiyuan"])] == ["拟稿"]
    assert my_work.my_pending(staffed["chuzhang"]) == []
    steps.perform("outgoing", doc, "修改", {"正文": "一、依据"}, staffed["kuiyuan"])
    assert [i.step for i in my_work.my_pending(staffed["chuzhang"])] == ["核稿"]
    assert returns_count("outgoing") == 1
