"""A record's rows of its own (its sub-rows) in its row digest (core.integrity): a record's audit
entry digests its row and, for the tables listed here, its sub-rows as they stood after the
change, so a sub-row edited, deleted or inserted in the file shows in `check` as its record
changed. A 信访's petitioners (信访人) and its 办理过程 (PetitionStep); a 督查事项's 分解任务,
their 反馈 and its 催办; a 会议's people, 议程 and 议定事项; a 信息's history (InfoAction); a 效能投诉's steps
(ComplaintStep); a 公文's 办理过程 (DocStep, named by registry and record id) with a 收文's 传阅
readers, a 发文's 会签 units and 分发 list; and, a generation later, every record's step
signatures (StepSign: 本人, 代录, 代理, 退回 — who, for whom, when) and a 公文's attachments.

Sound because every path that writes such a sub-row writes an audit entry of its record after
it, in the same transaction: 信访 — 登记 (records.create's after_insert, before the entry), the
petitioner list's correction, every step (procedure._step: its row, then its save; 转督查,
重复件, 作废 — lifecycle._own_step_row — likewise), the batch import (`cover_batch`; an 已作废
row's 作废 under the lock, as one by one) and schema 34's tidying of padded names (the step rows
tidied before the records' entries); 督查 — every task step (supervision.tasks,
added._keep_progress), a unit's rename (supervision.renamed) and the batch import (each step's
entry with the tasks as it left them, NewRecord.sub_rows_then), 催办 (reminders.generate_reminders:
each reminder, then the item's 催办 entry; a task deleted takes its reminders with it before
delete_task's entry; a 催办 keeps the unit it was issued to through a rename, and no import
makes one); 会议 — save_meeting (people and
agenda before the meeting's entry), import --update (records.Correction.first), 签到, 纪要,
转督查, a unit's rename (Renaming), a 职级's new 排序 (rank_orders) and the batch import; 信息 —
each step's row then its save, an issue's 印发 (issued._counted) and an empty issue's removal
(empty_issue); 效能投诉 — 登记 (its 登记 and imported steps in records.create's after_insert),
each step (its row, then its save) and the batch import; 公文 — every step writes its row (and
its 传阅, 会签 or 分发 rows) before the record's save (documents.common.run_step, its `then`
first), 签收 and 拟稿 in records.create's after_insert, 退回 (chain_returns) and 作废
(lifecycle) their row first, a 会签单位's rename (unit_renames, an entry per document after its
rows), the batch import (the first step's row among the children) and schema 34's tidying of
the names on step rows (padded_names). Signatures — every step performed through core.steps
(本人, 代录, 代理 alike): its row written before each entry of the record the step makes
(core.entry_rows, from audit.record), as the step left the record then, so its last entry covers
it; no import writes one, schema 34 tidies them before the records' entries, and a draft deleted
takes them with it (lifecycle._delete_loose_rows). Attachments — added (the row, then the
`attach` entry), removed (deleted, then the `detach` entry), deleted with their draft; no import
writes one; the bytes, kept once per checksum (AttachmentContent), are held to it by `check`
(documents.attachments.problems: ~40 ms for 70 files, 11 MB, on the demo). A record deleted is
deleted with them (its entry digests nothing). Not guarded: a 督查 task's next_report_due (derived, recounted
without an entry: see _TABLES); a step's person tidied by schema 34 on a record no field of
which was padded (a system entry only — run once, on offices whose entries predate this digest).

An entry's digest says which way it was made: one made before sub-rows were digested (64 hex
digits) is compared with the row alone, as it was written; one covering them starts with
`MARK`, then — for a record whose tables grew (a 信访's steps joined its petitioners) — the
letter of its generation (`generation_of`): it is compared with the tables of that generation.
The digest is inside the entry's hash, so its kind cannot be changed without breaking the
chain. A record whose last entry is from before is covered from its next change on.
"""

from __future__ import annotations

import functools
import hashlib
import json
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from officedesk.store import compiled

MARK = "s"  # never a hex digit: an old digest never starts with it


