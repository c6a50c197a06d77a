"""登记信访's 可能的重复件 on a 1366×768 laptop, in Chinese and in English: every column in view
(状态 and 反映内容 were scrolled off to the right), each heading and cell read whole ("Registered
on", "Petitioner" cut), and the line above the table one sentence a line (English ran "found:
2.Earlier petitions by 张秀英: 1", and joined people with a full-width "；")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle

from officedesk.core.actor import CLI_ACTOR
from tests.ui.forms import shown

PERSON = {"name": "张秀英", "id_number": "539021197601250183", "phone": "15736953492"}
OTHER = {"name": "陆国强", "phone": "13987012345"}
CONTENT = "反映城关镇新田村因修建县城至城关镇公路被征收承包地9亩，征地补偿款至今未足额发放。"


@pytest.fixture
def repeats_dialog(app_ctx, qtbot, language):
    from officedesk.core import petitions
    from officedesk.ui.petitions.register_dialog import RegistrationDialog

    for day, (person, content) in enumerate(
        [(PERSON, CONTENT), (OTHER, CONTENT + "村组未公开补偿款分配方案。")], 1
    ):
        petitions.register_petition(
            {"registered_on": f"2026-03-0{day}", "form": "来信", "category": "征地拆迁",
             "content": content} | person,
            None, CLI_ACTOR,
        )
    dialog = shown(RegistrationDialog(app_ctx), qtbot)
    dialog.set_petitioner(0, **PERSON)
    dialog.set_petitioner(1, **OTHER)
    dialog.panel.inputs["category"].set_value("征地拆迁")
    dialog.panel.inputs["content"].set_value(CONTENT)
    dialog.refresh_repeats()
    qtbot.wait(20)
    assert len(dialog.candidates) == 2
    return dialog


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_repeat_column_is_in_view_and_reads_whole(repeats_dialog):
    table = repeats_dialog.repeat_table
    header = table.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cell_margin = 8  # the item's own margins and the grid line
    cut = []
    for column in range(table.columnCount()):
        title = table.horizontalHeaderItem(column).text()
        room = header.sectionSize(column)
        if header.fontMetrics().horizontalAdvance(title) + margin > room:
            cut.append((title, room))
        for row in range(table.rowCount()):
            text = table.item(row, column).text()
            lines = table.rowHeight(row) // table.fontMetrics().lineSpacing()
            if column < table.columnCount() - 1:  # the excerpt may end in "…" (its tooltip)
                needs = table.fontMetrics().horizontalAdvance(text) + cell_margin
                if needs > room * max(lines, 1):
                    cut.append((text, room, lines))
    assert cut == []
    # the last column (反映内容) begins inside the table: all six in view without scrolling
    last = table.columnCount() - 1
    assert header.sectionViewportPosition(last) + 40 < table.viewport().width()
    assert table.horizontalScrollBar().value() == 0


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_line_above_the_repeats_says_one_thing_a_line(repeats_dialog, language):
    said = repeats_dialog.person_count.text()
    lines = said.split("\n")
    assert len(lines) == 3, said  # the candidates found, then each petitioner's earlier ones
    assert "张秀英" in lines[1] and "陆国强" in lines[2]
    if language == "en":
        assert "；" not in said and "。" not in said


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_every_petitioner_column_is_in_view(repeats_dialog):
    """The six columns of a petitioner (工作单位 was scrolled off to the right), an 18-digit ID
    number read whole."""
    table = repeats_dialog.people
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    id_column = 2
    needs = table.fontMetrics().horizontalAdvance(PERSON["id_number"]) + 8
    assert header.sectionSize(id_column) >= needs
