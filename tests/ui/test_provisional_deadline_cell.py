"""A deadline in a year whose holidays are not entered yet reads “2027-01-18（暂按）” in the 信访
and 收文 lists: in English the mark was left in Chinese, and in both languages the column (105
px) cut it to “2027-01-18 (…”, the very word that says the date may still move."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from officedesk.core import workdays
from officedesk.core.actor import CLI_ACTOR

CJK = re.compile(r"[\u3400-\u9fff]")
CELL_MARGIN = 16  # as records_table's: the cell's margins and the grid line


def _unknown_year() -> int:
    year = dt.date.today().year + 1
    while workdays.holidays_known(year):
        year += 1
    return year


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_provisional_deadline_reads_whole_in_the_interface_s_language(
    language, app_ctx, qtbot
):
    from officedesk.core import petitions
    from officedesk.store.petitions import Petition
    from officedesk.ui.petitions import make_tab

    petition = petitions.register_petition(
        {"registered_on": dt.date.today().isoformat(), "form": "来信", "name": "张建国",
         "category": "征地拆迁", "content": "反映补偿款未足额发放。"},
        None, CLI_ACTOR,
    )
    due = dt.date(_unknown_year(), 1, 18)
    Petition.update(next_due=due).where(Petition.id == petition.id).execute()
    tab = make_tab(app_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.list.refresh()
    view = tab.list
    column = [f.name for f in view.model.fields].index("next_due")
    cell = view.model.data(view.model.index(0, column), Qt.ItemDataRole.DisplayRole)
    assert cell.startswith(due.isoformat()) and cell != due.isoformat()  # marked
    if language == "en":
        assert not CJK.search(cell), cell
    needs = view.table.fontMetrics().horizontalAdvance(cell) + CELL_MARGIN
    assert view.table.columnWidth(column) >= needs, (cell, view.table.columnWidth(column))
