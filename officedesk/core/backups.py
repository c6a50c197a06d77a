"""备份 and 恢复 as rules: administrators only, audited, and a restore that never loses a number.

A backup copies every record at every 密级 with unmasked personal data, so only an
administrator may make one, and each one leaves an audit entry. Beside the copy goes its
anchor file (the audit chain's head and the number marks at that moment, see core.anchor).

A restore replaces everything, so it
- is refused while another program or workstation has the database open (and says which);
- checks the backup first: a sound file, a schema no newer than this program's, every
  foundation table, an unbroken audit chain (store.backup.inspect_backup);
- keeps every number sequence at or above the highest number ever issued — by the database it
  replaces, by the anchor file, by the backup — and voids the numbers issued after the backup,
  so no number goes out twice;
- says plainly what is lost: the records created or changed after the backup's last entry.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee

from officedesk.core import anchor, audit, i18n, registry, restore_numbers, restore_report, settings
from officedesk.core.actor import CLEARANCE_LABELS, Actor, require_admin
from officedesk.core.errors import ConflictError, DatabaseError, PermissionDeniedError
from officedesk.core.restore_report import Earlier, RestoreReport
from officedesk.core.summary_texts import trail_text
from officedesk.store import backup as store_backup
from officedesk.store import backup_facts, presence
from officedesk.store.db import database, guarded, write_transaction

KEEP = settings.declare(
    "backup.restore_keep",
    int,
    10,
    "恢复前自动另存的数据库保留份数",
    "备份",
    help="每次从备份恢复前，当前数据库会另存到备份文件夹；只保留最近的这些份数。",
)


def _db() -> peewee.Database:
    db = database.obj
    if db is None:
        raise DatabaseError("没有打开数据库。")
    return db


def sqlite_database() -> peewee.SqliteDatabase:
    """The open database, which a restore replaces: an SQLite file (PostgreSQL's is the server's)."""
    db = _db()
    if not isinstance(db, peewee.SqliteDatabase):
        raise DatabaseError(
            "PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 README）。")
    return db


def companion(path: Path) -> Path:
    """The anchor file that goes with a backup file."""
    return Path(str(path) + ".anchor.json")


@dataclass
class BackupResult:
    path: Path
    code: str  # the 审计校验码 at the time of the backup


def backup_name(target: Path) -> Path:
    """The backup file a chosen name means: 备份2026.12.02 (or old) is 备份2026.12.02.db; a
    .db name, or another kind of file's (report.docx: refused), as it is."""
    return store_backup.backup_name(target)


def _require_cleared_admin(actor: Actor) -> None:
    """保密: a backup holds every record of every 密级, personal data unmasked, so it is an
    administrator's cleared for every 密级 (as the window's 检查数据库, check.run_checks_as); one
    cleared below is refused in words that say nothing of what the database holds. (The command
    line is the administrator at the machine: CLI_ACTOR, cleared for every 密级.)"""
    _require_every_level(actor, "数据库备份（备份文件含全部密级的记录和未遮盖的个人信息）",
                         "备份文件含全部密级的记录和未遮盖的个人信息，须由密级权限为“%1”的管理员备份，"
                         "或由管理员在本机运行 officedesk backup。")


def require_restorer(actor: Actor) -> None:
    """A restore keeps the current database aside as a whole copy, every 密级 in it: the same
    clearance as a backup, else a restore were a backup by another name."""
    _require_every_level(actor, "从备份恢复数据库",
                         "恢复时当前数据库先另存一份，含全部密级的记录和未遮盖的个人信息，须由密级权限为"
                         "“%1”的管理员恢复，或由管理员在本机运行 officedesk restore。")


def _require_every_level(actor: Actor, doing: str, refusal: str) -> None:
    require_admin(actor, doing)
    if actor.clearance < len(CLEARANCE_LABELS) - 1:
        raise PermissionDeniedError(i18n.text(refusal, CLEARANCE_LABELS[-1]))


