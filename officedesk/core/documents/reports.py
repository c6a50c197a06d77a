"""What the documents registries feed elsewhere: the 工作台 and the 统计 tab's figures (发文
numbered, by 成文日期; the 效能 "三多" counts those 印发, by 印发日期: core/efficiency/sanduo)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from officedesk.core import dashboard, due_soon, records, settings, workdays
from officedesk.core.actor import Actor
from officedesk.core.dashboard import DueItem
from officedesk.core.documents import incoming, outgoing
from officedesk.core.documents.common import KIND_CHOICES
from officedesk.core.i18n import text
from officedesk.core.lifecycle import counted, counted_filter
from officedesk.core.record_lists import Filter
from officedesk.store.db import guarded
from officedesk.store.documents import IncomingDoc, OutgoingDoc


def due_items(actor: Actor, today: dt.date, horizon: dt.date) -> list[DueItem]:
    """承办时限 overdue or due soon, and who holds a document in circulation (and since when):
    limits in working days, 临期 by as many working days (core.due_soon), whatever the office's
    kind of day for the others."""
    spec = incoming.INCOMING
    horizon = max(horizon, due_soon.horizon(today, due_soon.INCOMING))
    # `state || ''`: not the state index (every open document read and sorted: 0.7 s at
    # 1,000,000) but the due_on one, walked until enough are found that the actor may see
    due_by_horizon = (IncomingDoc.state.concat("").in_(incoming.OPEN_STATES)
                      & IncomingDoc.due_on.is_null(False) & (IncomingDoc.due_on <= horizon))
    visible = records.visible_levels(spec, actor)
    with guarded("查询"):  # the earliest due first
        ids = [row[0] for row in IncomingDoc.select(IncomingDoc.id).where(  # type: ignore[index]
            due_by_horizon if visible is None else due_by_horizon & visible
        ).order_by(IncomingDoc.due_on).limit(dashboard.SHOWN_PER_REGISTRY).tuples()]
    items = [_incoming_item(record, "承办时限", record.due_on, record.handler_unit)
             for record in records.fetch(spec, ids).values()]
    days = int(settings.get(incoming.CIRCULATION_DAYS.key))
    held: list[tuple[dt.date, int, str]] = []  # (due, document, its holder): read from the entries alone
    for record_id, entries in incoming.in_circulation().items():
        since = None
        for entry in entries:
            if entry.read_at is None:
                since = since or entry.sent_at  # the holder was sent it when it reached him
                if since is None:
                    break
                due = workdays.add_working_days(since.date(), days)
                if due <= horizon:
                    held.append((due, record_id, entry.reader))
                break
            since = entry.read_at
    allowed = dashboard.visible_ids(spec, actor, {record_id for _, record_id, _ in held})
    held = sorted(one for one in held if one[1] in allowed)
    shown = held[: dashboard.SHOWN_PER_REGISTRY]  # only these documents are read
    found = records.fetch(spec, [record_id for _, record_id, _ in shown])
    for due, record_id, reader in shown:
        record = found.get(record_id)
        if record is None:  # gone since its entries were read
            continue
        items.append(_incoming_item(record, text("传阅（%1持有）", reader), due, reader))
    return items


def _incoming_item(record: Any, what: str, due: dt.date, who: str) -> DueItem:
    return DueItem("incoming", "收文", record.id, f"{record.receive_no} {record.title}".strip(), what, due, who,
                   working=due_soon.INCOMING)


def _months() -> list[int]:
    return [0] * 12


def figures(actor: Actor, year: int) -> dict[str, Any]:
    """Documents issued (numbered, by 成文日期) and received per month, by kind and unit."""
    out_spec, in_spec = outgoing.OUTGOING, incoming.INCOMING
    out_ids = records.list_ids(
        out_spec,
        actor,
        [Filter("doc_date", "year", year), Filter("doc_no", "ne", ""),
         counted_filter("outgoing")],  # a voided number was never issued
    )
    by_month = _months()
    by_kind: dict[str, list[int]] = defaultdict(_months)
    by_unit: dict[str, list[int]] = defaultdict(_months)
    for chunk in range(0, len(out_ids), 500):
        issued = OutgoingDoc.select(
            OutgoingDoc.doc_date, OutgoingDoc.kind, OutgoingDoc.drafting_unit
        ).where(OutgoingDoc.id.in_(out_ids[chunk : chunk + 500]))
        issued_rows: Any = issued.tuples()
        for doc_date, kind, unit in issued_rows:
            month = doc_date.month - 1
            by_month[month] += 1
            by_kind[kind or "其他"][month] += 1
            by_unit[unit or "（未填）"][month] += 1
    in_ids = records.list_ids(in_spec, actor, [Filter("received_on", "year", year),
                                               counted_filter("incoming")])
    in_month = _months()
    for chunk in range(0, len(in_ids), 500):
        received = IncomingDoc.select(IncomingDoc.received_on).where(
            IncomingDoc.id.in_(in_ids[chunk : chunk + 500])
        )
        received_rows: Any = received.tuples()
        for (received_on,) in received_rows:
            in_month[received_on.month - 1] += 1
    order = {kind: n for n, kind in enumerate(KIND_CHOICES)}
    return {
        "year": year,
        "outgoing_total": sum(by_month),
        "outgoing_by_month": by_month,
        "outgoing_by_kind": {
            k: by_kind[k] for k in sorted(by_kind, key=lambda k: order.get(k, 99))
        },
        "outgoing_by_unit": {
            u: by_unit[u] for u in sorted(by_unit, key=lambda u: -sum(by_unit[u]))
        },
        "incoming_total": sum(in_month),
        # of those, the ones 退回 to their sender (初审): not handled, so 效能 leaves them out
        "incoming_returned": returned_between(actor, dt.date(year, 1, 1), dt.date(year, 12, 31)),
        "incoming_by_month": in_month,
        **incoming_open_on(actor, min(dt.date(year, 12, 31), _today())),
    }


def returned_between(actor: Actor, first: dt.date, last: dt.date, unit: str | None = None) -> int:
    """收文 received in [first, last] and now 退回 to their sender (not 作废): `stats` counts them
    among its 收文, 效能's 办件量 does not (they are not being handled)."""
    D = IncomingDoc
    where = ((D.received_on >= first) & (D.received_on <= last) & counted("incoming", D)
             & (D.state == incoming.RETURNED))
    if unit:
        where &= D.handler_unit == unit
    levels = records.visible_levels(incoming.INCOMING, actor)
    if levels is not None:
        where &= levels
    with guarded("统计"):
        return int(D.select().where(where).count())


def incoming_open_on(actor: Actor, day: dt.date) -> dict[str, int]:
    """收文 在办 on `day` (the year's end, or today), whenever received: received by then and not
    办结 by then (退回 and 作废 ones never); 逾期: of those, past their 办理时限 then. The
    meaning of the 督查 and 信访 figures of `stats`, and of 效能's 逾期未办."""
    D = IncomingDoc
    open_then = (
        (D.received_on <= day)
        & counted("incoming", D)
        & (D.state != incoming.RETURNED)
        & (D.state.not_in([incoming.DONE, incoming.ARCHIVED]) | (D.finished_on > day))
    )
    levels = records.visible_levels(incoming.INCOMING, actor)
    if levels is not None:
        open_then &= levels
    with guarded("统计"):
        return {
            "incoming_open": D.select().where(open_then).count(),
            # a day already over (a past year's end): a 时限 on it, still open then, had run out
            "incoming_overdue": D.select().where(
                open_then & ((D.due_on <= day) if day < _today() else (D.due_on < day))).count(),
        }


def _today() -> dt.date:
    from officedesk.core import clock

    return clock.today()
