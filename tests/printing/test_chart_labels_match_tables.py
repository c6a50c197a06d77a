"""A chart's figure over a bar is its table's figure: the 督查通报's table said 按期办结率 54.5 %
(6 of 11) and the bar over it 54 (the rate rounded a second time, half to even); the 效能通报's
step chart said 39.0 % and 0.0 % where its table said 39 % and 0 %, its units chart 79 where the
table said 78.6 %. Read from the PDF with PyMuPDF."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pymupdf
import pytest
from reportlab.graphics import renderPDF

from officedesk.core import supervision as sv
from officedesk.printing.common import render_forms
from officedesk.printing.efficiency_bulletin import _num
from officedesk.printing.efficiency_charts import steps_chart, units_chart
from officedesk.printing.supervision_bulletin import _bulletin_form

FIGURE = re.compile(r"\d+(?:\.\d+)?%?")


def _labels(pdf: bytes, below: float) -> Counter[str]:
    """The figures set smaller than ``below`` pt (the bars' labels; axes and names are larger)."""
    out: Counter[str] = Counter()
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    for s in line["spans"]:
                        text = s["text"].strip()
                        if s["size"] < below and FIGURE.fullmatch(text):
                            out[text] += 1
    return out


@pytest.mark.parametrize("count", [3, 8, 12])
def test_the_supervision_bulletin_bars_say_the_table_s_rates(db, count):
    # 6 of 11 is 54.5 %, 1 of 8 is 12.5 %, 7 of 8 is 87.5 %: each a half the second rounding lost
    shapes = [(11, 10, 6), (8, 8, 1), (8, 7, 7), (3, 3, 2), (6, 5, 5)]
    units = [sv.figures.UnitFigures(f"县第{n + 1}局", open=1, due=due, done=done, on_time=on_time,
                                    done_late=done - on_time)
             for n, (due, done, on_time) in enumerate((shapes * 3)[:count])]
    result = sv.Bulletin(dt.date(2026, 7, 1), dt.date(2026, 9, 20), dt.date(2026, 9, 20),
                         units=units)
    labels = _labels(render_forms([_bulletin_form(result)]), below=7.5)
    table = Counter(sv.rate_text(rate).rstrip("%") for f in units
                    for rate in (f.done_rate, f.on_time_rate))
    assert "54.5" in table
    assert labels == table


def test_the_efficiency_charts_say_the_table_s_figures(db):
    steps = [{"step": name, "share": share}
             for name, share in [("登记", 0.0), ("初审", 6.7), ("批办", 48.8), ("办结", 39.0)]]
    rows = [{"key": f"县第{n}局", "on_time_rate": rate}
            for n, rate in enumerate([80.0, 78.6, 75.0, 46.2, 14.3, 0.0], start=1)]
    for drawing, figures in [
        (steps_chart(steps, 440, "收文各环节用时占比"), [s["share"] for s in steps]),
        (units_chart(rows, 440, "承办单位", "收文按时率"), [r["on_time_rate"] for r in rows]),
    ]:
        labels = _labels(renderPDF.drawToString(drawing), below=7.5)
        table = Counter(_num(value, "%") for value in figures)
        assert {label.rstrip("%") for label in labels} == {t.rstrip("%") for t in table}, labels
        assert sum(labels.values()) == len(figures)
