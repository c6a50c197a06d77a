"""The 修改 dialog of a 发文 sent back to 核稿: its sole 核稿 处长 is shown core's caution first
and 保存 does the 修改 (saving says it was heard); a clerk recording it for him (代录, 经办人) is
shown the caution at 保存, and 保存 again does it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from officedesk.core import records
from officedesk.core.documents import outgoing
from tests.chain.test_after_return_record import _sent_back_to_check
from tests.staff import staffed  # noqa: F401  (a fixture)
from tests.ui.forms import shown


def _dialog(staffed, username, doc, qtbot, tmp_path):  # noqa: F811
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.documents.outgoing_page import DraftDialog

    actor = staffed[username]
    ctx = AppContext(actor, str(tmp_path / "officedesk.db"),
                     QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    record = records.get(outgoing.OUTGOING, doc, actor)
    return shown(DraftDialog(ctx, record), qtbot), ctx


def _notes(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.accessibleName() == "注意"]


def test_the_checker_sees_the_caution_and_saves(staffed, qtbot, tmp_path):  # noqa: F811
    doc = _sent_back_to_check(staffed)
    dialog, ctx = _dialog(staffed, "chuzhang", doc, qtbot, tmp_path)
    try:
        assert any("拟稿人之一" in note for note in _notes(dialog))
        dialog.body.set_text("一、核稿人改过的稿")
        assert dialog.try_save(), dialog.general_error.text()
        assert records.get(outgoing.OUTGOING, doc, staffed["chuzhang"]).body == "一、核稿人改过的稿"
    finally:
        ctx.stop_watching()


def test_a_clerk_recording_it_is_told_at_save_and_saves_again(staffed, qtbot, tmp_path):  # noqa: F811
    doc = _sent_back_to_check(staffed)
    dialog, ctx = _dialog(staffed, "wenshu", doc, qtbot, tmp_path)
    try:
        assert _notes(dialog) == []
        assert dialog.person is not None
        dialog.person.setText("李处长")
        dialog.body.set_text("一、代录的改稿")
        assert not dialog.try_save()
        said = dialog.general_error.text()
        assert "李处长修改后" in said and "保存" in said and "--confirm" not in said
        assert records.get(outgoing.OUTGOING, doc, staffed["wenshu"]).body != "一、代录的改稿"
        assert dialog.try_save(), dialog.general_error.text()
        assert records.get(outgoing.OUTGOING, doc, staffed["wenshu"]).body == "一、代录的改稿"
    finally:
        ctx.stop_watching()


def test_the_refusal_reads_in_english(english, staffed):  # noqa: F811
    import pytest

    from officedesk.core import steps
    from officedesk.core.errors import CautionError
    from officedesk.core.i18n import display
    from tests.ui.test_chain_refusals_english import _chinese_left

    doc = _sent_back_to_check(staffed)
    with pytest.raises(CautionError) as told:
        steps.perform("outgoing", doc, "修改", {"正文": "一、代录的改稿"}, staffed["wenshu"],
                      person="李处长")
    shown = display(told.value.message)
    assert "Once edited, 李处长 is one of the drafters" in shown and "click “Save” again" in shown, shown
    assert "“Review draft”" in shown and _chinese_left(shown, "李处长", "发文") == [], shown
