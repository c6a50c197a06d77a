"""The database file damaged under the open window: switching tabs and saving say in Chinese
that the file is damaged and to restore the latest backup (as the command line and start-up
do), what was typed stays in the form, and no 程序出错 box calls it a defect."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from officedesk.core import registry
from tests.store.test_damaged_while_open import damage_open_file


def test_the_window_on_a_damaged_file_says_restore_not_defect(main_window, admin, qtbot, monkeypatch, tmp_path):
    from officedesk import app
    from officedesk.ui.widgets.record_form import RecordFormDialog

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_crash_handler(tmp_path / "officedesk.log")  # what reaches it would be 程序出错
    damage_open_file(admin)
    for index in range(main_window.tabs.count()):
        main_window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    dialog = RecordFormDialog(main_window.ctx, registry.get("units"), parent=main_window)
    qtbot.addWidget(dialog)
    dialog.panel.inputs["name"].widget.setText("县测试局")
    dialog.try_save()
    qtbot.wait(50)
    assert shown, "nothing said"
    assert all("程序出错" not in title and "意外错误" not in text for title, text in shown), shown
    assert all("数据库文件已损坏" in text and "恢复备份" in text for _, text in shown), shown
    assert dialog.panel.inputs["name"].widget.text() == "县测试局"
    dialog.reject()
