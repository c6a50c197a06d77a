"""续报 of a sudden event (突发事件): a new item linked to its first report, carrying the event's
facts from it, reported by the same unit and no earlier; the 续报 a reader may see; and a first
report's 密级 raised carries its 续报 with it (records.LEVEL_HOOKS)."""

from __future__ import annotations

from typing import Any

from officedesk.core import i18n, records
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.info import carried, first_reports
from officedesk.core.info import spec as S
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.store.info import InfoItem


def _spec() -> RegistrySpec:
    from officedesk.core.info import SPEC

    return SPEC


def followup(first_id: int, raw: dict[str, Any], actor: Actor) -> InfoItem:
    """续报 of a sudden event: a new item linked to the first report; it keeps the event's
    time, level, unit and 密级 unless given (a 密级 below the first report's is refused by the
    registry's rule)."""
    first, values = followup_values(first_id, raw, actor)
    return records.create(_spec(), values, actor, parsed=True,
                          extra={"followup_of": first.id, "state": S.TO_RECEIVE},
                          summary=trail_text("续报：%1", first.number))


def followup_values(first_id: int, raw: dict[str, Any], actor: Actor) -> tuple[InfoItem, dict[str, Any]]:
    """The first report a 续报 belongs to, and the 续报's values (parsed, the event's facts
    taken from the first report where not given)."""
    first = first_reports.first_report(first_id, actor)
    refused = first_reports.refusal_of(first)
    if refused:
        raise ValidationError(refused, "followup_of")
    values = records.parse_values(_spec(), raw, partial=True)
    for key in ("unit", "category", "event_at", "event_level", "secrecy", "reporter", "phone",
                "urgency"):
        if values.get(key) in (None, ""):
            values[key] = getattr(first, key)
    if not values.get("title"):
        values["title"] = first_reports.followup_title(first, actor)
    if values.get("reported_at") is None:  # the 续报's own time, as a first report's: given
        raise ValidationError("请填写“报送时间”（这份续报报送的时间）。", "reported_at")
    _follows(first, values)
    values["written_at"] = values.get("written_at") or values["reported_at"]
    for field in _spec().fields:
        if field.name not in values and field.default_value() is not None:
            values[field.name] = field.default_value()
    if not values.get("content"):
        raise ValidationError("请填写续报的正文（事态进展、处置情况）。", "content")
    first_reports.followed(first)  # a batch's check: it counts for the titles of the rows after it
    return first, values


def _follows(first: InfoItem, values: dict[str, Any]) -> None:
    """A 续报 follows its first report (read for the actor: one he may not see never gets here):
    by the first report's 报送单位 — another unit's report on the event is its own item, and a 续报
    would score that unit a 报送 point on another's event — and reported no earlier than it (to
    the minute, as times are typed and shown)."""
    if values["unit"] != first.unit:
        raise ValidationError(i18n.text(
            "续报由首报的报送单位报送：首报（%1）的报送单位是“%2”，这件续报填的是“%3”。"
            "其他单位报送同一事件的，请另行登记，不填“续报”。", first.number, first.unit, values["unit"]),
            "unit")
    S.not_before_first(first, values["reported_at"])


def followups_of(item_id: int, actor: Actor) -> list[InfoItem]:
    """The 续报 of a first report that the actor may see, oldest first."""
    records.get(_spec(), item_id, actor)  # refused above his clearance, as the item is
    query = InfoItem.select().where(InfoItem.followup_of == item_id)
    levels = records.visible_levels(_spec(), actor)
    if levels is not None:
        query = query.where(levels)
    return list(query.order_by(InfoItem.id))


def _follow_first_report(spec: RegistrySpec, record: Any, actor: Actor) -> None:
    """A first report's 密级 was raised: its 续报 (which carry its title) are raised with it
    (carried.level_carried)."""
    if spec.name != "info":
        return
    for later in carried.followups(record.id):
        values = carried.level_carried(spec, record, later)
        if values:
            records.save_changes(spec, later, values, later.version, actor, action="step",
                                 summary=trail_text("随首报提高密级为%1", values["secrecy"]))


records.LEVEL_HOOKS.append(_follow_first_report)