def check_target(actor: Actor, target: Path) -> bool:
    """What `backup` checks before it writes, without writing: refused to all but an
    administrator, and a name it would refuse (no .db ending, the open database…). True when
    the file exists — the backup would replace it (`overwrite`: ask first)."""
    _require_cleared_admin(actor)
    target = Path(target)
    store_backup.refuse_target(_db(), target, overwrite=True)
    return target.exists() or target.is_symlink()


def backup(actor: Actor, target: Path, overwrite: bool = False) -> BackupResult:
    """Copy the database to `target` (administrators only; audited; anchored). A name not
    ending .db is refused, and an existing file unless `overwrite` (store.backup.refuse_target)."""
    _require_cleared_admin(actor)
    db = _db()
    target = Path(target)
    store_backup.refuse_target(db, target, overwrite)
    with guarded("备份"), write_transaction():
        audit.record(actor, "backup", "system", None, None, {"文件": str(target)},
                     trail_text("备份数据库到 %1", target.name))
    try:
        path = store_backup.backup_to(db, target)
    except DatabaseError as exc:
        _record_failure(actor, target, exc)
        raise
    # the chain the copy holds: another workstation may have written since the copy was made
    # (its numbers issued since stay marked: the copy put in place must not issue them again)
    count, head, first, marks = backup_facts.chain_of(path)
    data = anchor.write_held(companion(path), count, head, first,
                             anchor.merge_marks(marks, anchor.high_water()))
    _anchor_beside(db)
    return BackupResult(path, str(data["code"]))


def _record_failure(actor: Actor, target: Path, exc: DatabaseError) -> None:
    """The entry written before the copy says a backup was made; this one says it was not."""
    # a damaged database may refuse this write too
    with contextlib.suppress(DatabaseError, peewee.DatabaseError), guarded("备份"), write_transaction():
        audit.record(actor, "backup", "system", None, None, {"文件": str(target), "未完成": exc.message},
                     trail_text("备份到 %1 未完成", target.name))


def _anchor_beside(db: peewee.Database, marks: dict[str, int] | None = None) -> None:
    with contextlib.suppress(OSError):  # a read-only folder: the backup itself stands
        anchor.write(anchor.anchor_path(db), marks)


def _changed_since(source: Path) -> dict[str, int]:
    """Per registry, the records the backup does not hold as they are now: created after it,
    or changed since (a higher version). Compared row by row, not by clock."""
    lost: dict[str, int] = {}
    for spec in registry.all_registries():
        model = spec.model
        kept = dict(backup_facts.backup_rows(source, model._meta.table_name, ("id", "version")))
        rows: Any = model.select(model.id, model.version).tuples()
        n = sum(1 for record_id, version in rows if kept.get(record_id, 0) < version)
        if n:
            lost[spec.label] = n
    return lost


# ---------------------------------------------------------------- restore


