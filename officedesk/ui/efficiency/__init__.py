"""效能 tab: the figures of a period (per step, unit, person, category; "三多"), each drilling
down to the records behind it, the 效能通报 and the 效能投诉 registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

TITLE = "效能"


def make_tab(ctx: Any) -> QWidget:
    from officedesk.ui.efficiency.tab import EfficiencyTab

    return EfficiencyTab(ctx)
