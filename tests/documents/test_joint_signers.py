"""A joint 上行文 shows every 签发人 (GB/T 9704-2012 §7.2.5): ours, then each 联合发文机关's
负责人 who countersigned it (条例第二十二条), in the order of the 发文机关, two to a line."""

from __future__ import annotations

import pymupdf

from officedesk.core.documents import outgoing, recheck
from officedesk.printing import forms
from officedesk.printing.outgoing_document import document_data

ORGANS = ("某某市人民政府办公室", "某某市应急管理局")


def _joint_request(actor):
    record = outgoing.draft({"文种": "请示", "标题": "关于申请安全生产专项资金的请示",
                             "主送": "省委办公厅", "上行文": "是",
                             # two lines: a one-line 正文 under three organs' 标志 leaves the 署名 alone on
                             # page 2, which GB/T 9704 §7.3.5 forbids (refused)
                             "正文": "为做好全市安全生产专项整治工作，特申请专项资金。\n妥否，请批示。",
                             "联合发文机关": "、".join(ORGANS)}, actor)
    record = outgoing.check(record.id, record.version, actor, "周核稿", "")
    record = outgoing.send_countersign(record.id, record.version, actor, [*ORGANS, "市档案馆"])
    # answered in the other order: the names still follow the 联合发文机关 field
    record = outgoing.countersign(record.id, record.version, actor, ORGANS[1], "刘局长", "同意")
    record = outgoing.countersign(record.id, record.version, actor, "市档案馆", "钱二", "同意")
    record = outgoing.countersign(record.id, record.version, actor, ORGANS[0], "张副秘书长", "同意")
    record = outgoing.sign(record.id, record.version, actor, "王建国", "同意")
    record = recheck.recheck(record.id, record.version, actor, "周秘书")
    return outgoing.assign_number(record.id, record.version, actor)


def test_a_joint_upward_document_names_each_organs_signer_in_order(office, secretary):
    record = _joint_request(secretary)
    # a department only consulted (市档案馆) signs nothing
    assert document_data(record).signers == ["王建国", "张副秘书长", "刘局长"]
    with pymupdf.open(stream=forms.get("document").build([record.id], secretary)) as pdf:
        words = pdf[0].get_text("words")
    names = [w for w in words if w[4].removeprefix("签发人：") in ("王建国", "张副秘书长", "刘局长")]
    assert len(names) == 3, [w[4] for w in words]
    rows = sorted(names, key=lambda w: (round(w[1]), w[0]))
    assert [w[4] for w in rows] == ["签发人：王建国", "张副秘书长", "刘局长"]
    # two to a line: the first two side by side, the third on the next line
    assert abs(rows[0][1] - rows[1][1]) < 1 and rows[2][1] > rows[0][1] + 5


def test_a_single_organ_upward_document_keeps_its_one_signer(office, secretary):
    record = outgoing.draft({"文种": "报告", "标题": "关于安全生产工作情况的报告", "主送": "省委办公厅",
                             "正文": "特此报告。"}, secretary)
    record = outgoing.check(record.id, record.version, secretary, "周核稿", "")
    record = outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    record = recheck.recheck(record.id, record.version, secretary, "周秘书")
    record = outgoing.assign_number(record.id, record.version, secretary)
    assert document_data(record).signers == ["王建国"]
