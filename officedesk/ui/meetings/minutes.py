"""会议纪要: the minutes text and its 议定事项; each decision goes to 督查 with one action
(Ctrl+D on the selected decision), and the two stay linked. A form like the others: Esc or
关闭 asks before typed minutes are lost; dates are checked (core's rule) as they are typed."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.core import meetings as core
from officedesk.core import steps
from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.fields import parse_date
from officedesk.core.i18n import display
from officedesk.core.meetings import step_values
from officedesk.core.meetings.decision_supervision import item_named
from officedesk.ui.meetings.editors import add_pending, finish_editing
from officedesk.ui.widgets.column_fit import fit_to_words
from officedesk.ui.widgets.date_input import DateInput
from officedesk.ui.widgets.dialog_buttons import Button, dialog_buttons
from officedesk.ui.widgets.form_dialog import ENTER_ACTS, FormDialog, clear_on_edit
from officedesk.ui.widgets.messages import error_label, show_error
from officedesk.ui.widgets.pickers import DirectoryLineEdit
from officedesk.ui.widgets.table_keys import tab_moves_on

CONTENT, LEAD, DEADLINE, LINK = range(4)
COLUMN_LIMIT = 200  # px: a longer 牵头单位 is cut rather than squeeze the 议定事项
LINK_LIMIT = 320  # px: the 督查 column with its item's number, in either language
PLACES_KEY = "meetings/minutes_places"  # {meeting id: [cursor position, length of the text]}
PLACES_KEPT = 200  # the 纪要 last left; older ones open at the end of their text


def places(settings: Any) -> dict[str, tuple[int, int]]:
    """Where the clerk left each 纪要's text, the last left last (a damaged value: none)."""
    try:
        found = json.loads(str(settings.value(PLACES_KEY, "{}")))
        return {str(k): (int(v[0]), int(v[1])) for k, v in found.items()}
    except (ValueError, TypeError, AttributeError, IndexError):
        return {}


