"""纪要, in English: a decision's 督查 column reads whole — “Under supervision (督〔2026〕57号)”
was cut to “Under supervision (督〔2026…”, the item's number (what the 督查 list finds it by)
lost, while the 议定事项 column beside it had room to spare."""

from __future__ import annotations

from tests.meetings.test_minutes_names_item_number import sent_from_minutes
from tests.ui.conftest import english  # noqa: F401 (the fixture)


def test_the_supervision_column_reads_whole_in_english(directory_data, app_ctx, qtbot,
                                                       fixed_today, english):  # noqa: F811
    from officedesk.ui.meetings.minutes import CONTENT, LINK

    _meeting, dialog = sent_from_minutes(app_ctx, qtbot, fixed_today)
    link = dialog.table.item(0, LINK).text()
    assert link.startswith("Under supervision (") and "号" in link
    assert dialog.table.columnWidth(LINK) >= dialog.table.fontMetrics().horizontalAdvance(link)
    assert dialog.table.columnWidth(CONTENT) >= 200  # the decision keeps the room it needs
