"""已发通知 cannot be taken back: its question names the meeting it acts on (the list's selected
row), by its name and start, as the other questions of the window do. It asked “确定会议通知已经
发出吗？” of whichever row happened to be selected."""

from __future__ import annotations

from officedesk.core import meetings as m
from officedesk.core.actor import CLI_ACTOR
from tests.meetings.conftest import make_draft, tab_with_selected


def test_the_notice_question_names_the_meeting(directory_data, app_ctx, qtbot, monkeypatch):
    from officedesk.ui import meetings as tab_module

    meeting = m.save_meeting(make_draft(attendees=["李建国"]), app_ctx.actor)
    tab = tab_with_selected(app_ctx, qtbot, meeting.id)
    asked: list[str] = []
    monkeypatch.setattr(tab_module, "confirm",
                        lambda parent, title, text, danger=False, **_names: asked.append(text) and False)
    tab.notice_sent()
    assert len(asked) == 1
    assert "市委常委会第12次会议" in asked[0] and "2026-12-03 09:00" in asked[0], asked
    assert m.get(meeting.id, CLI_ACTOR).status != m.NOTIFIED  # 取消: nothing recorded
