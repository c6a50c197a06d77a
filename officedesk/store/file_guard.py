"""The guards on the SQLite file itself: what a missing or blank file may become when opened
(NEW_ANY, NEW_IF_MISSING, NEW_NEVER; a file of another program refused), the open database or
an anchor file refused as an output, the file deleted, moved or replaced while open refused
before a write (refuse_lost_file), and a file or folder that cannot be written said as such
(unwritable_error)."""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import stat
from pathlib import Path
from typing import Literal

import peewee

from officedesk import file_modes
from officedesk.core import i18n
from officedesk.core.errors import DatabaseError, ValidationError
from officedesk.store.addresses import is_url
from officedesk.store.proxy import database

# What opening a missing or blank SQLite file may do (blank: 0 bytes, or an SQLite file
# without any table). Migrating either makes a new, empty office database of it, and a blank
# file may be the office's database cut short (a full disk, a bad copy): only a command that
# is meant to make a database may do that.
NewDatabase = Literal["any", "missing", "never"]
NEW_ANY: NewDatabase = "any"  # init, demo, restore (and tests): either becomes a database
NEW_IF_MISSING: NewDatabase = "missing"  # the window: a missing file is its first start
NEW_NEVER: NewDatabase = "never"  # the other commands: an existing office database only


def file_state(target: str) -> str:
    """"missing", "empty" (0 bytes and no write-ahead log beside it), "file", "folder",
    "special" (a device or a pipe), or "" (not a file: a PostgreSQL URL, an in-memory database)."""
    if target == ":memory:":
        return "memory"
    if is_url(target):
        return ""
    path = Path(target)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "file"  # unreadable: connecting says why
    if path.is_dir():
        return "folder"
    if not path.is_file():  # a device or a pipe: SQLite would wait on it, or read nothing
        return "special"
    if size == 0:
        wal = Path(target + "-wal")
        if not (wal.exists() and wal.stat().st_size > 0):
            return "empty"
    return "file"


_MISSING = ("数据库文件“{path}”不存在。请先运行 officedesk init --org 机关名称 --code 机关代字 建立数据库，"
            "或用 --db 指定已有的数据库；原有的数据库丢失时，请从备份恢复：officedesk restore 备份文件 "
            "--db 原数据库文件。")
_BLANK = ("数据库文件“{path}”{what}，可能已被截断或损坏（如磁盘满时、复制不完整），因此没有打开它，也没有"
          "在其中新建数据库。若这原是本机关的数据库，请从最近的备份恢复：officedesk restore 备份文件 "
          "--db 该文件；若确要在这里新建数据库，请运行 officedesk init --org 机关名称 --code 机关代字 "
          "--db 该文件。")
_FOLDER = "“{path}”是文件夹，不是数据库文件。请用 --db 给出数据库文件本身（如 {inside}）。"
_SPECIAL = "“{path}”不是普通文件（是设备或管道），不能作数据库。请用 --db 给出本机关的数据库文件（.db）。"
_FOREIGN = ("文件“{path}”是一个 SQLite 数据库，但不是本程序的数据库（其中没有本程序的数据表），没有打开它。"
            "请用 --db 指定本机关的数据库文件。")


def check_file(target: str, new: NewDatabase = NEW_NEVER) -> None:
    """Refuse a missing or 0-byte SQLite file as open_database(new=...) would, without opening
    it (a file read by other means: the source of migrate-to)."""
    refuse_new(target, file_state(target), new)


def refuse_tables(target: str, before: str, tables: int, ours: int, new: NewDatabase) -> None:
    """After connecting to an SQLite file (`before`: its file_state): a database of another
    program's tables is refused, and one without any table is a blank file (refuse_new)."""
    if tables and not ours:
        raise DatabaseError(_FOREIGN.format(path=target))
    if before == "file" and not tables:  # the SQLite header and nothing else
        refuse_new(target, "blank", new)


_FOREIGN_SERVER = ("数据库“{target}”中已有别的数据表，但没有本程序的数据表（如 schema_version），它是别的程序的"
                   "数据库，因此没有打开它，也没有在其中建表或写入。请核对地址中的数据库名；要为本机关新建数据库，"
                   "请先在服务器上新建一个空数据库（如 sudo -u postgres createdb -O 账号 officedesk，见 README "
                   "的 PostgreSQL 一节），再对它运行 officedesk init 或 officedesk migrate-to。")


def refuse_foreign_server(target: str, tables: int, ours: int) -> None:
    """After connecting to a PostgreSQL database (`target`: its address without the password):
    a schema of another program's tables is refused before a migration adds ours beside them.
    An empty schema is a new database (init, migrate-to's target)."""
    if tables and not ours:
        raise DatabaseError(_FOREIGN_SERVER.format(target=target))


_MEMORY = ("“:memory:”是关闭即消失的临时数据库，其中没有本机关的数据。请用 --db 给出数据库文件的路径"
           "（如 D:\\办公\\office.db），或 postgresql://用户:密码@主机:5432/数据库名。")


