"""probe104: a column (or field) that holds one thing is named in the singular in English. The
信息刊物 list's first column read “Periodicals” above “Work Update”, and the 信访 list, form and
detail “Issue categories” above one category (the figures said “By issue category”)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_periodicals_list_names_its_column_periodical(app_ctx, qtbot, language):
    from officedesk.ui.info.dialogs import IssuesDialog

    dialog = IssuesDialog(app_ctx, lambda *args, **kwargs: None)
    qtbot.addWidget(dialog)
    assert dialog.table.horizontalHeaderItem(0).text() == "Periodical"
    assert dialog.periodical.accessibleName() == "Periodical"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_petition_s_category_is_one(language, main_window):
    from officedesk.core import registry
    from officedesk.core.i18n import display

    assert display(registry.get("petitions").field("category").label) == "Subject category"
    for index in range(main_window.tabs.count()):
        main_window.tabs.setCurrentIndex(index)  # a tab is built when first shown
    tab = next(main_window.tabs.widget(i) for i in range(main_window.tabs.count())
               if main_window.tabs.widget(i).objectName() == "tab_petitions")
    model = tab.list.table.model()
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    assert "Subject category" in titles and "Subject categories" not in titles
