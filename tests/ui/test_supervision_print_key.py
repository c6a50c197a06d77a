"""督查: Alt+P prints the 交办单, as Alt+P prints on the 会议 and 公文 pages. 反馈 (“Progress
report”) took P first, so a clerk's Alt+P opened a 反馈 and 打印交办单 was Alt+S."""

from __future__ import annotations

import pytest

from officedesk.ui.widgets.mnemonics import key_of


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_alt_p_is_the_print_button(app_ctx, qtbot, language):
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.tab_widgets["supervision"])
    tab = window.tab_widgets["supervision"]
    assert key_of(tab.print_button.text()) == "P"
    assert key_of(tab.report_button.text()) not in (None, "P")
