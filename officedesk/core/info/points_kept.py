"""An item's 得分 kept as the ranking counts it (core.info.scoring: one function, item_points):
set when the item is registered (its 报送 point), after every change of the item (a step, a
correction, 作废), and after a change of the 计分标准 — which may not alter a point already
counted on a day before today: a 信息工作通报 once issued does not change. A new table is written
under the old one, from a day on (“2027-01-01起：”)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, counted_deadlines, registry, settings
from officedesk.core.actor import ROLE_ADMIN, Actor
from officedesk.core.errors import ValidationError
from officedesk.core.info import scoring
from officedesk.core.info import spec as S
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.store.info import InfoAction, InfoItem


def _events_between(first: dt.date, last: dt.date) -> bool:
    """Whether anything was scored on the days from `first` to `last`: a 报送 of a live item, an
    采用 or a 批示."""
    after = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min)
    alive = InfoItem.state != S.VOIDED
    since = dt.datetime.combine(first, dt.time.min) if first > dt.date.min else None
    reported = alive & (InfoItem.reported_at < after)
    if since is not None:
        reported &= InfoItem.reported_at >= since
    if InfoItem.select().where(reported).exists():
        return True
    acted = (alive & scoring.scored_actions() & (InfoAction.on >= first)
             & (InfoAction.on <= last))
    return bool(InfoAction.select().join(InfoItem).where(acted).exists())


def _versions(text: str) -> list[scoring.Version]:
    """A text of the 计分标准 as it counted: one kept from before its checks (refused now) was
    read as the default."""
    try:
        return scoring.versions(text)
    except ValidationError:
        return scoring.versions(str(scoring.POINTS.default))


def changed_from(before: str, after: str) -> dt.date | None:
    """The first day the two texts of the 计分标准 score differently (None: they never do)."""
    old, new = _versions(before), scoring.versions(after)
    days = sorted({day for day, _ in old} | {day for day, _ in new})
    return next((day for day in days
                 if scoring.table_on(day, old) != scoring.table_on(day, new)), None)


def _past_refusal(before: str, after: str) -> str | None:
    """A change of the 计分标准 that alters points already counted before today."""
    old, new = _versions(before), scoring.versions(after)
    today = clock.today()
    days = sorted({day for day, _ in old} | {day for day, _ in new} | {today})
    for n, day in enumerate(days):
        if day >= today:
            break
        last = days[n + 1] - dt.timedelta(days=1)
        if scoring.table_on(day, old) != scoring.table_on(day, new) and \
                _events_between(day, last):
            span = (f"{last.isoformat()}及以前" if day == dt.date.min
                    else f"{day.isoformat()}至{last.isoformat()}")
            return (f"新的计分标准会改变{span}已经计入的得分（已发的信息工作通报"
                    f"随之改变）。请保留原标准，另起一行写“{today.isoformat()}起：”（或以后的日期），"
                    "其下写改变的分值。")
    return None


@settings.after_change(scoring.POINTS.key)
def _points_changed(before: Any, after: Any, actor: Actor) -> str | None:
    refused = _past_refusal(str(before or ""), str(after or ""))
    if refused:
        raise ValidationError(refused, scoring.POINTS.key)
    day = changed_from(str(before or ""), str(after or ""))
    if day is None:
        return None
    since = dt.datetime.combine(day, dt.time.min) if day > dt.date.min else dt.datetime.min
    touched = (InfoItem.select().where(
        (InfoItem.state != S.VOIDED)
        & ((InfoItem.reported_at >= since)
           | InfoItem.id.in_(InfoAction.select(InfoAction.item).where(InfoAction.on >= day)))))
    count = recompute(actor, touched, scoring.versions(str(after or "")))
    return f"已按新的计分标准重算 {count} 件信息的得分。" if count else None


# Who counts the 得分 of a database kept before (store migration 23): the program itself.
SYSTEM = Actor("system", ROLE_ADMIN, 3, display_name="系统（信息得分重算）")
UPGRADE = "数据库升级"


def recompute(actor: Actor, items: Any = None, tables: list[scoring.Version] | None = None,
              why: str = "") -> int:
    """Save each item's 得分 as `scoring.item_points` counts it (`items`: a query, else every
    item — a database whose 不采用 and waiting items were kept at 0 before their 报送 point was
    stored), audited as `actor`'s change (`why` said in its entries); how many changed of those
    `actor` may see (保密: an item above his clearance is rescored, never counted to him)."""
    tables = scoring.versions() if tables is None else tables
    count = 0
    for item in InfoItem.select() if items is None else items:
        points = scoring.item_points(item, tables)
        if points != item.score:
            _rescore(item, points, actor, why)
            count += counted_deadlines.seen(registry.get("info"), item, actor)
    return count


def bring_up_to_date() -> int:
    """Every item's 得分 counted once in a database kept before it followed every change (store
    migration 23, in its transaction), audited as the system's change; how many changed."""
    settings.forget_cache()  # this database's 计分标准, not one read from another before
    return recompute(SYSTEM, why=UPGRADE)


def _rescore(item: Any, points: int, actor: Actor, why: str = "") -> Any:
    """The item's 得分 saved through the registry (audited, its row's digest with it): written
    beside the audit trail, `check` called the item changed outside the program."""
    from officedesk.core import records

    summary = (trail_text("按信息计分标准重算得分（%1）：%2 → %3", why, item.score, points) if why
               else trail_text("按信息计分标准重算得分：%1 → %2", item.score, points))
    return records.save_changes(registry.get("info"), item, {"score": points}, item.version, actor,
                                summary=summary)


def _score_on_create(values: dict[str, Any], existing: Any) -> None:
    """A new item's 得分: its 报送 point (the 采用 and 批示 an import brings follow as steps)."""
    if existing is None:
        values["score"] = scoring.event_points(scoring.REPORT, "",
                                               scoring._day_of(values.get("reported_at")))


def _score_follows(before: Any, record: Any, actor: Actor) -> None:
    points = scoring.item_points(record)
    if points != record.score:  # saved again: its own after_change finds the points kept
        saved = _rescore(record, points, actor)
        for name in ("score", "version", "updated_at", "updated_by"):  # the caller's record reads on
            setattr(record, name, getattr(saved, name))


def install(spec: RegistrySpec) -> None:
    spec.rules.append(_score_on_create)
    spec.after_change.append(_score_follows)
