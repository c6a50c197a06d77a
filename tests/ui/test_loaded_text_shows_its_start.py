"""A form opened on a record shows a long one-line value from its beginning: 修改 a 发文 showed
“…年度党员领导干部民主生活会有关工作的通知”, the title's end, the cursor left after the last
character — the words that tell one document from another are at its start."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.ui.forms import shown

TITLE = "关于做好2026年度党员领导干部民主生活会有关工作和进一步加强基层党组织建设工作的通知"


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_loaded_long_title_shows_its_start(language, app_ctx, qtbot):
    from officedesk.core import supervision as sv
    from officedesk.ui.widgets.record_form import RecordFormDialog

    dialog = RecordFormDialog(app_ctx, sv.SPEC)
    values = {name: None for name in dialog.panel.inputs} | {"title": TITLE}
    dialog.panel.load(SimpleNamespace(**values))
    shown(dialog, qtbot)
    box = dialog.panel.inputs["title"].widget
    assert isinstance(box, QLineEdit) and box.text() == TITLE
    assert box.fontMetrics().horizontalAdvance(TITLE) > box.width()  # longer than its box
    assert box.cursorPosition() == 0 and not box.hasSelectedText()
    assert box.cursorRect().left() < box.width() // 4  # the start in view
