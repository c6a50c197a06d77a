"""The main window: a tab per registry, menus with shortcuts, status bar, remembered layout."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from officedesk import __version__, paths
from officedesk.ui import tabs
from officedesk.ui.context import AppContext
from officedesk.ui.widgets import fit
from officedesk.ui.widgets.layout_memory import saved_index
from officedesk.ui.widgets.messages import info
from officedesk.ui.widgets.mnemonics import give_menu_keys, give_tab_keys
from officedesk.ui.widgets.records_table import RegistryListView

log = logging.getLogger(__name__)


class _BuiltTabs(dict):
    """name -> tab widget; asking for a tab not yet built builds it (tests, navigation)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window

    def __getitem__(self, name: str) -> QWidget:
        return self.window.build_tab(name)


# Work nobody sees at first (the 工作台's counts, the change watcher's first poll) waits for the
# window's first paint; a window that is never shown (tests, a minimised start) runs it after this.
FIRST_PAINT_FALLBACK_MS = 1500


class _FirstPaintWatch(QObject):
    """Filters the window's QWindow: the first Expose is followed at once by the first paint."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Expose:
            # queued: the paint that follows this Expose runs first
            QTimer.singleShot(0, self.window, self.window._run_after_paint)
        return False


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.main_window = self
        self._painted = False
        self._after_paint: list[Callable[[], object]] = []
        self._paint_watch = _FirstPaintWatch(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, self._run_after_paint)
        self.setWindowTitle(self.tr("机关办公桌面"))  # one language in the title bar
        self.setAccessibleName(self.tr("主窗口"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("功能页"))
        self.tabs.setDocumentMode(True)
        self.tab_widgets = _BuiltTabs(self)
        self._pending: dict[str, tuple[tabs.TabSpec, QWidget]] = {}
        for spec in tabs.available():
            placeholder = QWidget(self)
            placeholder.setObjectName(f"pending_{spec.name}")
            QVBoxLayout(placeholder).addWidget(QLabel(self.tr("正在载入…"), placeholder))
            self._pending[spec.name] = (spec, placeholder)
            self.tabs.addTab(placeholder, QCoreApplication.translate("tabs", spec.title))
        self.tabs.currentChanged.connect(lambda _index: self._build_current())
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        ctx.navigate_requested.connect(self.show_record)
        # every window shown later is brought inside the screen by an application event
        # filter, which sees every event of every widget (some 2,000 calls into Python before
        # the first paint): it starts once the window has painted; this window fits itself
        self.after_first_paint(fit.install)
        self.resize(fit.clamp_size(self, 1200, 760))
        self._restore_layout()
        self._build_current()

    # ---- after the first paint
    def after_first_paint(self, fn: Callable[[], object]) -> None:
        """Run fn once the window has painted for the first time (at once if it has): what
        the clerk does not see yet must not delay what he sees."""
        if self._painted:
            QTimer.singleShot(0, self, fn)
        else:
            self._after_paint.append(fn)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        if not fit.installed():
            fit.fit_shown(self)  # as the application's filter does for every window it shows
        handle = self.windowHandle()
        if not self._painted and handle is not None:
            handle.installEventFilter(self._paint_watch)
        super().showEvent(event)

    def _run_after_paint(self) -> None:
        if self._painted:
            return
        self._painted = True
        handle = self.windowHandle()
        if handle is not None:
            handle.removeEventFilter(self._paint_watch)
        waiting, self._after_paint = self._after_paint, []
        for fn in waiting:
            fn()

    # ---- tabs, built when first shown
    def build_tab(self, name: str) -> QWidget:
        """The real widget of a tab, importing and building it on first use."""
        pending = self._pending.pop(name, None)
        if pending is None:
            return dict.__getitem__(self.tab_widgets, name)
        spec, placeholder = pending
        widget = importlib.import_module(spec.module).make_tab(self.ctx)
        widget.setObjectName(f"tab_{name}")
        give_tab_keys(widget)  # Alt+letter for its buttons and captions, none the menus' (文件(&F))
        index = self.tabs.indexOf(placeholder)
        was_current = self.tabs.currentIndex() == index
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, QCoreApplication.translate("tabs", spec.title))
        if was_current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        dict.__setitem__(self.tab_widgets, name, widget)
        return widget

    def _build_current(self) -> None:
        for name, (_spec, placeholder) in list(self._pending.items()):
            if self.tabs.currentWidget() is placeholder:
                self.build_tab(name)
                return

    # ---- menus
    def _action(
        self, menu: Any, text: str, slot: Any, shortcut: Any = None, admin_only: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if admin_only and not self.ctx.actor.is_admin:  # core refuses it too; do not offer it
            action.setEnabled(False)
            action.setVisible(False)
        menu.addAction(action)
        return action

    def _later(self, module: str, name: str) -> Callable[[], object]:
        """A menu slot that imports its module when first triggered: the dialogs behind the
        menus (Excel, backups, settings, chains) are not needed to paint the window."""

        def run() -> object:
            return getattr(importlib.import_module(module), name)(self)

        return run

    def _build_menus(self) -> None:
        act = "officedesk.ui.actions"
        backups = "officedesk.ui.backup_actions"

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.new_action = self._action(
            file_menu,
            self.tr("新建(&N)"),
            lambda: self._dispatch("new_record"),
            QKeySequence.StandardKey.New,
        )
        self.save_action = self._action(
            file_menu,
            self.tr("保存(&S)"),
            lambda: self._dispatch("save_current"),
            QKeySequence.StandardKey.Save,
        )
        self.print_action = self._action(
            file_menu,
            self.tr("打印(&P)…"),
            lambda: self._dispatch("print_current"),
            QKeySequence.StandardKey.Print,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("导入 Excel…"), self._later(act, "import_xlsx"))
        self._action(file_menu, self.tr("导出 Excel…"), self._later(act, "export_xlsx"))
        self._action(file_menu, self.tr("下载导入模板…"), self._later(act, "save_template"))
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("备份数据库…"), self._later(backups, "backup"), admin_only=True
        )
        self._action(
            file_menu, self.tr("从备份恢复…"), self._later(backups, "restore"), admin_only=True
        )
        file_menu.addSeparator()
        # a clerk leaving a shared workstation: the log-in for the next one (ui.session)
        self.log_out_action = self._action(
            file_menu, self.tr("注销(&L)"), self._later("officedesk.ui.session", "log_out")
        )
        self._action(file_menu, self.tr("退出(&X)"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        self.find_action = self._action(
            edit_menu,
            self.tr("查找(&F)"),
            lambda: self._dispatch("focus_search"),
            QKeySequence.StandardKey.Find,
        )
        self._action(
            edit_menu, self.tr("全局搜索…"), self._later(act, "global_search"), "Ctrl+Shift+F"
        )

        # keyboard-first: every page a keystroke away (Ctrl+Tab moves within a page's own tabs)
        go_menu = bar.addMenu(self.tr("转到(&G)"))
        self.go_actions = [
            self._action(go_menu, self.tabs.tabText(index), lambda _=False, i=index: self.go_to_tab(i),
                         f"Alt+{index + 1}")
            for index in range(min(self.tabs.count(), 9))
        ]

        tools = bar.addMenu(self.tr("工具(&T)"))
        self._action(tools, self.tr("检查数据库"), self._later(act, "check_database"), admin_only=True)
        self._action(
            tools, self.tr("系统设置…"), self._later(act, "edit_settings"), admin_only=True
        )
        self._action(
            tools, self.tr("用户管理…"), self._later(act, "manage_users"), admin_only=True
        )
        self._action(
            tools, self.tr("节假日调整…"), self._later(act, "edit_holidays"), admin_only=True
        )
        self._add_chain_actions(tools)
        self._action(tools, self.tr("界面语言…"), self._later(act, "choose_language"))
        self._action(tools, self.tr("修改密码…"), self._later(act, "change_own_password"))

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self._action(
            help_menu,
            self.tr("日志文件位置"),
            lambda: info(self, self.tr("日志文件"), str(paths.log_dir() / "officedesk.log")),
        )
        self._action(
            help_menu,
            self.tr("关于"),
            lambda: info(
                self,
                self.tr("关于"),
                self.tr("机关办公桌面 OfficeDesk %1\n公文、会议、督查、信访、信息报送的登记与打印，"
                        "效能统计与通报，逐级负责。").replace("%1", __version__),
            ),
        )
        # 导入 Excel(&I)…, 导出 Excel(&E)… as 新建(&N) was written; 转到's pages have Alt+1 …
        for menu in (file_menu, edit_menu, tools, help_menu):
            give_menu_keys(menu)

    def go_to_tab(self, index: int) -> None:
        """转到 a page (Alt+1 …): shown, and the focus on its first field or list: a list's find
        box, as Ctrl+F gives it (公文 and 通讯录 gave it to their 收文/发文 … tab bar, 工作台 to
        刷新, where typing did nothing)."""
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        if hasattr(page, "focus_search"):
            page.focus_search()
            return
        candidate = page.nextInFocusChain() if page is not None else None
        while candidate is not None and candidate is not page:
            if (page is not None and page.isAncestorOf(candidate) and candidate.isVisible()
                    and candidate.isEnabled() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
                candidate.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    def _add_chain_actions(self, tools: Any) -> None:
        """逐级负责: the approval chains and posts (administrator), 代理 (whoever may write)."""
        actor = self.ctx.actor

        def dialog(module: str, name: str) -> Callable[[], object]:
            return lambda: getattr(importlib.import_module(f"officedesk.ui.{module}"), name)(actor, self).exec()

        self._action(tools, self.tr("审批链与职务…"), dialog("chain_editor", "ChainEditorDialog"), admin_only=True)
        self._action(tools, self.tr("岗位设置…"), dialog("posts_dialogs", "PostDialog"), admin_only=True)
        delegate = self._action(tools, self.tr("设置代理…"), dialog("posts_dialogs", "DelegationDialog"))
        delegate.setVisible(actor.can_write)  # core refuses a read-only account's 代理

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        from officedesk.core.actor import ROLE_LABELS, clearance_label

        role = ROLE_LABELS.get(actor.role, actor.role)
        clearance = clearance_label(actor.clearance)
        from officedesk.core.positions import post_text

        post = post_text(actor.username)  # 单位 and 职务: whose steps he holds (逐级负责)
        self.user_label = QLabel(
            (self.tr("用户：%1 %4（%2，密级权限：%3）") if post else self.tr("用户：%1（%2，密级权限：%3）"))
            .replace("%4", post)
            .replace("%1", actor.label)
            .replace("%2", QCoreApplication.translate("core", role))
            .replace("%3", QCoreApplication.translate("core", clearance)),
            self,
        )
        self.user_label.setAccessibleName(self.tr("当前用户"))
        self.db_label = QLabel(self.tr("数据库：") + self.ctx.database_label, self)
        self.db_label.setAccessibleName(self.tr("当前数据库"))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

    def refresh_user(self) -> None:
        """The same user logged in again (ui.session): his 密级权限 may differ now."""
        for label in (self.user_label, self.db_label):
            self.statusBar().removeWidget(label)
            label.deleteLater()
        self._build_status_bar()

    # ---- dispatch to the current tab
    def current_tab(self) -> QWidget | None:
        return self.tabs.currentWidget()

    def _dispatch(self, method: str) -> None:
        tab = self.current_tab()
        handler = getattr(tab, method, None)
        if handler is not None:
            handler()
        elif method != "focus_search":
            self.statusBar().showMessage(self.tr("当前页没有这项操作"), 3000)

    def current_registry(self) -> str | None:
        tab = self.current_tab()
        getter = getattr(tab, "current_registry", None)
        return getter() if getter else None

    def show_record(self, registry: str, record_id: int) -> None:
        for spec in tabs.available():
            if registry in spec.registries:
                widget = self.build_tab(spec.name)
                shower = getattr(widget, "show_record", None)
                if shower is not None and shower(registry, record_id):
                    self.tabs.setCurrentWidget(widget)
                    self._focus_record(widget, registry, record_id)
                    return
        self.statusBar().showMessage(self.tr("没有找到这条记录所在的页面"), 3000)

    @staticmethod
    def _focus_record(tab: QWidget, registry: str, record_id: int) -> None:
        """The opened record's row in its list takes the focus: Enter, Tab and the arrows act
        on it (the focus was left on the tab's sub-tab bar, where → changed the sub-tab)."""
        for view in tab.findChildren(RegistryListView):
            if view.spec.name == registry and view.isVisible() and view.current_id() == record_id:
                view.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # ---- layout memory
    def _restore_layout(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
            fit.fit_window(self)  # remembered on a bigger screen: bring it back inside
        else:  # the first start: the whole screen (a 1366×768 laptop has no room to spare),
            self.resize(fit.room_for(self))  # also where nothing maximises (no window manager)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        index = saved_index(settings.value("window/tab"))
        if index is not None and 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_layout(self) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        super().closeEvent(event)
