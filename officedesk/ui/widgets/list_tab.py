"""What the main window asks of a tab that shows one registry's list (信访, 信息): focus its
search, name its registry, show a record by id. Mixed in before QWidget."""

from __future__ import annotations

from typing import Any


class OneListTab:
    list: Any  # RegistryListView
    spec: Any  # RegistrySpec

    update_current: Any  # the tab's own: shows the selected record's details

    def focus_search(self) -> None:
        self.list.focus_search()

    def current_registry(self) -> str:
        return str(self.spec.name)

    def show_record(self, registry_name: str, record_id: int) -> bool:
        if registry_name != self.spec.name:
            return False
        self.list.refresh()
        found = bool(self.list.select_record(record_id))
        self.update_current()
        return found
