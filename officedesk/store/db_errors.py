"""Driver errors (and an OSError writing a file) said in Chinese, with what to do next: a
busy or damaged database, a full disk, a lost server connection, a right the account lacks, a
duplicate of a unique column. store.db's guarded() and open_database use translate_error."""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

import peewee

from officedesk.core.errors import DatabaseError
from officedesk.core.i18n import text
from officedesk.store.file_guard import unwritable_error
from officedesk.store.proxy import database

# Who reads the messages: the window (what was typed stays in it, and it reconnects by itself)
# or the command line (the command has ended: nothing typed waits, nothing reconnects). The
# rules stay in translate_error; only what to do next is worded per reader.
WINDOW = "window"
COMMAND_LINE = "command line"
_AFTER_LOSS = {
    WINDOW: "已输入的内容没有丢失；程序会自动重新连接，请稍候再试一次。",
    COMMAND_LINE: "这次操作没有写入数据库；请稍候重新运行这条命令。",
}
# A command that commits in several transactions: what a lost connection may have left written
# (the one above says nothing was written, true of a command that writes in one transaction).
_AFTER_LOSS_IN_PARTS = {
    "demo": "演示数据是分多次写入的，中断前的一部分可能已经写入数据库（再运行 demo 会因已有数据而被拒绝）。"
            "请换一个新的空数据库重新运行 officedesk demo：SQLite 用 --db 指定一个新文件，PostgreSQL "
            "请新建一个空数据库。",
}
Worded = TypeVar("Worded", bound=str)  # a str, or core.i18n's Text (it keeps its pattern)
UPGRADE = "升级数据库结构"  # `where` of a schema upgrade (open_database's migrations)

# How the messages are worded now: "reader", WINDOW or COMMAND_LINE, and "command", the command
# being run (`officedesk audit-guard`), named where only another account may run it.
_wording = {"reader": WINDOW, "command": ""}


@contextlib.contextmanager
def _worded(key: str, value: str) -> Iterator[None]:
    """Within: _wording[key] is `value`; what it was is put back after (nested uses unwind)."""
    before, _wording[key] = _wording[key], value
    try:
        yield
    finally:
        _wording[key] = before


def running_command(name: str) -> contextlib.AbstractContextManager[None]:
    """Within: the messages may name this command (the command line's `officedesk NAME`)."""
    return _worded("command", name)


def messages_for(reader: str) -> contextlib.AbstractContextManager[None]:
    """Word the database's messages for `reader` (WINDOW or COMMAND_LINE) while inside."""
    return _worded("reader", reader)


def for_reader(window: Worded, command_line: Worded) -> Worded:
    """Of two wordings of what to do next, the one for who reads it now: the window's (its menus,
    dialogs, logging in) or the command line's (the command to run). Core's messages that send
    the clerk somewhere use it, as the damaged-database message does."""
    return command_line if _wording["reader"] == COMMAND_LINE else window


class DamagedFileError(DatabaseError, peewee.DatabaseError):
    """The SQLite file is damaged (said in Chinese, with what to do). A driver error too, so
    what catches the driver's errors (a check that reports damage, a cleanup that lets it go)
    still catches it; an OfficeDeskError, so every window shows its message, not a defect."""


