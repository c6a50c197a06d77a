"""系统设置 → 审批链: each procedure's approval chain as a list of steps (步骤, 由谁办理, 时限),
the 职务 table, whether the chain holds, the 信息科 the 信息 chain's 本单位 means and the posts that
see the whole office's 待办 (the 逐级负责 group's settings: 系统设置 leaves them here). Saving goes through core.chains / core.settings,
which check the text and the administrator, and audit the change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
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

from officedesk.core import chains, settings
from officedesk.core.cli_words import for_window
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display
from officedesk.core.my_work import OVERVIEW
from officedesk.core.positions import POSITIONS
from officedesk.ui.widgets.form_dialog import FormDialog
from officedesk.ui.widgets.messages import show_error


class ChainEditorDialog(FormDialog):
    COLUMNS = ("步骤", "由谁办理（职务@范围）", "时限（工作日）", "说明")

    def __init__(self, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("审批链与职务"))
        self.setAccessibleName(self.tr("审批链与职务"))
        self.texts: dict[tuple[str, str], str] = {
            key: chains.chain_text(*key) for key in chains.SETTINGS}
        self.current: tuple[str, str] | None = None

        self.procedure = QComboBox(self)
        self.procedure.setAccessibleName(self.tr("办理程序"))
        for registry, variant in chains.SETTINGS:
            label = self.tr(chains.LABELS[registry])
            if variant:
                # the variant is a 文种 (请示) or a 密级 (绝密): core terms with an English
                label += self.tr("（%1）").replace("%1", display(variant))
            self.procedure.addItem(label, (registry, variant))
        self.procedure.currentIndexChanged.connect(self._switch)
        self.enforce = QComboBox(self)
        self.enforce.setAccessibleName(self.tr("按审批链把关"))
        for choice in chains.ENFORCE.choices:  # shown translated, kept as declared
            self.enforce.addItem(display(choice), choice)
        self.enforce.setCurrentIndex(
            max(self.enforce.findData(str(settings.get(chains.ENFORCE.key))), 0))
        self.enforce.setToolTip(display(for_window(chains.ENFORCE.help)))

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setAccessibleName(self.tr("审批链步骤"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2):  # never narrower than its header's words (English are longer)
            title = self.table.horizontalHeaderItem(column).text()
            self.table.setColumnWidth(column, max(self.table.columnWidth(column),
                                                  header.fontMetrics().horizontalAdvance(title) + 24))
        self.table.itemChanged.connect(lambda _item: self._describe())
        self.hint = QLabel(self.tr(
            "每行一步。由谁办理写职务，可加范围：@本单位（记录所属单位的）、@分管（分管该单位的领导）、"
            "@单位名；几个职务用、隔开，另一种办理人用“或”连接。例如：处长、科长@本单位；"
            "副主任@分管或主任。变体（如请示、绝密）留空表示同一般审批链。"), self)
        self.hint.setWordWrap(True)
        # the group's one-line settings (the 系统设置 dialog leaves the whole group to this one)
        self.lines: dict[str, QLineEdit] = {}
        lines = QFormLayout()
        for setting in (chains.INFO_SECTION, OVERVIEW):
            edit = QLineEdit(str(settings.get(setting.key)), self)
            edit.setAccessibleName(display(setting.label))
            edit.setToolTip(display(for_window(setting.help)))
            lines.addRow(display(setting.label), edit)
            self.lines[setting.key] = edit
        self.positions = QPlainTextEdit(self)
        self.positions.setAccessibleName(self.tr("职务表"))
        self.positions.setPlainText(str(settings.get(POSITIONS.key)))
        self.positions.setMaximumWidth(150)

        row_buttons = QHBoxLayout()
        for text, slot in ((self.tr("添加一步"), self.add_row), (self.tr("删除此步"), self.remove_row),
                           (self.tr("上移"), lambda: self.move_step(-1)),
                           (self.tr("下移"), lambda: self.move_step(1)),
                           (self.tr("恢复默认"), self.restore_default)):
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("办理程序"), self))
        top.addWidget(self.procedure, 1)
        top.addWidget(QLabel(self.tr("按审批链把关"), self))
        top.addWidget(self.enforce)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addLayout(row_buttons)
        left.addWidget(self.hint)
        left.addLayout(lines)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("职务表（由低到高）"), self))
        right.addWidget(self.positions, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1200, 520)  # a step's 办理人 and English 说明 whole (900 cut them)
        self._switch()
        self.setup_form(self.save)  # Esc, 取消 or closing asks before edited chains are lost

    # ---- one chain in the table
    def _switch(self) -> None:
        if self.current is not None:
            self.texts[self.current] = self.table_text()
        self.current = self.procedure.currentData()
        self._fill(self.texts[self.current])

    def _fill(self, text: str) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        try:
            entries = chains.parse_chain(text)
            lines = [(e.step, e.who_text, "" if e.days is None else str(e.days)) for e in entries]
        except OfficeDeskError:  # shown as typed, so it can be corrected
            lines = [tuple((ln.split(maxsplit=1) + ["", ""])[:2]) + ("",)
                     for ln in text.splitlines() if ln.strip()]
        for step, who, days in lines:
            self._append(step, who, days)
        self.table.blockSignals(False)
        self._describe()

    def _append(self, step: str = "", who: str = "", days: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((step, who, days)):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def table_text(self) -> str:
        lines = []
        for row in range(self.table.rowCount()):
            step, who, days = (self._cell(row, c) for c in range(3))
            if not step and not who:
                continue
            lines.append(" ".join(x for x in (step, who, f"{days}日" if days else "") if x))
        return "\n".join(lines)

    def _describe(self) -> None:
        """The 说明 column: the step in words, or what is wrong with it."""
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            step, who = self._cell(row, 0), self._cell(row, 1)
            try:
                text = chains.ChainStep(step, chains.parse_who(who)).describe() if who else ""
            except OfficeDeskError as exc:
                text = exc.message
            item = self.table.item(row, 3)
            if item is None:
                item = QTableWidgetItem()
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)  # derived, not typed
                self.table.setItem(row, 3, item)
            item.setText(display(text))  # a composed text, in the interface's language
        self.table.blockSignals(False)

    def add_row(self) -> None:
        self._append()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_step(self, offset: int) -> None:  # not move(): that is QWidget.move(x, y)
        row = self.table.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = [[self._cell(r, c) for c in range(3)] for r in (row, target)]
        for r, vals in zip((target, row), values, strict=True):
            for c, value in enumerate(vals):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setCurrentCell(target, 0)
        self._describe()

    def restore_default(self) -> None:
        assert self.current is not None
        self._fill(chains.SETTINGS[self.current].default)

    # ---- saving
    def has_unsaved_changes(self) -> bool:
        """A chain, the 职务表 or a setting differs from what is saved (a chain only looked at
        is no change: the procedure chosen is not a setting)."""
        texts = dict(self.texts)
        if self.current is not None:
            texts[self.current] = self.table_text()
        if any(text != chains.chain_text(*key) for key, text in texts.items()):
            return True
        if self.positions.toPlainText().strip() != settings.get(POSITIONS.key):
            return True
        if any(edit.text().strip() != str(settings.get(key)) for key, edit in self.lines.items()):
            return True
        return str(self.enforce.currentData()) != settings.get(chains.ENFORCE.key)

    def save(self) -> None:
        assert self.current is not None
        self.texts[self.current] = self.table_text()
        try:
            positions = self.positions.toPlainText().strip()
            changed: dict[str, Any] = {}
            if positions != settings.get(POSITIONS.key):
                changed[POSITIONS.key] = positions
            for (registry, variant), text in self.texts.items():
                try:  # to show the chain a refusal is about; core checks them all again
                    known = chains.positions_in(positions)
                    if text != chains.chain_text(registry, variant):  # its steps and units too
                        chains.checked(registry, text, known)
                    else:
                        chains.parse_chain(text, known)
                except OfficeDeskError:
                    self.procedure.setCurrentIndex(
                        list(chains.SETTINGS).index((registry, variant)))
                    raise
                if text != chains.chain_text(registry, variant):
                    changed[chains.SETTINGS[(registry, variant)].key] = text
            for key, edit in self.lines.items():
                if edit.text().strip() != str(settings.get(key)):
                    changed[key] = edit.text().strip()
            enforce = str(self.enforce.currentData())
            if enforce != settings.get(chains.ENFORCE.key):
                changed[chains.ENFORCE.key] = enforce
            # at once: a post renamed in the 职务表 and in the chains that name it
            settings.put_many(changed, self.actor)
        except OfficeDeskError as exc:
            show_error(self, exc)
            return
        self.accept()