def restore(actor: Actor, source: Path, replace_office: bool = False,
            made_for_restore: bool = False) -> RestoreReport:
    """Replace the database with a backup (administrators only; see the module's notes).
    Another office's backup is refused unless `replace_office`. A database found damaged is
    kept aside as it is and replaced as restore_damaged does. `made_for_restore`: the database
    was made empty by opening a path where there was none (`restore --db 新文件.db`): with no
    audit entry since, there is nothing to keep aside, and the report says so."""
    require_restorer(actor)
    db = sqlite_database()
    source = Path(source)
    facts = backup_facts.inspect_backup(source)
    keep = int(settings.get(KEEP.key))
    path = str(db.database)
    with presence.exclusive(path) as in_the_way:
        _refuse_in_the_way(in_the_way)
        damage = store_backup.file_damage(path)
        if damage is not None:  # what it still tells of its numbers is kept; the rest may not read
            marks: dict[str, int] = {}
            with contextlib.suppress(DatabaseError, peewee.DatabaseError), guarded("恢复"):
                marks = anchor.high_water()
            db.close()
            plan = _replace_damaged(actor, Path(path), source, facts, replace_office, marks)
        else:
            with _nothing_restored_on_full_disk(path), guarded("恢复"):
                here = (anchor.hash_at(1) or "", str(settings.get("org.name") or ""),
                        str(settings.get("org.code") or ""))
                if not replace_office:
                    restore_report.refuse_other_office(source, facts, here, path)
                other = bool(here[0] and facts.first and here[0] != facts.first)
                earlier = restore_report.earlier_restores(path)
                if other:  # on purpose: nothing of the replaced office is this one's
                    marks, lost, issued = dict(facts.marks), {}, []
                else:
                    # a new, empty database (the file was lost) has no identity: its anchor file
                    # is the backup's office's if it names it
                    found = anchor.own_anchor(db) or anchor.read(anchor.anchor_path(db))
                    marks = anchor.merge_marks(anchor.high_water(), restore_numbers.own_marks(found, facts.first), facts.marks)
                    lost = _changed_since(source)
                    issued = restore_numbers.issued_since(source)
                    _anchor_beside(db, marks)  # an interrupted restore leaves the marks behind
                voids = restore_numbers.voids(facts, issued, marks, actor)
            kept: Path | None = store_backup.restore_from(db, source, restore_report.noting(path, earlier, source, lost),
                                                          restore_report.unnoting(path, earlier))
            if made_for_restore and not here[0] and kept is not None and kept != Path(path):  # nothing to keep
                store_backup.forget_copy(kept)
                kept = None
            with guarded("恢复"), write_transaction():
                report = _settle(actor, source, facts, kept, marks, voids, lost)
    if damage is not None:
        return _after_damaged(actor, source, facts, plan, damage, keep)
    report.earlier = earlier
    report.replaced_office = restore_report.office_named(*here[1:]) if other else ""
    return _finish(db, report, keep, marks)


@contextlib.contextmanager
def _nothing_restored_on_full_disk(path: str) -> Iterator[None]:
    """A full disk before the database is replaced (SQLite cannot grow its -shm to read it, the
    copy kept aside cannot be written): said as a restore that did not happen, not as damage or
    an unwritten record."""
    from officedesk.store.db_errors import disk_trouble

    try:
        yield
    except DatabaseError as exc:
        if not disk_trouble(exc):
            raise
        raise full_disk_refusal(path) from exc


def full_disk_refusal(path: str | Path) -> DatabaseError:
    """A restore not begun for want of disk space (or a failing disk) where the database is."""
    return DatabaseError(i18n.text("磁盘空间不足，没有恢复，数据库未改动。请清理“%1”所在"
                                   "的磁盘后再运行同一条恢复命令（空间充足时，可能是磁盘出错"
                                   "，请检查磁盘）。",
                                   Path(path).resolve().parent))


def _refuse_in_the_way(in_the_way: list[Any]) -> None:
    if in_the_way:
        names = "；".join(str(other) for other in in_the_way)
        raise ConflictError(i18n.text("其他程序或工作站正在使用这个数据库：%1。恢复会替换全"
                                      "部数据，请先让它们关闭本程序（或退出命令），再恢复。",
                                      names))



def _settle(actor: Actor, source: Path, facts: backup_facts.BackupFacts, kept: Path | None,
            marks: dict[str, int], voids: list[dict[str, Any]], lost: dict[str, int],
            damaged: str = "") -> RestoreReport:
    """The restore's steps after the copy, in one transaction: sequences raised, numbers voided,
    the restore audited."""
    restore_numbers.raise_sequences(marks)
    voided = restore_numbers.void_lost_numbers(voids)
    report = RestoreReport(kept, facts.taken_at, lost, voided, damaged=damaged)
    audit.record(actor, "restore", "system", None, None,
                 {"备份文件": str(source), "丢失记录": lost, "作废编号": voided,
                  "原数据库另存为": str(kept) if kept else "（原先没有数据库）", **({"原数据库已损坏": damaged} if damaged else {})},
                 trail_text("从备份 %1 恢复数据库", source.name))
    return report


