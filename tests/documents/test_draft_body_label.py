"""发文稿纸: the “正文” label and its rule keep with the first line of the text: wherever the boxes
above end, the label never closes a page with the text starting on the next."""

from __future__ import annotations

import pymupdf

from officedesk.core.documents import outgoing
from officedesk.printing.outgoing_draft import draft_paper

FIRST = "为做好岁末年初安全生产工作"


def _words(paper) -> list[list[str]]:
    with pymupdf.open(stream=paper.render()) as pdf:
        return [[w[4] for w in page.get_text("words")] for page in pdf]


def test_the_body_label_keeps_with_the_first_line(office, secretary):
    record = outgoing.draft({"文种": "通知", "标题": "关于做好岁末年初安全生产工作的通知",
                             "主送": "各单位", "正文": FIRST + "，现通知如下。\n一、压实责任"}, secretary)
    record = outgoing.check(record.id, record.version, secretary, "周核稿", "")
    broke = False
    # grow the 附件 box line by line: the boxes end ever lower, past the foot of page 1
    for count in range(1, 45):
        record.attachment_note = "\n".join(f"附件标题{k}" for k in range(1, count + 1))
        pages = _words(draft_paper(record, secretary))
        label = [k for k, words in enumerate(pages) if "正文" in words]
        body = [k for k, words in enumerate(pages) if any(w.startswith(FIRST) for w in words)]
        assert len(label) == 1 and body, pages
        assert label[0] == body[0], f"{count} 个附件：“正文”在第{label[0] + 1}页，正文起于第{body[0] + 1}页"
        broke = broke or label[0] > 0
    assert broke  # the boxes did push the label past page 1: the case was reached
