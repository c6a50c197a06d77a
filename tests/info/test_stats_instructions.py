"""`stats` under 信息 counts 领导批示 as the 信息工作通报 does: 件次 — each 批示 once, two leaders'
批示 on one item twice — and says so."""

from __future__ import annotations

import datetime as dt

import pymupdf

from officedesk.cli_labels import summary_lines
from officedesk.core import info, stats
from officedesk.core.info import procedure
from officedesk.printing import forms

DAY = dt.date(2026, 11, 16)


def test_stats_count_instructions_as_the_report_does(report, advance, admin, fixed_today):
    fixed_today(DAY)
    item = advance(report(), on=DAY)
    for leader, words in (("李国强", "请抓好落实。"), ("赵建军", "按李国强同志批示办。")):
        procedure.instruct(item.id, info.get(item.id, admin).version, admin, leader, words, DAY)
    lines = summary_lines(stats.collect(admin, DAY.year))
    assert "  领导批示（件次）：2" in lines
    assert not any("领导批示（件）" in line for line in lines)
    paper = forms.get("info-ranking").build([], admin, date_from="2026-01-01", date_to="2026-12-31")
    with pymupdf.open(stream=paper, filetype="pdf") as pdf:
        text = "".join(page.get_text() for page in pdf).replace("\n", "")
    assert "获领导批示2件次" in text
