"""What every tab needs: the acting user, per-workstation settings, and change notices."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from officedesk.core.actor import Actor


class AppContext(QObject):
    """Shared by the main window and its tabs.

    `registry_changed(name)` is emitted after a change to a registry so that lists, the
    工作台 and other tabs can refresh."""

    registry_changed = Signal(str)
    navigate_requested = Signal(str, int)  # registry, record id: "show me this record"

    def __init__(
        self,
        actor: Actor,
        database_label: str,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.database_label = database_label
        self.settings = settings or QSettings()
        self.main_window = None

    def notify_changed(self, registry: str) -> None:
        self.registry_changed.emit(registry)
