"""`check`: the number ledger (issued_number) against the audit trail.

The ledger's rows carry no digest of their own, but every number is named in the trail:
- given: the entry of the record that got it (签收, 登记, 发文's 编号, an import's row …) names
  it in its `after` under the registry's number label (收文编号, 发文字号 …);
- voided: `numbering.void` (作废 of a record, of an imported 已作废 row) writes an entry of
  registry ``number:<kind>`` with the number, the reason, the holder's record id and the actor; a
  restore (in the program, or `officedesk restored` after one outside it) lists the numbers it
  voided under 作废编号 in its ``system`` entry;
- reissued (`--reissue`): an entry of action ``reissue`` naming the new holder.
So each row must agree with those entries: its 作废 (a voided number put back in use, a number
voided, a voided number's row deleted), which record holds it (its registry and record id:
a number moved to another record, or to none), its text against its kind, prefix, year and 序号
(a row renumbered), its kind, a reissue, and a voided number's reason and who voided it. A
free-form number a record was given (no 序号, so no gap shows) whose row is deleted is named too.

What this does not see: issued_by and issued_at (nothing reads them); the reason, voider and
time a restore wrote on the numbers it voided (older versions wrote other words); and a row
that was never voided deleted — `rule_checks.check_numbers` reports that as 缺号 or 跳号, and by
name when a record holds the number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

import peewee

from officedesk.core import audit, i18n
from officedesk.store.db import is_sqlite

VOIDED = "voided"
REISSUED = "reissued"
IN_USE = ("used", "manual")  # issued by the sequence, or claimed as typed or brought
# a 作废 and its entry are written in one transaction: their times differ by far less
VOID_TIME_SLACK = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Word:
    """The trail's word on a number: a void, a reissue or a restore's 作废编号."""

    entry_id: int
    action: str  # "void", "reissue" or "restore"
    record_id: int | None = None
    actor: str = ""
    at: Any = None
    reason: str = ""
    was: str = ""  # a reissue: the status before it ("skipped": a number never issued)

    @property
    def voided(self) -> bool:
        return self.action != "reissue"


Trail = dict[tuple[str, str], Word]
# (kind, number) -> {(registry, record id): the last entry giving it that record}
Holders = dict[tuple[str, str], dict[tuple[str, int], int]]


class Row(NamedTuple):
    kind: str
    prefix: str
    year: int
    seq: int
    text: str
    registry: str
    record_id: int | None
    status: str
    void_reason: str
    voided_by: str
    voided_at: Any


def ledger_rows() -> list[Row]:
    """The ledger, read once for every check on it (rule_checks counts its 序号 from it)."""
    from officedesk.store.models import IssuedNumber as N

    query: Any = (N.select(N.kind, N.prefix, N.year, N.seq, N.text, N.registry, N.record_id,
                           N.status, N.void_reason, N.voided_by, N.voided_at)
                  .order_by(N.kind, N.year, N.seq).tuples())
    return [Row._make(values) for values in query.iterator()]


def trail_statuses() -> Trail:
    """(kind, number) -> the last word on it in the audit trail. A restore's 作废编号 names
    numbers without their kind: kind "" there."""
    from officedesk.store.models import AuditEntry as A

    found: Trail = {}
    query: Any = (A.select(A.id, A.action, A.registry, A.record_id, A.actor, A.at, A.before, A.after)
                  .where(A.registry.startswith("number:") | ((A.registry == "system") & (A.action == "restore")))
                  .order_by(A.id).tuples())
    for entry_id, action, registry, record_id, actor, at, before, after in query.iterator():
        data = audit.fields_of(after)
        if registry == "system":
            for number in data.get("作废编号") or []:
                found[("", str(number))] = Word(entry_id, "restore", None, str(actor), at)
            continue
        number = str(data.get("number") or "")
        if number and action in ("void", "reissue"):
            found[(registry.partition(":")[2], number)] = Word(
                entry_id, action, record_id, str(actor), at, str(data.get("reason") or ""),
                str(audit.fields_of(before).get("status") or ""))
    return found


def last_entry(trail: Trail, kind: str, number: str) -> Word | None:
    """The trail's last word on this number: its own kind's entry, or a restore's, the later."""
    said = [s for s in (trail.get((kind, number)), trail.get(("", number))) if s is not None]
    return max(said, key=lambda s: s.entry_id) if said else None