def translate_error(exc: BaseException, where: str = "", working: bool = False,
                    file: str = "") -> DatabaseError:
    """Turn a driver error (or an OSError writing a file) into a message that tells the clerk
    what to do. `working`: the database was open and in use (store.db.guarded), so a server
    that refuses the connection went away under the work (a restart): said as a lost
    connection, not as an address to check. `file`: the SQLite file being opened (before it is
    the bound one), looked at when SQLite calls it damaged."""
    lowered = str(exc).lower()
    place = text("（%1）", where) if where else ""
    if disk_trouble(exc):  # `where` says what was done; the message names the file
        return disk_full_error(_file_of(exc) or _bound_file())
    if "unique constraint" in lowered or "duplicate key" in lowered:
        return duplicate_error(exc)
    if "locked" in lowered or "busy" in lowered:
        return DatabaseError(text("数据库正被其他程序占用%1，请稍候再试；若一直如此，请关闭"
                                  "其他打开本数据库的窗口。",
                                  place))
    if damage(exc):
        return _damaged(place, file or _bound_file())
    if not_permitted(exc):  # PostgreSQL: before the file wording below, which is SQLite's
        return not_permitted_error(exc, where)
    if cannot_write(exc):
        # the open file's folder or the file made read-only while in use: said as such
        return unwritable_error(_bound_file()) or DatabaseError(
            text("无法打开或写入数据库%1，请检查文件位置和权限。", place))
    if lost_connection(exc) or (working and refused_connection(lowered)):
        after = _AFTER_LOSS[_wording["reader"]]
        if _wording["reader"] == COMMAND_LINE:
            after = _AFTER_LOSS_IN_PARTS.get(_wording["command"], after)
        return DatabaseError(text("与数据库服务器的连接中断了%1（服务器可能正在重启）。%2",
                                  place, after))
    if "timeout expired" in lowered:  # libpq's connect_timeout: nothing answered at all
        return _no_answer(str(exc), place)
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return DatabaseError(text("找不到数据库服务器%1：请检查数据库地址中的主机名是否写对"
                                  "、网络是否通。",
                                  place))
    if "invalid response to ssl negotiation" in lowered:
        # something answers at the address, but not PostgreSQL (a web server, another service):
        # its text names the port, which is a number as it should be
        return DatabaseError(text("数据库地址上回答的不是 PostgreSQL 数据库服务器%1：请核对地址中的主机名和"
                                  "端口号（PostgreSQL 通常是 5432），或请管理员告知数据库服务器的地址。", place))
    if "port" in lowered and ("out of range" in lowered or "invalid" in lowered or "could not be cast" in lowered):
        return DatabaseError(text("数据库地址中的端口号不对%1：应是 1 到 65535 之"
                                  "间的数字，PostgreSQL 通常是 5432。",
                                  place))
    if "must be initialized" in lowered:
        return DatabaseError(text("数据库地址不完整%1：请写成 postgresql://用"
                                  "户:密码@主机:5432/数据库名。",
                                  place))
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return DatabaseError(text("数据库的用户名或密码不对%1，请核对数据库地址中的用户名和"
                                  "密码。",
                                  place))
    role = re.search(r'role "([^"]*)" does not exist', str(exc))
    if role:  # a server that trusts the address's host asks no password: the account is wrong
        return DatabaseError(text("数据库服务器上没有数据库地址中写的账号“%1”%2，请核对"
                                  "地址中的用户名，或请管理员先在服务器上建立这个账号（如 s"
                                  "udo -u postgres createuser -P"
                                  " 账号）。",
                                  role.group(1), place))
    if "database" in lowered and "does not exist" in lowered:
        return DatabaseError(text("数据库服务器上没有地址中写的数据库%1，请核对数据库名，或"
                                  "请管理员先建立它。",
                                  place))
    if refused_connection(lowered):
        return DatabaseError(text("无法连接数据库服务器%1，请检查网络和数据库地址。", place))
    return DatabaseError(text("数据库出错%1：%2", place, exc))


def _no_answer(said: str, place: str) -> DatabaseError:
    """A server that did not answer within the connect timeout (store.addresses): a host that is
    off, or a firewall dropping the packets silently (an isolated network). libpq names the host
    and port it tried ('connection to server at "10.0.0.5", port 5432 failed: timeout expired')."""
    found = re.search(r'server at "([^"]+)"(?: \(([^)]+)\))?, port (\d+)', said)
    server = text("（%1 的 %2 端口）", found.group(1), found.group(3)) if found else ""
    return DatabaseError(text(
        "连接数据库服务器%1超时，服务器没有回答%2。请检查：网络是否通、数据库服务器是否开着、防火墙是否放行"
        "这个端口（PostgreSQL 通常是 5432），以及数据库地址中的主机名和端口是否写对。网络很慢时可在地址中加上参数 "
        "connect_timeout=30 多等一会儿（如 postgresql://用户@主机:5432/数据库名?connect_timeout=30，单位为秒）。", server, place))


_SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite file