def _finish(db: peewee.Database, report: RestoreReport, keep: int, marks: dict[str, int]) -> RestoreReport:
    settings.forget_cache()
    path = str(db.database)
    restore_report.note_path(path).unlink(missing_ok=True)  # finished: no earlier attempt to speak of
    report.removed = store_backup.keep_only(Path(path).stem, keep)
    _anchor_beside(db, marks)
    return report


def damaged_hint(target: str) -> str | None:
    """For a database file that cannot be opened because it is damaged: the command that
    restores it (None: not a damaged SQLite file)."""
    if not target or "://" in target or target == ":memory:" or store_backup.file_damage(target) is None:
        return None
    return (f"恢复方法：在命令行运行 officedesk restore 备份文件 --db {target}"
            "（损坏的文件会原样另存，再从备份恢复）。")


def restore_damaged(actor: Actor, target: Path, source: Path, replace_office: bool = False) -> RestoreReport:
    """Restore over an SQLite database file that cannot be opened because it is damaged: kept
    aside as it is, the backup copied in, then opened and settled as `restore` does (the numbers
    from the anchor file; the lost records cannot be counted). Leaves the database open."""
    require_restorer(actor)
    target, source = Path(target), Path(source)
    damage = store_backup.file_damage(target)
    if damage is None:
        raise DatabaseError(i18n.text("数据库文件“%1”没有损坏，请按平常的方式恢复。", target))
    facts = backup_facts.inspect_backup(source)
    with presence.exclusive(str(target)) as in_the_way:
        _refuse_in_the_way(in_the_way)
        plan = _replace_damaged(actor, target, source, facts, replace_office, {})
    return _after_damaged(actor, source, facts, plan, damage, None)


@dataclass
class _Replaced:
    path: Path
    kept: Path
    marks: dict[str, int]
    voids: list[dict[str, Any]]
    earlier: list[Earlier]
    other: str  # the office replaced on purpose ("" : the backup's own)


def _replace_damaged(actor: Actor, target: Path, source: Path, facts: backup_facts.BackupFacts,
                     replace_office: bool, marks: dict[str, int]) -> _Replaced:
    """The damaged file's part, with the database held alone: whose it is (as far as the file
    or its anchor tells), its numbers (the anchor's), the file kept aside and replaced."""
    path = str(target)
    own = anchor.read(anchor.anchor_path(peewee.SqliteDatabase(path))) or {}
    first, name, code = store_backup.identity_of(target)
    if not first and not own.get("broken"):
        first = str(own.get("first") or "")
    if not replace_office:
        restore_report.refuse_other_office(source, facts, (first, name, code), path)
    other = bool(first and facts.first and first != facts.first)
    marks = dict(facts.marks) if other else anchor.merge_marks(marks, restore_numbers.own_marks(own, facts.first), facts.marks)
    voids = restore_numbers.voids(facts, [], marks, actor)
    earlier = restore_report.earlier_restores(path)
    kept = store_backup.replace_damaged(target, source, restore_report.noting(path, earlier, source, {}))
    return _Replaced(target, kept, marks, voids, earlier, restore_report.office_named(name, code) if other else "")


def _after_damaged(actor: Actor, source: Path, facts: backup_facts.BackupFacts, plan: _Replaced,
                   damage: str, keep: int | None) -> RestoreReport:
    from officedesk.store.db import open_database

    db = open_database(str(plan.path))
    keep = int(settings.get(KEEP.key)) if keep is None else keep
    with guarded("恢复"), write_transaction():
        report = _settle(actor, source, facts, plan.kept, plan.marks, plan.voids, {}, damaged=damage)
    report.earlier = plan.earlier
    report.replaced_office = plan.other
    return _finish(db, report, keep, plan.marks)
