"""复核 between 签发 and 编号 (《党政机关公文处理工作条例》第二十五条（一）) and 退回复审: a
substantive change found in 复核 goes back to the original signer, who signs again."""

from __future__ import annotations

import pytest

from officedesk.core import numbering, records, responsibility, rule_checks, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import common, outgoing
from officedesk.core.errors import PermissionDeniedError, ProcedureError, ValidationError
from officedesk.printing import forms
from tests.returns_counted import returns_of

from .helpers import outgoing_to_signed
from .test_printing import pdf_text

REASON = "第二部分“全面排查”的时限与省委文件不一致，需改为12月底前"


def offered(record_id: int, actor) -> list[str]:
    return [s.name for s in steps.available_steps("outgoing", record_id, actor)]


def state(record_id: int) -> str:
    return records.get(outgoing.OUTGOING, record_id, CLI_ACTOR).state


def test_numbering_waits_for_the_recheck(office, secretary):
    record = outgoing_to_signed(secretary)
    assert offered(record.id, secretary) == ["复核", "退回复审"]
    with pytest.raises(ProcedureError, match="此时可以：复核、退回复审"):
        steps.perform("outgoing", record.id, "编号", {}, secretary)
    with pytest.raises(ProcedureError, match="不能“编号”"):  # the core function itself
        outgoing.assign_number(record.id, record.version, secretary)
    assert records.get(outgoing.OUTGOING, record.id, CLI_ACTOR).doc_no == ""
    assert numbering.issued("outgoing", 2026) == []  # no number was taken

    done = steps.perform("outgoing", record.id, "复核",
                         {"复核人": "周秘书", "复核意见": "审批手续完备，文种、格式规范"}, secretary)
    assert (done.state_before, done.state) == ("已签发", "已复核")
    row = common.last_step("outgoing", record.id, "复核", secretary)
    assert (row.person, row.opinion, row.state_from, row.state_to) == (
        "周秘书", "审批手续完备，文种、格式规范", "已签发", "已复核")
    assert offered(record.id, secretary) == ["编号"]
    numbered = steps.perform("outgoing", record.id, "编号", {}, secretary)
    assert (numbered.state, numbered.number) == ("已编号", "某委办发〔2026〕1号")


def test_the_recheck_names_what_it_checked_and_who(office, secretary):
    record = outgoing_to_signed(secretary)
    steps.perform("outgoing", record.id, "复核", {}, secretary)
    row = common.last_step("outgoing", record.id, "复核", secretary)
    assert row.person == "李文书"  # the clerk who did it
    assert "审批手续、内容、文种、格式" in row.opinion


def test_the_recheck_is_the_office_s_not_a_leader_s(office, secretary, leader):
    record = outgoing_to_signed(secretary)
    assert offered(record.id, leader) == []
    for step, values in (("复核", {}), ("退回复审", {"理由": REASON})):
        with pytest.raises(PermissionDeniedError, match="只能由"):
            steps.perform("outgoing", record.id, step, values, leader)
    assert state(record.id) == "已签发"


def test_a_substantive_change_goes_back_to_the_signer_who_signs_again(office, secretary):
    record = outgoing_to_signed(secretary)  # signed by 王建国
    with pytest.raises(ValidationError, match="理由"):
        steps.perform("outgoing", record.id, "退回复审", {"理由": " "}, secretary)
    back = steps.perform("outgoing", record.id, "退回复审", {"理由": REASON}, secretary)
    assert (back.state_before, back.state) == ("已签发", "复审中")
    row = common.last_step("outgoing", record.id, "退回复审", secretary)
    assert row.opinion == f"报原签批人王建国复审：{REASON}"
    sign = responsibility.last_sign("outgoing", record.id, "退回复审")
    assert (sign.mode, sign.returned_to, sign.reason) == ("退回", "签发", REASON)
    assert returns_of("outgoing", record.id) == 1  # counted as a 退回 (效能)

    assert offered(record.id, secretary) == ["退回修改", "签发"]
    with pytest.raises(ProcedureError, match="不能“编号”"):
        steps.perform("outgoing", record.id, "编号", {}, secretary)
    described = steps.describe("outgoing", record.id, secretary)
    sign_step = next(s for s in described["steps"] if s["step"] == "签发")
    signer = next(f for f in sign_step["fields"] if f["label"] == "签发人")
    assert signer["default"] == "王建国"  # whose 复审 is awaited
    with pytest.raises(ProcedureError, match="已退回原签批人王建国复审，应由王建国重新签发"):
        steps.perform("outgoing", record.id, "签发", {"签发人": "刘副主任"}, secretary)
    assert state(record.id) == "复审中"

    again = steps.perform("outgoing", record.id, "签发",
                          {"签发意见": "同意，时限改为12月底前后印发"}, secretary)
    assert again.state == "已签发"
    assert records.get(outgoing.OUTGOING, record.id, CLI_ACTOR).sign_opinion == "同意，时限改为12月底前后印发"
    assert offered(record.id, secretary) == ["复核", "退回复审"]  # the new signature is checked too
    steps.perform("outgoing", record.id, "复核", {}, secretary)
    history = [(s.step, s.state_to) for s in common.steps("outgoing", record.id, CLI_ACTOR)][-4:]
    assert history == [("签发", "已签发"), ("退回复审", "复审中"), ("签发", "已签发"),
                       ("复核", "已复核")]
    assert steps.perform("outgoing", record.id, "编号", {}, secretary).state == "已编号"


