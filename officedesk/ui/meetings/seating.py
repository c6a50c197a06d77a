"""座次: the podium and hall rows by the rule, adjusted by dragging a name onto another seat (the
two swap) or with Ctrl+←/→/↑/↓ on the selected seat, a move taken back with Ctrl+Z, a name
typed finding his seat; kept per meeting, then printed. A row is
kept as an order and sits centred, so a seat moved into an empty cell re-centres the rows at once
(the status says so), and after 保存 the grid is redrawn from what core stored. Seats
moved and not saved are not thrown away unasked (Esc, 关闭: the forms' 放弃填写的内容？), nor a
saved seating by 恢复按规则排列."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import meetings as core
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.ui.widgets.form_dialog import FormDialog
from officedesk.ui.widgets.messages import confirm, show_error
from officedesk.ui.widgets.table_keys import tab_moves_on

ID_ROLE = Qt.ItemDataRole.UserRole


class SeatGrid(QTableWidget):
    """One row per seat row (row 0: 主席台); dropping a seat onto another swaps the two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_moves_on(self)  # Tab on to the buttons; arrows between seats
        self.on_swap: Any = None

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt name
        """A name typed (a surname, or all of it, as the input method commits it) finds his seat
        in any row, from the seat after this one: the table's own search looked down the current
        column only."""
        cells = [(r, c) for r in range(self.rowCount()) for c in range(self.columnCount())]
        here = (self.currentRow(), self.currentColumn())
        start = cells.index(here) + 1 if here in cells else 0
        for row, column in cells[start:] + cells[:start]:
            item = self.item(row, column)
            if item is not None and item.text() and item.text().startswith(search):
                self.setCurrentCell(row, column)
                return

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        source = self.currentIndex()
        target = self.indexAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source.isValid() and target.isValid() and self.on_swap is not None:
            self.on_swap((source.row(), source.column()), (target.row(), target.column()))


