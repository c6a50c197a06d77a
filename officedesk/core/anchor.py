"""The audit chain's head, kept outside the database: in every backup's companion file, in an
anchor file beside the database, and as a short 审计校验码 an office keeps on paper.

Someone with the database file can rewrite the whole chain with hashes recomputed, or empty
it; they cannot rewrite what was copied elsewhere. `check` compares the chain with the anchor
file (and `check --anchor CODE` with a code kept on paper): the entry at the anchored position
must still carry the anchored hash. The anchor file also keeps the high-water mark of every
number sequence, so a restore or a rolled-back sequence never issues a number twice. It names
the database's first audit entry: another database's anchor (a new office set up where a trial
one was deleted) is kept aside, not held against it, and this database's own, found aside or
under the name used before a PostgreSQL anchor named its server, is brought back (anchor_path).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from pathlib import Path
from typing import Any

import peewee

from officedesk import paths
from officedesk.core import i18n
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.store.models import AuditEntry, IssuedNumber, NumberSequence

log = logging.getLogger(__name__)

ANCHOR_ENV = "OFFICEDESK_ANCHOR"  # where the anchor file lives, if not beside the database
_CODE = re.compile(r"^\s*(\d+)\s*[-－]\s*([0-9A-Fa-f\s-]{8,})\s*$")


def _safe(text: object) -> str:
    return re.sub(r"[^0-9A-Za-z_.-]+", "_", str(text))


def _named_path(db: peewee.Database) -> Path:
    override = os.environ.get(ANCHOR_ENV, "").strip()
    if override:
        return Path(override)
    if isinstance(db, peewee.SqliteDatabase):
        path = Path(str(db.database)).resolve()
        data = paths.data_dir().resolve()
        if path.parent == data:  # the data folder's database: anchored beside the folder, not in it
            return data.parent / f"{data.name}-anchor" / f"{path.stem}.anchor.json"
        return Path(str(path) + ".anchor.json")
    # a database is named by its server too: a training office on another server under the same
    # database name (the README's `officedesk`) is another database, with another anchor
    params = getattr(db, "connect_params", {}) or {}
    host = params.get("host") or os.environ.get("PGHOST") or "localhost"
    port = params.get("port") or os.environ.get("PGPORT") or 5432
    return paths.data_dir() / f"postgres-{_safe(host)}-{_safe(port)}-{_safe(_database_name(db))}.anchor.json"


def _database_name(db: peewee.Database) -> str:
    return str(getattr(db, "database", "postgres") or "postgres")


def _legacy_path(db: peewee.Database) -> Path | None:
    """Where a PostgreSQL database was anchored before anchors named the server."""
    if isinstance(db, peewee.SqliteDatabase) or os.environ.get(ANCHOR_ENV, "").strip():
        return None
    return paths.data_dir() / f"postgres-{_safe(_database_name(db))}.anchor.json"


def anchor_path(db: peewee.Database) -> Path:
    """This database's anchor file. When the file of its name is missing or another database's,
    this database's own marks are looked for where they may have been left — the file of the
    name used before anchors named the server, and the copies put aside (…replaced-….json) — and
    brought back to it (the other database's file kept aside in turn), so that no number it
    issued is forgotten. A folder that cannot be written leaves the files as they are."""
    return _resolve(db)[0]


# what the administrator does when the anchor file could not be written (said by the command
# line as a note, kept in the window's log)
ANCHOR_ADVICE = "请管理员给锚定文件所在的文件夹写入权限（或清理磁盘空间），再运行 officedesk audit-code 锚定"


def own_anchor(db: peewee.Database) -> dict[str, Any] | None:
    """This database's anchor (read once), as anchor_path finds it; where it could not be brought
    back (a read-only folder), as found elsewhere. None: no anchor of this database here."""
    return _resolve(db)[1]


def _resolve(db: peewee.Database) -> tuple[Path, dict[str, Any] | None]:
    from officedesk.store.db import database

    path = _named_path(db)
    if database.obj is not db:  # whose database this is is asked of the bound one
        return path, None
    data = read(path)
    if data is not None and (data.get("broken") or belongs(data)):
        return path, data
    legacy = _legacy_path(db)
    found = _own_elsewhere(path, legacy)
    if not found:
        return path, None
    merged = _merged([data for _, data in found])
    try:
        put_aside(path)  # another database's anchor, kept
        _write_data(path, merged)
        if legacy is not None and any(where == legacy for where, _ in found):
            put_aside(legacy)  # migrated; kept, not destroyed (a copy of this database may want it)
    except OSError:
        log.warning("无法整理锚定文件 %s（各处的锚定记录没有合并）。%s", path, ANCHOR_ADVICE, exc_info=True)
    return path, merged


def _aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name.removesuffix('.json')}.replaced-*.json"))


def _own_elsewhere(path: Path, legacy: Path | None) -> list[tuple[Path, dict[str, Any]]]:
    """This database's anchors other than at `path`: the old name's file (one written before
    anchors named their database counts as this one's, as at `path`), copies put aside (only
    those that name this database)."""
    first = hash_at(1) or ""
    found: list[tuple[Path, dict[str, Any]]] = []
    places = ([legacy] if legacy is not None else []) + _aside(path) + (_aside(legacy) if legacy else [])
    for place in places:
        data = read(place)
        if data is None or data.get("broken"):
            continue
        named = data.get("first")
        if (named and named == first) or (place == legacy and not named):
            found.append((place, data))
    return found


def _entries(data: dict[str, Any]) -> int:
    return int(data.get("audit_count") or 0)


def _merged(found: list[dict[str, Any]]) -> dict[str, Any]:
    """The newest anchor found (the longest chain), with the highest marks of all."""
    newest: dict[str, Any] = max(found, key=_entries)
    best = dict(newest)
    best["numbers"] = merge_marks(*(data.get("numbers") or {} for data in found))
    return best


def chain_state() -> tuple[int, str]:
    """(number of entries, hash of the last one) as the table holds them now."""
    count = AuditEntry.select().count()
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    return count, (last.hash if last is not None else "")


def hash_at(position: int) -> str | None:
    """The hash of the position-th entry (1-based, in id order), or None if there are fewer."""
    if position < 1:
        return None
    row = (AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id)
           .offset(position - 1).limit(1).first())
    return None if row is None else row.hash


def high_water() -> dict[str, int]:
    """'kind|prefix|year' -> the highest number ever taken, from the sequences and issued rows."""
    marks: dict[str, int] = {}
    sequences: Any = NumberSequence.select(NumberSequence.kind, NumberSequence.prefix,
                                           NumberSequence.year, NumberSequence.last_value).tuples()
    for kind, prefix, year, value in sequences:
        key = f"{kind}|{prefix}|{year}"
        marks[key] = max(marks.get(key, 0), int(value))
    rows: Any = (IssuedNumber.select(IssuedNumber.kind, IssuedNumber.prefix, IssuedNumber.year,
                                peewee.fn.MAX(IssuedNumber.seq))
            .where(IssuedNumber.seq > 0)
            .group_by(IssuedNumber.kind, IssuedNumber.prefix, IssuedNumber.year).tuples())
    for kind, prefix, year, value in rows:
        key = f"{kind}|{prefix}|{year}"
        marks[key] = max(marks.get(key, 0), int(value or 0))
    return marks


def merge_marks(*many: dict[str, int]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for marks in many:
        for key, value in marks.items():
            merged[key] = max(merged.get(key, 0), int(value))
    return merged


def code(count: int, head: str) -> str:
    """The printable 审计校验码: entries, then the first 16 hex digits of the head in groups."""
    digits = head[:16].upper() or "0" * 16
    return f"{count}-" + "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def current_code() -> str:
    return code(*chain_state())


def parse_code(text: str) -> tuple[int, str]:
    match = _CODE.match(text or "")
    if match is None:
        raise ValidationError(i18n.text(
            "审计校验码“%1”格式不对，应为“条数-XXXX-XXXX-XXXX-XXXX”，如 128-3FA2-09BC-77D1-E0A4。", text),
            "anchor")
    return int(match[1]), re.sub(r"[\s-]", "", match[2]).lower()


def snapshot() -> dict[str, Any]:
    count, head = chain_state()
    return {"audit_count": count, "audit_head": head, "code": code(count, head),
            "numbers": high_water(), "at": dt.datetime.now().isoformat(timespec="seconds"),
            "first": hash_at(1) or ""}


def belongs(data: dict[str, Any]) -> bool:
    """Whether an anchor was written for this database: the one whose first audit entry (made by
    init, kept by every backup and restore of it) it names. A file written before anchors named
    it is taken as this database's."""
    first = data.get("first")
    return not first or first == (hash_at(1) or "")


def put_aside(path: Path) -> Path | None:
    """Keep an anchor file that is not this database's beside it, renamed (…replaced-<time>.json):
    nothing that anchored another database is destroyed."""
    path = Path(path)
    if not path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d%H%M%S%f")
    kept = path.with_name(f"{path.name.removesuffix('.json')}.replaced-{stamp}.json")
    path.replace(kept)
    return kept


def start_here() -> None:
    """A new office (init, the window's first run): its own anchor, whatever an earlier database
    left at this place. A folder that cannot be written is left to `check` to report."""
    from officedesk.store.db import database

    if database.obj is None:
        return
    path = anchor_path(database.obj)
    try:
        put_aside(path)
        write(path)
    except OSError:
        log.warning("无法写锚定文件 %s，审计链没有锚定到数据库之外。%s", path, ANCHOR_ADVICE, exc_info=True)


def read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"broken": True}
    return data if isinstance(data, dict) else {"broken": True}


