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
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from officedesk.core import anchor, audit, clock, numbering, registry, restored, settings
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


def backup_name(target: Path) -> Path:
    """The backup file a chosen name means: 备份2026.12.02 (or old) is 备份2026.12.02.db; a
    .db name, or another kind of file's (report.docx: refused), as it is."""
    return store_backup.backup_name(target)


def check_target(actor: Actor, target: Path) -> bool:
    """What `backup` checks before it writes, without writing: refused to all but an
    administrator, and a name it would refuse (no .db ending, the open database…). True when
    the file exists — the backup would replace it (`overwrite`: ask first)."""
    require_admin(actor, "数据库备份（备份文件含全部密级的记录和未遮盖的个人信息）")
    target = Path(target)
    store_backup.refuse_target(_db(), target, overwrite=True)
    return target.exists() or target.is_symlink()


def backup(actor: Actor, target: Path, overwrite: bool = False) -> BackupResult:
    """Copy the database to `target` (administrators only; audited; anchored). A name not
    ending .db is refused, and an existing file unless `overwrite` (store.backup.refuse_target)."""
    require_admin(actor, "数据库备份（备份文件含全部密级的记录和未遮盖的个人信息）")
    db = _db()
    target = Path(target)
    store_backup.refuse_target(db, target, overwrite)
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
class Earlier:
    """A restore that did not finish (the program killed, the power gone): what it kept aside."""
    kept: str
    source: str
    at: str
    lost: dict[str, int] = field(default_factory=dict)


@dataclass
class RestoreReport:
    kept: Path | None  # the database as it was, kept aside (None: there was none, only an empty one)
    backup_time: dt.datetime | None
    lost: dict[str, int] = field(default_factory=dict)  # registry label -> records lost
    voided: list[str] = field(default_factory=list)  # numbers issued after the backup, now void
    removed: list[Path] = field(default_factory=list)  # older kept copies rotated away
    damaged: str = ""  # the database replaced could not be read (what SQLite said)
    replaced_office: str = ""  # another office's database was replaced on purpose: which
    earlier: list[Earlier] = field(default_factory=list)

    def summary(self) -> str:
        when = self.backup_time.strftime("%Y-%m-%d %H:%M") if self.backup_time else "（未知）"
        lines = [f"已从备份恢复。备份中的最后一次操作在 {when}。"]
        if self.replaced_office:
            lines.append(f"被替换的是另一个机关的数据库（{self.replaced_office}）：它的全部内容都不在恢复后的"
                         "数据库中，它的编号也不属于恢复后的机关，没有作废。")
        elif self.damaged:
            lines.append("原数据库文件已损坏，无法与备份逐条比对：备份之后新建或修改的记录不在恢复后的数据库中，"
                         "请从纸面记录或另存的损坏文件（可请技术人员抢救）中找回。")
        elif self.lost:
            parts = "、".join(f"{name} {n} 条" for name, n in self.lost.items())
            lines.append(f"此后新建或修改的记录已不在恢复后的数据库中：{parts}。")
        else:
            lines.append("备份之后没有新建或修改的记录，没有丢失。")
        for earlier in self.earlier:
            parts = "、".join(f"{name} {n} 条" for name, n in earlier.lost.items())
            lines.append(f"上一次恢复（{earlier.at}，从 {earlier.source}）没有完成；它恢复前的数据库另存为 "
                         f"{earlier.kept}" + (f"，其中有当时丢失的记录：{parts}" if parts else "")
                         + "，需要时可从中找回。")
        if self.voided:
            more = f" 等 {len(self.voided)} 个" if len(self.voided) > 10 else ""
            lines.append(f"备份之后发出的编号已作废，不会再次使用：{'、'.join(self.voided[:10])}{more}。")
        state = "（已损坏，原样另存）" if self.damaged else ""
        if self.kept is None:
            lines.append("恢复前这里还没有数据库（只有为恢复新建的空数据库），没有需要另存的内容。")
        else:
            lines.append(f"恢复前的数据库{state}另存为 {self.kept}，需要时可从中找回丢失的内容。")
        return "\n".join(lines)


