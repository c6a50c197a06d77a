"""座次 in the window names the 旁听席 as the printed 座次表 does (the dialog called the observers'
back row just “第2排”, the paper “第二排 旁听席”: a clerk moving seats could not tell the
gallery from the hall)."""

from __future__ import annotations

import dataclasses

from officedesk.core import meetings as m
from tests.meetings.conftest import make_draft
from tests.ui.forms import shown


def test_the_observers_row_is_labelled_as_the_gallery(directory_data, admin, on_day, app_ctx,
                                                      qtbot):
    from officedesk.ui.meetings.seating import SeatingDialog

    draft = dataclasses.replace(make_draft(attendees=["李建国", "王海涛", "陈志明"],
                                           nonvoting=["马俊"]),
                                observers=[m.resolve_person("高静")])
    meeting = m.save_meeting(draft, admin)
    dialog = shown(SeatingDialog(app_ctx, meeting), qtbot)
    labels = [dialog.grid.verticalHeaderItem(r).text() for r in range(dialog.grid.rowCount())]
    assert labels[0] == "主席台"
    gallery = [r for r in range(1, len(labels)) if dialog.name_at(r, 0) == "高静"
               or "高静" in [dialog.name_at(r, c) for c in range(dialog.grid.columnCount())]]
    assert len(gallery) == 1 and labels[gallery[0]].endswith("（旁听席）")
    assert all("旁听席" not in label for n, label in enumerate(labels) if n not in gallery)
