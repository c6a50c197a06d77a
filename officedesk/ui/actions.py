"""What the main window's menus do: exchange, backup, search, checks, administration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from officedesk.core import registry, state_facts
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.ui.i18n import join_sentences
from officedesk.ui.tasks import TaskHandle, run_in_background
from officedesk.ui.widgets.list_question import ask_over_list
from officedesk.ui.widgets.messages import choose, info, show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def choose_registry(window: Any, purpose: str) -> Any:
    """The current tab's registry, or the clerk's choice when the tab has none."""
    name = window.current_registry()
    if name:
        return registry.get(name)
    specs = registry.all_registries()
    # named as its tab is, with the name the command line takes (`officedesk export incoming`)
    labels = [tr("%1（%2）").replace("%1", display(spec.label)).replace("%2", spec.name)
              for spec in specs]
    label = choose(window, purpose, tr("选择登记簿："), labels)
    return specs[labels.index(label)] if label is not None else None


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

    def work(handle: TaskHandle) -> Any:
        return xlsx.export(
            spec,
            path,
            actor,
            ids=ids,
            progress=lambda d, t: (handle.check(), handle.progress(d, t)),
            columns=columns,
        )

    def done(count: Any) -> None:
        text = tr("已导出 %1 条到 %2").replace("%1", str(int(count))).replace("%2", path)
        notes = list(getattr(count, "notes", []))
        if notes:
            text += "\n\n" + tr("注意：") + "\n" + "\n".join(notes[:20])
        info(window, tr("导出完成"), text)

    run_in_background(window, tr("正在导出…"), work, done)


# What import reads; a .csv is refused by core with what to do (save it as .xlsx first).
IMPORT_FORMATS = ("*.xlsx", "*.xls", "*.ods")


def import_file_filter() -> str:
    return tr("表格文件 (%1)").replace("%1", " ".join(IMPORT_FORMATS)) + ";;" + tr("所有文件 (*)")


def _reporter(handle: TaskHandle) -> Any:
    """Progress for exchange/batch work: shows it, and answers False once 取消 was pressed."""

    def report(done: int, total: int) -> bool:
        handle.progress(done, total)
        return not handle.cancelled()

    return report


def import_xlsx(window: Any) -> None:
    spec = choose_registry(window, tr("导入 Excel"))
    if spec is None:
        return
    path, _ = QFileDialog.getOpenFileName(
        window,
        tr("选择要导入的表格（.xlsx、.xls、.ods；.csv 请先用 Excel 或 WPS 另存为 .xlsx）"),
        _downloads(),
        import_file_filter(),
    )
    if not path:
        return
    check_then_import(window, spec, path, "refuse")


def _problem_lines(report: Any) -> list[str]:
    """The rows core refused, each in the interface's language (row, column and reason)."""
    return [display(p.text()) for p in report.problems]


def _kept_lines(report: Any) -> list[str]:
    """What an update's detail sheet left out (督查 tasks whose rows were deleted): kept, a line
    a record, each with how to delete it, in the interface's language."""
    return [display(line) for line in report.kept_lines()]


def _more(report: Any) -> list[str]:
    """The line that says how many problems core counted but did not list."""
    if not report.more_problems:
        return []
    return [tr("……另有 %1 处").replace("%1", str(report.more_problems))]


def ask_matched(window: Any, report: Any) -> str | None:
    """Rows that are records already: skip them, update those records, or add them anyway."""
    return ask_over_list(
        window,
        tr("已有相同的记录"),
        tr(
            "表中有 %1 行与已有记录相同（按编号，或来文字号＋来文机关等）。要怎样处理这些行？"
        ).replace("%1", str(report.matched)),
        _problem_lines(report) + _more(report),
        [
            (tr("跳过这些行"), "skip"),
            (tr("用表中内容更新已有记录"), "update"),
            (tr("仍然新增"), "add"),
        ],
        tr("不导入"),
        warning=False,
    )


