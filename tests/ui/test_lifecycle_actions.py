"""删除草稿 and 作废… in a registry list: shown as core allows, calling core.lifecycle."""

from __future__ import annotations

import os

import pytest

from officedesk.core import lifecycle, records, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming, outgoing
from officedesk.ui.widgets import messages


@pytest.fixture
def documents(main_window, qtbot):
    settings.put("org.code", "某委办")
    tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(tab)
    return tab


def _select(page, qtbot, record_id: int) -> None:
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.select_record(record_id))
    page.list.selection_changed.emit()


def test_delete_a_draft_from_the_list(documents, app_ctx, qtbot, monkeypatch):
    page = documents.outgoing
    documents.setCurrentWidget(page)
    draft = outgoing.draft({"文种": "通知", "标题": "放弃的稿件"}, app_ctx.actor)
    _select(page, qtbot, draft.id)
    actions = page.list.lifecycle
    assert actions.delete_action.isEnabled() and not actions.void_action.isEnabled()
    assert "还没有编号" in actions.void_action.toolTip()
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: asked.append(a[2]) or True)
    actions.delete_action.trigger()
    assert "放弃的稿件" in asked[0]
    assert outgoing.OutgoingDoc.get_or_none(outgoing.OutgoingDoc.id == draft.id) is None
    qtbot.waitUntil(lambda: page.list.model.row_of(draft.id) < 0)


def test_void_asks_for_the_reason_and_keeps_it_when_refused(documents, app_ctx, qtbot, tmp_path):
    page = documents.incoming
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "登记重了的来文"}, app_ctx.actor)
    _select(page, qtbot, doc.id)
    actions = page.list.lifecycle
    assert actions.void_action.isEnabled() and not actions.delete_action.isEnabled()
    assert "编号不能删除" in actions.delete_action.toolTip()
    assert [b.accessibleName() for b in actions.buttons] == ["删除草稿收文", "作废收文"]
    page.window().resize(1366, 768)
    if os.environ.get("OFFICEDESK_SCREENSHOTS"):
        page.window().grab().save(str(tmp_path / "list.png"))
    dialog = actions.void_current()
    assert not dialog.try_submit()
    assert dialog.error.isVisibleTo(dialog) and "写明原因" in dialog.error.text()
    dialog.reason.setPlainText("同一文件登记了两次")
    if os.environ.get("OFFICEDESK_SCREENSHOTS"):
        dialog.grab().save(str(tmp_path / "void.png"))
    assert dialog.try_submit()
    saved = records.get(incoming.INCOMING, doc.id, CLI_ACTOR)
    assert saved.state == lifecycle.VOIDED
    _select(page, qtbot, doc.id)
    assert not actions.void_action.isEnabled() and "已经作废" in actions.void_action.toolTip()


def test_read_only_users_get_no_lifecycle_actions(office_readonly_list):
    assert office_readonly_list.lifecycle is None


@pytest.fixture
def office_readonly_list(db, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.core.actor import Actor
    from officedesk.ui.context import AppContext
    from officedesk.ui.widgets.records_table import RegistryListView

    reader = Actor(username="ro", role="readonly", clearance=3)
    ctx = AppContext(reader, "x", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    view = RegistryListView(ctx, incoming.INCOMING)
    qtbot.addWidget(view)
    return view
