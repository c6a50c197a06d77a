"""What every tab needs: the acting user, per-workstation settings, and change notices."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal

from officedesk.core import session
from officedesk.core.actor import Actor
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display

WATCH_INTERVAL_MS = 1000  # changes made on other workstations show within about this


class AppContext(QObject):
    """Shared by the main window and its tabs.

    `registry_changed(name)` is emitted after a change to a registry so that lists, the
    工作台 and other tabs can refresh."""

    registry_changed = Signal(str)
    navigate_requested = Signal(str, int)  # registry, record id: "show me this record"
    # the database could not be read while watching for changes ("" when it is back)
    connection_problem = Signal(str)
    # the user's account was stopped, his role or 密级权限 changed, or his password was changed
    # elsewhere: log in again (ui.session; `password_changed` says which)
    session_ended = Signal()
    _stopped = Signal()  # core refused the stopped account, in any thread

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
        # registry -> changes.written() when this window last announced it: the audit entries this
        # process wrote up to then were announced (never "by this account": he may be elsewhere too)
        self._own: dict[str, int] = {}
        self._problem = ""
        self._ended = False
        self.password_changed = False  # why the session ended: a new password, not a new role
        self.locked_out = False  # or its wrong current passwords locked the account
        # looked at again when it arrives: several refusals of one moment ask once
        self._stopped.connect(self.check_session, Qt.ConnectionType.QueuedConnection)
        if actor.user_id is not None:
            session.listen(self._account_stopped)

    # ---- the session (core.session: the actor follows the user's row)
    def _account_stopped(self, user_id: int) -> None:
        if user_id == self.actor.user_id:
            with contextlib.suppress(RuntimeError):  # a window already gone
                self._stopped.emit()  # queued: the refusal reaches its caller (and is shown) first

    def end_session(self) -> None:
        """Ask for a new log-in (once, until `resume`)."""
        if not self._ended:
            self._ended = True
            self.session_ended.emit()

    def resume(self, actor: Actor) -> None:
        """The user logged in again: go on with his new actor."""
        self.actor = actor
        self._ended = False
        self.password_changed = False
        self.locked_out = False

    def check_session(self) -> bool:
        """True (and the session ends) when the account was stopped, its role or clearance
        differs from those the window was built with, its password was changed by another
        session, or its wrong current passwords locked the account (core.session); one read of
        the user's row."""
        if self.actor.user_id is None:
            return False
        try:
            now = session.peek(self.actor.user_id)
        except OfficeDeskError:  # the database is unreachable: the watcher says so
            return False
        if now is None:
            return False
        changed = session.password_changed(self.actor, now)
        locked = session.locked_out(self.actor)
        if (now.active and (now.role, now.clearance) == self.actor.logged_in_as and not changed
                and not locked):
            return False
        if not self._ended:
            self.password_changed = changed and now.active
            self.locked_out = locked and now.active
        self.end_session()
        return True

    def notify_changed(self, registry: str) -> None:
        from officedesk.core import changes

        self._own[registry] = changes.written()
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

    def watching(self) -> bool:
        return self._watch is not None and self._watch.isActive()

    def stop_watching(self) -> None:
        """The window is gone (the database may close next): no more polls."""
        if self._watch is not None:
            self._watch.stop()

    def poll_changes(self) -> list[str]:
        """Announce the registries changed since the last poll; returns them."""
        from officedesk.core import changes
        from officedesk.store.file_guard import refuse_lost_file

        try:
            refuse_lost_file()  # said at once, not at the next save
            self._last_entry, changed = changes.since_marked(self._last_entry)
        except OfficeDeskError as exc:
            if exc.message != self._problem:
                self._problem = exc.message
                self.connection_problem.emit(display(exc.message))
            return []
        if self._problem:
            self._problem = ""
            self.connection_problem.emit("")
        if "users" in changed:  # an administrator may have changed this user
            self.check_session()
        announced = []
        for registry, mine in changed.items():
            # written by this process and announced by this window since: shown already
            if mine is not None and mine <= self._own.get(registry, 0):
                continue
            announced.append(registry)
            self.registry_changed.emit(registry)
        return announced
