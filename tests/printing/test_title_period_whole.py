"""A 通报's title names its period (2026年1月1日至12月7日) whole on one line: the printed 督查通报
and 效能通报 broke it “关于2026年1月1日至 / 12月7日督查工作情况的通报” — the period cut at 至,
which a 文书 sends back (GB/T 9704 §7.3.1: 回行时词意完整). Measured in the PDF with PyMuPDF (the
2号 black rows of page 1); the 公文's own titles are broken by the same rule."""

from __future__ import annotations

import datetime as dt

import pytest

from officedesk.core import supervision as sv
from officedesk.printing import fonts
from officedesk.printing.common import render_forms
from officedesk.printing.gbt9704 import BODY_WIDTH, SIZE_2, SIZE_3
from officedesk.printing.supervision_bulletin import _bulletin_form
from officedesk.printing.titles import compose_title
from tests.printing.conftest import open_pdf, spans


def _title_rows(pdf: bytes) -> list[str]:
    rows: dict[int, list] = {}
    for s in spans(open_pdf(pdf)[0]):
        if abs(s.size - SIZE_2) < 0.05 and not s.is_red:
            rows.setdefault(round(s.origin_y), []).append(s)
    return ["".join(x.text for x in sorted(r, key=lambda s: s.x0)) for _, r in sorted(rows.items())]


@pytest.mark.parametrize(("start", "end", "period"), [
    (dt.date(2026, 1, 1), dt.date(2026, 12, 7), "2026年1月1日至12月7日"),
    (dt.date(2026, 7, 1), dt.date(2026, 9, 20), "2026年7月1日至9月20日"),
])
def test_the_bulletin_title_keeps_its_period_on_one_line(db, start, end, period):
    units = [sv.figures.UnitFigures("县财政局", open=1, due=2, done=2, on_time=1)]
    result = sv.Bulletin(start, end, end, units=units)
    rows = _title_rows(render_forms([_bulletin_form(result)]))
    assert "".join(rows).endswith("督查工作情况的通报"), rows
    assert len(rows) == 2 and any(period in row for row in rows), rows


@pytest.mark.parametrize("title", [
    "关于2026年1月1日至12月7日机关效能情况的通报",
    "关于2026年1月1日至2026年12月7日信息工作情况的通报",
    "关于做好2026年9月30日至10月8日国庆节期间值班值守工作的通知",
    "关于2026年3月至5月全县安全生产大检查情况的通报",
])
def test_a_period_in_a_title_is_one_piece_when_it_fits(title):
    for width in (BODY_WIDTH - 4 * SIZE_3, BODY_WIDTH):
        lines = compose_title(title, fonts.font(fonts.TITLE), SIZE_2, width)
        assert "".join(lines) == title
        assert not any(line.endswith("至") or line.startswith("至") for line in lines), lines
        start = title.index("至")
        head, tail = title[:start], title[start + 1:]
        first = head[head.index("关于") + 2:].removeprefix("做好")
        last = tail[:tail.index("日") + 1] if "日" in tail[:12] else tail[:tail.index("月") + 1]
        assert any(first + "至" + last in line for line in lines), lines