@dataclass(frozen=True)
class _Sub:
    """One table of a record's sub-rows: its model ("module:Name"), its column naming the record
    (or the row it hangs from, `through`), the columns digested in order, and those it is read
    in order of before its id (none: the order written, as a batch holds them in memory)."""

    model: str
    key: str
    columns: tuple[str, ...]
    order: tuple[str, ...] = ()
    # sub-rows of a sub-row (a task's 反馈): the row's model, its column naming the record, its
    # columns put before each sub-row's own (which of the record's rows it hangs from)
    through: tuple[str, str, tuple[str, ...]] | None = None
    # the generation of the record's digests that first covered this table (`generation_of`): a
    # table added to a record already covered comes in a later one, so the entries written before
    # it are still compared with the tables they covered (an office of before passes)
    since: int = 1
    # columns the record's sub-rows hold a fixed value in, (column, value) each: a table shared by
    # several registries, its rows named by (registry, record id) (a 收文's and a 发文's DocStep)
    fixed: tuple[tuple[str, Any], ...] = ()


_STEP_COLUMNS = ("step", "state_from", "state_to", "person", "actor", "at", "opinion")


def _signed(registry: str, since: int) -> _Sub:
    """A record's step signatures (step_sign: who did each step performed through core.steps, in
    what capacity — 本人, 代录 for whom, 代理 —, when, on the paper of which day, 退回 to where;
    逐级负责, the papers' signers, the history's marks and the 效能 退回 figures read them), named
    by registry and record id, in a later generation than the record's other rows. Each is
    written before its step's entries of the record (core.entry_rows); its audit_id, the entry
    it names, only after them: left out."""
    return _Sub("officedesk.store.chain:StepSign", "record_id",
                ("step", "mode", "actor", "actor_name", "person", "person_username", "position", "at",
                 "paper_date", "returned_to", "returned_from", "reason", "state_from", "state_to",
                 "history_id"), fixed=(("registry", registry),), since=since)


def _attached(registry: str) -> _Sub:
    """A 公文's attachments (its file's name, stored name, checksum and size, who added it when):
    the bytes are held to the checksum by `check` (core.documents.attachments.problems)."""
    return _Sub("officedesk.store.models:Attachment", "record_id",
                ("filename", "stored_name", "sha256", "size", "added_at", "added_by"),
                fixed=(("registry", registry),), since=2)


# the parent's table -> its sub-rows' tables. Stamps and the rows' own ids are left out: a
# correction writes the list again (new ids), and what the clerk sees is what is guarded — but
# for a step's stamps, written once with it and never again.
_TABLES: dict[str, tuple[_Sub, ...]] = {
    # a 信访's petitioners, and its 办理过程 (登记, 受理告知, 答复, 复查 … with the dates the
    # 《信访工作条例》's time limits count from), the steps in a later generation (`since`). A
    # step's stamps are digested: who recorded it and when, written once, never rewritten.
    "petition": (_Sub("officedesk.store.petitions:Petitioner", "petition",
                      ("seq", "name", "gender", "id_number", "phone", "address", "employer"),
                      order=("seq",)),
                 _Sub("officedesk.store.petitions:PetitionStep", "petition",
                      ("kind", "on", "person", "content", "created_at", "created_by"), since=2),
                 _signed("petitions", 3)),
    # a 督查事项's 分解任务 and their 反馈. Left out: a task's next_report_due, worked out from
    # the item's 反馈周期, the task's last 反馈 (or 交办) date, its 时限 and the holidays, and
    # counted again without an entry of its own when the holidays or the 反馈周期 change
    # (task_fields.recount_report_dates, items' change of 反馈周期): what it is made from is
    # guarded, it guards nothing of its own.
    "supervision_item": (
        _Sub("officedesk.store.supervision:SupervisionTask", "item",
             ("seq", "lead_unit", "co_units", "responsible", "deadline", "requirement",
              "assigned_on", "status", "progress", "last_report_on", "done_on", "done_report")),
        _Sub("officedesk.store.supervision:SupervisionReport", "task",
             ("report_date", "percent", "progress_text", "difficulties", "next_steps"),
             through=("officedesk.store.supervision:SupervisionTask", "item", ("seq",))),
        # its 催办 (第一次催办, 再次催办, 通报: the 催办通知单 prints them), by the task each chased
        # (a task's id stays while it lasts: no step writes the tasks again), in a later generation
        _Sub("officedesk.store.supervision:SupervisionReminder", "item",
             ("task", "unit", "level", "reason", "issued_on", "reply_by"), since=2),
        _signed("supervision", 3),
    ),
    # a 会议's people (with their 签到), its 议程 and its 纪要's 议定事项 (with the 督查 item each
    # became)
    "meeting": (
        _Sub("officedesk.store.meetings:MeetingAttendee", "meeting",
             ("role", "seq", "person_id", "name", "unit", "title", "rank", "phone", "attendance",
              "leave_reason", "signed_at")),
        _Sub("officedesk.store.meetings:AgendaItem", "meeting",
             ("seq", "topic", "unit", "reporter", "minutes")),
        _Sub("officedesk.store.meetings:MeetingDecision", "meeting",
             ("seq", "content", "lead_unit", "deadline", "supervision_id", "sent_at", "sent_by")),
        _signed("meetings", 2),
    ),
    # a 信息's history: its steps, 采用 and 批示 (what the ranking and the 得分 count)
    "info_item": (_Sub("officedesk.store.info:InfoAction", "item",
                       ("kind", "on", "person", "level", "periodical", "content")),
                  _signed("info", 2)),
    # a 效能投诉's steps (登记, 核查, 结论, 处理), stamps as a 信访's
    "efficiency_complaint": (_Sub("officedesk.store.efficiency:ComplaintStep", "complaint",
                                  ("kind", "on", "person", "content", "created_at", "created_by")),
                             _signed("complaints", 2)),
    # a 公文's 办理过程 (who did which step when: the 效能 figures count from these times) and
    # its 传阅 readers (收文) or its 会签 units and 分发 list (发文)
    "incoming_doc": (
        _Sub("officedesk.store.documents:DocStep", "record_id", _STEP_COLUMNS,
             fixed=(("registry", "incoming"),)),
        _Sub("officedesk.store.documents:CirculationEntry", "doc_id",
             ("seq", "reader", "sent_at", "read_at", "note", "batch")),
        _signed("incoming", 2),
        _attached("incoming"),
    ),
    "outgoing_doc": (
        _Sub("officedesk.store.documents:DocStep", "record_id", _STEP_COLUMNS,
             fixed=(("registry", "outgoing"),)),
        _Sub("officedesk.store.documents:Countersign", "doc_id",
             ("seq", "unit", "person", "opinion", "signed_at", "answer", "resolution")),
        _Sub("officedesk.store.documents:Distribution", "doc_id",
             ("seq", "recipient", "copies", "first_no", "last_no")),
        _signed("outgoing", 2),
        _attached("outgoing"),
    ),
}

