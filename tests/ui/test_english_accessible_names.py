"""A screen reader in the English window reads the fields' names in English. The 会议 form named
its fields by core's Chinese labels (会议名称, 报到时间 …) and its people lists by the Chinese role
(出席人员名单): every widget the form holds has an accessible name without Chinese in English."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

CJK = re.compile(r"[\u4e00-\u9fff]")


def _chinese_names(dialog: QWidget) -> list[str]:
    return sorted({w.accessibleName() for w in [dialog, *dialog.findChildren(QWidget)]
                   if CJK.search(w.accessibleName())})


def test_the_meeting_form_names_its_fields_in_english(english, app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    dialog = MeetingDialog(app_ctx)
    qtbot.addWidget(dialog)
    names = _chinese_names(dialog)
    assert names == [], "\n".join(names)
    from officedesk.core import meetings
    from officedesk.core.i18n import display

    assert dialog.title_edit.accessibleName() == display(meetings.SPEC.field("title").label)


def test_a_record_form_names_its_error_lines_in_english(english, qtbot):
    """收文, 信访 … forms: a field's error line was named 标题错误 in English too."""
    import officedesk.core.documents  # noqa: F401 - registers the specs
    from officedesk.core import registry
    from officedesk.ui.widgets.record_form import FieldInput

    parent = QWidget()
    qtbot.addWidget(parent)
    made = FieldInput(registry.get("incoming").field("title"), parent)
    assert made.error.accessibleName() == "Title error"
    assert not CJK.search(made.widget.accessibleName())
