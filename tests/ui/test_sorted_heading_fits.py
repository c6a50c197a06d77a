"""The heading a list is sorted by reads whole beside its arrow: in English the arrow was drawn
over the end of “Registered on” (信访) and “Received on” (收文) — the width left room for the
words alone, and Fusion's label rectangle runs under the arrow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionHeader


def _words_end_and_arrow(header, section: int, title: str) -> tuple[int, int]:
    """Where a sorted heading's words end (centred in the style's label rectangle, bold as a
    selected row's headings are) and where its arrow begins."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.state |= QStyle.StateFlag.State_Horizontal
    option.orientation = Qt.Orientation.Horizontal
    option.rect = QRect(0, 0, header.sectionSize(section), header.height())
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    style = header.style()
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    bold = header.font()
    bold.setBold(True)
    words = QFontMetrics(bold).horizontalAdvance(title)
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignHCenter
    return label.x() + (label.width() + words) // 2, arrow.x()


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
@pytest.mark.parametrize(("registry", "other"), [("petitions", "name"), ("documents", "from_org")])
def test_the_sorted_heading_reads_whole_beside_its_arrow(language, registry, other, main_window,
                                                         qtbot):
    tab = main_window.tab_widgets[registry]
    main_window.tabs.setCurrentWidget(tab)
    qtbot.wait(20)
    view = tab.list if registry == "petitions" else tab.incoming.list
    header = view.table.horizontalHeader()
    names = [f.name for f in view.model.fields]
    cut = []
    for section in (header.sortIndicatorSection(), names.index(other)):
        header.setSortIndicator(section, Qt.SortOrder.AscendingOrder)  # as a click on it
        qtbot.wait(10)
        title = str(view.model.headerData(section, Qt.Orientation.Horizontal))
        words_end, arrow = _words_end_and_arrow(header, section, title)
        if words_end > arrow:
            cut.append((title, header.sectionSize(section), words_end, arrow))
    assert cut == []