class SeatingDialog(FormDialog):
    def __init__(self, ctx: Any, meeting: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting = meeting
        self.setWindowTitle(self.tr("座次 — %1").replace("%1", meeting.title))
        self.setAccessibleName(self.tr("座次"))
        self.people = {row.id: row for row in core.attendees(meeting.id, ctx.actor)}
        hint = QLabel(
            self.tr(
                "台下面向主席台的视角。拖动姓名到另一座位即互换；或选中后按 Ctrl+方向键移动，"
                "Ctrl+Z 撤销；输入姓名即找到其座位。Ctrl+S 保存，Ctrl+P 保存并打印座次表。"
            ),
            self,
        )
        hint.setWordWrap(True)
        self.grid = SeatGrid(self)
        self.grid.setAccessibleName(self.tr("座次表"))
        self.grid.on_swap = self.swap
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("座次状态"))
        self.undo: list[tuple[core.Seating, int | None]] = []  # before each move, who moved
        self.save_button = self._button(self.tr("保存座次(Ctrl+S)"), self.tr("保存座次"), self.save)
        self.reset_button = self._button(
            self.tr("恢复按规则排列"), self.tr("恢复按规则排列"), self.reset
        )
        self.print_button = self._button(
            self.tr("保存并打印(Ctrl+P)"), self.tr("保存并打印座次表"), self.save_and_print
        )
        self.close_button = self._button(self.tr("关闭"), self.tr("关闭"), self.cancel_by_user)
        for keys, step in (
            ("Ctrl+Left", (0, -1)),
            ("Ctrl+Right", (0, 1)),
            ("Ctrl+Up", (-1, 0)),
            ("Ctrl+Down", (1, 0)),
        ):
            QShortcut(
                QKeySequence(keys),
                self.grid,
                activated=lambda s=step: self.move_current(*s),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.take_back)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.save_and_print)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.reset_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.resize(960, 460)
        self.show_arrangement(core.seating(meeting))
        self.grid.setFocus()
        self.grid.setCurrentCell(0, 0)
        self.setup_form(self.save)  # the seats as shown count as nothing moved

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ---- grid <-> arrangement
    def show_arrangement(self, arrangement: core.Seating) -> None:
        rows = [arrangement.podium, *arrangement.rows]
        width = max([len(r) for r in rows] + [1])
        self.grid.clear()
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(width)
        # the observers' back rows named as the printed 座次表 names them (core.gallery_rows)
        gallery = core.gallery_rows(arrangement, list(self.people.values()))
        labels = [self.tr("主席台")] + [
            (self.tr("第%1排（旁听席）") if n - 1 in gallery else self.tr("第%1排"))
            .replace("%1", str(n)) for n in range(1, len(rows))
        ]
        self.grid.setVerticalHeaderLabels(labels)
        self.grid.setHorizontalHeaderLabels([str(n) for n in range(1, width + 1)])
        for r, ids in enumerate(rows):
            offset = (width - len(ids)) // 2  # centred, as printed
            for c in range(width):
                self.grid.setItem(r, c, self._seat(None))
            for k, attendee_id in enumerate(ids):
                self.grid.setItem(r, offset + k, self._seat(attendee_id))
        for c in range(width):
            self.grid.setColumnWidth(c, 88)
        # core's note: the clerk's seats kept while people were added or left
        self.state.setText(
            display(arrangement.note) if arrangement.note
            else self.tr("已人工调整") if arrangement.manual else self.tr("按级别自动排列")
        )

    def _seat(self, attendee_id: int | None) -> QTableWidgetItem:
        row = self.people.get(attendee_id) if attendee_id is not None else None
        item = QTableWidgetItem(row.name if row else "")
        item.setData(ID_ROLE, attendee_id)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if row is not None:
            item.setToolTip(" ".join(x for x in (row.unit, row.title, row.role) if x))
        return item

    def arrangement(self) -> core.Seating:
        rows = []
        for r in range(self.grid.rowCount()):
            ids = [self.grid.item(r, c).data(ID_ROLE) for c in range(self.grid.columnCount())]
            rows.append([int(i) for i in ids if i is not None])
        return core.Seating(rows[0] if rows else [], [r for r in rows[1:] if r], True)

    def name_at(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text() if item else ""

    # ---- moving
    def swap(self, a: tuple[int, int], b: tuple[int, int]) -> None:
        if a == b:
            return
        before = self.arrangement()
        first = self.grid.takeItem(*a)
        second = self.grid.takeItem(*b)
        self.grid.setItem(*a, second)
        self.grid.setItem(*b, first)
        self.grid.setCurrentCell(*b)
        ids = [item.data(ID_ROLE) for item in (first, second)]
        if self.arrangement() != before:  # Ctrl+Z takes it back
            self.undo.append((before, first.data(ID_ROLE)))
        if None not in ids:
            self.state.setText(self.tr("已调整，尚未保存"))
            return
        # a seat into an empty cell: a row is kept as an order and sits centred (居中为尊), so
        # show at once what will be saved, the moved one still selected
        after = self.arrangement()
        moved = next((i for i in ids if i is not None), None)
        self.redraw(after, moved)
        if after != before:
            self.state.setText(self.tr("已调整，尚未保存（各排居中排列，不留空位）"))
        elif self.has_unsaved_changes():
            self.state.setText(
                self.tr("各排居中排列，不留空位：此次移动未改变座次；之前的调整尚未保存")
            )
        else:
            self.state.setText(self.tr("各排居中排列，不留空位：此次移动未改变座次"))

    def take_back(self) -> None:
        """Ctrl+Z: the seats as they were before the last move, his seat current again."""
        if not self.undo:
            return
        arrangement, moved = self.undo.pop()
        self.redraw(arrangement, moved)
        self.state.setText(
            self.tr("已撤销一步调整，尚未保存") if self.has_unsaved_changes()
            else self.tr("已撤销一步调整")
        )

    def redraw(self, arrangement: core.Seating, selected: int | None) -> None:
        """Show `arrangement`, the seat of `selected` (an attendee id) current, if he has one."""
        self.show_arrangement(arrangement)
        for r in range(self.grid.rowCount()):
            for c in range(self.grid.columnCount()):
                if selected is not None and self.grid.item(r, c).data(ID_ROLE) == selected:
                    self.grid.setCurrentCell(r, c)
                    return

    def move_current(self, d_row: int, d_column: int) -> None:
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        target = (row + d_row, column + d_column)
        if row < 0 or not (
            0 <= target[0] < self.grid.rowCount() and 0 <= target[1] < self.grid.columnCount()
        ):
            return
        self.swap((row, column), target)

    # ---- actions
    def save(self) -> bool:
        current = self.grid.currentItem()
        try:
            self.meeting = core.save_seating(self.meeting.id, self.arrangement(), self.ctx.actor,
                                             self.meeting.version)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return False
        # what core kept, as a reopened dialog shows it
        self.redraw(core.seating(self.meeting), current.data(ID_ROLE) if current else None)
        self.state.setText(self.tr("座次已保存"))
        self.mark_clean()
        self.ctx.notify_changed("meetings")
        return True

    def reset(self) -> None:
        """Back to the rule, saved at once: a saved hand-made seating (or seats moved) is lost,
        so that is asked first, 取消 the default."""
        adjusted = core.seating(self.meeting).manual or self.has_unsaved_changes()
        if adjusted and not confirm(
            self,
            self.tr("恢复按规则排列"),
            self.tr("恢复后按级别重新排列并立即保存，人工调整的座次将丢失。确定恢复吗？"),
            danger=True, yes=self.tr("恢复排列"),
        ):
            return
        try:
            self.meeting = core.save_seating(self.meeting.id, None, self.ctx.actor, self.meeting.version)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        self.show_arrangement(core.seating(self.meeting))
        self.mark_clean()
        self.ctx.notify_changed("meetings")

    def save_and_print(self) -> None:
        if self.save():
            from officedesk.ui.meetings.printing import preview_form

            preview_form(self, self.ctx, "seating", [self.meeting.id])
