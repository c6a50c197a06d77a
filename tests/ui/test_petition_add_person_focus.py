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


def test_the_count_rises_to_the_petitioners_named_and_is_never_lowered(app_ctx, qtbot):
    """人数 followed the rows: left at 1 with three named, the save was refused (人数少于登记的
    信访人); raised in view as names are typed, it keeps a larger count the clerk gave."""
    import officedesk.core.petitions  # noqa: F401
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    count = dialog.panel.inputs["people_count"]
    assert count.value() == 1
    for row, name in enumerate(("张大山", "李小河", "王石")):
        dialog.set_petitioner(row, name=name)
    assert count.value() == 3
    count.set_value(20)  # a 集体访 of 20 with three representatives listed
    dialog.set_petitioner(3, name="赵四")
    assert count.value() == 20
    dialog.set_petitioner(3, gender="男")  # another column changes nothing
    assert count.value() == 20
