"""`check`: is the database sound? File integrity, foreign keys, schema version, search index
and the audit chain, each problem in words a clerk or administrator can act on.

SQLite: `pragma integrity_check` and `pragma foreign_key_check`. PostgreSQL: the server keeps
its own files sound (integrity is the server's, see its logs and `pg_amcheck`); here the
foreign keys are checked by query, so rows made while constraints were off still show.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

import peewee

from officedesk.core import audit
from officedesk.core.errors import PermissionDeniedError
from officedesk.core.i18n import Text, text
from officedesk.store import migrations, search_catch_up
from officedesk.store.db import database, guarded, is_sqlite
from officedesk.store.db_errors import DamagedFileError

log = logging.getLogger(__name__)

INTEGRITY = "integrity"
FOREIGN_KEY = "foreign_key"
SCHEMA = "schema"
SEARCH = "search"
AUDIT = "audit"
ROWS = "rows"
NUMBERS = "numbers"
ANCHOR = "anchor"

KIND_LABELS = {INTEGRITY: "数据库文件", FOREIGN_KEY: "关联", SCHEMA: "结构版本", SEARCH: "检索索引",
               AUDIT: "审计链", ROWS: "记录内容", NUMBERS: "编号", ANCHOR: "审计锚",
               "states": "状态", "links": "记录关联", "named": "保密",
               "attachments": "附件", "settings": "系统设置", "files": "文件权限"}


@dataclass(frozen=True)
class Problem:
    kind: str  # INTEGRITY, FOREIGN_KEY, SCHEMA, SEARCH or AUDIT
    message: str  # Chinese, says what is wrong and what to do (a catalogue text: i18n)

    @property
    def line(self) -> str:
        """The problem as `check` prints it ([审计链] …): the window shows it through display()."""
        return text("[%1] %2", KIND_LABELS.get(self.kind, self.kind), self.message)

    def __str__(self) -> str:
        return str(self.line)


def _db() -> peewee.Database:
    db = database.obj
    if db is None:
        raise RuntimeError("no database is open")
    return db


def check_integrity() -> list[Problem]:
    if not is_sqlite():
        return []
    try:
        rows = [row[0] for row in _db().execute_sql("pragma integrity_check").fetchall()]
    # not a database at all, or damaged past reading: peewee wraps what the query raises, not
    # what reading its rows raises (the driver's own error, from fetchall)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        rows = [_sqlite_words(exc)]
    if rows == ["ok"]:
        return []
    # Chinese first; what SQLite said (English, for whoever repairs the file) after, as a detail
    return [Problem(INTEGRITY, text("数据库文件已损坏。请从最近的备份恢复（restore），并联系管理员。（SQLite 的原话：%1）",
                                    row) if row else "数据库文件已损坏。请从最近的备份恢复（restore），并联系管理员。")
            for row in rows]


def _sqlite_words(exc: BaseException) -> str:
    """SQLite's own words under an error: DamagedFileError says the damage in Chinese already
    (store.db), the driver's error it was raised from says what SQLite found."""
    seen = 0
    while isinstance(exc, DamagedFileError) and exc.__cause__ is not None and seen < 5:
        exc, seen = exc.__cause__, seen + 1
    return "" if isinstance(exc, DamagedFileError) else str(exc)


def check_foreign_keys() -> list[Problem]:
    db = _db()
    problems: list[Problem] = []
    if is_sqlite():
        for table, rowid, parent, _fkid in db.execute_sql("pragma foreign_key_check").fetchall():
            problems.append(Problem(FOREIGN_KEY, text(
                "表 %1 的第 %2 行引用了表 %3 中不存在的记录。请修正或删除该行，或从备份恢复。", table, rowid, parent)))
        return problems
    for table in db.get_tables():
        for fk in db.get_foreign_keys(table):
            sql = (f'select t."{fk.column}", count(*) from "{table}" t '
                   f'where t."{fk.column}" is not null and not exists '
                   f'(select 1 from "{fk.dest_table}" d where d."{fk.dest_column}" = t."{fk.column}") '
                   f'group by t."{fk.column}" order by 1')
            for value, count in db.execute_sql(sql).fetchall():
                problems.append(Problem(FOREIGN_KEY, text(
                    "表 %1 有 %2 行的 %3=%4 指向表 %5 中不存在的记录。请修正或删除这些行，或从备份恢复。",
                    table, count, fk.column, value, fk.dest_table)))
    return problems


def check_schema() -> list[Problem]:
    version = migrations.current_version(_db())
    if version == migrations.LATEST:
        return []
    if version > migrations.LATEST:
        return [Problem(SCHEMA, migrations.newer_than_this_program(_db()))]
    return [Problem(SCHEMA, text("数据库结构版本 %1 低于当前的 %2，请重新打开程序以完成升级（升级前会自动备份）。",
                                 version, migrations.LATEST))]


REINDEX = "请管理员运行 officedesk check --reindex 由记录重建检索索引。"


