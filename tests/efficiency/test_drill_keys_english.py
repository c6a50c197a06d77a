"""效能 from the keyboard and in English: Enter on a figure's row opens its 明细 as a double-click
does; Enter in the 明细 opens the record and leaves the window open; every step and state the
效能 tab and its 明细 show (全程, 按时, 超时 …, a 效能投诉's 待核查 / 核查中 …) is in English."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from officedesk.core import clock
from officedesk.core.efficiency import complaints as C
from officedesk.core.efficiency import drill as core_drill
from officedesk.core.efficiency import spans as S
from officedesk.core.i18n import display
from tests.ui.conftest import english, language  # noqa: F401 (the fixtures)

from .test_registries import _handled

D = dt.date
CJK = re.compile(r"[\u3400-\u9fff]")


def _tab(app_ctx, qtbot, first: dt.date, last: dt.date):
    from officedesk.ui.efficiency import make_tab

    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.date_from.set_value(first)
    tab.date_to.set_value(last)
    tab.show()
    qtbot.waitExposed(tab)
    tab.refresh()
    return tab


def test_enter_opens_the_drill_down_and_the_record(office, app_ctx, qtbot):
    first = _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    _handled(D(2025, 10, 13), D(2025, 10, 16), D(2025, 10, 20), "县水利局", limit=1)
    tab = _tab(app_ctx, qtbot, D(2025, 10, 1), D(2025, 10, 31))
    for table in (tab.overview, tab.steps):
        tab.pages.setCurrentIndex(0 if table is tab.overview else 1)
        tab.last_dialog = None
        table.setFocus()
        table.setCurrentIndex(table.table.index(0, 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        dialog = tab.last_dialog
        assert dialog is not None and dialog.isVisible(), table.accessibleName()
        assert dialog.table.table.rowCount() >= 1
        dialog.close()

    tab.pages.setCurrentIndex(0)
    tab.overview.setCurrentIndex(tab.overview.table.index(0, 0))
    dialog = tab.drill(tab.overview)  # the tab's child, deleted when closed
    qtbot.waitExposed(dialog)
    assert "Enter" in dialog.findChild(type(tab.summary)).text()  # the note says so
    opened = []
    app_ctx.navigate_requested.connect(lambda registry, rid: opened.append((registry, rid)))
    row = [key[1] for key in dialog.table.keys].index(first)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.table.table.index(row, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [("incoming", first)]
    assert dialog.isVisible()  # Enter opened the record; it did not close the window
    cell = dialog.table.visualRect(dialog.table.table.index(row, 1)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened == [("incoming", first)] * 2  # a double-click opens it once
    dialog.close()


def test_every_state_and_step_the_drill_down_and_complaints_show_is_english(english):  # noqa: F811
    words = [S.WHOLE, *core_drill.STATES, *C.STATES]
    assert [w for w in words if CJK.search(display(w))] == []


def test_the_drill_down_of_a_demo_office_speaks_english(demo_filled, english, app_ctx, qtbot):  # noqa: F811
    """Walks every procedure's 合计 and each of its steps: the 环节 and 情况 columns."""
    from officedesk.ui.efficiency.drill import DrillDialog

    clock.set_today(D(2026, 11, 30))
    try:
        demo_filled(6)
        first, last = D(2026, 1, 1), D(2026, 11, 30)
        tab = _tab(app_ctx, qtbot, first, last)
        left, seen = set(), set()
        for name, proc in tab.figures["procedures"].items():
            for group, key in [("total", "")] + [("step", s["step"]) for s in proc["steps"]]:
                dialog = DrillDialog(app_ctx, name, group, key, first, last)
                qtbot.addWidget(dialog)
                model = dialog.table.table
                for row in range(model.rowCount()):
                    for column in (2, 7):
                        text = model.item(row, column).text()
                        seen.add(text)
                        if CJK.search(text):
                            left.add(f"{name}/{key or 'total'}: {text}")
                dialog.close()
        assert {"Whole procedure", "On time"} <= seen and sorted(left) == []

        tab.pages.setCurrentIndex(tab.pages.count() - 1)
        page = tab.complaints_page
        model = page.list.model
        column = next(c for c in range(model.columnCount())
                      if model.headerData(c, Qt.Orientation.Horizontal) == "Status")
        states = {model.data(model.index(r, column)) for r in range(model.rowCount())}
        assert states and [s for s in states if CJK.search(s)] == []
        metrics, width = page.list.table.fontMetrics(), page.list.table.columnWidth(column)
        wide = [display(s) for s in C.STATES if metrics.horizontalAdvance(display(s)) + 12 > width]
        assert wide == []  # no state clipped to “Check…”
    finally:
        clock.set_today(None)


def _categories(chart) -> list[str]:
    from PySide6.QtCharts import QBarCategoryAxis

    axis = next(a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    return list(axis.categories())


def test_the_charts_name_steps_and_kinds_in_english(office, app_ctx, qtbot, english):  # noqa: F811
    """The 环节 and 排名 charts under the tables (their bars were named 批办, 通知 in English)."""
    _handled(D(2025, 9, 26), D(2025, 10, 9), D(2025, 10, 13), "县财政局")
    tab = _tab(app_ctx, qtbot, D(2025, 10, 1), D(2025, 10, 31))
    steps = _categories(tab.step_chart)
    assert steps and not any(CJK.search(c) for c in steps), steps
    assert steps == [tab.steps.table.item(r, 0).text() for r in range(tab.steps.table.rowCount())]
    tab.rank_group.setCurrentIndex(tab.rank_group.findData("category"))
    kinds = _categories(tab.rank_chart)
    assert kinds == ["Notice"], kinds


def test_the_sanduo_months_are_short_enough_to_read_under_their_bars(office, app_ctx, qtbot,
                                                                    english):  # noqa: F811
    """“Month 10” under each of twelve bars was cut to “Mon…” on a laptop: the months as the
    language abbreviates them (Oct; 10月 in Chinese), in the table's header as under the chart."""
    tab = _tab(app_ctx, qtbot, D(2025, 10, 1), D(2025, 11, 30))
    assert _categories(tab.months_chart) == ["Oct", "Nov"]
    header = tab.months.table
    assert [header.horizontalHeaderItem(c).text() for c in (1, 2)] == ["Oct", "Nov"]


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_the_sanduo_months_in_chinese(language, office, app_ctx, qtbot):  # noqa: F811
    tab = _tab(app_ctx, qtbot, D(2025, 10, 1), D(2025, 11, 30))
    assert _categories(tab.months_chart) == ["10月", "11月"]
