"""签到's columns read whole on a 1366×768 laptop, in Chinese and in English: 职务 such as
“县委副书记、县长” were cut to “县委副书记、…” (a fixed 100 px) while 单位 had room to spare and
the dialog used 820 of the screen's 1366 pixels."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QStyle

from tests.ui.forms import shown

PEOPLE = [  # name, unit, post, rank
    ("韦刚", "中共云岭县委员会", "县委书记", 1),
    ("闫志刚", "云岭县人民政府", "县委副书记、县长", 2),
    ("江健", "云岭县人大常委会", "县人大常委会主任", 3),
    ("马军", "云岭县人民政府", "县委常委、常务副县长", 4),
]


@pytest.fixture
def sign_in(app_ctx, qtbot, admin, fixed_today, language):
    from officedesk.core import directory, records
    from officedesk.core import meetings as core
    from officedesk.ui.meetings.attendance import AttendanceDialog
    from tests.meetings.conftest import make_draft

    for unit in sorted({p[1] for p in PEOPLE}):
        records.create(directory.UNITS, {"单位名称": unit}, admin)
    for name, unit, post, rank in PEOPLE:
        records.create(directory.PEOPLE, {"姓名": name, "单位": unit, "职务": post, "级别": rank},
                       admin)
    fixed_today(dt.date(2026, 12, 3))
    draft = make_draft(attendees=[p[0] for p in PEOPLE], host_unit="中共云岭县委员会", agenda=[],
                       place="第一会议室")
    meeting = core.save_meeting(draft, admin)
    return shown(AttendanceDialog(app_ctx, meeting), qtbot)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_sign_in_column_reads_whole(sign_in):
    from officedesk.core.i18n import display
    from officedesk.core.meetings.spec import ATTENDANCE
    from officedesk.ui.meetings.attendance import REASON_COLUMN, STATUS_COLUMN

    table = sign_in.table
    header = table.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for column in range(REASON_COLUMN):
        room = header.sectionSize(column)
        title = table.horizontalHeaderItem(column).text()
        texts = [table.item(row, column).text() for row in range(table.rowCount())]
        if column == STATUS_COLUMN:  # any mark a key may give, not only those shown now
            texts += [display(mark) for mark in ATTENDANCE if mark]
        needs = max(table.fontMetrics().horizontalAdvance(t) + 8 for t in texts)
        if needs > room or header.fontMetrics().horizontalAdvance(title) + margin > room:
            cut.append((title, room, needs))
    assert cut == []
    assert header.sectionSize(REASON_COLUMN) >= 120  # room left to type a reason
    assert sign_in.frameGeometry().width() <= 1366
