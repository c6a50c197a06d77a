"""归档's 保管期限 opened on 永久 (the page's guess), so a clerk who did not look archived a
paper for ever. DA/T 22-2015 leaves the period to the clerk and DOMAIN.md derives none: the box
opens on 请选择 and core refuses it left open. A required choice without a declared default is
never filled by a page's guess, in any step dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from officedesk.core import records
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import incoming
from officedesk.ui.documents.step_dialog import CHOICE, Input, StepDialog
from officedesk.ui.widgets.step_form import SpecStepDialog

from .helpers import incoming_to_done


@pytest.fixture
def done_page(office, main_window):
    tab = main_window.tab_widgets["documents"]
    main_window.tabs.setCurrentWidget(tab)
    page = tab.incoming
    tab.setCurrentWidget(page)
    record = incoming_to_done(CLI_ACTOR)
    page.list.refresh()
    assert page.list.select_record(record.id)
    return page, record


def test_the_archive_dialog_asks_the_retention_period(done_page, qtbot):
    page, record = done_page
    dialog = page.archive_current()
    qtbot.addWidget(dialog)
    box = dialog.widgets["retention"]
    assert isinstance(box, QComboBox)
    assert box.currentIndex() == -1 and box.placeholderText() == "请选择"
    assert dialog.value("org_code") == "BGS"  # the remembered 机构代码 still filled in
    assert not dialog.try_submit()  # saved without a choice: core's refusal at the box
    assert "保管期限" in dialog.errors["retention"].text()
    assert records.get(incoming.INCOMING, record.id, CLI_ACTOR).state != incoming.ARCHIVED
    dialog.set_value("retention", "定期10年")
    assert dialog.try_submit()
    saved = records.get(incoming.INCOMING, record.id, CLI_ACTOR)
    assert saved.state == incoming.ARCHIVED and saved.retention == "定期10年"


def test_a_page_does_not_answer_a_required_choice_for_the_clerk(done_page, qtbot):
    page, record = done_page
    dialog = SpecStepDialog(CLI_ACTOR, "incoming", record, "归档", page)
    qtbot.addWidget(dialog)
    dialog.prefill({"retention": "永久", "org_code": "DW", "pages": 3})
    assert dialog.widgets["retention"].currentIndex() == -1
    assert dialog.value("org_code") == "DW" and dialog.value("pages") == "3"


def test_a_hand_made_step_dialog_asks_a_required_choice_too(qtbot):
    dialog = StepDialog("归档", [Input("retention", "保管期限", CHOICE, choices=("永久", "定期30年"),
                                       required=True),
                                 Input("kind", "方式", CHOICE, choices=("按顺序", "同时分送"))],
                        lambda values: values)
    qtbot.addWidget(dialog)
    assert dialog.widgets["retention"].currentIndex() == -1
    assert dialog.value("kind") == "按顺序"  # not required: as before
    assert not dialog.try_submit() and "保管期限" in dialog.errors["retention"].text()
