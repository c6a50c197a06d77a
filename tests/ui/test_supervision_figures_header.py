"""The 督查通报 window's table of units, in English: a count of items closed is “Closed”, not the
step's verb “Conclude” that the glossary gives 办结."""

from __future__ import annotations

from PySide6.QtCore import Qt

from officedesk.ui.supervision.models import UnitFiguresModel


def _headers() -> list[str]:
    model = UnitFiguresModel()
    return [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for c in range(model.columnCount())]


def test_the_closed_count_reads_closed_in_english(english):
    headers = _headers()
    assert "Conclude" not in headers and "Close" not in headers
    assert "Closed" in headers
    assert not any(ch >= "\u4e00" for h in headers for ch in h)  # no Chinese left


def test_the_chinese_headers_say_what_was_closed(qapp):
    headers = _headers()
    assert headers[:4] == ["牵头单位", "在办", "应办结", "已办结"]
