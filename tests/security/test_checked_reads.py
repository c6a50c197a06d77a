"""Reading a record checks the reader's clearance by default: `records.get` takes the actor
(there is no reading by leaving it out), `latest_reminder` takes it too, and what the window
reads back after a step is read for the user who did it. The unchecked reads are named so
(`records.get_unchecked`, `_latest_reminder_unchecked`) and serve only core code that has
read the record with the actor in the same call."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from officedesk.core import records, registry, steps
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.documents import incoming, outgoing
from officedesk.core.errors import PermissionDeniedError

CLERK0 = Actor(username="clerk0", role="clerk", clearance=0, display_name="科员甲")
CLERK1 = Actor(username="clerk1", role="clerk", clearance=1, display_name="科员乙")
CLERK2 = Actor(username="clerk2", role="clerk", clearance=2, display_name="机要员丙")


@pytest.fixture
def secret(db, fixed_today) -> dict[str, Any]:
    """A 机密 收文, 发文 and 督查 item; the item's task overdue and chased once."""
    fixed_today(dt.date(2026, 3, 2))
    doc = incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省水利厅", "标题": "机密来文",
                            "文种": "请示", "密级": "机密", "保密期限": "10年"}, CLI_ACTOR)
    draft = outgoing.draft({"文种": "通知", "标题": "机密通知", "密级": "机密", "保密期限": "10年"},
                           CLI_ACTOR)
    item = sv.create_item({"事项名称": "水库迁建选址勘察", "来源": "上级决策部署", "密级": "机密",
                           "立项日期": "2026-03-02"}, CLI_ACTOR)
    task = sv.add_task(item.id, {"牵头单位": "县水利局", "时限": "2026-03-10",
                                 "交办日期": "2026-03-02"}, CLI_ACTOR)
    fixed_today(dt.date(2026, 3, 20))
    assert len(sv.generate_reminders(CLI_ACTOR)) == 1
    return {"incoming": doc.id, "outgoing": draft.id, "supervision": item.id, "task": task.id}


@pytest.mark.parametrize("name", ["incoming", "outgoing", "supervision"])
def test_records_get_refuses_a_reader_below_the_records_level(secret, name):
    spec = registry.get(name)
    with pytest.raises(PermissionDeniedError, match="没有找到记录号"):
        records.get(spec, secret[name], CLERK0)
    assert records.get(spec, secret[name], CLERK2).id == secret[name]
    with pytest.raises(TypeError):  # no read by leaving the reader out
        records.get(spec, secret[name])  # type: ignore[call-arg]
    assert records.get_if_visible(spec, secret[name], CLERK0) is None
    assert records.get_if_visible(spec, secret[name], CLERK2).id == secret[name]


def test_the_latest_reminder_of_a_task_is_read_for_the_actor(secret):
    with pytest.raises(PermissionDeniedError, match="没有找到记录号"):
        sv.reminders.latest_reminder(secret["task"], CLERK0)
    last = sv.reminders.latest_reminder(secret["task"], CLERK2)
    assert last is not None and last.level == 1 and last.unit == "县水利局"
    with pytest.raises(TypeError):
        sv.reminders.latest_reminder(secret["task"])  # type: ignore[call-arg]


def test_no_window_path_raises_a_draft_above_the_doer(db, qtbot, tmp_path):
    """A clerk cleared for 秘密 does not raise his draft to 机密 (修改) — the record would leave
    his sight (records.save_changes holds the rule of a 密级 change): the declared step's dialog
    and the page's 修改 do not offer it, a value sent anyway is refused, nothing changes."""
    from officedesk.core.errors import ValidationError
    from officedesk.ui.context import AppContext
    from officedesk.ui.documents.outgoing_page import DraftDialog, OutgoingPage
    from officedesk.ui.widgets.step_form import SpecStepDialog

    ctx = AppContext(CLERK1, str(tmp_path / "officedesk.db"),
                     QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    first, second, third = (outgoing.draft({"文种": "通知", "标题": f"通知{i}", "密级": "秘密",
                                            "保密期限": "10年"}, CLERK1) for i in range(3))
    dialog = SpecStepDialog(CLERK1, "outgoing", first, "修改")  # the declared step's dialog
    qtbot.addWidget(dialog)
    combo = dialog.widgets["secrecy"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "秘密"]

    draft = DraftDialog(ctx, second)  # the page's own 修改 (正文 editor)
    qtbot.addWidget(draft)
    combo = draft.panel.inputs["secrecy"].widget
    assert [combo.itemData(i) for i in range(combo.count())] == ["秘密"]

    page = OutgoingPage(ctx)  # a page's own dialog submitting through DocumentPage.perform
    qtbot.addWidget(page)
    with pytest.raises(ValidationError, match="涉密权限只到“秘密”"):
        page.perform("修改", third, {"secrecy": "机密"})
    for record in (first, second, third):
        assert records.get(outgoing.OUTGOING, record.id, CLERK1).secrecy == "秘密"
    assert "修改" in [s.name for s in steps.available_steps("outgoing", third.id, CLERK1)]
