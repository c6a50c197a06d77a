"""The documents' printed papers: every form builds, carries its content, hides what it must,
and the 公文 keeps the GB/T 9704 geometry."""

from __future__ import annotations

import pymupdf
import pytest

from officedesk.core.documents import incoming, outgoing
from officedesk.core.errors import PermissionDeniedError, ProcedureError
from officedesk.printing import forms

from .helpers import (
    archive_it,
    incoming_to_done,
    outgoing_to_distributed,
    outgoing_to_rechecked,
    outgoing_to_signed,
)

MM = 72 / 25.4
FORMS = (
    "incoming-slip",
    "circulation",
    "incoming-reminder",
    "outgoing-draft",
    "document",
    "archive-list",
)


def pdf_text(data: bytes) -> str:
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return "\n".join(page.get_text() for page in pdf)


def spans(data: bytes, page_no: int = 0) -> list[dict]:
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        page = pdf[page_no]
        out = []
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                out.extend(line["spans"])
        return out


def test_every_form_is_registered():
    names = {f.name for f in forms.all_forms()}
    assert set(FORMS) <= names
    assert forms.get("document").registry == "outgoing"
    assert forms.get("incoming-slip").registry == "incoming"


def test_incoming_papers_carry_the_handling(office, secretary):
    record = incoming_to_done(secretary)
    slip = pdf_text(forms.get("incoming-slip").build([record.id], secretary))
    for text in (
        "收文处理笺",
        "省委办公厅",
        "省委办发〔2026〕45号",
        "拟办意见",
        "领导批示",
        "请市应急局牵头抓好落实。",
        "王建国",
        "市应急管理局",
        "已转发各县区",
    ):
        assert text in slip.replace("\n", ""), text
    circ = pdf_text(forms.get("circulation").build([record.id], secretary)).replace("\n", "")
    assert "文件传阅单" in circ and "刘志强" in circ and "阅毕时间" in circ
    remind = pdf_text(forms.get("incoming-reminder").build([record.id], secretary)).replace(
        "\n", ""
    )
    assert "催办单" in remind and "请市应急管理局抓紧办理" in remind


def test_outgoing_draft_prints_at_any_step_and_document_only_when_numbered(office, secretary):
    draft = outgoing.draft(
        {
            "标题": "关于开展机关作风建设年活动的通知",
            "文种": "通知",
            "拟稿单位": "秘书科",
            "正文": "一、总体要求\n认真落实。",
        },
        secretary,
    )
    text = pdf_text(forms.get("outgoing-draft").build([draft.id], secretary)).replace("\n", "")
    assert "发文稿纸" in text and "复核后编号" in text and "一、总体要求" in text
    with pytest.raises(ProcedureError, match="尚未签发编号"):
        forms.get("document").build([draft.id], secretary)
    signed = outgoing_to_signed(secretary)
    text = pdf_text(forms.get("outgoing-draft").build([signed.id], secretary)).replace("\n", "")
    assert "同意印发" in text and "市政府办公室" in text and "孙一" in text


def test_document_geometry(office, secretary):
    record = outgoing_to_distributed(secretary)
    data = forms.get("document").build([record.id], secretary)
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        page = pdf[0]
        assert abs(page.rect.width - 210 * MM) < 1 and abs(page.rect.height - 297 * MM) < 1
        assert len(pdf) >= 1
    found = spans(data)

    def is_red(color: int) -> bool:
        return (color >> 16) & 0xFF > 0xC0 and (color >> 8) & 0xFF < 0x40 and color & 0xFF < 0x40

    red = [s for s in found if is_red(s["color"])]
    assert red and "中共某某市委办公室" in "".join(s["text"] for s in red)
    mark_top = min(s["bbox"][1] for s in red)
    assert abs(mark_top - (37 + 35) * MM) < 4 * MM  # 标志 35 mm below the 版心 top
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        rules = [
            d
            for d in pdf[0].get_drawings()
            if d.get("color")
            and d["color"][0] > 0.8
            and d["color"][1] < 0.2
            and d["rect"].width > 150 * MM
        ]
    assert (
        rules
        and abs(rules[0]["rect"].x0 - 28 * MM) < 1
        and abs(rules[0]["rect"].width - 156 * MM) < 1
    )
    number = next(s for s in found if "某委办发〔2026〕1号" in s["text"])
    title = next(s for s in found if "关于进一步加强" in s["text"])
    assert abs(title["size"] - 22) < 0.6
    body = [s for s in found if "各单位要充分认识" in s["text"]]
    assert body and abs(body[0]["size"] - 16) < 0.3
    assert number["bbox"][1] > 37 * MM
    # the 版心: nothing left of 28 mm, nothing above 37 mm (except the marks of 份号/密级)
    lefts = [s["bbox"][0] for s in found if s["text"].strip()]
    assert min(lefts) >= 28 * MM - 1.0
    tops = [s["bbox"][1] for s in found if s["text"].strip()]
    assert min(tops) >= 37 * MM - 6  # the first grid line's em box starts at the 版心 top


def test_classified_document_has_copy_number_and_marks(office, secretary):
    record = outgoing_to_rechecked(secretary, 密级="机密", 保密期限="10年", 份数="2", 紧急程度="特急")
    record = outgoing.assign_number(record.id, record.version, secretary)
    record = outgoing.mark_printed(record.id, record.version, secretary)
    text = pdf_text(forms.get("document").build([record.id], secretary, all_copies=True))
    assert "000001" in text and "000002" in text and "机密" in text and "特急" in text


def test_forms_refuse_records_above_clearance(office, secretary, clerk):
    secret = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "绝密件", "密级": "绝密"}, secretary)
    for name in ("incoming-slip", "circulation", "incoming-reminder"):
        with pytest.raises(PermissionDeniedError):
            forms.get(name).build([secret.id], clerk)
    record = outgoing_to_distributed(secretary, 密级="机密")
    for name in ("outgoing-draft", "document"):
        with pytest.raises(PermissionDeniedError):
            forms.get(name).build([record.id], clerk)


def test_archive_list_hides_classified_items(office, secretary, clerk):
    open_one = archive_it("incoming", incoming_to_done(secretary), secretary)
    secret = archive_it(
        "outgoing", outgoing_to_distributed(secretary, 密级="机密", 标题="机密的通知"), secretary
    )
    full = pdf_text(forms.get("archive-list").build([], secretary)).replace("\n", "")
    assert "归档文件目录" in full and open_one.archive_no in full and secret.archive_no in full
    limited = pdf_text(forms.get("archive-list").build([], clerk)).replace("\n", "")
    assert open_one.archive_no in limited and secret.archive_no not in limited
