"""Printing a meeting's papers from the tab: build the PDF and open the preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from officedesk.core.errors import OfficeDeskError
from officedesk.ui.widgets.messages import show_error

FORMS = [
    ("notice", "会议通知"),
    ("signin", "签到表"),
    ("seating", "座次表"),
    ("namecards", "桌签"),
    ("agenda", "会议议程"),
    ("minutes", "会议纪要"),
    ("supplement", "补发会议通知"),  # the notice for the people added since it went out
]

# a menu entry that prints another form with options: the 补发 is the notice `--added`
FORM_OF = {"supplement": ("notice", {"added": True})}


def form_of(name: str) -> tuple[str, dict[str, Any]]:
    """The form a menu entry prints, and the options it prints it with."""
    form, options = FORM_OF.get(name, (name, {}))
    return form, dict(options)


def label_of(name: str) -> str:
    return QCoreApplication.translate("meetings", dict(FORMS)[name])


def paper_label(name: str, meeting: Any) -> str:
    """What the paper of `meeting` printed now is called: its notice is the 取消通知 once the
    meeting was cancelled, the 更正通知 after its time or place moved (core's
    ``papers.notice_name``, as the printed notice and the command line say it)."""
    if name == "supplement":
        from officedesk.core.meetings.supplement import SUPPLEMENT

        return QCoreApplication.translate("meetings", SUPPLEMENT)
    if name == "notice" and meeting is not None:
        from officedesk.core.meetings.papers import notice_name

        return QCoreApplication.translate("meetings", notice_name(meeting))
    return label_of(name)


def preview_form(
    parent: QWidget, ctx: Any, name: str, ids: list[int], **options: Any
) -> Any:
    """Build form `name` for the meetings `ids` (with the form's `options`, e.g. ``copies``)
    and show it; returns the preview dialog."""
    from officedesk.printing import forms
    from officedesk.ui.print_preview import show_pdf_preview

    form, fixed = form_of(name)
    try:
        pdf = forms.get(form).build(ids, ctx.actor, **fixed, **options)
    except OfficeDeskError as exc:
        show_error(parent, exc)
        return None
    file_name, label = None, label_of(name)
    if len(ids) == 1:
        from officedesk.core import meetings, records
        from officedesk.ui.print_preview import record_file_name

        meeting = records.shown(meetings.SPEC, ids[0], ctx.actor)
        if meeting is not None:
            label = paper_label(name, meeting)
            file_name = record_file_name(label, meeting)
    return show_pdf_preview(parent, pdf, label, file_name)