def _damaged(place: str, file: str) -> DamagedFileError:
    """The file SQLite calls damaged: said with what to do as the reader does it (the window's
    恢复备份, the command `officedesk restore`). A file that does not begin as an SQLite file
    (a picture, a text given as the database) may be the wrong file rather than the office's
    database: a restore over it would replace the clerk's file."""
    head = b""
    with contextlib.suppress(OSError), open(file, "rb") as opened:
        head = opened.read(len(_SQLITE_HEADER))
    command_line = _wording["reader"] == COMMAND_LINE
    if file and head and head != _SQLITE_HEADER:
        return DamagedFileError(text(
            "文件“%1”不是数据库文件（开头没有 SQLite 数据库的标记），没有打开它。可能是%2指错了文件：请改用本机关的"
            "数据库文件。若它确是本机关的数据库，则文件已损坏，请从最近的备份恢复%3。",
            file, " --db 或 OFFICEDESK_DB " if command_line else "",
            text("：officedesk restore 备份文件 --db %1", file) if command_line else text("（“恢复备份”）")))
    if command_line:
        return DamagedFileError(text("数据库文件已损坏%1。请从最近的备份恢复：officedesk restore 备份文件"
                                     "（当前的数据库会先另存一份），或联系管理员。", place))
    return DamagedFileError(text("数据库文件已损坏%1。请用“恢复备份”从最近的备份恢复"
                                 "，或联系管理员。",
                                 place))


def damage(exc: BaseException | str) -> bool:
    """SQLite says the file is damaged (not merely that it cannot be opened or written): the
    error, or its text."""
    if isinstance(exc, DamagedFileError):
        return True
    text = str(exc).lower()
    # a damaged page may also read as text that is no UTF-8 ("could not decode to UTF-8 column")
    return "not a database" in text or "malformed" in text or "corrupt" in text or "could not decode" in text


def cannot_write(exc: BaseException | str) -> bool:
    """SQLite (the error, or its text) could not open or write the file: "unable to open database file" (SQLITE_CANTOPEN:
    in WAL mode also when the folder refuses -wal/-shm), "attempt to write a readonly database"."""
    text = str(exc).lower()
    return "unable to open" in text or "permission" in text or "readonly" in text or "read-only" in text


_KINDS = {"table": "数据表", "relation": "数据表", "view": "视图", "schema": "模式", "sequence": "序列",
          "function": "函数", "database": "数据库"}
_INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied", "must be owner"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The error and those it wraps (peewee wraps the driver's in its args and as its cause)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [item.__cause__, item.__context__]
        todo += [arg for arg in item.args if isinstance(arg, BaseException)]


# the commands that build a database's tables (their upgrade is building it): named themselves
_BUILDERS = ("init", "migrate-to", "demo")
# the commands that own the schema: building it, or its triggers (audit-guard). Any other
# command lacking a right lacks a grant, which the owner gives (README: audit-grants).
_OWNERS = (*_BUILDERS, "audit-guard")
_OWNER = "数据库的所有者账号（运行 officedesk init 建立这个数据库的账号）"
_NEW_OWNER = "数据库的所有者账号（建库时 createdb -O 指定的账号）"  # before any init has run


def _account() -> str:
    """The PostgreSQL account the bound database connects as ("" when unknown)."""
    db = database.obj
    user = getattr(db, "connect_params", {}).get("user") if db is not None else None
    return str(user) if user else ""


def not_permitted(exc: BaseException) -> bool:
    """The PostgreSQL account lacks a right (a table's grant, being its owner, or a schema it
    may use at all: then nothing says where to create a table)."""
    return any(getattr(item, "pgcode", None) == _INSUFFICIENT_PRIVILEGE
               or str(item).lower().startswith(("must be owner of", "no schema has been selected"))
               for item in _causes(exc))


