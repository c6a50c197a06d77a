"""县级采用 counted when it went out: an item 编发 into the office's own periodical is adopted at
the county level once its issue is 印发, on the 印发 date (the day the 信息工作通报 counts it
in), not when it is placed in an issue being edited — an issue may wait, and an item placed
there may still be voided before it goes out.

`count_issued` is periodicals.ISSUED_HOOKS' entry: each item of the issue gets its 县级采用 row
(content scoring.ISSUED, dated the 印发 day) and its 采用情况, 采用级别 and 得分 follow, audited.
`recount` does it once for a database kept before (store migration 27): the items of issues
already 印发 get their row, dated the issue's 印发 date; those still waiting lose the points the
placing gave them."""

from __future__ import annotations

from typing import Any

from officedesk.core import audit, records, registry, settings
from officedesk.core.actor import Actor
from officedesk.core.info import periodicals, procedure, scoring
from officedesk.core.info import spec as S
from officedesk.store.info import InfoAction, InfoIssue, InfoItem

COUNTED_SUMMARY = "县级采用：%1印发"
RECOUNTED_SUMMARY = "按刊物印发日期重计县级采用（数据库升级）"


def _add_county_adoption(item: Any, issue: InfoIssue, actor: Actor) -> None:
    procedure.add_action(item, "采用", actor, on=issue.issued_on, level="县",
                         periodical=periodicals.label_of(issue), content=scoring.ISSUED)


def _save_outcome(item: Any, actor: Actor, summary: str) -> bool:
    """The item's 采用情况, 采用级别 and 得分 as its rows now count them, saved (audited) when
    they changed; whether they did."""
    values = procedure._outcome(item)
    changed = {name: value for name, value in values.items() if getattr(item, name) != value}
    if changed:
        records.save_changes(registry.get("info"), item, changed, item.version, actor,
                             action="step", summary=summary)
    return bool(changed)


def _counted(item: Any, issue: InfoIssue, actor: Actor, summary: str) -> bool:
    """After its 县级采用 row: the item's figures saved, or, when they read the same, an entry
    of the row alone — the item's entry digests its rows (core.sub_rows), so one comes after
    every row written. Whether the figures changed."""
    if _save_outcome(item, actor, summary):
        return True
    audit.record(actor, "step", "info", item.id, None,
                 {"县级采用": periodicals.label_of(issue)}, summary)
    return False


def count_issued(issue: InfoIssue, items: list[InfoItem], actor: Actor) -> None:
    """The issue just 印发 (in periodicals.publish's transaction): its items' 县级采用."""
    summary = COUNTED_SUMMARY.replace("%1", periodicals.label_of(issue))
    for item in items:
        _add_county_adoption(item, issue, actor)
        _counted(item, issue, actor, summary)


periodicals.ISSUED_HOOKS.append(count_issued)


def recount(actor: Actor) -> int:
    """Every 县级采用 counted by its issue's 印发 (store migration 27, in its transaction): an
    item of an issue 印发 gets the row 印发 now writes, dated the issue's 印发 date; one of an
    issue still being edited counts none. Voided items count nowhere and are left as they are.
    How many items changed."""
    settings.forget_cache()  # this database's 计分标准
    issued = {i.id: i for i in InfoIssue.select().where(InfoIssue.state == periodicals.ISSUED)}
    placed = InfoAction.select(InfoAction.item).where(
        (InfoAction.kind == "采用") & (InfoAction.content == scoring.PLACED))
    counted = set(InfoAction.select(InfoAction.item).where(
        (InfoAction.kind == "采用") & (InfoAction.content == scoring.ISSUED)).tuples())
    changed = 0
    for item in InfoItem.select().where(InfoItem.id.in_(placed) & (InfoItem.state != S.VOIDED)) \
            .order_by(InfoItem.id):
        found = issued.get(item.issue) if item.issue else None
        if found is not None and found.issued_on is not None and (item.id,) not in counted:
            _add_county_adoption(item, found, actor)
            changed += _counted(item, found, actor, RECOUNTED_SUMMARY)
        else:
            changed += _save_outcome(item, actor, RECOUNTED_SUMMARY)
    return changed
