"""新建会议 does not say “未发现冲突” (green, all clear) before there is anything to check: with
no 开始/结束时间 it says the check comes once they are typed; typed, the check speaks as before."""

from __future__ import annotations

import pytest

from tests.ui.forms import shown


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_no_all_clear_before_the_times_are_typed(language, app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    dialog = shown(MeetingDialog(app_ctx), qtbot)
    all_clear = dialog.tr("未发现冲突。")
    said = dialog.conflict_label.text()
    assert said and said != all_clear
    if language == "zh_CN":
        assert "开始" in said and "结束时间" in said
    dialog.start_edit.setText("2026-12-21 09:00")
    dialog.end_edit.setText("2026-12-21 11:00")
    dialog.check_conflicts()
    assert dialog.conflict_label.text() == all_clear
