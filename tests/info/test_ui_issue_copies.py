"""The 信息 window prints a classified issue copy by copy, as `print info-issue --copies N /
--copy K`: it asks the 份数 (or one 份号 to reprint) in the 份数 dialog; an unclassified issue
prints at once, without asking."""

from __future__ import annotations

import datetime as dt
import re

import pymupdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from officedesk.printing.gbt9704 import BODY_TOP, PAGE_HEIGHT, line_pitch
from officedesk.ui.info import make_tab
from officedesk.ui.widgets.copies import CopiesDialog


@pytest.fixture
def tab(app_ctx, qtbot, monkeypatch):
    monkeypatch.setattr("officedesk.ui.print_preview.show_pdf_preview",
                        lambda parent, pdf, title: None)
    widget = make_tab(app_ctx)
    qtbot.addWidget(widget)
    return widget


def _copy_numbers(pdf: bytes) -> list[str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [w[4] for page in doc for w in page.get_text("words")
                if w[3] < PAGE_HEIGHT - BODY_TOP + line_pitch()  # the 版心's first line
                and re.fullmatch(r"\d{6}", w[4])]


def _issue(report, advance, fixed_today, **fields) -> int:
    fixed_today(dt.date(2026, 5, 6))
    return advance(report(**fields)).issue


def test_a_classified_issue_asks_the_copies(tab, report, advance, fixed_today):
    issue = _issue(report, advance, fixed_today, secrecy="秘密")

    def answer(reprint: int | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CopiesDialog), dialog
        if reprint is None:
            dialog.copies.setValue(3)
        else:
            dialog.one_button.setChecked(True)
            dialog.copy_number.setValue(reprint)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, lambda: answer(None))
    assert _copy_numbers(tab._show_pdf("info-issue", [issue])) == ["000001", "000002", "000003"]
    QTimer.singleShot(0, lambda: answer(12))
    assert _copy_numbers(tab._show_pdf("info-issue", [issue])) == ["000012"]


def test_cancelled_prints_nothing(tab, report, advance, fixed_today, monkeypatch):
    issue = _issue(report, advance, fixed_today, secrecy="机密")
    monkeypatch.setattr(tab, "ask_copies", lambda: None)
    assert tab._show_pdf("info-issue", [issue]) is None


def test_an_unclassified_issue_prints_without_asking(tab, report, advance, fixed_today,
                                                     monkeypatch):
    issue = _issue(report, advance, fixed_today)
    monkeypatch.setattr(tab, "ask_copies", lambda: pytest.fail("asked"))
    pdf = tab._show_pdf("info-issue", [issue])
    assert pdf is not None and _copy_numbers(pdf) == []