def refuse_new(target: str, state: str, new: NewDatabase) -> None:
    """Refuse what a file in `state` (file_state, or "blank": no table) may not become under `new`."""
    if state == "folder":
        raise DatabaseError(_FOLDER.format(path=target, inside=Path(target) / "officedesk.db"))
    if state == "special":
        raise DatabaseError(_SPECIAL.format(path=target))
    if state == "memory" and new == NEW_NEVER:
        raise DatabaseError(_MEMORY)
    if state == "missing" and new == NEW_NEVER:
        raise DatabaseError(_MISSING.format(path=target))
    if state in ("empty", "blank") and new != NEW_ANY:
        what = "是空的（0 字节）" if state == "empty" else "中没有任何数据表"
        raise DatabaseError(_BLANK.format(path=target, what=what))


_SQLITE_HEADER = b"SQLite format 3\x00"

# The files SQLite keeps beside a database: writing over any of them destroys the office's data.
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def refuse_database_target(path: str | os.PathLike[str], db: peewee.Database | None = None) -> None:
    """Refuse an output file (a PDF, a spreadsheet, a backup) that is the open SQLite database
    or one of its companion files, after symlinks: writing it would destroy the office's data.
    The one check every command and window that writes a file calls before writing. Nor one
    that is no regular file (a device or a pipe: the write's temporary file would replace it, or
    opening it waits for ever) or a Windows device name (CON, NUL, COM1 …, whatever the suffix)."""
    _refuse_special_target(path)
    _refuse_anchor_target(path)
    db = database.obj if db is None else db
    if not isinstance(db, peewee.SqliteDatabase) or db.database in ("", ":memory:"):
        return
    suffix = _companion_suffix(path, db.database)
    if suffix is not None:
        raise ValidationError(
            i18n.text("“%1”是正在使用的数据库文件%2，写到这里会毁掉机关的数据，没有"
                      "写出。请换一个文件名或位置。",
                      path, '（或其附属文件）' if suffix else ''))


def _companion_suffix(path: str | os.PathLike[str], database_file: str) -> str | None:
    """Which of the SQLite file's companions `path` is, after symlinks and hard links ("" the
    file itself, "-wal" …), or None."""
    try:
        wanted = Path(path).resolve()
        base = str(Path(database_file).resolve())
    except (OSError, RuntimeError):  # a symlink loop: writing fails later with its own message
        return None
    for suffix in _COMPANIONS:
        companion = Path(base + suffix)
        same = wanted == companion
        if not same and wanted.exists() and companion.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(wanted, companion)  # a hard link
        if same:
            return suffix
    return None


def holds_office_data(path: str | os.PathLike[str]) -> bool:
    """The open database or one of its companion files, or any SQLite file with this program's
    tables (a backup, a copy): every record of the office is in it, whatever its 密级."""
    db = database.obj
    if isinstance(db, peewee.SqliteDatabase) and db.database not in ("", ":memory:") \
            and _companion_suffix(path, db.database) is not None:
        return True
    try:
        with Path(path).open("rb") as stream:
            if stream.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return False
        # immutable: read as it is, no -wal or -shm made beside the clerk's file
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return connection.execute("select 1 from sqlite_master where type = 'table'"
                                      " and name = 'schema_version'").fetchone() is not None
        finally:
            connection.close()
    except (OSError, sqlite3.Error):  # unreadable: reading it to attach says why
        return False


def write_beside(target: Path, data: bytes, private: bool = False) -> Path:
    """Write an output file's bytes to a new hidden file beside `target` (the same folder, so
    that os.replace puts it in place on the same disk) and return it: the caller replaces the
    target with it, which is then either the whole new file or what it was. A write that fails
    (a full disk, an interrupt) leaves nothing beside it. `private` (personal data unmasked):
    the file is its owner's alone from its first byte; else it takes the permissions of the
    file it replaces, if any. Raises the OSError."""
    partial = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        if private:
            with os.fdopen(file_modes.create_private(partial), "wb") as stream:
                stream.write(data)
        else:
            partial.write_bytes(data)
            file_modes.keep_mode(target, partial)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return partial


def write_in_place(target: Path, data: bytes, private: bool = False) -> None:
    """Write a whole output file (a PDF): `target` is the new file, or — the write failed —
    what it was, never half of one; nothing is left beside it. `private`: as write_beside.
    Raises the OSError."""
    partial = write_beside(target, data, private)
    try:
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


_WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                              *(f"LPT{n}" for n in range(1, 10))})


def _refuse_special_target(path: str | os.PathLike[str]) -> None:
    """A device or a pipe, or a name Windows keeps for a device: refused before writing."""
    target = Path(path)
    if target.name.split(".")[0].strip().upper() in _WINDOWS_DEVICES:
        raise ValidationError(i18n.text("“%1”是 Windows 设备名，不能作文件名，没有写出。请换一个文件名。",
                                        target.name))
    try:
        mode = target.stat().st_mode  # after symlinks
    except OSError:  # missing (the usual case) or unreadable: the write says what is wrong
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):  # a folder: each caller's own message
        raise ValidationError(i18n.text("“%1”不是普通文件（是设备或管道），写到这里会替换或卡住它，没有写出。"
                                        "请换一个文件名或位置。", str(path)))


