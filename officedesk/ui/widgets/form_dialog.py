"""Keyboard-first forms that never lose work.

`FormDialog` is a QDialog that
- moves to the next field on Enter in a one-line field (never saves by accident),
- saves on Ctrl+Enter (and Ctrl+S, and its default button by mouse),
- asks before Esc, 取消 or the window's close button discard what was typed,
- scrolls a field given the focus (the first wrong one of a refused save) into view.

`GuardedDialog` is that asking alone, for a tool dialog (代理, 催办, 通报, 节假日 …): its entry
fields named with `guard_fields(...)` (the lists it reloads as it acts are not typing), and
`mark_clean()` once an action has taken what they hold.

`require_choice(combo)` leaves a combo empty until the clerk chooses, and `clear_on_edit`
hides a field's error line as soon as the field changes."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from officedesk.ui.widgets.mnemonics import KeyedDialog
from officedesk.ui.widgets.pickers import DirectoryLineEdit
from officedesk.ui.widgets.scroll_reveal import reveal_focused_fields

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# A line edit with this property set adds what was typed on Enter (a name to a list, an agenda
# item): Enter with text acts there; Enter on an empty one moves on.
ENTER_ACTS = "enterActs"
# A button Enter's walk through the fields passes by (Tab still stops on it): one that would undo
# the typing above it if pressed by the next Enter (系统设置's 恢复默认, after a page's last field)
ENTER_PASSES = "enterPasses"


def _tr(text: str) -> str:
    return QCoreApplication.translate("forms", text)


def snapshot(root: QWidget) -> list[Any]:
    """What the clerk can have typed or chosen below `root`, in a comparable form."""
    state: list[Any] = []
    for widget in (root, *root.findChildren(QWidget)):  # root: a field named by guard_fields
        if widget.window() is not root.window():
            continue  # another window opened from the form (a print preview) is not its content
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
                state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            if not widget.isReadOnly():  # a QTextBrowser shows, it is not typed in
                state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QCheckBox):
            state.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            state.append([widget.item(i).text() for i in range(widget.count())])
        elif isinstance(widget, QTableWidget):
            state.append(
                [
                    widget.item(r, c).text() if widget.item(r, c) else ""
                    for r in range(widget.rowCount())
                    for c in range(widget.columnCount())
                ]
            )
    return state


def dispose_after_exec(dialog: QDialog) -> None:
    """Give a dialog that exec() ran back to its Qt parent, and have Qt delete it on the GUI thread.

    PySide6's exec() hands the dialog to Python; a dialog in a reference cycle (a form's key
    filter points back at it) was then freed by the cyclic collector at any later allocation, in
    any thread: a dangling pointer in QApplication.topLevelWidgets(), a widget deleted off the
    GUI thread. What the caller reads right after exec() (saved_record …) is still there."""
    if not shiboken6.isValid(dialog):  # WA_DeleteOnClose: exec() deleted it already
        return
    parent = dialog.parentWidget()
    if parent is not None:
        dialog.setParent(parent, dialog.windowFlags())  # Qt owns it again, as before exec()
    dialog.deleteLater()


class GuardedDialog(KeyedDialog):
    """Esc, 取消/关闭 and the window's close button ask before what was typed is lost; nothing
    is asked when nothing was changed. What counts: the whole dialog, or the fields named by
    `guard_fields` (a tool dialog's entry row, not the lists it reloads); compared with the
    picture taken once the dialog has shown, or by the last `mark_clean()`."""

    _baseline: list[Any] | None = None
    _guarded: tuple[QWidget, ...] = ()

    def guard_fields(self, *fields: QWidget) -> None:
        """Only these fields count as typing; the button boxes' 取消/关闭 ask too."""
        self._guarded = fields
        self.ask_on_cancel_buttons()

    def ask_on_cancel_buttons(self) -> None:
        for box in self.findChildren(QDialogButtonBox):
            try:
                box.rejected.disconnect(self.reject)
            except (RuntimeError, TypeError):
                pass  # not connected to reject: leave the box alone
            else:
                box.rejected.connect(self.cancel_by_user)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)  # KeyedDialog: Alt+letter for its buttons: 保存(&S), 取消(&C) …
        if self._baseline is None:
            self._baseline = []  # filled after the caller's own loading settles
            QTimer.singleShot(0, self, self.mark_clean)  # not once the dialog is gone

    def _typed(self) -> list[Any]:
        if not self._guarded:
            return snapshot(self)
        return [snapshot(field) for field in self._guarded if shiboken6.isValid(field)]

    def mark_clean(self) -> None:
        """What is in the form now counts as nothing typed (after loading a record, or after
        a tool dialog's action took what its fields held)."""
        self._baseline = self._typed()

    def has_unsaved_changes(self) -> bool:
        return bool(self._baseline) and self._typed() != self._baseline

    # Only the clerk's own cancelling asks (Esc, 取消, the window's close button); a program's
    # reject() or close() does what it says.
    def cancel_by_user(self) -> None:
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.cancel_by_user()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        if event.spontaneous() and self.has_unsaved_changes() and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("放弃填写的内容？"),
            _tr("这个窗口里有还没有保存的内容。关闭后这些内容会丢失。"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Discard).setText(_tr("放弃内容并关闭"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_tr("继续填写"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(_tr("放弃填写的内容？"))
        return box.exec() == QMessageBox.StandardButton.Discard


class FormDialog(GuardedDialog):
    """Call `setup_form(save)` at the end of the subclass's __init__."""

    _form_save: Callable[[], Any] | None = None
    _keys: _FormKeys | None = None

    def setup_form(self, save: Callable[[], Any]) -> None:
        self._form_save = save
        self._keys = _FormKeys(self)
        for scroll in self.findChildren(QScrollArea):
            reveal_focused_fields(scroll)  # a refused save shows its field, even from below
            skip_in_tab_order(scroll)
        self.ask_on_cancel_buttons()
        self._names_before_save(save)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self._save_by_keyboard)
        # Ctrl+S saves here too, as in the registries' forms and the 文件 menu (a step dialog
        # let it do nothing); a dialog with its own Ctrl+S keeps it (two would both be ambiguous)
        save_key = QKeySequence(QKeySequence.StandardKey.Save)
        if not any(shortcut.key() == save_key for shortcut in self.findChildren(QShortcut)):
            QShortcut(save_key, self, activated=self._save_by_keyboard)

    def exec(self) -> int:
        try:
            return super().exec()
        finally:
            dispose_after_exec(self)

    def _names_before_save(self, save: Callable[[], Any]) -> None:
        """The button boxes' 保存 (by mouse or its Alt letter) and the dialog's own Ctrl+S
        resolve typed 拼音 first too, as the keys set up here do."""
        signals = [box.accepted for box in self.findChildren(QDialogButtonBox)]
        # only its Ctrl+S: PySide's disconnect(save) of another shortcut of this dialog took
        # that one's own slot too (the seating plan's Ctrl+arrows and Ctrl+Z stopped working)
        save_key = QKeySequence(QKeySequence.StandardKey.Save)
        signals += [shortcut.activated for shortcut in self.findChildren(QShortcut)
                    if shortcut.key() == save_key]
        for signal in signals:
            try:
                with warnings.catch_warnings():  # PySide warns before it raises
                    warnings.simplefilter("ignore", RuntimeWarning)
                    signal.disconnect(save)
            except (RuntimeError, TypeError):
                continue  # not connected to the save: leave it alone
            signal.connect(self._save_by_keyboard)

    def _save_by_keyboard(self) -> None:
        if self._form_save is not None and names_resolved(self):
            self._form_save()


def names_resolved(dialog: QWidget) -> bool:
    """Before a save: 拼音 left typed in a single-name picker (主持人 "lgq") was saved as
    typed; only Enter resolved it. The one name it stands for is taken, as Enter takes it; of
    several, the first such picker's list opens for the clerk to choose and False: nothing is
    saved. Add-lines (出席人员 …) add on their own; a greyed-out picker is not the clerk's."""
    pickers = [w for w in dialog.findChildren(DirectoryLineEdit)
               if w.window() is dialog and w.isEnabled() and not w.property(ENTER_ACTS)]
    unsure: DirectoryLineEdit | None = None
    for picker in pickers:
        names = picker.meant_names()
        if len(names) == 1:
            picker.take_meant()
        elif names and unsure is None:
            unsure = picker
    if unsure is None:
        return True
    unsure.setFocus(Qt.FocusReason.OtherFocusReason)
    unsure.take_meant()  # its list open, the first highlighted, for Enter to take
    return False


class _FormKeys(QObject):
    """Enter in a one-line field moves to the next field; the dialog never sees a bare Enter
    (so the default button is not pressed by accident while typing)."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        dialog.installEventFilter(self)
        self.watch(dialog)

    def watch(self, root: QWidget) -> None:
        for widget in root.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox | QCheckBox):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in ENTER_KEYS or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if watched is self.dialog:
            focus = QApplication.focusWidget()
            # a bare Enter that a field let through; a focused button still presses itself
            return not isinstance(focus, QAbstractButton | QAbstractItemView)
        if isinstance(watched, QLineEdit):
            completer = watched.completer()
            if completer is not None and completer.popup().isVisible():
                return False
            if isinstance(watched, DirectoryLineEdit) and watched.take_meant():
                return True  # 拼音 typed alone: its name taken (or chosen), not moved on
            if watched.property(ENTER_ACTS) and watched.text().strip():
                return False
        elif watched.property(ENTER_ACTS):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False
        self.next_field(watched)
        return True

    def next_field(self, widget: QObject) -> None:
        target = widget.parentWidget() if isinstance(widget, QLineEdit) else widget
        if isinstance(target, QComboBox | QAbstractSpinBox):
            widget = target
        if isinstance(widget, QAbstractSpinBox):
            # a date or time field takes Tab to its next section (year → month → day): Enter
            # leaves the field at once, to the next one in the window's tab order
            self.dialog.focusNextChild()
            return
        tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, tab)
        if isinstance(widget, QLineEdit) and widget.property(ENTER_ACTS):
            self.past_own_controls(widget, tab)
        for _ in range(4):
            focus = QApplication.focusWidget()
            if focus is None or not focus.property(ENTER_PASSES):
                return
            QApplication.sendEvent(focus, tab)

    @staticmethod
    def past_own_controls(line: QLineEdit, tab: QKeyEvent) -> None:
        """Enter on an empty add-line (出席人员 …) goes on past its own 添加 button and list to
        the next field: Enter on them did nothing, and the clerk was stuck there."""
        box = line.parentWidget()
        if box is None or box is line.window():
            return
        for _ in range(8):
            focus = QApplication.focusWidget()
            if (focus is None or focus.parentWidget() is not box
                    or not isinstance(focus, QAbstractButton | QAbstractItemView)):
                return
            QApplication.sendEvent(focus, tab)


def enter_moves_on(dialog: QDialog) -> None:
    """A dialog that is no FormDialog but has fields above its action buttons: Enter in a field
    moves to the next one, as in every form; a focused button still presses itself."""
    _FormKeys(dialog)


def skip_in_tab_order(scroll: QScrollArea) -> None:
    """No Tab stop on a form's scroll area: it draws no focus frame, so one Tab press seemed to
    do nothing. Its fields still scroll into view as Tab reaches them (QScrollArea follows the
    focus of its children); one holding nothing to focus keeps its stop (arrow keys scroll it)."""
    content = scroll.widget()
    if content is not None and any(
        w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in content.findChildren(QWidget)
    ):
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def require_choice(combo: QComboBox, placeholder: str | None = None) -> None:
    """No preselected choice: the clerk must pick one (an unchanged default saves wrong data)."""
    combo.setPlaceholderText(placeholder or _tr("请选择"))
    combo.setCurrentIndex(-1)


def clear_on_edit(widget: QWidget, error: QLabel, check: Callable[[], str] | None = None,
                  limit: int | None = None) -> None:
    """Hide `error` as soon as `widget` changes. With `check` (cheap; returns a message or ""),
    a one-line field is checked when the clerk leaves it, so a wrong date shows at once; with
    `limit` too, as soon as its text is longer than that (a paste past the field's length stays
    whole in the box, and core's message says so at once)."""

    def changed(*_args: Any) -> None:
        error.hide()
        if check is not None and limit and isinstance(widget, QLineEdit) and len(widget.text()) > limit:
            message = check()
            if message:
                error.setText(message)
                error.show()

    for signal in ("textChanged", "toggled", "currentIndexChanged", "editTextChanged",
                   "dateTimeChanged"):
        source = getattr(widget, signal, None)
        if source is not None and hasattr(source, "connect"):
            source.connect(changed)
    if check is not None and isinstance(widget, QLineEdit):

        def left() -> None:
            message = check() if widget.text().strip() else ""
            if message:
                error.setText(message)
                error.show()

        widget.editingFinished.connect(left)
