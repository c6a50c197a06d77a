"""probe127: a step dialog checks a typed date as the clerk leaves the field (DateInput.problem),
and showed core's message as it is: the English window said “办理日期”不是有效日期：“2026-02-30”…
under an English form, while the record forms, the 纪要 editor and the step's own refusal on
saving say it in English. The line now goes through the catalogue as theirs do; what was typed
stays in the box."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from officedesk.core import petitions
from tests.ui.forms import shown

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
@pytest.mark.parametrize("key", ["on", "report_due"])  # 日期 (办理日期), 回报期限
def test_a_wrong_date_is_said_in_the_window_s_language_as_the_clerk_leaves_it(
        language, key, db, admin, qtbot, fixed_today):
    from officedesk.ui.widgets.step_form import SpecStepDialog

    fixed_today(dt.date(2026, 11, 16))
    petition = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None, admin)
    dialog = shown(SpecStepDialog(admin, "petitions", petition, "处理"), qtbot)
    dialog.set_value("handling", "交办")  # 回报期限 is open with 交办
    box = dialog.widgets[key]
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, "2026-02-30")
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # left: checked at once
    said = dialog.errors[key]
    assert said.isVisible() and "2026-02-30" in said.text()
    if language == "en":
        assert not CJK.search(said.text()), said.text()
        assert "not a valid date" in said.text()
    else:
        assert "不是有效日期" in said.text()
    assert box.text() == "2026-02-30"  # nothing typed is lost
    assert dialog.isVisible()
    dialog.mark_clean()
    dialog.reject()
