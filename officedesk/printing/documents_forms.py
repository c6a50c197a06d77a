"""Printed papers of the documents registries, one module a paper (importing this one registers
them all and keeps their names importable from here):

收文 (`incoming_forms`): 收文处理笺 (`incoming-slip`), 传阅单 (`circulation`), 催办单
(`incoming-reminder`). 发文: 发文稿纸 (`outgoing_draft`: `outgoing-draft`, at any step) and the 公文
itself (`outgoing_document`: `document`, once numbered). Both: 归档文件目录 (`archive_list`:
`archive-list`). What they share is in `documents_common`.

Every builder reads the records through ``records.get(spec, id, actor)``, which refuses a record
above the actor's clearance, so nothing classified prints for someone who may not see it.
"""

from __future__ import annotations

from officedesk.printing.archive_list import build_archive_list
from officedesk.printing.documents_common import SIZE_SMALL4
from officedesk.printing.incoming_forms import (
    build_circulation,
    build_incoming_reminder,
    build_incoming_slip,
    circulation_sheet,
    incoming_slip,
    reminder_sheet,
)
from officedesk.printing.outgoing_document import PRINTABLE, build_document, document_data
from officedesk.printing.outgoing_draft import (
    build_outgoing_draft,
    draft_paper,
    outgoing_attachments,
)

__all__ = [
    "PRINTABLE",
    "SIZE_SMALL4",
    "build_archive_list",
    "build_circulation",
    "build_document",
    "build_incoming_reminder",
    "build_incoming_slip",
    "build_outgoing_draft",
    "circulation_sheet",
    "document_data",
    "draft_paper",
    "incoming_slip",
    "outgoing_attachments",
    "reminder_sheet",
]
