"""The twenty-second review's findings in the window's menus: a refused input is no error in
the log; an import with nothing to skip to offers only 关闭; a restore looks at the file before
it asks; 另存为 PDF never replaces a file nobody was asked about."""

from __future__ import annotations

import logging

import pytest

from officedesk.core.errors import ValidationError


@pytest.mark.parametrize("raised, level, traced", [
    (ValidationError("不能导入 .csv 文件：请先另存为 .xlsx。"), logging.INFO, False),
    (KeyError("bug"), logging.ERROR, True),
])
def test_a_refusal_is_logged_without_a_trace_a_bug_with_it(qtbot, caplog, monkeypatch, raised, level, traced):
    from PySide6.QtWidgets import QWidget

    from officedesk.ui import tasks
    from officedesk.ui.widgets import messages

    shown: list[BaseException] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, *a, **k: shown.append(exc))
    window = QWidget()
    qtbot.addWidget(window)

    def work(_handle):
        raise raised

    with caplog.at_level(logging.INFO, logger="officedesk.ui.tasks"):
        tasks.run_in_background(window, "导入", work, lambda result: None)
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    records = [r for r in caplog.records if r.name == "officedesk.ui.tasks"]
    assert [r.levelno for r in records] == [level]
    assert ("Traceback" in records[0].getMessage()) == traced
    assert shown == [raised]  # the user is told either way


def _rooms_sheet(path, header_row, rows):
    from tests.exchange.builders import build_xlsx

    return build_xlsx(path, [header_row] + rows)


@pytest.mark.parametrize("header_row, rows", [
    # a header fault: 名称 (required) typed as 名: the rows below were not checked
    (["名", "容量", "位置"], [["第一会议室", 60, "三楼"], ["第二会议室", 20, "三楼"]]),
    # every row bad: skipping them would import nothing
    (["名称", "容量", "位置"], [["第一会议室", "很多", "三楼"], ["第二会议室", "不少", "三楼"]]),
], ids=["header", "every-row"])
def test_nothing_to_skip_to_offers_only_close(main_window, qtbot, tmp_path, monkeypatch, header_row, rows):
    from PySide6.QtCore import Qt

    from officedesk.core.directory import ROOMS
    from officedesk.store.models import Room
    from officedesk.ui import actions
    from tests.ui.test_import_questions_fit import _answer_when_shown

    path = _rooms_sheet(tmp_path / "rooms.xlsx", header_row, rows)
    seen: dict = {}
    infos: list[tuple[str, str]] = []
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append((title, text)))
    _answer_when_shown(qtbot, seen, Qt.Key.Key_Return, "导入检查")
    actions.check_then_import(main_window, ROOMS, str(path), "refuse")
    qtbot.waitUntil(lambda: "frame" in seen, timeout=15000)
    qtbot.wait(500)  # Enter pressed: an import, had one started, would have ended by now
    assert list(seen["buttons"]) == ["关闭"], seen["buttons"]
    assert not infos and Room.select().count() == 0  # Enter closed it: no 导入完成 of nothing


def test_an_import_that_wrote_nothing_is_not_titled_done(main_window, qtbot, tmp_path, monkeypatch):
    """Skipping bad rows when the good ones went bad meanwhile: said as 没有导入, not 导入完成."""
    from officedesk.core.directory import ROOMS
    from officedesk.exchange import xlsx
    from officedesk.ui import actions

    path = _rooms_sheet(tmp_path / "rooms.xlsx", ["名称", "容量", "位置"],
                        [["第一会议室", 60, "三楼"], ["第二会议室", "很多", "三楼"]])
    infos: list[tuple[str, str]] = []
    monkeypatch.setattr(actions, "info", lambda window, title, text: infos.append((title, text)))
    monkeypatch.setattr(actions, "ask_over_list", lambda *a, **k: "skip")
    real = xlsx.import_file

    def import_file(spec, file, actor, **kwargs):
        if not kwargs.get("dry_run"):  # the good row taken by someone else after the check
            real(spec, _rooms_sheet(tmp_path / "first.xlsx", ["名称", "容量", "位置"],
                                    [["第一会议室", 60, "三楼"]]), actor)
        return real(spec, file, actor, **kwargs)

    monkeypatch.setattr(xlsx, "import_file", import_file)
    actions.check_then_import(main_window, ROOMS, str(path), "skip")
    qtbot.waitUntil(lambda: bool(infos), timeout=15000)
    assert infos[0][0] == "没有导入", infos


