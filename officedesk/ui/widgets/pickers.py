"""Line edits that complete from the directory by name or 拼音 (typing zs finds 张三)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from officedesk.core import directory_completion

# The popup shows "郝雪　县委组织部 部长"; the field (and activated) get the name only, so
# neither ↓ nor Enter ever puts the detail into the field.
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class DirectoryLineEdit(QLineEdit):
    """kind: "units", "people" or "rooms". Free text stays allowed (outside venues, guests).

    `picked(name)` is emitted once when a suggestion is chosen, by mouse or by keyboard."""

    picked = Signal(str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        # the list is already filtered by name and 拼音 in SQL: show it as it is
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionRole(NAME_ROLE)
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
        found = directory_completion.suggest(self.kind, typed)
        self._texts = {self._label(s): s.text for s in found}
        return list(self._texts)

    @staticmethod
    def _label(suggestion: directory_completion.Suggestion) -> str:
        return f"{suggestion.text}　{suggestion.detail}" if suggestion.detail else suggestion.text

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        """Enter on a highlighted suggestion picks exactly that one (QCompleter hands the key
        to the field first, which would otherwise act on the text as typed)."""
        popup = self._completer.popup()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = popup.currentIndex() if popup.isVisible() else None
            if index is not None and index.isValid():
                name = str(index.data(NAME_ROLE) or "")
                popup.hide()
                event.accept()
                self._chosen(name)
                return
            popup.hide()
            if self.take_meant():  # 拼音 alone is no name: never added or kept as typed
                event.accept()
                return
        super().keyPressEvent(event)

    def take_meant(self) -> bool:
        """Enter on 拼音 typed alone, no suggestion chosen (typed faster than the list opens):
        the one name it finds is taken as if picked; of several the list opens, the first
        highlighted, for Enter to take. False: the text stands as typed (core's `meant_by`)."""
        names = directory_completion.meant_by(self.kind, self.text())
        if len(names) == 1:
            self._timer.stop()
            self._completer.popup().hide()
            self._chosen(names[0])
            return True
        if names:
            self._timer.stop()
            self._update()
            popup = self._completer.popup()
            popup.setCurrentIndex(popup.model().index(0, 0))
            return True
        return False

    def meant_names(self) -> list[str]:
        """The names the text stands for when it is 拼音 alone (core's `meant_by`), else []."""
        return directory_completion.meant_by(self.kind, self.text())

    def _update(self) -> None:
        self._model.clear()
        self.suggestions()
        for label, name in self._texts.items():
            item = QStandardItem(label)
            item.setData(name, NAME_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._model.rowCount():
            self._completer.complete()

    def _chosen(self, name: str) -> None:
        if self.text() != name:
            self.setText(name)
        self.picked.emit(name)
