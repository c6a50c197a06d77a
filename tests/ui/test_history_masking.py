"""The history dialog of every tab shows what core's audit.history gives the user: a clerk sees a
complainant's or a reporter's phone masked, as in the lists."""

from __future__ import annotations

import pytest

from officedesk.core import info, records
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.efficiency import complaints
from officedesk.ui.widgets import history

CLERK = Actor("clerk", "clerk", 1, display_name="科员")


@pytest.fixture
def opened(monkeypatch):
    """The history dialogs a tab opens (their exec() returns at once, as a message box's)."""
    from PySide6.QtWidgets import QMessageBox

    dialogs: list[history.HistoryDialog] = []
    monkeypatch.setattr(history.HistoryDialog, "exec", lambda self: dialogs.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    return dialogs


def _all_changes(dialog: history.HistoryDialog) -> str:
    texts = []
    for row in range(dialog.table.rowCount()):
        dialog.table.selectRow(row)
        texts.append(dialog.detail.toPlainText())
    return "\n".join(texts)


def test_a_clerk_sees_the_complainants_phone_masked(app_ctx, qtbot, opened):
    from officedesk.ui.efficiency.complaints import ComplaintsPage

    record = complaints.register_complaint(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "钱女士", "联系电话": "13912345678", "被投诉单位": "县自然资源局",
         "投诉内容": "办事拖拉。"},
        CLI_ACTOR,
    )
    app_ctx.actor = CLERK
    page = ComplaintsPage(app_ctx)
    qtbot.addWidget(page)
    page.list.refresh()
    assert page.list.select_record(record.id)
    page.show_history()
    shown = _all_changes(opened[-1])
    assert "139****5678" in shown and "13912345678" not in shown


def test_the_info_tab_opens_the_history_as_the_user(app_ctx, qtbot, opened):
    from officedesk.ui.info import make_tab

    item = records.create(
        info.SPEC,
        {"title": "县林业局开展森林防火检查", "unit": "县林业局", "reporter": "李明",
         "phone": "13812345678", "category": "工作动态", "content": "排查隐患12处。",
         "reported_at": "2026-01-05 09:00"},
        CLI_ACTOR,
    )
    app_ctx.actor = CLERK
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.list.refresh()
    assert tab.list.select_record(item.id)
    tab.show_history()
    shown = _all_changes(opened[-1])
    assert "138****5678" in shown and "13812345678" not in shown


def test_a_clerk_s_edit_form_does_not_show_the_complainants_phone(app_ctx, qtbot, monkeypatch):
    """The form a double-click opens: a clerk (or a read-only user) may correct what he may
    see; the phone he sees masked in the list is not in it unmasked (a leader's form has it)."""
    from PySide6.QtWidgets import QDialog, QLineEdit

    from officedesk.ui.efficiency.complaints import ComplaintsPage
    from officedesk.ui.widgets.record_form import RecordFormDialog

    record = complaints.register_complaint(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "钱女士", "联系电话": "13912345678",
         "被投诉单位": "县自然资源局", "投诉内容": "办事拖拉。"}, CLI_ACTOR)
    shown: list[RecordFormDialog] = []
    monkeypatch.setattr(RecordFormDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    for actor, sees in ((CLERK, False), (Actor("ro", "readonly", 1, display_name="只读"), False),
                        (Actor("ld", "leader", 1, display_name="领导"), True)):
        app_ctx.actor = actor
        page = ComplaintsPage(app_ctx)
        qtbot.addWidget(page)
        page.list.refresh()
        assert page.list.select_record(record.id)
        page.edit_current()
        texts = [w.text() for w in shown[-1].findChildren(QLineEdit)]
        assert ("13912345678" in texts) is sees, (actor.role, texts)
        assert "phone" in shown[-1].panel.inputs if sees else "phone" not in shown[-1].panel.inputs
