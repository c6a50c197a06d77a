"""岗位设置: a misspelt 科室 (信息外 for 信息处) is asked about with 取消 as the default, so a second
Enter does not make it; a truly new one keeps 确定. The dialog is wide enough for its
placeholder and a 分管 of three sections, in Chinese and in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QStyle, QStyleOptionFrame

from officedesk.core import positions
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.posts_dialogs import PostDialog
from officedesk.ui.widgets.mnemonics import plain
from tests.staff import STAFF, make_staff


@pytest.fixture
def dialog(db, qtbot):
    make_staff(STAFF)
    shown = PostDialog(CLI_ACTOR)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.user.setCurrentIndex(shown.user.findData("xinxi"))
    return shown


def _saved_answering_enter(dialog, typed: str) -> str:
    """Save with `typed` as 单位, Enter pressed in the box asked; the box's default button."""
    default = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default.append(plain(box.defaultButton().text()))  # the words, less the Alt letter
        box.defaultButton().click()  # what Enter does

    dialog.unit.setText(typed)
    QTimer.singleShot(200, answer)
    dialog.save()
    return default[0]


def test_enter_in_the_box_of_a_misspelt_section_keeps_it_out(dialog):
    assert _saved_answering_enter(dialog, "信息外") == "取消"  # close to 信息处
    assert positions.post_of("xinxi").unit == "信息处" and dialog.result() == 0
    assert _saved_answering_enter(dialog, "宣传科") == "确定"  # no close one: truly new
    assert positions.post_of("xinxi").unit == "宣传科" and dialog.result() == 1


def _room(edit: QLineEdit) -> int:
    """The width a QLineEdit leaves its text: less its frame and the style's margins."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
    margins = edit.textMargins()
    return edit.width() - 2 * frame - 4 - margins.left() - margins.right()  # 2 px a side inside


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_placeholder_and_three_sections_fit(language, dialog):
    charge = dialog.in_charge
    metrics = charge.fontMetrics()
    assert metrics.horizontalAdvance(charge.placeholderText()) <= _room(charge)
    three = "县委办公室督查室、县委办公室信访科、县委办公室信息科"
    assert metrics.horizontalAdvance(three) <= _room(charge)
    assert dialog.width() <= 1366 - 40