_TEXT = json.JSONEncoder(ensure_ascii=False, default=str, check_circular=False).encode


def covers(table: str) -> bool:
    return table in _TABLES


@functools.cache  # a batch asks for each step of each record
def _load(where: str) -> Any:
    import importlib

    module, name = where.split(":")
    return getattr(importlib.import_module(module), name)


def _rows(sub: _Sub, owned: Callable[[Any], Any]) -> Iterator[tuple[Any, ...]]:
    """(the record's id, *the digested values) of the sub-rows whose record `owned` takes, in
    the record's order."""
    yield from _query(sub, owned).tuples().iterator()


def _rows_of_one(sub: _Sub, parent_id: int) -> list[tuple[Any, ...]]:
    """_rows of one record (every audit entry of a record reads them), compiled once."""
    return compiled.tuples_of(("sub_rows", sub), parent_id,
                              lambda any_id: _query(sub, lambda parent: parent == any_id))


def _query(sub: _Sub, owned: Callable[[Any], Any]) -> Any:
    model = _load(sub.model)
    fields = [model._meta.fields[name] for name in sub.columns]
    order = [model._meta.fields[name] for name in sub.order]
    query: Any
    if sub.through is None:
        parent = model._meta.fields[sub.key]
        query = (model.select(parent, *fields).where(_held(model, sub, owned(parent)))
                 .order_by(parent, *order, model._meta.primary_key))
    else:
        where, key, columns = sub.through
        via = _load(where)
        parent = via._meta.fields[key]
        query = (model.select(parent, *[via._meta.fields[name] for name in columns], *fields)
                 .join(via, on=(model._meta.fields[sub.key] == via._meta.primary_key))
                 .where(_held(model, sub, owned(parent)))
                 .order_by(parent, via._meta.primary_key, *order, model._meta.primary_key))
    return query


def _held(model: Any, sub: _Sub, condition: Any) -> Any:
    """`condition` and the sub-rows' fixed values (`sub.fixed`)."""
    for name, value in sub.fixed:
        condition &= model._meta.fields[name] == value
    return condition


# a later generation's digest: MARK, this letter (never a hex digit) and 62 hex digits
_LATER = "ghijklmnopqrstuvwxyz"
_HEX = frozenset("0123456789abcdef")

# each table's sub-rows by parent, in the table's order: what `texts` reads, the digests made of
Found = list[dict[int, list[tuple[Any, ...]]]]


