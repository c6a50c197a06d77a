"""probe121: the English window keyboard-first. English marks a letter of a button's words or
none (mnemonics.assign), and the crowded rows left buttons without one: 收文's 打印传阅单,
打印催办单 and 附件, 发文's 附件, 信访's 统计 and 问题类别 (and the empty list's 登记第一件信访), and the
settings' five font rows' “Choose…” (three letters for five). Their English now holds a letter
the row leaves (en_glossary_probe121.py: “Print circulation checklist”, “Print expediting
slip”, “View attachments”, “Analyze”, “Subject category”, “Start by registering a petition”;
协调 “Resolve objections”, 选择… “Browse…”), and a question's two answers (confirm) have theirs.

Every button a clerk presses by its words, in every tab and in the main dialogs, has an Alt+letter
and no two that show together share one. The one kind left without: an empty list's button that
repeats, word for word, a row button beside it (签收, 拟稿) — Alt+the row button's letter does
the same."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from officedesk.ui.widgets.mnemonics import key_of, plain
from tests.ui.forms import shown
from tests.ui.test_english_row_letters import _pressable
from tests.ui.test_mnemonics import _clashes, _dialog_clashes, walk_tabs

# the empty list's buttons that repeat a row button's words (and its act) beside it
REPEATS = {"Documents": {"Sign for receipt", "Draft"}}


def _buttons(group: list[QWidget]) -> list[QAbstractButton]:
    found = [w for w in group if isinstance(w, QAbstractButton) and _pressable(w)]
    return list({id(b): b for b in found}.values())


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_every_english_tab_button_has_a_letter_of_its_own(app_ctx, qtbot, language):
    from officedesk.ui.main_window import MainWindow

    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    menus = {key_of(a.text()): a.text() for a in window.menuBar().actions() if key_of(a.text())}
    problems, walked, repeats = [], 0, set()
    for name, _tab, groups in walk_tabs(window):
        for group in groups:
            problems += [f"{name}: {clash}" for clash in _clashes(group, menus)]
            buttons = _buttons(group)
            keyed = {plain(b.text()) for b in buttons if key_of(b.text())}
            for button in buttons:
                walked += 1
                text = plain(button.text())
                if "(&" in button.text():
                    problems.append(f"{name}: {button.text()!r}: a Chinese-style letter")
                elif key_of(button.text()):
                    continue
                elif text in REPEATS.get(name, set()) and text in keyed:
                    repeats.add((name, text))
                else:
                    problems.append(f"{name}: {text!r} has no Alt+letter")
    assert walked > 150  # every tab's row, 收文 and 发文 each with its own
    assert not problems, "\n".join(problems)
    assert repeats == {(n, t) for n, texts in REPEATS.items() for t in texts}  # none stale


def _dialogs(app_ctx, admin):
    from officedesk.core.documents import incoming
    from officedesk.ui.admin import HolidaysDialog, UsersDialog
    from officedesk.ui.chain_editor import ChainEditorDialog
    from officedesk.ui.documents.attachments import AttachmentsDialog
    from officedesk.ui.info.dialogs import IssuesDialog, RankingDialog
    from officedesk.ui.petitions.stats_dialog import StatsDialog
    from officedesk.ui.posts_dialogs import DelegationDialog, PostDialog
    from officedesk.ui.settings_dialog import SettingsDialog
    from officedesk.ui.supervision.dialogs import BulletinDialog, ReminderDialog
    from officedesk.ui.widgets.copies import CopiesDialog
    from officedesk.ui.widgets.history import HistoryDialog

    actor = app_ctx.actor
    doc = incoming.sign_in({"文种": "通知", "来文机关": "省委", "标题": "关于冬季安全的通知"}, admin)
    yield "设置", lambda: SettingsDialog(actor)
    yield "用户", lambda: UsersDialog(app_ctx)
    yield "节假日", lambda: HolidaysDialog(actor)
    yield "审批链", lambda: ChainEditorDialog(actor)
    yield "岗位", lambda: PostDialog(actor)
    yield "代理", lambda: DelegationDialog(actor)
    yield "刊物", lambda: IssuesDialog(app_ctx, lambda *_a, **_k: None)
    yield "排名", lambda: RankingDialog(app_ctx, lambda *_a, **_k: None)
    yield "信访统计", lambda: StatsDialog(app_ctx)
    yield "督查催办", lambda: ReminderDialog(app_ctx)
    yield "督查通报", lambda: BulletinDialog(app_ctx)
    yield "印制份数", lambda: CopiesDialog(None, "印制份数", "涉密公文逐份编份号。", 4, reprint=True)
    yield "附件", lambda: AttachmentsDialog(app_ctx, incoming.INCOMING, doc.id)
    yield "历史", lambda: HistoryDialog("incoming", doc.id, actor=actor)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_every_button_of_the_main_english_dialogs_has_a_letter_of_its_words(app_ctx, qtbot,
                                                                             language, admin):
    """The record forms are test_english_row_letters'; here the tool and settings dialogs."""
    problems, walked = [], 0
    for name, make in _dialogs(app_ctx, admin):
        dialog = shown(make(), qtbot)
        for button in dialog.findChildren(QAbstractButton):
            if not (button.isVisibleTo(dialog) and _pressable(button)):
                continue
            walked += 1
            if not key_of(button.text()) or "(&" in button.text():
                problems.append(f"{name}: {button.text()!r}")
        problems += [f"{name}: {clash}" for clash in _dialog_clashes(dialog)]
        dialog.reject()
    assert walked > 40
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_question_s_answers_have_their_letters(qtbot, language):
    """确定/取消 (OK/Cancel) and a named act (删除 Delete) beside 取消: Alt+letter answers."""
    from officedesk.ui.widgets import messages

    seen: list[list[str]] = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        box.button(QMessageBox.StandardButton.No).click()

    for yes in (None, "删除"):
        QTimer.singleShot(0, answer)
        messages.confirm(None, "确认", "确定删除以下1条记录吗？", danger=True,
                         yes=yes if yes is None or language == "zh_CN" else "Delete")
    assert len(seen) == 2
    for texts in seen:
        keys = [key_of(t) for t in texts]
        assert None not in keys and len(set(keys)) == len(keys), texts
        assert "C" in keys, texts  # 取消 / Cancel: its usual letter
        if language == "en":
            assert not [t for t in texts if "(&" in t], texts