@pytest.mark.parametrize("typed", ["通知", "通知.txt"])
def test_save_as_pdf_asks_before_replacing_a_pdf_the_dialog_did_not_name(qtbot, tmp_path, monkeypatch, typed):
    from officedesk.ui import print_preview

    existing = tmp_path / "通知.pdf"
    existing.write_bytes(b"%PDF-1.4 the office's notice\n")
    dialog = print_preview.PrintPreviewDialog(b"%PDF-1.4\n", "通知")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / typed), ""))
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(print_preview, "confirm", lambda w, title, text, **k: asked.append(text) or answer[0])
    dialog.save_dialog()
    assert len(asked) == 1 and str(existing) in asked[0]
    assert existing.read_bytes() == b"%PDF-1.4 the office's notice\n"  # declined: kept
    answer[0] = True
    dialog.save_dialog()
    assert existing.read_bytes() == b"%PDF-1.4\n"


def test_save_as_pdf_asks_nothing_more_of_a_name_the_dialog_confirmed(qtbot, tmp_path, monkeypatch):
    from officedesk.ui import print_preview

    existing = tmp_path / "通知.pdf"
    existing.write_bytes(b"old")
    dialog = print_preview.PrintPreviewDialog(b"%PDF-1.4\n", "通知")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    asked: list[str] = []
    monkeypatch.setattr(print_preview, "confirm", lambda *a, **k: asked.append("asked") or False)
    dialog.save_dialog()
    assert not asked and existing.read_bytes() == b"%PDF-1.4\n"


def _restore_window(db, qtbot, tmp_path, monkeypatch, chosen):
    from PySide6.QtCore import QSettings

    from officedesk.core.actor import CLI_ACTOR
    from officedesk.ui import backup_actions
    from officedesk.ui.context import AppContext
    from officedesk.ui.main_window import MainWindow

    ctx = AppContext(CLI_ACTOR, str(db.database), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(backup_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    said: dict[str, list[str]] = {"asked": [], "errors": [], "done": []}
    monkeypatch.setattr(backup_actions, "show_error", lambda w, exc: said["errors"].append(exc.message))
    monkeypatch.setattr(backup_actions, "info", lambda w, title, text: said["done"].append(text))
    return window, said


def test_a_file_that_is_no_backup_is_refused_without_a_question(db, qtbot, tmp_path, monkeypatch):
    from officedesk.ui import backup_actions

    bad = tmp_path / "bad.db"
    bad.write_text("这不是数据库", encoding="utf-8")
    window, said = _restore_window(db, qtbot, tmp_path, monkeypatch, bad)
    monkeypatch.setattr(backup_actions, "confirm", lambda w, title, text, **k: said["asked"].append(text) or True)
    backup_actions.restore(window)
    qtbot.waitUntil(lambda: bool(said["errors"] or said["asked"]), timeout=15000)
    qtbot.wait(200)
    assert not said["asked"] and not said["done"]
    assert "不是 OfficeDesk 的备份文件" in said["errors"][0]


def test_the_restore_question_names_the_file_office_date_and_records(db, qtbot, tmp_path, monkeypatch):
    from officedesk.core import accounts, backups, records
    from officedesk.core.actor import CLI_ACTOR
    from officedesk.core.directory import UNITS
    from officedesk.store.models import Unit
    from officedesk.ui import backup_actions

    accounts.first_run_setup("云州市委办公室", "云委办", "admin", "Admin-pass-2026")
    for name in ("办公室", "秘书科"):
        records.create(UNITS, {"单位名称": name}, CLI_ACTOR)
    made = backups.backup(CLI_ACTOR, tmp_path / "周五备份.db")
    records.create(UNITS, {"单位名称": "督查科"}, CLI_ACTOR)  # after the backup: lost by a restore
    window, said = _restore_window(db, qtbot, tmp_path, monkeypatch, made.path)
    answer = [False]
    monkeypatch.setattr(backup_actions, "confirm",
                        lambda w, title, text, **k: said["asked"].append(text) or answer[0])
    backup_actions.restore(window)
    qtbot.waitUntil(lambda: bool(said["asked"] or said["errors"]), timeout=15000)
    question = said["asked"][0]
    taken = made.path.stat().st_mtime
    import datetime as dt

    assert str(made.path) in question and "云州市委办公室" in question and "云委办" in question
    assert dt.datetime.fromtimestamp(taken).strftime("%Y-%m-%d") in question
    assert "单位 2 条" in question or f"{UNITS.label} 2 条" in question, question
    assert Unit.select().count() == 3  # declined: nothing replaced
    answer[0] = True
    backup_actions.restore(window)
    qtbot.waitUntil(lambda: bool(said["done"] or said["errors"]), timeout=30000)
    assert not said["errors"] and "已从备份恢复" in said["done"][0]
    assert Unit.select().count() == 2