class MinutesDialog(FormDialog):
    def __init__(self, ctx: Any, meeting: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting = meeting
        self.dirty = False
        self.setWindowTitle(self.tr("会议纪要 — %1").replace("%1", meeting.title))
        self.setAccessibleName(self.tr("会议纪要"))
        form = QFormLayout()
        self.issue_edit = QLineEdit(meeting.minutes_issue or "", self)
        self.issue_edit.setAccessibleName(self.tr("纪要期号"))
        self.issue_edit.setPlaceholderText(self.tr("如：第12期"))
        self.date_edit = DateInput(self, label=self.tr("纪要日期"), optional=True,
                                   value=meeting.minutes_date)
        self.date_edit.setAccessibleName(self.tr("纪要日期"))
        self.date_edit.setPlaceholderText(self.tr("留空则为会议当日或今天"))
        self.date_error = error_label(self, self.tr("纪要日期错误"))
        self.text_edit = QPlainTextEdit(meeting.minutes_text or "", self)
        self.text_edit.setAccessibleName(self.tr("纪要正文"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            self.tr("会议概况、议题讨论情况……（议定事项在下面逐项填写）")
        )
        form.addRow(self.tr("期号(&I)"), self.issue_edit)
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow("", self.date_error)
        form.addRow(self.tr("纪要正文(&T)"), self.text_edit)

        self.decision_edit = QLineEdit(self)
        self.decision_edit.setAccessibleName(self.tr("议定事项"))
        self.decision_edit.setPlaceholderText(self.tr("议定事项，回车添加"))
        self.lead_edit = DirectoryLineEdit("units", self)
        self.lead_edit.setAccessibleName(self.tr("牵头单位"))
        self.lead_edit.setPlaceholderText(self.tr("牵头单位"))
        self.deadline_edit = DateInput(self, label=self.tr("完成时限"), optional=True)
        self.deadline_edit.setAccessibleName(self.tr("完成时限"))
        self.deadline_edit.setPlaceholderText(self.tr("时限，如 2026-12-31"))
        for edit in (self.decision_edit, self.lead_edit, self.deadline_edit):
            edit.setProperty(ENTER_ACTS, True)  # Enter with text adds the decision
            edit.returnPressed.connect(self.add_decision)
        self.decision_error = error_label(self, self.tr("议定事项错误"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.decision_edit, 3)
        add_row.addWidget(self.lead_edit, 1)
        add_row.addWidget(self.deadline_edit, 1)

        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("议定事项列表"))
        tab_moves_on(self.table)  # also from a decision being corrected in its cell
        self.table.setHorizontalHeaderLabels(
            [self.tr("议定事项"), self.tr("牵头单位"), self.tr("时限"), self.tr("督查")]
        )
        self.table.horizontalHeader().setSectionResizeMode(CONTENT, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._item_changed)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            activated=self.remove_decision,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.send_button = QPushButton(self.tr("转督查(Ctrl+D)"), self)
        self.send_button.setAccessibleName(self.tr("转督查"))
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send_current)
        self.open_button = QPushButton(self.tr("查看督查事项"), self)
        self.open_button.setAccessibleName(self.tr("查看督查事项"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_current)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.send_current)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("纪要状态"))
        self.error = error_label(self, self.tr("纪要错误"))
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.status, 1)

        buttons = dialog_buttons(
            self,
            (Button.Save, self.tr("保存(Ctrl+S)"), self.tr("保存纪要")),
            (Button.Close, self.tr("关闭")),
        )
        buttons.button(Button.Save).setAutoDefault(False)
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_and_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("议定事项（选中一项按 Ctrl+D 转督查）"), self))
        layout.addLayout(add_row)
        layout.addWidget(self.decision_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(860, 680)
        self.text_edit.textChanged.connect(self._mark_dirty)
        self.issue_edit.textChanged.connect(self._mark_dirty)
        self.load_decisions()
        self.dirty = False
        self.text_edit.setFocus()
        self._come_back()  # where the clerk left this 纪要's text (or at its end)
        self.finished.connect(self._remember_place)
        # Esc, 关闭 or the window's close button ask before typed minutes are lost
        self.setup_form(self.save_and_close)
        clear_on_edit(self.date_edit, self.date_error, lambda: display(self.date_edit.problem()))
        for edit in (self.decision_edit, self.lead_edit):
            clear_on_edit(edit, self.decision_error)
        clear_on_edit(self.deadline_edit, self.decision_error,
                      lambda: display(self.deadline_edit.problem()))

    # ---- the place in the text, per 纪要 (QSettings of the workstation)
    def _come_back(self) -> None:
        """The cursor where the clerk left this 纪要 (the same text: the place kept at its
        length), else at the end of the text — never at its start, where nobody goes on."""
        text = self.text_edit.toPlainText()
        place = places(self.ctx.settings).get(str(self.meeting.id))
        cursor = self.text_edit.textCursor()
        if place is not None and place[1] == len(text) and 0 <= place[0] <= len(text):
            cursor.setPosition(place[0])
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.text_edit.setTextCursor(cursor)
        self.text_edit.ensureCursorVisible()

    def _remember_place(self, _result: int = 0) -> None:
        settings = self.ctx.settings
        kept = places(settings)
        kept.pop(str(self.meeting.id), None)  # the last one left goes last: the oldest go first
        kept[str(self.meeting.id)] = (self.text_edit.textCursor().position(),
                                      len(self.text_edit.toPlainText()))
        while len(kept) > PLACES_KEPT:
            kept.pop(next(iter(kept)))
        settings.setValue(PLACES_KEY, json.dumps(kept))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        # Enter adds rows in the editors; it never saves by accident (Ctrl+S saves)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- decisions
    def load_decisions(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for decision in core.decisions(self.meeting.id, self.ctx.actor):
            self._append(
                decision.content,
                decision.lead_unit,
                decision.deadline.isoformat() if decision.deadline else "",
                decision.id,
                decision.supervision_id,
            )
        self.table.blockSignals(False)
        # 牵头单位, 时限 and 已转督查（督〔2026〕26号） as wide as their words, 议定事项 the rest;
        # the 督查 column whole to a wider limit: its item's number is what 督查 finds it by
        # (“Under supervision (督〔2026…” lost it in English)
        fit_to_words(self.table, (LEAD, DEADLINE), COLUMN_LIMIT, extra=8)
        fit_to_words(self.table, (LINK,), LINK_LIMIT, extra=8)

    def _append(
        self,
        content: str,
        lead: str,
        deadline: str,
        decision_id: int | None,
        supervision_id: int | None,
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((CONTENT, content), (LEAD, lead), (DEADLINE, deadline)):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, decision_id)
            if supervision_id is not None:  # its 督查 item was made of them (core refuses a change)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        # the item's number only to one who may see it (its 密级 may have been raised since)
        shown = item_named(supervision_id, self.ctx.actor)  # its 督查编号, as its list shows
        link = QTableWidgetItem(
            self.tr("已转督查（%1）").replace("%1", display(shown)) if shown is not None
            else self.tr("已转督查") if supervision_id is not None
            else ""
        )
        link.setData(Qt.ItemDataRole.UserRole, supervision_id)
        link.setFlags(link.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, LINK, link)

    def _decision_line(self) -> tuple[QLineEdit, ...]:
        return (self.decision_edit, self.lead_edit, self.deadline_edit)

    def add_decision(self) -> bool:
        """The decision typed added to the table (True), or refused with the message under the
        line and everything typed kept (False)."""
        content = self.decision_edit.text().strip()
        if not content:
            if any(edit.text().strip() for edit in self._decision_line()):
                # a 牵头单位 or 时限 with no decision: said, not dropped
                self.decision_error.setText(self.tr("请先填写议定事项。"))
                self.decision_error.show()
            self.decision_edit.setFocus()
            return False
        problem = self.deadline_edit.problem()
        if problem:  # a 时限 that is no date stays in its box, said why, to be corrected
            self.decision_error.setText(display(problem))
            self.decision_error.show()
            self.deadline_edit.setFocus()
            return False
        self.table.blockSignals(True)
        self._append(
            content, self.lead_edit.text().strip(), self.deadline_edit.text().strip(), None, None
        )
        self.table.blockSignals(False)
        for edit in self._decision_line():
            edit.clear()
        self.decision_edit.setFocus()
        self._mark_dirty()
        return True

    def add_pending_decision(self) -> bool:
        """A decision typed and not yet added, added as Enter adds it (editors.add_pending)."""
        typed = any(edit.text().strip() for edit in self._decision_line())
        return self.add_decision() if typed else True

    def remove_decision(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        if self.table.item(row, LINK).data(Qt.ItemDataRole.UserRole) is not None:
            self.error.setText(self.tr("这项议定事项已转督查，不能删除。如属误转，请在“督查”中作废其督查事项，"
                                       "此项即可删除或重新转督查；如需调整，请在督查事项中办理。"))
            self.error.show()
            return
        self.table.removeRow(row)
        self._mark_dirty()

    def entries(self) -> list[core.DecisionEntry]:
        found = []
        for row in range(self.table.rowCount()):
            found.append(
                core.DecisionEntry(
                    self.table.item(row, CONTENT).text(),
                    self.table.item(row, LEAD).text(),
                    self.table.item(row, DEADLINE).text(),
                    self.table.item(row, CONTENT).data(Qt.ItemDataRole.UserRole),
                )
            )
        return found

    def _mark_dirty(self) -> None:
        self.dirty = True

    def _item_changed(self, item: QTableWidgetItem) -> None:
        self._mark_dirty()
        if item.column() != DEADLINE:
            return
        text = item.text().strip()
        try:  # a 时限 corrected in the table: core's date rule, said under the decisions
            if text:
                parse_date(text, self.tr("第 %1 项议定事项的时限").replace("%1", str(item.row() + 1)))
        except ValidationError as exc:
            self.decision_error.setText(display(exc.message))
            self.decision_error.show()
            return
        self.decision_error.hide()

    # ---- actions
    def save(self) -> bool:
        finish_editing(self.table)  # a decision being corrected in its cell, as typed
        self.error.hide()
        if not add_pending(self.add_pending_decision):  # typed, not yet added: as Enter does
            return False
        try:  # the step 纪要, through core's runner: decisions kept by their 原序号, or none
            values = step_values.minutes_values(
                self.meeting.id, self.ctx.actor, self.text_edit.toPlainText(), self.entries(),
                self.issue_edit.text(), self.date_edit.text())
            steps.perform("meetings", self.meeting.id, "纪要", values, self.ctx.actor,
                          version=self.meeting.version)
            self.meeting = core.get(self.meeting.id, self.ctx.actor)
        except ValidationError as exc:
            self.error.setText(display(exc.message))
            self.error.show()
            return False
        except OfficeDeskError as exc:
            show_error(self, exc)
            return False
        self.dirty = False
        current = self.table.currentRow()
        self.load_decisions()
        if current >= 0:
            self.table.setCurrentCell(min(current, self.table.rowCount() - 1), CONTENT)
        self.mark_clean()  # saved: closing now loses nothing
        self.ctx.notify_changed("meetings")
        self.status.setText(self.tr("纪要已保存。"))
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def send_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.error.setText(self.tr("请先选中一项议定事项。"))
            self.error.show()
            return
        unsaved = self.dirty or self.table.item(row, CONTENT).data(Qt.ItemDataRole.UserRole) is None
        if unsaved and not self.save():
            return
        decision_id = self.table.item(row, CONTENT).data(Qt.ItemDataRole.UserRole)
        try:  # the step 议定事项转督查, through core's runner: the decision by its 序号
            seq = next(d.seq for d in core.decisions(self.meeting.id, self.ctx.actor)
                       if d.id == int(decision_id))
            outcome = steps.perform("meetings", self.meeting.id, "议定事项转督查",
                                    {"decision": str(seq)}, self.ctx.actor)
        except OfficeDeskError as exc:
            self.error.setText(display(exc.message))
            self.error.show()
            return
        self.meeting = core.get(self.meeting.id, self.ctx.actor)
        self.load_decisions()
        self.table.setCurrentCell(min(row + 1, self.table.rowCount() - 1), CONTENT)
        named = item_named(outcome.extra["supervision_id"], self.ctx.actor)
        self.status.setText(
            self.tr("第 %1 项已转督查（%2）。")
            .replace("%1", str(row + 1))
            .replace("%2", display(named) if named is not None else "")
        )
        self.ctx.notify_changed("supervision")
        self.ctx.notify_changed("meetings")
        self.mark_clean()  # saved before it was sent

    def open_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        supervision_id = self.table.item(row, LINK).data(Qt.ItemDataRole.UserRole)
        if supervision_id is not None:
            self.ctx.navigate_requested.emit("supervision", int(supervision_id))
