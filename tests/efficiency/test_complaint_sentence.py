"""The 效能通报's 效能投诉 sentence adds up: a complaint with a 核查结论 but still 待处理 is counted
once among those still open, not also as closed; its parts come from core (the table's counts)."""

from __future__ import annotations

import datetime as dt

import pymupdf as fitz

from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency.figures import Period
from officedesk.printing import forms

D = dt.date
RAW = {"投诉方式": "电话", "登记日期": "2025-11-03", "投诉人": "钱女士", "被投诉单位": "县自然资源局",
       "投诉类别": "办事拖拉", "投诉内容": "不动产登记两周未办结。"}


def _complaints(admin) -> None:
    """Five complaints: 2 closed (属实 with 效能告诫, 不属实), 2 concluded but 待处理 (属实,
    部分属实), 1 not yet verified."""
    for finding, closed in (("属实", True), ("不属实", True), ("属实", False), ("部分属实", False),
                            ("", False)):
        record = C.register_complaint(RAW, admin)
        if not finding:
            continue
        record = C.send_for_verification(record.id, record.version, admin, "县纪委监委",
                                          on="2025-11-05")
        record = C.conclude(record.id, record.version, admin, finding, "核实。", on="2025-11-10")
        if closed:
            C.dispose(record.id, record.version, admin, "效能告诫" if finding == "属实" else "",
                      "予以告诫。" if finding == "属实" else "", on="2025-11-12")


def test_core_splits_the_complaints_into_closed_and_open(office, admin):
    _complaints(admin)
    total = C.per_unit(admin, Period(D(2025, 11, 1), D(2025, 11, 30)))["total"]
    assert (total["total"], total["closed"], total["open"]) == (5, 2, 3)
    assert total["closed"] + total["open"] == total["total"]
    assert (total["open_found"], total["verifying"]) == (2, 1)  # 待处理 with a 结论; 核查
    assert total["found"] == 4
    assert (total["属实"], total["部分属实"], total["不属实"]) == (2, 1, 1)
    # every conclusion belongs to a closed complaint or to one waiting for 处理
    assert total["属实"] + total["部分属实"] + total["不属实"] == total["found"]
    assert total["found"] == total["closed"] + total["open_found"]


def test_the_printed_sentence_counts_each_complaint_once(office, admin):
    _complaints(admin)
    pdf = forms.get("efficiency").build([], admin, date_from="2025-11-01", date_to="2025-11-30")
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "").replace(" ", "")
    start = text.index("本期受理效能投诉")
    sentence = text[start:text.index("。", text.index("诫勉", start)) + 1]
    assert ("本期受理效能投诉5件，已办结2件，尚在办理3件（其中已有核查结论、待处理2件，尚在核查1件）。"
            "已有核查结论的4件中，属实2件、部分属实1件、不属实1件；") in sentence
    # what it counts is complaints (one may name two people, or a unit alone): 件, not 人次
    assert "处理结果为效能告诫1件、通报批评0件、诫勉0件。" in sentence and "人次" not in sentence
