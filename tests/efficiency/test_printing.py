"""The 效能通报 printed for a demo year: its tables say what `stats --json` says; GB/T 9704
page numbers; only embedded CJK fonts. The 效能投诉 papers."""

from __future__ import annotations

import shutil
import warnings
from collections import defaultdict

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from officedesk.core import clock, settings
from officedesk.demo.efficiency import FAST, SLOW
from officedesk.printing import fonts
from officedesk.printing.efficiency_bulletin import bulletin_tables
from tests.demo_office import made_demo
from tests.efficiency.test_drill_adds_up import DAY
from tests.test_cli import Cli

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import pymupdf as fitz


def _lines(pdf: bytes) -> list[list[str]]:
    """Every text line of the PDF as its words left to right."""
    out = []
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            rows: dict[int, list] = defaultdict(list)
            for x0, _y0, _x1, y1, word, *_ in page.get_text("words"):
                rows[round(y1)].append((x0, word))
            out += [[w for _x, w in sorted(rows[y])] for y in sorted(rows)]
    return out


@pytest.fixture(scope="module")
def printed(tmp_path_factory, _migrated_file):
    """`stats --json` and the 效能通报 of the 效能 tests' demo office (size 12, seed 7) on their
    day: made once a run for them all (conftest.made_demo; a demo of its own cost 7–25 s)."""
    # in this process (here=True): the commands' real processes are tried in tests/test_cli.py
    cli = Cli(tmp_path_factory.mktemp("bulletin"), here=True)
    cli.env["OFFICEDESK_TODAY"] = DAY.isoformat()
    shutil.copyfile(_migrated_file, cli.db)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OFFICEDESK_HOME", str(cli.home))
        clock.set_today(DAY)
        try:
            made_demo(str(cli.db), str(cli.home), 12, 7, None, tmp_path_factory)
        finally:
            clock.set_today(None)
            settings.forget_cache()
    figures = cli.json("stats", "--year", str(DAY.year))["效能"]
    target = cli.db.parent / "效能通报.pdf"
    cli("print", "efficiency", "--from", f"{DAY.year}-01-01", "--to", DAY.isoformat(),
        "-o", str(target))
    return figures, target.read_bytes()


def test_the_tables_are_the_figures_of_stats(printed):
    figures, pdf = printed
    tables = bulletin_tables(figures)
    lines = _lines(pdf)
    assert tables["overview"], "the demo year has figures"
    for row in tables["overview"]:  # a long name may wrap in its cell
        assert any(line[1:] == row[1:] and row[0].startswith(line[0]) for line in lines), row
    units = tables["units:incoming"]
    assert len(units) >= 3
    text = "".join("".join(line) for line in lines)
    # a name wrapped onto two lines has its figures' line between them: read without it
    names = "".join("".join(line) for line in lines if not line[0].isdigit())
    for row in units:
        # a long unit name wraps whole words onto lines of its own, the figures centred beside
        # them: the rank and the figures on one line, the name anywhere in the text
        matches = [
            line for line in lines
            if line[0] == row[0] and line[-7:] == row[2:]
            and (len(line) == 8 or row[1].startswith(line[1]))
        ]
        assert matches and (row[1] in text or row[1] in names), row
    for row in tables["steps:incoming"]:
        assert row in lines, row
    for row in tables["sanduo"]:
        assert row in lines, row


def test_the_demo_year_shows_a_bottleneck_and_a_month_over_target(printed):
    figures, pdf = printed
    incoming = figures["procedures"]["incoming"]
    assert incoming["bottlenecks"] == ["批办"]
    assert figures["sanduo"]["meetings"]["over_target"]
    rates = {r["key"]: r["on_time_rate"] for r in incoming["by_unit"] if r["completed"]}
    fast = [rates[u] for u in FAST if u in rates]
    slow = [rates[u] for u in SLOW if u in rates]
    assert fast and slow and min(fast) > max(slow)
    text = "".join("".join(line) for line in _lines(pdf))
    assert "用时最多的环节是“批办”" in text
    assert "超过控制目标" in text


