"""Administration: office settings, users and roles, the holiday table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, users, workdays
from officedesk.core.actor import CLEARANCE_LABELS, ROLE_LABELS, Actor
from officedesk.core.errors import ConflictError, OfficeDeskError
from officedesk.core.i18n import display
from officedesk.exchange import guard as _exchange_settings  # noqa: F401 - declares exchange.*
from officedesk.ui.widgets.date_input import DateInput
from officedesk.ui.widgets.form_dialog import FormDialog, GuardedDialog, require_choice
from officedesk.ui.widgets.messages import choose, confirm, error_label, show_error
from officedesk.ui.widgets.mnemonics import KeyedDialog
from officedesk.ui.widgets.table_keys import enter_stays


class UserDialog(FormDialog):
    """New user: name, display name, role, clearance, initial password. Saved here: a refusal
    (a weak password, a name already taken) is shown under the form with the focus on its field,
    and everything typed stays (the dialog closed first, then said why in a box)."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("新建用户"))
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        for code, label in ROLE_LABELS.items():
            self.role.addItem(self.tr(label), code)
        self.clearance = QComboBox(self)
        for level, label in enumerate(CLEARANCE_LABELS):
            self.clearance.addItem(self.tr(label), level)
        # chosen by the administrator: 科员 and 公开 preselected made a 领导 who could read
        # nothing secret when he saved without looking (core asks for both left open)
        for combo in (self.role, self.clearance):
            require_choice(combo)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("用户名"), self.username),
            (self.tr("姓名"), self.display_name),
            (self.tr("角色"), self.role),
            (self.tr("密级权限"), self.clearance),
            (self.tr("初始密码"), self.password),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.error = error_label(self, self.tr("错误"))
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(380)  # a refusal reads on two lines, not five
        self.setup_form(self.try_save)  # Enter moves on, Ctrl+Enter saves, Esc asks

    def try_save(self) -> bool:
        self.error.hide()
        try:
            users.create_user(
                self.username.text(),
                self.password.text(),
                self.role.currentData(),
                self.actor,
                display_name=self.display_name.text(),
                clearance=self.clearance.currentData(),  # None: left open, core asks
            )
        except OfficeDeskError as exc:
            self.error.setText(display(exc.message))
            self.error.show()
            field = getattr(exc, "field", None) or (
                "username" if isinstance(exc, ConflictError) else None)
            widget = {"username": self.username, "display_name": self.display_name,
                      "role": self.role, "clearance": self.clearance,
                      "password": self.password}.get(field or "")
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            return False
        self.accept()
        return True