def _refuse_anchor_target(path: str | os.PathLike[str]) -> None:
    """An anchor file (core.anchor: the chain's head and the highest numbers issued, beside the
    database or where OFFICEDESK_ANCHOR says) is never an output: a PDF over it raised a false
    tampering alarm, a backup over it was overwritten by the anchor written after it."""
    name = Path(path).name
    override = os.environ.get("OFFICEDESK_ANCHOR", "").strip()
    same_as_override = False
    if override:
        with contextlib.suppress(OSError, RuntimeError):
            same_as_override = Path(path).resolve() == Path(override).resolve()
    if (".anchor." in name and name.endswith(".json")) or same_as_override:
        raise ValidationError(
            i18n.text("“%1”是审计锚定文件（记录审计链和已发出的最大编号，用于发现篡改），"
                      "写到这里会毁掉它，没有写出。请换一个文件名或位置。",
                      path))


# The SQLite file this program opened: (path, device, inode). Deleted, moved away or replaced
# by another file while open, the connection still writes — into a file nobody will see again.
_opened_file: tuple[str, int, int] | None = None


def _lost_file(path: str) -> str:
    """The refusal of a write to a lost file, with what to do as the reader does it: the window's
    clerk notes what was typed and uses 恢复备份; a command has nothing typed waiting and names
    `officedesk restore` (store.db_errors.for_reader)."""
    from officedesk.store.db_errors import for_reader  # it imports this module

    return for_reader(
        i18n.text("数据库文件“%1”已不在原处（被删除、移走或换成了别的文件），这次没有写入。请先把刚才填写的"
                  "内容记下，退出程序，把数据库文件放回原处（或用“恢复备份”从最近的备份恢复）后再打开。", path),
        i18n.text("数据库文件“%1”已不在原处（被删除、移走或换成了别的文件），这次没有写入。请把数据库文件放回"
                  "原处（或从最近的备份恢复：officedesk restore 备份文件 --db %1）后重新运行这条命令。", path))


def remember_file(db: peewee.Database) -> None:
    """The file open_database opened: refuse_lost_file compares it with what is at its path."""
    global _opened_file
    _opened_file = None
    if isinstance(db, peewee.SqliteDatabase) and db.database != ":memory:":
        with contextlib.suppress(OSError):
            found = os.stat(db.database)
            _opened_file = (str(db.database), found.st_dev, found.st_ino)


def opened_file() -> str | None:
    """The path of the SQLite file open_database opened (None: none open)."""
    return _opened_file[0] if _opened_file is not None else None


def forget_file() -> None:
    """The database is closed: nothing to compare any more (close_database)."""
    global _opened_file
    _opened_file = None


def refuse_lost_file() -> None:
    """Refuse (DatabaseError) when the open SQLite file is no longer at its path: deleted, moved
    away, or another file put there (one stat, a few µs, per write)."""
    if _opened_file is None:
        return
    path, device, inode = _opened_file
    try:
        found = os.stat(path)
    except OSError:
        found = None
    if found is None or (found.st_dev, found.st_ino) != (device, inode):
        raise DatabaseError(_lost_file(path))


# An intact SQLite file SQLite cannot open or write because its folder or the file itself
# cannot be written (a read-only disk, no permission): in WAL mode even reading makes -wal and
# -shm beside it. Not damage: a restore from a backup would lose what was entered since.
def _why_not_writable(place: Path) -> str:
    statvfs = getattr(os, "statvfs", None)  # not on Windows
    with contextlib.suppress(OSError):
        if statvfs is not None and statvfs(place).f_flag & os.ST_RDONLY:
            return "磁盘是只读的"
    return "没有写入权限"


def unwritable_error(target: str) -> DatabaseError | None:
    """The SQLite file `target` or its folder cannot be written: the message that says which,
    and what to do (None: both can be written, or not an existing SQLite file)."""
    if not target or file_state(target) not in ("file", "empty") or not Path(target).is_file():
        return None
    path = Path(target).absolute()
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return DatabaseError(i18n.text(
            "数据库文件“%1”所在的文件夹“%2”不能写入（%3），因此无法打开数据库：SQLite 要在这个文件夹中写入数据库的附属文件"
            "（-wal、-shm）。这不是数据库损坏，请不要从备份恢复（会丢失备份之后录入的内容）。请管理员给这个文件夹和其中的数据库"
            "文件写入权限；或把整个数据文件夹复制到可以写入的位置，再用 --db 指定复制后的数据库文件（或把环境变量 "
            "OFFICEDESK_HOME 设为新位置）。", path, folder, _why_not_writable(folder)))
    if not os.access(path, os.W_OK):
        return DatabaseError(i18n.text(
            "数据库文件“%1”不能写入（%2），因此无法打开或写入数据库。这不是数据库损坏，请不要从备份恢复（会丢失备份之后录入的"
            "内容）。请管理员给这个文件（如取消它的“只读”属性）写入权限；或把整个数据文件夹复制到可以写入的位置，再用 --db "
            "指定复制后的数据库文件（或把环境变量 OFFICEDESK_HOME 设为新位置）。", path, _why_not_writable(path)))
    return None
