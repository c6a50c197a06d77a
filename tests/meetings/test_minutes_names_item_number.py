"""纪要: a decision sent to 督查 (Ctrl+D) is named by its item's 督查编号 (督〔2026〕1号), what the
督查 list shows and finds it by, as core's refusals name it. The window said “督查事项 31 号”,
the item's id: a number the clerk found nowhere in 督查."""

from __future__ import annotations

import datetime as dt

from officedesk.core import meetings as m
from officedesk.core import supervision
from tests.meetings.conftest import make_draft
from tests.ui.forms import shown


def sent_from_minutes(app_ctx, qtbot, fixed_today):
    """A meeting whose 纪要 has one 议定事项, sent to 督查 from the 纪要 dialog: (meeting, dialog)."""
    from officedesk.ui.meetings.minutes import MinutesDialog

    fixed_today(dt.date(2026, 12, 4))
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), app_ctx.actor)
    m.save_minutes(meeting.id, "纪要", [m.DecisionEntry("甲事项", "市财政局", "2026-12-31")],
                   app_ctx.actor)
    dialog = shown(MinutesDialog(app_ctx, m.get(meeting.id, app_ctx.actor)), qtbot)
    dialog.table.setCurrentCell(0, 0)
    dialog.send_current()
    return meeting, dialog


def test_the_sent_decision_names_its_item_by_its_number(directory_data, app_ctx, qtbot,
                                                       fixed_today):
    from officedesk.ui.meetings.minutes import LINK

    meeting, dialog = sent_from_minutes(app_ctx, qtbot, fixed_today)
    item = supervision.get_item(m.decisions(meeting.id, app_ctx.actor)[0].supervision_id,
                                app_ctx.actor)
    assert item.number and item.number in dialog.status.text()
    assert "督查事项" not in dialog.status.text()  # not 督查事项 N 号, by its id
    link = dialog.table.item(0, LINK).text()
    assert link == f"已转督查（{item.number}）"
    assert dialog.table.columnWidth(LINK) >= dialog.table.fontMetrics().horizontalAdvance(link)
