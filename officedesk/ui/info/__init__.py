"""信息: units' reports through 接收 … 批示, the periodicals' issues, 突发事件 clocks, ranking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

TITLE = QCoreApplication.translate("tabs", "信息")


def make_tab(ctx) -> QWidget:
    from officedesk.ui.info.tab import InfoTab

    return InfoTab(ctx)
