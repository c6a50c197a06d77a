"""联合发文 (《党政机关公文处理工作条例》第二十二条：联合发文由所有联署机关的负责人会签): 签发 waits
until every 联合发文机关 has countersigned 同意 by its 负责人; 送会签 offers and accepts them; a
联合发文机关's 不同意 is not overruled by the lead office's 协调; the 成文日期 is the last signature's
day. The 签发人 who resolved a 会签 不同意 (协调) is the one who signs."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import check, clock, directory, records, settings, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import common, countersign, outgoing
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.documents import Countersign

JOINT = "某某市人民政府办公室"


def _joint_draft(actor, organs=JOINT):
    record = outgoing.draft({"文种": "通知", "标题": "关于联合开展安全检查的通知", "主送": "各县（市、区）",
                             "联合发文机关": organs}, actor)
    return outgoing.check(record.id, record.version, actor, "周核稿", "")


def test_a_joint_document_is_signed_only_after_each_organ_countersigned(office, secretary):
    record = _joint_draft(secretary)
    with pytest.raises(ProcedureError, match=f"联合发文.*{JOINT}.*送会签"):
        outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    # the step list says so too (the window's dialog reads the same): 签发 is not offered
    offered = [s.name for s in steps.available_steps("outgoing", record.id, secretary)]
    assert "签发" not in offered and "送会签" in offered
    proc = steps.procedure("outgoing")
    assert proc.find("送会签").defaults(record)["units"] == JOINT
    # a department consulted is no 联署机关
    record = outgoing.send_countersign(record.id, record.version, secretary, ["市档案馆"])
    record = outgoing.countersign(record.id, record.version, secretary, "市档案馆", "钱二", "同意")
    with pytest.raises(ProcedureError, match=f"尚未会签：{JOINT}"):
        outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    record = outgoing.send_countersign(record.id, record.version, secretary, [JOINT, "市档案馆"])
    record = outgoing.countersign(record.id, record.version, secretary, "市档案馆", "钱二", "同意")
    record = outgoing.countersign(record.id, record.version, secretary, JOINT, "张副秘书长",
                                  "检查范围应包括企业", answer="不同意")
    # the lead office's 签发人 cannot decide for the other issuing organ
    with pytest.raises(ProcedureError, match=f"联合发文机关{JOINT}不同意"):
        outgoing.coordinate(record.id, record.version, secretary, "王建国", "按原稿")
    with pytest.raises(ProcedureError, match=JOINT):
        outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    record = outgoing.send_countersign(record.id, record.version, secretary, [JOINT])
    record = outgoing.countersign(record.id, record.version, secretary, JOINT, "张副秘书长", "同意")
    record = outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    assert record.state == outgoing.SIGNED
    assert check.run_checks(update_anchor=False) == []  # the chain and the rows agree
    row, = Countersign.select().where(Countersign.doc_id == record.id)
    assert (row.unit, row.person, row.answer) == (JOINT, "张副秘书长", "同意")


def test_the_date_of_a_joint_document_is_the_last_signature(office, secretary):
    clock.set_today(dt.date(2026, 11, 12))
    record = _joint_draft(secretary, f"{JOINT}、市应急管理局")
    record = outgoing.send_countersign(record.id, record.version, secretary,
                                       [JOINT, "市应急管理局"])
    record = outgoing.countersign(record.id, record.version, secretary, JOINT, "张副秘书长",
                                  "同意", at=dt.datetime(2026, 11, 12, 0, 0))  # past at any hour of the 12th
    clock.set_today(dt.date(2026, 11, 16))
    record = outgoing.countersign(record.id, record.version, secretary, "市应急管理局", "刘局长",
                                  "同意", at=dt.datetime(2026, 11, 13, 15, 0))
    with pytest.raises(ValidationError, match="不能早于会签日期"):
        outgoing.sign(record.id, record.version, secretary, "王建国", "", dt.date(2026, 11, 12))
    record = outgoing.sign(record.id, record.version, secretary, "王建国", "", dt.date(2026, 11, 14))
    assert record.doc_date == dt.date(2026, 11, 14)


def test_the_joint_organs_are_accepted_for_countersigning_outside_the_directory(office, secretary):
    for name, short in (("某某市档案馆", "市档案馆"), ("某某市财政局", "市财政局")):
        records.create(directory.UNITS, {"单位名称": name, "简称": short}, secretary)
    record = _joint_draft(secretary)
    with pytest.raises(ValidationError, match="不在通讯录中"):
        outgoing.send_countersign(record.id, record.version, secretary, ["某某市不存在局"])
    record = outgoing.send_countersign(record.id, record.version, secretary, [JOINT, "市档案馆"])
    assert [c.unit for c in outgoing.countersigns(record.id, CLI_ACTOR)] == [JOINT, "某某市档案馆"]


def test_coordination_is_by_one_who_may_sign_and_he_signs(office, secretary):
    settings.put("documents.signers", "王建国\n刘志强")
    record = outgoing.draft({"文种": "通知", "标题": "关于调整城区停车收费标准的通知", "主送": "各单位",
                             "拟稿人": "陈晓"}, secretary)
    record = outgoing.check(record.id, record.version, secretary, "周核稿", "")
    record = outgoing.send_countersign(record.id, record.version, secretary, ["市财政局"])
    record = outgoing.countersign(record.id, record.version, secretary, "市财政局", "孙一",
                                  "标准过高", answer="不同意")
    with pytest.raises(ValidationError, match="陈晓不在可签发公文的负责人名单中"):
        outgoing.coordinate(record.id, record.version, secretary, "陈晓", "不采纳财政局意见")
    record = outgoing.coordinate(record.id, record.version, secretary, "王建国", "不采纳财政局意见")
    assert steps.procedure("outgoing").find("签发").defaults(record)["signer"] == "王建国"
    with pytest.raises(ProcedureError, match="已由王建国协调.*应由王建国签发"):
        outgoing.sign(record.id, record.version, secretary, "刘志强", "同意")
    record = outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    assert (record.state, record.signer) == (outgoing.SIGNED, "王建国")


def test_a_joint_document_revised_after_its_countersigning_is_countersigned_again(office, secretary):
    """Each 联署机关's 负责人 agrees to the text issued: a 同意 given before the draft was revised
    (退回修改, 修改) no longer lets it be signed; one given after, or a revision that changed
    nothing, does."""
    clock.set_today(dt.date(2026, 11, 12))
    record = _joint_draft(secretary, f"{JOINT}、市应急管理局")
    record = outgoing.send_countersign(record.id, record.version, secretary, [JOINT, "市应急管理局"])
    for organ, person in ((JOINT, "张副秘书长"), ("市应急管理局", "刘局长")):
        record = outgoing.countersign(record.id, record.version, secretary, organ, person, "同意")
    record = outgoing.send_back(record.id, record.version, secretary, "主送范围再斟酌")
    record = outgoing.edit_draft(record.id, record.version, {}, secretary)  # saved, nothing changed
    record = outgoing.check(record.id, record.version, secretary, "周核稿", "")
    assert countersign.joint_refusal(record) is None  # the text they agreed to
    record = outgoing.send_back(record.id, record.version, secretary, "补充检查范围")
    record = outgoing.edit_draft(record.id, record.version, {"正文": "检查范围包括企业。"}, secretary)
    record = outgoing.check(record.id, record.version, secretary, "周核稿", "")
    with pytest.raises(ProcedureError, match=f"尚未会签：{JOINT}、市应急管理局"):
        outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    history = common.steps("outgoing", record.id, secretary)
    revised = [s for s in history if s.step == "修改"][-1]
    assert revised.opinion == f"修改正文；{JOINT}、市应急管理局须对修改后的稿件重新会签"
    agreed = [s for s in history if s.step == "会签"]
    assert len(agreed) == 2  # the earlier answers stay in the history
    assert countersign.joint_pending(record) == [JOINT, "市应急管理局"]  # what 送会签 offers again
    record = outgoing.send_countersign(record.id, record.version, secretary, [JOINT, "市应急管理局"])
    for organ, person in ((JOINT, "张副秘书长"), ("市应急管理局", "刘局长")):
        record = outgoing.countersign(record.id, record.version, secretary, organ, person, "同意")
    record = outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    assert record.state == outgoing.SIGNED
    assert check.run_checks(update_anchor=False) == []  # the chain and the rows agree
