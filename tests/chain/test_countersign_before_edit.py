"""A 会签 answered before the draft was sent back (退回修改) and rewritten (修改) was given to the
text before, not the one the 签发人 signs: the 发文稿纸 says so — 未会签 (as a 会签 taken back:
tests/chain/test_after_return_record.py), with the earlier answer kept as the trail — until the
draft is sent to 会签 again and answered. A 修改 that changed nothing, and a 退回修改 not
yet followed by a 修改, leave the answer standing."""

from __future__ import annotations

from officedesk.core import steps
from officedesk.core.documents import countersign, outgoing
from tests.chain.test_chain_core import _paper_text, _request, _to_signing


def _countersigned(staffed) -> int:
    doc = _request(staffed["kuiyuan"], kind="通知")
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "送会签", {"会签单位": "信息处"}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "会签", {"会签单位": "信息处", "会签人": "吴处长", "会签结果": "同意"}, staffed["xinxi"])
    return doc


def _cosign_box(doc: int) -> str:
    text = _paper_text("outgoing-draft", doc)
    return text[text.index("会签"):text.index("核稿")]


def test_an_answer_before_the_rewrite_prints_as_not_given_to_this_text(staffed):
    doc = _countersigned(staffed)
    assert "信息处：同意" in _cosign_box(doc)
    steps.perform("outgoing", doc, "退回修改", {"理由": "第二部分要重写"}, staffed["fuzhuren"])
    assert "信息处：同意" in _cosign_box(doc)  # not rewritten yet: the same text
    steps.perform("outgoing", doc, "修改", {"正文": "一、重写的第二部分"}, staffed["kuiyuan"])
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "签发", {}, staffed["zhuren"])
    box = _cosign_box(doc)
    assert "信息处：未会签" in box and "修改后未再送会签" in box, box
    assert "吴处长" in box  # the trail: who answered the text before, and how
    record = outgoing.OUTGOING.model.get_by_id(doc)
    row, = countersign.countersigns_of(doc)
    assert countersign.answered_before_edit(record, row)


def test_sent_again_and_answered_it_stands(staffed):
    doc = _countersigned(staffed)
    steps.perform("outgoing", doc, "退回修改", {"理由": "改"}, staffed["fuzhuren"])
    steps.perform("outgoing", doc, "修改", {"正文": "一、改过的稿"}, staffed["kuiyuan"])
    steps.perform("outgoing", doc, "核稿", {}, staffed["chuzhang"])
    steps.perform("outgoing", doc, "送会签", {"会签单位": "信息处"}, staffed["chuzhang"])
    assert "信息处：（待会签）" in _cosign_box(doc)
    steps.perform("outgoing", doc, "会签", {"会签单位": "信息处", "会签人": "吴处长", "会签结果": "同意"}, staffed["xinxi"])
    box = _cosign_box(doc)
    assert "信息处：同意" in box and "未会签" not in box


def test_an_edit_that_changed_nothing_leaves_the_answer(staffed):
    doc = _countersigned(staffed)
    steps.perform("outgoing", doc, "退回修改", {"理由": "再看看"}, staffed["fuzhuren"])
    body = outgoing.OUTGOING.model.get_by_id(doc).body
    steps.perform("outgoing", doc, "修改", {"正文": body}, staffed["kuiyuan"])
    box = _cosign_box(doc)
    assert "信息处：同意" in box and "未会签" not in box
