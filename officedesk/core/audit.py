"""The audit trail: who, when, what, before and after, chained by hash so tampering shows."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from officedesk.core import changes, clock, i18n
from officedesk.core.actor import Actor
from officedesk.store import compiled
from officedesk.store.bulk import bulk_insert
from officedesk.store.db import database
from officedesk.store.models import AuditEntry, AuditHead

GENESIS = "0" * 64


# (entries hold records' values and lists of them: nothing refers back to itself)
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str, check_circular=False).encode


def _canonical(value: Any) -> str:
    return _CANONICAL(value)  # json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


canonical = _canonical  # batch writes render their entries' texts before taking the lock


def entry_hash(prev_hash: str, at: dt.datetime, actor: str, action: str, registry: str,
               record_id: int | None, summary: str, before: str, after: str,
               row_digest: str = "") -> str:
    """The entry's hash: its parts joined by \x1f after the previous hash and the time."""
    return _chained(prev_hash, _timed(at), _tail(actor, action, registry, record_id, summary, before, after,
                                                 row_digest))


def _timed(at: dt.datetime) -> bytes:
    return ("\x1f" + at.isoformat(sep=" ")).encode("utf-8")


def _tail(actor: str, action: str, registry: str, record_id: int | None, summary: str, before: str,
          after: str, row_digest: str) -> bytes:
    """What an entry's hash covers after the previous hash and the time."""
    parts = [actor, action, registry, "" if record_id is None else str(record_id), summary, before, after]
    if row_digest:  # entries before schema 7 have none and keep their hashes
        parts.append(row_digest)
    return ("\x1f" + "\x1f".join(parts)).encode("utf-8")


def _chained(previous: str, timed: bytes, tail: bytes) -> str:
    return hashlib.sha256(previous.encode("utf-8") + timed + tail).hexdigest()


def _texts(before: Any, after: Any) -> tuple[str, str]:
    """An entry's before and after: dicts as canonical() text, text as it is, None as ''."""
    return ("" if before is None else before if isinstance(before, str) else _canonical(before),
            "" if after is None else after if isinstance(after, str) else _canonical(after))


def record(actor: Actor, action: str, registry: str, record_id: int | None,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
           summary: str = "") -> AuditEntry:
    """Append one entry. Call inside the write transaction of the change it describes."""
    from officedesk.core import entry_rows, integrity

    if action != "delete":  # the rows a step writes with its record's entry (its signature)
        entry_rows.before_entry(registry, record_id)
    previous = _take_head(1)
    at = clock.now()
    before_text = _canonical(before) if before is not None else ""
    after_text = _canonical(after) if after is not None else ""
    row = "" if action == "delete" else integrity.row_digest(registry, record_id)
    digest = entry_hash(previous, at, actor.username, action, registry, record_id,
                        summary[:300], before_text, after_text, row)
    values = {"at": at, "actor": actor.username, "action": action, "registry": registry,
              "record_id": record_id, "summary": summary[:300], "before": before_text,
              "after": after_text, "prev_hash": previous, "hash": digest, "row_digest": row}
    entry: AuditEntry = compiled.loaded(AuditEntry, {"id": compiled.insert_one(AuditEntry, values), **values})
    _set_head(digest)
    changes.wrote(entry.id, digest)  # the windows of this process know it as theirs
    return entry


def _take_head(count: int) -> str:
    """Count `count` entries on the chain's head and return its last hash. The UPDATE takes
    the head row's lock (PostgreSQL) first, so appends never interleave; one statement, as the
    lock is held until the commit and every round trip under it makes other writers wait."""
    sql = f"update audit_head set count = count + {int(count)} where id = 1 returning last_hash"
    row = database.execute_sql(sql).fetchone()
    if row is None:  # the first entry ever; insert-or-ignore: two first writers may race
        AuditHead.insert(id=1, last_hash=GENESIS, count=0).on_conflict_ignore().execute()
        row = database.execute_sql(sql).fetchone()
    return str(row[0])


def _set_head(digest: str) -> None:
    database.execute_sql(f"update audit_head set last_hash = {database.param} where id = 1", (digest,))


Entry = tuple[Any, ...]  # (record id, before, after, summary[, action, the row's digest then])


