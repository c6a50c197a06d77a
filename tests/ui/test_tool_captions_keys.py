"""A tool dialog's caption that names the field beside it (信访统计's 年度：, 督查催办's 单位：,
信息刊物's 刊物：, 信息排名's 年度：) had no buddy, so no Alt+letter: a clerk reached the field by Tab
or the mouse only, while the forms' captions have theirs. Each such caption now has its field
as buddy and a letter from those the buttons leave, written before its colon in Chinese
(年度(&Y)：) and within the words in English (&Year:); Alt+letter puts the focus in the field.
The 效能 tab's row (期间 单位 发文字号) and the 统计 pages' 年度 get theirs with the tab's buttons'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from officedesk.ui.widgets.mnemonics import key_of, keys_taken, plain
from tests.ui.forms import shown
from tests.ui.test_mnemonics import _dialog_clashes

INPUTS = (QAbstractSpinBox, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit)


def _box(widget: QWidget, root: QWidget):
    return widget.rect().translated(widget.mapTo(root, QPoint(0, 0)))


def captions_of_inputs(root: QWidget) -> list[tuple[QLabel, QWidget]]:
    """Each shown caption ending in “：”/“:” with the input that stands right of it on its row
    (the nearest), as the clerk sees them."""
    inputs = [w for w in root.findChildren(QWidget) if isinstance(w, INPUTS) and w.isVisible()
              # a spin box's or a combo's own line is its field's
              and not (isinstance(w, QLineEdit) and isinstance(w.parent(), INPUTS))]
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not plain(label.text()).strip().endswith(("：", ":")):
            continue
        box = _box(label, root)
        beside = [(r.left() - box.right(), w) for w in inputs
                  if (r := _box(w, root)).left() >= box.right() - 2
                  and r.top() <= box.center().y() <= r.bottom()]
        if beside:
            found.append((label, min(beside, key=lambda pair: pair[0])[1]))
    return found


def _dialogs(app_ctx):
    from officedesk.ui.info.dialogs import IssuesDialog, RankingDialog
    from officedesk.ui.petitions.stats_dialog import StatsDialog
    from officedesk.ui.supervision.dialogs import BulletinDialog, ReminderDialog

    def no_pdf(*_args, **_kwargs) -> None:
        return None

    yield "信访统计", StatsDialog(app_ctx)
    yield "督查催办", ReminderDialog(app_ctx)
    yield "督查通报", BulletinDialog(app_ctx)
    yield "信息刊物", IssuesDialog(app_ctx, no_pdf)
    yield "信息排名", RankingDialog(app_ctx, no_pdf)


def _check(name: str, window: QWidget, pairs, language: str, qtbot) -> list[str]:
    problems = []
    for label, field in reversed(pairs):  # from the last: the focus moves
        text = label.text()
        letter = key_of(text)
        if label.buddy() is not field or not letter:
            problems.append(f"{name}: {text!r} buddy {label.buddy()!r}, letter {letter}")
            continue
        if language == "en" and "(&" in text:
            problems.append(f"{name}: {text!r}: a Chinese-style letter in English")
        if language == "zh_CN" and not text.endswith(f"(&{letter})："):
            problems.append(f"{name}: {text!r}: the letter belongs before the colon")
        qtbot.keyClick(QApplication.focusWidget() or window, getattr(Qt.Key, f"Key_{letter}"),
                       Qt.KeyboardModifier.AltModifier)
        focus = QApplication.focusWidget()
        if focus is None or not (focus is field or field.isAncestorOf(focus)):
            problems.append(f"{name}: Alt+{letter} ({plain(text)}) -> {focus!r}")
    return problems


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_caption_of_a_tool_dialog_has_a_letter_that_focuses_its_field(language, app_ctx,
                                                                            qtbot):
    problems, captions = [], 0
    for name, dialog in _dialogs(app_ctx):
        shown(dialog, qtbot)
        pairs = captions_of_inputs(dialog)
        assert pairs, name
        captions += len(pairs)
        problems += [f"{name}: {clash}" for clash in _dialog_clashes(dialog)]
        problems += _check(name, dialog, pairs, language, qtbot)
        assert dialog.isVisible(), name  # no letter closed it
        dialog.reject()
    assert captions >= 6  # 年度, 单位, 期间 and 发文字号, 刊物, 年度
    assert not problems, "\n".join(problems)


def _with_letters_left(tab: QWidget, pairs, language: str):
    """English: a caption takes a letter of its words only, and leaves the usual buttons' and
    every page's to them (they show with it): one with none of its own left goes without."""
    if language != "en":
        return pairs
    from officedesk.ui.widgets.mnemonics import CAPTIONS_SPARE

    every = keys_taken(tab) | CAPTIONS_SPARE
    kept = [(label, field) for label, field in pairs if key_of(label.text())
            or not {c.upper() for c in label.text() if c.isalpha()} <= every]
    assert kept, "no caption of the row has a letter"
    return kept


