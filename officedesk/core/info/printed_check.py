"""`check`: what an 印发 issue printed (info_printed_item) recomputed from its items.

At 印发 each item of the issue is kept as the issue set it (`printed_items.keep`: its 编辑后标题
or 标题, its 编辑后正文 or 正文, its 报送单位). The items' rows are digested by the trail, and
every change made to one since (a correction before the rule, a unit renamed) is an audit entry
naming the values before it: taking those back from the row as it stands gives the item as it
stood at the issue's 印发 entry, and so what the issue printed. A kept row that differs was
written outside the program: a reprint of the 简报 would show words that never went out.
Rows kept as the records stood at schema 28 (现有数据: the trail does not hold that issue's 印发)
are not judged so.

Which items an issue printed, and in what order, is judged for every issue 印发 as the trail
says: `keep` wrote a row for each item of the issue not voided, at its place among them (by
issue_position, then id), and once an issue is 印发 no item leaves it, is voided or moves
(periodicals.void_refusal, issue_order.order_refusal, corrections) — and the items' rows are
digested. A row missing, one naming an item not of the issue or at another place, and rows of
an issue not 印发 were written outside the program: a reprint would leave out, add or reorder
what went out. (Read once: the kept rows, their items, the issues, and the entries that changed
an item.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from officedesk.core import audit, i18n

# the item's columns a printed item is made of, by the labels its audit entries name them
_LABELS = {"title": "标题", "content": "正文", "unit": "报送单位", "edited_title": "编辑后标题",
           "edited_content": "编辑后正文"}
_SHOWN = {"title": "标题", "content": "正文", "unit": "报送单位"}
_UNJUDGED = "现有数据"


def _changes(item_ids: set[int], since: int) -> dict[int, list[tuple[int, dict[str, Any]]]]:
    """item id -> [(entry id, the values before it)] of the entries after `since` that changed
    a column a printed item is made of, the latest first."""
    from officedesk.store.models import AuditEntry as A

    named = None
    for label in _LABELS.values():
        one = A.before.contains(f'"{label}": ')
        named = one if named is None else named | one
    found: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    query: Any = (A.select(A.id, A.record_id, A.before)
                  .where((A.registry == "info") & A.record_id.is_null(False) & (A.id > since) & named)
                  .order_by(A.id.desc()).tuples())
    for entry_id, record_id, before in query.iterator():
        if record_id in item_ids:
            found.setdefault(record_id, []).append((entry_id, audit.fields_of(before)))
    return found


def _shown(value: str) -> str:
    short = value if len(value) <= 30 else value[:30] + "…"
    return f"“{short}”"


def problems(issued_at: dict[int, tuple[int, Any]]) -> Iterator[str]:
    """Each kept item whose 标题, 正文 or 报送单位 differs from its item's at the issue's 印发,
    each item an issue printed that is missing, added or moved (`issued_at`: issue id -> (its 印发
    entry, its name), from core.info.issue_check), and the rows of issues not 印发, in words."""
    from officedesk.store.info import InfoPrintedItem as P

    everything: Any = (P.select(P.id, P.issue, P.item, P.position, P.title, P.content, P.unit, P.source)
                       .order_by(P.issue, P.position).tuples())
    kept = list(everything)
    yield from _not_issued(kept, issued_at)
    rows = [row for row in kept if row[1] in issued_at]
    items = _items({row[2] for row in rows}, set(issued_at))
    yield from _placed(rows, items, issued_at)
    judged = [row for row in rows if row[7] != _UNJUDGED]
    if judged:
        yield from _words(judged, items, issued_at)


def _items(item_ids: set[int], issue_ids: set[int]) -> dict[int, dict[str, Any]]:
    """The items kept rows name and those of the issues 印发, by id: the columns a printed item is
    made of, its issue, place and state."""
    from officedesk.store.info import InfoItem

    columns = [getattr(InfoItem, name) for name in (*_LABELS, "issue", "issue_position", "state")]
    found: dict[int, dict[str, Any]] = {}
    for wanted, column in ((sorted(item_ids), InfoItem.id), (sorted(issue_ids), InfoItem.issue)):
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            row: Any
            for row in InfoItem.select(InfoItem.id, *columns).where(column.in_(chunk)).dicts():
                found[row["id"]] = row
    return found


def _not_issued(kept: list[tuple[Any, ...]], issued_at: dict[int, tuple[int, Any]]) -> Iterator[str]:
    """Rows of an issue still being edited, or gone (one 印发 in the table but not in the trail
    is issue_check's finding)."""
    from officedesk.core.info.periodicals import ISSUED
    from officedesk.store.info import InfoIssue

    counts: dict[int, int] = {}
    for row in kept:
        if row[1] not in issued_at:
            counts[row[1]] = counts.get(row[1], 0) + 1
    if not counts:
        return
    issues: Any = InfoIssue.select(InfoIssue.id, InfoIssue.state).where(InfoIssue.id.in_(sorted(counts)))
    states = dict(issues.tuples())
    for issue_id, count in sorted(counts.items()):
        if states.get(issue_id) != ISSUED:
            yield i18n.text("信息刊物的期（id %1）未印发或已不存在，却有 %2 条印发时所载信息（在程序之外写入）",
                            issue_id, count)


def _placed(rows: list[tuple[Any, ...]], items: dict[int, dict[str, Any]],
            issued_at: dict[int, tuple[int, Any]]) -> Iterator[str]:
    """Each issue's kept rows against its items: one a row for each item not voided, at its
    place among them."""
    from officedesk.core.info.spec import VOIDED

    held: dict[int, list[tuple[int | None, int]]] = {}
    for item_id, item in items.items():
        if item["issue"] in issued_at and item["state"] != VOIDED:
            held.setdefault(item["issue"], []).append((item["issue_position"], item_id))
    by_issue: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        by_issue.setdefault(row[1], []).append(row)
    for issue_id in sorted(set(held) | set(by_issue)):
        entry, named = issued_at[issue_id]
        ordered = sorted(held.get(issue_id, []), key=lambda one: (one[0] or 0, one[1]))
        places = {item_id: n for n, (_p, item_id) in enumerate(ordered, 1)}
        # (a place never given, NULL, sorts otherwise on each database: its order not judged)
        placed = all(place is not None for place, _item in ordered)
        printed = set()
        for _row_id, _issue, item_id, position, *_rest, source in by_issue.get(issue_id, []):
            printed.add(item_id)
            if item_id not in items:
                continue  # the item gone: integrity names it
            if item_id not in places:
                yield i18n.text("信息刊物%1的印发记录第 %2 条（信息 id %3）不是该期所编的信息（在程序之外写入或改动）",
                                named, position, item_id)
            elif placed and places[item_id] != position:
                yield i18n.text("信息刊物%1印发时所载信息（信息 id %2）现为第 %3 条，印发时是第 %4 条（在程序之外被改动）",
                                named, item_id, position, places[item_id])
            if source == _UNJUDGED:
                yield i18n.text("信息刊物%1印发时所载第 %2 条信息标为“%3”，但审计记录 %4 记有该期的印发（在程序之外被改动）",
                                named, position, _UNJUDGED, entry)
        for item_id, place in sorted(places.items(), key=lambda one: one[1]):
            if item_id not in printed:
                yield i18n.text("信息刊物%1印发时所载的第 %2 条信息（信息 id %3）不在其印发记录中（在程序之外被删除）",
                                named, place, item_id)


def _words(rows: list[tuple[Any, ...]], items: dict[int, dict[str, Any]],
           issued_at: dict[int, tuple[int, Any]]) -> Iterator[str]:
    """Each kept row's 标题, 正文 and 报送单位 against its item's at the issue's 印发."""
    from officedesk.core.info import printed_items

    changes = _changes({row[2] for row in rows}, min(issued_at[row[1]][0] for row in rows))
    for _row_id, issue_id, item_id, position, title, content, unit, _source in rows:
        item = items.get(item_id)
        if item is None:
            continue  # the item gone: integrity names it
        values = {name: item[name] for name in _LABELS}
        for entry_id, before in changes.get(item_id, []):
            if entry_id <= issued_at[issue_id][0]:
                break
            for name, label in _LABELS.items():
                if label in before:
                    values[name] = str(before[label] or "")
        made = printed_items.as_printed(_Values(values))
        now = {"title": title, "content": content, "unit": unit}
        for name, label in _SHOWN.items():
            if now[name] != getattr(made, name):
                entry, named = issued_at[issue_id]
                yield i18n.text("信息刊物%1印发时所载第 %2 条信息（信息 id %3）的%4现为 %5，"
                                "与该信息在印发时（审计记录 %6）的 %7 不符（在程序之外被改动）",
                                named, position, item_id, i18n.text(label), _shown(now[name]), entry,
                                _shown(getattr(made, name)))


class _Values:
    """An item's values as printed_items.as_printed reads them."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)
