"""Tab walks a dialog as it reads: top to bottom, a row left to right. The 信息刊物 dialog went
刊物 → the list → 印发 → 删除空期 → 打印 → back up to 刊物设置 (its buttons in the order they
were made, not shown); 节假日调整 went from 删除所选 back up to the “已全部录入” box above the
entry row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def tab_walk(dialog: QWidget, qtbot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets Tab reaches from start, start first."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    reached = [start]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def _show(dialog: QWidget, qtbot) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def test_the_periodicals_dialog_tabs_as_it_reads(app_ctx, qtbot):
    from officedesk.ui.info.dialogs import IssuesDialog

    dialog = IssuesDialog(app_ctx, lambda *a, **k: None)
    _show(dialog, qtbot)
    seen = tab_walk(dialog, qtbot, dialog.periodical, 5)
    assert seen == [dialog.periodical, dialog.setup_button, dialog.remove_button,
                    dialog.publish_button, dialog.print_button, dialog.table], \
        [w.accessibleName() for w in seen]


def test_the_holidays_dialog_tabs_as_it_reads(db, qtbot, fixed_today):
    import datetime as dt

    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.admin import HolidaysDialog

    fixed_today(dt.date(2030, 3, 2))  # a year the built-in table lacks: its “已全部录入” box shows
    dialog = HolidaysDialog(CLI_ACTOR)
    _show(dialog, qtbot)
    boxes = list(dialog.entered.values())
    assert boxes, "no year to mark entered"
    assert QApplication.focusWidget() is dialog.day  # the entry row is what the clerk types in
    seen = tab_walk(dialog, qtbot, boxes[0], len(boxes) + 5)
    remove = seen[len(boxes) + 4]
    assert seen == [*boxes, dialog.day, dialog.kind, dialog.note, dialog.add_button, remove,
                    dialog.table], [w.accessibleName() or w.text() for w in seen]


def test_the_incoming_registration_tabs_to_its_day_before_the_buttons(main_window, admin, qtbot):
    """收文登记: its 登记日期 stands under the fields and above 保存/取消, but Tab reached it only
    after 取消 (it was added to the finished form)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from officedesk.core.documents import incoming

    record = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "关于登记的通知"}, admin)
    tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(tab)
    page = tab.incoming
    tab.setCurrentWidget(page)
    assert page.show_record("incoming", record.id)
    dialog = page.register_current()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    day = dialog.findChild(QWidget, "register_day")
    buttons = dialog.findChild(QDialogButtonBox)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    last_field = list(dialog.panel.inputs.values())[-1].widget  # the form's last field
    seen = tab_walk(dialog, qtbot, last_field, 3)
    assert seen[1:] == [day, save, cancel], [w.accessibleName() for w in seen]
    dialog.reject()


def test_the_ranking_dialog_tabs_as_it_reads(app_ctx, qtbot):
    """信息工作排名: 年度, 期间 and 打印通报 stand in one row above the list; Tab went from the
    list back up to 打印通报."""
    from officedesk.ui.info.dialogs import RankingDialog

    dialog = RankingDialog(app_ctx, lambda *a, **k: None)
    _show(dialog, qtbot)
    seen = tab_walk(dialog, qtbot, dialog.year, 3)
    assert seen == [dialog.year, dialog.part, dialog.print_button, dialog.table], \
        [w.accessibleName() for w in seen]