def voided_in_trail(trail: Trail, kind: str, number: str) -> int | None:
    """The entry that voided this number last, when the trail leaves it voided; else None."""
    last = last_entry(trail, kind, number)
    return last.entry_id if last is not None and last.voided else None


def numbered() -> dict[str, Any]:
    """kind -> the registry that numbers it (its RegistrySpec)."""
    from officedesk.core.lifecycle import NUMBER_KINDS
    from officedesk.core.registry import all_registries, load_all

    load_all()
    return {kind: spec for spec in all_registries() if spec.number_field
            and (kind := spec.number_kind or NUMBER_KINDS.get(spec.name))}


def given_numbers(specs: dict[str, Any]) -> dict[tuple[str, int], dict[str, int]]:
    """(registry, record id) -> the numbers the trail gave that record, each with the last of its
    entries that name it under the registry's number label."""
    from officedesk.store.models import AuditEntry as A

    labels = {spec.name: spec.field(spec.number_field).label for spec in specs.values()}
    if not labels:
        return {}
    named: Any = None
    for name, label in labels.items():
        one = (A.registry == name) & A.after.contains(f'"{label}": "')
        named = one if named is None else named | one
    named &= A.record_id.is_null(False)
    in_sql = is_sqlite()  # SQLite reads the one value (JSON1): ~1.5× quicker than json.loads (1M entries)
    value: Any = A.after
    if in_sql:
        value = peewee.Case(A.registry, [(name, peewee.fn.json_extract(A.after, f'$."{label}"'))
                                         for name, label in labels.items()])
        named &= peewee.fn.json_valid(A.after) == 1
    given: dict[tuple[str, int], dict[str, int]] = {}
    query: Any = A.select(A.registry, A.record_id, A.id, value).where(named).order_by(A.id).tuples()
    for name, record_id, entry_id, found in query.iterator():
        number = found if in_sql else audit.fields_of(found).get(labels[name])
        if isinstance(number, str) and number:
            given.setdefault((name, record_id), {})[number] = entry_id
    return given


def _where(specs: dict[str, Any], registry: str, record_id: int) -> str:
    """收文第 5 条记录."""
    spec = next((s for s in specs.values() if s.name == registry), None)
    return i18n.text("%1第 %2 条记录", spec.label if spec is not None else registry, record_id)


def _on(specs: dict[str, Any], row: Row) -> str:
    """Where the ledger puts the number: 记在收文第 5 条记录上, or 没有记在任何记录上."""
    if row.record_id is None:
        return i18n.text("没有记在任何记录上")
    return i18n.text("记在%1上", _where(specs, row.registry, row.record_id))


def problems(trail: Trail | None = None, rows: list[Row] | None = None) -> list[str]:
    """Each ledger row that differs from the trail, each number the trail leaves voided whose row
    is gone, and each free-form number a record was given whose row is gone, in words naming it."""
    from officedesk.core import numbering

    specs = numbered()
    trail = trail_statuses() if trail is None else trail
    rows = ledger_rows() if rows is None else rows
    given = given_numbers(specs)
    kind_of = {spec.name: kind for kind, spec in specs.items()}
    holders: Holders = {}
    for (name, record_id), numbers in sorted(given.items()):
        for number, entry_id in numbers.items():
            holders.setdefault((kind_of[name], number), {})[(name, record_id)] = entry_id
    found: list[str] = []
    held: set[tuple[str, str]] = set()
    for row in rows:
        held.add((row.kind, row.text))
        found.extend(_judged(row, trail, specs, holders))
    for (kind, number), word in trail.items():
        if not word.voided or not kind or (kind, number) in held:
            continue
        if voided_in_trail(trail, kind, number) is None:
            continue
        label = numbering.KINDS[kind].label if kind in numbering.KINDS else kind
        found.append(i18n.text(
            "%1“%2”已在审计记录 %3 中作废，编号台账中却没有它（台账在程序之外被删除）。"
            "这个号不能再用；请保留现状，报告管理员并与备份核对。", label, number, word.entry_id))
    found.extend(_free_form_gone(specs, holders, held))
    return found


