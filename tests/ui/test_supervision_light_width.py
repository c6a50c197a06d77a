"""督查's 预警 column reads a red light for lagging tasks whole, in Chinese and in English: “●
红灯 进度滞后 68.9 个百分点（2 项）” was cut to “… 68.9 个百分…” (190 px), in English “● Red 68.9
points behind (2…” — the very count of tasks behind."""

from __future__ import annotations

from fractions import Fraction

import pytest

from officedesk.core import registry
from officedesk.core.i18n import display, text
from officedesk.core.supervision import lights

CELL_PADDING = 16  # px: as the list's, the cell's margins and grid line


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_red_light_for_lagging_tasks_reads_whole(language, main_window, qtbot):
    tab = main_window.tab_widgets["supervision"]
    main_window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    view = tab.list
    red = lights.make(lights.ALERT, text("%1（%2 项）", lights.lag_text(Fraction(689, 10)), 2))
    shown = display(red.text)
    assert "68.9" in shown and "2" in shown
    column = len(view.model.fields) + [c.name for c in view.model.extra_columns].index(registry.LIGHT)
    needs = view.table.fontMetrics().horizontalAdvance(shown) + CELL_PADDING
    assert view.table.columnWidth(column) >= needs, (shown, view.table.columnWidth(column), needs)
