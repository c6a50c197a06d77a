"""A clerk's day at 1366×768 by keys (probe100): the 作废 and 删除草稿 questions name the registry
in the window's language (“Void record — Incoming”, not “Void 收文”); 督查催办's 经办人, beside the unit
chosen, is the next Tab stop after it (it came after 关闭)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming, outgoing
from officedesk.ui.widgets import messages
from tests.ui.forms import shown


def _select(page, qtbot, record_id: int) -> None:
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.select_record(record_id))
    page.list.selection_changed.emit()


def test_void_and_delete_name_the_registry_in_english(main_window, app_ctx, qtbot, english, monkeypatch):
    tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(tab)
    page = tab.incoming
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "登记重了的来文"}, app_ctx.actor)
    _select(page, qtbot, doc.id)
    dialog = page.list.lifecycle.void_current()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Void record — Incoming"
    dialog.reject()
    draft_page = tab.outgoing
    tab.setCurrentWidget(draft_page)
    draft = outgoing.draft({"文种": "通知", "标题": "放弃的稿件"}, app_ctx.actor)
    _select(draft_page, qtbot, draft.id)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: asked.append(a[2]) and False)
    draft_page.list.lifecycle.delete_current()
    assert asked and "发文" not in asked[0] and "Outgoing" in asked[0]


def test_reminders_person_is_the_tab_stop_after_the_unit(app_ctx, qtbot):
    from officedesk.ui.supervision.dialogs import ReminderDialog

    dialog = ReminderDialog(app_ctx)
    dialog.person.setVisible(True)  # as when core asks whose 催办 a clerk records (代录)
    dialog.person_label.setVisible(True)
    shown(dialog, qtbot)
    dialog.unit_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.unit_combo)
    qtbot.keyClick(dialog.unit_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.person
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.generate_button


def _shown_tab(main_window, qtbot, name: str):
    """The main window shown and active, on the tab `name`."""
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    tab = main_window.tab_widgets[name]
    main_window.tabs.setCurrentWidget(tab)
    return tab


def test_down_from_the_find_box_goes_into_the_list(main_window, app_ctx, qtbot):
    """Alt+4 puts the focus in 督查's find box; ↓ did nothing there: the clerk had to Tab past
    状态 and 来源 to reach the rows. ↓ now goes into the list (its first row when none chosen),
    as it does from the 全局查找 box."""
    from officedesk.core import supervision as sv

    for title in ("开展安全生产大检查", "推进县城老旧小区改造"):
        sv.create_item({"title": title, "source": "领导批示", "content": "抓好落实",
                        "deadline": "2027-01-31"}, app_ctx.actor)
    tab = _shown_tab(main_window, qtbot, "supervision")
    view = tab.list
    view.focus_search()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtbot.keyClick(view.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    assert view.table.currentIndex().row() == 0 and view.current_id() is not None
    # typed words narrow the list first: ↓ goes to what they found, not waiting for the pause
    view.focus_search()
    qtbot.keyClicks(view.search_box, "xx-none")
    qtbot.keyClick(view.search_box, Qt.Key.Key_Down)
    assert view.model.rowCount() == 0 and QApplication.focusWidget() is view.search_box


def test_a_step_waiting_for_whom_it_is_recorded_for_puts_the_focus_in_the_person_field(
        qtbot, db, fixed_today, monkeypatch):
    """A 代录 clerk pressed 分解 naming nobody: the refusal (“代录时请写明代谁录入：“经办人”一栏”)
    showed at the dialog's foot and the focus stayed in 协办单位, five Tabs above 经办人. It is
    now said under 经办人, with the focus there; naming the 科长 then does it."""
    from officedesk.core import supervision as sv
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui.widgets.step_form import SpecStepDialog
    from tests.supervision.split_office import split_office

    office = split_office(fixed_today, monkeypatch, [
        ("dy", "郑文", "clerk", "督查室", "科员", "", True)])  # may record for others (代录)
    record = sv.get_item(office["item"], CLI_ACTOR)
    dialog = SpecStepDialog(office["dy"], "supervision", record, "催办")
    shown(dialog, qtbot)
    person = dialog.widgets[dialog.person_key]
    assert not dialog.try_submit()
    error = dialog.errors[dialog.person_key]
    assert not error.isHidden() and "代录时请写明代谁录入" in error.text()
    assert dialog.general_error.isHidden()
    assert QApplication.focusWidget() is person


def test_names_made_of_two_english_words_keep_the_space_between(english, app_ctx, qtbot):
    """A screen reader read “AddAttachments”, “InsertHeading 1”, “My to-dosList”: a translated
    verb and a noun were joined as Chinese joins them (添加附件)."""
    from officedesk.core.documents import outgoing
    from officedesk.ui.dashboard.my_work import WorkSection
    from officedesk.ui.documents.attachments import AttachmentsDialog
    from officedesk.ui.documents.body_editor import BodyEditor

    draft = outgoing.draft({"文种": "通知", "标题": "附件测试"}, app_ctx.actor)
    dialog = AttachmentsDialog(app_ctx, outgoing.OUTGOING, draft.id)
    qtbot.addWidget(dialog)
    editor = BodyEditor()
    qtbot.addWidget(editor)
    section = WorkSection("My to-dos", False, app_ctx)
    qtbot.addWidget(section)
    from PySide6.QtWidgets import QPushButton
    names = [b.accessibleName() for b in dialog.findChildren(QPushButton) if b.text() != "Close"]
    names += [b.accessibleName() for b in editor.findChildren(QPushButton)]
    names.append(section.table.accessibleName())
    glued = [n for n in names if any(a.islower() and b.isupper() for a, b in zip(n, n[1:], strict=False))]
    assert glued == [] and "Add Attachments" in names, names


def test_a_list_reached_by_keys_with_nothing_chosen_chooses_the_row_it_shows_current(
        main_window, app_ctx, qtbot):
    """登记 opened from 信访's find box and cancelled: the focus came back to the list, Qt made
    its first row current without choosing it — the row framed, the detail empty, 处理 and the
    other steps grey — and ↓ then went to the second row, the first never chosen. Reaching the
    list by keys (Tab, a dialog closed) now chooses the row it makes current."""
    from officedesk.core.documents import incoming

    ids = [incoming.sign_in({"收文日期": "2026-03-02", "来文机关": "省委办公厅", "标题": f"来文{i}",
                             "文种": "通知", "密级": "非密"}, app_ctx.actor).id for i in range(3)]
    tab = _shown_tab(main_window, qtbot, "documents")
    view = tab.incoming.list
    view.focus_search()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert view.selected_ids() == []
    view.table.setFocus(Qt.FocusReason.TabFocusReason)  # Tab, or the focus given back
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    first = view.model.record_id_at(0)
    assert view.selected_ids() == [first] and view.current_id() == first
    assert tab.incoming.list.current_record().id in ids
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.selected_ids() == [view.model.record_id_at(1)]


def _hint_cut(box) -> int:
    """How many px of the box's hint its text room lacks: the room ends at the first button
    inside the box (a date's calendar) — its width was counted as the hint's."""
    from PySide6.QtWidgets import QToolButton

    buttons = [b.x() for b in box.findChildren(QToolButton) if b.isVisible()]
    room = min(buttons, default=box.width()) - 6  # the frame and text margin before the hint
    return box.fontMetrics().horizontalAdvance(box.placeholderText()) - room


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_date_s_hint_reads_whole_beside_its_calendar(language, db, admin, fixed_today, qtbot,
                                                        monkeypatch):
    """收文 批办's 批示时间 hint ended “…（如 2026-3-5 9:3…” (English: “(e.g. 2026-3-5 …”): the
    dialog was widened for the hint, the calendar button inside the box left out."""
    from officedesk.core import records, responsibility, steps
    from officedesk.core.documents import INCOMING
    from officedesk.ui.widgets.date_input import DateInput
    from officedesk.ui.widgets.step_form import SpecStepDialog

    monkeypatch.setattr(responsibility, "records_for_someone", lambda *args: True)  # 代录
    fixed_today(dt.date(2026, 11, 16))
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于冬季安全的通知"}, admin)
    for step, values in (("登记", {}), ("初审", {}), ("拟办", {"拟办意见": "请领导阅示"})):
        steps.perform("incoming", doc.id, step, values, CLI_ACTOR)
    record = records.get(INCOMING, doc.id, CLI_ACTOR)
    dialog = shown(SpecStepDialog(CLI_ACTOR, "incoming", record, "批办"), qtbot)
    dates = [w for w in dialog.widgets.values() if isinstance(w, DateInput) and w.placeholderText()]
    assert dates
    assert [(w.placeholderText(), _hint_cut(w)) for w in dates if _hint_cut(w) > 0] == []


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_reminders_person_hint_reads_whole(language, app_ctx, qtbot):
    """督查催办's 经办人 hint read “Recorded for whom (who decided th…” in English: the box got
    half of what the unit's choice left of 620 px."""
    from officedesk.ui.supervision.dialogs import ReminderDialog

    dialog = ReminderDialog(app_ctx)
    dialog.person.setVisible(True)  # as when core asks whose 催办 a clerk records (代录)
    dialog.person_label.setVisible(True)
    shown(dialog, qtbot)
    box = dialog.person
    assert box.fontMetrics().horizontalAdvance(box.placeholderText()) + 12 <= box.width()
    assert dialog.width() <= 1366
