"""纪要格式 (GB/T 9704 §10.3): a 纪要 has no 署名 and no 成文日期, so its 附注 (§7.3.6) is the
last thing of its text. It was printed alone at the top of a page of its own when the 出席 /
列席 lists ended at a page's foot — a page with no 正文 (§7.3.5.5 asks 调整行距 instead).
Measured in one PDF of a sweep of lengths with PyMuPDF."""

from __future__ import annotations

import dataclasses

from officedesk.printing.samples import PARAGRAPHS, sample_document
from tests.printing.page_rows import drawn_apart, text_rows

FILLER = "各单位要按照统一部署，认真组织实施，确保各项工作落到实处。"
NOTE = "（此件公开发布）"


def _minutes(extra: int, attachments: bool):
    sample = sample_document(1, variant="minutes")
    body = "\n".join([*PARAGRAPHS[:6], FILLER * (extra // 4 + 1) + "完" * (extra % 4 * 7)])
    return dataclasses.replace(
        sample, organs=["中共云岭县委常委会会议"], body=body, note="此件公开发布",
        attachments=sample.attachments if attachments else [],
        attendees="、".join(["张建国（县委书记）", "李明华（县委副书记、县长）",
                            "王小明（县委常委、常务副县长）", "赵大海（县委常委、组织部部长）"]))


def test_a_minutes_note_never_stands_alone_on_a_page():
    documents = [_minutes(extra, attachments) for attachments in (False, True)
                 for extra in range(4, 16)]
    seen = 0
    for pages in drawn_apart(documents):
        rows = text_rows(pages, lambda s: abs(s.size - 16) < 0.1)
        noted = [k for k, page in enumerate(rows) if any(NOTE in row[3] for row in page)]
        assert len(noted) == 1
        page = rows[noted[0]]
        others = [row[3] for row in page if NOTE not in row[3]]
        # the 附注 with the 正文's (or the 出席 / 列席 lists') last lines, never alone
        assert others, f"the 附注 alone on page {noted[0] + 1}"
        seen += noted[0] > 0
    assert seen  # the sweep reached the page turns
