"""A list's sorted column wide enough for its heading beside the sort arrow.

A column is made as wide as its heading's words (records_table); the arrow of the column sorted
by takes room of its own, and Fusion centres the words in a rectangle that runs under it: in
English the arrow was drawn over the end of “Registered on” and “Received on”."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader


def _overlap(header: QHeaderView, width: int, words: int) -> int:
    """How far the words, centred in the style's label rectangle, run into the arrow."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.state |= QStyle.StateFlag.State_Horizontal
    option.orientation = Qt.Orientation.Horizontal
    option.rect = QRect(0, 0, width, max(header.height(), header.sizeHint().height()))
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    style = header.style()
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    if arrow.isEmpty():
        return 0
    return label.x() + (label.width() + words) // 2 + 1 - arrow.x()


def make_room_for_arrow(header: QHeaderView, section: int) -> None:
    """Widen the section (never narrow it) until its heading ends before the arrow; bold, as
    the headings of a selected row's columns are drawn."""
    if section < 0 or header.isSectionHidden(section):
        return
    model = header.model()
    if model is None:
        return
    bold = header.font()
    bold.setBold(True)
    title = str(model.headerData(section, header.orientation()) or "")
    words = QFontMetrics(bold).horizontalAdvance(title)
    width = header.sectionSize(section)
    for _ in range(4):  # the words move half as fast as the arrow: two steps at most
        overlap = _overlap(header, width, words)
        if overlap <= 0:
            break
        width += 2 * overlap
    if width > header.sectionSize(section):
        header.resizeSection(section, width)
