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
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from officedesk.core import anchor, audit, clock, registry, settings
from officedesk.core.actor import Actor, require_admin
from officedesk.core.errors import ConflictError, DatabaseError
from officedesk.store import backup as store_backup
from officedesk.store import presence
from officedesk.store.db import database, guarded, write_transaction
from officedesk.store.models import IssuedNumber, NumberSequence

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


def companion(path: Path) -> Path:
    """The anchor file that goes with a backup file."""
    return Path(str(path) + ".anchor.json")


@dataclass
class BackupResult:
    path: Path
    code: str  # the 审计校验码 at the time of the backup


def backup(actor: Actor, target: Path) -> BackupResult:
    """Copy the database to `target` (administrators only; audited; anchored)."""
    require_admin(actor, "数据库备份（备份文件含全部密级的记录和未遮盖的个人信息）")
    db = _db()
    target = Path(target)
    with guarded("备份"), write_transaction():
        audit.record(actor, "backup", "system", None, None, {"文件": str(target)},
                     f"备份数据库到 {target.name}")
    try:
        path = store_backup.backup_to(db, target)
    except DatabaseError as exc:
        _record_failure(actor, target, exc)
        raise
    data = anchor.write(companion(path))
    _anchor_beside(db)
    return BackupResult(path, str(data["code"]))


def _record_failure(actor: Actor, target: Path, exc: DatabaseError) -> None:
    """The entry written before the copy says a backup was made; this one says it was not."""
    # a damaged database may refuse this write too
    with contextlib.suppress(DatabaseError, peewee.DatabaseError), guarded("备份"), write_transaction():
        audit.record(actor, "backup", "system", None, None, {"文件": str(target), "未完成": exc.message},
                     f"备份到 {target.name} 未完成")


def _anchor_beside(db: peewee.Database, marks: dict[str, int] | None = None) -> None:
    with contextlib.suppress(OSError):  # a read-only folder: the backup itself stands
        anchor.write(anchor.anchor_path(db), marks)


@dataclass
class RestoreReport:
    kept: Path  # the database as it was, kept aside
    backup_time: dt.datetime | None
    lost: dict[str, int] = field(default_factory=dict)  # registry label -> records lost
    voided: list[str] = field(default_factory=list)  # numbers issued after the backup, now void
    removed: list[Path] = field(default_factory=list)  # older kept copies rotated away

    def summary(self) -> str:
        when = self.backup_time.strftime("%Y-%m-%d %H:%M") if self.backup_time else "（未知）"
        lines = [f"已从备份恢复。备份中的最后一次操作在 {when}。"]
        if self.lost:
            parts = "、".join(f"{name} {n} 条" for name, n in self.lost.items())
            lines.append(f"此后新建或修改的记录已不在恢复后的数据库中：{parts}。")
        else:
            lines.append("备份之后没有新建或修改的记录，没有丢失。")
        if self.voided:
            more = f" 等 {len(self.voided)} 个" if len(self.voided) > 10 else ""
            lines.append(f"备份之后发出的编号已作废，不会再次使用：{'、'.join(self.voided[:10])}{more}。")
        lines.append(f"恢复前的数据库另存为 {self.kept}，需要时可从中找回丢失的内容。")
        return "\n".join(lines)


def _changed_since(source: Path) -> dict[str, int]:
    """Per registry, the records the backup does not hold as they are now: created after it,
    or changed since (a higher version). Compared row by row, not by clock."""
    lost: dict[str, int] = {}
    for spec in registry.all_registries():
        model = spec.model
        kept = dict(store_backup.backup_rows(source, model._meta.table_name, ("id", "version")))
        rows: Any = model.select(model.id, model.version).tuples()
        n = sum(1 for record_id, version in rows if kept.get(record_id, 0) < version)
        if n:
            lost[spec.label] = n
    return lost


def _issued_since(source: Path) -> list[dict[str, Any]]:
    """The numbers this database issued that the backup does not know."""
    known = store_backup.backup_rows(source, "issued_number", ("kind", "prefix", "year", "seq"))
    rows: Any = IssuedNumber.select().where(IssuedNumber.seq > 0).order_by(IssuedNumber.id).dicts()
    return [row for row in rows if (row["kind"], row["prefix"], row["year"], row["seq"]) not in known]


def restore(actor: Actor, source: Path) -> RestoreReport:
    """Replace the database with a backup (administrators only; see the module's notes)."""
    require_admin(actor, "从备份恢复数据库")
    db = _db()
    if not isinstance(db, peewee.SqliteDatabase):
        raise DatabaseError(
            "PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 README）。")
    facts = store_backup.inspect_backup(Path(source))
    keep = int(settings.get(KEEP.key))
    path = str(db.database)
    with presence.exclusive(path) as in_the_way:
        if in_the_way:
            names = "；".join(str(other) for other in in_the_way)
            raise ConflictError(f"其他程序或工作站正在使用这个数据库：{names}。"
                                "恢复会替换全部数据，请先让它们关闭本程序（或退出命令），再恢复。")
        with guarded("恢复"):
            old_anchor = anchor.read(anchor.anchor_path(db)) or {}
            marks = anchor.merge_marks(anchor.high_water(), old_anchor.get("numbers") or {},
                                       facts.marks)
            lost = _changed_since(Path(source))
            issued = _issued_since(Path(source))
        kept = store_backup.restore_from(db, Path(source))
        with guarded("恢复"), write_transaction():
            _raise_sequences(marks)
            voided = _void_lost_numbers(issued, actor)
            report = RestoreReport(kept, facts.taken_at, lost, voided)
            audit.record(actor, "restore", "system", None, None,
                         {"备份文件": str(source), "丢失记录": lost, "作废编号": voided,
                          "原数据库另存为": str(kept)},
                         f"从备份 {Path(source).name} 恢复数据库")
    settings.forget_cache()
    report.removed = store_backup.keep_only(Path(path).stem, keep)
    _anchor_beside(db, marks)
    return report


def _raise_sequences(marks: dict[str, int]) -> None:
    for key, mark in marks.items():
        kind, prefix, year = key.split("|")
        NumberSequence.insert(kind=kind, prefix=prefix, year=int(year), last_value=0).on_conflict_ignore().execute()
        NumberSequence.update(last_value=mark).where(
            (NumberSequence.kind == kind) & (NumberSequence.prefix == prefix)
            & (NumberSequence.year == int(year)) & (NumberSequence.last_value < mark)).execute()


def _void_lost_numbers(issued: list[dict[str, Any]], actor: Actor) -> list[str]:
    """The numbers issued after the backup stay on record as void: never given out again."""
    texts = []
    for row in issued:
        row.pop("id", None)
        row.update(status="voided", void_reason="恢复备份后丢失（备份之后发出）",
                   voided_by=actor.username, voided_at=clock.now(), record_id=None)
        IssuedNumber.insert(**row).on_conflict_ignore().execute()
        texts.append(str(row["text"]))
    return texts
