"""Enter in the field a tool dialog opens on does that dialog's harmless default: it never
records anything (a 催办 of every unit, escalated up to 通报) nor opens a form the clerk did
not ask for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from officedesk.core import clock
from officedesk.store.models import AuditEntry
from tests.ui.forms import shown


def test_enter_in_the_reminder_dialogs_unit_records_no_reminder(demo_filled, app_ctx, qtbot,
                                                                 monkeypatch, fixed_today):
    from officedesk.ui.supervision.dialogs import ReminderDialog

    demo_filled(20)
    fixed_today(clock.today() + dt.timedelta(days=20))  # tasks due a 催办 (first, again, 通报)
    previews: list[str | None] = []
    monkeypatch.setattr(ReminderDialog, "print_unit",
                        lambda self: previews.append(self.current_unit()))
    dialog = shown(ReminderDialog(app_ctx), qtbot)
    assert dialog.generate_button.isEnabled() and dialog.unit_combo.count() > 1
    assert dialog.focusWidget() is dialog.unit_combo
    before = AuditEntry.select().count()
    qtbot.keyClick(dialog.unit_combo, Qt.Key.Key_Down)  # the clerk picks a unit …
    qtbot.keyClick(dialog.unit_combo, Qt.Key.Key_Return)  # … and presses Enter
    assert AuditEntry.select().count() == before  # no 催办 recorded for every unit
    assert previews == [dialog.current_unit()]  # Enter previews that unit's notice
    assert dialog.isVisible()
    # 生成催办记录 is still one Tab and Enter away, as a button the clerk chose
    dialog.generate_button.setFocus()
    qtbot.keyClick(dialog.generate_button, Qt.Key.Key_Return)
    assert AuditEntry.select().count() > before
