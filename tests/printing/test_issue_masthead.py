"""A 简报's masthead — the periodical's name in large red 小标宋 — stands on one line across the
版心, set smaller when the name is long: “云岭县安全生产和应急管理工作动态” was wrapped greedily
as “云岭县安全生产和应急管 / 理工作动态”, a word cut, and “中共云岭县委办公室信息专报” left
“专报” alone on a line. A name too long for a line even at 2号 is broken between words into
balanced lines. Measured in the PDF with PyMuPDF (the red spans of page 1 above the rule)."""

from __future__ import annotations

import types

import pytest

from officedesk.core.info.printed_items import PrintedItem
from officedesk.printing.common import render_forms
from officedesk.printing.info_issue import TITLE_SIZE, compose_issue
from tests.printing.conftest import MM, open_pdf, spans
from tests.printing.test_form_heading_at_foot import _issue

LEFT, RIGHT = 28 * MM, 184 * MM


def _masthead(name: str) -> list[tuple[str, float, float, float]]:
    issue = _issue()
    issue.periodical = types.SimpleNamespace(name=name)
    pdf = open_pdf(render_forms([compose_issue(issue, [], [PrintedItem("标题", "内容。", "县林业局")])]))
    rows: dict[int, list] = {}
    for s in spans(pdf[0]):
        if s.is_red and s.size > 20:
            rows.setdefault(round(s.origin_y), []).append(s)
    return [("".join(x.text for x in sorted(r, key=lambda s: s.x0)), r[0].size,
             min(x.x0 for x in r), max(x.x1 for x in r)) for _, r in sorted(rows.items())]


@pytest.mark.parametrize("name", ["每日要情", "云岭县乡村振兴工作简报", "中共云岭县委办公室信息专报",
                                  "云岭县安全生产和应急管理工作动态"])
def test_the_name_stands_on_one_line_in_the_type_area(db, name):
    rows = _masthead(name)
    assert [text for text, *_ in rows] == [name], rows
    _text, size, left, right = rows[0]
    assert size <= TITLE_SIZE + 0.01
    assert left >= LEFT - 0.5 and right <= RIGHT + 0.5, rows
    assert abs((left + right) / 2 - (LEFT + RIGHT) / 2) < 1, rows  # centred
    if len(name) <= 8:
        assert size == pytest.approx(TITLE_SIZE), rows  # a short name keeps the large type


def test_a_name_too_long_for_a_line_breaks_between_words(db):
    name = "中共云岭县委办公室关于全县安全生产和应急管理工作情况的专报"
    rows = _masthead(name)
    assert "".join(text for text, *_ in rows) == name
    assert len(rows) == 2, rows
    assert all(left >= LEFT - 0.5 and right <= RIGHT + 0.5 for _t, _s, left, right in rows), rows
    assert not any(text.endswith(("应急管", "安全生")) for text, *_ in rows), rows
    widths = [right - left for _t, _s, left, right in rows]
    assert min(widths) > max(widths) / 2, rows
