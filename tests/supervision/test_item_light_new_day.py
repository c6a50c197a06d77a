"""An item's light is the worst of its tasks' in the 督查 tab too: a new day that turns a task red
(剩 1 天 → 逾期) turns its item red in the list, not only the task below it; and the 催办 window
refuses the notice of a unit never chased, saying what to do."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.supervision import SupervisionTab, dialogs

from .conftest import UNITS
from .test_tab_all_steps import _tab


def _item_cell(tab: SupervisionTab, item_id: int) -> tuple[str, str]:
    model = tab.list.model
    index = model.index(model.row_of(item_id), model.columnCount() - 1)
    return (model.data(index, Qt.ItemDataRole.DisplayRole),
            model.data(index, Qt.ItemDataRole.BackgroundRole).name())


def test_a_new_day_turns_the_item_as_red_as_its_task(app_ctx, qtbot, item_with_tasks,
                                                     fixed_today):
    item, tasks = item_with_tasks
    for task in tasks:  # all well ahead: only the dates turn the lights
        sv.add_report(task.id, {"进度": 95, "进展情况": "基本完成"}, CLI_ACTOR)
    fixed_today(dt.date(2026, 3, 19))
    tab = _tab(app_ctx, qtbot)
    assert tab.show_record(sv.SPEC.name, item.id)
    assert _item_cell(tab, item.id)[0] == "● 黄灯 剩 1 天"
    # the next day but one, nothing saved meanwhile: the third task is overdue
    fixed_today(dt.date(2026, 3, 21))
    tab.show_current()
    [third] = [row for row in tab.tasks_model.rows if row.lead_unit == UNITS[2]]
    assert sv.task_light(third, dt.date(2026, 3, 21)).colour == "红"
    assert tab.tasks_model.light(third).colour == "红"
    assert _item_cell(tab, item.id) == ("● 红灯 逾期 1 天", sv.lights.COLOURS["红"])
    # the window's clock check does it without a click too
    fixed_today(dt.date(2026, 3, 31))
    assert tab._new_day() and "逾期 11 天" in _item_cell(tab, item.id)[0]
    assert not tab._new_day()  # once a day


def test_the_reminder_window_refuses_a_notice_never_chased(app_ctx, qtbot, item_with_tasks,
                                                          fixed_today, monkeypatch):
    item, tasks = item_with_tasks
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc, title=None: shown.append(str(exc)))
    monkeypatch.setattr(dialogs.print_preview, "show_pdf_preview", lambda *args: None)
    fixed_today(dt.date(2026, 3, 25))
    window = dialogs.ReminderDialog(app_ctx)
    qtbot.addWidget(window)
    window.unit_combo.setCurrentIndex(window.unit_combo.findData(UNITS[2]))
    assert window.print_unit() is None
    assert len(shown) == 1 and "还没有登记催办" in shown[0] and "生成催办记录" in shown[0]
    window.generate()
    window.unit_combo.setCurrentIndex(window.unit_combo.findData(UNITS[2]))
    assert window.print_unit() is not None and len(shown) == 1
