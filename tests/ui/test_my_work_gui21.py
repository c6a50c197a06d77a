"""工作台 我的待办: a deadline in a year whose holidays are not known yet shows （暂按） as the 期限提示
and `steps` show it (translated in English), and each heading with its count is one
translatable text (English “My to-do (6)”, not “My to-do（6）”)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTranslator

from officedesk.core import workdays
from officedesk.core.my_work import WorkItem

KNOWN, UNKNOWN = dt.date(2026, 3, 4), dt.date(2027, 1, 5)


def _section(app_ctx, qtbot, sent: bool = False):
    from officedesk.ui.dashboard.my_work import WorkSection

    section = WorkSection("我已送出、等待办理" if sent else "我的待办", sent, app_ctx)
    qtbot.addWidget(section)
    section.set_items([
        WorkItem("petitions", "信访", 36, "反映村道损坏", "告知", "信访科科员",
                 dt.date(2026, 12, 2), UNKNOWN),
        WorkItem("incoming", "收文", 7, "关于做好防汛工作的通知", "拟办", "秘书科科员",
                 dt.date(2026, 3, 2), KNOWN),
    ])
    return section


def _due_column(section) -> list[str]:
    model = section.model
    return [model.data(model.index(row, 6)) for row in range(model.rowCount())]


def test_a_provisional_deadline_is_marked_in_my_work(app_ctx, qtbot):
    assert workdays.provisional(UNKNOWN) and not workdays.provisional(KNOWN)
    assert _due_column(_section(app_ctx, qtbot)) == ["2027-01-05（暂按）", "2026-03-04"]


def test_the_mark_is_translated_in_english(english, app_ctx, qtbot):
    assert _due_column(_section(app_ctx, qtbot)) == ["2027-01-05 (provisional)", "2026-03-04"]


class _Headings(QTranslator):
    """The two counted headings as the lead's English catalogue will have them."""

    WORDS = {"我的待办（%1）": "My to-do (%1)",
             "我已送出、等待办理（%1）": "Sent on, waiting for others (%1)"}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's
        return self.WORDS.get(source, "")


def test_each_heading_with_its_count_is_one_translatable_text(app_ctx, qtbot):
    assert _section(app_ctx, qtbot).heading.text() == "我的待办（2）"
    assert _section(app_ctx, qtbot, sent=True).heading.text() == "我已送出、等待办理（2）"
    translator = _Headings()
    QCoreApplication.installTranslator(translator)
    try:
        assert _section(app_ctx, qtbot).heading.text() == "My to-do (2)"
        assert _section(app_ctx, qtbot, sent=True).heading.text() == (
            "Sent on, waiting for others (2)")
    finally:
        QCoreApplication.removeTranslator(translator)