class OtherOfficeError(ConflictError):
    """The backup is another office's database (another first audit entry)."""

    def __init__(self, message: str, question: str) -> None:
        super().__init__(message)
        self.question = question  # what the window asks before replacing on purpose


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


def _office(name: str, code: str) -> str:
    return f"{name or '机关名称未知'}，代字 {code or '未知'}"


def _refuse_other_office(source: Path, facts: store_backup.BackupFacts, here: tuple[str, str, str],
                         target: str) -> None:
    """A backup is restored over its own office's database only: the first audit entry (made by
    init, kept by every backup and restore) names the office. Replacing another office's
    database with it is asked for on purpose (--replace-office, or the window's confirmation)."""
    first, name, code = here
    if not first or not facts.first or first == facts.first:
        return
    theirs, ours = _office(*facts.org), _office(name, code)
    raise OtherOfficeError(
        f"备份“{source}”是另一个机关的数据库（{theirs}），不是当前数据库（{ours}）的备份：两者的第一条审计"
        "记录不同。没有恢复，数据库未改动。若要查看那个机关的备份，请恢复到一个新文件："
        f"officedesk restore {source} --db 新文件.db；若确要用它替换本机关（{ours}）的全部数据，请加 "
        f"--replace-office（{target} 仍会先另存一份）。",
        f"备份“{source.name}”是另一个机关（{theirs}）的数据库，不是本机关（{ours}）的备份。\n"
        "确要用它替换本机关的全部数据吗？当前数据库会先另存一份。")


def _own_marks(data: dict[str, Any] | None, first: str) -> dict[str, int]:
    """The number marks of an anchor file that anchored the office being restored (its first
    audit entry; an anchor that names none counts as its own): the numbers it issued, also those
    a database no longer there (an interrupted restore, a damaged file) issued."""
    if not data or data.get("broken") or (data.get("first") and data.get("first") != first):
        return {}
    marks: dict[str, int] = {}
    for key, value in (data.get("numbers") or {}).items():
        if str(key).count("|") == 2 and str(key).split("|")[2].isdigit() and str(value).isdigit():
            marks[str(key)] = int(value)
    return marks


# ---------------------------------------------------------------- an unfinished restore


def _note_path(path: str) -> Path:
    return Path(path + ".restoring.json")


def _earlier(path: str) -> list[Earlier]:
    """The restores begun on this database that did not finish (their note is left)."""
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        data = json.loads(_note_path(path).read_text(encoding="utf-8"))
        return [Earlier(str(e["kept"]), str(e["source"]), str(e["at"]),
                        {str(k): int(v) for k, v in (e.get("lost") or {}).items()}) for e in data]
    return []


def _noting(path: str, earlier: list[Earlier], source: Path, lost: dict[str, int]):  # noqa: ANN202
    """Called with the copy kept aside, before the database is replaced: a note that names it,
    so that a restore run after this one is interrupted can say where the lost records are."""

    def note(kept: Path) -> None:
        entries = [*earlier, Earlier(str(kept), str(source), dt.datetime.now().strftime("%Y-%m-%d %H:%M"), lost)]
        note_file = _note_path(path)
        try:
            note_file.write_text(json.dumps([e.__dict__ for e in entries], ensure_ascii=False),
                                 encoding="utf-8")
        except OSError:  # a full disk: no half-written note (an empty one names nothing)
            with contextlib.suppress(OSError):
                note_file.unlink(missing_ok=True)

    return note


# ---------------------------------------------------------------- restore


