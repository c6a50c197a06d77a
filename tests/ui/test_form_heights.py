"""A record form takes the height of its fields: no big empty area under them (收文签收's 7 fields
had a dialog of 512 px), and a long-text box (备注) a few lines, not the rest of a tall dialog; it
grows when the clerk makes the dialog taller. Every registry's form, within 1366×768 (probe101)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from officedesk.core import registry
from tests.ui.forms import shown


def _names() -> list[str]:
    return [spec.name for spec in registry.all_registries()]


@pytest.mark.parametrize("name", _names())
def test_a_long_text_box_takes_a_few_lines(app_ctx, qtbot, name):
    from officedesk.ui.widgets.record_form import RecordFormDialog

    dialog = RecordFormDialog(app_ctx, registry.get(name))
    shown(dialog, qtbot)
    assert dialog.height() <= 768 - 40
    lines = dialog.fontMetrics().lineSpacing()
    boxes = [b for b in dialog.findChildren(QPlainTextEdit) if b.isVisibleTo(dialog)]
    for box in boxes:
        assert box.height() <= 8 * lines, (box.accessibleName(), box.height(), lines)
    spare = dialog.panel.height() - dialog.panel.sizeHint().height()
    assert spare <= 4 * lines, spare  # no empty area under the fields
    if boxes and dialog.height() + 150 <= 728:  # a form taller than that scrolls, as before
        before = boxes[0].height()
        dialog.resize(dialog.width(), dialog.height() + 150)
        qtbot.wait(20)
        assert boxes[0].height() > before  # a taller dialog: a taller box


def test_the_sign_in_form_fits_its_fields(app_ctx, qtbot):
    from officedesk.ui.documents.incoming_page import SIGN_IN_FIELDS
    from officedesk.ui.widgets.record_form import RecordFormDialog

    dialog = RecordFormDialog(app_ctx, registry.get("incoming"), fields=SIGN_IN_FIELDS, title="收文签收")
    shown(dialog, qtbot)
    spare = dialog.panel.height() - dialog.panel.sizeHint().height()
    assert spare <= 4 * dialog.fontMetrics().lineSpacing(), spare
