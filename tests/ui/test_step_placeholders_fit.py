"""A step dialog's hints read whole in an empty box, in Chinese and in English: the English
代录 hint “Entering for someone: the name of who did it (not your step)” was cut to “… (not your
s…” in 信访 处理 (the dialog a fixed 540 px, its English labels wider)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLineEdit

from officedesk.core import petitions
from officedesk.core.actor import CLI_ACTOR
from tests.ui.forms import shown

HINT_PADDING = 12  # px: the box's frame and text margins around its hint


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_step_dialog_s_hints_read_whole(language, db, admin, fixed_today, qtbot,
                                          monkeypatch):
    from officedesk.core import responsibility
    from officedesk.ui.widgets.step_form import SpecStepDialog

    # a clerk recording the step for its holder (代录): the dialog asks whom, with that hint
    monkeypatch.setattr(responsibility, "records_for_someone", lambda *args: True)

    fixed_today(dt.date(2026, 11, 16))
    petition = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None, admin)
    dialog = shown(SpecStepDialog(CLI_ACTOR, "petitions", petition, "处理"), qtbot)
    hints = {}
    for key, widget in dialog.widgets.items():
        box = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
        if box is not None and box.placeholderText():
            hints[key] = (box.placeholderText(), box.width(),
                          box.fontMetrics().horizontalAdvance(box.placeholderText()) + HINT_PADDING)
    assert "person" in hints, hints  # the 代录 hint is among them
    assert [(key, *hint) for key, hint in hints.items() if hint[2] > hint[1]] == []
