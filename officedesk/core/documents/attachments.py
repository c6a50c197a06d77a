"""A document's attached files (收文, 发文): add, list, open, save a copy, remove, check.

The bytes are kept in the database (store.attachment_files), once per content and named by
their SHA-256, so that a backup, `migrate-to` and every workstation of a shared database have
them. Opening writes a copy under the data folder's `opened/` for the program that shows it;
a program or script (a 来文's `.exe`, `.lnk`, `.js` …) is never started from here: the clerk
saves a copy and has it checked first."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import time
from pathlib import Path
from typing import Any

from officedesk.core import audit, clock, opened_copies, records, registry
from officedesk.core.actor import Actor
from officedesk.core.errors import NotFoundError, ProcedureError, ValidationError
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.store import attachment_files
from officedesk.store.db import guarded, write_transaction
from officedesk.store.db_errors import disk_full_error, disk_trouble, file_error_reason, for_reader
from officedesk.store.file_guard import holds_office_data, refuse_database_target, write_beside
from officedesk.store.models import Attachment

# a scanned 公文 of a hundred pages is a few tens of MB; the bytes are read whole and written in
# one statement, so a file is bounded well below what SQLite or PostgreSQL take in one value
MAX_BYTES = 100 * 1024 * 1024
# kinds a double click would run rather than show (Windows, Linux desktops): opened from a
# 来文 they would run whatever it carries
RUNNABLE_SUFFIXES = frozenset({
    ".exe", ".com", ".scr", ".pif", ".cpl", ".msi", ".msp", ".msc", ".bat", ".cmd", ".ps1", ".psm1",
    ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".hta", ".lnk", ".url", ".reg", ".inf", ".jar",
    ".dll", ".sys", ".chm", ".application", ".appref-ms", ".scf", ".iso", ".img", ".vhd", ".vhdx",
    ".sh", ".run", ".bin", ".appimage", ".desktop", ".deb", ".rpm", ".py", ".pyw", ".pl", ".rb",
    ".elf", ".command",
})
# copies opened for viewing are cleared once this old (a viewer still showing one keeps it)
OPENED_KEPT = dt.timedelta(days=1)
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def _visible(registry_name: str, record_id: int, actor: Actor) -> object:
    """The document the files belong to, refused above the actor's clearance: its attachments
    are as secret as it is."""
    return records.get(registry.get(registry_name), record_id, actor)


def change_refusal(spec: RegistrySpec, record: Any) -> str | None:
    """Why the document's 附件 may not be added to or taken off now (None: they may). A 发文's
    annexes are part of the draft its 核稿人 and 签发人 approve: they change only while the text
    may (拟稿中), else the 正本 would carry an annex nobody signed, or lack one its 附件说明
    names. A 收文's scans are its 来文: kept once it is 归档 (a 件 of the 归档文件目录) or 作废.
    The window's 附件 buttons and `attach` ask core, which refuses alike."""
    from officedesk.core.documents import archive, outgoing_spec
    from officedesk.core.lifecycle import VOIDED

    if record.state == VOIDED:
        return text("这份%1已作废，附件不再增删。", spec.label)
    if archive.filed(record):
        number = text("（档号 %1）", record.archive_no) if record.archive_no else ""
        return text("这份%1已归档%2，附件随归档文件保存，不能再增删。归档文件的更正须按档案管理的规定"
                    "办理，请联系档案管理员（系统管理员）。", spec.label, number)
    if spec.name == "outgoing" and record.state != outgoing_spec.DRAFTING:
        now, hint = outgoing_spec.draft_locked(record.state)
        return text("稿件%1，附件是签批的稿件的一部分，不能再增删。%2", now, hint)
    return None


def _refuse_change(spec: RegistrySpec, record: Any) -> None:
    refusal = change_refusal(spec, record)
    if refusal is not None:
        raise ProcedureError(refusal)


def size_text(size: int) -> Any:
    """A file's size as a file manager says it (812 字节, 195 KB, 2.3 MB): the window, the CLI."""
    if size < 1024:
        return text("%1 字节", size)
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def is_runnable(filename: str) -> bool:
    """A program or script by its name's ending (also `报告.pdf.exe`, `说明.PDF .exe`)."""
    return Path(filename.strip().rstrip(". ")).suffix.lower() in RUNNABLE_SUFFIXES


