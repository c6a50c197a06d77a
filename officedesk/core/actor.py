"""Who is acting: the logged-in user, or the administrator for the command line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from officedesk.core.errors import PermissionDeniedError
from officedesk.core.i18n import text

ROLE_ADMIN = "admin"
ROLE_CLERK = "clerk"
ROLE_LEADER = "leader"
ROLE_READONLY = "readonly"

ROLE_LABELS = {ROLE_ADMIN: "管理员", ROLE_CLERK: "科员", ROLE_LEADER: "领导", ROLE_READONLY: "只读"}

CLEARANCE_LABELS = ["公开", "秘密", "机密", "绝密"]
# the 密级 choices of a record (level 0..3), as the registries store them
SECRECY_LABELS = ("非密", "秘密", "机密", "绝密")


class Standing(NamedTuple):
    """What a user's row says now: whether the account is on, its role and clearance, and the
    stamp of its password (core.session: a new one ends the user's other sessions)."""

    active: bool
    role: str
    clearance: int
    stamp: str = ""


# How long a read of a user's row serves (seconds): the role and clearance a session acts
# with (a list's first paint reads the row once, not per row), and, shorter, the check before
# every change (require_writer / require_admin).
READ_SECONDS = 1.0
WRITE_SECONDS = 0.2

# core.session installs the reader of a user's row (this module reads no database): given the
# user id, the age a copy may have and the session id, it returns the row's Standing (None
# without a database) and raises SessionEndedError for a stopped account or a session whose
# password was changed since it logged in.
_standing: Callable[[int, float, int | None], Standing | None] | None = None


def follow_users(reader: Callable[[int, float, int | None], Standing | None]) -> None:
    global _standing
    _standing = reader


class Actor:
    """Who acts. One built for a logged-in user (`user_id` set, core.users.actor_for) follows
    the user's row for the whole session: `role` and `clearance` are the row's now, and once the
    account is stopped, or its password changed by anyone but this session (`session_id`, the
    log-in it is), every use of them raises SessionEndedError. The values given here are the
    ones the session began with (`logged_in_as`). Other actors (the command line's
    administrator, the program itself, tests) are the values given."""

    __slots__ = ("username", "user_id", "display_name", "_role", "_clearance", "session_id")

    username: str
    user_id: int | None
    display_name: str
    _role: str
    _clearance: int
    session_id: int | None

    def __init__(self, username: str, role: str, clearance: int, user_id: int | None = None,
                 display_name: str = "", session_id: int | None = None) -> None:
        for name, value in (("username", username), ("_role", role), ("_clearance", clearance),
                            ("user_id", user_id), ("display_name", display_name),
                            ("session_id", session_id)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Actor is immutable: cannot set {name}")

    def _key(self) -> tuple[Any, ...]:
        return (self.username, self._role, self._clearance, self.user_id, self.display_name)

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle: built again, not set
        return (Actor, (*self._key(), self.session_id))  # a copy is the same session

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Actor) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Actor(username={self.username!r}, role={self._role!r}, "
                f"clearance={self._clearance!r}, user_id={self.user_id!r}, "
                f"display_name={self.display_name!r})")

    def standing(self, max_age: float = READ_SECONDS) -> Standing:
        """The account as its row says now (read again when the copy is older than max_age);
        SessionEndedError once it is stopped or its password changed elsewhere."""
        if self.user_id is not None and _standing is not None:
            now = _standing(self.user_id, max_age, self.session_id)
            if now is not None:
                return now
        return Standing(True, self._role, self._clearance)

    @property
    def role(self) -> str:
        return self.standing().role

    @property
    def clearance(self) -> int:
        return self.standing().clearance

    @property
    def logged_in_as(self) -> tuple[str, int]:
        """(role, clearance) as the session began: the window was built for these."""
        return self._role, self._clearance

    @property
    def can_write(self) -> bool:
        return self.role in (ROLE_ADMIN, ROLE_CLERK, ROLE_LEADER)

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN

    @property
    def may_instruct(self) -> bool:
        """Leaders write 批示; clerks may enter one on a leader's behalf."""
        return self.role in (ROLE_LEADER, ROLE_CLERK, ROLE_ADMIN)

    @property
    def may_see_sensitive(self) -> bool:
        return self.role in (ROLE_ADMIN, ROLE_LEADER)

    @property
    def label(self) -> str:
        return self.display_name or self.username


# The command line works on the database directly as the administrator (docs/DATABASE.md,
# "The command-line boundary").
CLI_ACTOR = Actor(username="cli-admin", role=ROLE_ADMIN, clearance=3, display_name="命令行（管理员）")


def require_writer(actor: Actor) -> None:
    """Core's own guard: every function that changes data calls it (the GUI only hides). A
    logged-in user's row is read again for it: a stopped or demoted account writes no more."""
    if actor.standing(WRITE_SECONDS).role not in (ROLE_ADMIN, ROLE_CLERK, ROLE_LEADER):
        raise PermissionDeniedError("您的账号是只读账号，不能修改记录。")


def require_admin(actor: Actor, what: str = "此操作") -> None:
    if actor.standing(WRITE_SECONDS).role != ROLE_ADMIN:
        raise PermissionDeniedError(text("只有管理员可以进行%1。请联系管理员。", what))


def clearance_label(level: int) -> str:
    return CLEARANCE_LABELS[max(0, min(level, 3))]


def clearance_of(label: str) -> int:
    """密级 label to level: '' or 公开/普通 is 0."""
    label = (label or "").strip()
    for level, name in enumerate(CLEARANCE_LABELS):
        if label.startswith(name):
            return level
    return 0


def secrecy_label(level: int) -> str:
    """Level to the 密级 a record stores: 0 is 非密."""
    return SECRECY_LABELS[max(0, min(level, 3))]
