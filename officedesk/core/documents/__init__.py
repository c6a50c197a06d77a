"""The documents registries: 收文 (`incoming`) and 发文 (`outgoing`).

Importing this package registers both specs, the 工作台 provider and the "三多" figures."""

from __future__ import annotations

from officedesk.core import dashboard, stats
from officedesk.core.documents import (
    archive,
    archive_brought,  # noqa: F401  (registers the batch's and the import report's hooks)
    deadlines,
    incoming,
    outgoing,
    renamed,  # noqa: F401  (registers its directory.UNIT_RENAMES hook)
    reports,
)
from officedesk.core.documents.incoming import INCOMING
from officedesk.core.documents.outgoing import OUTGOING

dashboard.register_provider(reports.due_items)
stats.register("documents", reports.figures)

__all__ = ["INCOMING", "OUTGOING", "archive", "deadlines", "incoming", "outgoing", "reports"]
