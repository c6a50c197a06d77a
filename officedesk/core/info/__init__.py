"""The information registry (信息报送): units' 信息 received, screened, edited into the office's
periodicals, sent up, adopted and instructed on; 突发事件 一事一报 with a running clock; units
scored and ranked.

Modules: `spec` (fields, states, settings), `procedure` (the steps), `periodicals` (刊物 and
their issues), `sudden` (突发事件 time limits and lights), `scoring` (points, ranking),
`figures` (工作台, stats), `steps_spec` (the steps declared for the CLI and the window).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from officedesk.core import dashboard, numbering, records, registry, stats
from officedesk.core.actor import Actor
from officedesk.core.info import figures, periodicals, procedure, scoring, sudden
from officedesk.core.info import spec as spec_module
from officedesk.core.info.procedure import (
    actions_of,
    adopt,
    edit,
    followup,
    followups_of,
    instruct,
    publish,
    receive,
    review,
    send_up,
    sign,
    to_supervision,
    written_report,
)
from officedesk.core.info.spec import (
    ADOPTION_LEVELS,
    OUT_STATES,
    STATES,
    SUDDEN,
    categories,
    event_levels,
    set_categories,
)
from officedesk.core.info.spec import make_spec as _make_spec
from officedesk.store.db import write_transaction
from officedesk.store.info import InfoAction, InfoIssue, InfoItem, Periodical


def _create_hook(raw: dict[str, Any], actor: Actor) -> InfoItem:
    """`add info …` and import: an imported 信息编号 is claimed (never issued again); 续报=编号
    links a sudden event's 续报 to its first report."""
    values = dict(raw)
    follow_key = next((k for k in values if k in ("续报", "followup_of")), None)
    follow = str(values.pop(follow_key) or "").strip() if follow_key else ""
    if follow:
        first = InfoItem.get_or_none(InfoItem.number == follow)
        if first is None and follow.isdigit():
            first = InfoItem.get_or_none(InfoItem.id == int(follow))
        if first is None:
            from officedesk.core.errors import ValidationError

            raise ValidationError(f"没有找到信息编号（或 id）为“{follow}”的首报。", "followup_of")
        return procedure.followup(first.id, values, actor)
    number_key = next((k for k in values if k in ("信息编号", "number")), None)
    number = str(values.pop(number_key) or "").strip() if number_key else ""
    outcome = {SPEC.by_label(k).name: values.pop(k) for k in list(values)
               if SPEC.by_label(k).name in _OUTCOME}
    outcome.pop("score", None)  # recomputed from the 采用 and 批示 below, whatever the cell says
    with write_transaction():
        claimed = None
        if number:
            claimed = numbering.claim_manual("info", number, actor, "info")
            values["信息编号"] = number
        record = records.create(SPEC, values, actor)
        if claimed is not None:
            numbering.attach(claimed, record.id)
        if any(str(v or "").strip() for v in outcome.values()):
            record = _outcome_from_import(record, outcome, actor)
    return record


_OUTCOME = ("adopted", "adopted_level", "instruction", "score")
_ADOPTION = re.compile(
    rf"^(?P<level>{'|'.join(map(re.escape, ADOPTION_LEVELS))})级：(?P<periodical>.+)"
    r"（(?P<on>\d{4}-\d{2}-\d{2})）$"
)
_DATED = re.compile(r"^(?P<who>.*)（(?P<on>\d{4}-\d{2}-\d{2})）$")


def _iso_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _adoptions(text: str) -> list[tuple[str, str, dt.date]]:
    """采用情况 as export writes it (“县级：每日要情 2026年第1期（2026-03-03）；市级：…”) back into
    its adoptions, so that a round trip keeps each one (and the 得分 they make); [] for any
    other text."""
    found: list[tuple[str, str, dt.date]] = []
    for part in (p.strip() for p in text.split("；")):
        match = _ADOPTION.match(part) if part else None
        on = _iso_day(match["on"]) if match else None
        if match is None or on is None:
            return []
        found.append((match["level"], match["periodical"].strip(), on))
    return found


def _outcome_from_import(record: InfoItem, outcome: dict[str, Any], actor: Actor) -> InfoItem:
    """An imported 台账's 采用级别 / 采用情况 and 领导批示 become the item's 采用 and 批示 (dated
    with its 报送时间), so the ranking counts them; its 得分 is recomputed by the points table."""
    from officedesk.core.errors import ValidationError

    level = str(outcome.get("adopted_level") or "").strip().rstrip("级")
    text = str(outcome.get("adopted") or "").strip()
    instruction = str(outcome.get("instruction") or "").strip()
    day = record.reported_at.date()
    state = record.state
    if level and level not in ADOPTION_LEVELS:
        raise ValidationError(f"采用级别“{level}”不对，应为{'、'.join(ADOPTION_LEVELS)}之一。",
                              "adopted_level")
    adoptions = _adoptions(text)
    if adoptions:  # the export's own words: each 采用 back with its level, periodical and day
        order = {name: n for n, name in enumerate(ADOPTION_LEVELS)}
        highest = max((a[0] for a in adoptions), key=order.__getitem__)
        if level and level != highest:
            raise ValidationError(
                f"采用级别“{level}”与采用情况中最高的“{highest}级”不一致：请改正其中之一。",
                "adopted_level")
        for adopted_level, periodical, on in adoptions:
            procedure.add_action(record, "采用", actor, on=on, level=adopted_level,
                                 periodical=periodical, content="导入")
        state = spec_module.ADOPTED
    elif level:
        procedure.add_action(record, "采用", actor, on=day, level=level,
                             periodical=text or "（导入）", content="导入")
        state = spec_module.ADOPTED
    if instruction:
        leader, _, words = instruction.partition("：")
        if not words:
            leader, words = "", instruction
        dated = _DATED.match(leader.strip())  # “县长 王振国（2026-04-06）”, as export writes it
        person, on = (dated["who"], _iso_day(dated["on"]) or day) if dated else (leader, day)
        procedure.add_action(record, "批示", actor, on=on, person=person.strip() or "（导入）",
                             content=words.strip())
    values = procedure._outcome(record, instruction)
    values["state"] = state
    if text and not level and not adoptions:
        values["adopted"] = text
    return records.save_changes(SPEC, record, values, record.version, actor, action="step",
                                summary="导入：采用和批示")


def _json_extra(record: InfoItem) -> dict[str, Any]:
    running = sudden.clock_of(record)
    return {"followup_of": record.followup_of,
            **({"clock": running.text, "light": running.light} if running else {})}


SPEC = registry.register(_make_spec(create_hook=_create_hook, json_extra=_json_extra))
dashboard.register_provider(figures.due_items)
stats.register("信息", figures.figures)


def get(item_id: int, actor: Actor | None = None) -> InfoItem:
    return records.get(SPEC, item_id, actor)


__all__ = [
    "ADOPTION_LEVELS",
    "OUT_STATES",
    "SPEC",
    "STATES",
    "SUDDEN",
    "InfoAction",
    "InfoIssue",
    "InfoItem",
    "Periodical",
    "actions_of",
    "adopt",
    "categories",
    "edit",
    "event_levels",
    "figures",
    "followup",
    "followups_of",
    "get",
    "instruct",
    "periodicals",
    "publish",
    "receive",
    "review",
    "scoring",
    "send_up",
    "set_categories",
    "sign",
    "sudden",
    "to_supervision",
    "written_report",
]
