"""系统设置: an empty text box says what it is for or what leaving it empty means (its
placeholder, declared with the setting as `blank`), in Chinese and in English; an empty box
with nothing in it looked like a value forgotten (公文格式（按文种）, the 通报 numbers …)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from officedesk.core.actor import CLI_ACTOR

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _empty_boxes(dialog) -> dict[str, QLineEdit | QPlainTextEdit]:
    boxes = {}
    for key, widget in dialog.inputs.items():
        typed = widget.text() if isinstance(widget, QLineEdit) else \
            widget.toPlainText() if isinstance(widget, QPlainTextEdit) else None
        if typed is not None and not typed.strip():
            boxes[key] = widget
    return boxes


def test_every_empty_text_setting_says_what_empty_means(db, qtbot):
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    boxes = _empty_boxes(dialog)
    assert {"print.format_by_kind", "supervision.bulletin.number", "documents.kind_codes"} <= set(boxes)
    bare = sorted(key for key, box in boxes.items() if not box.placeholderText().strip())
    assert bare == [], bare
    assert "信函格式" in boxes["print.format_by_kind"].placeholderText()


def test_the_empty_boxes_speak_english(english, db, qtbot):
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    boxes = _empty_boxes(dialog)
    assert "print.format_by_kind" in boxes
    for key, box in boxes.items():
        words = CHINESE.sub("", box.placeholderText())
        # examples keep their Chinese (a number, a name); the words around them are English
        assert re.search(r"[A-Za-z]{3}", words), (key, box.placeholderText())
        assert not re.search(r"[留如每空则]", box.placeholderText()), (key, box.placeholderText())
