"""The 发文稿纸 carries the signatures that stand on the draft as it is now. A 退回 undoes the
levels it sends the draft back over (退回修改: all of them; 退回到核稿: 核稿 and 审核): their
signatures of the round before were given to another text, and a 稿纸 printed then must not
show the 科长's 核稿 and the 副主任's 审核 over a text neither of them has seen. The history
keeps the loop (办理过程); the paper shows each level again once it is done again."""

from __future__ import annotations

from officedesk.core import steps
from tests.chain.test_chain_core import _paper_text, _request, _to_signing


def _boxes(record_id: int) -> str:
    """The 稿纸's 核稿 box (核稿 and 审核 lines), up to the 复核 box under it."""
    text = _paper_text("outgoing-draft", record_id)
    return text[text.index("核稿"):text.index("复核")]


def test_a_draft_sent_back_for_revision_prints_no_check_of_the_text_before(staffed):
    doc = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(doc, staffed)
    assert "李处长" in _boxes(doc) and "审核：同意  赵副主任" in _boxes(doc)
    steps.perform("outgoing", doc, "退回修改", {"理由": "第二部分要重写"}, staffed["zhuren"])
    steps.perform("outgoing", doc, "修改", {"正文": "一、重写的第二部分"}, staffed["kuiyuan"])
    boxes = _boxes(doc)
    assert "李处长" not in boxes and "赵副主任" not in boxes
    # done again, they stand again
    _to_signing(doc, staffed)
    assert "李处长" in _boxes(doc) and "审核：同意  赵副主任" in _boxes(doc)


def test_a_return_to_the_review_keeps_the_check_before_it(staffed):
    """退回到审核 (from the 签发人) undoes 审核 only: the 核稿 before it still stands."""
    doc = _request(staffed["kuiyuan"], kind="通知")
    _to_signing(doc, staffed)
    steps.perform("outgoing", doc, "退回", {"退回到": "审核", "理由": "请再审"}, staffed["zhuren"])
    boxes = _boxes(doc)
    assert "李处长" in boxes and "赵副主任" not in boxes
    steps.perform("outgoing", doc, "退回", {"退回到": "核稿", "理由": "请再核"}, staffed["fuzhuren"])
    assert "李处长" not in _boxes(doc)
