"""通讯录 停用 in the window (probe142): each directory page lists the entries in use, a 显示
choice brings those out of use (or all) back — where they are enabled again — and a picker offers
no entry out of use."""

from __future__ import annotations

import pytest

from officedesk.core import records, registry
from officedesk.store.models import Room


def _names(page) -> list[str]:
    model = page.list.model
    return [model.record_at(row).name for row in range(model.rowCount())]


def test_a_room_out_of_use_is_listed_on_request_and_offered_by_no_picker(app_ctx, qtbot):
    from officedesk.ui.directory import DirectoryTab
    from officedesk.ui.widgets.pickers import DirectoryLineEdit

    admin = app_ctx.actor
    records.create(registry.get("rooms"), {"名称": "第一会议室", "容量": 40}, admin)
    records.create(registry.get("rooms"), {"名称": "第二会议室", "容量": 20, "停用": "是"}, admin)
    tab = DirectoryTab(app_ctx)
    qtbot.addWidget(tab)
    page = tab.pages["rooms"]
    page.list.refresh()
    assert _names(page) == ["第一会议室"]  # in use, by default
    combo = tab.shown_combos["rooms"]
    combo.setCurrentIndex(combo.findText("已停用"))
    assert _names(page) == ["第二会议室"]
    combo.setCurrentIndex(combo.findText("全部"))
    assert sorted(_names(page)) == ["第一会议室", "第二会议室"]
    picker = DirectoryLineEdit("rooms")
    qtbot.addWidget(picker)
    assert [name.split("　")[0] for name in picker.suggestions("会议室")] == ["第一会议室"]
    room = Room.get(Room.name == "第二会议室")
    records.update(registry.get("rooms"), room.id, {"停用": "否"}, room.version, admin)
    assert [name.split("　")[0] for name in picker.suggestions("会议室")] == ["第一会议室", "第二会议室"]
    for name in ("units", "people"):
        assert tab.shown_combos[name].currentText() == "在用"
    assert "ranks" not in tab.shown_combos


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_english_list_says_out_of_use_in_words(app_ctx, qtbot, language):
    """The column reads “Out of use” (“Disable” is the user's button) and its cells Yes / No."""
    from PySide6.QtCore import Qt

    from officedesk.ui.directory import DirectoryTab

    records.create(registry.get("rooms"), {"名称": "第二会议室", "停用": "是"}, app_ctx.actor)
    tab = DirectoryTab(app_ctx)
    qtbot.addWidget(tab)
    combo = tab.shown_combos["rooms"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["In use", "Out of use", "All"]
    combo.setCurrentIndex(1)
    model = tab.pages["rooms"].list.model
    column = [f.name for f in model.fields].index("out_of_use")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Out of use"
    assert model.data(model.index(0, column)) == "Yes"
