"""The English window marks its Alt+letters as English programs do — a letter of the words
(&View, Classi&fication) —, never as Chinese ones (查看(&V)) do: no English text ends in “(&V)” or
“(V)”, in the catalogue or at run time, and no two entries of one menu or dialog share one.
The Chinese window keeps its letters as they were (test_mnemonics.py)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from officedesk.ui.widgets.mnemonics import key_of

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "officedesk_en.ts"
# a letter in brackets at the end of a text, before a closing … or colon: “Secrecy (&Y)”,
# “View(V)” (a plural's “day(s)” is none)
BRACKETED = re.compile(r"[(（](?:&[A-Za-z]|[A-Z])[)）]\s*(?:…|\.\.\.|[:：])?\s*$")


def _translations() -> list[tuple[str, str]]:
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        source, english = message.findtext("source") or "", message.findtext("translation") or ""
        found.append((source, english))
    return found


def test_no_english_text_of_the_catalogue_ends_in_a_bracketed_letter():
    wrong = sorted({(source, english) for source, english in _translations() if BRACKETED.search(english)})
    assert not wrong, wrong


def test_every_chinese_letter_in_brackets_has_an_english_letter_of_its_words():
    """文件(&F) → &File; 密级(&F) → Classi&fication: the “&” inside the English words."""
    keyed = [(s, e) for s, e in _translations() if re.search(r"\(&[A-Za-z]\)", s) and e]
    assert len(keyed) > 20
    wrong = [(s, e) for s, e in keyed if not re.search(r"&[A-Za-z]", e) or BRACKETED.search(e)]
    assert not wrong, wrong


def _keyed(widgets: list) -> list[str]:
    return [w.text() for w in widgets if key_of(w.text())]


def test_the_meeting_form_in_english_marks_letters_of_its_words_none_alike(app_ctx, qtbot, english):
    """出席人员(&A) … read “Attending (A)”, 密级 “Secrecy (Y)”, and the 添加 buttons
    “Add (B)” …: the English form marks a letter of each caption's words, or none. 密级 is
    “Classification” as in every other form (it was “Secrecy” here alone)."""
    from officedesk.ui.meetings.dialog import MeetingDialog
    from tests.ui.forms import shown

    dialog = shown(MeetingDialog(app_ctx), qtbot)
    widgets = [w for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
               if w.isVisibleTo(dialog) and w.text()]
    texts = [w.text() for w in widgets]
    assert not [t for t in texts if BRACKETED.search(t) or "(&" in t], texts
    keys = [key_of(t) for t in _keyed(widgets)]
    assert len(keys) == len(set(keys)), _keyed(widgets)
    captions = set(texts)
    assert {"&Attending", "&Non-voting", "&Invited", "&Observers", "Classi&fication"} <= captions, texts
    assert not [t for t in texts if "Secrecy" in t], texts
    dialog.reject()


def test_the_meeting_form_in_chinese_keeps_its_letters(app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog
    from tests.ui.forms import shown

    dialog = shown(MeetingDialog(app_ctx), qtbot)
    texts = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"出席人员(&A)", "列席人员(&L)", "特邀人员(&G)", "旁听人员(&O)", "密级(&F)"} <= texts
    dialog.reject()


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_meeting_forms_add_buttons_go_without_a_letter_in_both_languages(app_ctx, qtbot,
                                                                              language):
    """The four 添加 beside 出席/列席/特邀/旁听 took stray letters in Chinese (添加(&B), (&F), (&J),
    (&N)) and none in English: each adds what is typed in the line beside it, which its
    caption's letter reaches (出席人员(&A)) and Enter adds; they are keyless in both alike. 密级's
    letter is Classi&fication's F in both."""
    from officedesk.ui.meetings.dialog import MeetingDialog
    from tests.ui.forms import shown

    dialog = shown(MeetingDialog(app_ctx), qtbot)
    adds = [editor.add_button for editor in dialog.people.values()]
    assert len(adds) == 4
    assert [b.text() for b in adds] == [("添加" if language == "zh_CN" else "Add")] * 4
    assert all(b.isVisibleTo(dialog) for b in adds)
    caption = [label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.secrecy_combo]
    assert [key_of(label.text()) for label in caption] == ["F"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.secrecy_combo
    dialog.reject()


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_row_of_more_buttons_than_letters_leaves_english_ones_without_not_bracketed(app_ctx, qtbot, language):
    """收文's row has more buttons than free letters: 附件(&Q) in Chinese, and in English a letter
    of its words found by moving others (Attachments, not “Attachments (&V)”) or none."""
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    texts = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        texts += [b.text() for b in window.tabs.currentWidget().findChildren(QAbstractButton)]
    assert len(texts) > 100
    assert not [t for t in texts if "(&" in t or BRACKETED.search(t)]
