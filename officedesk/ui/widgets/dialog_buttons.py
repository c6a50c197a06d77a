"""The row of buttons at the foot of a dialog, with Chinese texts and accessible names."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

Button = QDialogButtonBox.StandardButton


def dialog_buttons(
    parent: QWidget, *buttons: tuple[Button, str] | tuple[Button, str, str]
) -> QDialogButtonBox:
    """`(standard button, text[, accessible name])` each; texts come translated by the caller,
    the accessible name is the text unless given."""
    box = QDialogButtonBox(parent)
    for which, text, *name in buttons:
        button = box.addButton(which)
        button.setText(text)
        button.setAccessibleName(name[0] if name else text)
    return box
