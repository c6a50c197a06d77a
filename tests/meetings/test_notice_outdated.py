"""Once the notice is sent (已发通知), a 修改 of the meeting's time or place makes it wrong: the
step says so (its outcome, the command line, the window), and the meeting stays 已发通知 (a
notice did go out; its lead time counts from it). Any other change, or one before the notice,
says nothing."""

from __future__ import annotations

import pytest

from officedesk import cli
from officedesk.core import meetings as m
from officedesk.core import steps
from officedesk.store import db as store_db
from tests.meetings.conftest import make_draft

SAID = "已发出的通知不再准确，请重新发通知"


@pytest.fixture
def notified(directory_data, admin, on_day):
    made = m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), admin)
    steps.perform("meetings", made.id, "发通知", {}, admin)
    return made


@pytest.mark.parametrize(("values", "what"), [
    ({"开始时间": "2026-12-03 10:00"}, "会议时间已改"),
    ({"结束时间": "2026-12-03 12:00"}, "会议时间已改"),
    ({"地点": "第一会议室"}, "会议地点已改"),
    ({"开始时间": "2026-12-04 09:00", "结束时间": "2026-12-04 10:00", "地点": "第一会议室"},
     "会议时间和地点已改"),
])
def test_a_new_time_or_place_after_the_notice_is_said(notified, admin, values, what):
    outcome = steps.perform("meetings", notified.id, "修改", values, admin)
    assert outcome.extra["notice_outdated"].startswith(what + "，" + SAID)
    assert outcome.state == m.NOTIFIED


def test_other_changes_or_before_the_notice_say_nothing(notified, admin):
    outcome = steps.perform("meetings", notified.id, "修改", {"备注": "带笔记本"}, admin)
    assert "notice_outdated" not in outcome.extra
    draft = m.save_meeting(make_draft(title="另一个会", start="2026-12-05 09:00",
                                      end="2026-12-05 10:00", attendees=["陈志明"]), admin)
    outcome = steps.perform("meetings", draft.id, "修改", {"开始时间": "2026-12-05 08:30"}, admin)
    assert "notice_outdated" not in outcome.extra


def test_the_command_line_says_it(notified, tmp_path, capsys):
    code = cli.main(["--db", str(tmp_path / "officedesk.db"), "step", "meetings",
                     str(notified.id), "修改", "开始时间=2026-12-03 10:00"])
    store_db.open_database(str(tmp_path / "officedesk.db"))
    assert code == 0
    assert f"注意：会议时间已改，{SAID}" in capsys.readouterr().out


def test_the_window_says_it(notified, app_ctx, qtbot, monkeypatch, admin):
    from officedesk.ui.meetings import dialog as dialogs

    shown = []
    monkeypatch.setattr(dialogs, "info", lambda parent, title, text: shown.append(text))
    form = dialogs.MeetingDialog(app_ctx, m.get(notified.id, admin))
    qtbot.addWidget(form)
    form.start_edit.setText("2026-12-03 10:00")
    assert form.try_save()
    assert len(shown) == 1 and SAID in shown[0]