def _show_page_of(widget: QWidget) -> None:
    """Each tab widget above `widget` showing the page it is in."""
    while (parent := widget.parentWidget()) is not None:
        holder = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(holder, QTabWidget):
            holder.setCurrentWidget(widget)
        widget = parent


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_efficiency_row_and_the_statistics_years_have_letters(language, app_ctx, qtbot):
    """效能's 期间 单位 发文字号 (Alt+letter reaches each), and the 年度 of 公文统计 and 会议统计,
    with letters no button of their tab has, nor the menus (文件 F …)."""
    from officedesk.ui.main_window import MainWindow
    from officedesk.ui.widgets.mnemonics import RESERVED

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.tab_widgets["efficiency"]  # built as a click on it builds it
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(captions_of_inputs(tab)))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pairs = captions_of_inputs(tab)
    assert len(pairs) == 3, [label.text() for label, _ in pairs]
    assert not _check("效能", window, _with_letters_left(tab, pairs, language), language, qtbot)
    before = [label.text() for label, _ in pairs]
    # 效能投诉, built when first shown, has its buttons' letters first: 登记 R, 核查结论 …; the
    # captions choose again from what they leave (in English a letter of their words, or none)
    tab.pages.setCurrentIndex(tab.pages.count() - 1)
    qtbot.waitUntil(lambda: tab.complaints_page is not None)
    pairs = captions_of_inputs(tab)
    shown_keys = [key_of(w.text()) for w in tab.findChildren(QWidget)
                  if isinstance(w, (QAbstractButton, QLabel)) and w.isVisible() and key_of(w.text())]
    assert len(shown_keys) == len(set(shown_keys)), shown_keys
    if language == "zh_CN":  # letters to spare: the captions keep theirs
        assert [label.text() for label, _ in pairs] == before
    assert not _check("效能投诉", window, _with_letters_left(tab, pairs, language), language, qtbot)
    from officedesk.ui.documents.stats_page import StatsPage
    from officedesk.ui.meetings.stats import MeetingStats

    for name, page_class in (("documents", StatsPage), ("meetings", MeetingStats)):
        tab = window.tab_widgets[name]
        window.tabs.setCurrentWidget(tab)
        years = [label for page in tab.findChildren(page_class) for label in page.findChildren(QLabel)
                 if plain(label.text()).rstrip("：:") in ("年度", "Year")]
        assert years, name
        for label in years:
            _show_page_of(label)
            letter = key_of(label.text())
            assert letter and label.buddy() is not None and letter not in RESERVED, label.text()
            # a letter of another page of the tab (收文's 历史(&Y)) is no clash: it is not shown
            others = [w for w in tab.findChildren(QWidget) if w is not label and hasattr(w, "text")
                      and w.isVisible() and key_of(str(w.text())) == letter]
            assert not others, (label.text(), [w.text() for w in others])
