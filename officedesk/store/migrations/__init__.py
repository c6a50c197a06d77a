"""Numbered schema migrations, run at start-up after a backup of the database file.

Rules: a migration never changes once it has shipped. A migration that creates tables for a
registry uses that registry's models as they were then; later changes to those tables get a new
migration (add_column, index), never an edit of the old one.

A migration that mends data through core's rules (audited, as the program would have written
it) declares `THROUGH_CORE = True`: core reads and writes the tables through the newest models,
which match them only once every schema migration is applied, so such a migration runs after
the others of the same start-up (in its own transaction with its version row, as any other).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import peewee

log = logging.getLogger(__name__)

# (version, module name). Numbers are assigned here once; never reorder.
MIGRATIONS: list[tuple[int, str]] = [
    (1, "m0001_foundation"),
    (2, "m0002_directory_search"),
    (3, "m0003_documents"),
    (4, "m0004_meetings"),
    (5, "m0005_supervision"),
    (6, "m0006_petitions"),
    (7, "m0007_security"),
    (8, "m0008_rules"),
    (10, "m0010_ranks"),
    (11, "m0011_scale"),
    (12, "m0012_efficiency"),
    (15, "m0015_positions"),
    (16, "m0016_info"),
    (17, "m0017_returns"),
    (18, "m0018_rechecker"),
    (19, "m0019_meeting_observers"),
    (20, "m0020_circulation_unsent"),
    (21, "m0021_joint_organs"),
    (22, "m0022_counted_deadlines"),
    (23, "m0023_info_points_kept"),
    (24, "m0024_petition_first_review"),
    (25, "m0025_info_sudden_limits_kept"),
    (26, "m0026_meeting_length"),
    (27, "m0027_info_county_issued"),
    (28, "m0028_info_printed_items"),
    (29, "m0029_info_ranking_index"),
    (30, "m0030_attachment_content"),
    (31, "m0031_info_issue_head"),
    (32, "m0032_incoming_ref_index"),
    (33, "m0033_numbers_searched"),
    (34, "m0034_names_unpadded"),
    (35, "m0035_petition_served"),
    (36, "m0036_signed_for_user"),
    (37, "m0037_meeting_notice_people"),
    (38, "m0038_list_dates"),
    (39, "m0039_index_catch_up"),
    (40, "m0040_meeting_doc_no"),
    (41, "m0041_meeting_doc_no_unique"),
    (42, "m0042_complainant_unsearched"),
    (43, "m0043_directory_out_of_use"),
    (44, "m0044_complaint_remedy_days"),
]
MIGRATIONS.sort()  # numbers are given per piece of work; they run in order, gaps allowed

LATEST = max(number for number, _name in MIGRATIONS)
MIGRATION_LOCK = 0x0FF1CE  # PostgreSQL advisory lock key held while migrating


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"officedesk.store.migrations.{name}")


def _through_core(name: str) -> bool:
    return bool(getattr(_module(name), "THROUGH_CORE", False))


def applied_versions(db: peewee.Database) -> set[int]:
    if not db.table_exists("schema_version"):
        return set()
    return {int(row[0]) for row in db.execute_sql("select version from schema_version").fetchall()}


def current_version(db: peewee.Database) -> int:
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql("select max(version) from schema_version").fetchone()
    return int(row[0] or 0)


def upgrade_pending(db: peewee.Database) -> bool:
    """An office's database (not a new one) that this program will upgrade when it opens it:
    a backup of the whole file first, then the migrations, which may take minutes on a big
    office (the window says so while they run: store.db.open_database's `upgrading`)."""
    done = applied_versions(db)
    return bool(done) and any(number not in done for number, _name in MIGRATIONS)


def newer_than_this_program(db: peewee.Database) -> str:
    """Why a database made by a newer OfficeDesk may not be used by this one ("" when it may):
    it would write rows, numbers and audit entries under rules the newer schema has changed."""
    version = current_version(db)
    if version <= LATEST:
        return ""
    return f"数据库结构版本 {version} 比本程序支持的 {LATEST} 新，请升级本程序后再使用这个数据库。"


def _backed_up(db: peewee.Database, version: int, backup: Callable[[peewee.Database, int], object]) -> None:
    """The backup an upgrade takes first. A damaged file refuses it: said as the upgrade that
    stopped, not as a backup nobody asked for (its advice to run `check` then led back here)."""
    from officedesk.core import i18n
    from officedesk.core.errors import DatabaseError
    from officedesk.store.backup import DamagedDatabase
    from officedesk.store.db_errors import disk_trouble

    try:
        backup(db, version)
    except DamagedDatabase as exc:
        raise DamagedDatabase(i18n.text(
            "数据库文件已损坏，不能升级到本程序的版本（升级前要先备份，损坏的文件备份不了）；数据库没有升级，"
            "也没有改动。请从最近的完好备份恢复（命令行：officedesk restore 备份文件），或联系管理员；"
            "officedesk check 可查看损坏之处。")) from exc
    except DatabaseError as exc:
        if not disk_trouble(exc):
            raise
        # no room for the copy: the clerk asked for no backup, and cannot choose its place
        raise DatabaseError(i18n.text(
            "磁盘空间不足，数据库没有升级，也没有改动：本程序的新版本要先升级数据库，升级前先把它备份到"
            "“%1”，这需要约 %2 MB 的空间。请清理磁盘空间后再打开。",
            _backups_folder(), _megabytes(db))) from exc


def _backups_folder() -> str:
    from officedesk import paths

    try:
        return str(paths.backup_dir())
    except OSError:
        return ""


def _megabytes(db: peewee.Database) -> int:
    """The room the upgrade's backup takes: the database file's size, rounded up."""
    try:
        size = Path(str(db.database)).stat().st_size
    except OSError:
        return 1
    return max(1, -(-size // 1_000_000))


def migrate(
    db: peewee.Database,
    target: int | None = None,
    backup: Callable[[peewee.Database, int], object] | None = None,
) -> list[int]:
    """Apply every migration above the current version up to `target`; return those applied."""
    target = LATEST if target is None else target
    version = current_version(db)
    done = applied_versions(db)
    # by what is missing, not by the highest number: a migration numbered below one already
    # applied (work merged from two branches) still runs
    pending = [(v, name) for v, name in MIGRATIONS if v not in done and v <= target]
    pending.sort(key=lambda step: (_through_core(step[1]), step[0]))
    if not pending:
        return []
    if version > 0:
        if backup is None:
            from officedesk.store.backup import backup_before_migration

            backup = backup_before_migration
        _backed_up(db, version, backup)
    applied = []
    sqlite = isinstance(db, peewee.SqliteDatabase)
    if sqlite:
        # SQLite rebuilds a table for some changes (drop + rename): with foreign keys on, dropping
        # the old table would fire ON DELETE SET NULL / CASCADE on every row that refers to it.
        # SQLite's own procedure: keys off (outside a transaction), change, check, keys on.
        db.execute_sql("pragma foreign_keys = off")
    try:
        for number, name in pending:
            with _migration_transaction(db):
                if number in applied_versions(db):  # another workstation did it meanwhile
                    continue
                log.info("migrating database to schema version %s (%s)", number, name)
                _module(name).upgrade(db)
                if sqlite:
                    broken = db.execute_sql("pragma foreign_key_check").fetchall()
                    if broken:
                        raise peewee.IntegrityError(f"migration {name} broke foreign keys: {broken[:5]}")
                db.execute_sql(
                    "insert into schema_version (version, applied_at, note) values (%s, current_timestamp, %s)"
                    .replace("%s", db.param),
                    (number, name),
                )
            applied.append(number)
    finally:
        if sqlite:
            db.execute_sql("pragma foreign_keys = on")
    return applied


def _migration_transaction(db: peewee.Database) -> Any:
    """One migration's transaction, holding the database's write lock so that two workstations
    starting at once do not both migrate (SQLite: BEGIN IMMEDIATE; PostgreSQL: advisory lock)."""
    if isinstance(db, peewee.SqliteDatabase):
        return db.atomic("IMMEDIATE")
    transaction = db.atomic()

    class Locked:
        def __enter__(self) -> Any:
            transaction.__enter__()
            if isinstance(db, peewee.PostgresqlDatabase):
                db.execute_sql("select pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            return transaction

        def __exit__(self, *exc: Any) -> Any:
            return transaction.__exit__(*exc)

    return Locked()


def column_names(db: peewee.Database, table: str) -> set[str]:
    return {column.name for column in db.get_columns(table)}


def add_column_if_missing(db: peewee.Database, table: str, name: str, field: peewee.Field) -> None:
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run

    if name not in column_names(db, table):
        run(SchemaMigrator.from_database(db).add_column(table, name, field))