def restore(actor: Actor, source: Path, replace_office: bool = False,
            made_for_restore: bool = False) -> RestoreReport:
    """Replace the database with a backup (administrators only; see the module's notes).
    Another office's backup is refused unless `replace_office`. A database found damaged is
    kept aside as it is and replaced as restore_damaged does. `made_for_restore`: the database
    was made empty by opening a path where there was none (`restore --db 新文件.db`): with no
    audit entry since, there is nothing to keep aside, and the report says so."""
    require_admin(actor, "从备份恢复数据库")
    db = _db()
    if not isinstance(db, peewee.SqliteDatabase):
        raise DatabaseError(
            "PostgreSQL 数据库请在服务器上用 pg_dump -Fc 备份、pg_restore --clean 恢复（见 README）。")
    source = Path(source)
    facts = store_backup.inspect_backup(source)
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
                    _refuse_other_office(source, facts, here, path)
                other = bool(here[0] and facts.first and here[0] != facts.first)
                earlier = _earlier(path)
                if other:  # on purpose: nothing of the replaced office is this one's
                    marks, lost, issued = dict(facts.marks), {}, []
                else:
                    # a new, empty database (the file was lost) has no identity: its anchor file
                    # is the backup's office's if it names it
                    found = anchor.own_anchor(db) or anchor.read(anchor.anchor_path(db))
                    marks = anchor.merge_marks(anchor.high_water(), _own_marks(found, facts.first), facts.marks)
                    lost = _changed_since(source)
                    issued = _issued_since(source)
                    _anchor_beside(db, marks)  # an interrupted restore leaves the marks behind
                voids = _voids(facts, issued, marks, actor)
            kept: Path | None = store_backup.restore_from(db, source, _noting(path, earlier, source, lost))
            if made_for_restore and not here[0] and kept is not None and kept != Path(path):  # nothing to keep
                store_backup.forget_copy(kept)
                kept = None
            with guarded("恢复"), write_transaction():
                report = _settle(actor, source, facts, kept, marks, voids, lost)
    if damage is not None:
        return _after_damaged(actor, source, facts, plan, damage, keep)
    report.earlier = earlier
    report.replaced_office = _office(*here[1:]) if other else ""
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
    return DatabaseError(f"磁盘空间不足，没有恢复，数据库未改动。请清理“{Path(path).resolve().parent}”所在的"
                         "磁盘后再运行同一条恢复命令（空间充足时，可能是磁盘出错，请检查磁盘）。")


def _refuse_in_the_way(in_the_way: list[Any]) -> None:
    if in_the_way:
        names = "；".join(str(other) for other in in_the_way)
        raise ConflictError(f"其他程序或工作站正在使用这个数据库：{names}。"
                            "恢复会替换全部数据，请先让它们关闭本程序（或退出命令），再恢复。")


def _voids(facts: store_backup.BackupFacts, issued: list[dict[str, Any]], marks: dict[str, int],
           actor: Actor) -> list[dict[str, Any]]:
    """The issued_number rows to keep as void after the restore: those this database issued
    that the backup does not know, then every number up to the marks the backup never issued
    (issued by a database no longer here: a damaged one, one replaced by an interrupted restore)."""
    now = clock.now()
    rows = []
    highest = dict(facts.issued)
    for row in issued:
        row = dict(row)
        row.pop("id", None)
        row.update(status="voided", void_reason=restored.REASON, voided_by=actor.username,
                   voided_at=now, record_id=None)
        rows.append(row)
        key = f"{row['kind']}|{row['prefix']}|{row['year']}"
        highest[key] = max(highest.get(key, 0), int(row["seq"]))
    for key, mark in sorted(marks.items()):
        kind, prefix, year = key.split("|")
        if kind not in numbering.KINDS or mark <= highest.get(key, 0):
            continue
        if mark - highest.get(key, 0) > restored.MAX_LOST:
            raise ConflictError(f"锚定文件记录的 {key} 已发出最大号 {mark} 比备份中的 {highest.get(key, 0)} "
                                f"多出 {mark - highest.get(key, 0)} 个号，不像本机关的编号，没有恢复。请核对锚定文件"
                                f"（{anchor.ANCHOR_ENV} 或数据库旁的 .anchor.json）。")
        for seq in range(highest.get(key, 0) + 1, mark + 1):
            rows.append(dict(zip([*numbering.ISSUED_COLUMNS, "voided_at"],
                                 (kind, prefix, int(year), seq, numbering.format_number(kind, prefix, int(year), seq),
                                  "", None, "voided", now, actor.username, restored.REASON, actor.username, now),
                                 strict=True)))
    return rows


