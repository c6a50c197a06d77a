"""The 督查通报 window prints a classified 通报 copy by copy, as `print bulletin --copies N /
--copy K`: it asks the 份数 (or one 份号 to reprint) in the 份数 dialog; an unclassified one
prints at once, without asking."""

from __future__ import annotations

import datetime as dt
import re

import pymupdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from officedesk.store.supervision import SupervisionItem
from officedesk.ui import print_preview
from officedesk.ui.supervision.dialogs import BulletinDialog
from officedesk.ui.widgets.copies import CopiesDialog
from tests.supervision.conftest import item_with_tasks  # noqa: F401 (the fixture)


@pytest.fixture
def dialog(app_ctx, qtbot, monkeypatch, item_with_tasks, fixed_today):  # noqa: F811
    monkeypatch.setattr(print_preview, "show_pdf_preview", lambda parent, pdf, title: None)
    fixed_today(dt.date(2026, 5, 20))  # the item's 时限 (2026-04-30) passed: named overdue
    widget = BulletinDialog(app_ctx)
    qtbot.addWidget(widget)
    return widget


def _copy_numbers(pdf: bytes) -> list[str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [w[4] for page in doc for w in page.get_text("words")
                if re.fullmatch(r"\d{6}", w[4])]


def _classify(item_with_tasks) -> None:  # noqa: F811
    item, _tasks = item_with_tasks
    SupervisionItem.update(secrecy="秘密").where(SupervisionItem.id == item.id).execute()


def test_a_classified_bulletin_asks_the_copies(dialog, item_with_tasks):  # noqa: F811
    _classify(item_with_tasks)

    def answer(reprint: int | None) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, CopiesDialog), box
        if reprint is None:
            box.copies.setValue(3)
        else:
            box.one_button.setChecked(True)
            box.copy_number.setValue(reprint)
        box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, lambda: answer(None))
    assert _copy_numbers(dialog.print_bulletin()) == ["000001", "000002", "000003"]
    QTimer.singleShot(0, lambda: answer(12))
    assert _copy_numbers(dialog.print_bulletin()) == ["000012"]


def test_cancelled_prints_nothing(dialog, item_with_tasks, monkeypatch):  # noqa: F811
    _classify(item_with_tasks)
    monkeypatch.setattr(dialog, "ask_copies", lambda: None)
    assert dialog.print_bulletin() is None


def test_an_unclassified_bulletin_prints_without_asking(dialog, monkeypatch):
    monkeypatch.setattr(dialog, "ask_copies", lambda: pytest.fail("asked"))
    pdf = dialog.print_bulletin()
    assert pdf is not None and _copy_numbers(pdf) == []