def write(path: Path, extra_marks: dict[str, int] | None = None) -> dict[str, Any]:
    """Anchor the chain as it is now; the number marks only ever go up (merged with the file's)."""
    return _write_merged(path, snapshot(), extra_marks)


def write_held(path: Path, count: int, head: str, first: str, marks: dict[str, int]) -> dict[str, Any]:
    """Anchor a chain as a copy holds it (a backup: read from the file, not from the database,
    which other workstations may have written to since the copy)."""
    data = {"audit_count": count, "audit_head": head, "code": code(count, head), "numbers": marks,
            "at": dt.datetime.now().isoformat(timespec="seconds"), "first": first}
    return _write_merged(path, data, None)


def _write_merged(path: Path, data: dict[str, Any], extra_marks: dict[str, int] | None) -> dict[str, Any]:
    old = read(path) or {}
    if old and not old.get("broken") and old.get("first") and old.get("first") != data["first"]:
        put_aside(path)  # another database's anchor (its marks are not this one's)
        old = {}
    data["numbers"] = merge_marks(old.get("numbers") or {}, data["numbers"], extra_marks or {})
    _write_data(path, data)
    return data


def _write_data(path: Path, data: dict[str, Any]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        partial.replace(path)
    except OSError:  # a full disk: the anchor stays as it was, no half-written file beside it
        partial.unlink(missing_ok=True)
        raise


def verify(count: int, head_prefix: str, where: str) -> list[str]:
    """Problems of the chain against an anchor: fewer entries, or another hash at the position."""
    if count == 0:
        return []
    now, _ = chain_state()
    if now < count:
        return [text("审计记录只有 %1 条，少于%2锚定的 %3 条：有 %4 条审计记录被删除（从中删除、截断或清空）",
                     now, where, count, count - now)]
    found = hash_at(count) or ""
    if not found.startswith(head_prefix.lower()):
        return [text("第 %1 条审计记录与%2锚定的校验码不符：审计链被改写过", count, where)]
    return []


def verify_numbers(marks: dict[str, int], where: str) -> list[str]:
    """Sequences below a number once issued: the next number would be issued a second time."""
    problems: list[str] = []
    sequences: Any = NumberSequence.select(NumberSequence.kind, NumberSequence.prefix,
                                           NumberSequence.year, NumberSequence.last_value).tuples()
    now = {f"{k}|{p}|{y}": v for k, p, y, v in sequences}
    for key, mark in sorted(marks.items()):
        if now.get(key, 0) < mark:
            kind, prefix, year = key.split("|")
            problems.append(text("编号序列 %1 %2%3 年现为 %4，低于%5记录的已发出最大号 %6：序列被回退，下一个编号会重复",
                                 kind, prefix, year, now.get(key, 0), where, mark))
    return problems
