"""A question before an act that cannot be taken back (删除, 印发, 恢复, 替换 …) names the act on
its button: "确定" beside "取消" under "确定删除以下1条记录吗？" read as two ways out, and the
English "OK" said nothing of what it does. 取消 stays the default."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import officedesk.ui
from officedesk.ui.widgets import messages
from officedesk.ui.widgets.mnemonics import plain


def _confirm_calls():
    root = Path(officedesk.ui.__file__).parent
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = getattr(node, "func", None)
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            if isinstance(node, ast.Call) and name == "confirm":
                keywords = {k.arg: k.value for k in node.keywords}
                danger = keywords.get("danger")
                if isinstance(danger, ast.Constant) and danger.value is True:
                    yield f"{path.relative_to(root)}:{node.lineno}", "yes" in keywords


def test_every_destructive_question_names_its_act():
    calls = list(_confirm_calls())
    assert len(calls) >= 15  # the walk finds them (one that finds none would pass anything)
    assert [where for where, named in calls if not named] == []


def test_the_named_act_is_the_button_and_cancel_the_default(qtbot):
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["yes"] = plain(box.button(QMessageBox.StandardButton.Yes).text())
        seen["default"] = plain(box.defaultButton().text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    assert messages.confirm(None, "删除确认", "确定删除以下1条记录吗？", danger=True, yes="删除") is False
    assert seen == {"yes": "删除", "default": "取消"}
