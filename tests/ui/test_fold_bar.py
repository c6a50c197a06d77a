"""A toolbar that does not fit folds its last buttons into 更多; it never sets the width."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from officedesk.ui.widgets.fold_bar import FoldingBar


def _bar(qtbot, count=8):
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = FoldingBar(holder)
    clicked: list[str] = []
    buttons = []
    for i in range(count):
        button = QPushButton(f"按钮{i}号很长的名字", holder)
        button.clicked.connect(lambda _=False, n=i: clicked.append(n))
        bar.addWidget(button)
        buttons.append(button)
    bar.addStretch(1)
    QVBoxLayout(holder).addWidget(bar)
    return holder, bar, buttons, clicked


def test_buttons_that_do_not_fit_go_into_more(qtbot):
    holder, bar, buttons, clicked = _bar(qtbot)
    assert bar.minimumSizeHint().width() < 120  # the row never dictates the window's width
    holder.resize(400, 60)
    holder.show()
    qtbot.waitExposed(holder)
    bar.relayout()
    folded = bar.folded()
    assert folded and folded == buttons[len(buttons) - len(folded):]  # the last ones fold
    assert not bar.more.isHidden()
    texts = bar.menu_texts()
    assert texts == [b.text() for b in folded]
    bar.more_menu.actions()[0].trigger()
    assert clicked == [buttons.index(folded[0])]
    holder.resize(2000, 60)
    qtbot.wait(20)
    bar.relayout()
    assert bar.folded() == [] and bar.more.isHidden()


def test_hidden_buttons_stay_hidden_and_out_of_the_menu(qtbot):
    holder, bar, buttons, _clicked = _bar(qtbot)
    holder.resize(400, 60)
    holder.show()
    qtbot.waitExposed(holder)
    buttons[-1].hide()  # e.g. not allowed for this user
    qtbot.wait(20)
    bar.relayout()
    assert buttons[-1].isHidden() and buttons[-1].text() not in bar.menu_texts()
    buttons[-1].show()
    qtbot.wait(20)
    assert buttons[-1].text() in bar.menu_texts()


def test_tab_reaches_more_after_the_buttons_it_did_not_fold(qtbot):
    """更多 was made first: Tab reached it before the row's first button."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    holder, bar, buttons, _clicked = _bar(qtbot)
    below = QLineEdit(holder)  # what the page holds under the bar
    holder.layout().addWidget(below)
    holder.resize(400, 90)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    bar.relayout()
    shown = [b for b in buttons if b not in bar.folded()]
    assert shown and not bar.more.isHidden()
    shown[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached = [shown[0]]
    for _ in range(len(shown) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [*shown, bar.more, below], [type(w).__name__ for w in reached]