def _free_form_gone(specs: dict[str, Any], holders: Holders,
                    held: set[tuple[str, str]]) -> list[str]:
    """A free-form number (no 序号: no gap shows its row gone) given to a record, not in the
    ledger. A number in its kind's form is counted by rule_checks (缺号, 跳号, named)."""
    from officedesk.core import numbering, typed_numbers

    found: list[str] = []
    for (kind, number), records in sorted(holders.items()):
        if (kind, number) in held or kind not in numbering.KINDS:
            continue
        if typed_numbers.parse_number(kind, number) is not None:
            continue
        name, record_id = max(records, key=records.__getitem__)
        found.append(i18n.text(
            "%1“%2”用在%3第 %4 条记录上，编号台账中却没有它（台账在程序之外被删除或改动）。"
            "不要作废或重新使用这个号；请保留现状，报告管理员并与备份核对。",
            numbering.KINDS[kind].label, number, specs[kind].label, record_id))
    return found


KEEP = "请保留现状，报告管理员并与备份核对。"


def _judged(row: Row, trail: Trail, specs: dict[str, Any], holders: Holders) -> list[str]:
    """What the trail says against this ledger row."""
    from officedesk.core import numbering

    if row.kind not in numbering.KINDS or row.kind not in specs:
        return [i18n.text("编号台账中的“%1”记为“%2”种编号，本程序不发这种编号（台账在程序之外被改动）。%3",
                          row.text, row.kind, KEEP)]
    label, number = numbering.KINDS[row.kind].label, row.text
    found = _form(row, label)
    last = last_entry(trail, row.kind, number)
    if row.status == VOIDED:
        if last is None or not last.voided:
            found.append(i18n.text(
                "%1“%2”在编号台账中记为作废，审计记录中却没有作废它（台账在程序之外被改动）。"
                "请保留现状，报告管理员并与备份核对。", label, number))
            return found
        return found + _voided(row, label, last, specs)
    if last is not None and last.voided:
        found.append(i18n.text(
            "%1“%2”已在审计记录 %3 中作废，编号台账中却记为未作废（台账在程序之外被改动）。"
            "这个号不能再用；请保留现状，报告管理员并与备份核对。", label, number, last.entry_id))
        return found
    if row.status == REISSUED:
        if last is None:
            found.append(i18n.text("%1“%2”在编号台账中记为重新使用，审计记录中却没有重新使用它（台账在程序之外被改动）。%3",
                                   label, number, KEEP))
            return found
        return found + _reissued(row, label, last, specs, holders.get((row.kind, number), {}))
    if row.status not in IN_USE:
        found.append(i18n.text("%1“%2”在编号台账中的状态是“%3”，本程序不这样记（台账在程序之外被改动）。%4",
                               label, number, row.status, KEEP))
        return found
    if last is not None:  # a reissue: the row must say so
        found.append(i18n.text("%1“%2”已在审计记录 %3 中重新使用，编号台账中却记为没有重新使用（台账在程序之外被改动）。%4",
                               label, number, last.entry_id, KEEP))
        return found
    given = holders.get((row.kind, number), {})
    if (row.registry, row.record_id) not in given:
        found.append(_moved(row, label, sorted(given), specs))
    return found


def _form(row: Row, label: str) -> list[str]:
    """A number in its kind's form is its prefix, year and 序号: the row must say the same."""
    from officedesk.core import typed_numbers

    if row.seq <= 0 or typed_numbers.parse_number(row.kind, row.text) == (row.prefix, row.year, row.seq):
        return []
    return [i18n.text("%1“%2”在编号台账中记为“%3”%4年第 %5 号，与这个号本身不符（台账在程序之外被改动）。%6",
                      label, row.text, row.prefix, row.year, row.seq, KEEP)]


def _moved(row: Row, label: str, given: list[tuple[str, int]], specs: dict[str, Any]) -> str:
    here = _on(specs, row)
    if not given:
        return i18n.text("%1“%2”在编号台账中%3，审计记录中却没有哪一件记录得到过这个号"
                         "（台账在程序之外被改动或写入）。%4", label, row.text, here, KEEP)
    there = i18n.joined([_where(specs, name, record_id) for name, record_id in given], "%1、%2")
    return i18n.text("%1“%2”在编号台账中%3，审计记录中这个号却是%4的（台账在程序之外被改动）。"
                     "不要作废或重新使用这个号；%5", label, row.text, here, there, KEEP)