def not_permitted_error(exc: BaseException, where: str = "") -> DatabaseError:
    """A right this database account lacks. A command that builds or owns the schema (and a
    schema upgrade) needs the owner account, named with how to run it; any other lacks a grant
    on that table, which the owner gives (README: upgrades need the owner, grants audit-grants)."""
    found = re.search(r'(?:must be owner of|permission denied for) (table|relation|schema|sequence|function|'
                      r'view|database) "?([\w.]+)"?', str(exc), re.IGNORECASE)
    what = f"（{_KINDS.get(found.group(1).lower(), '对象')} {found.group(2)}）" if found else ""
    role = _account()
    head = f"当前连接数据库所用的账号{f'“{role}”' if role else ''}没有这项权限{what}"
    command = _wording["command"]
    if where == UPGRADE and command not in _BUILDERS:
        return DatabaseError(
            text("%1：本版程序要先升级数据库结构，升级只能由%2进行。请管理员用所有者账号"
                 "的数据库地址运行一次本程序，如 officedesk check --db"
                 " postgresql://所有者账号@主机/数据库名（打开时即升级），再"
                 "运行 officedesk audit-grants 程序账号，按其语句为"
                 "程序账号补授权；之后程序账号即可照常使用。",
                 head, _OWNER))
    if command == "migrate-to":  # the target is its argument; --db is the SQLite file
        return DatabaseError(
            text("%1：officedesk migrate-to 要在目标数据库中建表，需"
                 "要用目标%2。请用所有者账号的地址作为目标重新运行：officedesk "
                 "migrate-to postgresql://所有者账号:密码@主机:5"
                 "432/数据库名 --db SQLite数据库文件。",
                 head, _NEW_OWNER))
    if command in _OWNERS:
        owner = _NEW_OWNER if command in _BUILDERS else _OWNER
        return DatabaseError(text("%1：officedesk %2 需要%3。请用所有者账号"
                                  "的数据库地址运行：officedesk %2 --db p"
                                  "ostgresql://所有者账号@主机/数据库名 …。",
                                  head, command, owner))
    place = text("（%1）", where) if where else ""
    if "must be owner" in str(exc).lower():  # not a grant: only the owner may do this step
        return DatabaseError(text("%1%2：这一步需要%3，请管理员用所有者账号进行。",
                                  head, place, _OWNER))
    return DatabaseError(text("%1%2。请管理员用所有者账号为这个账号补授权：officedesk audit-grants %3 | psql "
                              "\"所有者账号的数据库地址\"（运行 officedesk audit-grants %3 可先看要执行的语句），补授权后再试。",
                              head, place, role or "程序账号"))


# What a unique column holds, per table: (the record, the field) for the message of a duplicate.
# The registries' columns are named by their FieldSpec (core.registry.register, name_unique).
_UNIQUE_LABELS = {
    ("user", "username"): ("用户", "用户名"),
    ("calendaroverride", "day"): ("节假日调整", "日期"),
    ("calendar_override", "day"): ("节假日调整", "日期"),
    ("periodical", "name"): ("刊物", "名称"),  # 信息: two workstations adding one at once
}


def name_unique(table: str, column: str, record: str, field: str) -> None:
    """Declare what a unique column holds: a duplicate of it is said as 已有…{record}的{field}."""
    _UNIQUE_LABELS[(table, column)] = (record, field)


@dataclass(frozen=True)
class UniqueViolation:
    """What a driver says of a unique-constraint failure: the table, its columns, and the value
    (PostgreSQL says it; SQLite does not: "" — core names the value written, records.py)."""

    table: str
    columns: tuple[str, ...]
    value: str


def unique_violation(exc: BaseException) -> UniqueViolation | None:
    """SQLite: `UNIQUE constraint failed: unit.name` (`t.a, t.b` for several columns);
    PostgreSQL: `… unique constraint "job_rank_sort_order" … Key (sort_order)=(3) already
    exists`, the table read from the index's name (peewee names it table_column…)."""

    text = str(exc)
    found = re.search(r"UNIQUE constraint failed: ([\w\".]+(?:, [\w\".]+)*)", text)
    if found:
        pairs = [part.replace('"', "").split(".") for part in found.group(1).split(", ")]
        return UniqueViolation(pairs[0][0] if len(pairs[0]) > 1 else "",
                               tuple(pair[-1] for pair in pairs), "")
    if "duplicate key" not in text.lower():
        return None
    key = re.search(r"Key \(([^)]*)\)=\((.*)\) already exists", text)
    columns = tuple(c.strip().strip('"') for c in key.group(1).split(",")) if key else ()
    constraint = re.search(r'unique constraint "([^"]+)"', text)
    table = ""
    if constraint and columns:
        name, tail = constraint.group(1), "_" + "_".join(columns)
        table = name[: -len(tail)] if name.endswith(tail) else ""
    return UniqueViolation(table, columns, key.group(2) if key else "")


