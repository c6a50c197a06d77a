"""What the main window's menus do: exchange, backup, search, checks, administration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from officedesk.core import registry
from officedesk.core.errors import OfficeDeskError
from officedesk.ui.tasks import TaskHandle, run_in_background
from officedesk.ui.widgets.messages import confirm, info, show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def choose_registry(window: Any, purpose: str) -> Any:
    """The current tab's registry, or the clerk's choice when the tab has none."""
    name = window.current_registry()
    if name:
        return registry.get(name)
    specs = registry.all_registries()
    labels = [f"{spec.label}（{spec.name}）" for spec in specs]
    label, ok = QInputDialog.getItem(window, purpose, tr("选择登记簿："), labels, 0, False)
    return specs[labels.index(label)] if ok else None


def _downloads() -> str:
    return str(Path.home())


def save_template(window: Any) -> None:
    from officedesk.exchange import xlsx

    spec = choose_registry(window, tr("下载导入模板"))
    if spec is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        window, tr("保存导入模板"), f"{_downloads()}/{spec.label}导入模板.xlsx", "Excel (*.xlsx)"
    )
    if not path:
        return
    try:
        xlsx.write_template(spec, path)
    except OfficeDeskError as exc:
        show_error(window, exc)
        return
    window.statusBar().showMessage(tr("模板已保存：") + path, 5000)


def current_list(window: Any, spec: Any) -> Any:
    """The list of `spec` the clerk is looking at in the current tab, if any."""
    from officedesk.ui.widgets.records_table import RegistryListView

    tab = window.current_tab()
    if tab is None:
        return None
    for view in tab.findChildren(RegistryListView):
        if view.spec.name == spec.name and view.isVisible():
            return view
    return None


def ledger_file_name(spec: Any) -> str:
    """信访台账-2026-11-30.xlsx: the register and the day it was written."""
    from officedesk.core import clock

    return f"{spec.label}台账-{clock.today().isoformat()}.xlsx"


def ask_export_scope(window: Any, view: Any) -> str | None:
    """"list" (what the list shows), "all" or None (cancelled)."""
    count = len(view.shown_ids())
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("导出 Excel"),
        tr("导出哪些记录？\n“当前列表”按现在的查找、筛选、排序和显示的列导出。"),
        parent=window,
    )
    shown = box.addButton(
        tr("当前列表（%1 条）").replace("%1", str(count)), QMessageBox.ButtonRole.AcceptRole
    )
    every = box.addButton(tr("全部记录"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(shown)
    box.setAccessibleName(tr("导出哪些记录"))
    box.exec()
    clicked = box.clickedButton()
    return "list" if clicked is shown else "all" if clicked is every else None


def export_xlsx(window: Any) -> None:
    from officedesk.exchange import xlsx

    spec = choose_registry(window, tr("导出 Excel"))
    if spec is None:
        return
    view = current_list(window, spec)
    scope = ask_export_scope(window, view) if view is not None else "all"
    if scope is None:
        return
    ids = view.shown_ids() if scope == "list" else None
    columns = view.shown_columns() if scope == "list" else None
    path, _ = QFileDialog.getSaveFileName(
        window, tr("导出到"), f"{_downloads()}/{ledger_file_name(spec)}", "Excel (*.xlsx)"
    )
    if not path:
        return
    actor = window.ctx.actor

    def work(handle: TaskHandle) -> int:
        return xlsx.export(
            spec,
            path,
            actor,
            ids=ids,
            progress=lambda d, t: (handle.check(), handle.progress(d, t)),
            columns=columns,
        )

    run_in_background(
        window,
        tr("正在导出…"),
        work,
        lambda n: info(
            window,
            tr("导出完成"),
            tr("已导出 %1 条到 %2").replace("%1", str(n)).replace("%2", path),
        ),
    )


def import_xlsx(window: Any) -> None:
    from officedesk.exchange import xlsx

    spec = choose_registry(window, tr("导入 Excel"))
    if spec is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window, tr("选择要导入的 Excel 文件"), _downloads(), "Excel (*.xlsx)"
    )
    if not path:
        return
    actor = window.ctx.actor

    def check(handle: TaskHandle) -> Any:
        return xlsx.import_file(
            spec, path, actor, dry_run=True, progress=lambda d, t: handle.progress(d, t)
        )

    def after_check(report: Any) -> None:
        skip_bad = False
        if not report.ok:
            problems = "\n".join(str(p) for p in report.problems[:30])
            more = (
                ""
                if len(report.problems) <= 30
                else tr("\n……另有 %1 处").replace("%1", str(len(report.problems) - 30))
            )
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("导入检查"),
                report.summary() + "\n\n" + problems + more,
                parent=window,
            )
            skip = box.addButton(tr("跳过有问题的行，导入其余"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("不导入"), QMessageBox.ButtonRole.RejectRole)
            box.setAccessibleName(tr("导入检查"))
            box.exec()
            if box.clickedButton() is not skip:
                return
            skip_bad = True
        elif not confirm(window, tr("导入确认"), report.summary() + tr("\n现在导入吗？")):
            return

        def work(handle: TaskHandle) -> Any:
            return xlsx.import_file(
                spec, path, actor, skip_bad=skip_bad, progress=lambda d, t: handle.progress(d, t)
            )

        def done(final: Any) -> None:
            window.ctx.notify_changed(spec.name)
            info(window, tr("导入完成"), final.summary())

        run_in_background(window, tr("正在导入…"), work, done, cancellable=False)

    run_in_background(window, tr("正在检查…"), check, after_check)


def backup(window: Any) -> None:
    from officedesk.store import backup as store_backup
    from officedesk.store.db import database

    path, _ = QFileDialog.getSaveFileName(
        window, tr("备份到"), f"{_downloads()}/officedesk-备份.db", tr("数据库备份 (*.db)")
    )
    if not path:
        return
    db = database.obj
    run_in_background(
        window,
        tr("正在备份…"),
        lambda h: store_backup.backup_to(db, Path(path)),
        lambda p: info(window, tr("备份完成"), tr("已备份到 ") + str(p)),
        cancellable=False,
    )


def restore(window: Any) -> None:
    from officedesk.store import backup as store_backup
    from officedesk.store.db import database

    path, _ = QFileDialog.getOpenFileName(
        window, tr("选择备份文件"), _downloads(), tr("数据库备份 (*.db)")
    )
    if not path or not confirm(
        window,
        tr("恢复确认"),
        tr("用备份替换当前数据库的全部内容吗？当前数据库会先另存一份。"),
        danger=True,
    ):
        return
    try:
        kept = store_backup.restore_from(database.obj, Path(path))
    except OfficeDeskError as exc:
        show_error(window, exc)
        return
    for name in [s.name for s in registry.all_registries()]:
        window.ctx.notify_changed(name)
    info(window, tr("恢复完成"), tr("已从备份恢复。原数据库另存为：") + str(kept))


def check_database(window: Any) -> None:
    from officedesk.core.check import run_checks

    def done(problems: list[Any]) -> None:
        if problems:
            info(window, tr("检查结果"), "\n".join(str(p) for p in problems))
        else:
            info(window, tr("检查结果"), tr("数据库完好：完整性、外键和审计链均无问题。"))

    run_in_background(
        window, tr("正在检查数据库…"), lambda h: run_checks(), done, cancellable=False
    )


def global_search(window: Any) -> None:
    from officedesk.ui.search_dialog import SearchDialog

    SearchDialog(window.ctx, window).exec()


def edit_settings(window: Any) -> None:
    from officedesk.ui.settings_dialog import SettingsDialog

    SettingsDialog(window).exec()


def manage_users(window: Any) -> None:
    from officedesk.ui.admin import UsersDialog

    UsersDialog(window.ctx, window).exec()


def edit_holidays(window: Any) -> None:
    from officedesk.ui.admin import HolidaysDialog

    HolidaysDialog(window).exec()


def choose_language(window: QWidget) -> None:
    from officedesk.ui import i18n

    labels = [tr("简体中文"), "English"]
    codes = ["zh_CN", "en"]
    current = codes.index(i18n.chosen_language()) if i18n.chosen_language() in codes else 0
    label, ok = QInputDialog.getItem(
        window, tr("界面语言"), tr("选择界面语言（重新启动后生效）："), labels, current, False
    )
    if ok:
        i18n.choose_language(codes[labels.index(label)])
        info(window, tr("界面语言"), tr("已保存，重新启动程序后生效。"))