def _voided(row: Row, label: str, last: Word, specs: dict[str, Any]) -> list[str]:
    """A voided row against the entry that voided it: the record it was on, and (numbering.void)
    the reason and who voided it, when."""
    own = specs[row.kind].name
    # the numbers a restore voids were on no record it kept
    holder = None if last.action == "restore" else last.record_id
    found: list[str] = []
    if holder is None and row.record_id is not None:
        found.append(i18n.text("%1“%2”在编号台账中%3，审计记录 %4 作废它时它不在任何记录上（台账在程序之外被改动）。%5",
                               label, row.text, _on(specs, row), last.entry_id, KEEP))
    elif holder is not None and (row.registry, row.record_id) != (own, holder):
        found.append(i18n.text("%1“%2”在编号台账中%3，审计记录 %4 作废它时它在%5上（台账在程序之外被改动）。%6",
                               label, row.text, _on(specs, row), last.entry_id,
                               _where(specs, own, holder), KEEP))
    if last.action == "restore":
        return found
    if (row.void_reason or "") != last.reason:
        found.append(i18n.text("%1“%2”的作废原因在编号台账中是“%3”，审计记录 %4 中是“%5”（台账在程序之外被改动）。%6",
                               label, row.text, row.void_reason, last.entry_id, last.reason, KEEP))
    if (row.voided_by or "") != last.actor or not _near(row.voided_at, last.at):
        found.append(i18n.text("%1“%2”在编号台账中记为 %3 于 %4 作废，审计记录 %5 中是 %6 于 %7（台账在程序之外被改动）。%8",
                               label, row.text, row.voided_by, _shown(row.voided_at), last.entry_id,
                               last.actor, _shown(last.at), KEEP))
    return found


def _reissued(row: Row, label: str, last: Word, specs: dict[str, Any],
              given: dict[tuple[str, int], int]) -> list[str]:
    """A reissued row against its reissue entry: the record it went to (named by the entry, or,
    reissued as the record was made, the record given the number by an entry after it), and the
    reason."""
    found: list[str] = []
    own = specs[row.kind].name
    if last.record_id is None:
        after = [holder for holder, entry_id in given.items() if entry_id > last.entry_id]
        went = (row.registry, row.record_id) in after if after else row.record_id is None
        last = Word(last.entry_id, last.action, max(after, key=given.__getitem__)[1] if after else None,
                    last.actor, last.at, last.reason, last.was)
    else:
        went = (row.registry, row.record_id) == (own, last.record_id)
    if not went and last.record_id is None:
        found.append(i18n.text("%1“%2”在编号台账中%3，审计记录 %4 重新使用它时没有用在任何记录上（台账在程序之外被改动）。%5",
                               label, row.text, _on(specs, row), last.entry_id, KEEP))
    elif not went and last.record_id is not None:
        found.append(i18n.text("%1“%2”在编号台账中%3，审计记录 %4 把它重新用在%5上（台账在程序之外被改动）。"
                               "不要作废或重新使用这个号；%6", label, row.text, _on(specs, row), last.entry_id,
                               _where(specs, own, last.record_id), KEEP))
    what = "空缺" if last.was == "skipped" else "已作废"
    note = f"重新使用{what}的号：{last.reason}"[:300]
    if (row.void_reason or "") != note:
        found.append(i18n.text("%1“%2”的重新使用理由在编号台账中是“%3”，审计记录 %4 中是“%5”（台账在程序之外被改动）。%6",
                               label, row.text, row.void_reason, last.entry_id, note, KEEP))
    return found


def _moment(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _near(voided_at: Any, entry_at: Any) -> bool:
    a, b = _moment(voided_at), _moment(entry_at)
    return a is not None and b is not None and abs(a - b) <= VOID_TIME_SLACK


def _shown(value: Any) -> str:
    moment = _moment(value)
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else i18n.text("（无）")
