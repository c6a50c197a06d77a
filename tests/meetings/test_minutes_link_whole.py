"""纪要, in English: a decision's 督查 column reads whole — “Under supervision (督〔2026〕57号)”
was cut to “Under supervision (督〔2026…”, the item's number (what the 督查 list finds it by)
lost, while the 议定事项 column beside it had room to spare."""

from __future__ import annotations

import datetime as dt

from officedesk.core import meetings as m
from tests.meetings.conftest import make_draft
from tests.ui.conftest import english  # noqa: F401 (the fixture)
from tests.ui.forms import shown


def test_the_supervision_column_reads_whole_in_english(directory_data, app_ctx, qtbot,
                                                       fixed_today, english):  # noqa: F811
    from officedesk.ui.meetings.minutes import CONTENT, LINK, MinutesDialog

    fixed_today(dt.date(2026, 12, 4))
    meeting = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), app_ctx.actor)
    m.save_minutes(meeting.id, "纪要", [m.DecisionEntry("甲事项", "市财政局", "2026-12-31")],
                   app_ctx.actor)
    dialog = shown(MinutesDialog(app_ctx, m.get(meeting.id, app_ctx.actor)), qtbot)
    dialog.table.setCurrentCell(0, 0)
    dialog.send_current()
    link = dialog.table.item(0, LINK).text()
    assert link.startswith("Under supervision (") and "号" in link
    assert dialog.table.columnWidth(LINK) >= dialog.table.fontMetrics().horizontalAdvance(link)
    assert dialog.table.columnWidth(CONTENT) >= 200  # the decision keeps the room it needs
