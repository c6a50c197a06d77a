"""A 效能通报 for a quiet period (a new office, a month with nothing closed) says so in
sentences: no table holding only a cramped “本期无数据”, no bare headings, no chart of an empty
0–0.01 axis; and the meetings chart counts in whole numbers."""

from __future__ import annotations

import re
import warnings

from reportlab.graphics.charts.linecharts import HorizontalLineChart

from officedesk.printing.efficiency_bulletin import months_chart
from tests.test_cli import Cli

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import pymupdf as fitz


def test_a_quiet_month_is_told_in_sentences(tmp_path):
    cli = Cli.initialised(tmp_path, here=True)
    target = tmp_path / "效能通报.pdf"
    cli("print", "efficiency", "--from", "2026-03-01", "--to", "2026-03-31", "-o", str(target))
    with fitz.open(target) as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "")
        drawings = sum(len(page.get_drawings()) for page in doc)
    assert "本期无数据" not in text
    for sentence in ("本期没有收文、发文、督查、信访事项办结或在办。", "无环节用时可计。", "不作排名。"):
        assert sentence in text
    assert not re.search(r"0\.00\d", text)  # no axis of fractions of a meeting
    assert drawings < 200  # the tables' rules, no chart


def _tick_labels(counts: list[int], targets: list[int | None]) -> list[str]:
    drawing = months_chart({"per_month": counts, "last_year": [0] * len(counts), "target": targets},
                           400, "每月会议次数与控制目标", [f"2026年{n + 1}月" for n in range(len(counts))])
    chart = next(c for c in drawing.contents if isinstance(c, HorizontalLineChart))
    axis = chart.valueAxis
    axis.configure(chart.data)
    return [axis.labelTextFormat % value for value in axis._tickValues]


def test_the_meetings_chart_counts_whole_meetings():
    assert _tick_labels([1, 2, 0], [None, None, None]) == ["0", "1", "2"]
    labels = _tick_labels([3, 14, 9], [12, 12, 12])
    assert all(float(label).is_integer() for label in labels) and labels[-1] == "15"
    assert len(labels) <= 6


def test_a_month_counted_in_part_is_headed_with_its_days():
    import datetime as dt

    from officedesk.printing.efficiency_bulletin import month_tables

    def heads(months, first, last):
        return [c.title for c in month_tables(months, [["会议（次）", *["0"] * len(months)]],
                                              first, last)[0][0][1:]]

    assert heads(["2026-03"], dt.date(2026, 3, 1), dt.date(2026, 3, 15)) == ["3月1—15日"]
    assert heads(["2026-03"], dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == ["3月"]
    assert heads(["2026-02", "2026-03", "2026-04"], dt.date(2026, 2, 10), dt.date(2026, 4, 30)) == [
        "2月10—28日", "3月", "4月"]
    assert heads(["2026-03"], dt.date(2026, 3, 5), dt.date(2026, 3, 5)) == ["3月5日"]


def test_the_part_month_bulletin_heads_its_table_with_the_days(tmp_path):
    cli = Cli.initialised(tmp_path, here=True)
    target = tmp_path / "效能通报.pdf"
    cli("print", "efficiency", "--from", "2026-03-01", "--to", "2026-03-15", "-o", str(target))
    with fitz.open(target) as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "")
    assert "3月1—15日" in text
    assert "每月会议次数与控制目标" not in text  # one month draws no line: no empty chart
