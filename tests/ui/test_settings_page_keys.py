"""probe127: 系统设置's captions by Alt+letter, page by page. The captions of all eight pages
drew their letters from one pool (give_dialog_keys), so of 87 fields the English dialog keyed
16 and the Chinese one 17 (the rest without), though only the shown page's
letters ever answer: Qt matches no shortcut of a hidden widget, so each page is a pool of its
own, as the pages' buttons already were. The five 打印字体 captions named the row holding the
box and its 选择… (a widget that takes no focus): their Alt+letter did nothing, as did 正在使用的
字体文件(V)'s (a text to read). A field below the page's visible part was focused by its letter
out of sight. The 其他 page held the 效能 and 信息 settings too (22 fields): English, which marks
only a letter of a caption's words, had too few for them; they have pages of their own."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.ui.widgets.mnemonics import key_of, plain
from tests.ui.forms import shown
from tests.ui.test_mnemonics import _clashes


def test_qt_answers_only_the_shown_pages_letter(qtbot):
    """What the pools rest on: two pages' captions with one letter are no clash."""
    dialog = QDialog()
    tabs = QTabWidget(dialog)
    QVBoxLayout(dialog).addWidget(tabs)
    fields = []
    for number in range(2):
        page = QWidget()
        form = QFormLayout(page)
        form.addRow("Other", QLineEdit())
        fields.append(QLineEdit())
        form.addRow(f"Fi&eld {number}", fields[-1])
        tabs.addTab(page, f"Page {number}")
    shown(dialog, qtbot)
    for number in (0, 1, 0):
        tabs.setCurrentIndex(number)
        tabs.setFocus()
        qtbot.keyClick(tabs, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is fields[number]


def _in_view(widget: QWidget) -> bool:
    scroll = next(w for w in _ancestors(widget) if isinstance(w, QScrollArea))
    viewport = scroll.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(rect)


def _ancestors(widget: QWidget):
    while widget is not None:
        widget = widget.parentWidget()
        yield widget


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_settings_field_is_reached_by_a_letter_of_its_page(db, qtbot, language):
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = shown(SettingsDialog(CLI_ACTOR), qtbot)
    outside = [b for b in dialog.buttons.buttons()]
    problems, reached = [], 0
    for index in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(index)
        page = dialog.pages.widget(index)
        name = plain(dialog.pages.tabText(index))
        captions = [label for label in page.findChildren(QLabel) if label.buddy() is not None]
        buttons = [b for b in page.findChildren(QAbstractButton) if b.text()]
        problems += [f"{name}: {c}" for c in _clashes(outside + buttons + captions, {})]
        for caption in reversed(captions):  # from the last: the page scrolls up to each
            letter = key_of(caption.text())
            field = caption.buddy()
            if isinstance(field, QLabel):  # 正在使用的字体文件: a report to read, not a field
                if letter:
                    problems.append(f"{name}: {caption.text()!r}: a letter that reaches nothing")
                continue
            if not letter:
                problems.append(f"{name}: {plain(caption.text())!r} has no Alt+letter")
                continue
            if language == "en" and re.search(r"\(&\w\)", caption.text()):
                problems.append(f"{name}: {caption.text()!r}: a Chinese-style letter")
            qtbot.keyClick(QApplication.focusWidget() or dialog, getattr(Qt.Key, f"Key_{letter}"),
                           Qt.KeyboardModifier.AltModifier)
            qtbot.wait(1)  # the scroll area follows once the focus has moved
            focus = QApplication.focusWidget()
            if focus is not field:
                problems.append(f"{name}: Alt+{letter} ({plain(caption.text())}) -> {focus!r}")
            elif not _in_view(field):
                problems.append(f"{name}: Alt+{letter} focused {plain(caption.text())} out of sight")
            else:
                reached += 1
    assert dialog.isVisible()
    assert reached > 60
    assert not problems, "\n".join(problems)
    dialog.reject()
