"""A paper the clerk saves where he chooses (the preview's 另存为 PDF): written whole beside the
file and then put in place, so a disk that fills (or fails) during the write leaves the file of
that name as it was, never half of the new PDF looking like a whole one; what went wrong is
said in Chinese with what to do."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from officedesk.core.errors import OfficeDeskError, ValidationError
from officedesk.core.i18n import text
from officedesk.store.db_errors import disk_full_error, disk_trouble, file_error_reason
from officedesk.store.file_guard import refuse_database_target, write_in_place


def save_pdf(target: Path, data: bytes, private: bool = False) -> None:
    """Write `data` to `target` whole, or leave `target` as it was and raise an OfficeDeskError.
    `private`: a paper with personal data unmasked, owner-only from its first byte."""
    refuse_database_target(target)  # a PDF over the office's own database file
    try:
        write_in_place(target, data, private=private)
    except OSError as exc:
        raise unsaved(target, exc) from exc


def unsaved(target: Path, exc: OSError) -> OfficeDeskError:
    """Why the file could not be written, and what to do, in Chinese (never the system's English)."""
    if disk_trouble(exc):
        return disk_full_error(target)
    if isinstance(exc, IsADirectoryError) or target.is_dir():
        return ValidationError(text("“%1”是文件夹。请写上要存成的文件名，如 %2。", target, target / "单据.pdf"))
    return ValidationError(text("无法写入“%1”：%2。请换一个文件夹（或关闭正打开这个文件的程序），再保存一次。",
                                target, file_error_reason(exc)))


def painted_beside(target: Path) -> Path:
    """Where a PDF the print dialog writes to a file (打印到文件) is painted first: a hidden
    file beside `target`, put in place by `place_painted`."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


def place_painted(partial: Path, target: Path) -> None:
    """Put a PDF painted by Qt at `partial` in place as `target` when it is whole; else remove it
    and raise. Qt tells no failed write: a PDF cut short (a full disk) lacks its end, %%EOF."""
    try:
        with partial.open("rb") as painted:
            painted.seek(max(0, partial.stat().st_size - 1024))
            whole = b"%%EOF" in painted.read()
        if whole:
            os.replace(partial, target)
            return
    except OSError as exc:
        _remove(partial)
        raise unsaved(target, exc) from exc
    _remove(partial)
    raise disk_full_error(target)


def refuse_unwritable(partial: Path, target: Path) -> None:
    """Qt could not start a PDF at `partial` and tells no reason: found by making the file here,
    raised as `unsaved` says it (nothing is left)."""
    try:
        partial.open("xb").close()
    except OSError as exc:
        raise unsaved(target, exc) from exc
    _remove(partial)


def _remove(partial: Path) -> None:
    with contextlib.suppress(OSError):
        partial.unlink()
