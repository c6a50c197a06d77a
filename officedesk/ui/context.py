"""What every tab needs: the acting user, per-workstation settings, and change notices."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from officedesk.core.actor import Actor
from officedesk.core.errors import OfficeDeskError

WATCH_INTERVAL_MS = 1000  # changes made on other workstations show within about this


class AppContext(QObject):
    """Shared by the main window and its tabs.

    `registry_changed(name)` is emitted after a change to a registry so that lists, the
    工作台 and other tabs can refresh."""

    registry_changed = Signal(str)
    navigate_requested = Signal(str, int)  # registry, record id: "show me this record"
    # the database could not be read while watching for changes ("" when it is back)
    connection_problem = Signal(str)

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
        self._watch: QTimer | None = None
        self._last_entry = 0
        self._own: dict[str, float] = {}  # registry -> when this window last announced a change
        self._problem = ""

    def notify_changed(self, registry: str) -> None:
        self._own[registry] = time.monotonic()
        self.registry_changed.emit(registry)

    # ---- changes made elsewhere
    def watch_changes(self, interval_ms: int = WATCH_INTERVAL_MS) -> None:
        """Poll core for changes by other workstations; each changed registry is announced
        with registry_changed, as if changed here (lists keep their place and selection)."""
        from officedesk.core import changes

        try:
            self._last_entry = changes.latest()
        except OfficeDeskError:
            self._last_entry = 0
        if self._watch is None:
            self._watch = QTimer(self)
            self._watch.timeout.connect(self.poll_changes)
        self._watch.start(interval_ms)

    def stop_watching(self) -> None:
        """The window is gone (the database may close next): no more polls."""
        if self._watch is not None:
            self._watch.stop()

    def poll_changes(self) -> list[str]:
        """Announce the registries changed since the last poll; returns them."""
        from officedesk.core import changes

        try:
            self._last_entry, changed = changes.since(self._last_entry)
        except OfficeDeskError as exc:
            if exc.message != self._problem:
                self._problem = exc.message
                self.connection_problem.emit(exc.message)
            return []
        if self._problem:
            self._problem = ""
            self.connection_problem.emit("")
        announced = []
        now = time.monotonic()
        for registry, actors in changed.items():
            # this window's own change was announced when it was made
            if actors == {self.actor.username} and now - self._own.get(registry, -10.0) < 5:
                continue
            announced.append(registry)
            self.registry_changed.emit(registry)
        return announced
