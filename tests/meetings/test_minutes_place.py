"""A 纪要 opened again puts the cursor where the clerk left its text (it was at the start, where
nobody goes on writing), per 纪要; one never left, or whose text changed since, opens at the end."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from officedesk.core import meetings as m
from officedesk.core import steps
from tests.meetings.conftest import make_draft
from tests.ui.forms import shown

TEXT = "会议听取了有关情况汇报。\n会议研究了下一步工作。\n会议要求各单位抓好落实。"


def _with_minutes(app_ctx, title: str, day: int = 3, text: str = TEXT):
    meeting = m.save_meeting(make_draft(title=title, attendees=["李建国"], start=f"2026-12-0{day} 09:00",
                                        end=f"2026-12-0{day} 11:30"), app_ctx.actor)
    steps.perform("meetings", meeting.id, "纪要", {"text": text}, app_ctx.actor,
                  version=meeting.version)
    return m.get(meeting.id, app_ctx.actor)


def _open(app_ctx, qtbot, meeting):
    from officedesk.ui.meetings.minutes import MinutesDialog

    return shown(MinutesDialog(app_ctx, m.get(meeting.id, app_ctx.actor)), qtbot)


def _leave_at(dialog, position: int) -> None:
    cursor = dialog.text_edit.textCursor()
    cursor.setPosition(position)
    dialog.text_edit.setTextCursor(cursor)
    dialog.reject()  # 关闭, nothing typed


def test_it_comes_back_where_the_clerk_left_it_per_minutes(directory_data, app_ctx, qtbot):
    first = _with_minutes(app_ctx, "县委常委会第1次会议")
    second = _with_minutes(app_ctx, "县委常委会第2次会议", day=4)
    dialog = _open(app_ctx, qtbot, first)
    assert dialog.text_edit.textCursor().position() == len(TEXT)  # never left: at the end
    middle = TEXT.index("会议研究") + 4
    _leave_at(dialog, middle)
    dialog = _open(app_ctx, qtbot, second)
    _leave_at(dialog, 3)

    again = _open(app_ctx, qtbot, first)
    assert again.text_edit.textCursor().position() == middle
    assert again.text_edit.hasFocus() or again.text_edit is again.focusWidget()
    again.reject()
    assert _open(app_ctx, qtbot, second).text_edit.textCursor().position() == 3


def test_a_text_changed_since_opens_at_its_end(directory_data, app_ctx, qtbot):
    meeting = _with_minutes(app_ctx, "县委常委会第3次会议")
    _leave_at(_open(app_ctx, qtbot, meeting), 5)
    longer = TEXT + "\n会议还研究了其他事项。"
    steps.perform("meetings", meeting.id, "纪要", {"text": longer}, app_ctx.actor,
                  version=m.get(meeting.id, app_ctx.actor).version)
    dialog = _open(app_ctx, qtbot, meeting)
    assert dialog.text_edit.textCursor().position() == len(longer)
    cursor = dialog.text_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert dialog.text_edit.textCursor().position() == cursor.position()
