"""The 正文 editor: plain text whose headings are marked by their numbering (一、 （一） 1. （1）),
the structure the printing engine lays out. Buttons (and Ctrl+1 … Ctrl+4 in the text) insert the next number of a level; an
outline beside the text shows the headings by level."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from officedesk.core.documents import body
from officedesk.ui.i18n import join_words
from officedesk.ui.widgets.mnemonics import with_digit

LEVEL_NAMES = {
    1: "一级标题（一、）",
    2: "二级标题（（一））",
    3: "三级标题（1.）",
    4: "四级标题（（1））",
}


class BodyEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("正文编辑"))
        # the heading buttons above the text are made first: Tab goes down the screen
        buttons = QHBoxLayout()
        for level, name in LEVEL_NAMES.items():
            # Alt+1 … Alt+4, as Ctrl+1 … in the text: the four buttons' words are one word's
            # letters, which the form's captions need (Annotation had none left in English)
            button = QPushButton(with_digit(self.tr(name), level), self)
            button.setAccessibleName(join_words(self.tr("插入"), self.tr(name)))
            button.setToolTip(self.tr("插入%1（在正文中按 Ctrl+%2）").replace("%1", self.tr(name))
                              .replace("%2", str(level)))
            button.clicked.connect(lambda _=False, lv=level: self.insert_heading(lv))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.tr("正文"))
        self.edit.setObjectName("field_body")
        self.edit.setPlaceholderText(
            self.tr("每段一行。用上方按钮或 Ctrl+1～Ctrl+4 插入各级标题的序号，打印时自动排成黑体、楷体、仿宋。")
        )
        self.edit.setTabChangesFocus(True)
        for level in LEVEL_NAMES:  # a heading without leaving the text
            shortcut = QShortcut(QKeySequence(f"Ctrl+{level}"), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda lv=level: self.insert_heading(lv))
        self.outline = QListWidget(self)
        self.outline.setAccessibleName(self.tr("正文提纲"))
        self.outline.itemActivated.connect(self._jump)
        self.outline.itemClicked.connect(self._jump)
        splitter = QSplitter(self)
        splitter.addWidget(self.edit)
        splitter.addWidget(self.outline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.edit.textChanged.connect(self.refresh_outline)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text or "")

    def insert_heading(self, level: int) -> None:
        """Start a new line with the next number of `level` (counting restarts under a higher level)."""
        cursor = self.edit.textCursor()
        before = self.edit.toPlainText()[: cursor.position()]
        number = body.next_heading(before, level)
        if cursor.positionInBlock() > 0:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n")
        cursor.insertText(number)
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()

    def refresh_outline(self) -> None:
        self.outline.clear()
        for number, line in enumerate(self.edit.toPlainText().splitlines()):
            blocks = body.body_blocks(line)
            if blocks and blocks[0].level:
                item = QListWidgetItem("　" * (blocks[0].level - 1) + blocks[0].text[:24])
                item.setData(256, number)
                self.outline.addItem(item)

    def _jump(self, item: QListWidgetItem) -> None:
        block = self.edit.document().findBlockByNumber(int(item.data(256)))
        cursor = QTextCursor(block)
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()
