"""Batch print names what it left out by the paper (its label, translated) and the record as
the clerk knows it (its number and title), never by the form's key and a database id; the id
only when nothing else is known (deleted meanwhile). Its progress shows the paper's label in
the interface's language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.errors import OfficeDeskError
from officedesk.printing import batch, forms
from officedesk.ui import batch_print


@pytest.fixture
def failing_form():
    """A 督查事项交办单 that cannot be built for any record (as for a missing one)."""
    forms.get("supervision-item")  # load the real forms first

    def build(ids, actor, **options):
        raise OfficeDeskError("这份材料现在不能生成。")

    forms._FORMS["test-sv-fails"] = forms.Form("test-sv-fails", "督查事项交办单", "supervision", build)
    yield "test-sv-fails"
    forms._FORMS.pop("test-sv-fails", None)


class _Handle:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.texts.append(text)

    def cancelled(self) -> bool:
        return False


def _run(qtbot, monkeypatch, form: str, ids: list[int]) -> dict[str, Any]:
    """The batch run in this thread: what its progress said and what it showed afterwards."""
    seen: dict[str, Any] = {"handle": _Handle()}

    def run_now(parent, label, work, done, failed=None, **kwargs):
        seen["label"] = label
        done(work(seen["handle"]))

    monkeypatch.setattr(batch_print, "run_in_background", run_now)
    window = QWidget()
    qtbot.addWidget(window)
    batch_print.batch_print(window, form, ids, CLI_ACTOR, open_preview=False)
    boxes = window.findChildren(QMessageBox)
    seen["warning"] = "\n".join(box.text() for box in boxes)
    for box in boxes:
        box.close()
        box.deleteLater()
    return seen


def _item() -> Any:
    return sv.create_item_from_source("other", None, "推进冬季清洁取暖", "年内完成。", CLI_ACTOR,
                                      leader="孙主任")


def test_the_record_left_out_is_named_by_paper_and_title(db, qtbot, monkeypatch, failing_form):
    item = _item()
    result = batch.build_batch([batch.BatchJob(failing_form, [item.id, 9999])], CLI_ACTOR)
    assert [(e.paper, e.id) for e in result.errors] == [("督查事项交办单", item.id), ("督查事项交办单", 9999)]
    assert "推进冬季清洁取暖" in result.errors[0].about and result.errors[1].about == ""

    warning = _run(qtbot, monkeypatch, failing_form, [item.id, 9999])["warning"]
    assert "以下 2 件没有打印" in warning
    assert "督查事项交办单" in warning and "推进冬季清洁取暖" in warning
    assert failing_form not in warning and f"#{item.id}" not in warning
    assert "记录号 9999" in warning  # deleted: the id is all that is left to name it


@pytest.mark.usefixtures("english")
def test_english_names_the_paper_and_shows_its_progress(db, qtbot, monkeypatch, failing_form):
    item = _item()
    seen = _run(qtbot, monkeypatch, "supervision-item", [item.id, 9999])
    english = "Supervised item assignment sheet"
    assert english in seen["label"] and "督查事项交办单" not in seen["label"]
    assert seen["handle"].texts and all(english in t for t in seen["handle"].texts)
    assert "督查事项交办单" not in seen["warning"] and english in seen["warning"]
    assert "supervision-item" not in seen["warning"] and "#9999" not in seen["warning"]
