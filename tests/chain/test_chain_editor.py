"""系统设置 → 审批链: the chain shown as a list of steps, edited and saved through core."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from officedesk.core import chains, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui import chain_editor


def _save(qtbot, dialog):
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_editor_lists_the_steps_and_saves_a_changed_chain(db, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(chain_editor, "show_error", lambda _parent, exc: errors.append(exc.message))
    dialog = chain_editor.ChainEditorDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog._cell(r, 0) for r in range(dialog.table.rowCount())] == [
        "拟稿", "核稿", "审核", "签发"]
    assert dialog._cell(2, 3) == "分管该单位的副主任"
    dialog.table.setItem(3, 1, QTableWidgetItem("总监"))
    assert "不在职务表中" in dialog._cell(3, 3)  # said at once, beside the step
    _save(qtbot, dialog)
    assert errors and "职务“总监”不在职务表中" in errors[0]
    assert dialog.isVisible() and chains.chain_for("outgoing").find("签发").who_text == "主任"
    dialog.table.setItem(3, 1, QTableWidgetItem("秘书长"))
    dialog.table.setCurrentCell(2, 0)
    dialog.remove_row()  # no 审核 for this office
    dialog.procedure.setCurrentIndex(list(chains.SETTINGS).index(("incoming", "")))
    dialog.table.setItem(1, 2, QTableWidgetItem("3"))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert [(s.step, s.who_text) for s in chains.chain_for("outgoing").steps][1:] == [
        ("核稿", "处长、科长@本单位"), ("签发", "秘书长")]
    assert chains.chain_for("incoming").find("批办").days == 3
    assert settings.get("chain.outgoing.请示").count("审核") == 1  # the variant kept its own


def test_a_post_renamed_in_the_table_and_the_chains_is_saved_at_once(db, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(chain_editor, "show_error", lambda _parent, exc: errors.append(exc.message))
    # the overview no longer lists 主任 and 副主任 (a post it lists stays in the 职务表)
    settings.put("chain.overview_positions", "秘书长、副秘书长", CLI_ACTOR)
    dialog = chain_editor.ChainEditorDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    table = settings.get("chain.positions")
    # 主任 becomes 局长: the stored chains still name 主任, the edited ones 局长
    dialog.positions.setPlainText(table.replace("副主任", "副局长").replace("\n主任", "\n局长"))
    for key in list(dialog.texts):
        dialog.texts[key] = dialog.texts[key].replace("主任", "局长")
    dialog._fill(dialog.texts[dialog.current])
    _save(qtbot, dialog)
    assert errors == []
    assert chains.chain_for("outgoing").find("签发").who_text == "局长"
    assert "主任" not in settings.get("chain.positions")
