"""打印预览: Enter in the 页码 box goes to the page typed and stays in the preview; it opened the
print dialog (打印… is the preview's default button, which Enter elsewhere still presses)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.forms import pages_pdf, shown


def test_enter_in_the_page_box_goes_to_the_page_and_prints_nothing(db, qtbot, monkeypatch):
    from officedesk.ui.print_preview import PrintPreviewDialog

    asked: list[str] = []
    monkeypatch.setattr(PrintPreviewDialog, "print_dialog", lambda self: asked.append("打印"))
    dialog = shown(PrintPreviewDialog(pages_pdf(2), "会议通知"), qtbot)
    box = dialog.page_box
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "2")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert asked == []  # no print dialog for a page number typed
    assert box.value() == 2 and dialog.isVisible()
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter on the page itself: 打印…
    assert asked == ["打印"]
