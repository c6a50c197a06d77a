"""Line edits that complete from the directory by name or 拼音 (typing zs finds 张三)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from officedesk.core import directory


class DirectoryLineEdit(QLineEdit):
    """kind: "units", "people" or "rooms". Free text stays allowed (outside venues, guests)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        # the list is already filtered by name and 拼音 in SQL: show it as it is
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.activated.connect(self._chosen)
        self.setCompleter(self._completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._update)
        self.textEdited.connect(lambda _t: self._timer.start())
        self._texts: dict[str, str] = {}

    def suggestions(self, typed: str | None = None) -> list[str]:
        typed = self.text() if typed is None else typed
        found = directory.suggest(self.kind, typed)
        self._texts = {self._label(s): s.text for s in found}
        return list(self._texts)

    @staticmethod
    def _label(suggestion: directory.Suggestion) -> str:
        return f"{suggestion.text}　{suggestion.detail}" if suggestion.detail else suggestion.text

    def _update(self) -> None:
        self._model.setStringList(self.suggestions())
        if self._model.rowCount():
            self._completer.complete()

    def _chosen(self, label: str) -> None:
        # the popup shows "张三　县委办公室 主任"; the field keeps the name only
        QTimer.singleShot(0, lambda: self.setText(self._texts.get(label, label)))