def combine(row_digest: str, sub_text: str, generation: int = 1) -> str:
    """The digest of a row (integrity's, 64 hex digits) with its sub-rows' text: 64 characters,
    MARK first (the column keeps 64), then, from the second generation on, its letter."""
    made = hashlib.sha256(f"{row_digest}\x1e{sub_text}".encode()).hexdigest()
    if generation <= 1:
        return MARK + made[:63]
    return MARK + _LATER[generation - 2] + made[:62]


def generation_of(digest: str) -> int:
    """Which of its record's sub-row tables an entry's digest (MARK first) covers: those `since`
    its generation or before — the first (a hex digit after MARK) or the one its letter says (a
    letter unknown reads as the first, and so never matches)."""
    return _LATER.find(digest[1:2]) + 2 if digest[1:2] not in _HEX else 1


def newest(table: str) -> int:
    """The generation the record's entries are written in now: covering every table."""
    return max(sub.since for sub in _TABLES[table])


def _text(tables: list[list[tuple[Any, ...]]]) -> str:
    """A record's sub-rows' text: the rows of its one table (a 信访's, as it was first written),
    or a list of each table's."""
    return _TEXT(_shaped(tables))


def _shaped(tables: Any) -> list[Any]:
    """What `_text` encodes: the one table's rows, or each table's."""
    if len(tables) == 1:
        return [list(values) for values in tables[0]]
    return [[list(values) for values in rows] for rows in tables]


# between two records' texts made in one call (`_texts_of`): a list item of one control
# character, which JSON writes escaped (\u0000), so the whole item `, "\u0000", ` is found in
# the text only where it stands between two records (a quote inside a string is escaped too)
_BETWEEN = "\x00"
_BETWEEN_TEXT = f", {_TEXT(_BETWEEN)}, "


def _texts_of(table: str, found: Found, parent_ids: list[int], generation: int) -> list[str]:
    """`_text_in` of each parent, the texts of all made in one call of the encoder (a batch's
    thousands, ~4 µs each rather than ~15): the same text, split where they were joined."""
    chosen = [rows for sub, rows in zip(_TABLES[table], found, strict=True) if sub.since <= generation]
    each = [_shaped([rows.get(parent_id, ()) for rows in chosen]) for parent_id in parent_ids]
    if len(each) < 2:
        return [_TEXT(one) for one in each]
    woven: list[Any] = [_BETWEEN] * (2 * len(each) - 1)
    woven[0::2] = each
    texts = _TEXT(woven)[1:-1].split(_BETWEEN_TEXT)
    if len(texts) != len(each):  # a sub-row's value that is itself the separator: one at a time
        return [_TEXT(one) for one in each]
    return texts


def _text_in(table: str, found: Found, parent_id: int, generation: int) -> str:
    """The parent's sub-rows' text, of the tables its generation covers (a parent without
    sub-rows: each table's list empty)."""
    return _text([rows.get(parent_id, []) for sub, rows in zip(_TABLES[table], found, strict=True)
                  if sub.since <= generation])


def digest_of(table: str, row_digest: str, found: Found, parent_id: int) -> str:
    """The row's digest covering its sub-rows, as a new entry is written: the newest generation."""
    generation = newest(table)
    return combine(row_digest, _text_in(table, found, parent_id, generation), generation)


def digest_as(table: str, row_digest: str, found: Found, parent_id: int, entry_digest: str) -> str:
    """The row's digest covering its sub-rows as `entry_digest` (MARK first) was made: of the
    tables of its generation (`check`: an entry written before a table was added still passes)."""
    generation = generation_of(entry_digest)
    return combine(row_digest, _text_in(table, found, parent_id, generation), generation)


def _read(table: str, owned: Callable[[Any], Any] | int) -> Found:
    """Each sub-row table's rows of the records `owned` takes (an id: that record's alone)."""
    found: Found = []
    for sub in _TABLES[table]:
        rows: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        read = _rows_of_one(sub, owned) if isinstance(owned, int) else _rows(sub, owned)
        for owner, *values in read:
            rows[owner].append(tuple(values))
        found.append(rows)
    return found


def texts(table: str, parent_ids: list[int]) -> Found:
    """The parents' sub-rows, read from the tables (`digest_of`, `digest_as`)."""
    if len(parent_ids) == 1 and isinstance(parent_ids[0], int):
        return _read(table, parent_ids[0])
    found: Found = [{} for _ in _TABLES[table]]
    for start in range(0, len(parent_ids), 500):
        for rows, read in zip(found, _read(table, _among(parent_ids[start:start + 500])), strict=True):
            rows.update(read)
    return found


