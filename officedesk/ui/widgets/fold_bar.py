"""A row of buttons that folds what does not fit into a 更多 menu, so a toolbar never
dictates the window's width.

Use it like a QHBoxLayout: `bar.addWidget(button)`, `bar.addStretch(1)`. Buttons the program
hides (permissions, state) stay hidden; the bar only folds the ones that should show."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)


class FoldingBar(QWidget):
    """Folded buttons leave the layout and take no room or focus, but keep the visibility the
    program gave them: the bar never shows or hides a button itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._items: list[QWidget] = []
        self._folded: list[QWidget] = []
        self._focus: dict[int, Qt.FocusPolicy] = {}
        self._stretch = 0
        self._busy = False
        self.more = QToolButton(self)
        self.more.setText(self.tr("更多"))
        self.more.setAccessibleName(self.tr("更多操作"))
        self.more.setToolTip(self.tr("窗口放不下的按钮"))
        self.more.setProperty("noMnemonic", True)  # mnemonics.give_keys leaves it alone
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more)
        self.more_menu.aboutToShow.connect(self._fill_menu)
        self.more.setMenu(self.more_menu)
        self.more.hide()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self.relayout)
        self._rebuild([])

    # ---- the QHBoxLayout-like part
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - Qt style
        widget.setParent(self)
        self._items.append(widget)
        widget.installEventFilter(self)
        self._rebuild(self._folded)  # which orders Tab through the row
        self._relayout_timer.start()

    def addStretch(self, stretch: int = 0) -> None:  # noqa: N802 - Qt style
        """The row keeps its buttons at the left; one stretch after them."""
        self._stretch = max(stretch, 1)
        self._rebuild(self._folded)

    def setSpacing(self, spacing: int) -> None:  # noqa: N802 - Qt style
        self._layout.setSpacing(spacing)

    def widgets(self) -> list[QWidget]:
        return list(self._items)

    def keyboard_stops(self) -> list[QWidget]:
        """Tab through the bar: its buttons left to right, then 更多 (made first, it came first);
        a folded one takes no focus (it is in 更多)."""
        return [*(w for w in self._items if id(w) not in self._focus), self.more]

    def folded(self) -> list[QWidget]:
        """The buttons now in the 更多 menu."""
        return list(self._folded)

    def _shown(self) -> list[QWidget]:
        return [w for w in self._items if not _explicitly_hidden(w)]

    # ---- sizes: the whole row is what it would like, the 更多 button is all it needs
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        spacing = max(self._layout.spacing(), 0)
        shown = self._shown()
        width = sum(w.sizeHint().width() for w in shown) + spacing * max(len(shown) - 1, 0)
        height = max([w.sizeHint().height() for w in shown] + [self.more.sizeHint().height()])
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(self.more.sizeHint().width(), self.sizeHint().height())

    # ---- folding
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() in _RELAYOUT_EVENTS and not self._busy:
            self._relayout_timer.start()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and not self._busy:
            self._relayout_timer.start()  # a button's text (so its width) changed
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.relayout()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.relayout()
        self._order_keys()  # again once shown: Qt moves none past the window's last widget

    def _order_keys(self) -> None:
        from officedesk.ui.widgets.tab_order import chain

        chain(self.keyboard_stops())

    def relayout(self) -> None:
        """Lay out the buttons that fit, in order; the rest go into 更多."""
        if self._busy:
            return
        spacing = max(self._layout.spacing(), 0)
        wanted = self._shown()
        widths = [w.sizeHint().width() for w in wanted]
        total = sum(widths) + spacing * max(len(wanted) - 1, 0)
        room = self.width()
        fits = len(wanted)
        if total > room:
            room -= self.more.sizeHint().width() + spacing
            used, fits = 0, 0
            for width in widths:
                if used + width > room:
                    break
                used += width + spacing
                fits += 1
        folded = wanted[fits:]
        if folded != self._folded:
            self._rebuild(folded)

    def _rebuild(self, folded: list[QWidget]) -> None:
        self._busy = True
        try:
            while self._layout.count():
                self._layout.takeAt(0)
            folded_ids = {id(w) for w in folded}
            for widget in self._items:
                if id(widget) in folded_ids:
                    if id(widget) not in self._focus:
                        self._focus[id(widget)] = widget.focusPolicy()
                    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                    widget.setGeometry(0, 0, 0, 0)  # no room, still "shown" for the program
                else:
                    policy = self._focus.pop(id(widget), None)
                    if policy is not None:
                        widget.setFocusPolicy(policy)
                    self._layout.addWidget(widget)
            if self._stretch:
                self._layout.addStretch(self._stretch)
            self._layout.addWidget(self.more)
            self._folded = list(folded)
            self.more.setVisible(bool(folded))
            self._order_keys()  # a button unfolded takes its place again
        finally:
            self._busy = False
        self.updateGeometry()

    def _fill_menu(self) -> None:
        self.more_menu.clear()
        for widget in self._folded:
            if not isinstance(widget, QAbstractButton) or widget.isHidden():
                continue
            # its text as the button's: a “&” there marks its letter (保存(&S)), as in a menu
            action = QAction(widget.text(), self.more_menu)
            action.setEnabled(widget.isEnabled())
            action.setToolTip(widget.toolTip())
            menu = widget.menu() if hasattr(widget, "menu") else None  # QPushButton, QToolButton
            if menu is not None:
                action.setMenu(menu)
            else:
                action.triggered.connect(lambda _=False, w=widget: w.click())
            self.more_menu.addAction(action)

    def menu_texts(self) -> list[str]:
        """What 更多 offers now (tests, accessibility)."""
        self._fill_menu()
        return [action.text() for action in self.more_menu.actions()]


_RELAYOUT_EVENTS = (QEvent.Type.ShowToParent, QEvent.Type.HideToParent, QEvent.Type.FontChange)


def _explicitly_hidden(widget: QWidget) -> bool:
    """Hidden by the program (a fresh child of a window not yet shown is hidden but not so)."""
    return widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
