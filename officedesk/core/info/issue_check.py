"""`check`: each issue of a 信息刊物 (info_issue) against the audit trail.

An issue's 第N期 and 总第M期 print on the 简报's head, and whether it is 印发 decides what a
reprint shows. The program numbers an issue only in `periodicals.new_issue` (entry 新开一期, its
label and 总第M期), marks it 印发 only in `periodicals.publish` (entry naming the label), and
renumbers only when `empty_issue.remove_issue` takes an empty issue out (entry naming it; each
later issue moves up one). Replaying those entries gives every issue's year, 期, 总期 and state;
a row that differs, one no entry made, or one gone without its removal was written outside the
program. The 印发 entry keeps the issue's 印发日期 and head (编发单位, 报/送/发: `printed_head`,
what a reprint shows) too; an issue 印发 before it did is held to the day its items' 县级采用
rows were dated by the 印发 (core.info.issued), and an issue not 印发 holds neither. (Read
once: the issues, the entries about issues, and the 县级采用 of issues 印发 before.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from officedesk.core import audit, i18n
from officedesk.core.info.periodicals import HEAD, ISSUED_ON

_LABEL = re.compile(r"^(.*) (\d+)年第(\d+)期$")
_TOTAL = re.compile(r"（总第(\d+)期）$")
_OPENED, _ISSUED = "新开一期：", "印发："

Key = tuple[str, int, int]  # periodical name, year, 第N期


@dataclass
class _Kept:
    total: int
    issued: bool
    entry: int  # the entry that gave it its 期 and 总期号 (新开一期, or a removal moving it up)
    issued_entry: int = 0  # its 印发 entry
    issued_on: str | None = None  # its 印发日期 and head as its 印发 entry kept them (None: an
    head: Any = None  # entry from before it kept them)


def _key(label: Any) -> Key | None:
    found = _LABEL.match(label) if isinstance(label, str) else None
    return (found.group(1), int(found.group(2)), int(found.group(3))) if found else None


def _removed(kept: dict[Key, _Kept], key: Key, entry_id: int) -> None:
    """An empty issue taken out: the later ones of its periodical move up one, as
    empty_issue.remove_issue moves them (later in its year, or a later 总期号)."""
    gone = kept.pop(key, None)
    if gone is None:
        return
    name, year, seq = key
    later = sorted(k for k, v in kept.items() if k[0] == name
                   and ((k[1] == year and k[2] > seq) or v.total > gone.total))
    for k in later:
        moved = kept.pop(k)
        kept[(name, k[1], k[2] - 1 if k[1] == year else k[2])] = _Kept(
            moved.total - 1, moved.issued, entry_id, moved.issued_entry)


def _replayed() -> dict[Key, _Kept]:
    from officedesk.store.models import AuditEntry as A

    kept: dict[Key, _Kept] = {}
    query: Any = (A.select(A.id, A.action, A.summary, A.after)
                  .where((A.registry == "info") & A.record_id.is_null()
                         & (A.summary.startswith(_OPENED) | A.summary.startswith(_ISSUED)
                            | ((A.action == "delete") & A.after.contains('"期": '))))
                  .order_by(A.id).tuples())
    for entry_id, action, summary, after in query.iterator():
        data = audit.fields_of(after)
        if action == "create" and summary.startswith(_OPENED):
            key, total = _key(data.get("期")), _TOTAL.search(summary)
            if key is not None and total is not None:
                kept[key] = _Kept(int(total.group(1)), False, entry_id)
        elif action == "update" and summary.startswith(_ISSUED):
            key = _key(data.get("印发"))
            if key is not None and key in kept:
                kept[key].issued, kept[key].issued_entry = True, entry_id
                kept[key].issued_on, kept[key].head = data.get(ISSUED_ON), data.get(HEAD)
        elif action == "delete":
            key = _key(data.get("期"))
            if key is not None:
                _removed(kept, key, entry_id)
    return kept


def problems(issued_at: dict[int, tuple[int, Any]] | None = None) -> Iterator[str]:
    """Each issue whose 期号, 总期号, 印发, 印发日期 or head differs from the trail, each no entry
    made, each gone. `issued_at` (when given) is filled with issue id -> (its 印发 entry, its
    name), for each issue 印发 as the trail says (core.info.printed_check judges what it
    printed)."""
    from officedesk.core.info.periodicals import ISSUED
    from officedesk.store.info import InfoIssue, Periodical

    kept = _replayed()
    seen: set[Key] = set()
    rows: Any = (InfoIssue.select(InfoIssue.id, Periodical.name, InfoIssue.year, InfoIssue.seq,
                                  InfoIssue.total, InfoIssue.state, InfoIssue.issued_on,
                                  InfoIssue.printed_head)
                 .join(Periodical).order_by(InfoIssue.id).tuples())
    adopted: dict[int, set[str]] | None = None
    for issue_id, name, year, seq, total, state, issued_on, head in rows.iterator():
        key = (name, year, seq)
        seen.add(key)
        found = kept.get(key)
        if found is None:
            yield i18n.text("信息刊物“%1”%2年第%3期（总第%4期，id %5）没有审计记录开出这一期（在程序之外写入或改了期号）",
                            name, year, seq, total, issue_id)
            continue
        if found.total != total:
            yield i18n.text("信息刊物“%1”%2年第%3期的总期号现为总第%4期，与审计记录 %5 中的总第%6期不符（在程序之外被改动）",
                            name, year, seq, total, found.entry, found.total)
        if found.issued and state == ISSUED and issued_at is not None:
            issued_at[issue_id] = (found.issued_entry, i18n.text("“%1”%2年第%3期", name, year, seq))
        if found.issued != (state == ISSUED):
            yield i18n.text("信息刊物“%1”%2年第%3期现为“%4”，与审计记录 %5 不符（在程序之外被改动）",
                            name, year, seq, state, found.issued_entry or found.entry)
        elif state != ISSUED:
            if issued_on is not None or head is not None:
                yield i18n.text("信息刊物“%1”%2年第%3期尚未印发，却记有印发日期或版头（在程序之外写入）",
                                name, year, seq)
        elif found.issued_on is not None:
            yield from _as_issued(key, found, issued_on, head)
        else:  # 印发 before its entry kept the day: the day its items' 县级采用 were dated
            if adopted is None:
                adopted = _adopted_on()
            days = adopted.get(issue_id, set())
            shown = issued_on.isoformat() if issued_on is not None else "—"
            if days and shown not in days:
                yield i18n.text("信息刊物“%1”%2年第%3期的印发日期现为 %4，与该期信息按印发计的县级采用日期 %5 不符"
                                "（在程序之外被改动）", name, year, seq, shown, "、".join(sorted(days)))
    for key in sorted(set(kept) - seen):
        name, year, seq = key
        yield i18n.text("信息刊物“%1”%2年第%3期不见了，审计记录中没有删除它（最后一条是 %4，在程序之外被删除）",
                        name, year, seq, max(kept[key].entry, kept[key].issued_entry))


def _as_issued(key: Key, found: _Kept, issued_on: Any, head: Any) -> Iterator[str]:
    """An issue 印发 against what its 印发 entry kept: its 印发日期 and its head."""
    from officedesk.core.info.printed_items import head_words

    name, year, seq = key
    shown = issued_on.isoformat() if issued_on is not None else "—"
    if shown != found.issued_on:
        yield i18n.text("信息刊物“%1”%2年第%3期的印发日期现为 %4，与审计记录 %5 中的 %6 不符（在程序之外被改动）",
                        name, year, seq, shown, found.issued_entry, found.issued_on)
    if head_words(head) != found.head:
        yield i18n.text("信息刊物“%1”%2年第%3期印发时的版头（编发单位和报、送、发）与审计记录 %4 不符，"
                        "重印会印出另一个版头（在程序之外被改动）", name, year, seq, found.issued_entry)


def _adopted_on() -> dict[int, set[str]]:
    """issue id -> the days its items' 县级采用 rows of its 印发 are dated (core.info.issued: the
    issue's 印发日期, whether written by the 印发 or by schema 27's recount)."""
    from officedesk.core.info import periodicals, scoring
    from officedesk.store.info import InfoAction, InfoIssue, InfoItem, Periodical

    found: dict[int, set[str]] = {}
    rows: Any = (InfoAction.select(InfoItem.issue, InfoAction.periodical, InfoAction.on,
                                   Periodical.name, InfoIssue.year, InfoIssue.seq)
                 .join(InfoItem).join(InfoIssue, on=(InfoItem.issue == InfoIssue.id)).join(Periodical)
                 .where((InfoAction.kind == "采用") & (InfoAction.content == scoring.ISSUED)
                        & (InfoIssue.state == periodicals.ISSUED))
                 .tuples())
    for issue_id, periodical, on, name, year, seq in rows.iterator():
        if _key(periodical) == (name, year, seq):  # the row of this issue's 印发
            found.setdefault(issue_id, set()).add(on.isoformat())
    return found
