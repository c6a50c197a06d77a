"""After a 退回 the record says what the 发文稿纸 says (core.documents.common.standing_step): a
核稿 or 签发 the return undid no longer names its 核稿人/签发人 on the record, while the trail
and the step rows keep every round. A 会签 the draft was taken back from (退回修改 at 会签中,
not sent again) is no longer awaited on the 稿纸. And the sole 核稿 holder who 修改s a draft
sent back to 核稿 is told first that he becomes its drafter, and told after why he may not
核稿 it and who can help."""

from __future__ import annotations

import pytest

from officedesk.core import records, steps
from officedesk.core.documents import outgoing
from officedesk.core.documents.common import steps as step_rows
from officedesk.core.errors import OfficeDeskError
from tests.chain.test_chain_core import _paper_text, _request, _to_signing


def _record(doc, actor):
    return records.get(outgoing.OUTGOING, doc, actor)


def test_a_return_for_revision_clears_the_checker_the_rows_keep_him(staffed):
    doc = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(doc, staffed)
    assert _record(doc, staffed["zhuren"]).checker == "李处长"
    steps.perform("outgoing", doc, "退回修改", {"理由": "第二部分要重写"}, staffed["zhuren"])
    assert _record(doc, staffed["zhuren"]).checker == ""  # the 稿纸 shows no 核稿 either
    kept = [(r.step, r.person) for r in step_rows("outgoing", doc, staffed["zhuren"])]
    assert ("核稿", "李处长") in kept and ("审核", "赵副主任") in kept
    # done again, the record names him again; the levels judge the rows as before
    steps.perform("outgoing", doc, "修改", {"正文": "一、重写的第二部分"}, staffed["kuiyuan"])
    _to_signing(doc, staffed)
    assert _record(doc, staffed["zhuren"]).checker == "李处长"


def test_a_return_to_the_check_clears_it_one_to_the_review_does_not(staffed):
    doc = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "退回", {"退回到": "审核", "理由": "请再审"}, staffed["zhuren"])
    assert _record(doc, staffed["zhuren"]).checker == "李处长"  # his 核稿 still stands
    steps.perform("outgoing", doc, "退回", {"退回到": "核稿", "理由": "请再核"}, staffed["fuzhuren"])
    assert _record(doc, staffed["zhuren"]).checker == ""


def test_a_countersign_taken_back_is_not_awaited_on_the_paper(staffed):
    doc = _request(staffed["kuiyuan"], kind="通知")
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "送会签", {"会签单位": "信息处"}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "退回修改", {"理由": "不再会签，改稿"}, staffed["fuzhuren"])
    steps.perform("outgoing", doc, "修改", {"正文": "一、改过的稿"}, staffed["kuiyuan"])
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    text = _paper_text("outgoing-draft", doc)
    assert "待会签" not in text
    assert "信息处：未会签" in text  # the trail of who was asked stays, said as it ended


def _sent_back_to_check(staffed):
    doc = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "退回", {"退回到": "核稿", "理由": "请再核"}, staffed["zhuren"])
    return doc


def test_the_sole_checker_is_told_before_an_edit_that_he_becomes_its_drafter(staffed):
    from officedesk.core import self_check

    doc = _sent_back_to_check(staffed)
    record = _record(doc, staffed["chuzhang"])
    caution = str(self_check.step_caution("outgoing", "修改", record, staffed["chuzhang"]))
    assert "核稿" in caution and "拟稿" in caution and "管理员" in caution
    # the drafter himself is told nothing
    assert self_check.step_caution("outgoing", "修改", record, staffed["kuiyuan"]) is None
    assert self_check.step_caution("outgoing", "核稿", record, staffed["chuzhang"]) is None


def test_a_checker_who_edited_is_told_why_he_may_not_check_and_who_can_help(staffed):
    doc = _sent_back_to_check(staffed)
    steps.perform("outgoing", doc, "修改", {"正文": "一、核稿人改过的稿"}, staffed["chuzhang"],
                  cautioned=True)  # told first (tests/chain/test_edit_caution_heard.py)
    with pytest.raises(OfficeDeskError) as refused:
        steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    message = str(refused.value.message)
    assert "修改" in message and "拟稿人，" not in message
    assert "管理员" in message  # nobody else holds 核稿 here: what the administrator does
