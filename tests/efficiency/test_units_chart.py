"""The 效能通报's 按时率 chart of the 承办单位: a unit without a 按时率 (and “（未填）”, the items
no 承办单位 was entered for) was drawn as a 0 % bar and counted among the lowest 12; the names
under the bars were cut to 住房和城… / 发展和改…, which tells no reader the unit."""

from __future__ import annotations

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import String

from officedesk.core import directory, records
from officedesk.core.efficiency.spans import NO_UNIT
from officedesk.printing import fonts
from officedesk.printing.efficiency_bulletin import units_chart
from officedesk.printing.layout import text_width

NAMES = ["县交通运输局", "县自然资源局", "县住房和城乡建设局", "县发展和改革局", "县委党校",
         "县乡村振兴局", "县水利局", "县行政审批服务局", "县市场监督管理局", "县司法局",
         "县统计局", "县人力资源和社会保障局", "县卫生健康委员会", "县退役军人事务局"]


def _rows(rates: list[float | None], names: list[str] = NAMES) -> list[dict]:
    # ranked best first as report.efficiency gives them: rated units, then those without
    return [{"key": name, "on_time_rate": rate} for name, rate in zip(names, rates, strict=True)]


def _parts(drawing) -> tuple[VerticalBarChart, str]:
    chart = next(c for c in drawing.contents if isinstance(c, VerticalBarChart))
    title = next(c.text for c in drawing.contents if isinstance(c, String))
    return chart, title


def test_units_without_a_rate_and_no_unit_are_not_bars(db):
    rates = [90.0, 80.0, 70.0, 60.0, 50.0, 40.0, 30.0, 20.0, 10.0, 0.0, 0.0, 0.0, 0.0, None]
    rows = _rows(rates) + [{"key": NO_UNIT, "on_time_rate": None}]
    chart, title = _parts(units_chart(rows, 440, "承办单位", "收文按时率"))
    # 13 units have a rate: the lowest 12 of those, no bar for the unit without one
    assert chart.data[0] == rates[1:13]
    labels = [label.replace("\n", "") for label in chart.categoryAxis.categoryNames]
    assert not any(NO_UNIT in label or "未填" in label for label in labels)
    assert not any(NAMES[13].removeprefix("县") in label for label in labels)
    assert title == "收文按时率最低的12个承办单位（%，全部单位见上表）"


def test_a_few_units_some_without_a_rate_say_so(db):
    rows = _rows([100.0, 50.0, None, None], NAMES[:4]) + [{"key": NO_UNIT, "on_time_rate": None}]
    chart, title = _parts(units_chart(rows, 440, "承办单位", "收文按时率"))
    assert chart.data[0] == [100.0, 50.0]
    assert title.startswith("承办单位收文按时率") and "见上表" in title  # not “各承办单位”


def test_the_names_are_whole_and_fit_their_bars(db):
    rows = _rows([90.0 - 5 * n for n in range(len(NAMES))])
    chart, _title = _parts(units_chart(rows, 442, "承办单位", "收文按时率"))
    group = chart.width / 12
    face = fonts.font(fonts.FANGSONG)
    size = chart.categoryAxis.labels.fontSize
    for name, label in zip(NAMES[-12:], chart.categoryAxis.categoryNames, strict=True):
        assert "…" not in label
        # the name whole, without the county's 县 at most (县委 kept: 县委办公室 ≠ 县政府办公室)
        kept = name if name.startswith("县委") else name.removeprefix("县")
        assert label.replace("\n", "") == kept
        for line in label.split("\n"):
            assert text_width(line, face, size) <= group, line
        assert size >= 7


@pytest.mark.usefixtures("office")
def test_a_unit_with_a_short_name_in_the_directory_is_named_by_it(admin):
    records.create(directory.UNITS, {"单位名称": "县住房和城乡建设局", "简称": "住建局"}, admin)
    rows = _rows([80.0, 60.0], ["县住房和城乡建设局", "县发展和改革局"])
    chart, _title = _parts(units_chart(rows, 442, "承办单位", "收文按时率"))
    assert chart.categoryAxis.categoryNames[0] == "住建局"
    assert chart.categoryAxis.categoryNames[1].replace("\n", "") == "发展和改革局"
