"""A tab opens as the clerk left it: the dividers between list and detail (公文, 信访, 信息,
会议, 督查) and between table and chart (效能), and the inner page (公文 收文/发文, 会议
日历/统计, 效能 概况/环节 …, 通讯录)."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget


def _tab(module: str, ctx, qtbot) -> QWidget:
    widget = importlib.import_module(module).make_tab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _drag(splitter: QSplitter, qtbot, by: int = 120) -> None:
    """The clerk drags the first divider `by` pixels (right or down)."""
    handle = splitter.handle(1)
    start = handle.rect().center()
    step = QPoint(by, 0) if splitter.orientation() == Qt.Orientation.Horizontal else QPoint(0, by)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + step)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + step)


def _outermost(widget: QWidget) -> QSplitter:
    splitters = widget.findChildren(QSplitter)
    return next(s for s in splitters if not any(o.isAncestorOf(s) for o in splitters if o is not s))


def _the_splitter(module: str, widget: QWidget) -> QSplitter:
    if module == "officedesk.ui.documents":
        return _outermost(widget.incoming)  # type: ignore[attr-defined]
    if module == "officedesk.ui.efficiency":
        return widget.splitters["overview"]  # type: ignore[attr-defined]
    return _outermost(widget)


@pytest.mark.parametrize(
    "module",
    [
        "officedesk.ui.documents",
        "officedesk.ui.petitions",
        "officedesk.ui.info",
        "officedesk.ui.efficiency",
        "officedesk.ui.meetings",
        "officedesk.ui.supervision",
    ],
)
def test_a_tab_s_divider_is_where_the_clerk_left_it(module, app_ctx, qtbot):
    first = _tab(module, app_ctx, qtbot)
    splitter = _the_splitter(module, first)
    before = splitter.sizes()
    _drag(splitter, qtbot)
    moved = splitter.sizes()
    assert moved[0] > before[0] + 40  # the drag moved it (as far as the panes allow)
    first.close()

    second = _tab(module, app_ctx, qtbot)
    again = _the_splitter(module, second)
    assert abs(again.sizes()[0] - moved[0]) <= 2, (again.sizes(), moved, before)


@pytest.mark.parametrize(
    ("module", "pages"),
    [
        ("officedesk.ui.documents", lambda w: w),
        ("officedesk.ui.meetings", lambda w: w.side),
        ("officedesk.ui.efficiency", lambda w: w.pages),
        ("officedesk.ui.directory", lambda w: w),
    ],
)
def test_a_tab_opens_on_the_inner_page_last_shown(module, pages, app_ctx, qtbot):
    first = pages(_tab(module, app_ctx, qtbot))
    assert first.currentIndex() == 0
    first.setCurrentIndex(1)
    again = pages(_tab(module, app_ctx, qtbot))
    assert again.currentIndex() == 1


def test_remember_ignores_what_does_not_fit(tmp_path, qtbot):
    from officedesk.ui.widgets.layout_memory import remember

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("t/page", 7)  # a page that no longer exists
    settings.setValue("t/split", "not a state")
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for title in ("a", "b"):
        tabs.addTab(QWidget(), title)
    remember(settings, "t/page", tabs)
    assert tabs.currentIndex() == 0
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    remember(settings, "t/split", splitter)  # no error: the default sizes stay


@pytest.mark.parametrize("table", ["tasks_table", "reports_table"])
def test_the_supervision_task_and_report_columns_keep_their_widths(table, app_ctx, qtbot):
    """分解任务列表 and 进展反馈列表 are built beside the item list, not by it: their column
    widths are remembered as the lists' are (DESIGN: column widths persist)."""
    first = _tab("officedesk.ui.supervision", app_ctx, qtbot)
    header = getattr(first, table).horizontalHeader()
    before = header.sectionSize(1)
    header.resizeSection(1, before + 77)  # the clerk drags the second column wider
    first.close()

    second = _tab("officedesk.ui.supervision", app_ctx, qtbot)
    assert getattr(second, table).horizontalHeader().sectionSize(1) == before + 77


def test_a_list_s_columns_keep_their_widths(app_ctx, qtbot):
    """The lists themselves (RecordsTable) as before, through the same code."""
    first = _tab("officedesk.ui.supervision", app_ctx, qtbot)
    header = first.list.table.horizontalHeader()
    before = header.sectionSize(2)
    header.resizeSection(2, before + 55)
    first.close()

    second = _tab("officedesk.ui.supervision", app_ctx, qtbot)
    assert second.list.table.horizontalHeader().sectionSize(2) == before + 55
