"""The error taxonomy. Every error a user can cause carries a Chinese message that says what to do."""

from __future__ import annotations


class OfficeDeskError(Exception):
    """Base of every expected error; `message` is shown to the user as it is."""

    # refused only for want of a reason (a meeting's soft conflicts: the dialog's 原因,
    # `--force 理由`): the window's import offers to give one and checks again
    needs_reason = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(OfficeDeskError):
    """Bad input in one field (or, with field=None, in the record as a whole)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(OfficeDeskError):
    pass


class StaleRecordError(OfficeDeskError):
    """Optimistic locking: someone saved a newer version first."""


class PermissionDeniedError(OfficeDeskError):
    pass


class HiddenRecordError(NotFoundError, PermissionDeniedError):
    """A record above the reader's clearance: answered as one that does not exist (README: found
    by no path). A NotFoundError first, so that whoever treats a missing record one way treats a
    hidden one the same; still a PermissionDeniedError for what refuses on clearance."""


class ProcedureError(OfficeDeskError):
    """A step that the record's current state does not allow; `field`, when the refusal is
    met by filling one of the step's fields (代录 naming whom: its person field)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class CautionError(ValidationError):
    """A step that says something first and is done only once the caller says it was heard
    (core.steps.perform's `cautioned`): a 发文's 修改 by one who holds a later level of its
    chain (core.self_check.step_caution). `message` ends in how to confirm it."""


class ConflictError(OfficeDeskError):
    """A booking or numbering conflict that needs a different choice."""


class DatabaseError(OfficeDeskError):
    """The database is locked, unreachable, corrupt or the disk is full."""


class LoginError(OfficeDeskError):
    pass


class SessionEndedError(PermissionDeniedError):
    """A logged-in session may not go on: every core call of it is refused and the window goes
    back to the log-in dialog (core.session)."""


class AccountStoppedError(SessionEndedError):
    """The user's account was stopped (停用) since the session logged in."""


class AccountLockedError(SessionEndedError):
    """The session's user gave a wrong current password until his account locked (core.lockout):
    whoever sits at it could not show he is its user."""


class LoggedOutError(SessionEndedError):
    """The session's user logged out (注销): what it left behind acts no more."""


class PasswordChangedError(SessionEndedError):
    """The user's password was reset by an administrator, or changed by the user in another
    session, since this session logged in: it must log in with the new password."""
