"""Every registry's new/edit form (新建督查事项, 收文登记, 新建人员 …: RecordFormDialog; 信访登记
and 拟稿 on its FieldsPanel) had no Alt+letter on its field captions, as the hand-made forms
have (会议名称(&M)): a clerk reached a field far down only by Tab. Each caption gets one — 来源(&E) in Chinese, within its words in
English (S&ource) — none alike and none of the buttons' (保存 S, 取消 C), and Alt+letter puts
the focus in its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from officedesk.core import registry
from officedesk.ui.widgets.mnemonics import key_of, plain
from tests.ui.forms import shown
from tests.ui.test_mnemonics import _dialog_clashes, _keys


def _forms(app_ctx, qtbot):
    """Every registry's RecordFormDialog, and the two forms built on its FieldsPanel (信访登记,
    拟稿)."""
    from officedesk.ui.documents.outgoing_page import DraftDialog
    from officedesk.ui.petitions.register_dialog import RegistrationDialog
    from officedesk.ui.widgets.record_form import RecordFormDialog

    made = [(spec.name, lambda spec=spec: RecordFormDialog(app_ctx, spec))
            for spec in registry.all_registries()]
    made += [("信访登记", lambda: RegistrationDialog(app_ctx)), ("拟稿", lambda: DraftDialog(app_ctx))]
    for name, make in made:
        dialog = make()
        shown(dialog, qtbot)
        yield name, dialog
        dialog.reject()


def _captions(dialog) -> dict[str, QLabel]:
    """Each field's caption: the label whose buddy is its widget."""
    by_widget = {id(label.buddy()): label for label in dialog.panel.findChildren(QLabel) if label.buddy()}
    return {name: by_widget[id(field_input.widget)] for name, field_input in dialog.panel.inputs.items()}


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_field_of_every_registry_s_form_has_a_letter(app_ctx, qtbot, language):
    problems, forms = [], 0
    for name, dialog in _forms(app_ctx, qtbot):
        forms += 1
        keys = _keys(dialog)
        save, cancel = ("保存", "取消") if language == "zh_CN" else ("Save", "Cancel")
        if name == "信访登记":
            save = "登记" if language == "zh_CN" else "Register"
        if (keys[save], keys[cancel]) != ("R" if name == "信访登记" else "S", "C"):
            problems.append(f"{name}: buttons {keys}")
        problems += [f"{name}: {clash}" for clash in _dialog_clashes(dialog)]
        for field, caption in _captions(dialog).items():
            text = caption.text()
            if not key_of(text):
                problems.append(f"{name}: {text!r} has no Alt+letter")
            if language == "en" and "(&" in text:
                problems.append(f"{name}: {text!r}: a Chinese-style letter in English")
            if dialog.panel.inputs[field].field.required and not text.startswith("* "):
                problems.append(f"{name}: {text!r} lost its * (required)")
            if language == "zh_CN" and "(&" not in text:
                problems.append(f"{name}: {text!r}: not 名称(&X)")
            assert "&" not in plain(text)
    assert forms >= 13  # every registry walked, and 信访登记 and 拟稿
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_alt_and_a_caption_s_letter_focuses_its_field(app_ctx, qtbot, language):
    missed, tried = [], 0
    for name, dialog in _forms(app_ctx, qtbot):
        for field, caption in reversed(_captions(dialog).items()):  # from the last: focus moves
            key = key_of(caption.text())
            widget = dialog.panel.inputs[field].widget
            if not key or not widget.isEnabled():
                continue
            tried += 1
            qtbot.keyClick(QApplication.focusWidget() or dialog, getattr(Qt.Key, f"Key_{key}"),
                           Qt.KeyboardModifier.AltModifier)
            focus = QApplication.focusWidget()
            if focus is None or not (focus is widget or widget.isAncestorOf(focus)):
                missed.append(f"{name}: Alt+{key} ({plain(caption.text())}) -> {focus!r}")
        assert dialog.isVisible()  # no letter saved or closed the form
    assert tried > 90, tried  # (nearly) every field of the eleven registries' forms
    assert not missed, "\n".join(missed)
