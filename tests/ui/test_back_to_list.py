"""After a dialog opened from a registry's list closes, saved or cancelled (a step, a form; by
Enter on a row or by its button, as its Alt+letter presses it), the clerk's place is the list:
its table has the focus, the record acted on current and selected, for the arrow keys and Enter
to go on. The focus went to the tab's find box (Qt gave it back to the button, which the step
done hid or greyed out): the clerk had to Tab back to the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from officedesk.core import settings

ESC, SAVE = "esc", "save"


def _shown_dialogs() -> set[QDialog]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


def _answer(qtbot, how: Any, fill: Callable[[Any], None] | None, seen: list[QDialog]) -> None:
    """From a timer, as the tab may wait for its dialog (exec()) or not (open()): the dialog
    that opens is answered by keys, Esc or Ctrl+Enter (after fill(dialog)), or by how(dialog)."""
    before = _shown_dialogs()

    def act() -> None:
        new = _shown_dialogs() - before
        if not new:
            QTimer.singleShot(10, act)
            return
        dialog = new.pop()
        seen.append(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        if fill is not None and how == SAVE:
            fill(dialog)
        target = QApplication.focusWidget() or dialog
        if callable(how):
            how(dialog)
        elif how == ESC:
            QTest.keyClick(target, Qt.Key.Key_Escape)
        else:
            QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, act)


def _act_by_keys(window, view, record_id: int, opener: QWidget, how: Any,
                 fill: Callable[[Any], None] | None = None) -> QDialog:
    """The record current in the list; Enter on it (opener: the table) or Space on a button."""
    qtbot = _act_by_keys.qtbot  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert view.select_record(record_id)
    opener.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is opener)
    seen: list[QDialog] = []
    _answer(qtbot, how, fill, seen)
    key = Qt.Key.Key_Return if opener is view.table else Qt.Key.Key_Space
    qtbot.keyClick(opener, key)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    return seen[0]


def _back_on_the_list(window, view, qtbot, record_id: int) -> None:
    table = view.table
    qtbot.waitUntil(lambda: window.focusWidget() is table)
    qtbot.wait(50)  # nothing later takes it away
    assert window.focusWidget() is table
    assert view.current_id() == record_id
    assert record_id in view.selected_ids()


@pytest.fixture
def by_keys(qtbot):
    _act_by_keys.qtbot = qtbot  # type: ignore[attr-defined]
    return _act_by_keys


def _show_tab(window, name: str) -> Any:
    tab = window.tab_widgets[name]
    window.tabs.setCurrentWidget(tab)
    return tab


# ---------------------------------------------------------------- 公文 (open(): not waited for)
@pytest.fixture
def incoming_page(main_window, app_ctx, qtbot):
    from officedesk.core.documents import incoming

    settings.put("org.code", "某委办")
    documents = _show_tab(main_window, "documents")
    page = documents.incoming
    documents.setCurrentWidget(page)
    for n in range(3):
        incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": f"来文{n}"}, app_ctx.actor)
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    return page


@pytest.mark.parametrize("how", [SAVE, ESC])
@pytest.mark.parametrize("by_button", [False, True], ids=["enter", "button"])
def test_incoming_step_back_to_the_list(main_window, incoming_page, qtbot, by_keys, how, by_button):
    page = incoming_page
    chosen = page.list.model.record_id_at(1)
    page.list.select_record(chosen)
    opener = page.step_buttons["登记"] if by_button else page.list.table
    qtbot.waitUntil(opener.isVisible)
    by_keys(main_window, page.list, chosen, opener, how)
    _back_on_the_list(main_window, page.list, qtbot, chosen)


# ---------------------------------------------------------------- 信访 (exec(): waited for)
@pytest.fixture
def petitions_tab(main_window, app_ctx, qtbot):
    from officedesk.core import petitions
    from tests.petitions.conftest import ID_ZHANG

    made = [petitions.register_petition(
        {"registered_on": "2026-03-02", "form": "来访", "name": f"张建国{n}", "id_number": ID_ZHANG,
         "category": "征地拆迁", "content": "反映补偿款未足额发放。" * 80, "region": "青河镇人民政府",
         "receiver": "刘敏"}, None, app_ctx.actor) for n in range(3)]
    tab = _show_tab(main_window, "petitions")
    tab.list.refresh()
    qtbot.waitUntil(lambda: tab.list.model.rowCount() == 3)
    return tab, [p.id for p in made]


def _handled(dialog) -> None:
    dialog.set_value("handling", "直接答复")


@pytest.mark.parametrize("how", [SAVE, ESC])
@pytest.mark.parametrize("by_button", [False, True], ids=["enter", "button"])
def test_petition_step_back_to_the_list(main_window, petitions_tab, qtbot, by_keys, how, by_button):
    tab, ids = petitions_tab
    chosen = ids[1]
    tab.list.select_record(chosen)
    opener = tab.buttons["处理"] if by_button else tab.list.table
    dialog = by_keys(main_window, tab.list, chosen, opener, how, _handled)
    assert (dialog.result() == QDialog.DialogCode.Accepted) == (how == SAVE)
    _back_on_the_list(main_window, tab.list, qtbot, chosen)


def test_petition_correction_back_to_the_list(main_window, petitions_tab, qtbot, by_keys):
    tab, ids = petitions_tab
    tab.list.select_record(ids[0])
    by_keys(main_window, tab.list, ids[0], tab.edit_button, ESC)
    _back_on_the_list(main_window, tab.list, qtbot, ids[0])


def test_petition_pane_shows_the_newest_step(main_window, petitions_tab, qtbot, by_keys):
    """The 办理过程 pane after a step shows the step just done (the details above it pushed it out
    of view); a petition merely selected opens at its top."""
    main_window.resize(1366, 768)
    tab, ids = petitions_tab
    bar = tab.detail.verticalScrollBar()
    tab.list.select_record(ids[2])
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    by_keys(main_window, tab.list, ids[2], tab.list.table, SAVE, _handled)
    qtbot.waitUntil(lambda: bar.value() > 0)
    _newest_in_view(tab.detail)
    tab.list.select_record(ids[0])
    qtbot.waitUntil(lambda: bar.value() == 0)


def _newest_in_view(pane) -> None:
    """The pane's text in view reaches past its last 办理过程 heading: the newest step shows."""
    last = pane.cursorForPosition(pane.viewport().rect().bottomLeft())
    assert last.position() > pane.toPlainText().rfind("办理过程")


