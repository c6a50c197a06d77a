"""The 发文 window prints a classified 公文 copy by copy, each with its own 份号, as `print document
--copies N / --copy K` does: it asks the 份数 (the one dialog the 会议 window asks with too), or one
份号 to reprint; an unclassified 公文 is printed without asking."""

from __future__ import annotations

import re

import pymupdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from officedesk.core import settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from tests.documents.helpers import outgoing_to_rechecked


def _copy_numbers(pdf: bytes) -> list[str]:
    return [
        found[0]
        for page in pymupdf.open(stream=pdf, filetype="pdf")
        if (found := re.findall(r"\b\d{6}\b", page.get_text()))
    ]


def _numbered(**overrides):
    record = outgoing_to_rechecked(CLI_ACTOR, **overrides)
    record = outgoing.assign_number(record.id, record.version, CLI_ACTOR)
    return outgoing.mark_printed(record.id, record.version, CLI_ACTOR, 4)


@pytest.fixture
def page(main_window, qtbot):
    settings.put("org.name", "中共某某市委办公室")
    settings.put("org.code", "某委办")
    tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(tab)
    tab.setCurrentWidget(tab.outgoing)
    return tab.outgoing


def _select(page, record) -> None:
    page.list.refresh()
    assert page.list.select_record(record.id)


def test_the_window_asks_the_copies_of_a_classified_document(page, qtbot, monkeypatch):
    record = _numbered(密级="秘密", 保密期限="1年")
    _select(page, record)
    offered: list[int] = []
    monkeypatch.setattr(page, "ask_copies", lambda default: offered.append(default) or {"copies": 3})
    preview = page.print_form("document")
    qtbot.addWidget(preview)
    assert offered == [4]  # as 印制 recorded it
    assert _copy_numbers(preview.pdf_bytes) == ["000001", "000002", "000003"]

    monkeypatch.setattr(page, "ask_copies", lambda default: {"copy": 3})  # a reprint of one
    preview = page.print_form("document")
    qtbot.addWidget(preview)
    assert _copy_numbers(preview.pdf_bytes) == ["000003"]

    monkeypatch.setattr(page, "ask_copies", lambda default: None)  # cancelled: nothing printed
    assert page.print_form("document") is None


def test_an_unclassified_document_prints_without_asking(page, qtbot, monkeypatch):
    record = _numbered()
    _select(page, record)
    monkeypatch.setattr(page, "ask_copies", lambda default: pytest.fail("asked"))
    preview = page.print_form("document")
    qtbot.addWidget(preview)
    assert _copy_numbers(preview.pdf_bytes) == []
    page.print_form("outgoing-draft")  # the 发文稿纸 is no copy-numbered paper either


def test_the_dialog_gives_the_copies_or_one_copy_to_reprint(page, qtbot):
    record = _numbered(密级="机密", 保密期限="5年")
    _select(page, record)

    from officedesk.ui.widgets.copies import CopiesDialog

    def answer(reprint: int | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CopiesDialog), dialog
        assert dialog.copies.value() == 4
        if reprint is not None:
            dialog.one_button.setChecked(True)
            dialog.copy_number.setValue(reprint)
        else:
            dialog.copies.setValue(2)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, lambda: answer(None))
    preview = page.print_form("document")
    qtbot.addWidget(preview)
    assert _copy_numbers(preview.pdf_bytes) == ["000001", "000002"]
    QTimer.singleShot(0, lambda: answer(3))
    preview = page.print_form("document")
    qtbot.addWidget(preview)
    assert _copy_numbers(preview.pdf_bytes) == ["000003"]


def test_the_dialog_offers_no_copy_beyond_those_made(qtbot):
    from officedesk.ui.widgets.copies import CopiesDialog

    dialog = CopiesDialog(None, "印制份数", "涉密公文逐份编份号。", 4, reprint=True)
    qtbot.addWidget(dialog)
    assert dialog.copies.maximum() == 4 and dialog.copy_number.maximum() == 4
    dialog.copy_number.setValue(31)
    dialog.one_button.setChecked(True)
    assert dialog.options() == {"copy": 4}


def test_no_copy_number_beyond_the_copies_made(page):
    from officedesk.core.errors import ValidationError
    from officedesk.printing import forms

    record = _numbered(密级="秘密", 保密期限="1年")  # 印制 4 copies
    for asked in ({"copy": 5}, {"copies": 9999}):
        with pytest.raises(ValidationError, match="登记的印制份数是 4 份.*(份号|份数)只能在 1 到 4 之间"):
            forms.get("document").build([record.id], CLI_ACTOR, **asked)
    assert _copy_numbers(forms.get("document").build([record.id], CLI_ACTOR, copy=4)) == ["000004"]


