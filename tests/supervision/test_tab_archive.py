"""The 督查 tab's 归档 button: offered once the item is 办结, through the declared step's dialog
(保管期限, 机构代码, 页数); once filed it says why not, and 重新打开 is no longer offered."""

from __future__ import annotations

import datetime as dt

from officedesk.core import settings
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.supervision import archiving
from officedesk.ui.widgets.step_form import SpecStepDialog

from .test_tab_all_steps import _button, _on_dialog, _tab, close_all


def test_archive_from_the_button(app_ctx, qtbot, item_with_tasks, fixed_today):
    item, tasks = item_with_tasks
    settings.put("org.fonds", "Z107", CLI_ACTOR)
    fixed_today(dt.date(2026, 3, 20))
    tab = _tab(app_ctx, qtbot)
    assert tab.show_record(sv.SPEC.name, item.id)
    archive, reopen = _button(tab, "归档"), _button(tab, "重新打开")
    assert archive is tab.step_buttons["归档"] and not archive.isEnabled()
    close_all(item, tasks, dt.date(2026, 3, 20))
    tab.refresh()
    assert tab.show_record(sv.SPEC.name, item.id)
    assert archive.isEnabled() and reopen.isEnabled()

    def file_it(dialog: SpecStepDialog) -> bool:
        assert dialog.step.name == "归档"
        dialog.set_value("retention", "定期10年")
        return dialog.try_submit()

    seen = _on_dialog(file_it)
    archive.click()
    assert seen.get("saved"), seen
    assert archiving.archive_no(item.id) == "Z107-WS·2026-D10-0001"
    assert "已归档：档号 Z107-WS·2026-D10-0001" in tab.detail.text()
    assert not archive.isEnabled() and "已归档" in archive.toolTip()
    assert not reopen.isEnabled() and "已归档" in reopen.toolTip()
