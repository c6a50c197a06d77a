"""Schema version 28: each item of an 印发 issue kept as printed (store.info.InfoPrintedItem),
so a reprint of the 简报 shows what went out.

Issues 印发 before this version are filled in here: an item's title, text and unit as they stood
at the issue's 印发 entry in the audit trail — today's values with every audited change made
since taken back (标题, 正文, 报送单位; the 编辑稿 and the order cannot change once the issue is
印发) — marked 审计记录; an issue whose 印发 the trail does not hold (kept before the program
recorded it, or imported) takes the records as they stand, marked 现有数据."""

from __future__ import annotations

import json
from typing import Any

import peewee

# the audited labels (core.info.spec) of the fields a printed item shows
_LABELS = {"title": "标题", "content": "正文", "unit": "报送单位"}


def upgrade(db: peewee.Database) -> None:
    from officedesk.store import info

    db.create_tables(info.PRINTED_MODELS, safe=True)
    issue = info.InfoIssue
    issues: Any = (issue.select(issue.id, issue.year, issue.seq, info.Periodical.name)
                   .join(info.Periodical).where(issue.state == "已印发").tuples())
    for issue_id, year, seq, name in issues:
        _keep_issue(info, issue_id, f"印发：{name} {year}年第{seq}期")


def _keep_issue(info: Any, issue_id: int, summary: str) -> None:
    from officedesk.store.models import AuditEntry

    if info.InfoPrintedItem.select().where(info.InfoPrintedItem.issue == issue_id).exists():
        return
    published = (AuditEntry.select(AuditEntry.id).where(
        (AuditEntry.registry == "info") & AuditEntry.record_id.is_null()
        & (AuditEntry.summary == summary)).order_by(AuditEntry.id.desc()).scalar())
    item = info.InfoItem
    rows = (item.select(item.id, item.title, item.content, item.unit, item.edited_title,
                        item.edited_content)
            .where((item.issue == issue_id) & (item.state != "已作废"))
            .order_by(item.issue_position, item.id).tuples())
    kept = []
    for position, (item_id, title, content, unit, edited_title, edited_content) in enumerate(
            rows, 1):
        values = {"title": title, "content": content, "unit": unit}
        if published is not None:
            values = _as_at(item_id, published, values)
        kept.append({"issue": issue_id, "item": item_id, "position": position,
                     "title": edited_title or values["title"],
                     "content": edited_content or values["content"], "unit": values["unit"],
                     "source": "审计记录" if published is not None else "现有数据"})
    if kept:
        info.InfoPrintedItem.insert_many(kept).execute()


def _as_at(item_id: int, entry_id: int, values: dict[str, str]) -> dict[str, str]:
    """The values as they stood at audit entry `entry_id`: each later audited change taken
    back, the latest first."""
    from officedesk.store.models import AuditEntry

    later: Any = (AuditEntry.select(AuditEntry.before).where(
        (AuditEntry.registry == "info") & (AuditEntry.record_id == item_id)
        & (AuditEntry.id > entry_id)).order_by(AuditEntry.id.desc()).tuples())
    values = dict(values)
    for (before,) in later:
        try:
            old = json.loads(before) if before else {}
        except ValueError:
            continue
        for name, label in _LABELS.items():
            if isinstance(old, dict) and label in old:
                values[name] = str(old[label] or "")
    return values
