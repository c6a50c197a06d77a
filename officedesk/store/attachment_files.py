"""Attached files' bytes in the database (AttachmentContent), one row per content.

Before schema 30 they lay only in the data folder of the computer that added them
(`attachments/<registry>/<sha256><suffix>`): a backup, `migrate-to` and the other workstations
of a shared database did not have them. Such a file is moved in when it is found (the
migration, or the first time that computer opens it)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from officedesk import paths
from officedesk.store.models import Attachment, AttachmentContent

READ_BLOCK = 1 << 20


def digest_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def keep(content: bytes) -> str:
    """Store the bytes once (the same file attached twice is kept once); its SHA-256.
    Call inside the write transaction of the attachment row."""
    digest = digest_of(content)
    if not AttachmentContent.select().where(AttachmentContent.sha256 == digest).exists():
        AttachmentContent.create(sha256=digest, size=len(content), content=content)
    return digest


def content_of(digest: str) -> bytes | None:
    """The stored bytes of a content, as the database holds them (None: not there)."""
    row = (AttachmentContent.select(AttachmentContent.content)
           .where(AttachmentContent.sha256 == digest).first())
    return None if row is None else bytes(row.content)


def local_file(row: Attachment) -> Path:
    """Where a computer kept the file before schema 30."""
    return paths.attachments_dir() / row.registry / row.stored_name


def adopt_local_file(row: Attachment) -> bool:
    """Move this computer's old copy of an attachment into the database, if it is here and
    still matches its checksum; True when the database now has it."""
    path = local_file(row)
    if not path.is_file():
        return False
    content = path.read_bytes()
    if digest_of(content) != row.sha256:
        return False
    keep(content)
    return True


def without_content() -> Iterator[Attachment]:
    """The attachment rows whose bytes the database lacks."""
    held = AttachmentContent.select(AttachmentContent.sha256)
    yield from Attachment.select().where(Attachment.sha256.not_in(held)).order_by(Attachment.id)


def adopt_local_files() -> int:
    """Every old copy this computer holds that the database lacks, moved in; how many."""
    return sum(1 for row in list(without_content()) if adopt_local_file(row))


def changed_contents() -> Iterator[tuple[str, int]]:
    """(sha256, size) of each stored content whose bytes no longer give its checksum: changed
    in the database outside the program. Read one at a time (memory: one file)."""
    ids = [row.id for row in AttachmentContent.select(AttachmentContent.id).order_by(AttachmentContent.id)]
    for content_id in ids:
        row = AttachmentContent.get_by_id(content_id)
        if digest_of(bytes(row.content)) != row.sha256:
            yield row.sha256, row.size
