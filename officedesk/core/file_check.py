"""`check`: the SQLite database, its -wal/-shm, the data and backups folders and the backups in
it, when other accounts of the machine can read or write them — what an earlier version made
(0644/0755 under the usual umask) and an administrator's chmod left. The command line has no
log-in: whoever can read the file has every record of every 密级 and petitioners' personal data
unmasked (README, "命令行与管理员"), so each is told with the chmod that closes it.

Who else may: every account ("others"), or a group with a member besides the file's owner (a
user's own group, as Linux gives each, is no one else). A file inside a folder those accounts
cannot pass through is out of their reach and not told. Not on Windows (its profile folders are
per user), not for PostgreSQL (the database account in its URL is the boundary)."""

from __future__ import annotations

import contextlib
import os
import shlex
import stat
import sys
from pathlib import Path
from typing import Any, NamedTuple

from officedesk import paths
from officedesk.core.i18n import Verbatim, joined, text
from officedesk.file_modes import COMPANIONS
from officedesk.store.db import database, is_sqlite


class Open(NamedTuple):
    path: Path
    who: str  # "本机所有账户" or "组 staff 的成员（王五、赵六）"
    how: str  # 可读 / 可写 / 可读写
    bits: str  # what chmod takes away: "o", "g" or "go"


_members: dict[tuple[int, int], list[str]] = {}  # read once a check (pwd.getpwall may be slow)


def _others_in_group(gid: int, owner: int) -> list[str]:
    """The accounts of the group `gid` other than the file's owner (members named in the group,
    and those whose primary group it is); none where the system does not tell."""
    if (gid, owner) not in _members:
        _members[(gid, owner)] = _read_others_in_group(gid, owner)
    return _members[(gid, owner)]


def _read_others_in_group(gid: int, owner: int) -> list[str]:
    try:
        import grp
        import pwd
    except ImportError:  # not POSIX
        return []
    names: set[str] = set()
    with contextlib.suppress(KeyError, OSError):
        names.update(grp.getgrgid(gid).gr_mem)
    with contextlib.suppress(OSError):
        names.update(p.pw_name for p in pwd.getpwall() if p.pw_gid == gid)
    with contextlib.suppress(KeyError, OSError):
        names.discard(pwd.getpwuid(owner).pw_name)
    return sorted(names)


def _group_name(gid: int) -> str:
    try:
        import grp

        return grp.getgrgid(gid).gr_name
    except (ImportError, KeyError, OSError):
        return str(gid)


def _reachable(path: Path, by_others: bool, gid: int) -> bool:
    """Whether every folder above `path` lets those accounts pass (its x bit for them): the
    world's, or the group `gid`'s (a folder of another group: its x for the world)."""
    for folder in path.parents:
        try:
            info = os.stat(folder)
        except OSError:
            return False
        mode = stat.S_IMODE(info.st_mode)
        if by_others or info.st_gid != gid:
            if not mode & 0o001:
                return False
        elif not mode & 0o010:
            return False
    return True


def _how(mode: int, shift: int, folder: bool) -> str:
    read, write = mode & (0o4 << shift), mode & (0o2 << shift)
    if folder:
        read = read or mode & (0o1 << shift)  # x: they open a file whose name they know
    return "可读写" if read and write else "可读" if read else "可写" if write else ""


def opened_to_others(path: Path) -> list[Open]:
    """Who besides the owner may read or write `path` (a file or a folder), as far as they can
    reach it."""
    try:
        info = os.stat(path)
    except OSError:
        return []
    mode, folder = stat.S_IMODE(info.st_mode), stat.S_ISDIR(info.st_mode)
    found: list[Open] = []
    how = _how(mode, 0, folder)
    if how and _reachable(path, True, info.st_gid):
        found.append(Open(path, text("本机所有账户"), how, "o"))
    how = _how(mode, 3, folder)
    members = _others_in_group(info.st_gid, info.st_uid) if how else []
    if members and _reachable(path, False, info.st_gid):
        shown = "、".join(members[:5]) + ("等" if len(members) > 5 else "")
        found.append(Open(path, text("组 %1 的成员（%2）", Verbatim(_group_name(info.st_gid)),
                                     Verbatim(shown)), how, "g"))
    return found


def _chmod(found: list[Open], paths_: list[Path], rights: str = "rwx", recursive: bool = False) -> str:
    bits = "".join(sorted({b for one in found for b in one.bits}, key="go".index))
    names = " ".join(shlex.quote(str(p)) for p in paths_)
    return f"chmod {'-R ' if recursive else ''}{bits}-{rights} {names}"


def _said(found: list[Open]) -> Any:
    return joined(list(dict.fromkeys(text("%1%2", one.who, one.how) for one in found)), "%1；%2")


def problems() -> list[str]:
    """What `check` tells: the office's data that other accounts may read or write, in one
    problem with the one command that closes it all; and a folder of the administrator's
    choosing (--db) in which they could put another file in the database's place."""
    if sys.platform == "win32" or not is_sqlite():
        return []
    _members.clear()  # groups as they are now
    db_file = Path(str(database.obj.database))
    if str(db_file) in ("", ":memory:"):
        return []
    folder, backups = paths.data_dir(), paths.backup_dir()  # the program's own
    named = [(text("数据文件夹 %1", folder), folder), (text("数据库文件 %1", db_file), db_file),
             *((text("数据库的 %1 文件", suffix), Path(f"{db_file}{suffix}")) for suffix in COMPANIONS),
             (text("备份文件夹 %1", backups), backups),
             # attached files a computer kept before schema 30 (store.attachment_files)
             (text("附件文件夹 %1", folder / "attachments"), folder / "attachments")]
    shown: list[Any] = []
    found: list[Open] = []
    closed: list[Path] = []
    for label, path in named:
        opened = opened_to_others(path)
        if opened:
            shown.append(text("%1（%2，权限 %3）", label, _said(opened), _octal(path)))
            found += opened
            closed.append(path)
    kept = [(p, opened) for p in _files_in(backups) if (opened := opened_to_others(p))]
    if kept:
        every = [one for _p, opened in kept for one in opened]
        shown.append(text("备份文件夹中的 %1 个备份（%2，如 %3）", len(kept), _said(every), kept[0][0].name))
        found += every
    said: list[str] = []
    if shown:
        # what is in the data folder, closed with it in one go; a --db file elsewhere by name
        outside = [p for p in closed if p != folder and folder not in p.parents]
        inside = len(outside) < len(closed) or bool(kept)
        command = " && ".join([*([_chmod(found, [folder], recursive=True)] if inside else []),
                               *([_chmod(found, outside)] if outside else [])])
        said.append(text("本机其他账户能读取（或改写）本单位的数据：%1。命令行不需登录，能读到这些文件就能看到全部密级的记录和"
                         "未遮盖的身份证号、电话，能写就能改动或换掉数据。请管理员运行：%2",
                         joined(shown, "%1；%2"), Verbatim(command)))
    writers = [one for one in opened_to_others(db_file.parent) if "写" in one.how]
    if writers and db_file.parent.resolve() != folder.resolve():
        said.append(text("数据库所在的文件夹 %1 %2（权限 %3）：别人能删除数据库文件或换成另一个。请管理员运行：%4",
                         db_file.parent, _said(writers), _octal(db_file.parent),
                         Verbatim(_chmod(writers, [db_file.parent], rights="w"))))
    return said


def _files_in(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_file())
    except OSError:
        return []


def _octal(path: Path) -> str:
    with contextlib.suppress(OSError):
        return f"{stat.S_IMODE(os.stat(path).st_mode):04o}"
    return "?"
