"""签到: mark each person 已到 / 请假 (with the reason) / 缺席, with 应到 / 实到 / 请假 counts.

Keyboard: ↑/↓ choose a person; 1 已到, 2 请假 (then type the reason, Enter), 3 缺席, 0 未签到;
Ctrl+A 全部已到; Ctrl+S 保存."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import meetings as core
from officedesk.core import steps
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.i18n import display
from officedesk.core.meetings import step_values
from officedesk.ui.meetings.editors import finish_editing
from officedesk.ui.widgets.column_fit import fit_to_words
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import FormDialog
from officedesk.ui.widgets.messages import show_error

KEYS = {
    Qt.Key.Key_1: core.PRESENT,
    Qt.Key.Key_2: core.LEAVE,
    Qt.Key.Key_3: core.ABSENT,
    Qt.Key.Key_0: "",
}
STATUS_COLUMN, REASON_COLUMN = 4, 5
COLUMN_LIMIT = 240  # px: a longer 单位 or 职务 is cut (its whole text in the directory)
REASON_ROOM = 160  # px left for 请假原因
CELL_PADDING = 16  # px: a cell's margins and grid line around its text


class AttendanceTable(QTableWidget):
    def __init__(self, dialog: AttendanceDialog) -> None:
        super().__init__(0, 6, dialog)
        self.dialog = dialog

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        status = KEYS.get(Qt.Key(event.key()))
        if status is not None and self.state() != QAbstractItemView.State.EditingState:
            self.dialog.mark_current(status)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: Any, hint: Any) -> None:  # noqa: N802 - Qt name
        # Enter after a 请假 reason goes on to the next person, as 1 and 3 do: the next digit
        # marks him, not the one just given leave (Esc stays on the row)
        row, column = self.currentRow(), self.currentColumn()
        super().closeEditor(editor, hint)
        if (hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
                and column == REASON_COLUMN and row + 1 < self.rowCount()):
            self.setCurrentCell(row + 1, 0)


class AttendanceDialog(FormDialog):
    def __init__(self, ctx: Any, meeting: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting = meeting
        self.setWindowTitle(self.tr("签到 — %1").replace("%1", meeting.title))
        self.setAccessibleName(self.tr("签到"))
        self.rows = core.ranked(core.attendees(meeting.id, ctx.actor),  # as the 签到表
                                 chair=meeting.chair)
        hint = QLabel(
            self.tr(
                "↑/↓ 选人；按 1 已到、2 请假（随后填写原因并回车）、3 缺席、0 未签到；"
                "Ctrl+A 全部已到；Ctrl+S 保存。"
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = AttendanceTable(self)
        self.table.setAccessibleName(self.tr("签到名单"))
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("身份"),
                self.tr("单位"),
                self.tr("职务"),
                self.tr("签到"),
                self.tr("请假原因"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(
            REASON_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.name, display(row.role), row.unit, row.title)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            status = QTableWidgetItem(display(row.attendance) or self.tr("未签到"))
            status.setFlags(status.flags() & ~Qt.ItemFlag.ItemIsEditable)
            status.setData(Qt.ItemDataRole.UserRole, row.attendance)
            self.table.setItem(r, STATUS_COLUMN, status)
            self.table.setItem(r, REASON_COLUMN, QTableWidgetItem(row.leave_reason))
        self._fit_columns()
        self.table.itemChanged.connect(lambda _i: self.update_counts())
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("签到统计"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setAccessibleName(self.tr("签到错误"))
        self.error.hide()
        self.all_button = QPushButton(self.tr("全部已到(Ctrl+A)"), self)
        self.all_button.setAccessibleName(self.tr("全部已到"))
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.mark_all_present)
        buttons = dialog_buttons(
            self,
            (Button.Save, self.tr("保存(Ctrl+S)"), self.tr("保存签到")),
            (Button.Cancel, self.tr("取消")),
        )
        buttons.button(Button.Save).setAutoDefault(False)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)  # setup_form makes it ask before discarding marks
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.try_save)
        QShortcut(QKeySequence("Ctrl+A"), self, activated=self.mark_all_present)
        bottom = QHBoxLayout()
        bottom.addWidget(self.all_button)
        bottom.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # as wide as the columns ask, a reason's room beside them (ScreenFit keeps it on screen)
        columns = sum(self.table.columnWidth(c) for c in range(REASON_COLUMN))
        self.resize(max(820, columns + REASON_ROOM + 80), 560)
        self.update_counts()
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()
        self.setup_form(self.try_save)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        # Enter adds rows in the editors; it never saves by accident (Ctrl+S saves)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def status_at(self, row: int) -> str:
        return self.table.item(row, STATUS_COLUMN).data(Qt.ItemDataRole.UserRole) or ""

    def set_status(self, row: int, status: str) -> None:
        item = self.table.item(row, STATUS_COLUMN)
        item.setData(Qt.ItemDataRole.UserRole, status)
        item.setText(display(status) or self.tr("未签到"))
        item.setForeground(
            Qt.GlobalColor.darkGreen
            if status == core.PRESENT
            else Qt.GlobalColor.darkYellow
            if status == core.LEAVE
            else Qt.GlobalColor.red
            if status == core.ABSENT
            else Qt.GlobalColor.gray
        )
        self.update_counts()

    def mark_current(self, status: str) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.set_status(row, status)
        if status == core.LEAVE:
            self.table.setCurrentCell(row, REASON_COLUMN)
            self.table.editItem(self.table.item(row, REASON_COLUMN))
        elif row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, 0)

    def mark_all_present(self) -> None:
        for row in range(self.table.rowCount()):
            if not self.status_at(row):
                self.set_status(row, core.PRESENT)

    def marks(self) -> dict[int, tuple[str, str]]:
        return {
            row.id: (self.status_at(r), self.table.item(r, REASON_COLUMN).text())
            for r, row in enumerate(self.rows)
        }

    def _fit_columns(self) -> None:
        """Each column as wide as its heading and widest cell (up to a limit), 签到 as its
        widest mark: a fixed width cut 职务 such as 县委副书记、县长."""
        marks = [display(mark) for mark in core.ATTENDANCE if mark] + [self.tr("未签到")]
        metrics = self.table.fontMetrics()
        fit_to_words(self.table, range(REASON_COLUMN), COLUMN_LIMIT, extra=8)  # not flush on the grid
        # 1, 2 and 3 give another mark: room for any of them
        width = max(self.table.columnWidth(STATUS_COLUMN),
                    *(metrics.horizontalAdvance(m) + CELL_PADDING for m in marks))
        self.table.setColumnWidth(STATUS_COLUMN, width)

    def update_counts(self) -> None:
        # counted and said by core's rule: the observers (旁听) are not among 应到/实到; of a
        # held meeting the unmarked are 缺席, before it they are 未签到
        tally = core.tally([(row.role, self.status_at(r)) for r, row in enumerate(self.rows)],
                           held=self.meeting.status == core.HELD)
        self.counts.setText(display(tally.text()))

    def try_save(self) -> bool:
        """The sheet as the step 登记签到, through core's runner like `officedesk step meetings
        ID 登记签到`: only the marks changed here, a mark taken back too; a 请假原因 still being
        typed in its cell (2, the reason, Ctrl+S) as typed."""
        finish_editing(self.table)
        self.error.hide()
        try:
            values = step_values.attendance_values(self.meeting.id, self.ctx.actor, self.marks())
            if values:
                steps.perform("meetings", self.meeting.id, "登记签到", values, self.ctx.actor,
                              version=self.meeting.version)
        except ValidationError as exc:
            self.error.setText(display(exc.message))
            self.error.show()
            for r in range(self.table.rowCount()):
                if (
                    self.status_at(r) == core.LEAVE
                    and not self.table.item(r, REASON_COLUMN).text().strip()
                ):
                    self.table.setCurrentCell(r, REASON_COLUMN)
                    break
            self.table.setFocus()
            return False
        except OfficeDeskError as exc:
            show_error(self, exc)
            return False
        if values:
            self.ctx.notify_changed("meetings")
        self.accept()
        return True
