"""The GUI shell: tabs, menus and shortcuts, the lazy list, generated forms, pickers, search."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from officedesk.core import dashboard, records, registry
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.dashboard import DueItem
from officedesk.ui.widgets.pickers import DirectoryLineEdit
from officedesk.ui.widgets.record_form import RecordFormDialog
from officedesk.ui.widgets.records_table import RegistryListView, RegistryTableModel
from tests.staff import add_people


def test_main_window_has_dashboard_and_directory_and_no_empty_tabs(main_window):
    titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert titles[0] == "工作台"
    assert "通讯录" in titles
    for i in range(main_window.tabs.count()):
        assert (
            main_window.tabs.widget(i).layout() is not None
            or main_window.tabs.widget(i).count() > 0
        )
    shortcuts = {
        main_window.new_action.shortcut().toString(),
        main_window.print_action.shortcut().toString(),
        main_window.find_action.shortcut().toString(),
        main_window.save_action.shortcut().toString(),
    }
    assert shortcuts == {"Ctrl+N", "Ctrl+P", "Ctrl+F", "Ctrl+S"}
    assert "数据库" in main_window.db_label.text()


def test_model_fetches_only_rows_in_view(app_ctx, admin, qtbot):
    add_people(admin, 450)
    model = RegistryTableModel(registry.get("people"), admin)
    model.reload()
    assert model.rowCount() == 200 and not model.complete  # the first page shows at once
    qtbot.waitUntil(lambda: model.complete)  # the rest follows right after
    assert model.rowCount() == 450
    assert model._rows == {}  # nothing read before painting
    assert model.data(model.index(0, 0)).startswith("张")
    assert 0 < len(model._rows) <= 130  # one batch around the row asked for
    last = model.data(model.index(449, 0))
    assert last.startswith("张") and len(model._rows) <= 260


def test_sort_and_filter_run_in_sql(app_ctx, admin, qtbot):
    add_people(admin, 30)
    model = RegistryTableModel(registry.get("people"), admin)
    model.reload()
    name_column = [f.name for f in model.fields].index("name")
    model.sort(name_column, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, name_column)) == "张029"
    model.set_query(text="张00")
    assert model.rowCount() == 10
    model.set_query(filters=[records.Filter("rank", "le", 2)], text="")
    assert {model.data(model.index(r, name_column)) for r in range(model.rowCount())} == {
        "张000",
        "张009",
        "张018",
        "张027",
    }


def test_list_view_searches_remembers_columns_and_masks(app_ctx, admin, qtbot):
    add_people(admin, 12)
    view = RegistryListView(app_ctx, registry.get("people"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 12)
    view.search_box.setText("张01")  # keyClicks cannot type CJK (QTest asserts)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=2000)
    assert "2" in view.count_label.text()
    view.table.setColumnWidth(0, 231)
    again = RegistryListView(app_ctx, registry.get("people"))
    qtbot.addWidget(again)
    assert again.table.columnWidth(0) == 231


def test_form_shows_error_next_to_field_and_keeps_input(app_ctx, qtbot):
    dialog = RecordFormDialog(app_ctx, registry.get("people"))
    qtbot.addWidget(dialog)
    dialog.panel.inputs["title"].widget.setText("副主任")
    dialog.panel.inputs["phone"].widget.setText("abc电话")
    assert dialog.try_save() is False
    assert not dialog.panel.inputs["name"].error.isHidden()
    assert "姓名" in dialog.panel.inputs["name"].error.text()
    assert dialog.panel.inputs["title"].widget.text() == "副主任"  # nothing typed is lost
    dialog.panel.inputs["name"].widget.setText("李四")
    assert dialog.try_save() is False
    assert "电话" in dialog.panel.inputs["phone"].error.text()
    dialog.panel.inputs["phone"].widget.setText("0123-5551234")
    assert dialog.try_save() is True
    assert dialog.saved_record.name == "李四" and dialog.saved_record.created_by == "cli-admin"


def test_edit_form_saves_only_changes_and_refuses_stale(app_ctx, admin, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "officedesk.ui.widgets.record_form.show_error", lambda parent, exc: shown.append(exc)
    )
    people = registry.get("people")
    person = records.create(people, {"姓名": "王五", "职务": "科员"}, admin)
    dialog = RecordFormDialog(app_ctx, people, record=person)
    qtbot.addWidget(dialog)
    records.update(
        people, person.id, {"职务": "副科长"}, person.version, admin
    )  # someone else saves first
    dialog.panel.inputs["title"].widget.setText("科长")
    assert dialog.try_save() is False
    assert records.get(people, person.id, CLI_ACTOR).title == "副科长"  # the newer save was not overwritten
    assert "已被他人修改" in shown[0].message
    assert dialog.panel.inputs["title"].widget.text() == "科长"  # the clerk's text is still there


def test_picker_completes_by_pinyin_initials(app_ctx, admin, qtbot):
    add_people(admin, 0)
    records.create(
        registry.get("people"), {"姓名": "张三", "单位": "县委办公室", "职务": "主任"}, admin
    )
    picker = DirectoryLineEdit("people")
    qtbot.addWidget(picker)
    suggestions = picker.suggestions("zs")
    assert suggestions and suggestions[0].startswith("张三")
    assert picker.suggestions("zhangs")[0].startswith("张三")
    assert picker.suggestions("xyz") == []


def test_ctrl_n_opens_a_new_form_on_the_directory_tab(main_window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(RecordFormDialog, "exec", lambda self: opened.append(self.spec.name) or 0)
    main_window.tabs.setCurrentWidget(main_window.tab_widgets["directory"])
    main_window.tab_widgets["directory"].setCurrentIndex(1)
    main_window.new_action.trigger()
    assert opened == ["people"]


def test_dashboard_lists_overdue_first_from_providers(main_window, qtbot, fixed_today, monkeypatch):
    fixed_today(dt.date(2026, 11, 26))

    def provider(actor, today, horizon):
        return [
            DueItem("test", "测试", 1, "将到期的事", "办理", dt.date(2026, 11, 28), mark="#c0392b"),
            DueItem("test", "测试", 2, "逾期的事", "办理", dt.date(2026, 11, 20)),
        ]

    dashboard.register_provider(provider)
    try:
        tab = main_window.tab_widgets["dashboard"]
        tab.refresh()
        assert tab.model.rowCount() == 2
        assert tab.model.data(tab.model.index(0, 2)) == "逾期的事"
        assert "逾期 6 天" in tab.model.data(tab.model.index(0, 5))
        assert "已逾期 1 件" in tab.summary.text()
        assert tab.model.data(tab.model.index(1, 3), Qt.ItemDataRole.BackgroundRole).name() == "#c0392b"
        assert "最早到期" not in tab.summary.text()
        monkeypatch.setattr(dashboard, "SHOWN_PER_REGISTRY", 2)  # the provider said its earliest only
        tab.refresh()
        assert "每类只列出最早到期的 2 件，实际更多" in tab.summary.text()
    finally:
        dashboard._providers.remove(provider)


def test_global_search_finds_one_and_two_characters(main_window, admin, qtbot):
    from officedesk.ui.search_dialog import SearchDialog

    records.create(registry.get("people"), {"姓名": "张三", "职务": "信访局局长"}, admin)
    dialog = SearchDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    for word in ("张", "信访", "信访局局"):
        dialog.box.setText(word)
        dialog.run()
        assert dialog.table.rowCount() == 1, word


def test_readonly_user_sees_no_write_buttons(db, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from officedesk.ui.context import AppContext
    from officedesk.ui.directory import make_tab

    ctx = AppContext(
        Actor("reader", "readonly", 0),
        "db",
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
    )
    tab = make_tab(ctx)
    qtbot.addWidget(tab)
    page = tab.pages["people"]
    assert page.new_button.isHidden() and page.delete_button.isHidden()


def test_every_button_and_input_has_an_accessible_name(main_window):
    missing = []
    for widget in main_window.findChildren(QPushButton) + main_window.findChildren(QLineEdit):
        if widget.isVisibleTo(main_window) and not widget.accessibleName():
            missing.append(widget.objectName() or widget.text())
    assert missing == []


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_smoke_flag_opens_and_exits(tmp_path, monkeypatch, lang):
    from officedesk import app
    from officedesk.ui.context import AppContext

    monkeypatch.setenv("OFFICEDESK_HOME", str(tmp_path))
    watching = []
    real_watch = AppContext.watch_changes
    monkeypatch.setattr(AppContext, "watch_changes", lambda ctx, *a: (watching.append(ctx), real_watch(ctx, *a)))
    assert app.main(["--smoke", "--db", str(tmp_path / "smoke.db"), "--lang", lang]) == 0
    assert (tmp_path / "smoke.db").is_file()  # the window opened on the database it was given
    # the window is closed: its poll of other workstations' changes stops with it (it used to
    # go on after the database had closed, failing inside the event loop of whatever came next)
    assert watching and not watching[0]._watch.isActive()


def test_login_dialog_reports_wrong_password_and_locks(db, qtbot, admin):
    from officedesk.core import users
    from officedesk.ui.login import LoginDialog

    users.create_user("clerk1", "Correct-horse-9", "clerk", admin, display_name="科员甲")
    dialog = LoginDialog("test.db")
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk1")
    dialog.password.setText("wrong")
    dialog.try_login()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text()
    dialog.password.setText("Correct-horse-9")
    dialog.try_login()
    assert dialog.actor is not None and dialog.actor.role == "clerk"


def test_first_run_dialog_creates_administrator(db, qtbot):
    from officedesk.core import settings, users
    from officedesk.ui.login import FirstRunDialog

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.org_name.setText("中共云岭县委办公室")
    dialog.org_code.setText("云委办")
    dialog.password.setText("Strong-pass-42")
    dialog.password_again.setText("Strong-pass-41")
    dialog.try_finish()
    assert not users.has_users() and "不一致" in dialog.error.text()
    dialog.password_again.setText("Strong-pass-42")
    dialog.try_finish()
    assert users.has_users() and settings.get("org.code") == "云委办"
    assert dialog.actor is not None and dialog.actor.is_admin


def test_background_task_reports_progress_and_result(app_ctx, admin, qtbot):
    from officedesk.ui.tasks import run_in_background

    add_people(admin, 5)
    seen: list = []

    def work(handle):
        from officedesk.core import records, registry

        handle.progress(1, 2, "读取")
        return len(records.list_ids(registry.get("people"), admin))

    run_in_background(None, "测试", work, seen.append, show_progress=False)
    qtbot.waitUntil(lambda: seen == [5], timeout=5000)


def test_closing_during_a_long_quiet_read_neither_waits_for_it_nor_aborts(qtbot, monkeypatch):
    """The window closed while the 工作台 still counted (half a minute over a million overdue
    records): the process waited for it, then destroyed its running thread and aborted (exit
    code 134). Now a quiet read gets a moment, and the process ends without destroying it."""
    import threading

    from officedesk import app
    from officedesk.ui import tasks

    release = threading.Event()
    worker = tasks.run_in_background(None, "", lambda _handle: release.wait(60), lambda _result: None,
                                     show_progress=False)
    monkeypatch.setattr(tasks, "QUIET_WAIT_MS", 100)
    try:
        app._finish_background_work()  # returns while the read goes on (it used to wait 10 s)
        assert worker.isRunning() and tasks.still_running()
        ended = []
        monkeypatch.setattr(app.os, "_exit", ended.append)
        monkeypatch.setattr(app.logging, "shutdown", lambda: None)  # pytest's own log handlers stay
        assert app._leave(0) == 0 and ended == [0]  # the process ends here, its thread left alone
    finally:
        release.set()
        worker.wait(5000)
    assert not tasks.still_running() and app._leave(3) == 3  # nothing running: a normal return


def test_background_task_can_be_cancelled(app_ctx, qtbot):
    import time

    from officedesk.ui.tasks import run_in_background

    done: list = []
    errors: list = []

    def work(handle):
        for _ in range(200):
            handle.check()
            time.sleep(0.01)
        return "finished"

    worker = run_in_background(None, "测试", work, done.append, errors.append, show_progress=False)
    worker.cancel_requested = True
    worker.wait(5000)
    qtbot.wait(50)
    assert done == [] and errors == []  # cancelled quietly, no result, no error box


def test_list_keeps_the_registry_order_until_a_header_is_clicked(app_ctx, admin, qtbot):
    add_people(admin, 3)
    records.create(registry.get("people"), {"姓名": "阿大", "级别": 1}, admin)
    view = RegistryListView(app_ctx, registry.get("people"))
    qtbot.addWidget(view)
    assert not view.model.loaded_once  # nothing read before the list is shown
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    assert view.model.data(view.model.index(0, 0)) == "阿大"  # people: by 级别, not by name text
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name, in SQL (code point order)
    assert view.model.data(view.model.index(0, 0)) == "张000"


def test_dashboard_fills_in_the_background_when_shown(main_window, qtbot, fixed_today):
    fixed_today(dt.date(2026, 11, 26))

    def provider(actor, today, horizon):
        return [DueItem("test", "测试", 7, "后台统计的事", "办理", dt.date(2026, 11, 27))]

    dashboard.register_provider(provider)
    try:
        tab = main_window.tab_widgets["dashboard"]
        tab.refresh_in_background()
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
        assert tab.model.data(tab.model.index(0, 2)) == "后台统计的事"
        assert "即将到期 1 件" in tab.summary.text()
    finally:
        dashboard._providers.remove(provider)
