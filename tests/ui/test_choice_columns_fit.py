"""A list's fixed words (a 处理方式, 紧急程度, 信息类别 …: a field's choices, shown translated)
read whole in their column, in Chinese and in English: “Not accepted”, “Very urgent” and “Urgent
(routine)” were cut, the widths made for the Chinese words. The 状态 had this already. A choice
wider than the limit (“Land requisition and demolition”) is still cut, less: read whole, it
pushed 问题类别 itself out of the 信访 list's view (tests/ui/test_list_columns_in_view.py)."""

from __future__ import annotations

import pytest

from officedesk.core.fields import CHOICE
from officedesk.core.i18n import display
from officedesk.ui.widgets.records_table import RegistryListView

CELL_PADDING = 16  # px: as records_table's, the cell's margins and grid line
LIMIT = 150  # px: a longer choice may be cut (the English 问题类别 would push itself out of view)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_list_s_choices_read_whole(language, main_window, qtbot):
    for index in range(main_window.tabs.count()):
        main_window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    views = main_window.findChildren(RegistryListView)
    assert len(views) >= 8
    cut = []
    for view in views:
        table = view.table
        for column, field in enumerate(view.model.fields):
            if field.kind != CHOICE or field.free_choice or table.isColumnHidden(column):
                continue
            widest = max(table.fontMetrics().horizontalAdvance(display(choice)) + CELL_PADDING
                         for choice in field.choice_list())
            if table.columnWidth(column) < min(widest, LIMIT):
                cut.append((view.spec.name, field.name, table.columnWidth(column), widest))
    assert cut == []