def report_summary(report: Any) -> str:
    """An import's summary for the window: the notes on rows it takes in (possible 重复信访:
    heading, reasons, 本文件第 N 行) in the interface's language, as core's texts are shown."""
    parts = getattr(report, "summary_parts", None)
    if parts is None:
        return display(report.summary())
    own, lines = parts()
    # what follows the summary (a date column's times left out), in the interface's language
    own = join_sentences([display(own), *(display(said) for said in report.told())])
    if not lines:
        return own
    return "\n".join([own, display(lines[0]), *(f"  {display(line)}" for line in lines[1:])])


def past_register_offer(spec: Any, history: bool) -> list[tuple[str, str]]:
    """“按往年台账导入” (the command line's `import --history`), answered "history": offered
    after a plain check of a registry whose records have states (core.state_facts), not again
    once the file was checked as a past register."""
    if history or not state_facts.takes_past_register(spec.name):
        return []
    return [(tr("按往年台账导入"), "history")]


def past_register_tips() -> dict[str, str]:
    """What “按往年台账导入” does, as its button's tooltip (as `import --history` does it)."""
    return {"history": tr(
        "往年台账（往年已登记、已办理的记录）：各行可处于任何状态（如已答复、已办结、已归档），"
        "但须带有该状态应有的内容；表中的编号按原样登记，不必按顺序；复查、复核按当时的受理登记，"
        "不再按今天核对申请期限；不再办理的记录保留当时的人员；已召开的会议与其他会议冲突（同一会议室、"
        "同一人员）的，按台账导入并逐行列出。每条记录的历史中注明“导入历史台账”。"
        "先重新检查，确认后才导入。本年的新件请用普通导入。")}


def _titled(title: str, history: bool) -> str:
    """导入检查（往年台账）: the dialogs of an import checked as a past register say so."""
    return tr("%1（往年台账）").replace("%1", title) if history else title


def confirm_import(window: Any, summary: str, changes: list[str], spec: Any = None,
                   history: bool = False) -> str | None:
    """导入确认: the check's summary and every record an update changes, in a list that
    scrolls inside a dialog that fits the screen (a message box of 59 changes ran off it).
    "import", "history" (check it again as a past register: `past_register_offer`) or None."""
    return ask_over_list(
        window,
        _titled(tr("导入确认"), history),
        summary + tr("\n现在导入吗？"),
        changes,
        [(tr("导入"), "import"), *(past_register_offer(spec, history) if spec is not None else [])],
        tr("不导入"),
        warning=False,
        tips=past_register_tips(),
    )


def ask_conflict_reason(window: Any, rows: list[int]) -> str:
    """Why rows refused only for want of a reason (a meeting's conflicts) are saved anyway:
    given, it goes with the import as `--force 理由` does and is recorded with each change.
    Esc or 取消 with a reason typed ask first (conflict_reason.ConflictReasonDialog)."""
    from officedesk.ui.conflict_reason import ask_conflict_reason as ask

    return ask(window, rows)


