"""打印预览 by keyboard: PageDown / PageUp page through, Ctrl+P prints, Ctrl+S saves the PDF (it
had no key: only Tab to 另存为 PDF… and Space), Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.forms import pages_pdf, shown


def test_the_preview_by_keys(db, qtbot, monkeypatch):
    from officedesk.ui.print_preview import PrintPreviewDialog

    asked: list[str] = []
    monkeypatch.setattr(PrintPreviewDialog, "print_dialog", lambda self: asked.append("打印"))
    monkeypatch.setattr(PrintPreviewDialog, "save_dialog", lambda self: asked.append("另存为"))
    dialog = shown(PrintPreviewDialog(pages_pdf(2), "会议通知"), qtbot)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)
    assert dialog.page_box.value() == 2
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageUp)
    assert dialog.page_box.value() == 1
    qtbot.keyClick(dialog.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["打印", "另存为"]
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
