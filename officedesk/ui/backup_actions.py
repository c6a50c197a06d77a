"""The window's 备份数据库… and 从备份恢复… (administrators only): core's checks first, then
the question naming what is replaced, then the work off the GUI thread with the usual progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from officedesk.core import registry
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.ui.tasks import run_in_background
from officedesk.ui.widgets.messages import confirm, info, show_error


def tr(text: str) -> str:
    # the texts were the File menu's (ui/actions.py) before they moved here: same context
    return QCoreApplication.translate("actions", text)


def _downloads() -> str:
    return str(Path.home())


def backup(window: Any) -> None:
    from officedesk.core import backups

    path, _ = QFileDialog.getSaveFileName(
        window, tr("备份到"), f"{_downloads()}/officedesk-备份.db", tr("数据库备份 (*.db)"),
        options=QFileDialog.Option.DontConfirmOverwrite,  # asked below, saying what is lost
    )
    if not path:
        return
    # a bare name (备份2026.12.02 too) is a .db backup, as the dialog's filter shows it
    target = backups.backup_name(Path(path))
    path = str(target)
    try:  # core's checks first: nothing is asked of a name or a user it refuses anyway
        replace = backups.check_target(window.ctx.actor, target)
    except OfficeDeskError as exc:
        show_error(window, exc)
        return
    if replace and not confirm(
        window,
        tr("替换已有的文件"),
        tr("“%1”已存在。用这次备份替换它吗？它原有的内容将丢失（若它是另一个数据库或别的文件，将无法找回）。")
        .replace("%1", path),
        danger=True, yes=tr("替换"),
    ):
        return
    actor = window.ctx.actor
    run_in_background(
        window,
        tr("正在备份…"),
        lambda h: backups.backup(actor, Path(path), overwrite=replace),
        lambda r: info(
            window,
            tr("备份完成"),
            tr("已备份到 %1\n审计校验码：%2（请抄录保存，日后用于核对）")
            .replace("%1", str(r.path))
            .replace("%2", r.code),
        ),
        cancellable=False,
    )


def restore(window: Any) -> None:
    """The file is checked first (core.restore_preview): a file that is no backup is refused
    without a question; a sound one is named in the question with its office, time and records."""
    from officedesk.core import restore_preview

    path, _ = QFileDialog.getOpenFileName(
        window, tr("选择备份文件"), _downloads(), tr("数据库备份 (*.db)")
    )
    if not path:
        return
    actor = window.ctx.actor
    run_in_background(
        window,
        tr("正在检查备份…"),
        lambda h: restore_preview.preview(actor, Path(path)),
        lambda seen: _ask_then_restore(window, seen),
        on_error=lambda exc: show_error(window, exc),
        cancellable=False,
    )


def restore_question(seen: Any) -> str:
    """恢复确认: which file, whose office, of when, holding what; then what is lost and kept."""
    held = "、".join(
        tr("%1 %2 条").replace("%1", display(label)).replace("%2", str(count))
        for label, count in seen.counts.items()
    ) or tr("没有记录")
    return (
        tr("用这个备份替换当前数据库的全部内容吗？\n"
           "备份文件：%1\n机关：%2\n备份中的最后一次操作：%3\n备份中的记录：%4\n\n"
           "备份之后新建或修改的记录将不在恢复后的数据库中；当前数据库会先另存一份。")
        .replace("%1", str(seen.path))
        .replace("%2", tr("%1（代字 %2）").replace("%1", seen.office or tr("名称未知"))
                 .replace("%2", seen.code or tr("未知")))
        .replace("%3", f"{seen.taken_at:%Y-%m-%d %H:%M}" if seen.taken_at else tr("未知"))
        .replace("%4", held)
    )


def _ask_then_restore(window: Any, seen: Any) -> None:
    if confirm(window, tr("恢复确认"), restore_question(seen), danger=True, yes=tr("恢复")):
        _run_restore(window, seen.path, replace_office=False)


def _run_restore(window: Any, path: Path, replace_office: bool) -> None:
    from officedesk.core import backups, restore_report

    actor = window.ctx.actor

    def failed(exc: BaseException) -> None:
        if isinstance(exc, restore_report.OtherOfficeError):  # another office's backup: only on purpose
            if confirm(window, tr("另一个机关的备份"), exc.question, danger=True, yes=tr("仍要恢复")):
                _run_restore(window, path, replace_office=True)
            return
        show_error(window, exc)

    def done(report: Any) -> None:
        for name in [s.name for s in registry.all_registries()]:
            window.ctx.notify_changed(name)
        info(window, tr("恢复完成"), report.summary())

    run_in_background(
        window,
        tr("正在恢复…"),
        lambda h: backups.restore(actor, path, replace_office=replace_office),
        done,
        on_error=failed,
        cancellable=False,
    )
