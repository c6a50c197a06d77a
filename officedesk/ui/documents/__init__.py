"""公文: 收文 and 发文, with the "三多" figures and the 归档文件目录."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

import officedesk.core.documents  # noqa: F401  (registers the specs)
from officedesk.ui.documents.incoming_page import IncomingPage
from officedesk.ui.documents.outgoing_page import OutgoingPage
from officedesk.ui.documents.stats_page import StatsPage
from officedesk.ui.widgets.layout_memory import remember

TITLE = QCoreApplication.translate("tabs", "公文")


class DocumentsTab(QTabWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("公文"))
        self.incoming = IncomingPage(ctx, self)
        self.outgoing = OutgoingPage(ctx, self)
        self.stats = StatsPage(ctx, self)
        self.addTab(self.incoming, self.tr("收文"))
        self.addTab(self.outgoing, self.tr("发文"))
        self.addTab(self.stats, self.tr("统计与归档"))
        remember(ctx.settings, "documents/page", self)

    def _page(self) -> Any:
        return self.currentWidget()

    def new_record(self) -> Any:
        page = self._page()
        if page is self.stats:
            self.setCurrentWidget(self.incoming)
            page = self.incoming
        return page.new_record()

    def print_current(self) -> Any:
        page = self._page()
        if page is self.stats:
            return self.stats.print_archive_list()
        return page.print_current()

    def focus_search(self) -> None:
        page = self._page()
        if page is not self.stats:
            page.focus_search()

    def current_registry(self) -> str:
        return "outgoing" if self._page() is self.outgoing else "incoming"

    def show_record(self, registry_name: str, record_id: int) -> bool:
        for page in (self.incoming, self.outgoing):
            if page.spec.name == registry_name:
                self.setCurrentWidget(page)
                return page.show_record(registry_name, record_id)
        return False


def make_tab(ctx: Any) -> QWidget:
    return DocumentsTab(ctx)