def _settle(actor: Actor, source: Path, facts: store_backup.BackupFacts, kept: Path | None,
            marks: dict[str, int], voids: list[dict[str, Any]], lost: dict[str, int],
            damaged: str = "") -> RestoreReport:
    """The restore's steps after the copy, in one transaction: sequences raised, numbers voided,
    the restore audited."""
    _raise_sequences(marks)
    voided = _void_lost_numbers(voids)
    report = RestoreReport(kept, facts.taken_at, lost, voided, damaged=damaged)
    audit.record(actor, "restore", "system", None, None,
                 {"备份文件": str(source), "丢失记录": lost, "作废编号": voided,
                  "原数据库另存为": str(kept) if kept else "（原先没有数据库）", **({"原数据库已损坏": damaged} if damaged else {})},
                 f"从备份 {source.name} 恢复数据库")
    return report


def _finish(db: peewee.Database, report: RestoreReport, keep: int, marks: dict[str, int]) -> RestoreReport:
    settings.forget_cache()
    path = str(db.database)
    _note_path(path).unlink(missing_ok=True)  # finished: no earlier attempt to speak of
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
    require_admin(actor, "从备份恢复数据库")
    target, source = Path(target), Path(source)
    damage = store_backup.file_damage(target)
    if damage is None:
        raise DatabaseError(f"数据库文件“{target}”没有损坏，请按平常的方式恢复。")
    facts = store_backup.inspect_backup(source)
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


def _replace_damaged(actor: Actor, target: Path, source: Path, facts: store_backup.BackupFacts,
                     replace_office: bool, marks: dict[str, int]) -> _Replaced:
    """The damaged file's part, with the database held alone: whose it is (as far as the file
    or its anchor tells), its numbers (the anchor's), the file kept aside and replaced."""
    path = str(target)
    own = anchor.read(anchor.anchor_path(peewee.SqliteDatabase(path))) or {}
    first, name, code = store_backup.identity_of(target)
    if not first and not own.get("broken"):
        first = str(own.get("first") or "")
    if not replace_office:
        _refuse_other_office(source, facts, (first, name, code), path)
    other = bool(first and facts.first and first != facts.first)
    marks = dict(facts.marks) if other else anchor.merge_marks(marks, _own_marks(own, facts.first), facts.marks)
    voids = _voids(facts, [], marks, actor)
    earlier = _earlier(path)
    kept = store_backup.replace_damaged(target, source, _noting(path, earlier, source, {}))
    return _Replaced(target, kept, marks, voids, earlier, _office(name, code) if other else "")


def _after_damaged(actor: Actor, source: Path, facts: store_backup.BackupFacts, plan: _Replaced,
                   damage: str, keep: int | None) -> RestoreReport:
    from officedesk.store.db import open_database

    db = open_database(str(plan.path))
    keep = int(settings.get(KEEP.key)) if keep is None else keep
    with guarded("恢复"), write_transaction():
        report = _settle(actor, source, facts, plan.kept, plan.marks, plan.voids, {}, damaged=damage)
    report.earlier = plan.earlier
    report.replaced_office = plan.other
    return _finish(db, report, keep, plan.marks)


def _raise_sequences(marks: dict[str, int]) -> None:
    for key, mark in marks.items():
        kind, prefix, year = key.split("|")
        NumberSequence.insert(kind=kind, prefix=prefix, year=int(year), last_value=0).on_conflict_ignore().execute()
        NumberSequence.update(last_value=mark).where(
            (NumberSequence.kind == kind) & (NumberSequence.prefix == prefix)
            & (NumberSequence.year == int(year)) & (NumberSequence.last_value < mark)).execute()


def _void_lost_numbers(rows: list[dict[str, Any]]) -> list[str]:
    """The numbers issued after the backup stay on record as void: never given out again."""
    for row in rows:
        IssuedNumber.insert(**row).on_conflict_ignore().execute()
    return [str(row["text"]) for row in rows]
