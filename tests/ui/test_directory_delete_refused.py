"""The 通讯录's 删除 of a room meetings are held in: core's refusal is shown at once, saying what
uses the room (probe139), not a 确定删除吗 that core then refuses; the room stays."""

from __future__ import annotations

from officedesk.core import records, registry
from officedesk.store.models import Room
from officedesk.ui.widgets import registry_page


def test_a_room_in_use_is_refused_before_the_question(main_window, admin, qtbot, monkeypatch):
    room = records.create(registry.get("rooms"), {"名称": "第一会议室"}, admin)
    records.create(registry.get("meetings"), {
        "会议名称": "全县工作会", "会议类型": "工作会议", "地点": "第一会议室",
        "开始时间": "2026-03-10 09:00", "结束时间": "2026-03-10 11:00"}, admin)
    directory = main_window.tab_widgets["directory"]
    main_window.tabs.setCurrentWidget(directory)
    page = directory.pages["rooms"]
    directory.setCurrentWidget(page)
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1)
    page.list.select_record(room.id)
    asked: list[str] = []
    shown: list[str] = []
    monkeypatch.setattr(registry_page, "confirm", lambda *a, **k: asked.append(a[2]) or True)
    monkeypatch.setattr(registry_page, "show_error", lambda _parent, exc, *a: shown.append(str(exc)))
    page.delete_selected()
    assert asked == []
    assert len(shown) == 1 and "第一会议室" in shown[0] and "会议 1 条" in shown[0]
    assert Room.get_or_none(Room.id == room.id) is not None