def _own(entry: Entry, action: str, digests: dict[int, str], read_back: bool = False) -> tuple[str, str]:
    """An entry's action and row digest: its own (a step after the record's creation in a batch,
    the row as it stood then), else the batch's action and the row's digest (`read_back`: the
    digests read from the table, which hold the rows as they ended)."""
    record_id = entry[0]
    row = digests.get(record_id, "") if record_id is not None else ""
    if len(entry) > 4:
        return entry[4], row if read_back or entry[5] is None else entry[5]
    return action, row


def record_many(actor: Actor, action: str, registry: str, entries: list[Entry],
                digests: dict[int, str] | None = None) -> None:
    """Append many entries (record id, before, after, summary), chained in a loop and written
    in bulk: a batch import. before/after are dicts or their canonical() text already made.
    An entry may bring its own action and row digest (a record's later steps, made with it).
    `digests`: the rows' digests made from the values written (integrity.digests_in_memory);
    checked against the table on a sample, and read back from the table when they differ.
    Call inside its write transaction."""
    if not entries:
        return
    from officedesk.core import integrity

    read_back = False
    if action == "delete":
        digests = {}
    elif digests is None or not integrity.same_as_table(registry, digests):
        # the rows as written, digested as `check` will digest them (one read per chunk)
        digests = integrity.row_digests(registry, [e[0] for e in entries if e[0] is not None])
        read_back = True
    previous = _take_head(len(entries))
    at = clock.now()
    rows = []
    for entry in entries:
        record_id, before, after, summary = entry[:4]
        before_text, after_text = _texts(before, after)
        taken, row = _own(entry, action, digests, read_back)
        digest = entry_hash(previous, at, actor.username, taken, registry, record_id,
                            summary[:300], before_text, after_text, row)
        rows.append((at, actor.username, taken, registry, record_id, summary[:300], before_text,
                     after_text, previous, digest, row))
        previous = digest
    bulk_insert(AuditEntry, ["at", "actor", "action", "registry", "record_id", "summary", "before",
                             "after", "prev_hash", "hash", "row_digest"], rows)
    _set_head(previous)
    changes.noted(row[9] for row in rows)


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int | None
    message: str


def verify_chain() -> list[ChainProblem]:
    """Walk the chain in order; any edited, deleted or inserted entry breaks it."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    count = 0
    last_id = 0
    for entry in AuditEntry.select().order_by(AuditEntry.id).iterator():
        count += 1
        # A gap in the ids alone proves nothing (PostgreSQL sequences skip the ids of rolled-back
        # transactions); a missing entry shows as a broken link to the one before.
        if entry.prev_hash != expected_prev:
            if entry.id != last_id + 1:
                message = (i18n.text("审计记录 %1 与 %2 之间缺少记录（被删除）", last_id, entry.id)
                           if last_id else i18n.text("审计记录 %1 之前的记录缺失（被删除）", entry.id))
            else:
                message = i18n.text("审计记录 %1 与前一条不相连（链断开）", entry.id)
            problems.append(ChainProblem(entry.id, message))
        last_id = entry.id
        digest = entry_hash(entry.prev_hash, entry.at, entry.actor, entry.action, entry.registry,
                            entry.record_id, entry.summary, entry.before, entry.after,
                            entry.row_digest)
        if digest != entry.hash:
            problems.append(ChainProblem(entry.id, i18n.text("审计记录 %1 的内容被改动过", entry.id)))
        expected_prev = entry.hash
    head = AuditHead.get_or_none(AuditHead.id == 1)
    if head is None and count:
        problems.append(ChainProblem(None, "审计链的末尾标记（audit_head）被删除"))
    elif head is not None and head.last_hash == expected_prev and head.count > count:
        # the end is as the head says: entries are missing before it (the gaps named above)
        problems.append(ChainProblem(None, i18n.text("审计记录比末尾标记（audit_head）记下的 %1 条少了 %2 条：有记录被删除",
                                                     head.count, head.count - count)))
    elif head is not None and (head.last_hash != expected_prev or head.count != count):
        problems.append(ChainProblem(None, "审计链末尾的记录被删除或改动"))
    return problems


def history(registry: str, record_id: int | None, actor: Actor | None = None) -> list[AuditEntry]:
    """A record's entries, oldest first. With an actor: refused when the record (or, once deleted,
    its last known 密级) lies above the actor's clearance — the entries hold its text — and, to an
    actor not cleared for everything, an id with neither record nor entries, refused alike; the trail
    of what is no registry's record (users, settings, system, numbers) only to an administrator,
    that of a 代理 also to its principal and substitute; and for an actor who may not see
    personal data, every field the registry declares sensitive is masked in before and after
    (sub-rows too), as the lists mask it. Without an actor: the trail as stored, for core's own
    use (no interface shows it so)."""
    entries = list(AuditEntry.select()
                   .where((AuditEntry.registry == registry) & (AuditEntry.record_id == record_id))
                   .order_by(AuditEntry.id))
    if actor is not None:
        if _registry_spec(registry) is None:
            _ensure_trail_reader(registry, record_id, actor)
            if registry.startswith("number:"):  # 保密 of the number's record and its reasons
                from officedesk.core import number_trail

                number_trail.guard(registry, record_id, entries, actor)
        else:
            if actor.clearance < 3:
                _ensure_history_visible(registry, record_id, entries, actor)
            _ensure_not_withheld(registry, record_id, entries, actor)
    if actor is not None and not _sees_whole(registry, actor):
        _mask_entries(registry, entries)
    if actor is not None:
        _tell_named(registry, entries, actor)
    return entries


def _tell_named(registry_name: str, entries: list[AuditEntry], actor: Actor) -> None:
    """Texts naming another record raised since above the actor's clearance, as he may read
    them (RegistrySpec.told_in_history, and a 督查事项 made from the record: named_items); for
    reading only, never saved back."""
    from officedesk.core.named_items import untold

    spec = _registry_spec(registry_name)
    own = spec.told_in_history if spec is not None else None
    # a 督查事项 made from the record and raised since above him (core.named_items)
    items = untold if registry_name != "supervision" else None
    if own is None and items is None:
        return

    def told(text: str) -> str:
        text = own(text, actor) if own is not None else text
        return items(text, actor) if items is not None else text

    for entry in entries:
        entry.summary, entry.before, entry.after = (told(entry.summary or ""), told(entry.before or ""),
                                                    told(entry.after or ""))


def _sees_whole(registry_name: str, actor: Actor) -> bool:
    """Whether the actor may read the registry's personal data whole (RegistrySpec.sees_whole)."""
    spec = _registry_spec(registry_name)
    return bool(spec.sees_whole(actor)) if spec is not None else actor.may_see_sensitive


