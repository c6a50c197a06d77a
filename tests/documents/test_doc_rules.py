"""Rule 9: a 请示 has one 主送机关 and is signed by the 主要负责人 (who may sign what is a
setting); 非密 carries no 保密期限, a classified document without one gets the statutory term —
the same for 收文 and 发文."""

from __future__ import annotations

import pytest

from officedesk.core import records, settings
from officedesk.core.documents import doc_rules, incoming, outgoing
from officedesk.core.errors import ValidationError


def _request(actor, **extra):
    raw = {"标题": "关于拨付防汛资金的请示", "文种": "请示", "主送": "市委", "正文": "妥否，请批示。"}
    raw.update(extra)
    record = outgoing.draft(raw, actor)
    record = outgoing.check(record.id, record.version, actor, "周核稿", "文字已核")
    return record


def test_a_request_goes_to_one_organ_and_is_signed_by_the_principal(office, secretary):
    with pytest.raises(ValidationError, match="请示只能主送一个上级机关，现在有 2 个"):
        outgoing.draft({"标题": "关于甲的请示", "文种": "请示", "主送": "市委、市政府"}, secretary)
    settings.put(doc_rules.PRINCIPAL.key, "王建国")
    record = _request(secretary)
    with pytest.raises(ValidationError, match="请示应由本机关主要负责人（王建国）签发"):
        outgoing.sign(record.id, record.version, secretary, "刘副主任", "同意")
    record = outgoing.sign(record.id, record.version, secretary, "王建国", "同意")
    assert record.signer == "王建国"
    # other documents: the listed signers (or anyone while the list is empty)
    settings.put(doc_rules.SIGNERS.key, "刘副主任\n张秘书长")
    notice = outgoing.draft({"标题": "关于乙的通知", "文种": "通知", "主送": "各单位"}, secretary)
    notice = outgoing.check(notice.id, notice.version, secretary, "周核稿", "")
    with pytest.raises(ValidationError, match="不在可签发公文的负责人名单中"):
        outgoing.sign(notice.id, notice.version, secretary, "赵科长")
    assert outgoing.sign(notice.id, notice.version, secretary, "张秘书长").signer == "张秘书长"


def test_secrecy_terms_follow_the_classification_for_both_registries(office, secretary, leader):
    out = outgoing.draft({"文种": "通知", "标题": "关于丙的通知", "密级": "机密"}, secretary)
    assert out.secrecy_term == "20年"
    with pytest.raises(ValidationError, match="非密文件不标保密期限"):
        outgoing.draft({"文种": "通知", "标题": "关于丁的通知", "密级": "非密", "保密期限": "10年"}, secretary)
    kept = outgoing.draft({"文种": "通知", "标题": "关于戊的通知", "密级": "秘密", "保密期限": "5年"}, secretary)
    assert kept.secrecy_term == "5年"  # one set on the document stays
    inc = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "绝密件", "密级": "绝密"}, secretary)
    assert inc.secrecy_term == "30年"
    inc = records.update(incoming.INCOMING, inc.id, {"密级": "非密"}, inc.version, leader)
    assert inc.secrecy_term == ""  # declassified (a leader's decision): the term goes with it


def test_a_document_added_as_signed_keeps_the_signing_rules(office, secretary):
    """`add` (and an import) of a document already signed keeps what 签发 checks of its content:
    a 请示 with its 主送 and the principal as signer, the listed signers for the others; a past
    register (import --history) brings its own signers of the time."""
    from officedesk.core import state_facts

    settings.put(doc_rules.PRINCIPAL.key, "王建国")
    signed = {"标题": "关于拨付资金的请示", "文种": "请示", "签发人": "徐科员", "签发日期": "2026-03-02"}
    with pytest.raises(ValidationError, match="请示须写明主送机关"):
        outgoing.draft(signed, secretary)
    with pytest.raises(ValidationError, match="请示应由本机关主要负责人（王建国）签发，不能由徐科员签发"):
        outgoing.draft({**signed, "主送": "市委"}, secretary)
    with pytest.raises(ValidationError, match="请示应由本机关主要负责人"):
        outgoing.draft({**signed, "主送": "市委", "状态": "已签发"}, secretary)
    assert outgoing.draft({**signed, "主送": "市委", "签发人": "王建国"}, secretary).state == "已签发"
    settings.put(doc_rules.SIGNERS.key, "刘副主任")
    with pytest.raises(ValidationError, match="不在可签发公文的负责人名单中"):
        outgoing.draft({"标题": "关于乙的通知", "文种": "通知", "签发人": "张三丰"}, secretary)
    with state_facts.importing_history():
        old = outgoing.draft({"标题": "关于丙的通知", "文种": "通知", "签发人": "前任主任",
                              "签发日期": "2025-03-02"}, secretary)
    assert old.signer == "前任主任"


@pytest.mark.parametrize("between", ["\u3000", " ", "/", "／", "：", ":"])
def test_a_request_names_no_second_organ_behind_a_space_slash_or_colon(office, secretary, between):
    with pytest.raises(ValidationError, match="请示只能主送一个上级机关，现在有 2 个"):
        outgoing.draft({"标题": "关于甲的请示", "文种": "请示",
                        "主送": f"中共云岭市委办公室{between}云岭市人民政府办公室"}, secretary)
    # the colon a 主送 ends with names no second office
    record = outgoing.draft({"标题": "关于乙的请示", "文种": "请示", "主送": "中共云岭市委办公室："},
                            secretary)
    assert doc_rules.organs(record.main_to) == ["中共云岭市委办公室"]
