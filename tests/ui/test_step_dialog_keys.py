"""A step dialog (信访 处理, 收文 批办, 督查 分解 …: SpecStepDialog, one for every declared step)
had Alt letters on its two buttons only: a clerk reached 回报期限 or 经办人 by Tab alone, while the
record forms' captions have theirs (test_record_form_keys). Each caption now gets one from the
letters its buttons leave — 处理方式(&H) in Chinese, within the words in English — and Alt+letter
puts the focus in its field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from officedesk.core import petitions, steps
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui.widgets.mnemonics import key_of, plain
from tests.ui.forms import shown
from tests.ui.test_mnemonics import _dialog_clashes


def _dialogs(admin, qtbot):
    from officedesk.core import records, supervision
    from officedesk.core.documents import INCOMING, incoming
    from officedesk.ui.widgets.step_form import SpecStepDialog

    petition = petitions.register_petition(
        {"信访形式": "来信", "信访人": "张某", "问题类别": "劳动社保", "反映内容": "欠薪"}, None, admin)
    doc = incoming.sign_in({"文种": "通知", "来文机关": "市委办", "标题": "关于冬季安全的通知"}, admin)
    for step, values in (("登记", {}), ("初审", {}), ("拟办", {"拟办意见": "请领导阅示"})):
        steps.perform("incoming", doc.id, step, values, CLI_ACTOR)
    item = records.create(supervision.SPEC, {"事项名称": "推进老旧小区改造", "来源": "领导批示",
                                             "办结时限": "2026-12-31"}, CLI_ACTOR)
    for registry, record, step in (("petitions", petition, "处理"),
                                   ("incoming", records.get(INCOMING, doc.id, CLI_ACTOR), "批办"),
                                   ("supervision", item, "分解")):
        dialog = shown(SpecStepDialog(CLI_ACTOR, registry, record, step), qtbot)
        yield step, dialog
        dialog.reject()


def _captions(dialog) -> dict[str, QLabel]:
    by_widget = {id(label.buddy()): label for label in dialog.findChildren(QLabel) if label.buddy()}
    return {key: by_widget[id(widget)] for key, widget in dialog.widgets.items()}


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_field_of_a_step_dialog_has_a_letter_that_focuses_it(language, db, admin, fixed_today,
                                                                    qtbot):
    fixed_today(dt.date(2026, 11, 16))
    problems, fields = [], 0
    for step, dialog in _dialogs(admin, qtbot):
        problems += [f"{step}: {clash}" for clash in _dialog_clashes(dialog)]
        for key, caption in reversed(_captions(dialog).items()):  # from the last: focus moves
            fields += 1
            letter = key_of(caption.text())
            if not letter:
                problems.append(f"{step}: {caption.text()!r} has no Alt+letter")
                continue
            if language == "en" and "(&" in caption.text():
                problems.append(f"{step}: {caption.text()!r}: a Chinese-style letter in English")
            widget = dialog.widgets[key]
            if not widget.isEnabled():
                continue
            qtbot.keyClick(QApplication.focusWidget() or dialog, getattr(Qt.Key, f"Key_{letter}"),
                           Qt.KeyboardModifier.AltModifier)
            focus = QApplication.focusWidget()
            if focus is None or not (focus is widget or widget.isAncestorOf(focus)):
                problems.append(f"{step}: Alt+{letter} ({plain(caption.text())}) -> {focus!r}")
        assert dialog.isVisible()  # no letter did the step or closed the dialog
    assert fields >= 12  # 处理's six, 批办's three, 分解's seven (with 经办人 where asked)
    assert not problems, "\n".join(problems)
