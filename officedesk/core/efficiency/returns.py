"""退回 counted: how often each procedure's work is sent back, and from which step to which.

Read from the step signatures (store.chain.StepSign rows with `returned_to`), one query per
registry over the records the actor may see (one unit's, with `unit`) and the figures count
(not a voided one); a return belongs to the period in which it was made — the day of its step
(core.step_signs.returns_made), which a clerk may enter days later. Rows from before schema 17
did not record the step they came from: they are counted under FROM_UNKNOWN — but for a return
made at a step outside the chain (chains.RETURN_FROM: 退回复审 at 复核), which says where it
came from by itself."""

from __future__ import annotations

from typing import Any

from officedesk.core.actor import Actor
from officedesk.core.efficiency import figures as F
from officedesk.core.efficiency import spans as S
from officedesk.core.rates import percent

FROM_UNKNOWN = "（未记录）"


def _rows(actor: Actor, registry_name: str, first: int, last: int,
          unit: str | None) -> list[tuple[int, str, str, int]]:
    """(record id, from step, to step, day ordinal) of the registry's returns made in
    [first, last], on the records the figures count (not a voided one) that the actor may see."""
    import datetime as dt

    from officedesk.core import chains, registry
    from officedesk.core.lifecycle import counted
    from officedesk.core.step_signs import returns_made
    from officedesk.store.chain import StepSign

    try:
        spec = registry.get(registry_name)
    except Exception:  # noqa: BLE001 - a procedure without a registry (none today)
        return []
    model = spec.model
    ids = model.select(model.id).where(counted(registry_name, model))
    unit_field = chains.UNIT_FIELDS.get(registry_name)
    if unit and unit_field:
        ids = ids.where(getattr(model, unit_field) == unit)
    ids = S._visible(registry_name, actor, ids)
    select = returns_made(registry_name, dt.date.fromordinal(first)).where(
        StepSign.record_id.in_(ids))
    days = S.Days()
    out = []
    for _registry, rid, step, source, target, made in S._rows(select):
        day = days[made]  # the day the return was made, which may be before it was entered
        if first <= day <= last:
            out.append((rid, source or chains.RETURN_FROM.get((registry_name, step))
                        or FROM_UNKNOWN, target, day))
    return out


def _count(rows: list[tuple[int, str, str, int]], period: F.Period) -> tuple[int, int]:
    first, last = period.first.toordinal(), period.last.toordinal()
    inside = [r for r in rows if first <= r[3] <= last]
    return len(inside), len({r[0] for r in inside})


def returns(actor: Actor, period: F.Period, volumes: dict[str, int],
            unit: str | None = None) -> dict[str, dict[str, Any]]:
    """procedure -> its returns in the period: count, records sent back, per 100 procedures
    started (`volumes`), the previous period's and last year's counts, and `by_step`: from ->
    to with count and records, the most frequent first."""
    previous, year_ago = period.previous(), period.last_year()
    first = min(period.first, previous.first, year_ago.first).toordinal()
    out: dict[str, dict[str, Any]] = {}
    for name in ("incoming", "outgoing", "supervision", "petitions"):
        rows = _rows(actor, name, first, period.last.toordinal(), unit)
        count, records = _count(rows, period)
        before, _ = _count(rows, previous)
        then, _ = _count(rows, year_ago)
        if not (count or before or then):
            continue
        lo, hi = period.first.toordinal(), period.last.toordinal()
        pairs: dict[tuple[str, str], set[int]] = {}
        times: dict[tuple[str, str], int] = {}
        for rid, source, target, day in rows:
            if lo <= day <= hi:
                pairs.setdefault((source, target), set()).add(rid)
                times[(source, target)] = times.get((source, target), 0) + 1
        ordered = sorted(pairs, key=lambda pair: (-times[pair], pair))
        by_step = [{"from": source, "to": target, "count": times[(source, target)],
                    "records": len(pairs[(source, target)])} for source, target in ordered]
        volume = volumes.get(name, 0)
        out[name] = {
            "count": count,
            "records": records,
            "per_100": percent(count, volume),
            "previous": before,
            "last_year": then,
            "change_previous": count - before,
            "change_last_year": count - then,
            "by_step": by_step,
        }
    return out


EMPTY: dict[str, Any] = {"count": 0, "records": 0, "per_100": None, "previous": 0,
                         "last_year": 0, "change_previous": 0, "change_last_year": 0,
                         "by_step": []}
