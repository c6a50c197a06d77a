"""The 审批链与职务 window in English: the 按审批链把关 choices and the 说明 column in English
(as the 工作台 says the same steps), each column at least as wide as its header; the choice is
saved as declared (自动/是/否)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from officedesk.core import chains, settings
from officedesk.core.actor import CLI_ACTOR
from officedesk.ui import chain_editor

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_the_chain_editor_speaks_english(english, db, qtbot):
    dialog = chain_editor.ChainEditorDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    choices = [dialog.enforce.itemText(i) for i in range(dialog.enforce.count())]
    assert len(choices) == len(chains.ENFORCE.choices)
    assert not any(CHINESE.search(c) for c in choices), choices
    note = dialog._cell(2, 3)  # 审核: 副主任@分管
    assert "in charge of" in note and "分管" not in note and "该单位" not in note, note
    header = dialog.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(dialog.table.columnCount()):
        title = dialog.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 12, title

    # a choice shown in English is kept as declared
    dialog.enforce.setCurrentIndex(chains.ENFORCE.choices.index("是"))
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert settings.get(chains.ENFORCE.key) == "是"


def test_every_setting_label_and_help_has_english(english, db):
    """Whatever shows a setting (系统设置, 审批链与职务, their tooltips) shows it in English: no
    declared label or help is left untranslated (examples inside them stay as typed data)."""
    from officedesk.core.i18n import display
    from officedesk.declared_settings import declare_all

    declare_all()
    untranslated = [
        (setting.key, text)
        for setting in settings.declared()
        for text in (setting.label, setting.help)
        if text and CHINESE.search(text) and display(text) == text
    ]
    assert not untranslated, untranslated


def test_the_chain_editor_tooltips_and_procedures_are_english(english, db, qtbot):
    dialog = chain_editor.ChainEditorDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    tip = dialog.enforce.toolTip()
    assert tip and not CHINESE.search(tip), tip
    # the variants are a 文种 (请示) and a 密级 (绝密): shown as the glossary has them
    procedures = [dialog.procedure.itemText(i) for i in range(dialog.procedure.count())]
    assert not any(CHINESE.search(p) for p in procedures), procedures
    assert "Outgoing (Top secret)" in procedures, procedures
    # the 职务 in the chain steps are the office's own data: kept as typed
    assert "处长" in dialog._cell(1, 1)


def test_the_settings_dialog_tooltips_are_english(english, db, qtbot):
    from officedesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    shown = {s.key: s for s in settings.declared()}
    for key, widget in dialog.inputs.items():
        help_text = shown[key].help
        if help_text:
            assert widget.toolTip() and widget.toolTip() != help_text, key


def test_every_setting_of_the_group_can_be_set_in_the_chain_editor(db, qtbot):
    """系统设置 leaves the 逐级负责 group to this window: each of its settings is edited here
    (信息科 of the 信息 chain, the posts that see the whole office's 待办), saved through core."""
    from officedesk.core.my_work import OVERVIEW
    from officedesk.declared_settings import declare_all
    from officedesk.ui.settings_dialog import OWN_DIALOG_GROUPS

    declare_all()
    dialog = chain_editor.ChainEditorDialog(CLI_ACTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = set(dialog.lines) | {chains.ENFORCE.key, chains.POSITIONS.key} \
        | {setting.key for setting in chains.SETTINGS.values()}
    group = {setting.key for setting in settings.declared() if setting.group in OWN_DIALOG_GROUPS}
    assert group <= shown, group - shown
    dialog.lines[chains.INFO_SECTION.key].setText("信息处")
    dialog.lines[OVERVIEW.key].setText("主任、副主任")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert settings.get(chains.INFO_SECTION.key) == "信息处"
    assert settings.get(OVERVIEW.key) == "主任、副主任"
