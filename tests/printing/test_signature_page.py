"""GB/T 9704 §7.3.5: the 发文机关署名 and 成文日期 never stand on a page of their own (“此页无正文”).
When page 1 keeps its only line of 正文 (§7.3.3) and leaves no room under it even set tighter
(§7.3.5.5), a joint 公文 prints its 标志 with the 主办机关's name alone where that makes room
(saying so); else it is refused, saying what to do. A 署名 under a 附件说明 carried to page 2 is
no 署名 alone (§7.3.5.1: its 印章 上距正文（或附件说明）一行之内). Measured in the PDF with
PyMuPDF."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from officedesk.core.errors import ValidationError
from officedesk.printing import print_notes
from officedesk.printing.gbt9704 import DocumentData, compose, render_document
from tests.printing.conftest import open_pdf, spans

TITLE = "关于进一步加强和改进全县机关作风建设切实提高行政效能和服务水平推动高质量发展的实施意见的请示"
ONE_LINE = "妥否，请批示。"
JOINT = ["云岭县财政局", "云岭县审计局", "云岭县统计局"]
DATE = "2026年11月24日"


def _request(body: str = ONE_LINE, **extra) -> DocumentData:
    """A joint 上行文 with a crowded first page: 份号, 密级, 紧急程度, three organs' 标志, 签发人,
    a three-line title, the 主送; the three sign under their seals."""
    values = dict(
        title=TITLE, body=body, organs=JOINT, doc_number="云政办发〔2026〕7号",
        copy_number="12", secret_level="秘密", urgency="特急", is_upward=True,
        signers=["李国强", "王建国"], recipients="县人民政府：", signer_organs=JOINT,
        date=dt.date(2026, 11, 24), note="此件公开发布", cc="县人大常委会办公室。",
        printer_organ=JOINT[0], print_date=dt.date(2026, 11, 24))
    values.update(extra)
    return DocumentData(**values)


def _pages(pdf) -> list[str]:
    return [page.get_text() for page in pdf]


def _signed_page_has_text(pdf, words: tuple[str, ...]) -> bool:
    """The page of the 成文日期 holds one of ``words`` (the 正文's or the 附件说明's)."""
    page = next(p for p in pdf if any(s.text == DATE for s in spans(p)))
    return any(word in page.get_text() for word in words)


def test_a_joint_document_signs_with_its_text_under_the_lead_organ_alone():
    """Every organ's name in the 标志 left page 1 no room: the 署名 and the date stood alone on
    page 2. With the 主办机关's name alone they stand under the 正文 on page 1."""
    with print_notes.noting() as notes:
        pdf = open_pdf(render_document(_request()))
    texts = _pages(pdf)
    assert ONE_LINE in texts[0] and DATE in texts[0] and "此件公开发布" in texts[0]
    red = "".join(s.text for s in spans(pdf[0]) if s.is_red)
    assert JOINT[0] in red and JOINT[1] not in red and JOINT[2] not in red
    assert all(organ in texts[0] for organ in JOINT)  # the 署名 still names every organ
    assert len(notes) == 1 and "第7.3.5条" in notes[0] and JOINT[0] in notes[0]
    # the date under the 正文's line, inside the 版心
    line = next(s for s in spans(pdf[0]) if s.text == ONE_LINE)
    date = next(s for s in spans(pdf[0]) if s.text == DATE)
    assert line.top < date.top < pdf[0].rect.height - 35 * 72 / 25.4


LONG = ["云岭县人民政府办公室", "云岭县财政局", "云岭县发展和改革局"]


def test_no_room_even_so_is_refused_saying_what_to_do():
    """Three organs of longer names: their seals take two rows, which even the 主办机关's 标志
    alone leaves no room for under the one line on page 1 — refused, never printed with a page
    of 署名 and date (they stood alone on page 2)."""
    data = _request(organs=LONG, signer_organs=LONG)
    with pytest.raises(ValidationError) as refused:
        compose(data)
    said = str(refused.value)
    assert "第7.3.5条" in said and "此页无正文" in said and "第 2 页" in said
    assert "再打印" in said


def test_a_shorter_title_that_would_leave_room_is_named(monkeypatch):
    """GB/T 9704-1999's 80 mm 标志 (an office's setting) over a five-line title: refused,
    saying to how many lines to shorten it; a one-line title prints with the 署名 on page 1."""
    from officedesk.core import settings

    monkeypatch.setitem(settings._cache, "print.upward_mark_offset_mm", 80.0)
    title = "关于" + "申请拨付专项经费" * 9 + "的请示"
    data = _request(title=title, organs=JOINT[:1], signer_organs=JOINT[:1], signers=["李国强"],
                    copy_number="", secret_level="", urgency="", note="")
    with pytest.raises(ValidationError) as refused:
        compose(data)
    said = str(refused.value)
    assert "第7.3.5条" in said and "请把标题缩短到" in said
    assert 1 <= int(said.split("请把标题缩短到 ")[1].split(" 行")[0]) < 5
    pdf = open_pdf(render_document(dataclasses.replace(data, title="关于申请拨付专项经费的请示")))
    assert DATE in pdf[0].get_text() and ONE_LINE in pdf[0].get_text()


def test_a_signature_under_the_attachments_carried_over_is_printed():
    """The 附件说明 goes on to page 2 with the 署名 (page 1 keeps its one line of 正文): the
    署名 stands under the 附件说明, as §7.3.5.1 sets its seal — printed, not refused."""
    data = _request(organs=JOINT[:1], signer_organs=JOINT[:1],
                    signers=["李国强", "王建国", "张三", "李四"],
                    attachments=["云岭县重点项目前期工作经费测算表", "云岭县重点项目清单"])
    pdf = open_pdf(render_document(data))
    texts = _pages(pdf)
    assert ONE_LINE in texts[0]
    assert _signed_page_has_text(pdf, ("附件：",))


@pytest.mark.parametrize("signers", [0, 2, 4])
@pytest.mark.parametrize("organs", [1, 3])
def test_no_page_of_signature_and_date_alone(signers, organs):
    """One line of 正文 to several, under heads of every weight: each is printed with its 署名
    on a page of 正文 (or under its 附件说明), or refused."""
    for chars in (5, 40, 70, 100):
        for attachments in ([], ["经费测算表"]):
            data = _request(body="测" * chars + "。", organs=JOINT[:organs],
                            signers=["李国强", "王建国", "张三", "李四"][:signers],
                            is_upward=bool(signers), attachments=attachments)
            try:
                composed = compose(data)
            except ValidationError as refused:
                assert chars < 28 and "第7.3.5条" in str(refused), (chars, str(refused))
                continue
            signed = next(p for p in composed.pages
                          if any(t.kind == "signature" for t in p.texts))
            assert any(t.kind in ("body", "attachment") for t in signed.texts), chars
