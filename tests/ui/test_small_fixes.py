"""打印 with nothing chosen says so; the English 效能 summary has spaces between its sentences;
the first start uses the whole screen."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.efficiency.conftest import office  # noqa: F401  (the fixture)
from tests.efficiency.test_registries import _handled

NOTHING_CHOSEN = "请先选择要打印的记录"


@pytest.mark.parametrize("tab", ["documents", "meetings", "supervision", "petitions", "info"])
def test_print_with_no_record_chosen_says_so(tab, main_window, qtbot):
    widget = main_window.build_tab(tab)
    main_window.tabs.setCurrentWidget(widget)
    qtbot.wait(1)
    main_window.statusBar().clearMessage()
    main_window._dispatch("print_current")  # 文件 → 打印 (Ctrl+P)
    assert main_window.statusBar().currentMessage() == NOTHING_CHOSEN


def test_english_efficiency_summary_has_spaces_between_sentences(office, english, app_ctx, qtbot):  # noqa: F811
    from officedesk.ui.efficiency import make_tab

    _handled(dt.date(2025, 9, 26), dt.date(2025, 10, 9), dt.date(2025, 10, 13), "县财政局")
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.date_from.set_value(dt.date(2025, 10, 1))
    tab.date_to.set_value(dt.date(2025, 10, 31))
    tab.refresh()
    text = tab.summary.text()
    # the period, what the volume counts, then the bottleneck: each sentence after a space
    assert "). Volume counts" in text and ". Incoming documents spend" in text, text
    assert not re.search(r"[.)][A-Z]", text), text


def test_join_sentences_spaces_english_only():
    from officedesk.ui.i18n import join_sentences

    assert join_sentences(["期间 1 至 2。", "", "收文用时最多的环节：批办。"]) == (
        "期间 1 至 2。收文用时最多的环节：批办。")
    assert join_sentences(["Period 1 to 2.", "", "Most time: instruction."]) == (
        "Period 1 to 2. Most time: instruction.")


def test_first_start_uses_the_whole_screen(app_ctx, qtbot, tmp_path):
    from officedesk.ui.main_window import MainWindow

    first = MainWindow(app_ctx)  # nothing remembered yet
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    assert first.isMaximized()
    room = first.screen().availableGeometry()
    assert first.width() >= room.width() - 20 and first.height() >= room.height() - 60
    first.showNormal()
    first.resize(1000, 600)
    first.save_layout()
    first.close()

    again = MainWindow(app_ctx)  # the size the clerk chose comes back
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.isMaximized() and again.width() == 1000