# ---------------------------------------------------------------- 会议 (open(): not waited for)
@pytest.fixture
def meetings_tab(main_window, app_ctx, admin, qtbot, fixed_today):
    from officedesk.core import meetings as m
    from tests.meetings.conftest import _fill_directory, make_draft

    _fill_directory(admin)
    fixed_today(dt.date(2026, 12, 1))
    made = [m.save_meeting(make_draft(title=f"会议{n}", start=f"2026-12-0{3 + n} 09:00",
                                      end=f"2026-12-0{3 + n} 11:00", attendees=["李建国"]), admin)
            for n in range(3)]
    tab = _show_tab(main_window, "meetings")
    tab.list.refresh()
    qtbot.waitUntil(lambda: tab.list.model.rowCount() == 3)
    return tab, [meeting.id for meeting in made]


@pytest.mark.parametrize("how", [SAVE, ESC])
@pytest.mark.parametrize("by_button", [False, True], ids=["enter", "button"])
def test_meeting_form_back_to_the_list(main_window, meetings_tab, qtbot, by_keys, how, by_button):
    tab, ids = meetings_tab
    chosen = ids[1]
    tab.list.select_record(chosen)
    opener = tab.edit_button if by_button else tab.list.table
    by_keys(main_window, tab.list, chosen, opener, how)
    _back_on_the_list(main_window, tab.list, qtbot, chosen)


def _said(answer: QMessageBox.StandardButton) -> Callable[[Any], None]:
    return lambda box: box.button(answer).click()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No],
                         ids=["sent", "not"])