def source_problem(source: str | Path) -> str:
    """Why this file cannot be added ("": it can): a folder, a pipe or device, missing, above
    the size limit. Asked of every file before any is added (`attach` of several)."""
    source = Path(source)
    # the window's clerk picks a file in a dialog; the command line's names it
    if source.is_dir():
        return for_reader(
            text("“%1”是文件夹，请选择其中的一个文件（一个文件夹可压缩成 .zip 再作附件）。", source),
            text("“%1”是文件夹，请写出其中的一个文件（一个文件夹可压缩成 .zip 再作附件）。", source))
    if not source.is_file():
        if source.exists():  # a pipe or a device (/dev/zero would be read for ever)
            return for_reader(text("“%1”不是普通文件（是设备或管道），不能作附件。请选择一个文件。", source),
                              text("“%1”不是普通文件（是设备或管道），不能作附件。请写出一个文件。", source))
        return for_reader(text("找不到附件文件“%1”，请重新选择。", source),
                          text("找不到附件文件“%1”，请检查文件名和所在的文件夹。", source))
    try:
        size = source.stat().st_size
    except OSError as exc:
        return text("无法读取附件“%1”：%2。请检查文件是否被其他程序占用、是否有权限读取。", source.name,
                    file_error_reason(exc))
    if holds_office_data(source):  # every reader of the record could open every record
        return text("“%1”是本程序的数据库文件（或其备份、副本），其中有机关的全部记录（含涉密记录和个人信息），"
                    "不能作附件。需要交给他人的，请导出（按对方的密级）后附上导出的表格。", source.name)
    if size == 0:  # a scan or download that never finished: nothing to keep
        return text("附件“%1”是空文件（0 字节），没有内容：可能没有保存完或扫描失败。请打开检查，换成有内容的文件再添加。",
                    source.name)
    if size > MAX_BYTES:
        return text("附件“%1”有 %2 MB，超过每个附件 %3 MB 的上限。请压缩（如扫描件降低分辨率）或拆分后再添加。",
                    source.name, f"{size / 1024 / 1024:.0f}", MAX_BYTES // 1024 // 1024)
    return ""


def add_attachment(spec: RegistrySpec, record_id: int, source: str | Path, actor: Actor) -> Attachment:
    """Keep a file's bytes with the record (its checksum taken) and list it on the record."""
    records.require_writer(actor)
    source = Path(source)
    problem = source_problem(source)
    if problem:
        raise ValidationError(problem, "attachments")
    record = records.get(spec, record_id, actor)
    _refuse_change(spec, record)
    try:
        content = source.read_bytes()
    except OSError as exc:
        raise ValidationError(
            text("无法读取附件“%1”：%2。请检查文件是否被其他程序占用、是否有权限读取。", source.name,
                 file_error_reason(exc)),
            "attachments") from exc
    with guarded("保存附件"), write_transaction():
        _refuse_change(spec, records.get(spec, record_id, actor))  # as it stands now, not as read
        digest = attachment_files.keep(content)
        row = Attachment.create(
            registry=spec.name,
            record_id=record.id,
            filename=source.name,
            stored_name=f"{digest}{source.suffix.lower()}",
            sha256=digest,
            size=len(content),
            added_at=clock.now(),
            added_by=actor.username,
        )
        audit.record(actor, "attach", spec.name, record.id, None,
                     {"附件": source.name, "sha256": digest}, trail_text("添加附件：%1", source.name))
    return row


def attachments(registry_name: str, record_id: int, actor: Actor) -> list[Attachment]:
    """The attachment list of a document the actor may see."""
    _visible(registry_name, record_id, actor)
    return list(
        Attachment.select()
        .where((Attachment.registry == registry_name) & (Attachment.record_id == record_id))
        .order_by(Attachment.id)
    )


def _row(spec: RegistrySpec, attachment_id: int, actor: Actor) -> tuple[Attachment, Any]:
    """The attachment and its document, read for `actor`: one of a document above his clearance
    is answered as one that is not there (naming the document's id would tell that a hidden
    document with attachments exists)."""
    row = Attachment.get_or_none(Attachment.id == attachment_id)
    record = records.shown(spec, row.record_id, actor) if row is not None and row.registry == spec.name else None
    if row is None or record is None:
        raise NotFoundError(text("没有找到这个附件。"))
    return row, record


def _content(row: Attachment) -> bytes:
    """The attachment's bytes as added: an old copy on this computer is moved in first; bytes
    missing or changed are refused (never shown as if they were the file)."""
    content = attachment_files.content_of(row.sha256)
    if content is None:
        with guarded("保存附件"), write_transaction():
            if attachment_files.adopt_local_file(row):
                content = attachment_files.content_of(row.sha256)
    if content is None:
        raise ValidationError(text(
            "附件“%1”的文件不在数据库中（在共用数据库之前只存在添加它的电脑上）。请在添加它的电脑上打开一次"
            "（即存入数据库），或重新添加。", row.filename))
    if attachment_files.digest_of(content) != row.sha256:
        raise ValidationError(
            text("附件“%1”的文件已被改动（校验值不符），请从备份恢复。", row.filename))
    return content


def verify_attachment(row: Attachment) -> bool:
    """True when the database holds the file and its checksum still matches."""
    content = attachment_files.content_of(row.sha256)
    return content is not None and attachment_files.digest_of(content) == row.sha256


def safe_filename(filename: str) -> str:
    """The name as a file system of any office computer takes it (Windows forbids <>:"/\\|?*)."""
    name = _UNSAFE_NAME.sub("_", filename).strip().rstrip(". ") or "附件"
    stem, suffix = Path(name).stem, Path(name).suffix
    return stem[:120] + suffix[:20]


def _clear_old_opened(folder: Path) -> None:
    limit = time.time() - OPENED_KEPT.total_seconds()
    for old in folder.iterdir():
        with contextlib.suppress(OSError):  # a viewer still has it open (Windows)
            if old.stat().st_mtime < limit:
                shutil.rmtree(old) if old.is_dir() else old.unlink()


def open_attachment(spec: RegistrySpec, attachment_id: int, actor: Actor) -> Path:
    """A copy of an attachment the actor may see, for the program that shows its kind: under
    the data folder's `opened/`, by its own name. A program or script is refused."""
    row, _record = _row(spec, attachment_id, actor)
    if is_runnable(row.filename):
        raise ValidationError(text(
            "附件“%1”是可执行程序或脚本，为防病毒不从这里打开。请用“另存为…”存到别处，经杀毒软件检查后再处理。",
            row.filename))
    content = _content(row)
    target = Path(row.filename)  # named in a refusal until the copy's place is known
    try:
        folder = opened_copies.folder()  # the user's alone (保密: a classified document's copy)
        _clear_old_opened(folder)
        target = folder / row.sha256[:16] / safe_filename(row.filename)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        opened_copies.private(target.parent)
        if not (target.is_file() and attachment_files.digest_of(target.read_bytes()) == row.sha256):
            try:
                target.write_bytes(content)
            except BaseException:  # cut short (a full disk): no half of the document left there
                with contextlib.suppress(OSError):
                    target.unlink()
                raise
        opened_copies.private(target)
    except OSError as exc:
        if disk_trouble(exc):
            raise disk_full_error(target) from exc
        raise ValidationError(
            text("无法打开附件“%1”：%2。请检查磁盘空间和权限。", row.filename, file_error_reason(exc))) from exc
    return target


def save_attachment_as(spec: RegistrySpec, attachment_id: int, actor: Actor, target: str | Path) -> Path:
    """A copy of an attachment the actor may see, written where the clerk chose; recorded in
    the trail (a copy of a document's file leaves the program)."""
    row, _record = _row(spec, attachment_id, actor)
    content = _content(row)
    target = Path(target)
    refuse_database_target(target)  # nor over the office's database, a device or a pipe
    if target.is_dir():
        raise ValidationError(text("“%1”是文件夹。请写上要存成的文件名，如 %2。",
                                   target, target / safe_filename(row.filename)))
    # the whole copy is written beside the target first: a full disk leaves no half of it
    # there, and a file the clerk had under that name stays as it was
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = write_beside(target, content)
    except OSError as exc:
        raise _unsaved(row, target, exc) from exc
    placed = False
    try:
        with guarded("另存附件"), write_transaction():
            audit.record(actor, "save_copy", spec.name, row.record_id, None,
                         {"附件": row.filename, "sha256": row.sha256}, trail_text("另存附件：%1", row.filename))
            try:  # in place before the entry is committed: none is recorded for a copy not made
                os.replace(partial, target)
            except OSError as exc:
                raise _unsaved(row, target, exc) from exc
            placed = True
    except BaseException:  # no copy leaves the program that the trail does not record
        partial.unlink(missing_ok=True)
        if placed:
            target.unlink(missing_ok=True)
        raise
    return target


def _unsaved(row: Attachment, target: Path, exc: OSError) -> Exception:
    """A copy that could not be written, said in Chinese (never the system's English)."""
    if disk_trouble(exc):
        return disk_full_error(target)
    return ValidationError(text("无法保存附件“%1”到“%2”：%3。请检查位置、权限和磁盘空间。",
                                row.filename, target, file_error_reason(exc)))


def remove_attachment(spec: RegistrySpec, attachment_id: int, actor: Actor) -> None:
    records.require_writer(actor)
    with guarded("删除附件"), write_transaction():
        row, record = _row(spec, attachment_id, actor)
        _refuse_change(spec, record)
        row.delete_instance()
        audit.record(actor, "detach", spec.name, row.record_id, {"附件": row.filename}, None,
                     trail_text("删除附件：%1", row.filename))
    # the bytes stay: another record may share them, and a 删除 is looked back on in the trail


def problems() -> list[str]:
    """For `check`: attachments whose file the database lacks, and stored files changed since
    they were added. By registry and id, never by file name (a name may tell a secret)."""
    found: list[str] = []
    for row in attachment_files.without_content():
        found.append(text("%1 id %2 的一个附件（附件号 %3）的文件不在数据库中：请在添加它的电脑上打开一次，或重新添加",
                          registry.get(row.registry).label, row.record_id, row.id))
    changed = {digest for digest, _size in attachment_files.changed_contents()}
    for row in Attachment.select().where(Attachment.sha256.in_(changed)) if changed else []:
        found.append(text("%1 id %2 的一个附件（附件号 %3）的文件已被改动（校验值不符）",
                          registry.get(row.registry).label, row.record_id, row.id))
    return found
