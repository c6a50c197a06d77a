"""probe104: in the English window every button of a tab, and of a record form, has an
Alt+letter of its own. A row holds up to 20 buttons and 21 letters are free (F E G T H are the
menus'): the English words left Periodicals, Distribute and Print document without one (上报
is “Submit” now, 退回修改 “Request revision”, 打印公文 “Print official document”: M, Q, L), and
the 拟稿 form's heading buttons (“Heading 1 (一、)”) had none at all — read as Chinese, for the
“一、” in them (Alt+1 … Alt+4 now, as Ctrl+1 … in the text).

Still short, named here so that no other button joins them: the empty list's second 签收 / 拟稿,
which repeat a row button's words beside it (probe121 gave the 收文 and 信访 rows' others words
that hold a free letter: test_english_keyboard_first.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QToolButton

from officedesk.ui.widgets.mnemonics import SKIP_PROPERTY, key_of, plain
from tests.ui.forms import shown
from tests.ui.test_mnemonics import UNKEYED, _no_letter_left, walk_tabs

SHORT = {"Documents": {"Sign for receipt", "Draft"}}


def _pressable(button: QAbstractButton) -> bool:
    """A button the clerk presses by its words (not 更多, an arrow, nor a button showing an
    action, whose text the action sets again)."""
    return (bool(button.text()) and plain(button.text()) not in UNKEYED
            and not button.property(SKIP_PROPERTY)
            and not (isinstance(button, QToolButton) and button.defaultAction() is not None))


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_every_english_tab_button_has_a_letter_but_the_named_short_ones(app_ctx, qtbot, language):
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    menus = {key_of(a.text()): a.text() for a in window.menuBar().actions() if key_of(a.text())}
    problems, walked = [], 0
    for name, _tab, groups in walk_tabs(window):
        buttons = [w for group in groups for w in group
                   if isinstance(w, QAbstractButton) and _pressable(w)]
        for button in {id(b): b for b in buttons}.values():
            walked += 1
            text = plain(button.text())
            if key_of(button.text()):
                continue
            if text not in SHORT.get(name, set()):
                problems.append(f"{name}: {text!r} has no Alt+letter")
            elif not _no_letter_left(button, groups, menus):
                problems.append(f"{name}: {text!r} could have a letter of its words")
    assert walked > 100
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_every_button_of_the_english_forms_has_a_letter(app_ctx, qtbot, language):
    """Each registry's form, 信访登记 and 拟稿 (its 正文's heading buttons)."""
    from tests.ui.test_record_form_keys import _forms

    problems, forms = [], 0
    for name, dialog in _forms(app_ctx, qtbot):
        forms += 1
        buttons = [b for b in dialog.findChildren(QAbstractButton)
                   if b.isVisibleTo(dialog) and _pressable(b)]
        problems += [f"{name}: {b.text()!r} has no Alt+letter" for b in buttons if not key_of(b.text())]
        problems += [f"{name}: {b.text()!r}: a Chinese-style letter" for b in buttons if "(&" in b.text()]
    assert forms >= 13
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_english_draft_s_heading_buttons_mark_a_letter_of_their_words(app_ctx, qtbot, language):
    from officedesk.ui.documents.outgoing_page import DraftDialog

    dialog = shown(DraftDialog(app_ctx), qtbot)
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if plain(b.text()).startswith("Heading")]
    assert len(texts) == 4 and all(key_of(t) and "(&" not in t for t in texts), texts
    dialog.reject()
