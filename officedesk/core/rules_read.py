"""The rules deadlines are counted by — the holiday table and the settings — as a batch import read
them when it counted its records' deadlines in its check, without the write lock (core.batch).

One record at a time counts them in its own transaction under the rules as committed
(workdays.as_committed): a holiday change still running is waited for and counted in, one
starting later waits for the write and then counts its stored deadlines again. A batch counts
them before its transaction: `read()` notes the rules as they stand when the check begins
(every change of them — a holiday entered or removed, a setting — leaves an audit entry of the
registry "settings" in its own transaction), and under the write lock `holds()` reads them as
committed and tells whether any changed meanwhile. If one did, nothing is written and the batch
is checked again (batch.create_many); once written, its counted deadlines are stored like the
row path's, so a change after it counts them again.

The users are read so too (`names_read`): a batch checks without the lock that the people its
rows name are cleared for them (core.cleared_names), and a user lowered, renamed, re-enabled,
added or given another post meanwhile (each an audit entry of the registry "users") has the
batch checked again under the users as they are now.

A registry may bring a read of its own (a subclass with `verify()`, under the write lock, and
the refusal's words `changed`): the 会议 batch's schedule (core.meetings.batch).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from officedesk.core.context_values import bound
from officedesk.core.errors import ConflictError
from officedesk.store.db import database, names_lock
from officedesk.store.models import AuditEntry

SETTINGS = "settings"  # the audit registry of every change of a setting or of the holiday table
USERS = "users"  # the audit registry of the users (core.accounts)
# the changes of a user that may change whom a name on a record means, or whether he is cleared
# for it (core.accounts: what core.cleared_names.check_user judges, and a post's unit or 职务)
NAMING_ACTIONS = ("create", "role", "clearance", "update", "activate", "post")


class RulesChanged(ConflictError):
    """The holiday table or a setting changed between a batch's check and its write: nothing was
    written (the batch counted some deadlines under the rules before the change)."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or "导入期间节假日安排或系统设置有变更，按原设置计算的期限已作废，"
                         "没有写入任何数据。请重新导入。")


@dataclass(frozen=True)
class RulesRead:
    """The rules as they stood when a batch began counting: the newest change of them."""

    last_change: int
    source: str = SETTINGS  # or USERS: the users a batch checked its named people against


def _last_change(source: str = SETTINGS) -> int:
    table, param = AuditEntry._meta.table_name, database.param
    if source == USERS:
        actions = ", ".join([param] * len(NAMING_ACTIONS))
        row = database.execute_sql(
            f'select coalesce(max(id), 0) from "{table}" where registry = {param} and action in ({actions})',
            (USERS, *NAMING_ACTIONS)).fetchone()
    else:
        row = database.execute_sql(
            f'select coalesce(max(id), 0) from "{table}" where registry = {param}', (SETTINGS,)).fetchone()
    return int(row[0])


def names_read() -> RulesRead:
    """Before a batch checks whom its rows name: the newest change of a user that matters."""
    return RulesRead(_last_change(USERS), USERS)


def read() -> RulesRead:
    """Before counting: the newest change, and what this process remembered of the rules
    forgotten (another workstation may have changed them), so the count reads them from here on."""
    from officedesk.core import settings, workdays

    seen = RulesRead(_last_change())
    settings.forget_cache()
    workdays.forget_overrides()
    return seen


# the rules the batch being checked counts by (read once, when its check began)
_batch: ContextVar[RulesRead | None] = ContextVar("batch_rules", default=None)


@contextlib.contextmanager
def batch_scope() -> Iterator[None]:
    """A batch's check (RegistrySpec.prepare_scope): the rules it counts by, read once."""
    with bound(_batch, read()):
        yield


def batch_read() -> RulesRead:
    """The rules the batch being checked counts by; outside a batch's check, as they read now."""
    return _batch.get() or read()


def holds(seen: RulesRead) -> bool:
    """Inside the write transaction, before the rows are written: the rules read as committed
    (PostgreSQL: a holiday change still running is waited for, one starting later waits for this
    write) are still those the batch counted by."""
    from officedesk.core import workdays

    verify = getattr(seen, "verify", None)
    if verify is not None:  # a read of its own (meetings.batch: the schedule a check read)
        return bool(verify())
    if seen.source == USERS:
        names_lock(exclusive=False)  # PostgreSQL: a user change running is waited for, a later one waits
        return _last_change(USERS) == seen.last_change
    workdays.as_committed()
    return _last_change() == seen.last_change


def require(reads: Iterable[RulesRead]) -> None:
    """`holds` for each read a batch's records were counted under; RulesChanged if one does not."""
    # a registry's own read first (the schedule lock before the users' lock, as a meeting's
    # save takes them: two writers never wait for each other)
    for seen in sorted(reads, key=lambda read: getattr(read, "verify", None) is None):
        if not holds(seen):
            raise RulesChanged(getattr(seen, "changed", "") or (
                "导入期间有用户的姓名、密级权限或职务变更，没有写入任何数据。请重新导入。"
                if seen.source == USERS else ""))
