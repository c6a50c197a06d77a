"""A 督查事项's 办结时限 typed on a rest day (at 立项: the window's form, `add`): saved as typed,
and the clerk is told, as a task's 时限 on a rest day is told at 分解 — it used to pass unsaid."""

from __future__ import annotations

import datetime as dt

from officedesk.core import supervision as sv
from officedesk.ui import supervision as tab_module
from officedesk.ui.supervision import step_actions

from .test_cli import run_here as run  # in this process: the family's real one is test_cli.py's

SUNDAY = "2026-04-05"


def test_the_note_names_a_rest_day_deadline_of_a_running_item(db, admin, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item({"事项名称": "推进秋粮收购", "来源": "领导批示", "办结时限": SUNDAY}, admin)
    assert item.deadline == dt.date(2026, 4, 5)  # accepted as typed
    note = sv.deadline_note(item)
    assert note is not None and f"办结时限 {SUNDAY} 是休息日或法定节假日" in note and "“延期”" in note
    working = sv.create_item({"事项名称": "推进冬修水利", "来源": "领导批示", "办结时限": "2026-04-03"},
                             admin)
    assert sv.deadline_note(working) is None


def test_add_on_the_command_line_says_so(tmp_path):
    run(tmp_path, "init", "--org", "中共云岭县委办公室", "--code", "云委办", "--password", "Abc12345678")
    said = run(tmp_path, "add", "supervision", "事项名称=推进秋粮收购", "来源=领导批示",
               f"办结时限={SUNDAY}")
    assert f"注意：办结时限 {SUNDAY} 是休息日或法定节假日" in said.stdout
    quiet = run(tmp_path, "add", "supervision", "事项名称=推进冬修水利", "来源=领导批示",
                "办结时限=2026-04-03")
    assert "注意" not in quiet.stdout


def test_the_item_form_tells_the_clerk(app_ctx, qtbot, fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 3, 2))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(step_actions, "info", lambda parent, title, text: told.append((title, text)))
    tab = tab_module.make_tab(app_ctx)
    qtbot.addWidget(tab)

    def fill(dialog) -> bool:
        dialog.panel.inputs["title"].set_value("推进秋粮收购")
        dialog.panel.inputs["source"].set_value("领导批示")
        dialog.panel.inputs["deadline"].set_value(dt.date(2026, 4, 5))
        return dialog.try_save()

    monkeypatch.setattr(tab_module.RecordFormDialog, "exec", fill)
    tab.new_record()
    assert len(told) == 1 and SUNDAY in told[0][1] and "休息日" in told[0][1]
    assert sv.SupervisionItem.get(sv.SupervisionItem.title == "推进秋粮收购").deadline == \
        dt.date(2026, 4, 5)
