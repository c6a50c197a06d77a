"""岗位 and 代理 in the window: an administrator sets a user's unit, 职务, 分管 and 代录 right;
anyone names a substitute (代理) for the dates he is away. Both call core.positions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import clock, positions, users
from officedesk.core.errors import OfficeDeskError
from officedesk.core.post_sections import NewSectionError
from officedesk.ui.widgets.date_input import DateInput
from officedesk.ui.widgets.form_dialog import (
    FormDialog,
    GuardedDialog,
    enter_moves_on,
    require_choice,
)
from officedesk.ui.widgets.messages import confirm, show_error


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(dialog.tr("保存"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("取消"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class PostDialog(FormDialog):
    """Administrator: one user's 岗位. A form as the others (FormDialog): Enter moves on,
    Ctrl+Enter saves, Esc asks before what was typed is lost; another user chosen loads his
    post as nothing typed."""

    def __init__(self, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("岗位设置"))
        self.setAccessibleName(self.tr("岗位设置"))
        self.user = QComboBox(self)
        for user in users.list_users(include_inactive=False):
            self.user.addItem(f"{user.display_name or user.username}（{user.username}）",
                              user.username)
        require_choice(self.user)  # the first user preselected: his post was saved over
        self.unit = QLineEdit(self)
        self.position = QComboBox(self)
        self.position.addItems(["", *positions.position_table()])
        self.in_charge = QLineEdit(self)
        self.in_charge.setPlaceholderText(self.tr("领导分管的单位，用、隔开"))
        self.proxy = QCheckBox(self.tr("可代领导录入（代录）"), self)
        # wide enough for a 分管 of three sections (县委办公室督查室、…) and the whole placeholder
        metrics = self.in_charge.fontMetrics()
        wide = max(metrics.horizontalAdvance("中" * 28),
                   metrics.horizontalAdvance(self.in_charge.placeholderText()) + 16)
        for edit in (self.unit, self.in_charge):
            edit.setMinimumWidth(wide)
        form = QFormLayout()
        for label, widget in ((self.tr("用户"), self.user), (self.tr("单位"), self.unit),
                              (self.tr("职务"), self.position), (self.tr("分管"), self.in_charge),
                              ("", self.proxy)):
            widget.setAccessibleName(label or self.tr("代录"))
            form.addRow(label, widget)
        self.user.currentIndexChanged.connect(self._load)
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._load()
        self.setup_form(self.save)

    def _load(self) -> None:
        username = self.user.currentData()
        post = positions.post_of(username) if username else None
        if post is None:
            return
        self.unit.setText(post.unit)
        self.position.setCurrentText(post.position)
        self.in_charge.setText("、".join(post.in_charge))
        self.proxy.setChecked(post.proxy_entry)
        if self.isVisible():
            self.mark_clean()  # his post as saved: nothing typed yet

    def save(self, new_section: bool = False) -> None:
        """Saved through core; a 科室 core does not know yet is asked about (a misspelt one is
        named with the close ones), and saved as new only when the user confirms it."""
        try:
            positions.set_post(self.user.currentData() or "", self.actor, unit=self.unit.text(),
                               position=self.position.currentText(),
                               in_charge=self.in_charge.text(), proxy_entry=self.proxy.isChecked(),
                               new_section=new_section)
        except NewSectionError as exc:
            question = f"{exc.stem}{self.tr('确是新科室吗？点“确定”新建；写错了请点“取消”后改正。')}"
            # a close known section named: likely a slip, so Enter answers 取消, not 新建
            if not new_section and confirm(self, self.tr("新科室"), question,
                                           danger=bool(exc.close)):
                self.save(new_section=True)
            return
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        self.accept()


class DelegationDialog(GuardedDialog):
    """代理: whom I name to act for me while I am away (an administrator: for anyone)."""

    def __init__(self, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("设置代理"))
        self.setAccessibleName(self.tr("设置代理"))
        people = [(u.display_name or u.username, u.username)
                  for u in users.list_users(include_inactive=False)]
        # a person as the choices show him, 孙主任（zhuren）: the list and 撤销's question too
        self.named = {username: f"{name}（{username}）" for name, username in people}
        self.principal = QComboBox(self)
        self.substitute = QComboBox(self)
        for username in self.named:
            if actor.is_admin or username == actor.username:
                self.principal.addItem(self.named[username], username)
        if self.principal.count() != 1:
            # an administrator names anyone: chosen, not the first user (nor himself) unasked;
            # one who is not names himself, the only choice
            require_choice(self.principal)
        require_choice(self.substitute)
        # no one is his own 代理人: the list leaves out the 被代理人 chosen, and follows him
        self.principal.currentIndexChanged.connect(self._offer_substitutes)
        self._offer_substitutes()
        # a 代理 mostly starts the day it is set (one leaves tomorrow, sets it today): 开始 is
        # today; its end is no such day, and a guessed one went unnoticed: asked (core refuses none)
        self.start = DateInput(self, label=self.tr("开始日期"), value=clock.today())
        self.end = DateInput(self, label=self.tr("结束日期"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("如：出差、休假"))
        form = QFormLayout()
        for label, widget in ((self.tr("被代理人"), self.principal),
                              (self.tr("代理人"), self.substitute), (self.tr("开始日期"), self.start),
                              (self.tr("结束日期"), self.end), (self.tr("说明"), self.note)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        add = QPushButton(self.tr("添加代理"), self)
        add.setAccessibleName(self.tr("添加代理"))
        add.clicked.connect(self.add)
        end = QPushButton(self.tr("撤销所选代理"), self)
        end.setAccessibleName(self.tr("撤销所选代理"))
        end.clicked.connect(self.end_selected)
        columns = [self.tr("被代理人"), self.tr("代理人"), self.tr("起"), self.tr("止"),
                   self.tr("说明")]
        self.table = QTableWidget(0, len(columns), self)
        self.table.setAccessibleName(self.tr("代理列表"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(end)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(620, 460)
        # every field comes filled: Enter in one moves on, it does not name the 代理人 (添加代理
        # was the dialog's automatic default button)
        enter_moves_on(self)
        # Esc or 关闭 after choosing or typing asks, as in every form; 添加代理 takes them
        self.guard_fields(self.principal, self.substitute, self.start, self.end, self.note)
        self.reload()

    def _offer_substitutes(self) -> None:
        chosen, kept = self.principal.currentData(), self.substitute.currentData()
        self.substitute.clear()
        for username, shown in self.named.items():
            if username != chosen:
                self.substitute.addItem(shown, username)
        # the 代理人 kept when still offered, else 请选择: never the first one of the list
        self.substitute.setCurrentIndex(self.substitute.findData(kept) if kept is not None else -1)

    def reload(self) -> None:
        rows = [d for d in positions.delegations()
                if self.actor.is_admin or self.actor.username in (d.principal, d.substitute)]
        self.ids = [d.id for d in rows]
        self.table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            for c, value in enumerate((self.named.get(d.principal, d.principal),
                                       self.named.get(d.substitute, d.substitute), d.start.isoformat(),
                                       d.end.isoformat(), d.note)):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def add(self) -> None:
        try:
            positions.set_delegation(self.principal.currentData() or "",
                                     self.substitute.currentData() or "",
                                     self._day(self.start), self._day(self.end),
                                     self.actor, self.note.text())
        except OfficeDeskError as exc:
            show_error(self, exc)
        else:
            self.mark_clean()  # the 代理 is in the list: closing now loses nothing
        self.reload()

    @staticmethod
    def _day(box: DateInput) -> dt.date | None:
        """The day typed; None when empty: core says what is missing (请填写“结束日期”)."""
        return None if box.is_empty() else box.value()

    def end_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        principal, substitute = self.table.item(row, 0).text(), self.table.item(row, 1).text()
        if not confirm(
            self,
            self.tr("撤销代理"),
            self.tr("确定撤销 %1 由 %2 代理（%3 至 %4）吗？")
            .replace("%1", principal)
            .replace("%2", substitute)
            .replace("%3", self.table.item(row, 2).text())
            .replace("%4", self.table.item(row, 3).text()),
            danger=True,
            yes=self.tr("撤销代理"),
        ):
            return
        try:
            positions.end_delegation(self.ids[row], self.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
        self.reload()
