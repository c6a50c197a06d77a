"""The small tool dialogs ask before Esc, 关闭 or the window's close button lose what was typed,
as the record forms do (form_dialog.GuardedDialog): 设置代理's 说明, 督查催办's 经办人, 督查通报's
发文字号, 节假日调整's entry row. Nothing is asked when nothing was changed, nor once the
dialog's action took what was typed (添加, 添加代理)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from officedesk.core import users
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.mnemonics import plain
from tests.staff import STAFF, make_staff
from tests.ui.forms import answer_discard, shown

CONTINUE, DISCARD = QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard


def _delegation(app_ctx):
    from officedesk.ui.posts_dialogs import DelegationDialog

    if not any(user.username == "xinxi" for user in users.list_users()):
        make_staff(STAFF)
    dialog = DelegationDialog(CLI_ACTOR)
    return dialog, dialog.note


def _reminders(app_ctx):
    from officedesk.ui.supervision.dialogs import ReminderDialog

    dialog = ReminderDialog(app_ctx)
    # shown when core asks whose 催办 a clerk records (代录); the administrator is not asked
    dialog.person.setVisible(True)
    return dialog, dialog.person


def _bulletin(app_ctx):
    from officedesk.ui.supervision.dialogs import BulletinDialog

    dialog = BulletinDialog(app_ctx)
    return dialog, dialog.number


def _holidays(app_ctx):
    from officedesk.ui.admin import HolidaysDialog

    dialog = HolidaysDialog(CLI_ACTOR)
    return dialog, dialog.note


DIALOGS = [_delegation, _reminders, _bulletin, _holidays]


def _esc(dialog, qtbot, asked: list[str], answer=CONTINUE) -> None:
    answer_discard(answer, asked)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.wait(250)


@pytest.mark.parametrize("make", DIALOGS, ids=lambda f: f.__name__.strip("_"))
def test_esc_with_nothing_typed_closes_without_asking(make, app_ctx, qtbot):
    dialog, _field = make(app_ctx)
    shown(dialog, qtbot)
    asked: list[str] = []
    _esc(dialog, qtbot, asked)
    assert asked == [] and not dialog.isVisible()


@pytest.mark.parametrize("make", DIALOGS, ids=lambda f: f.__name__.strip("_"))
def test_esc_after_typing_asks_and_keeps_what_was_typed(make, app_ctx, qtbot):
    dialog, field = make(app_ctx)
    shown(dialog, qtbot)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "trip")  # QTest types ASCII only
    asked: list[str] = []
    _esc(dialog, qtbot, asked)  # 继续填写
    assert asked == ["放弃填写的内容？"], asked
    assert dialog.isVisible() and field.text() == "trip"
    _esc(dialog, qtbot, asked, DISCARD)  # 放弃内容并关闭
    assert len(asked) == 2 and not dialog.isVisible()


@pytest.mark.parametrize("make", [_delegation, _reminders], ids=lambda f: f.__name__.strip("_"))
def test_the_close_button_asks_too(make, app_ctx, qtbot):
    dialog, field = make(app_ctx)
    shown(dialog, qtbot)
    field.setText("出差")
    asked: list[str] = []
    answer_discard(CONTINUE, asked)
    dialog.close()  # a program's close() does what it says
    assert asked == [] and not dialog.isVisible()
    dialog, field = make(app_ctx)
    shown(dialog, qtbot)
    field.setText("出差")
    close = [b for b in _buttons(dialog) if plain(b.text()) == "关闭"]  # 关闭(&C)
    answer_discard(CONTINUE, asked)
    close[0].click()
    qtbot.wait(250)
    assert asked == ["放弃填写的内容？"] and dialog.isVisible()
    dialog.reject()


def _buttons(dialog):
    return [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]


def test_the_delegation_added_is_nothing_typed(app_ctx, qtbot, fixed_today):
    fixed_today(dt.date(2026, 6, 1))
    dialog, field = _delegation(app_ctx)
    shown(dialog, qtbot)
    dialog.principal.setCurrentIndex(dialog.principal.findData("zhuren"))  # chosen: 请选择 at first
    dialog.substitute.setCurrentIndex(dialog.substitute.findData("xinxi"))
    dialog.end.set_value(dt.date(2026, 6, 5))  # asked: it opens empty
    field.setText("出差")
    dialog.add()
    assert dialog.table.rowCount() == 1  # added
    asked: list[str] = []
    _esc(dialog, qtbot, asked)
    assert asked == [] and not dialog.isVisible()


def test_the_holiday_added_is_nothing_typed(app_ctx, qtbot, fixed_today):
    fixed_today(dt.date(2030, 3, 2))
    dialog, field = _holidays(app_ctx)
    shown(dialog, qtbot)
    dialog.day.setText("2030-10-08")
    dialog.kind.setCurrentIndex(0)  # 放假, chosen (the box opens on 请选择)
    field.setText("国庆")
    dialog.add()
    assert dialog.table.rowCount() == 1 and field.text() == ""
    asked: list[str] = []
    _esc(dialog, qtbot, asked)
    assert asked == [] and not dialog.isVisible()