def check_search_index() -> list[Problem]:
    db = _db()
    if "search_doc" not in db.get_tables():
        return []
    from officedesk.core import index_check

    problems = [Problem(SEARCH, text("%1。%2", said, REINDEX)) for said in index_check.problems()]
    if not is_sqlite():
        return problems
    # a batch's documents waiting for their FTS rows (store.search_catch_up) have none yet
    waiting = f"d.id in (select id from {search_catch_up.PENDING})" \
        if search_catch_up.PENDING in db.get_tables() else "0"
    docs = db.execute_sql(f"select count(*) from search_doc d where not {waiting}").fetchone()[0]
    rows = db.execute_sql("select count(*) from search_fts").fetchone()[0]
    missing = db.execute_sql(
        f"select count(*) from search_doc d where not {waiting} and not exists "
        "(select 1 from search_fts f where f.rowid = d.id)").fetchone()[0]
    if docs == rows and not missing:
        return problems
    return problems + [Problem(SEARCH, text("检索索引与记录不一致（%1 条记录，%2 条索引，%3 条缺失），搜索可能漏掉记录。%4",
                                            docs, rows, missing, REINDEX))]


def check_audit_chain() -> list[Problem]:
    return [Problem(AUDIT, text("%1。审计记录可能被篡改，请保留现状并报告管理员。", item.message))
            for item in audit.verify_chain()]


def check_audit_guard() -> list[Problem]:
    from officedesk.store import audit_guard

    return [Problem(AUDIT, text("审计表的保护触发器 %1 不见了（有人绕过程序改动了数据库）。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。"
                                "确认无误后由管理员运行 officedesk audit-guard 重新设置。", name))
            for name in audit_guard.missing(_db())]


def check_foreign_objects() -> list[Problem]:
    """Triggers, views and rules the program did not make (store.audit_guard.foreign)."""
    from officedesk.store import audit_guard

    return [Problem(SCHEMA, text("数据库中有不是本程序建立的%1：它能在保存时暗中改动数据或绕过审计表的保护，"
                                 "改动后的内容仍会当作原样记入审计。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。核对后由管理员删除它，"
                                 "再运行 officedesk check（审计表的保护触发器被改动的，删除后运行 officedesk audit-guard 重设）。",
                                 audit_guard.described(found)))
            for found in audit_guard.foreign(_db())]


def check_rows() -> list[Problem]:
    """Rows against their audit entries (core.integrity), and the rows derived from audited
    ones, judged by replaying the trail or recomputing them (core.derived_check)."""
    from officedesk.core import derived_check, integrity

    said = [*(item.message for item in integrity.check_rows()), *derived_check.problems()]
    return [Problem(ROWS, text("%1。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。", one)) for one in said]


def check_settings() -> list[Problem]:
    """Settings and 节假日调整 as their last audit entries left them (core.settings_check), and
    the 信息刊物 as saved (core.info.periodical_check)."""
    from officedesk.core import settings_check, settings_refused
    from officedesk.core.info import periodical_check
    from officedesk.declared_settings import declare_all

    declare_all()  # every setting's declaration judges its stored value
    said = [*settings_check.problems(), *periodical_check.problems()]
    # a value its declaration refuses (kept from before a bound, imported, written by hand)
    # is read as the default: said with the command that puts it right
    return [*(Problem("settings", text("%1。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。", one))
              for one in said),
            *(Problem("settings", settings_refused.problem_text(item)) for item in settings_refused.refused())]


def check_numbers(anchor_data: dict | None = None) -> list[Problem]:
    """Every sequence at or above the numbers it issued (and those the anchor file remembers)."""
    from officedesk.core import anchor

    marks = anchor.high_water()
    problems = [Problem(NUMBERS, text("%1。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。", said))
                for said in anchor.verify_numbers(marks, "数据库中")]
    if anchor_data and not problems:
        problems += [Problem(NUMBERS, text("%1。若数据库刚在程序之外从备份恢复（如 pg_restore），请管理员运行 officedesk restored 整理。否则：数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。", said))
                     for said in anchor.verify_numbers(anchor_data.get("numbers") or {}, "锚定文件")]
    return problems


def check_anchor(anchor_data: dict | None, code: str | None) -> list[Problem]:
    from officedesk.core import anchor

    problems: list[Problem] = []
    if anchor_data is not None:
        if anchor_data.get("broken"):
            problems.append(Problem(ANCHOR, "锚定文件无法读取（被改动或损坏）。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。"))
        else:
            count, head = int(anchor_data.get("audit_count") or 0), str(anchor_data.get("audit_head") or "")
            problems += [Problem(ANCHOR, text("%1。若数据库刚在程序之外从备份恢复（如 pg_restore），请管理员运行 officedesk restored 整理。否则：数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。", said))
                         for said in anchor.verify(count, head, "锚定文件")]
    if code:
        count, prefix = anchor.parse_code(code)
        problems += [Problem(ANCHOR, text("%1。数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。", said))
                     for said in anchor.verify(count, prefix, "纸面审计校验码")]
    return problems


