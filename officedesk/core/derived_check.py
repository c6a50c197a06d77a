"""`check`: the tables that are no registry's and carry no row digest, yet print or count: each
judged against what the audit trail says of it, or recomputed from the guarded rows it is
derived from. Each module yields its findings in words naming the row (no closing words:
core.check adds them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def problems() -> Iterator[str]:
    from officedesk.core import deadline_check, deadline_owners
    from officedesk.core.documents import archive_check
    from officedesk.core.info import issue_check, printed_check

    yield from archive_check.problems()
    issued_at: dict[int, tuple[int, Any]] = {}
    yield from issue_check.problems(issued_at)
    yield from printed_check.problems(issued_at)
    yield from deadline_check.problems()
    yield from deadline_owners.problems()
