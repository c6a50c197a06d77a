"""信访: registration with repeat detection, the handling steps, the printed papers, figures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

TITLE = QCoreApplication.translate("tabs", "信访")


def make_tab(ctx) -> QWidget:
    from officedesk.ui.petitions.tab import PetitionsTab

    return PetitionsTab(ctx)