def _registry_spec(name: str) -> Any:
    from officedesk.core import registry
    from officedesk.core.errors import ValidationError

    try:
        return registry.get(name)
    except ValidationError:
        return None


# The trails that are no registry's record, as a refusal names them. They carry accounts, roles,
# clearances, log-in failures, settings and numbers: an administrator's, never a 密级 filter's.
_TRAIL_LABELS = {"users": "用户账号", "settings": "系统设置", "system": "备份和恢复"}


def _ensure_trail_reader(name: str, record_id: int | None, actor: Actor) -> None:
    from officedesk.core.errors import PermissionDeniedError

    if actor.is_admin:
        return
    if name == "delegations":  # the two people it concerns may read how it was set and ended
        from officedesk.store.chain import Delegation

        row = Delegation.get_or_none(Delegation.id == record_id)
        if row is not None and actor.username in (row.principal, row.substitute):
            return
        raise PermissionDeniedError(
            "只有管理员和这项代理的被代理人、代理人可以查看它的历史记录。")
    what = _TRAIL_LABELS.get(name, "编号" if name.startswith("number:") else "这类记录")
    raise PermissionDeniedError(i18n.text("只有管理员可以查看%1的历史记录。请联系管理员。",
                                          what))


def _mask_entries(registry_name: str, entries: list[AuditEntry]) -> None:
    """Mask the sensitive fields of the entries' before and after, for reading only: the rows
    are never saved back (append-only), so what is stored and hashed stays as it was."""
    from officedesk.core import registry
    from officedesk.core.errors import ValidationError

    try:
        spec = registry.get(registry_name)
    except ValidationError:
        return
    # by label (a snapshot) and by name (sub-rows such as petitioners keep the field names)
    kinds = {key: f.sensitive for f in spec.fields if f.sensitive for key in (f.label, f.name)}
    if not kinds:
        return
    if spec.told is not None:  # the texts holding them first, while the snapshots hold them whole
        _tell_texts(spec, entries)
    for entry in entries:
        entry.before = _masked_text(entry.before, kinds)
        entry.after = _masked_text(entry.after, kinds)


