"""Corrections of an 信息 (core.corrections): they are the 信息科's work — whoever may 编发
(`periodicals.publish_refusal`: the holders of chain.info's 编辑 in the section) and the
administrator; an item scored (编发, 采用, 批示: what `scoring` counts for its 报送单位) keeps
its 报送单位 and its 报送时间 (whose period its 报送 point is counted in); a 报送时间 is never
put after the item's first step (接收); an item in an issue already 印发 went out on paper and
takes no correction (a correction is printed in the periodical instead). 作废 of an item is held
to the same people (`void_rights`, the registry's void_checks), as are the facts a 突发事件's
迟报 is judged by, which are never corrected (接收, 电话报告, 书面报告: core.info.steps_spec)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import corrections
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.info import first_reports, periodicals, scoring
from officedesk.core.info import spec as S
from officedesk.core.registry import RegistrySpec
from officedesk.store.info import InfoAction


def scored(item: Any) -> bool:
    """Whether the item earns (or is about to earn) its 报送单位 more than its 报送: edited into a
    periodical (its 县级采用 counts once the issue is 印发), adopted at any level, or given a 批示."""
    return item.state in S.OUT_STATES or InfoAction.select().where(
        (InfoAction.item == item.id) & InfoAction.kind.in_(("采用", scoring.INSTRUCTION))).exists()


def _locks(item: Any, actor: Actor) -> dict[str, str]:
    refused = periodicals.publish_refusal(actor, "更正信息")
    if refused:
        return {corrections.ALL: refused}
    issue = periodicals.held_issue(item.issue) if item.issue else None  # not 印发 meanwhile
    if issue is not None and issue.state == periodicals.ISSUED:
        return {corrections.ALL: (
            f"这件信息（{item.number}）已编入{periodicals.label_of(issue)}，该期已于 "
            f"{issue.issued_on} 印发，不能再修改；内容有误的，请在刊物上另发更正。")}
    if scored(item):
        return {"unit": (
            f"这件信息（{item.state}）已按报送单位计分（信息工作通报排名），“报送单位”不能再更正。"
            "确有错误的，请在信息工作通报中说明。"),
            # its 报送 point is counted in the period of its 报送时间
            "reported_at": (
            f"这件信息（{item.state}）已计分，报送分计入其报送时间所在的期间（信息工作通报），"
            "“报送时间”不能再更正。确有错误的，请在信息工作通报中说明。")}
    return {}


def _first_step(item: Any) -> tuple[str, dt.date | dt.datetime] | None:
    """The item's first step after its 报送 (接收, at its 接收时间), or None: none yet."""
    first = (InfoAction.select().where(InfoAction.item == item.id)
             .order_by(InfoAction.on, InfoAction.id).first())
    if item.received_at is not None and (first is None or first.kind == "接收"
                                         or item.received_at.date() <= first.on):
        return "接收", item.received_at
    return (first.kind, first.on) if first is not None else None


def _not_after_first_step(item: Any, values: dict[str, Any], actor: Actor) -> None:
    """A corrected 报送时间 is not after the item's first step: it came in before it was
    received (and the 报送 point is not moved past what was done with it)."""
    when = values.get("reported_at")
    found = _first_step(item) if when is not None else None
    if when is None or found is None:
        return
    step, done = found
    if isinstance(done, dt.datetime):
        late = when.replace(second=0, microsecond=0) > done.replace(second=0, microsecond=0)
        shown = f"{done:%Y-%m-%d %H:%M}"
    else:
        late, shown = when.date() > done, done.isoformat()
    if late:
        raise ValidationError(text(
            "报送时间（%1）不能晚于这件信息的“%2”（%3）：信息报送后才办理。请填写实际报送的时间。",
            f"{when:%Y-%m-%d %H:%M}", step, shown), "reported_at")


def void_rights(item: Any, actor: Actor) -> str | None:
    """Why the actor may not void (作废) the item: what a correction is refused for — voided,
    it counts nowhere (its 报送 and every 采用 and 批示 of its unit's points go)."""
    return periodicals.publish_refusal(actor, "作废信息")


def install(spec: RegistrySpec) -> None:
    spec.correction_locks.append(_locks)
    spec.correction_checks.append(_not_after_first_step)
    spec.void_checks.append(void_rights)
    spec.void_holds.append(first_reports.void_refusal)
