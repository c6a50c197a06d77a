"""Helpers of the window tests that drive a form as a clerk does: shown and active, the
放弃填写的内容？ box answered when it shows, and where Tab goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def shown(dialog: Any, qtbot: Any) -> Any:
    """The dialog shown and active (keys go to it); its "nothing typed" picture taken."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.wait(10)  # the form takes its "nothing typed" picture after showing
    return dialog


def tab_stops(start: Any, count: int) -> list[Any]:
    """The next `count` widgets Tab reaches from `start` (those that take focus by Tab and
    are shown)."""
    order, widget = [], start
    for _ in range(count):
        widget = widget.nextInFocusChain()
        while (widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus
               or not widget.isVisible()):
            widget = widget.nextInFocusChain()
        order.append(widget)
    return order


def answer_discard(answer: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the 放弃填写的内容？ box when it shows, noting its title; gives up after 0.2 s if
    none does (nothing asked: nothing answered)."""

    def act(tries: int = 20) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.windowTitle())
            box.button(answer).click()
        elif tries:
            QTimer.singleShot(10, lambda: act(tries - 1))

    QTimer.singleShot(0, act)


def pages_pdf(count: int = 2) -> bytes:
    """A PDF of `count` A4 pages, each saying its number: for the print preview."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(count):
        pdf.drawString(72, 72, f"page {page + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
