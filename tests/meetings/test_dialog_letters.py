"""会议's own dialogs keep the usual Alt+letters: 保存 is Alt+S, though its button also names its
shortcut, 保存(Ctrl+S) (found walking 纪要 by keyboard: 保存 had Alt+C — the letter of 取消
everywhere else — and 关闭 Alt+L; the “(Ctrl+S)” hid 保存 from the usual letters, and its
“Ctrl” lent a letter to 转督查)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton

from officedesk.core import meetings as m
from officedesk.ui.widgets.mnemonics import key_of, plain
from tests.meetings.conftest import make_draft
from tests.ui.conftest import language  # noqa: F401, F811 (the fixture)
from tests.ui.forms import shown


def _keys(dialog) -> dict[str, str | None]:
    return {plain(b.text()): key_of(b.text()) for b in dialog.findChildren(QAbstractButton)
            if b.text() and b.isVisibleTo(dialog)}


def _meeting(app_ctx):
    return m.save_meeting(make_draft(attendees=["李建国", "王海涛"]), app_ctx.actor)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_minutes_save_is_alt_s_and_close_alt_c(directory_data, app_ctx, qtbot, language):  # noqa: F811
    from officedesk.ui.meetings.minutes import MinutesDialog

    keys = _keys(shown(MinutesDialog(app_ctx, _meeting(app_ctx)), qtbot))
    save, close, send = (("保存(Ctrl+S)", "关闭", "转督查(Ctrl+D)") if language == "zh_CN"
                         else ("Save (Ctrl+S)", "Close", "To supervision (Ctrl+D)"))
    assert keys[save] == "S" and keys[close] == "C", keys
    assert keys[send] not in ("C", "S"), keys  # not a letter of its “(Ctrl+D)”

