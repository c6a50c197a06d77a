"""The 历史 dialog's title names the record it shows (its number, else its title), as every tab's
does: 效能投诉's and the 通讯录's (the plain registry page) too (probe101)."""

from __future__ import annotations

import pytest

from officedesk.core import directory
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.efficiency import complaints
from officedesk.ui.widgets import history


@pytest.fixture
def opened(monkeypatch):
    dialogs: list[history.HistoryDialog] = []
    monkeypatch.setattr(history.HistoryDialog, "exec", lambda self: dialogs.append(self) or 0)
    return dialogs


def test_the_complaints_history_names_the_complaint(app_ctx, qtbot, opened):
    from officedesk.ui.efficiency.complaints import ComplaintsPage

    record = complaints.register_complaint(
        {"投诉方式": "电话", "投诉类别": "办事拖拉", "投诉人": "钱女士", "联系电话": "13912345678",
         "被投诉单位": "县自然资源局", "投诉内容": "办事拖拉。"},
        CLI_ACTOR,
    )
    page = ComplaintsPage(app_ctx)
    qtbot.addWidget(page)
    page.list.refresh()
    assert page.list.select_record(record.id)
    page.show_history()
    title = opened[-1].windowTitle()
    assert record.number and record.number in title and "县自然资源局" in title, title


def test_the_directory_history_names_the_unit(app_ctx, qtbot, opened):
    from officedesk.core import records
    from officedesk.ui.widgets.registry_page import RegistryPage

    unit = records.create(directory.UNITS, {"name": "县档案馆"}, CLI_ACTOR)
    page = RegistryPage(app_ctx, directory.UNITS)
    qtbot.addWidget(page)
    page.list.refresh()
    assert page.list.select_record(unit.id)
    page.show_history()
    assert "县档案馆" in opened[-1].windowTitle()
