"""The order of an issue's items (刊物 调整顺序): changed by whoever may 印发 it, while it is
being edited, from the order the caller showed (`seen`: optimistic, another workstation's
change is never overwritten), and told in the trail to each reader without the items above his
clearance."""

from __future__ import annotations

import json
from typing import Any

from officedesk.core import audit, record_lists, records, registry
from officedesk.core.actor import Actor
from officedesk.core.errors import ConflictError, StaleRecordError, ValidationError
from officedesk.core.i18n import joined, text
from officedesk.core.info.periodicals import (
    EDITING,
    hold_issue,
    issue,
    issue_text,
    items_of,
    label_of,
    require_publisher,
    whole_issue,
)
from officedesk.core.records import require_writer
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.info import InfoIssue, InfoItem


def order_refusal(found: InfoIssue) -> str | None:
    """Why the issue's order may not change (None when it may): one 印发 went out as it is."""
    return None if found.state == EDITING else text("%1已印发，不能再调整顺序。", issue_text(found))


def unchanged(item_ids: list[int], seen: list[int]) -> bool:
    """The order given is the one the caller showed: nothing moved, `reorder` writes nothing."""
    return list(item_ids) == list(seen)


def unchanged_text(found: InfoIssue) -> str:
    """What the caller is told of a 排序 in which nothing moved (`unchanged`)."""
    return text("%1的信息顺序没有改变，未保存。", issue_text(found))


def reorder(issue_id: int, item_ids: list[int], actor: Actor, *, seen: list[int]) -> list[InfoItem]:
    """Put the issue's items in the given order (every item of the issue, once), by whoever may
    印发 it (`publish_refusal`). `seen`: the order the caller showed (its items' ids, as
    `items_of` gave them); refused (StaleRecordError, nothing written) when the issue's order
    is another now — someone reordered it, or an item came in or was voided since. The order
    as it stands (`unchanged`) is checked as any, then writes nothing: no item, no entry."""
    require_writer(actor)
    require_publisher(actor, "刊物排序")
    with guarded("保存"), write_transaction():  # checked and written as one: no item slips in
        hold_issue(issue_id)
        found = issue(issue_id)
        # first: nothing about the items (not even their count) before the actor may see them all
        whole = whole_issue(issue_id, actor, "调整其信息顺序")
        present = {i.id: i for i in whole}
        refused = order_refusal(found)
        if refused:
            raise ConflictError(refused)
        _refuse_mistyped(issue_id, found, list(seen), actor)
        if [i.id for i in whole] != list(seen):
            raise StaleRecordError(text(
                "%1的信息顺序在您打开后已被他人调整（或有信息编入、作废），您的排序没有保存，"
                "他人的调整保留。请重新打开这一期，按现在的顺序重新排序。", issue_text(found)))
        if sorted(item_ids) != sorted(present):
            raise ValidationError(_order_slip(item_ids, list(present)), "items")
        if unchanged(item_ids, seen):  # the order as it is (seen is it, checked above)
            return whole
        spec = registry.get("info")
        for position, item_id in enumerate(item_ids, 1):
            item = present[item_id]
            if item.issue_position == position:
                continue
            # each moved item through save_changes: its version, and an entry with its row's
            # digest, so `check` finds the row as its last entry describes it. The entry names
            # no place: a place counts the hidden items before it, and a reader of the item's
            # trail below their 密级 would learn that they exist (the order itself is in the
            # registry's entry below, told to each reader without what he may not see)
            records.save_changes(spec, item, {"issue_position": position}, item.version, actor,
                                 summary=trail_text("调整%1的信息顺序", label_of(found)))
        audit.record(actor, "update", "info", None, None, {ORDER_KEY: item_ids},
                     trail_text("调整%1的信息顺序", label_of(found)))
    return items_of(issue_id, actor)


def _refuse_mistyped(issue_id: int, found: InfoIssue, seen: list[int], actor: Actor) -> None:
    """A `seen` naming an item twice, or one never in the issue (as far as the actor may see:
    a hidden item reads as one that is not there), is the caller's slip, not another
    workstation's change: said as what it is."""
    twice = next((i for n, i in enumerate(seen) if i in seen[:n]), None)
    if twice is not None:
        raise ValidationError(text("调整前的顺序中信息 %1 写了两次：每件信息只列一次。", twice), "seen")
    known = _visible_ids(InfoItem.select(InfoItem.id).where((InfoItem.issue == issue_id) & InfoItem.id.in_(seen)),
                         actor)
    stray = next((i for i in seen if i not in known), None)
    if stray is not None:
        raise ValidationError(text("调整前的顺序中的信息 %1 不在%2中。请按这一期现在的顺序列出。",
                                   stray, issue_text(found)), "seen")


def _order_slip(item_ids: list[int], present: list[int]) -> str:
    """A new order that is not the issue's items each once, said with which: the ones written
    twice, those not in the issue, those left out (every one the actor may see: whole_issue)."""
    slips = [text("信息 %1 写了两次", i) for i in dict.fromkeys(i for n, i in enumerate(item_ids) if i in item_ids[:n])]
    slips += [text("信息 %1 不在这一期", i) for i in dict.fromkeys(i for i in item_ids if i not in present)]
    slips += [text("缺信息 %1", i) for i in present if i not in item_ids]
    return text("排序须列出这一期的全部信息（%1），每件一次：%2。", "、".join(map(str, present)),
                joined(slips, "%1；%2"))


ORDER_KEY = "顺序"  # the 排序 entry's list of the issue's items, by id (reorder)


def told_order(entry_text: str, actor: Actor) -> str:
    """An audit entry's text as the actor may read it (RegistrySpec.told_in_history): the ids of
    items above his clearance left out of a 排序 entry's list, the rest in their order — the trail
    tells him neither that a hidden item exists nor its id. For reading only."""
    if not entry_text or ORDER_KEY not in entry_text:
        return entry_text
    try:
        value = json.loads(entry_text)
    except ValueError:
        return entry_text
    named = value.get(ORDER_KEY) if isinstance(value, dict) else None
    if not isinstance(named, list):
        return entry_text
    ids = [i for i in named if isinstance(i, int)]
    shown = _visible_ids(InfoItem.select(InfoItem.id).where(InfoItem.id.in_(ids)), actor)
    return audit.canonical({**value, ORDER_KEY: [i for i in named if i in shown]})


def _visible_ids(query: Any, actor: Actor) -> set[int]:
    """The ids the query finds among the items at or below the actor's clearance."""
    visible = record_lists.level_condition(InfoItem.secrecy, actor)
    return {row.id for row in (query if visible is None else query.where(visible))}
