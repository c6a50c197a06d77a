"""效能投诉 figures: the procedure's spans for the 效能 figures (登记→结论→办结) and the
complaints per unit complained of. Named by complaints as complaints.complaint_spans / per_unit."""

from __future__ import annotations

from typing import Any

import peewee

from officedesk.core import records
from officedesk.core.actor import Actor
from officedesk.core.efficiency.complaints import ACTIONS, FINDINGS, SPEC
from officedesk.store.efficiency import EfficiencyComplaint


def complaint_spans(actor: Any, window: Any) -> list:
    """The procedure's spans for the 效能 figures: 核查 (登记→结论), 处理 (结论→办结), whole."""
    from officedesk.core.efficiency.spans import WHOLE, Span, _ord, _rows

    C = EfficiencyComplaint
    select = C.select(
        C.id, C.received_on, C.unit, C.receiver, C.category, C.verified_on, C.verify_due,
        C.closed_on, C.due_on,
    ).where((C.received_on <= window.last) & (C.closed_on.is_null() | (C.closed_on >= window.first)))
    # counted for everyone, withheld or not (see per_unit); drill.records_behind leaves it out
    levels = records.visible_levels(SPEC, actor)
    if levels is not None:
        select = select.where(levels)
    out = []
    for cid, received, unit, receiver, category, verified, verify_due, closed, due in _rows(select):
        start, mid, end = _ord(received), _ord(verified), _ord(closed)
        if mid:
            out.append(Span("complaints", "核查", cid, start, mid, _ord(verify_due), unit, receiver,
                            category))
            if end:
                out.append(Span("complaints", "处理", cid, mid, end, 0, unit, receiver, category))
        out.append(Span("complaints", WHOLE, cid, start, end, _ord(due), unit, receiver, category))
    return out


def per_unit(actor: Actor, period: Any, unit: str | None = None) -> dict[str, Any]:
    """Complaints registered in the period per unit complained of: how many, found true or
    partly true, what was done, and how many were still open — as things stood at the period's
    end (a 结论 or 处理 dated later is not yet known then: the complaint was still 办理中)."""
    from officedesk.core.efficiency.spans import _ord, _rows

    C = EfficiencyComplaint
    select = C.select(C.unit, C.finding, C.verified_on, C.action, C.closed_on).where(
        (C.received_on >= period.first) & (C.received_on <= period.last)
    )
    # the 密级 only, not `visible_condition`: a complaint withheld from whom it complains of
    # (recusal.withheld) is still counted — a count per unit names no 投诉人
    levels = records.visible_levels(SPEC, actor)
    if levels is not None:
        select = select.where(levels)
    if unit:
        select = select.where(C.unit == unit)
    end = period.last.toordinal()
    table: dict[str, dict[str, int]] = {}
    for name, finding, verified, action, closed in _rows(select):
        row = table.setdefault(
            name,
            {"total": 0, "属实": 0, "部分属实": 0, "不属实": 0, "found": 0, "closed": 0, "open": 0,
             "open_found": 0, "verifying": 0, **{a: 0 for a in ACTIONS}},
        )
        row["total"] += 1
        found = finding in FINDINGS and verified is not None and _ord(verified) <= end
        if found:
            row[finding] += 1
        done = closed is not None and _ord(closed) <= end
        if action in ACTIONS and done:
            row[action] += 1
        # disjoint: total = closed + open, open = open_found (结论 given, 待处理) + verifying;
        # found (with a 结论: 属实 + 部分属实 + 不属实) = closed + open_found
        row["closed" if done else "open"] += 1
        row["found"] += found
        if not done:
            row["open_found" if found else "verifying"] += 1
    rows: list[dict[str, Any]] = [{"unit": name, **row} for name, row in table.items()]
    rows.sort(key=lambda r: (-(r["属实"] + r["部分属实"]), -r["total"], r["unit"]))
    total = {k: sum(r[k] for r in rows) for k in ("total", "属实", "部分属实", "不属实", "found",
                                                    "closed", "open", "open_found", "verifying",
                                                    *ACTIONS)}
    return {"by_unit": rows, "total": total}


def due_items(actor: Actor, today: Any, horizon: Any) -> list:
    """The 工作台: open complaints whose time limit falls by the horizon — the 核查时限 while the
    核查单位 has it (核查中) and it comes first, else the 办结时限 — counted in working days. Only
    those the actor may see: never to whom one complains of (recusal.withheld_where)."""
    from officedesk.core.dashboard import SHOWN_PER_REGISTRY, DueItem
    from officedesk.core.efficiency.complaints import OPEN_STATES, VERIFYING
    from officedesk.core.i18n import text
    from officedesk.store.db import guarded

    C = EfficiencyComplaint
    checking = (C.state == VERIFYING) & C.verify_due.is_null(False)
    due = C.state.in_(OPEN_STATES) & ((C.due_on <= horizon) | (checking & (C.verify_due <= horizon)))
    # the earlier of the two, the same SQL on SQLite and PostgreSQL (no two-argument MIN there)
    first = peewee.Case(None, [(checking & (C.verify_due < C.due_on), C.verify_due)], C.due_on)
    visible = records.visible_condition(SPEC, actor)
    with guarded("查询"):
        rows = list(
            C.select(C.id, C.number, C.unit, C.person, C.category, C.state, C.due_on, C.verify_due,
                     C.verifier_unit, C.receiver)
            .where(due if visible is None else due & visible)
            .order_by(first, C.id)
            .limit(SHOWN_PER_REGISTRY)
        )
    items = []
    for c in rows:
        limits = [(c.due_on, text("办结时限"), c.receiver)] if c.due_on else []
        if c.state == VERIFYING and c.verify_due:
            limits.append((c.verify_due, text("核查时限"), c.verifier_unit))
        day, what, who = min(limits, key=lambda limit: limit[0])
        named = f"{c.unit}{c.person}" if c.person else c.unit
        items.append(DueItem("complaints", SPEC.label, c.id,
                             text("%1 %2：%3", c.number, named, c.category), what, day, who,
                             working=True))
    return items
