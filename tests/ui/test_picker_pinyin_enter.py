"""Enter on 拼音 typed in a directory picker before a suggestion is chosen (a quick clerk types
faster than the list opens): the name it stands for is taken, or chosen among several — never
"lgq" kept as the 主持人, "wzg" added as a hand-typed 出席 person, "dyhys" as an outside venue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officedesk.core import directory_completion, records, registry
from tests.ui.forms import shown

RETURN = Qt.Key.Key_Return


@pytest.fixture
def people(db, admin):
    units, persons = registry.get("units"), registry.get("people")
    records.create(units, {"单位名称": "县委组织部", "简称": "组织部"}, admin)
    records.create(units, {"单位名称": "县应急管理局", "简称": "应急局"}, admin)
    records.create(persons, {"姓名": "郝雪", "单位": "县委组织部", "职务": "部长"}, admin)
    records.create(persons, {"姓名": "何欣", "单位": "县应急管理局", "职务": "局长"}, admin)


def test_core_says_what_pinyin_alone_stands_for(people):
    assert directory_completion.meant_by("units", "zzb") == ["县委组织部"]
    assert sorted(directory_completion.meant_by("people", "hx")) == sorted(["郝雪", "何欣"])
    assert directory_completion.meant_by("people", "郝雪") == []  # a name stands for itself
    assert directory_completion.meant_by("people", "张三（县应急管理局）") == []
    assert directory_completion.meant_by("people", "xyz") == []  # nothing found: as typed


def _meeting_dialog(app_ctx, qtbot):
    from officedesk.ui.meetings.dialog import MeetingDialog

    return shown(MeetingDialog(app_ctx), qtbot)


def test_enter_on_pinyin_of_one_takes_the_name_and_stays(people, app_ctx, qtbot):
    dialog = _meeting_dialog(app_ctx, qtbot)
    unit = dialog.host_edit
    unit.setFocus()
    qtbot.keyClicks(unit, "zzb")
    qtbot.keyClick(unit, RETURN)  # at once, before the list opens
    assert unit.text() == "县委组织部"
    assert QApplication.focusWidget() is unit  # a second Enter moves on, as after a pick
    qtbot.keyClick(unit, RETURN)
    assert QApplication.focusWidget() is not unit and unit.text() == "县委组织部"


def test_enter_on_pinyin_of_several_lets_the_clerk_choose(people, app_ctx, qtbot):
    dialog = _meeting_dialog(app_ctx, qtbot)
    editor = dialog.people["attendees_text"]
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "hx")
    qtbot.keyClick(editor.edit, RETURN)
    assert editor.entries == []  # no person named "hx"
    popup = editor.edit.completer().popup()
    assert popup.isVisible() and popup.currentIndex().row() == 0
    qtbot.keyClick(popup, RETURN)  # the first, highlighted, taken
    qtbot.wait(20)
    assert len(editor.entries) == 1 and editor.entries[0].name in ("郝雪", "何欣")
    assert editor.entries[0].person_id is not None


def test_save_does_not_add_pinyin_as_a_person(people, app_ctx, qtbot):
    dialog = _meeting_dialog(app_ctx, qtbot)
    editor = dialog.people["attendees_text"]
    editor.edit.setText("hx")
    assert editor.add_pending() is False  # of two: the list opens, the save waits
    assert editor.entries == [] and editor.edit.completer().popup().isVisible()