def test_page_numbers_and_fonts(printed):
    _figures, pdf = printed
    with fitz.open(stream=pdf, filetype="pdf") as doc:
        names = {font[3] for page in doc for font in page.get_fonts()}
        assert names and all("+" in name for name in names), names  # subsets, embedded
        assert not any("Helvetica" in name for name in names)
        blank = [not page.get_text().strip() for page in doc]
        for number, page in enumerate(doc, start=1):
            if blank[number - 1] or (number > 1 and blank[number - 2]):
                # GB/T 9704 §7.5: a blank page before the 版记's, and the 版记's, have no number
                assert number >= len(blank) - 1, number
                continue
            # the span's box follows the glyphs' advances (search_for's follows their ink, which
            # differs from face to face)
            hits = [
                fitz.Rect(span["bbox"])
                for block in page.get_text("dict")["blocks"]
                for line in block.get("lines", [])
                for span in line["spans"]
                if span["text"].strip() == f"— {number} —"
            ]
            assert hits, number
            box = hits[0]
            if number % 2:  # odd: right, one character in from the 版心 edge
                # the number's right end by the face's own advances (PyMuPDF measures the spaces
                # of some faces wider than the face has them)
                width = stringWidth(f"— {number} —", fonts.font(fonts.SONG), 14)
                assert abs(box.x0 + width - (28 + 156) * 72 / 25.4 + 14) < 2
            else:
                assert abs(box.x0 - 28 * 72 / 25.4 - 14) < 2
            # 7 mm under the 版心 (its bottom at 35 mm from the paper's bottom edge)
            assert page.rect.height - 35 * 72 / 25.4 + 7 * 72 / 25.4 < box.y1 + 2


def test_every_unit_is_in_the_ranking_the_last_ones_too(printed):
    """The ranking runs from the best 按时率 down: cut at 15 it left out exactly the units a
    通报 exists to name."""
    figures, _pdf = printed
    tables = bulletin_tables(figures)
    for name, proc in figures["procedures"].items():
        assert len(tables.get(f"units:{name}", [])) == len(proc.get("by_unit") or []), name


def test_a_ranking_of_twenty_units_prints_them_all(printed):
    import copy

    figures = copy.deepcopy(printed[0])
    proc = figures["procedures"]["supervision"]
    model = proc["by_unit"][0]
    proc["by_unit"] = [{**model, "rank": rank, "key": f"单位{rank}"} for rank in range(1, 21)]
    rows = bulletin_tables(figures)["units:supervision"]
    assert len(rows) == 20 and rows[-1][1] == "单位20"


def test_the_units_chart_of_many_units_draws_the_lowest_and_says_so(printed):
    """Cut at the first 12 of a ranking run best first, the chart showed every unit on time."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import String

    from officedesk.printing.efficiency_bulletin import units_chart

    model = printed[0]["procedures"]["incoming"]["by_unit"][0]
    rows = [{**model, "key": f"单位{n}", "on_time_rate": 100.0 - n} for n in range(1, 21)]
    drawing = units_chart(rows, 400, "承办单位", "收文按时率")
    chart = next(c for c in drawing.contents if isinstance(c, VerticalBarChart))
    assert chart.data[0] == [100.0 - n for n in range(9, 21)]  # the 12 lowest
    title = next(c.text for c in drawing.contents if isinstance(c, String))
    assert title == "收文按时率最低的12个承办单位（%，全部单位见上表）"
    few = units_chart(rows[:5], 400, "承办单位", "收文按时率")
    assert next(c.text for c in few.contents if isinstance(c, String)) == "各承办单位收文按时率（%）"


def test_the_overview_says_what_its_volume_counts(printed):
    """Under the 总体情况 table: 收文 counted without those 退回 to their sender (how many), 督查
    by task — where `stats` counts the 退回 ones among its 收文 and 督查 by 事项."""
    figures, pdf = printed
    text = "".join("".join(line) for line in _lines(pdf))
    returned = figures["procedures"]["incoming"]["returned_to_sender"]
    assert "办件量为本期开始办理的件数" in text
    assert (f"已退回来文单位的{returned}件不计" if returned else "收文按收文日期计") in text
    assert "督查按交办的任务计" in text
