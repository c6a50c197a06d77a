"""`check`: what an 印发 issue printed (info_printed_item) recomputed from its items.

At 印发 each item of the issue is kept as the issue set it (`printed_items.keep`: its 编辑后标题
or 标题, its 编辑后正文 or 正文, its 报送单位). The items' rows are digested by the trail, and
every change made to one since (a correction before the rule, a unit renamed) is an audit entry
naming the values before it: taking those back from the row as it stands gives the item as it
stood at the issue's 印发 entry, and so what the issue printed. A kept row that differs was
written outside the program: a reprint of the 简报 would show words that never went out.
Rows kept as the records stood at schema 28 (现有数据: the trail does not hold that issue's 印发)
are not judged. (Read once: the kept rows, their items, and the entries that changed one.)
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
    """Each kept item whose 标题, 正文 or 报送单位 differs from its item's at the issue's 印发
    (`issued_at`: issue id -> (its 印发 entry, its name), from core.info.issue_check), in words."""
    from officedesk.core.info import printed_items
    from officedesk.store.info import InfoItem
    from officedesk.store.info import InfoPrintedItem as P

    kept: Any = (P.select(P.id, P.issue, P.item, P.position, P.title, P.content, P.unit, P.source)
                 .where(P.source != _UNJUDGED).order_by(P.issue, P.position).tuples())
    rows = [row for row in kept if row[1] in issued_at]
    if not rows:
        return
    item_ids = {row[2] for row in rows}
    items: dict[int, dict[str, Any]] = {}
    columns = [getattr(InfoItem, name) for name in _LABELS]
    for start in range(0, len(item_ids), 500):
        chunk = sorted(item_ids)[start:start + 500]
        found: Any
        for found in InfoItem.select(InfoItem.id, *columns).where(InfoItem.id.in_(chunk)).dicts():
            items[found["id"]] = found
    changes = _changes(item_ids, min(issued_at[row[1]][0] for row in rows))
    for _row_id, issue_id, item_id, position, title, content, unit, _source in rows:
        item = items.get(item_id)
        if item is None:
            continue  # the item gone: integrity names it
        values = dict(item)
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
