"""Schema version 30: an attached file's bytes in the database (store.models.AttachmentContent),
not only in the data folder of the computer that added it. The files this computer holds are
moved in now (checked against their checksums); those added on another computer of a shared
database are moved in when that computer next opens them (core.documents.attachments)."""

from __future__ import annotations

import peewee


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import attachment_files
    from officedesk.store.models import AttachmentContent

    db.create_tables([AttachmentContent])
    attachment_files.adopt_local_files()
