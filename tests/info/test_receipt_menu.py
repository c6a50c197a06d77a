"""信息 → 打印 → 接收回执 is greyed out, saying why, for an item not received yet (as the 信访 打印
menu does): it was offered, and choosing it showed an error box (“无法完成”)."""

from __future__ import annotations

from officedesk.core.info import procedure
from officedesk.ui.info import make_tab


def test_the_receipt_is_offered_once_the_item_is_received(app_ctx, qtbot, report, admin):
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    item = report()
    tab.list.refresh()
    qtbot.waitUntil(lambda: tab.list.select_record(item.id))
    tab.update_current()
    action = tab.receipt_action
    assert not action.isEnabled()
    assert "还没有接收" in action.toolTip() and "还没有接收" in action.statusTip()
    procedure.receive(item.id, item.version, admin)
    tab.list.refresh()
    qtbot.waitUntil(lambda: tab.list.select_record(item.id))
    tab.update_current()
    assert action.isEnabled() and action.toolTip() in ("", action.text())
