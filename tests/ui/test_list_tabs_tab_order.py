"""Tab on every registry's tab runs alike, as a keyboard-first clerk works: the find box, the
filters, the list, then the buttons that act on the row chosen (they stand above the list),
then the rest of the page (details, sub-lists, the calendar). Before, the filters came after the
list on every tab, 信访 and 信息 put their buttons after the details (登记 last of all), and a
button bar's 更多 came before its buttons (widgets/tab_order.list_first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from officedesk.ui.widgets.records_table import RegistryListView


def _page(listing: QWidget) -> QWidget:
    """The page a list stands on: the tab (or inner tab) holding it."""
    widget = listing
    while not isinstance(widget.parentWidget(), QStackedWidget):
        widget = widget.parentWidget()
    return widget


def _shown_lists(window) -> list[RegistryListView]:
    """Every registry list, each shown in turn (inner tabs too)."""
    found: list[RegistryListView] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        inner = [tab] if not isinstance(tab, QTabWidget) else [tab.widget(i) for i in range(tab.count())]
        inner += [w.widget(i) for w in tab.findChildren(QTabWidget) if w is not tab
                  for i in range(w.count())]
        for page in inner:
            for listing in page.findChildren(RegistryListView):
                if listing not in found:
                    found.append(listing)
    return found


def _show(listing: RegistryListView, window) -> None:
    widget: QWidget | None = listing
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            owner = parent.parentWidget()  # a tab widget's pages: turned as the clerk turns them
            (owner if isinstance(owner, QTabWidget) else parent).setCurrentWidget(widget)
        widget = parent


def _walk(page: QWidget, start: QWidget, qtbot, most: int = 80) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [start]
    for _ in range(most):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or not page.isAncestorOf(now) or now in seen:
            break
        seen.append(now)
    return seen


def _above(widget: QWidget, page: QWidget, top: int, left: int, right: int) -> bool:
    """Over the list: above its top, within its width (not the 会议 calendar's buttons beside it)."""
    corner = widget.mapTo(page, widget.rect().topLeft())
    return corner.y() < top and left <= corner.x() <= right


def _name(widget: QWidget) -> str:
    return widget.accessibleName() or type(widget).__name__


def test_every_list_tab_runs_find_filters_list_then_its_buttons(main_window, admin, qtbot):
    from officedesk.core.documents import incoming

    incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "关于登记的通知"}, admin)
    main_window.ctx.notify_changed("incoming")  # a list with a row: the table takes Tab
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    lists = _shown_lists(main_window)
    assert len(lists) >= 8, [shown.spec.name for shown in lists]
    for listing in lists:
        _show(listing, main_window)
        qtbot.waitUntil(listing.isVisible)
        page = _page(listing)
        walk = _walk(page, listing.search_box, qtbot)
        names = [_name(w) for w in walk]
        combos = [combo for combo, _opts in listing._combos]
        first_steps = listing.empty_panel.findChildren(QPushButton)  # an empty list's
        lifecycle = list(listing.lifecycle.buttons) if listing.lifecycle is not None else []
        stops = [w for w in (listing.search_box, *combos, listing.table, *first_steps, *lifecycle)
                 if w.isVisible() and w.isEnabled()]
        assert walk[:len(stops)] == stops, (listing.spec.name, names)
        if listing.spec.name == "incoming":
            assert listing.table in stops, names
        rest = walk[len(stops):]
        assert rest and isinstance(rest[0], QAbstractButton), (listing.spec.name, names)
        # every button above the list comes before anything else on the page
        area = listing.geometry().translated(listing.parentWidget().mapTo(page, listing.pos())
                                             - listing.pos())
        above = [i for i, w in enumerate(rest) if isinstance(w, QAbstractButton)
                 and _above(w, page, area.top(), area.left(), area.right())]
        others = [i for i, w in enumerate(rest) if not isinstance(w, QAbstractButton)]
        assert not others or not above or max(above) < min(others), (listing.spec.name, names)


def test_the_efficiency_row_tabs_as_it_reads(main_window, qtbot):
    """效能: 期间, 单位, 统计, 发文字号, 打印效能通报 (统计 was reached after 发文字号)."""
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    tab = main_window.tab_widgets["efficiency"]
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    walk = _walk(tab, tab.date_from, qtbot, most=5)
    assert walk == [tab.date_from, tab.date_to, tab.unit, tab.refresh_button, tab.number,
                    tab.print_button], [_name(w) for w in walk]
