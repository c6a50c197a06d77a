"""协调 resolves a 会签 不同意 and is the 签发人's (held_by 签发): it is offered — by `steps`, the
window's step bar (both read core.steps.available_steps) — only while there is a 不同意 it may
resolve, and a clerk who records it without naming the 签发人 is told the step he did (协调)
and the field where the 签发人 goes (签发人, or 签发人=姓名 / --person on the command line)."""

from __future__ import annotations

import pytest

from officedesk.core import clock, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.core.errors import ProcedureError
from tests.chain.test_chain_core import _request, _to_signing
from tests.chain.test_coordinate_holder import _disagreed


def _offered(doc, actor) -> list[str]:
    return [s.name for s in steps.available_steps("outgoing", doc, actor)]


def _listed(doc, actor) -> list[str]:
    return [s["step"] for s in steps.describe("outgoing", doc, actor)["steps"]]


def _all_agreed(staffed) -> int:
    doc = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "送会签", {"会签单位": "应急局"}, staffed["wenshu"])
    steps.perform("outgoing", doc, "会签", {"会签单位": "应急局", "会签人": "刘局长",
                                          "会签结果": "同意", "会签时间": clock.now()},
                  staffed["wenshu"])
    return doc


# ---------------------------------------------------------------- offered only with a 不同意


def test_coordination_is_not_offered_when_every_unit_agreed(staffed):
    doc = _all_agreed(staffed)
    assert not outgoing.disagreements(doc, CLI_ACTOR)
    for actor in (CLI_ACTOR, staffed["wenshu"], staffed["zhuren"]):
        assert "协调" not in _offered(doc, actor)
        assert "协调" not in _listed(doc, actor)
    assert "签发" in _offered(doc, staffed["zhuren"])
    # asked for anyway, it says why before anything is typed, not a 代录 refusal
    with pytest.raises(ProcedureError, match="没有需要协调的会签意见"):
        steps.perform("outgoing", doc, "协调", {"协调意见": "按原稿"}, CLI_ACTOR)


def test_coordination_is_offered_while_a_disagreement_is_open_and_not_after(staffed):
    doc = _disagreed(staffed)
    for actor in (CLI_ACTOR, staffed["wenshu"], staffed["zhuren"]):
        assert "协调" in _offered(doc, actor)
        assert "协调" in _listed(doc, actor)
    steps.perform("outgoing", doc, "协调", {"协调意见": "不采纳应急局意见"}, staffed["zhuren"])
    assert not outgoing.disagreements(doc, CLI_ACTOR)
    assert "协调" not in _offered(doc, staffed["zhuren"])
    assert "签发" in _offered(doc, staffed["zhuren"])


def test_a_joint_organ_s_disagreement_is_not_offered_for_coordination(staffed):
    doc = outgoing.draft({"标题": "关于联合开展安全检查的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "联合发文机关": "某某市人民政府办公室"},
                         staffed["kuiyuan"]).id
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "送会签", {"会签单位": "某某市人民政府办公室"}, staffed["wenshu"])
    steps.perform("outgoing", doc, "会签", {"会签单位": "某某市人民政府办公室", "会签人": "张副秘书长",
                                          "会签结果": "不同意", "会签意见": "范围过宽",
                                          "会签时间": clock.now()},
                  staffed["wenshu"])
    assert outgoing.disagreements(doc, CLI_ACTOR)  # a 不同意, but not one the lead office's 签发人 resolves
    assert "协调" not in _offered(doc, staffed["zhuren"])
    with pytest.raises(ProcedureError, match="联合发文机关某某市人民政府办公室不同意"):
        steps.perform("outgoing", doc, "协调", {"签发人": "孙主任", "协调意见": "按原稿"},
                      staffed["wenshu"])


# ---------------------------------------------------------------- 代录 without the person


def test_recording_a_coordination_without_the_signer_names_the_step_and_its_field(staffed):
    doc = _disagreed(staffed)
    for actor in (CLI_ACTOR, staffed["wenshu"]):
        with pytest.raises(ProcedureError) as refused:
            steps.perform("outgoing", doc, "协调", {"协调意见": "按原稿"}, actor)
        message = str(refused.value)
        assert "“协调”与“签发”一样" in message, message
        assert "孙主任" in message and "代录时请写明代谁录入" in message
        assert "“签发人”" in message and "签发人=姓名" in message and "--person" in message
        assert "人员一栏" not in message  # the dialog has no such field
    assert outgoing.disagreements(doc, CLI_ACTOR)  # nothing recorded
    # the two ways the message names both work
    steps.perform("outgoing", doc, "协调", {"协调意见": "按原稿", "签发人": "孙主任"}, CLI_ACTOR)
    assert not outgoing.disagreements(doc, CLI_ACTOR)


def test_the_signer_may_be_named_with_person_on_the_command_line(staffed):
    doc = _disagreed(staffed)
    steps.perform("outgoing", doc, "协调", {"协调意见": "按原稿"}, CLI_ACTOR, person="孙主任")
    assert outgoing.countersigns(doc, CLI_ACTOR)[0].resolution.startswith("孙主任协调：按原稿")


def test_a_decision_without_a_person_field_names_the_handler_field(staffed):
    doc = outgoing.draft({"标题": "关于拨付经费的通知", "文种": "通知", "拟稿单位": "综合处",
                          "拟稿人": "张科员"}, staffed["kuiyuan"]).id
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    with pytest.raises(ProcedureError) as refused:
        steps.perform("outgoing", doc, "退回修改", {"理由": "请核实经费"}, staffed["wenshu"])
    message = str(refused.value)
    assert "“退回修改”" in message and "“审核”" in message, message
    assert "“经办人”" in message and "--person 姓名" in message
    assert "=姓名" not in message  # 退回修改 has no person field of its own


def test_signing_is_not_offered_while_a_disagreement_is_open(staffed):
    doc = _disagreed(staffed)
    assert "签发" not in _offered(doc, staffed["zhuren"])
    assert "签发" not in _listed(doc, CLI_ACTOR)
    with pytest.raises(ProcedureError, match="会签单位不同意：应急局（检查范围过宽）"):
        steps.perform("outgoing", doc, "签发", {"签发人": "孙主任"}, CLI_ACTOR)
    steps.perform("outgoing", doc, "协调", {"协调意见": "不采纳应急局意见"}, staffed["zhuren"])
    assert "签发" in _offered(doc, staffed["zhuren"])
