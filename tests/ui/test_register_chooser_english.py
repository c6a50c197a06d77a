"""Import / Export / Download template from a tab without a register ask which register: in
English the registers are named as their tabs are ("Incoming"), not 收文（incoming）."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QInputDialog

from officedesk.core import registry
from officedesk.ui import actions

CJK = re.compile(r"[\u3400-\u9fff]")


class _NoRegister:
    def current_registry(self) -> str:
        return ""


def test_the_register_chooser_is_in_english(english, db, monkeypatch):
    offered: list[list[str]] = []

    def get_item(parent, title, label, items, current=0, editable=True):
        offered.append(list(items))
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    chosen = actions.choose_registry(_NoRegister(), "Export")
    specs = registry.all_registries()
    assert chosen is specs[1]
    labels = offered[0]
    assert len(labels) == len(specs)
    assert not [label for label in labels if CJK.search(label)], labels
    assert any(label.startswith("Incoming") for label in labels), labels