class UsersDialog(KeyedDialog):
    COLUMNS = ("用户名", "姓名", "角色", "密级权限", "状态")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("用户管理"))
        self.setAccessibleName(self.tr("用户管理"))
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setAccessibleName(self.tr("用户列表"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        enter_stays(self.table)  # Enter on a user: not 新建用户, the dialog's first button
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("新建用户"), self.add),
            (self.tr("改角色/密级"), self.change_role),
            (self.tr("重置密码"), self.reset_password),
            (self.tr("停用"), self.deactivate),
            (self.tr("启用"), self.activate),
            (self.tr("解除锁定"), self.unlock),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        # the list, then what to do with the user chosen in it: the screen's order is Tab's
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.reload()
        if self.table.rowCount():
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def reload(self) -> None:
        rows = users.list_users()
        self.table.setRowCount(len(rows))
        for row, user in enumerate(rows):
            state = self.tr("正常") if user.active else self.tr("已停用")
            if user.locked_until and user.locked_until > dt.datetime.now():
                state = self.tr("锁定至 ") + user.locked_until.strftime("%H:%M")
            values = (
                user.username,
                user.display_name,
                self.tr(ROLE_LABELS.get(user.role, user.role)),
                self.tr(CLEARANCE_LABELS[user.clearance]),
                state,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    def _named(self, name: str) -> str:
        """“张科员（k1）”: the user as the list shows him."""
        row = self.table.currentRow()
        item = self.table.item(row, 1) if row >= 0 else None
        shown = item.text() if item is not None else ""
        return self.tr("%1（%2）").replace("%1", shown).replace("%2", name) if shown else name

    def _run(self, fn: Any) -> None:
        try:
            fn()
        except OfficeDeskError as exc:
            show_error(self, exc)
        self.reload()

    def add(self) -> None:
        if UserDialog(self.ctx.actor, self).exec():  # saved by the dialog, refusals shown in it
            self.reload()

    def change_role(self) -> None:
        """Two questions, each list opening on the user's own role and 密级权限, so Enter on
        both changes nothing and a new role keeps the clearance he had (the lists opened on
        管理员 and 公开: a 科员 made 领导 was cut to 公开 without a word)."""
        name = self._selected()
        if not name:
            return
        try:
            user = users.get_user(name)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        who = user.display_name or user.username
        roles = list(ROLE_LABELS)
        role_labels = [self.tr(ROLE_LABELS[r]) for r in roles]
        role_label = choose(self, self.tr("角色"), self.tr("%1 的新角色：").replace("%1", who),
                            role_labels, roles.index(user.role) if user.role in roles else 0)
        if role_label is None:
            return
        level_labels = [self.tr(c) for c in CLEARANCE_LABELS]
        level_label = choose(self, self.tr("密级权限"),
                             self.tr("%1 可查看的最高密级：").replace("%1", who), level_labels,
                             user.clearance if 0 <= user.clearance < len(level_labels) else 0)
        if level_label is not None:
            role = roles[role_labels.index(role_label)]
            level = level_labels.index(level_label)
            if (role, level) == (user.role, user.clearance):
                return
            self._run(lambda: users.set_role(name, role, self.ctx.actor, clearance=level))

    def reset_password(self) -> None:
        """Another user's password is reset; one's own is changed with the current one (core
        asks for it), in the same dialog."""
        from officedesk.ui.password_dialog import PasswordDialog

        name = self._selected()
        if name and PasswordDialog(name, self.ctx.actor, self).exec():
            self.reload()

    def deactivate(self) -> None:
        name = self._selected()
        if name and confirm(
            self,
            self.tr("停用用户"),
            self.tr("确定停用用户 %1 吗？停用后该用户不能登录，记录保留。").replace("%1", self._named(name)),
            danger=True,
            yes=self.tr("停用"),
        ):
            self._run(lambda: users.deactivate(name, self.ctx.actor))

    def activate(self) -> None:
        name = self._selected()
        if name:
            self._run(lambda: users.activate(name, self.ctx.actor))

    def unlock(self) -> None:
        name = self._selected()
        if name:
            self._run(lambda: users.unlock(name, self.ctx.actor))


class HolidaysDialog(GuardedDialog):
    """The administrator's own holiday and 调休 days, for years the built-in table lacks."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("节假日调整"))
        self.setAccessibleName(self.tr("节假日调整"))
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("节假日调整列表"))
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("类型"), self.tr("说明")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # 日期 and 类型 as wide as they read ("Working day (swap)" wrapped), 说明 the rest
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)  # Delete asks, as 删除所选 does
        self.day = DateInput(self, label=self.tr("日期"), value=dt.date.today())
        self.day.setMinimumWidth(self.day.fontMetrics().horizontalAdvance("2026-12-31") + 48)
        self.day.setAccessibleName(self.tr("日期"))
        self.kind = QComboBox(self)
        self.kind.addItems([self.tr("放假"), self.tr("上班（调休）")])
        self.kind.setAccessibleName(self.tr("类型"))
        require_choice(self.kind)  # 放假 preselected: one Enter made a 调休 day a holiday
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("说明，如 春节"))
        # the example shows whole (the English one is twice as wide)
        self.note.setMinimumWidth(self.note.fontMetrics().horizontalAdvance(self.note.placeholderText()) + 24)
        self.note.setAccessibleName(self.tr("说明"))
        self.note.returnPressed.connect(self.add)
        # only the entry row writes: no default button, or one Enter on opening (or on a row of
        # the list) added today as 放假 and recounted the deadlines
        add = self.add_button = QPushButton(self.tr("添加"), self)
        add.setAccessibleName(self.tr("添加节假日"))
        add.clicked.connect(self.add)
        add.installEventFilter(self)  # Enter on 添加 itself adds
        remove = QPushButton(self.tr("删除所选"), self)
        remove.setAccessibleName(self.tr("删除所选节假日"))
        remove.clicked.connect(self.remove)
        for button in (add, remove):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.known = QLabel(self)
        # the administrator's word that a year the built-in table lacks is entered whole: until
        # then its deadlines are 暂按 (one 调休 typed is not the year's table)
        self.entered: dict[int, QCheckBox] = {}
        marks = QHBoxLayout()
        this_year = clock.today().year
        for year in (this_year, this_year + 1):
            if workdays.known_year(year):
                continue
            box = self.entered[year] = QCheckBox(
                self.tr("%1 年的放假和调休已全部录入").replace("%1", str(year)), self)
            box.setToolTip(self.tr("录入国务院办公厅公布的该年全部放假和调休上班日后勾选；未勾选时，"
                                   "该年的期限标“暂按”。"))
            box.clicked.connect(lambda checked, year=year: self.mark_entered(year, checked))
            marks.addWidget(box)
        marks.addStretch(1)
        # what the last change did to the deadlines (the command line says the same)
        self.outcome = QLabel(self)
        self.outcome.setAccessibleName(self.tr("重算结果"))
        self.outcome.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.day, self.kind, self.note, add, remove):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.known)
        layout.addLayout(marks)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        # Tab as the dialog reads: the “已全部录入” boxes above the entry row come before it
        # (made after it, they were reached from 删除所选 on the way to the list)
        order = (*self.entered.values(), self.day, self.kind, self.note, add, remove, self.table)
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.resize(620, 460)
        # Esc after typing a day or its 说明 asks, as in every form (the boxes above act at once)
        self.guard_fields(self.day, self.kind, self.note)
        self.reload()
        self.day.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.add_button and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_button.click()
                return True
            if watched is self.table and key == Qt.Key.Key_Delete:
                self.remove()
                return True
        return super().eventFilter(watched, event)

    def _described(self, kind: str, note: str) -> str:
        """“放假（春节）” in the interface's language."""
        return self.tr("%1（%2）").replace("%1", self.tr(kind)).replace("%2", note) if note else self.tr(kind)

    def reload(self) -> None:
        year = clock.today().year
        # the built-in table's gaps, marked entered or not (the boxes below say which)
        missing = [str(y) for y in (year, year + 1) if not workdays.known_year(y)]
        self.known.setText(
            self.tr("内置节假日表缺少以下年份，请在此补充：") + "、".join(missing)
            if missing
            else self.tr("内置节假日表已包含今明两年；此处的设置优先。")
        )
        entered = workdays.entered_years()
        for year, box in self.entered.items():
            box.setChecked(year in entered)
        rows = workdays.overrides()
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for column, value in enumerate((row.day.isoformat(), self.tr(row.kind), row.note)):
                self.table.setItem(i, column, QTableWidgetItem(value))

    def add(self) -> None:
        index = self.kind.currentIndex()
        is_work = None if index < 0 else index == 1  # None: left open, core asks for it
        new_kind = workdays.WORK_LABEL if is_work else workdays.REST_LABEL
        try:
            day = self.day.value()
            old = workdays.replaced_by(day, is_work, self.note.text())
            if old is not None and not confirm(  # its kind and note would be lost
                self,
                self.tr("替换节假日调整"),
                self.tr("%1 已有调整：%2。改为%3吗？原来的类型和说明将被替换，该年的期限将重新计算。")
                .replace("%1", day.isoformat())
                .replace("%2", self._described(old.kind, old.note))
                .replace("%3", self._described(new_kind, " ".join(self.note.text().split()))),
                danger=True, yes=self.tr("替换"),
            ):
                return
            change = workdays.change_override(day, is_work, self.note.text(), self.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        self.note.clear()
        self.mark_clean()  # added: what the entry row holds now is nothing typed
        self.reload()
        if change.replaced is not None:  # what core replaced, read as it wrote
            gone = change.replaced
            self.outcome.setText(
                self.tr("已将 %1 由 %2 改为 %3；重算期限 %4 件。")
                .replace("%1", day.isoformat())
                .replace("%2", self._described(gone.kind, gone.note))
                .replace("%3", self.tr(new_kind))
                .replace("%4", str(change.recounted)))
            return
        self.outcome.setText(
            self.tr("已添加 %1（%2）；重算期限 %3 件。")
            .replace("%1", day.isoformat()).replace("%2", self.tr(new_kind))
            .replace("%3", str(change.recounted)))

    def mark_entered(self, year: int, entered: bool) -> None:
        """Core checks it (an administrator; a year with its 放假 days entered)."""
        try:
            workdays.mark_entered(year, entered, self.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
        self.reload()
        if workdays.holidays_known(year) == entered:
            self.outcome.setText(
                (self.tr("已标记 %1 年已全部录入，该年的期限不再标“暂按”。") if entered
                 else self.tr("已取消 %1 年的标记，该年的期限标“暂按”。")).replace("%1", str(year)))

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        day, kind = self.table.item(row, 0).text(), self.table.item(row, 1).text()
        if not confirm(  # the deadlines of that year are recomputed at once
            self,
            self.tr("删除节假日调整"),
            self.tr("确定删除 %1（%2）这一天的调整吗？该年的期限将重新计算。")
            .replace("%1", day)
            .replace("%2", kind),
            danger=True, yes=self.tr("删除"),
        ):
            return
        try:
            moved = workdays.remove_override(dt.date.fromisoformat(day), self.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
            self.reload()
            return
        self.reload()
        self.outcome.setText(
            self.tr("已删除 %1（%2）的调整；重算期限 %3 件。")
            .replace("%1", day).replace("%2", kind).replace("%3", str(moved)))