def _among(ids: list[int]) -> Callable[[Any], Any]:
    return lambda parent: parent.in_(ids)


def texts_between(table: str, first: int, last: int) -> Found:
    """`texts` of the parents whose ids run from `first` to `last` (`check`, a range at a time)."""
    return _read(table, lambda parent: parent.between(first, last))


def cover_batch(table: str, filled: Any, news: list[Any]) -> None:
    """A batch's chunk (core.batch_rows.Filled, made of `news`, core.batch_new.NewRecord): its
    rows' digests, and those its records' later steps' entries carry, made to cover the sub-rows
    it writes with them (from memory, as `texts` will read them back) — each step's as the step
    left them where the record says (NewRecord.sub_rows_then), as the one-record path writes
    them. Sub-rows of sub-rows in a batch (their records' ids not known here): left alone, so
    the digests differ from the table and are read back from it (audit.record_many)."""
    if not covers(table):
        return
    subs = _TABLES[table]
    ids = [row[0] for row in filled.rows]
    then = {record_id: new.sub_rows_then for record_id, new in zip(ids, news, strict=True)
            if new.sub_rows_then is not None}
    nested = [_load(sub.model) for sub in subs if sub.through is not None]
    if any(filled.children.get(model) or any(state.get(model) for states in then.values() for state in states)
           for model in nested):
        return
    counts = Counter(entry[0] for entry in filled.entries)
    if any(counts[record_id] != len(states) for record_id, states in then.items()):
        return  # (a step's sub-rows not known: read back likewise)
    found: Found = []
    for sub in subs:
        model = _load(sub.model)
        rows = filled.children.get(model, [])
        if sub.through is not None:
            found.append({})
            continue
        names = [name for name in model._meta.fields if name != "id"]  # batch_rows.child_columns
        at_key, at = names.index(sub.key), [names.index(name) for name in sub.columns]
        at_order = [names.index(name) for name in sub.order]
        at_fixed = [(names.index(name), value) for name, value in sub.fixed]
        owned: dict[int, list[list[Any]]] = defaultdict(list)
        for row in [row for row in rows if all(row[i] == value for i, value in at_fixed)] if at_fixed else rows:
            owned[row[at_key]].append(row)
        pick = operator.itemgetter(*at) if len(at) > 1 else lambda row, only=at[0]: (row[only],)  # a tuple, in C
        found.append({owner: list(map(pick, sorted(kept, key=lambda one: [one[i] for i in at_order])
                                      if len(kept) > 1 else kept))
                      for owner, kept in owned.items()})  # by `order`, else as written (stable)
    generation = newest(table)
    made = dict(zip(ids, _texts_of(table, found, ids, generation), strict=True))
    for record_id, digest in list(filled.digests.items()):
        if digest:
            filled.digests[record_id] = combine(digest, made[record_id], generation)
    seen: dict[int, int] = defaultdict(int)  # record id -> its entries so far
    for n, entry in enumerate(filled.entries):
        record_id = entry[0]
        at_entry, seen[record_id] = seen[record_id], seen[record_id] + 1
        if not (len(entry) > 5 and entry[5]):
            continue
        states = then.get(record_id)
        if states is None:
            text = made[record_id]
        else:
            text = _text([_in_memory(sub, states[at_entry].get(_load(sub.model), [])) for sub in subs])
        filled.entries[n] = (*entry[:5], combine(entry[5], text, generation))


def _in_memory(sub: _Sub, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """A step's sub-rows (by column, a value not given its column's default) as `_rows` reads
    them back."""
    defaults = _defaults(sub)
    rows = [row for row in rows if all(row.get(name) == value for name, value in sub.fixed)]
    ordered = sorted(rows, key=lambda row: [row.get(name, defaults.get(name)) for name in sub.order])
    return [tuple(row.get(name, defaults[name]) for name in sub.columns) for row in ordered]


@functools.cache  # once a table, not once a step of each record of a batch
def _defaults(sub: _Sub) -> dict[str, Any]:
    fields = _load(sub.model)._meta.fields
    return {name: _default(fields[name]) for name in sub.columns}


def _default(column: Any) -> Any:
    """batch_rows.column_default: what a sub-row not given the column holds."""
    import peewee

    default = column.default() if callable(column.default) else column.default
    if default is None and not column.null and isinstance(column, peewee.CharField | peewee.TextField):
        return ""
    return default
