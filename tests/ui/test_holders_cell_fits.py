"""The 收文 list's 持有/时限 cell of a 收文 分送 to several readers at once read
“王建国、刘志强…” at 1366×768: cut, the second holder lost. It names the first and how many
(“王建国等2人持有”), whole in the cell; its tool tip names every holder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from officedesk.core import clock
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import circulation, incoming

CELL_MARGIN = 16  # as records_table's: the cell's margins and the grid line


def _circulating(readers: list[str]) -> int:
    r = incoming.sign_in({"收文日期": "2026-11-16", "来文机关": "省委办公厅", "标题": "关于做好冬季安全生产工作的通知",
                          "文种": "通知"}, CLI_ACTOR)
    r = incoming.register_doc(r.id, r.version, {}, CLI_ACTOR)
    r = incoming.review(r.id, r.version, CLI_ACTOR)
    r = incoming.propose(r.id, r.version, CLI_ACTOR, "请王主任阅示")
    r = incoming.instruct(r.id, r.version, CLI_ACTOR, "请阅", "王建国")
    r = incoming.assign(r.id, r.version, CLI_ACTOR, "市应急管理局", "赵科长", 5)
    return circulation.circulate(r.id, r.version, CLI_ACTOR, readers, parallel=True).id


@pytest.fixture
def office(db):
    from tests.documents.conftest import _set_up_office

    _set_up_office()  # sets the day: put back after, as the documents' own fixture does
    yield
    clock.set_today(None)


def test_the_words_name_the_first_holder_and_how_many(office):
    doc = _circulating(["王建国", "刘志强", "欧阳明华"])
    assert circulation.holder_words(doc) == "王建国等3人持有"
    assert circulation.holder_words(doc, whole=True) == "王建国、刘志强、欧阳明华 持有"
    alone = _circulating(["王建国"])
    assert circulation.holder_words(alone) == "王建国 持有" == circulation.holder_words(alone, whole=True)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_two_holders_read_whole_in_the_cell(language, office, app_ctx, qtbot):
    from officedesk.ui.documents.incoming_page import IncomingPage

    doc = _circulating(["王建国", "刘志强"])
    page = IncomingPage(app_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.list.refresh()
    view = page.list
    column = view.model.columnCount() - 1
    index = view.model.index(view.model.row_of(doc), column)
    cell = view.model.data(index, Qt.ItemDataRole.DisplayRole)
    assert "王建国" in cell and "2" in cell and "刘志强" not in cell, cell
    needs = view.table.fontMetrics().horizontalAdvance(cell) + CELL_MARGIN
    assert view.table.columnWidth(column) >= needs, (cell, view.table.columnWidth(column))
    tip = view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "王建国" in tip and "刘志强" in tip, tip
