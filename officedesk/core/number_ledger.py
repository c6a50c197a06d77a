"""`check`: the number ledger's 作废 (issued_number.status) against the audit trail.

A number is voided only with an audit entry naming it: `numbering.void` (作废 of a record, of an
imported 已作废 row, or of the number alone) writes one of registry ``number:<kind>`` with the
number in its `after`; a restore (in the program, or `officedesk restored` after one outside
it) lists the numbers it voided under 作废编号 in its ``system`` entry; `--reissue` of a voided
number writes one of action ``reissue``. The ledger's rows carry no digest of their own, but
their 作废 must agree with the last of those entries: a voided number put back in use (or a
number voided) by editing the file, or a voided number's row deleted, shows, named.

What this does not see: a column other than the 作废 edited (issued_by, void_reason …), and a
row that was never voided deleted — the latter `rule_checks.check_numbers` reports as 缺号 or
跳号, and by name when a record holds the number.
"""

from __future__ import annotations

from typing import Any

from officedesk.core import audit, i18n

VOIDED = "voided"


def trail_statuses() -> dict[tuple[str, str], tuple[bool, int]]:
    """(kind, number) -> (voided by the last entry about it, that entry's id), from the audit
    trail. A restore's 作废编号 names numbers without their kind: kind "" there."""
    from officedesk.store.models import AuditEntry

    found: dict[tuple[str, str], tuple[bool, int]] = {}
    query: Any = (AuditEntry.select(AuditEntry.id, AuditEntry.action, AuditEntry.registry,
                                    AuditEntry.after)
                  .where(AuditEntry.registry.startswith("number:")
                         | ((AuditEntry.registry == "system") & (AuditEntry.action == "restore")))
                  .order_by(AuditEntry.id).tuples())
    for entry_id, action, registry, after in query.iterator():
        data = audit.fields_of(after)
        if registry == "system":
            for number in data.get("作废编号") or []:
                found[("", str(number))] = (True, entry_id)
            continue
        number = str(data.get("number") or "")
        if number and action in ("void", "reissue"):
            found[(registry.partition(":")[2], number)] = (action == "void", entry_id)
    return found



def last_entry(trail: dict[tuple[str, str], tuple[bool, int]], kind: str,
               number: str) -> tuple[bool, int] | None:
    """The trail's last word on this number: its own kind's entry, or a restore's, the later."""
    said = [s for s in (trail.get((kind, number)), trail.get(("", number))) if s is not None]
    return max(said, key=lambda s: s[1]) if said else None


def voided_in_trail(trail: dict[tuple[str, str], tuple[bool, int]], kind: str,
                    number: str) -> int | None:
    """The entry that voided this number last, when the trail leaves it voided; else None."""
    last = last_entry(trail, kind, number)
    return last[1] if last is not None and last[0] else None


def problems(trail: dict[tuple[str, str], tuple[bool, int]] | None = None) -> list[str]:
    """Each ledger row whose 作废 differs from the trail's, and each number the trail leaves
    voided whose row is gone, in words naming the number."""
    from officedesk.core import numbering
    from officedesk.store.models import IssuedNumber

    trail = trail_statuses() if trail is None else trail
    found: list[str] = []
    held: set[tuple[str, str]] = set()
    rows: Any = (IssuedNumber.select(IssuedNumber.kind, IssuedNumber.text, IssuedNumber.status)
                 .order_by(IssuedNumber.kind, IssuedNumber.year, IssuedNumber.seq).tuples())
    for kind, number, status in rows.iterator():
        held.add((kind, number))
        label = numbering.KINDS[kind].label if kind in numbering.KINDS else kind
        entry = voided_in_trail(trail, kind, number)
        if status == VOIDED and entry is None:
            found.append(i18n.text(
                "%1“%2”在编号台账中记为作废，审计记录中却没有作废它（台账在程序之外被改动）。"
                "请保留现状，报告管理员并与备份核对。", label, number))
        elif status != VOIDED and entry is not None:
            found.append(i18n.text(
                "%1“%2”已在审计记录 %3 中作废，编号台账中却记为未作废（台账在程序之外被改动）。"
                "这个号不能再用；请保留现状，报告管理员并与备份核对。", label, number, entry))
    for (kind, number), (voided, entry_id) in trail.items():
        if not voided or not kind or (kind, number) in held:
            continue
        if voided_in_trail(trail, kind, number) is None:
            continue
        label = numbering.KINDS[kind].label if kind in numbering.KINDS else kind
        found.append(i18n.text(
            "%1“%2”已在审计记录 %3 中作废，编号台账中却没有它（台账在程序之外被删除）。"
            "这个号不能再用；请保留现状，报告管理员并与备份核对。", label, number, entry_id))
    return found
