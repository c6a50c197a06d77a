"""登记信访: 添加信访人 (Alt+P, or a click) puts the focus in the new row's 姓名, so the next
name is typed there (it stayed in the field left: a name typed went into 登记日期)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.forms import shown


def test_the_next_name_goes_into_the_new_row(app_ctx, qtbot):
    import officedesk.core.petitions  # noqa: F401
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    day = dialog.panel.inputs["registered_on"].widget
    day.setFocus()
    typed_day = dialog.panel.inputs["registered_on"].value()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)  # the button's animated click
    assert dialog.people.rowCount() == 2
    for char in "li":
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    item = dialog.people.item(1, 0)
    assert item is not None and item.text() == "li"
    assert dialog.panel.inputs["registered_on"].value() == typed_day
