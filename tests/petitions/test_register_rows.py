"""登记信访: 删除所选信访人 asks before a typed petitioner is deleted, naming the person, with
the safe answer the default; an empty row goes without asking."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.forms import shown


def _answer(answer: QMessageBox.StandardButton, seen: list[tuple[str, str, bool]]) -> None:
    """Answer the box when it shows, noting its text and whether the answer given by Enter
    (its default) is the safe one."""

    def act(tries: int = 20) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            safe = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
            seen.append((box.windowTitle(), box.text(), safe))
            box.button(answer).click()
        elif tries:
            QTimer.singleShot(10, lambda: act(tries - 1))

    QTimer.singleShot(0, act)


def _dialog(app_ctx, qtbot):
    import officedesk.core.petitions  # noqa: F401
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    dialog.set_petitioner(0, name="张三", phone="13800000001")
    dialog.set_petitioner(1, name="李四", id_number="110101199001011234")
    return dialog


def test_deleting_a_typed_petitioner_asks_and_names_the_person(app_ctx, qtbot):
    dialog = _dialog(app_ctx, qtbot)
    dialog.people.setCurrentCell(1, 2)  # the cursor in 李四's row
    seen: list[tuple[str, str, bool]] = []
    _answer(QMessageBox.StandardButton.No, seen)
    dialog.remove_person.click()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "李四" in seen[0][1] and seen[0][2]  # named; Enter keeps the row
    assert [p["name"] for p in dialog.petitioners()] == ["张三", "李四"]

    _answer(QMessageBox.StandardButton.Yes, seen)
    dialog.remove_person.click()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert [p["name"] for p in dialog.petitioners()] == ["张三"]


def test_an_empty_row_goes_without_asking(app_ctx, qtbot):
    dialog = _dialog(app_ctx, qtbot)
    dialog.add_petitioner_row()  # the cursor on the new, empty row
    assert dialog.people.rowCount() == 3
    seen: list[tuple[str, str, bool]] = []
    _answer(QMessageBox.StandardButton.No, seen)
    dialog.remove_person.click()
    qtbot.wait(250)
    assert seen == [] and dialog.people.rowCount() == 2
