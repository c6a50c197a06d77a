"""The conflict box's lines read as English in English: “[Must change] Room already booked: …”,
not “[Must change]Room already booked：…” (the mark, kind and message were joined in code with
a Chinese colon). The Chinese line is as before: 【必须调整】会议室已被占用：……"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from officedesk.core import meetings as m
from tests.meetings.conftest import make_draft
from tests.ui.conftest import language  # noqa: F401 (the fixture)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_conflict_line_in_the_interface_language(directory_data, app_ctx, qtbot, on_day,
                                                  language):  # noqa: F811
    from officedesk.ui.meetings.dialog import MeetingDialog

    if language == "en" and QCoreApplication.translate("MeetingDialog", "%1%2：%3") == "%1%2：%3":
        pytest.skip("the translations are rebuilt after merging (scripts/build_translations.py)")
    m.save_meeting(make_draft(place="第二会议室", attendees=["李建国"]), app_ctx.actor)
    dialog = MeetingDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.start_edit.setText("2026-12-03 10:00")
    dialog.end_edit.setText("2026-12-03 11:00")
    dialog.place_edit.setText("第二会议室")
    dialog.check_conflicts()
    line = dialog.conflict_label.text().splitlines()[0]
    if language == "zh_CN":
        assert line.startswith("【必须调整】会议室已被占用：第二会议室在 2026-12-03 09:00–11:30 已安排")
    else:
        assert line.startswith("[Must change] Room already booked: 第二会议室 is booked for")
        assert "：" not in line
