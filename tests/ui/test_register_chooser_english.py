"""Import / Export / Download template from a tab without a register ask which register: in
English the registers are named as their tabs are ("Incoming"), not 收文（incoming）."""

from __future__ import annotations

import re

from officedesk.core import registry
from officedesk.ui import actions

CJK = re.compile(r"[\u3400-\u9fff]")


class _NoRegister:
    def current_registry(self) -> str:
        return ""


def test_the_register_chooser_is_in_english(english, db, monkeypatch):
    offered: list[list[str]] = []

    def choose(parent, title, label, items, current=0):
        offered.append(list(items))
        return items[1]

    monkeypatch.setattr(actions, "choose", choose)
    chosen = actions.choose_registry(_NoRegister(), "Export")
    specs = registry.all_registries()
    assert chosen is specs[1]
    labels = offered[0]
    assert len(labels) == len(specs)
    assert not [label for label in labels if CJK.search(label)], labels
    assert any(label.startswith("Incoming") for label in labels), labels


def test_the_list_asked_from_is_named_by_its_question(qtbot):
    """QInputDialog.getItem's list had no name: a screen reader said only “combo box”."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox

    from officedesk.ui.widgets.messages import choose

    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        combo = dialog.findChild(QComboBox)
        seen.append(combo.accessibleName())
        seen.append(combo.currentText())
        dialog.reject()

    QTimer.singleShot(0, look)
    assert choose(None, "导出", "选择登记簿：", ["收文（incoming）", "发文（outgoing）"], 1) is None
    assert seen == ["选择登记簿", "发文（outgoing）"]