def test_meeting_notice_sent_back_to_the_list(main_window, meetings_tab, qtbot, by_keys, answer):
    """已发通知 asks first (it cannot be taken back); once sent its button greys out."""
    tab, ids = meetings_tab
    tab.list.select_record(ids[0])
    by_keys(main_window, tab.list, ids[0], tab.notice_sent_button, _said(answer))
    assert tab.notice_sent_button.isEnabled() == (answer == QMessageBox.StandardButton.No)
    _back_on_the_list(main_window, tab.list, qtbot, ids[0])


def test_meeting_history_back_to_the_list(main_window, meetings_tab, qtbot, by_keys):
    tab, ids = meetings_tab
    tab.list.select_record(ids[2])
    by_keys(main_window, tab.list, ids[2], tab.history_button, ESC)
    _back_on_the_list(main_window, tab.list, qtbot, ids[2])


# ---------------------------------------------------------------- 信息 (exec(): waited for)
@pytest.fixture
def info_tab(main_window, app_ctx, admin, qtbot):
    from tests.info.conftest import reporter

    report = reporter(admin)
    made = [report(title=f"县林业局开展防火检查{n}", content="检查情况。" * 200) for n in range(3)]
    tab = _show_tab(main_window, "info")
    tab.list.refresh()
    qtbot.waitUntil(lambda: tab.list.model.rowCount() == 3)
    return tab, [item.id for item in made]


@pytest.mark.parametrize("how", [SAVE, ESC])
def test_info_step_back_to_the_list(main_window, info_tab, qtbot, by_keys, how):
    tab, ids = info_tab
    tab.list.select_record(ids[1])
    by_keys(main_window, tab.list, ids[1], tab.buttons["接收"], how)
    _back_on_the_list(main_window, tab.list, qtbot, ids[1])


def test_info_pane_shows_the_newest_step(main_window, info_tab, qtbot, by_keys):
    main_window.resize(1366, 768)
    tab, ids = info_tab
    bar = tab.detail.verticalScrollBar()
    tab.list.select_record(ids[2])
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    by_keys(main_window, tab.list, ids[2], tab.list.table, SAVE)
    qtbot.waitUntil(lambda: bar.value() > 0)
    _newest_in_view(tab.detail)
    tab.list.select_record(ids[0])
    qtbot.waitUntil(lambda: bar.value() == 0)


# ---------------------------------------------------------------- 通讯录 (RegistryPage: exec())
@pytest.mark.parametrize("by_button", [False, True], ids=["enter", "button"])
def test_directory_form_back_to_the_list(main_window, admin, qtbot, by_keys, by_button):
    from officedesk.core import records

    directory = _show_tab(main_window, "directory")
    page = directory.currentWidget()
    made = [records.create(page.spec, {"单位名称": f"单位{n}"}, admin).id for n in range(3)]
    page.list.refresh()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    opener = page.edit_button if by_button else page.list.table
    by_keys(main_window, page.list, made[1], opener, ESC)
    _back_on_the_list(main_window, page.list, qtbot, made[1])


# ---------------------------------------------------------------- 督查 (exec(): waited for)
@pytest.mark.parametrize("button", ["edit_button", "extend_button"])
def test_supervision_item_dialog_back_to_the_list(main_window, admin, qtbot, by_keys, fixed_today,
                                                  button):
    from officedesk.core import supervision as sv

    fixed_today(dt.date(2026, 3, 2))
    made = [sv.create_item_from_source("meeting", 12 + n, f"推进老旧小区改造{n}", "议定事项。", admin,
                                       leader="王建国", deadline=dt.date(2026, 4, 30)).id
            for n in range(3)]
    tab = _show_tab(main_window, "supervision")
    tab.list.refresh()
    qtbot.waitUntil(lambda: tab.list.model.rowCount() == 3)
    tab.list.select_record(made[1])
    opener = getattr(tab, button)
    qtbot.waitUntil(opener.isEnabled)
    by_keys(main_window, tab.list, made[1], opener, ESC)
    _back_on_the_list(main_window, tab.list, qtbot, made[1])
