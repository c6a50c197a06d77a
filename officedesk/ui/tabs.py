"""The tabs of the main window, in order. Each module has TITLE and make_tab(ctx) -> QWidget.

A tab may offer: new_record(), save_current(), print_current(), focus_search(),
show_record(registry, record_id) -> bool, current_registry() -> str."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass
from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class TabSpec:
    module: str
    title: str  # Chinese source text, translated in context "tabs"
    registries: tuple[str, ...]  # what its show_record() can show

    @property
    def name(self) -> str:
        return self.module.rsplit(".", 1)[1]


# Titles here (not only in the modules) so the window can name every tab before importing it:
# a registry's tab is built when it is first shown, which keeps start-up short.
TABS = [
    TabSpec("officedesk.ui.dashboard", QT_TRANSLATE_NOOP("tabs", "工作台"), ()),
    TabSpec("officedesk.ui.documents", QT_TRANSLATE_NOOP("tabs", "公文"), ("incoming", "outgoing")),
    TabSpec("officedesk.ui.meetings", QT_TRANSLATE_NOOP("tabs", "会议"), ("meetings",)),
    TabSpec("officedesk.ui.supervision", QT_TRANSLATE_NOOP("tabs", "督查"), ("supervision",)),
    TabSpec("officedesk.ui.petitions", QT_TRANSLATE_NOOP("tabs", "信访"), ("petitions",)),
    TabSpec("officedesk.ui.efficiency", QT_TRANSLATE_NOOP("tabs", "效能"), ("efficiency", "complaints")),
    TabSpec("officedesk.ui.info", QT_TRANSLATE_NOOP("tabs", "信息"), ("info",)),
    TabSpec("officedesk.ui.directory", QT_TRANSLATE_NOOP("tabs", "通讯录"), ("units", "people", "rooms")),
]
TAB_MODULES = [tab.module for tab in TABS]


def available() -> list[TabSpec]:
    """The tabs whose module exists (a registry's tab arrives with its issue: no empty tabs)."""
    return [tab for tab in TABS if importlib.util.find_spec(tab.module) is not None]


def tab_modules() -> list[ModuleType]:
    """Import every available tab module."""
    return [importlib.import_module(tab.module) for tab in available()]
