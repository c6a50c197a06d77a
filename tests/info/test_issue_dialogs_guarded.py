"""刊物 dialogs: 印发 cannot be taken back (the issue goes out on paper), so it asks first, naming
the issue, with 取消 the default; 刊物设置 loads a periodical's settings only when one is chosen
from the list, never while its name is being typed (what was typed below stays)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from officedesk.core.info import periodicals
from tests.ui.test_confirmations import CANCEL, OK, Answer

from .test_chain import TODAY


def _issues(app_ctx, qtbot, printed=lambda *a, **k: None):
    from officedesk.ui.info.dialogs import IssuesDialog

    dialog = IssuesDialog(app_ctx, printed)
    qtbot.addWidget(dialog)
    dialog.resize(1366 // 2, 460)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_publishing_an_issue_asks_first_and_cancel_keeps_it_open(report, advance, app_ctx, qtbot,
                                                                fixed_today):
    fixed_today(TODAY)
    issue_id = advance(report()).issue
    dialog = _issues(app_ctx, qtbot)
    assert dialog.current().id == issue_id

    answer = Answer(CANCEL)
    dialog.publish_current()
    assert answer.unexpected == [] and len(answer.texts) == 1
    assert "每日要情" in answer.texts[0] and "2026年第1期" in answer.texts[0]
    assert "撤回" in answer.texts[0]  # says it cannot be taken back
    assert answer.defaults == ["取消"]
    assert periodicals.issue(issue_id).state == periodicals.EDITING

    answer = Answer(OK)
    dialog.publish_current()
    assert answer.texts and answer.unexpected == []
    assert periodicals.issue(issue_id).state == periodicals.ISSUED
    assert dialog.table.item(0, 3).text() == "已印发"


def test_typing_a_periodical_s_name_keeps_what_was_typed_below(db, app_ctx, qtbot):
    from officedesk.ui.info.dialogs import PeriodicalDialog

    dialog = PeriodicalDialog(app_ctx, "信息专报")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.send_up.text() == "市委办公室"  # the periodical named is loaded
    dialog.send_down.setText("各乡镇党委")
    dialog.total_start.setValue(12)
    line = dialog.name.lineEdit()
    line.clear()
    for char in "信息专报增刊":  # typed one by one: passes through 信息专报 itself on the way
        line.insert(char)
    assert dialog.name.currentText() == "信息专报增刊"
    assert (dialog.send_up.text(), dialog.send_down.text(), dialog.total_start.value()) == (
        "市委办公室", "各乡镇党委", 12)

    # choosing a periodical from the list loads its settings
    other = periodicals.names().index("每日要情")
    dialog.name.showPopup()
    view = dialog.name.view()
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(dialog.name.model().index(other, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    found = periodicals.periodical("每日要情")
    assert dialog.name.currentText() == "每日要情"
    assert (dialog.send_up.text(), dialog.send_down.text(), dialog.total_start.value()) == (
        found.send_up, found.send_down, found.total_start)


def test_removing_an_empty_issue_asks_first_and_renumbers_the_list(report, advance, admin, app_ctx,
                                                                  qtbot, fixed_today):
    fixed_today(TODAY)
    advance(report())
    empty = periodicals.new_issue(periodicals.periodical("每日要情"), admin, TODAY.year)
    later = periodicals.new_issue(periodicals.periodical("每日要情"), admin, TODAY.year)
    dialog = _issues(app_ctx, qtbot)
    dialog.table.selectRow([i.id for i in dialog.issues].index(empty.id))

    answer = Answer(CANCEL)
    dialog.remove_current()
    assert "第2期" in answer.texts[0] and "提前" in answer.texts[0]
    assert answer.defaults == ["取消"]
    assert len(periodicals.issues("每日要情")) == 3

    answer = Answer(OK)
    dialog.remove_current()
    assert answer.unexpected == []
    assert periodicals.issue(later.id).seq == 2
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == [
        "2026年第2期", "2026年第1期"]


def test_the_total_start_is_shown_locked_once_an_issue_went_out(report, advance, admin, app_ctx,
                                                               qtbot, fixed_today):
    from officedesk.ui.info.dialogs import PeriodicalDialog

    fixed_today(TODAY)
    dialog = PeriodicalDialog(app_ctx, "每日要情")
    qtbot.addWidget(dialog)
    assert dialog.total_start.isEnabled()
    periodicals.publish(advance(report()).issue, admin)
    dialog = PeriodicalDialog(app_ctx, "每日要情")
    qtbot.addWidget(dialog)
    assert not dialog.total_start.isEnabled() and "不能再改" in dialog.total_start.toolTip()
