"""The tabs of the main window, in order. Each module has TITLE and make_tab(ctx) -> QWidget.

A tab may offer: new_record(), save_current(), print_current(), focus_search(),
show_record(registry, record_id) -> bool, current_registry() -> str."""

from __future__ import annotations

import importlib
import logging
from types import ModuleType

log = logging.getLogger(__name__)

TAB_MODULES = [
    "officedesk.ui.dashboard",
    "officedesk.ui.documents",
    "officedesk.ui.meetings",
    "officedesk.ui.supervision",
    "officedesk.ui.petitions",
    "officedesk.ui.directory",
]


def tab_modules() -> list[ModuleType]:
    """The modules that exist (a registry's tab arrives with its issue: no empty placeholders)."""
    found = []
    for name in TAB_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        if hasattr(module, "make_tab"):
            found.append(module)
    return found