def test_a_revision_after_the_rereview_is_signed_anew(office, secretary):
    """The signer may send the draft back for the change instead: the signature returned for
    复审 no longer stands, and the revised draft is checked and signed again."""
    record = outgoing_to_signed(secretary)
    steps.perform("outgoing", record.id, "退回复审", {"理由": REASON}, secretary)
    with pytest.raises(ProcedureError, match="不能由其复审的，请“退回修改”"):
        steps.perform("outgoing", record.id, "签发", {"签发人": "刘副主任"}, secretary)
    steps.perform("outgoing", record.id, "退回修改", {"理由": "请按复核意见修改时限"}, secretary)
    record = records.get(outgoing.OUTGOING, record.id, CLI_ACTOR)
    assert (record.state, record.signer, record.signed_on, record.doc_date) == (
        "拟稿中", "", None, None)
    paper = pdf_text(forms.get("outgoing-draft").build([record.id], secretary)).replace("\n", "")
    assert "同意印发" not in paper  # no signature on the draft being revised
    outgoing.edit_draft(record.id, record.version, {"正文": "一、全面排查\n12月底前完成。"},
                        secretary)
    steps.perform("outgoing", record.id, "核稿", {"核稿人": "周核稿"}, secretary)
    assert steps.perform("outgoing", record.id, "签发", {"签发人": "刘副主任"},
                         secretary).state == "已签发"
    steps.perform("outgoing", record.id, "复核", {}, secretary)
    assert state(record.id) == "已复核"


def test_the_content_stays_locked_while_signed(office, secretary):
    record = outgoing_to_signed(secretary)
    with pytest.raises(ProcedureError, match="稿件已签发，不能直接修改。.*退回复审"):
        records.update(outgoing.OUTGOING, record.id, {"标题": "改了"}, record.version, secretary)
    back = steps.perform("outgoing", record.id, "退回复审", {"理由": REASON}, secretary)
    assert back.state == "复审中"
    record = records.get(outgoing.OUTGOING, record.id, CLI_ACTOR)
    with pytest.raises(ProcedureError, match="稿件正在复审，不能直接修改。如需改稿，请先“退回修改”"):
        records.update(outgoing.OUTGOING, record.id, {"标题": "改了"}, record.version, secretary)


def test_records_signed_before_the_recheck_existed_wait_for_it(office, secretary):
    """A database from before 复核: its 已签发 records (made by 签发, or imported signed) keep
    their state and now wait for 复核; records already numbered carry on as they were."""
    imported = outgoing.OUTGOING.create_hook(
        {"文种": "通知", "标题": "已签未编号", "签发人": "王建国", "签发日期": "2026-11-02"}, secretary
    )
    assert imported.state == "已签发"
    described = steps.describe("outgoing", imported.id, secretary)
    assert [s["step"] for s in described["steps"]] == ["复核", "退回复审"]
    with pytest.raises(ProcedureError, match="此时可以：复核、退回复审"):
        steps.perform("outgoing", imported.id, "编号", {}, secretary)
    back = steps.perform("outgoing", imported.id, "退回复审", {"理由": REASON}, secretary)
    assert back.state == "复审中"  # its signer came with the import
    assert "原签批人王建国" in common.last_step("outgoing", imported.id, "退回复审", secretary).opinion
    steps.perform("outgoing", imported.id, "签发", {"签发人": "王建国"}, secretary)
    steps.perform("outgoing", imported.id, "复核", {}, secretary)
    assert steps.perform("outgoing", imported.id, "编号", {}, secretary).state == "已编号"

    numbered = outgoing.OUTGOING.create_hook(
        {"文种": "通知", "标题": "往年已编号", "签发人": "王建国", "签发日期": "2026-03-02",
         "发文字号": "某委办发〔2026〕2号"}, secretary)
    assert numbered.state == "已编号" and offered(numbered.id, secretary) == ["印制"]
    assert rule_checks.check_states() == []  # no 复核 is asked of them by `check`


def test_the_draft_paper_shows_the_recheck(office, secretary):
    record = outgoing_to_signed(secretary)
    paper = pdf_text(forms.get("outgoing-draft").build([record.id], secretary)).replace("\n", "")
    assert "复核" in paper and "审批手续" not in paper
    steps.perform("outgoing", record.id, "退回复审", {"理由": REASON}, secretary)
    paper = pdf_text(forms.get("outgoing-draft").build([record.id], secretary)).replace("\n", "")
    assert f"报原签批人王建国复审：{REASON}  李文书" in paper and "待原签批人复审" in paper
    steps.perform("outgoing", record.id, "签发", {"签发人": "王建国"}, secretary)
    steps.perform("outgoing", record.id, "复核", {"复核人": "周秘书"}, secretary)
    paper = pdf_text(forms.get("outgoing-draft").build([record.id], secretary)).replace("\n", "")
    assert "经复核，审批手续、内容、文种、格式无误" in paper and "周秘书" in paper
    assert "待原签批人复审" not in paper and "需改为12月底前" in paper  # the trail stays


def test_the_efficiency_figures_count_the_recheck_as_its_own_step(office, secretary):
    """效能: the wait for 复核 (签发 → 复核) is not folded into 编号 (复核 → 编号)."""
    import datetime as dt

    from officedesk.core import clock
    from officedesk.core.efficiency import efficiency

    clock.set_today(dt.date(2026, 11, 2))  # a Monday
    record = outgoing_to_signed(secretary)
    clock.set_today(dt.date(2026, 11, 4))
    steps.perform("outgoing", record.id, "复核", {}, secretary)
    clock.set_today(dt.date(2026, 11, 5))
    steps.perform("outgoing", record.id, "编号", {}, secretary)
    figures = efficiency(secretary, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    rows = {s["step"]: s for s in figures["procedures"]["outgoing"]["steps"]}
    assert (rows["复核"]["count"], rows["编号"]["count"]) == (1, 1)
    assert rows["复核"]["median"] > rows["编号"]["median"]  # two working days against one