def run_checks_as(actor: Any, notes: list[Text] | None = None) -> list[Problem]:
    """The window's 检查数据库: run_checks for a logged-in user. 保密: its findings name records
    whatever their 密级 (a registry, a number, an id), so it is an administrator's, and one
    cleared for every 密级; an administrator cleared below is refused it in words that say
    nothing of what the database holds. (The command line is the office's administrator at the
    machine: CLI_ACTOR, cleared for every 密级.)"""
    from officedesk.core.actor import CLEARANCE_LABELS, require_admin

    require_admin(actor, "数据库检查")
    if actor.clearance < len(CLEARANCE_LABELS) - 1:
        raise PermissionDeniedError(text(
            "数据库检查的结果可能涉及任何密级的记录，须由密级权限为“%1”的管理员进行，"
            "或由管理员在本机运行 officedesk check。", CLEARANCE_LABELS[-1]))
    return run_checks(notes=notes)


def run_checks(anchor_code: str | None = None, update_anchor: bool = True,
               notes: list[Text] | None = None) -> list[Problem]:
    """Every check in turn; an empty list means the database is sound. A sound database moves
    its anchor file forward (the chain as it is now, the number marks); `notes` gets what was
    said of that beside the findings (made anew, or not written)."""
    from officedesk.core import anchor

    problems: list[Problem] = []
    with guarded("检查"):
        problems.extend(check_integrity())
        if problems:  # a damaged file: the other checks would only add noise or fail
            return problems
        problems.extend(check_schema())
        problems.extend(check_files())
        problems.extend(check_foreign_keys())
        problems.extend(check_search_index())
        problems.extend(check_audit_chain())
        problems.extend(check_audit_guard())
        problems.extend(check_foreign_objects())
        problems.extend(check_rows())
        problems.extend(check_settings())
        problems.extend(check_records())
        problems.extend(check_named())
        problems.extend(check_attachments())
        path = anchor.anchor_path(_db())
        anchor_data = anchor.read(path)
        anchor_was_there = path.exists()
        if anchor_data and not anchor_data.get("broken") and not anchor.belongs(anchor_data):
            problems.append(Problem(ANCHOR, text(
                "锚定文件 %1 是另一个数据库的（两者的第一条审计记录不同），没有用它核对本数据库。"
                "若本数据库是新建或换来的，请管理员运行 officedesk audit-code 为它锚定（原锚定文件会改名另存）；"
                "否则：数据可能在程序之外被改动，请保留现状（不要再修改），报告管理员并与备份核对。", path)))
            anchor_data = None
        problems.extend(check_numbers(anchor_data))
        problems.extend(check_anchor(anchor_data, anchor_code))
    if not problems and update_anchor:
        try:
            anchor.write(path)
        except OSError:  # a read-only folder: the check itself stands, and says so
            _note(notes, text("无法更新锚定文件 %1，审计链这次没有锚定到数据库之外。%2", path,
                              anchor.ANCHOR_ADVICE), failed=True)
        else:
            if anchor_data is None and not anchor_was_there:
                # a database copied in, or the anchor deleted (the tamper evidence reset): anchored
                # anew from the chain as it is, and said, so that a deletion does not pass unseen
                _note(notes, text("没有找到锚定文件 %1，已按现在的审计链新建。若本数据库不是刚拷来或新恢复的，"
                                  "锚定文件可能被人删除：请用保存在纸面上的审计校验码核对"
                                  "（officedesk check --anchor 审计校验码）。", path))
    return problems


def _note(notes: list[Text] | None, said: Text, failed: bool = False) -> None:
    """Something the check did or could not do beside its findings: logged (the command line
    shows it as a note), and kept in `notes` for the window's result."""
    log.warning("%s", said, exc_info=failed)
    if notes is not None:
        notes.append(said)


def check_records() -> list[Problem]:
    """Numbers (gaps, jumps, duplicates), states without their facts and links that cannot
    stand (重复件 in a circle): core.rule_checks."""
    from officedesk.core import rule_checks

    return [Problem(f.kind, f.message) for f in rule_checks.run()]


def check_named() -> list[Problem]:
    """保密: records still in work naming a user below their 密级 (core.cleared_names) — made
    before the rule, or changed outside the program: by number and id, never by title."""
    from officedesk.core import cleared_names

    return [Problem("named", text("%1。请在该件中改换其人（同名时写明单位、职务或用户名），或请管理员调整其密级权限。",
                                  said)) for said in cleared_names.uncleared_in_work()]


def check_attachments() -> list[Problem]:
    """Every attachment's file in the database and as it was added (core.documents.attachments)."""
    from officedesk.core.documents import attachments

    return [Problem("attachments", text("%1。", said)) for said in attachments.problems()]


def check_files() -> list[Problem]:
    """The database, its companions, the data and backups folders and the backups that other
    accounts of the machine may read or write (core.file_check): SQLite on POSIX only."""
    from officedesk.core import file_check

    return [Problem("files", said) for said in file_check.problems()]
