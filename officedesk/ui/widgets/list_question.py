"""A question over a long list (an import's problem rows): the summary, the list scrolling in
a box of its own, and the answers, in a dialog that always fits the screen. A QMessageBox
grows with its text, so 30 problem lines pushed its buttons below a laptop's screen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from officedesk.ui.widgets.mnemonics import give_keys


def _tr(text: str) -> str:
    return QCoreApplication.translate("list_question", text)


class ListQuestion(QDialog):
    """`choices` are (button text, answer); the first is the default (Enter); 不导入 / Esc
    answers None (with no choices, `reject_text` is the only button and the default). `answer` holds the clerk's answer after exec().
    `tips`: an answer's tooltip, where its button's few words need more (按往年台账导入)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        summary: str,
        lines: Sequence[str],
        choices: Sequence[tuple[str, str]],
        reject_text: str,
        warning: bool = True,
        tips: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.answer: str | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        icon = QLabel(self)
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxQuestion
        )
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(_tr("说明"))
        self.list = QPlainTextEdit(self)
        self.list.setReadOnly(True)  # the clerk can select and copy the rows to fix them
        self.list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.list.setPlainText("\n".join(lines))
        self.list.setAccessibleName(_tr("问题清单"))
        self.list.setTabChangesFocus(True)
        self.list.setVisible(bool(lines))
        buttons = QDialogButtonBox(self)
        self.buttons: dict[str, QPushButton] = {}
        for text, answer in choices:
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _=False, a=answer: self._choose(a))
            if tips and answer in tips:
                button.setToolTip(tips[answer])
            self.buttons[answer] = button
        self.reject_button = buttons.addButton(reject_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.reject_button.clicked.connect(self.reject)
        # no choice to make (nothing to import): the one button closes, Enter and Esc alike
        first = self.buttons[choices[0][1]] if choices else self.reject_button
        first.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        give_keys(self, taken=())  # 导入(&I), 不导入(&D) …: Alt+letter, as the forms' buttons
        self._fit()
        first.setFocus()

    def _fit(self) -> None:
        """As wide as the summary reads well, as tall as the list needs, never past the screen:
        the list scrolls instead."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        width = min(720, room.width() - 80)
        metrics = self.list.fontMetrics()
        self.list.setMinimumHeight(metrics.lineSpacing() * 4)
        self.resize(width, self.sizeHint().height())
        room_for_text = max(width - 80, 100)  # the list's width less margins and scroll bar
        rows = sum(
            max(1, -(-metrics.horizontalAdvance(line) // room_for_text))  # wrapped lines
            for line in self.list.toPlainText().split("\n")
        ) if not self.list.isHidden() else 0
        # never less than the list's own minimum: the layout gives it that, taking the rest
        # from the summary above it (a long summary over one problem lost its last line)
        wanted = max(metrics.lineSpacing() * (rows + 1) + 16, self.list.minimumHeight()) if rows else 0
        # the rest as laid out at this width: a wrapped summary is as tall as its lines (the
        # size hint took it at its narrowest guess, cutting off its last lines)
        layout = self.layout()
        list_part = self.list.sizeHint().height() if rows else 0
        extra = (layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth()
                 else self.sizeHint().height()) - list_part
        height = min(extra + wanted, room.height() - 80)
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def _choose(self, answer: str) -> None:
        self.answer = answer
        self.accept()


def ask_over_list(
    parent: QWidget | None,
    title: str,
    summary: str,
    lines: Sequence[str],
    choices: Sequence[tuple[str, str]],
    reject_text: str,
    warning: bool = True,
    tips: Mapping[str, str] | None = None,
) -> str | None:
    """The clerk's answer (one of `choices`' answers) or None for `reject_text` / Esc."""
    dialog = ListQuestion(parent, title, summary, lines, choices, reject_text, warning, tips)
    dialog.exec()
    answer = dialog.answer
    dialog.deleteLater()
    return answer
