"""信息 are numbered per year, the year each came in (its 报送时间), not the year it was entered:
an item reported on 2025-12-20 and entered in January 2026 is 信息〔2025〕N号, by `add`, by
import and in the window alike (all go through records.create)."""

from __future__ import annotations

import datetime as dt
import random
import re

import openpyxl

from officedesk.core import info
from officedesk.core.info import exchange
from officedesk.demo import directory as demo_directory
from officedesk.demo import info as demo
from officedesk.exchange import importing
from officedesk.store.info import InfoItem


def test_an_item_reported_last_year_takes_last_years_number(report, fixed_today):
    fixed_today(dt.date(2026, 1, 5))
    late = report(title="去年的信息", reported_at="2025-12-20 10:00")
    this = report(title="今年的信息", reported_at="2026-01-04 09:00")
    again = report(title="去年的另一条", reported_at="2025-12-30 16:00")
    assert late.number == "信息〔2025〕1号"
    assert this.number == "信息〔2026〕1号"
    assert again.number == "信息〔2025〕2号"  # the 2025 sequence goes on


def test_add_numbers_by_the_year_reported(db, admin, fixed_today):
    fixed_today(dt.date(2026, 1, 5))
    item = exchange.create_item(
        {"标题": "县林业局开展冬季防火检查", "报送单位": "县林业局", "报送时间": "2025-12-20 10:00",
         "类别": "工作动态", "正文": "近日，县林业局开展冬季防火检查。"}, admin)
    assert item.number == "信息〔2025〕1号"
    assert info.get(item.id, admin).number == "信息〔2025〕1号"


def test_import_numbers_by_the_year_reported(db, admin, fixed_today, tmp_path):
    fixed_today(dt.date(2026, 1, 5))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(info.SPEC.exchange_labels)  # the template's columns
    for title, unit, at in (("县林业局开展冬季防火检查", "县林业局", "2025-12-20 10:00"),
                            ("县教育局开展寒假安全教育", "县教育局", "2026-01-04 09:00")):
        row = {"标题": title, "报送单位": unit, "报送时间": at, "类别": "工作动态", "正文": "近日开展。"}
        sheet.append([row.get(label, "") for label in info.SPEC.exchange_labels])
    path = tmp_path / "信息.xlsx"
    book.save(path)
    report = importing.import_file(info.SPEC, path, admin)
    assert len(report.ids) == 2, report.summary()
    numbers = {r.title: r.number for r in (info.get(i, admin) for i in report.ids)}
    assert numbers == {"县林业局开展冬季防火检查": "信息〔2025〕1号",
                       "县教育局开展寒假安全教育": "信息〔2026〕1号"}


def test_the_demo_numbers_its_items_by_the_year_reported(db, fixed_today):
    """The demo reaches back a year: its December items of last year are last year's."""
    fixed_today(dt.date(2026, 12, 1))
    demo_directory.populate(10, random.Random(7))
    demo.populate(20, random.Random(7))
    items = list(InfoItem.select().order_by(InfoItem.reported_at, InfoItem.id))
    years = {item.reported_at.year for item in items}
    assert years == {2025, 2026}
    for year in years:
        numbers = [int(re.fullmatch(rf"信息〔{year}〕(\d+)号", i.number).group(1))
                   for i in items if i.reported_at.year == year]
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), year
