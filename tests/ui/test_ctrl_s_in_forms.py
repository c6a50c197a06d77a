"""Ctrl+S saves in every form dialog (a step dialog did nothing on it; the registries' forms,
the 会议 and 信访 dialogs and the 文件 menu save on it), and a dialog's own Ctrl+S is kept."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from officedesk.core import petitions, records
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.step_form import SpecStepDialog


@pytest.fixture
def petition(db, admin, fixed_today):
    fixed_today(dt.date(2026, 11, 16))
    return petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None, admin)


def test_ctrl_s_submits_a_step(petition, admin, qtbot):
    dialog = SpecStepDialog(admin, "petitions", petition, "处理")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.set_value("handling", "直接答复")
    dialog.set_value("content", "本机关办理")
    dialog.widgets["handling"].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.outcome is not None
    assert records.get(petitions.SPEC, petition.id, CLI_ACTOR).state != petitions.PENDING


def test_a_form_with_its_own_ctrl_s_has_one(app_ctx, qtbot):
    from officedesk.core.documents import incoming
    from officedesk.ui.widgets.record_form import RecordFormDialog

    dialog = RecordFormDialog(app_ctx, incoming.INCOMING, fields=["title"])
    qtbot.addWidget(dialog)
    save = QKeySequence(QKeySequence.StandardKey.Save)
    assert len([s for s in dialog.findChildren(QShortcut) if s.key() == save]) == 1
