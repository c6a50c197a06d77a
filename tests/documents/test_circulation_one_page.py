"""传阅单: a 收文 with a long title, a long 来文机关 and a long 批示 printed its closing note
(注：请按顺序传阅……不得横传、复制、摘抄。) alone on a second page, under eight blank rows on the
first — a sheet that goes round the leaders as one paper. The blank rows (spare rows for
readers added by hand) give way before the note leaves the page; the readers' rows stay.
Read back with PyMuPDF."""

from __future__ import annotations

import pymupdf
import pytest

from officedesk.core.documents import incoming
from officedesk.printing import forms

TITLE = ("关于转发《云州市人民政府办公室关于印发〈云州市2026年度优化营商环境重点任务清单〉和"
         "〈云州市深化“放管服”改革推进政府职能转变工作方案（2026—2028年）〉的通知》"
         "暨做好全县贯彻落实工作的通知")
ORGAN = "云州市人民政府办公室（云州市优化营商环境工作领导小组办公室）"
INSTRUCTION = ("同意拟办意见。请县发展和改革局主要负责同志亲自研究部署，对照任务清单逐项细化分解，"
               "明确责任单位、责任人和完成时限，确保各项改革任务落地见效；涉及跨部门的事项，由县政府"
               "分管领导牵头协调，重大问题及时报县委、县政府研究。")


def _paper(secretary, instruction: str, readers: list[str], paper: str = "circulation") -> bytes:
    """``paper`` printed for a 收文 of a long title, 来文机关 and ``instruction``."""
    record = incoming.sign_in({"收文日期": "2026-11-16", "来文机关": ORGAN, "来文字号": "云政办发〔2026〕45号",
                               "标题": TITLE, "文种": "通知", "密级": "非密", "紧急程度": "加急",
                               "份数": "2"}, secretary)
    record = incoming.register_doc(record.id, record.version, {}, secretary)
    record = incoming.review(record.id, record.version, secretary)
    record = incoming.propose(record.id, record.version, secretary, "拟请王主任阅示。")
    record = incoming.instruct(record.id, record.version, secretary, instruction, "王建国")
    record = incoming.assign(record.id, record.version, secretary, "市应急管理局", "赵科长", 5)
    record = incoming.circulate(record.id, record.version, secretary, readers)
    return forms.get(paper).build([record.id], secretary)


def _sheet(secretary, instruction: str, readers: list[str], paper: str = "circulation") -> list[str]:
    """The pages' text of ``_paper``."""
    with pymupdf.open(stream=_paper(secretary, instruction, readers, paper), filetype="pdf") as doc:
        return [page.get_text().replace("\n", "") for page in doc]


@pytest.mark.parametrize("repeat", [1, 2])
def test_the_note_stays_with_the_readers_table(office, secretary, repeat):
    readers = ["王建国", "刘志强"]
    pages = _sheet(secretary, INSTRUCTION * repeat, readers)
    assert len(pages) == 1, [page[:40] for page in pages]
    sheet = pages[0]
    assert "不得横传、复制、摘抄" in sheet and "刘志强" in sheet
    table = sheet.split("阅文意见及签名")[1]
    assert table.startswith("1王建国") and "2刘志强" in table  # the readers' rows stay


def test_a_short_sheet_keeps_its_eight_rows(office, secretary):
    pages = _sheet(secretary, "请阅。", ["王建国"])
    assert len(pages) == 1
    assert pages[0].split("阅文意见及签名")[1].split("注：")[0].endswith("8")
