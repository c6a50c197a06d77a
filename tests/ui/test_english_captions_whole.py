"""probe104: an English form's caption is drawn whole. Drawn with its Alt letter underlined, a
caption comes out wider than Qt measured it: “Telephone” lost its last “e” in the 人员, 会议, 信访
and 效能投诉 forms (Chinese captions were given the room already, for 联合发文机关(J))."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from officedesk.core import registry
from tests.ui.forms import shown


def _inked_at_right_edge(label: QLabel) -> bool:
    """Ink in the label's last column of pixels: its text ran on past it, cut."""
    image = label.grab().toImage()
    x = image.width() - 1
    return any(QColor(image.pixel(x, y)).lightness() < 128 for y in range(image.height()))


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_no_caption_of_a_form_is_cut_at_its_right(app_ctx, qtbot, language):
    from officedesk.ui.widgets.record_form import RecordFormDialog

    cut, seen = [], 0
    for spec in registry.all_registries():
        dialog = shown(RecordFormDialog(app_ctx, spec), qtbot)
        for label in dialog.findChildren(QLabel):
            if label.buddy() is not None and label.isVisibleTo(dialog):
                seen += 1
                if _inked_at_right_edge(label):
                    cut.append(f"{spec.name}: {label.text()!r}")
        dialog.reject()
    assert seen > 90
    assert not cut, cut
