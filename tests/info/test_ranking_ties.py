"""Equal points share a rank (1, 1, 3); among them the unit with more 报送 comes first, then by
name in 音序 (pinyin), as the 督查通报 lists units of equal figures — not by the characters'
code points (乙 U+4E59 came before 甲 U+7532: 乙镇 above 甲局). The 通报, info-ranking and the
排名 window say how ties are ranked."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.core.actor import CLI_ACTOR
from officedesk.core.info import counted_by, scoring
from officedesk.printing import forms

D = dt.date


def test_ties_share_a_rank_listed_by_reports_then_pinyin(report, admin, fixed_today):
    fixed_today(D(2026, 6, 30))
    for unit, day in (("乙镇", "03-02"), ("甲局", "03-05"), ("丙乡", "03-09"), ("丙乡", "03-10"),
                      ("丁村", "03-11")):
        report(unit=unit, title=f"{unit}{day}", reported_at=f"2026-{day} 09:00")
    label, ranked = scoring.ranking(CLI_ACTOR, "2026-03")
    assert [(s.rank, s.unit, s.points) for s in ranked] == [
        (1, "丙乡", 2), (2, "丁村", 1), (2, "甲局", 1), (2, "乙镇", 1)]  # ding < jia < yi
    assert "得分相同的名次并列" in counted_by.COUNTED_BY
    pdf = forms.get("info-ranking").build([], admin, date_from="2026-03-01", date_to="2026-03-31")
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "")
    assert "得分相同的名次并列，按报送条数由多到少、再按单位名称音序排列。" in text
