"""登记信访: Enter ending a cell's typing in the people table moved on after Qt's queued commit; a
clerk typing on before it came (the next cell's text, another Enter) left that commit an editor
already closed — Qt's “commitData called with an editor that does not belong to this view”, and
a cell's text could go astray. Now the cell is kept and closed at once, then Enter moves on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.forms import shown

TYPED = ("zhang", "M", "53902119800101123", "13800001111", "addr", "work")


def test_typing_a_petitioner_on_without_pause_keeps_every_cell(app_ctx, qtbot):
    import officedesk.core.petitions  # noqa: F401
    from officedesk.ui.petitions.register_dialog import MAIN_FIELDS, RegistrationDialog

    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    people = dialog.people
    people.setFocus()
    people.setCurrentCell(0, 0)
    for text in TYPED:  # no event loop between the keys: a fast typist, a busy machine
        for char in text:  # each key to whatever has the focus then, as a keyboard's go
            qtbot.keyClick(QApplication.focusWidget(), char)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # anything queued is delivered (the test fails on a Qt warning)
    cells = [people.item(0, c).text() if people.item(0, c) else "" for c in range(len(TYPED))]
    assert cells == list(TYPED)
    first = dialog.panel.inputs[MAIN_FIELDS[0]].widget
    focused = QApplication.focusWidget()
    assert focused is first or first.isAncestorOf(focused)
    assert people.state() != people.State.EditingState