def duplicate_message(record: str, field: str, value: str) -> str:
    """The refusal of a value that another `record` holds in its unique `field`."""
    shown = text("“%1”", value) if value else ""
    if field.endswith(("名称", "名")):
        return text("已有同名的%1%2，没有保存（%1的%3不能重复）。请换一个%3，或修改已有的那一条。", record, shown, field)
    return text("已有%3相同的%1%2，没有保存（%1的%3不能重复）。请换一个%3，或修改已有的那一条。", record, shown, field)


def duplicate_error(exc: BaseException) -> DatabaseError:
    """A unique-constraint failure in Chinese, where no registry's FieldSpec names it (core's
    records say it themselves, naming the value on SQLite too): the record and field when
    known, the value when the driver gives it."""
    found = unique_violation(exc)
    if found is not None and len(found.columns) == 1:
        record, field = _UNIQUE_LABELS.get((found.table, found.columns[0]), ("记录", ""))
        if field:
            return DatabaseError(duplicate_message(record, field, found.value))
    return DatabaseError("已有相同的记录（某项不能重复的内容与已有的记录相同），没有保存。"
                         "请检查后换一个值再试。")


# SQLite's primary result codes for a write that the disk refused: SQLITE_IOERR (every
# SQLITE_IOERR_* is it in the low byte) and SQLITE_FULL. A full disk often shows as an I/O
# error: the shared-memory file of the write-ahead log cannot grow.
_SQLITE_DISK_CODES = {10, 13}
# ENOSPC, EDQUOT (a user's quota) and EIO, writing a PDF, a spreadsheet or a backup
_DISK_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EIO}


def disk_trouble(exc: BaseException) -> bool:
    """The disk is full (or failing): said by SQLite's result code or the OSError's errno, on
    the error itself or on the one it wraps (peewee wraps sqlite3's errors)."""
    for item in _causes(exc):
        code = getattr(item, "sqlite_errorcode", None)  # Python 3.11+
        if isinstance(code, int) and code & 0xFF in _SQLITE_DISK_CODES:
            return True
        if isinstance(item, OSError) and item.errno in _DISK_ERRNOS:
            return True
        text = str(item).lower()
        if "database or disk is full" in text or "disk i/o error" in text or "no space left" in text:
            return True  # drivers that give no code
    return False


_ERRNO_REASONS = {
    errno.ENOENT: "所在的文件夹不存在",
    errno.EISDIR: "这是一个文件夹",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EROFS: "磁盘是只读的",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EEXIST: "已有同名的文件",
    errno.EBUSY: "文件正被占用",
    errno.EINVAL: "文件名中有不允许的字符",
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EIO: "磁盘或设备出错",
}


def file_error_reason(exc: OSError) -> str:
    """Why a file could not be written or read, in Chinese (never the system's English)."""
    return _ERRNO_REASONS.get(exc.errno or 0, f"系统错误（代码 {exc.errno}）" if exc.errno else "系统错误")


def _file_of(exc: BaseException) -> str:
    """The file an OSError (or the one it wraps) was about."""
    for item in (exc, exc.__cause__, exc.__context__):
        if isinstance(item, OSError) and item.filename:
            return str(item.filename)
    return ""


def _bound_file() -> str:
    """The SQLite file the program works on ("" on PostgreSQL: its disk is the server's)."""
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase) and db.database != ":memory:":
        return str(db.database)
    return ""


def disk_full_error(file: str | os.PathLike[str] = "") -> DatabaseError:
    """A full (or failing) disk, naming the file that could not be written if known."""
    place = text("写入“%1”", str(file)) if str(file) else "保存"
    return DatabaseError(text("磁盘空间不足（或磁盘出错），没有%1。请清理磁盘空间后重试；已"
                              "保存的数据不受影响，已输入的内容没有丢失。",
                              place))


LOST_MARKERS = ("server closed the connection", "connection already closed", "terminating connection",
         "connection not open", "ssl connection has been closed", "connection has been closed",
         "server conn crashed", "no connection to the server", "the database system is")


def refused_connection(text: str) -> bool:
    """The server could not be reached (the error's text, lowered)."""
    return ("could not connect" in text or "connection refused" in text or "timeout" in text
            or "connection to server" in text)


def lost_connection(exc: BaseException) -> bool:
    """A PostgreSQL connection that died under us (the server restarted, the network dropped)."""
    text = str(exc).lower()
    return any(marker in text for marker in LOST_MARKERS)
