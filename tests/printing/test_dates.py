"""Dates on paper: 2026年11月24日 in running text, one short form in tables, no ISO dates;
the 归档文件目录 numbers its pages over the whole document."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from officedesk.printing import forms
from officedesk.printing.common import Column, FormDocument, render_forms
from officedesk.printing.dates import in_prose, in_table, prose_date, table_date
from tests.printing.conftest import open_pdf


def test_prose_and_table_forms():
    assert prose_date(dt.date(2026, 11, 24)) == "2026年11月24日"
    assert prose_date(dt.datetime(2026, 7, 22, 6, 6)) == "2026年7月22日 6:06"
    assert table_date(dt.date(2026, 1, 5), 2026) == "1月5日"
    assert table_date(dt.date(2025, 12, 30), 2026) == "2025年12月30日"
    assert table_date(dt.datetime(2026, 7, 22, 6, 6), 2026) == "7月22日 6:06"
    assert in_prose("应于 2026-11-21 反馈") == "应于 2026年11月21日 反馈"
    assert in_table("应于 2026-11-21 反馈，逾期 3 天未报", 2026) == "应于 11月21日 反馈，逾期 3 天未报"
    assert in_table("2026-02-30 不是日期", 2026) == "2026-02-30 不是日期"


@pytest.mark.parametrize("name", sorted(f.name for f in forms.all_forms()))
def test_no_iso_date_on_any_paper(every_form, name):
    with open_pdf(every_form[name]) as doc:
        text = "".join(page.get_text() for page in doc)
    assert re.findall(r"\d{4}-\d{1,2}-\d{1,2}", text) == []


def test_archive_list_pages_numbered_through(every_form):
    with open_pdf(every_form["archive-list"]) as doc:
        footers = [re.search(r"第(\d+)页\s*共(\d+)页", page.get_text()) for page in doc]
        total = doc.page_count
    assert all(footers)
    assert [(int(m.group(1)), int(m.group(2))) for m in footers] == [
        (k, total) for k in range(1, total + 1)
    ]


def test_render_forms_numbers_each_form_or_the_whole():
    def form():
        doc = FormDocument(title="目录", footer="第{page}页 共{pages}页")
        doc.table([Column("题名", 100)], [["文件"]] * 40)
        return doc

    each = open_pdf(render_forms([form(), form()]))
    through = open_pdf(render_forms([form(), form()], continuous=True))
    pages = each.page_count
    assert "第1页 共2页" in each[2].get_text()
    assert f"第3页 共{pages}页" in through[2].get_text()