def check_then_import(window: Any, spec: Any, path: str, on_match: str, reason: str = "",
                      history: bool = False) -> None:
    """A dry run first (core checks every row); then the clerk decides; then the import.
    `reason`: why conflicts are saved anyway (meetings.forcing), given after a first check;
    `history`: the file is a past register (`import --history`), chosen after a first check."""
    from officedesk.core.meetings.service import forcing
    from officedesk.exchange import xlsx

    actor = window.ctx.actor

    def check(handle: TaskHandle) -> Any:
        with forcing(reason):
            return xlsx.import_file(
                spec,
                path,
                actor,
                dry_run=True,
                progress=_reporter(handle),
                on_match=on_match,
                history=history,
            )

    def after_check(report: Any) -> None:
        if report.matched and on_match == "refuse":
            choice = ask_matched(window, report)
            if choice is not None:
                check_then_import(window, spec, path, choice, reason, history)
            return
        skip_bad = False
        if not report.ok:
            # a header fault, or every row bad: nothing to skip to, so only 关闭 is offered
            offers = [(tr("跳过有问题的行，导入其余"), "skip")] if report.skippable else []
            offers += past_register_offer(spec, history)
            if report.need_reason and not reason:
                offers.insert(0, (tr("写明冲突原因…"), "reason"))
            # every problem row, in a list that scrolls inside a dialog that fits the screen
            answer = ask_over_list(
                window,
                _titled(tr("导入检查"), history),
                report_summary(report),
                _problem_lines(report) + _more(report) + _kept_lines(report),
                offers,
                tr("不导入") if offers else tr("关闭"),
                tips=past_register_tips(),
            )
            if answer == "reason":
                given = ask_conflict_reason(window, report.need_reason)
                if given:
                    check_then_import(window, spec, path, on_match, given, history)
                return
            if answer == "history":
                check_then_import(window, spec, path, on_match, reason, history=True)
                return
            if answer != "skip":
                return
            skip_bad = True
        else:
            answer = confirm_import(window, report_summary(report),
                                    [display(c.text()) for c in report.updated] + _kept_lines(report),
                                    spec, history)
            if answer == "history":
                check_then_import(window, spec, path, on_match, reason, history=True)
                return
            if not answer:
                return

        def work(handle: TaskHandle) -> Any:
            with forcing(reason):
                return xlsx.import_file(
                    spec,
                    path,
                    actor,
                    skip_bad=skip_bad,
                    progress=_reporter(handle),
                    on_match=on_match,
                    history=history,
                )

        def done(final: Any) -> None:
            window.ctx.notify_changed(spec.name)
            title = tr("没有导入") if final.wrote_nothing else tr("导入完成")
            info(window, title, "\n".join([report_summary(final), *_kept_lines(final)]))

        run_in_background(window, tr("正在导入…"), work, done)  # 取消 rolls the import back

    run_in_background(window, tr("正在检查…"), check, after_check)


def check_lines(problems: list[Any]) -> list[str]:
    """`check`'s problems in the window's language ([Audit chain] …), as the command line says them."""
    return [display(p.line) for p in problems]


def check_database(window: Any) -> None:
    from officedesk.core.check import run_checks_as

    notes: list[Any] = []  # the anchor made anew or not written: said beside the result

    def done(problems: list[Any]) -> None:
        said = check_lines(problems) if problems else [tr("数据库完好：完整性、外键和审计链均无问题。")]
        info(window, tr("检查结果"), "\n\n".join(["\n".join(said), *(display(note) for note in notes)]))

    run_in_background(
        window, tr("正在检查数据库…"), lambda h: run_checks_as(window.ctx.actor, notes), done, cancellable=False
    )


def global_search(window: Any) -> None:
    from officedesk.ui.search_dialog import SearchDialog

    SearchDialog(window.ctx, window).exec()


def settings_dialog(window: Any) -> Any:
    """系统设置 for the window's user, over the window (not yet shown; scripts/take_screenshots.py
    shows this one)."""
    from officedesk.ui.settings_dialog import SettingsDialog

    return SettingsDialog(window.ctx.actor, window)


def edit_settings(window: Any) -> None:
    settings_dialog(window).exec()


def manage_users(window: Any) -> None:
    from officedesk.ui.admin import UsersDialog

    UsersDialog(window.ctx, window).exec()


def change_own_password(window: Any) -> None:
    from officedesk.ui.password_dialog import PasswordDialog

    if PasswordDialog(window.ctx.actor.username, window.ctx.actor, window).exec():
        info(window, tr("修改密码"), tr("密码已修改。在其他工作站上的登录需要用新密码重新登录。"))


def edit_holidays(window: Any) -> None:
    from officedesk.ui.admin import HolidaysDialog

    HolidaysDialog(window.ctx.actor, window).exec()


def choose_language(window: QWidget) -> None:
    from officedesk.ui import i18n

    labels = [tr("简体中文"), "English"]
    codes = ["zh_CN", "en"]
    current = codes.index(i18n.chosen_language()) if i18n.chosen_language() in codes else 0
    label = choose(window, tr("界面语言"), tr("选择界面语言（重新启动后生效）："), labels, current)
    if label is not None:
        i18n.choose_language(codes[labels.index(label)])
        info(window, tr("界面语言"), tr("已保存，重新启动程序后生效。"))