def _tell_texts(spec: Any, entries: list[AuditEntry]) -> None:
    """The registry's told texts (RegistrySpec.told_texts) of every entry, and each summary, as
    shown where the personal data is masked: without what the record or any of its snapshots
    held (a name corrected since too)."""
    from officedesk.core import told_texts

    snapshots = [fields_of(text) for entry in entries for text in (entry.before, entry.after)]
    record = spec.model.get_or_none(spec.model.id == entries[0].record_id) if entries else None
    holders = [h for h in (record, *told_texts.holders_of(spec, [s for s in snapshots if s])) if h is not None]
    for entry in entries:
        entry.summary = spec.told(entry.summary, holders) if entry.summary else entry.summary
        for side in ("before", "after"):
            text = getattr(entry, side)
            try:
                value = json.loads(text) if text else None
            except ValueError:
                continue
            if isinstance(value, (dict, list)):
                setattr(entry, side, _canonical(told_texts.told_snapshot(spec, value, holders)))


def fields_of(text: str | None) -> dict[str, Any]:
    """An entry's before or after as the fields it names: {} for none, a plain text or a
    broken one (the checks that read the trail back: settings_check, number_ledger)."""
    try:
        value = json.loads(text or "null")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _masked_text(text: str, kinds: dict[str, str]) -> str:
    if not text:
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text  # a plain text, not a record's fields
    return _canonical(_masked(value, kinds, None))


def _masked(value: Any, kinds: dict[str, str], kind: str | None) -> Any:
    from officedesk.core.fields import mask

    if isinstance(value, dict):
        return {key: _masked(item, kinds, kinds.get(key, kind)) for key, item in value.items()}
    if isinstance(value, list):
        return [_masked(item, kinds, kind) for item in value]
    if kind is not None and value is not None and not isinstance(value, bool):
        return mask(kind, str(value))
    return value


def ensure_record_trail_visible(registry_name: str, record_id: int | None, actor: Actor) -> None:
    """Refuse, as history() refuses the record's own trail, a trail kept under a record of this
    registry (the numbers trail: core.number_trail)."""
    entries = list(AuditEntry.select()
                   .where((AuditEntry.registry == registry_name) & (AuditEntry.record_id == record_id)))
    if actor.clearance < 3:
        _ensure_history_visible(registry_name, record_id, entries, actor)
    _ensure_not_withheld(registry_name, record_id, entries, actor)


def _ensure_history_visible(registry_name: str, record_id: int | None, entries: list[AuditEntry],
                            actor: Actor) -> None:
    from officedesk.core import records
    from officedesk.core.actor import clearance_of
    from officedesk.core.errors import HiddenRecordError
    from officedesk.core.record_guards import not_found_message

    spec = _registry_spec(registry_name)
    if spec is None or spec.level_field is None:
        return
    record = spec.model.get_or_none(spec.model.id == record_id)
    if record is not None:
        level = records.level_of(spec, record)
    elif not entries:  # never existed: refused as a hidden id is, so the two are not told apart
        raise HiddenRecordError(not_found_message(spec, record_id))
    else:  # deleted: the highest 密级 any entry recorded
        label = spec.field(spec.level_field).label
        level = 0
        for entry in entries:
            for text in (entry.before, entry.after):
                if text:
                    try:
                        value = json.loads(text).get(label)
                    except (ValueError, AttributeError):
                        value = None
                    level = max(level, clearance_of(str(value or "")))
    if level > actor.clearance:  # answered as an id that does not exist is (record_guards)
        raise HiddenRecordError(not_found_message(spec, record_id))


def _ensure_not_withheld(registry_name: str, record_id: int | None, entries: list[AuditEntry],
                         actor: Actor) -> None:
    """A record withheld from the actor whatever his clearance (RegistrySpec.withheld: a 效能投诉
    from whom it complains of): its trail is refused as an id that does not exist is — once
    deleted, judged by the last values its entries recorded."""
    from types import SimpleNamespace

    from officedesk.core.errors import HiddenRecordError
    from officedesk.core.record_guards import not_found_message

    spec = _registry_spec(registry_name)
    if spec is None or spec.withheld is None:
        return
    record: Any = spec.model.get_or_none(spec.model.id == record_id)
    if record is None:
        values: dict[str, Any] = {}
        for entry in entries:
            for text in (entry.before, entry.after):
                try:
                    kept = json.loads(text) if text else None
                except ValueError:
                    kept = None
                if isinstance(kept, dict):
                    values.update({f.name: kept[f.label] for f in spec.fields if f.label in kept})
        record = SimpleNamespace(**values)
    if spec.withheld(actor, record):
        raise HiddenRecordError(not_found_message(spec, record_id))
