"""probe127: `messages.choose` (the one-choice question: 选择登记簿, 界面语言, a user's 角色 and
密级权限, 标为重复件's 选择原件) was Qt's QInputDialog as it is: OK and Cancel with no Alt letter
(every other question's answers have theirs: test_english_keyboard_first), and for 标为重复件
an “OK” that did the step. Its answers now have letters, and a caller names the act."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from officedesk.ui.widgets.mnemonics import key_of, plain


def _answers_of_choose(**kwargs) -> list[str]:
    from officedesk.ui.widgets import messages

    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        box = dialog.findChild(QDialogButtonBox)
        seen.extend(b.text() for b in box.buttons())
        dialog.reject()

    QTimer.singleShot(0, look)
    assert messages.choose(None, "标为重复件", "选择原件：", ["信2026-00001", "信2026-00002"], **kwargs) is None
    return seen


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_answers_of_a_choice_have_their_letters(qtbot, language):
    texts = _answers_of_choose()
    keys = [key_of(t) for t in texts]
    assert len(texts) == 2 and None not in keys and len(set(keys)) == 2, texts
    assert "C" in keys, texts  # 取消 / Cancel: its usual letter
    if language == "en":
        assert not [t for t in texts if "(&" in t], texts


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_choice_that_does_a_step_names_it_on_its_button(qtbot, language):
    act = "标为重复件" if language == "zh_CN" else "Mark as repeat"  # as the tab's tr() gives it
    texts = _answers_of_choose(ok=act)
    assert plain(texts[0]) == act and key_of(texts[0]), texts
