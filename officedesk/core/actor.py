"""Who is acting: the logged-in user, or the administrator for the command line."""

from __future__ import annotations

from dataclasses import dataclass

ROLE_ADMIN = "admin"
ROLE_CLERK = "clerk"
ROLE_LEADER = "leader"
ROLE_READONLY = "readonly"

ROLE_LABELS = {ROLE_ADMIN: "管理员", ROLE_CLERK: "科员", ROLE_LEADER: "领导", ROLE_READONLY: "只读"}

CLEARANCE_LABELS = ["公开", "秘密", "机密", "绝密"]
# the 密级 choices of a record (level 0..3), as the registries store them
SECRECY_LABELS = ("非密", "秘密", "机密", "绝密")


@dataclass(frozen=True)
class Actor:
    username: str
    role: str
    clearance: int
    user_id: int | None = None
    display_name: str = ""

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
    """Core's own guard: every function that changes data calls it (the GUI only hides)."""
    if not actor.can_write:
        from officedesk.core.errors import PermissionDeniedError

        raise PermissionDeniedError("您的账号是只读账号，不能修改记录。")


def require_admin(actor: Actor, what: str = "此操作") -> None:
    if not actor.is_admin:
        from officedesk.core.errors import PermissionDeniedError

        raise PermissionDeniedError(f"只有管理员可以进行{what}。请联系管理员。")


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
