"""通讯录: units, people and meeting rooms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QTabWidget, QWidget

from officedesk.core import registry
from officedesk.core.record_lists import Filter
from officedesk.ui.widgets.layout_memory import remember
from officedesk.ui.widgets.registry_page import RegistryPage

TITLE = QCoreApplication.translate("tabs", "通讯录")


class DirectoryTab(QTabWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("通讯录"))
        self.pages: dict[str, RegistryPage] = {}
        # the pages' own words, not the fields' (单位 is “Unit” beside a record, “Units” here):
        # the English of this context is its own (IN_CONTEXT of en_glossary_probe107.py)
        titles = {"units": self.tr("单位"), "people": self.tr("人员"), "rooms": self.tr("会议室"),
                  "ranks": self.tr("职级")}
        # 显示: the entries in use (a phone book of those who still answer), those 停用 (to look
        # one up or enable it again), or all — remembered per page like every list's filter
        self.shown_combos: dict[str, QComboBox] = {}
        for name, title in titles.items():
            page = RegistryPage(ctx, registry.get(name), self)
            self.pages[name] = page
            if any(field.name == "out_of_use" for field in page.spec.fields):
                self.shown_combos[name] = page.list.add_filter_combo(self.tr("显示"), [
                    (self.tr("在用"), [Filter("out_of_use", "eq", False)]),
                    (self.tr("已停用"), [Filter("out_of_use", "eq", True)]),
                    (self.tr("全部"), []),
                ])
            self.addTab(page, title)
        remember(ctx.settings, "directory/page", self)

    def _page(self) -> RegistryPage:
        return self.currentWidget()  # type: ignore[return-value]

    def new_record(self) -> None:
        self._page().new_record()

    def focus_search(self) -> None:
        self._page().list.focus_search()

    def current_registry(self) -> str:
        return self._page().spec.name

    def show_record(self, registry_name: str, record_id: int) -> bool:
        page = self.pages.get(registry_name)
        if page is None:
            return False
        self.setCurrentWidget(page)
        page.list.refresh()
        return page.list.select_record(record_id)


def make_tab(ctx) -> QWidget:
    return DirectoryTab(ctx)