def test_the_command_line_refuses_copy_options_that_cannot_apply(page, tmp_path, capsys):
    from officedesk import cli
    from officedesk.store import db as store_db

    secret = _numbered(密级="秘密", 保密期限="1年")
    plain = _numbered(标题="关于做好年终工作的通知")
    db, out = str(tmp_path / "officedesk.db"), str(tmp_path / "d.pdf")

    def run(*words: str) -> tuple[int, str]:
        capsys.readouterr()
        code = cli.main(["--db", db, "print", "document", *words, "-o", out])
        store_db.open_database(db)
        return code, capsys.readouterr().err

    for words in (["--copy", "3", "--copies", "2"], ["--copy", "3", "--all-copies"],
                  ["--copies", "2", "--all-copies"]):
        code, said = run(str(secret.id), *words)
        assert code == 2 and "只能选一种" in said, words
    code, said = run(str(plain.id), "--copies", "3")
    assert code == 1 and "不是涉密文件，不编份号，只印一份" in said
    code, said = run(str(secret.id), "--copy", "31")
    assert code == 1 and "份号只能在 1 到 4 之间" in said
    assert run(str(plain.id))[0] == 0


def test_the_meetings_window_asks_with_the_same_dialog(qtbot):
    from officedesk.ui.widgets.copies import CopiesDialog

    dialog = CopiesDialog(None, "印制份数", "涉密会议的文件逐份编份号。", 5)
    qtbot.addWidget(dialog)
    assert dialog.one_button.isHidden() and dialog.copy_number.isHidden()  # no reprint offered
    assert dialog.options() == {"copies": 5}


def test_the_command_line_prints_the_copies_asked(page, tmp_path):
    from officedesk.printing import forms

    record = _numbered(密级="秘密", 保密期限="1年")
    pdf = forms.get("document").build([record.id], CLI_ACTOR, copies=2)
    assert _copy_numbers(pdf) == ["000001", "000002"]
    pdf = forms.get("document").build([record.id], CLI_ACTOR, all_copies=True)
    assert _copy_numbers(pdf) == ["000001", "000002", "000003", "000004"]


def _shown_copies_dialog(qtbot, reprint: bool = True):
    from officedesk.ui.widgets.copies import CopiesDialog

    dialog = CopiesDialog(None, "印制份数", "涉密公文逐份编份号。", 4, reprint=reprint)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_tab_goes_from_each_choice_to_its_own_box(qtbot):
    """只补印一份 chosen by keyboard, Tab reaches the 份号 box (it went to the buttons)."""
    from PySide6.QtCore import Qt

    dialog = _shown_copies_dialog(qtbot)
    dialog.all_button.setFocus()
    qtbot.keyClick(dialog.all_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.copies
    dialog.all_button.setFocus()
    qtbot.keyClick(dialog.all_button, Qt.Key.Key_Down)  # the other radio, now chosen
    assert dialog.one_button.isChecked() and QApplication.focusWidget() is dialog.one_button
    qtbot.keyClick(dialog.one_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.copy_number
    qtbot.keyClicks(dialog.copy_number.lineEdit(), "3")
    assert dialog.options() == {"copy": 3}


def _mnemonics(dialog) -> dict[str, object]:
    """Each mnemonic letter of the dialog and what it reaches (a button, or a label's buddy)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    found: dict[str, list[object]] = {}
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        if widget.isHidden():
            continue
        for letter in re.findall(r"&(\w)", widget.text()):
            target = widget.buddy() if isinstance(widget, QLabel) else widget
            found.setdefault(letter.upper(), []).append(target)
    assert all(len(targets) == 1 for targets in found.values()), found  # unique in the dialog
    return {letter: targets[0] for letter, targets in found.items()}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_each_choice_and_box_has_its_own_mnemonic(qtbot, language, request):
    from PySide6.QtCore import Qt

    if language == "en":
        request.getfixturevalue("english")
    dialog = _shown_copies_dialog(qtbot)
    letters = _mnemonics(dialog)
    reached = set(letters.values())
    for widget in (dialog.all_button, dialog.copies, dialog.one_button, dialog.copy_number):
        assert widget in reached, widget.accessibleName()
    one = next(letter for letter, target in letters.items() if target is dialog.one_button)
    qtbot.keyClick(dialog, getattr(Qt.Key, f"Key_{one}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.one_button.isChecked)  # a mnemonic clicks after a short flash
    box = next(letter for letter, target in letters.items() if target is dialog.copy_number)
    qtbot.keyClick(dialog, getattr(Qt.Key, f"Key_{box}"), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.copy_number
    plain = _shown_copies_dialog(qtbot, reprint=False)
    assert dialog.copies in set(_mnemonics(dialog).values())
    assert plain.copies in set(_mnemonics(plain).values())
