"""What a declared step allows now (core.steps): whether the actor may do it on the record today
— his role, the record's state, the step's own `who`/`when`, the approval chain (逐级负责) — and
the steps and fields offered to him. `steps` re-exports each; the window, `steps`, `step` and
`perform` read them there."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from officedesk.core import clock, corrections, read_once, records
from officedesk.core import registry as registries
from officedesk.core.actor import ROLE_LABELS, Actor
from officedesk.core.fields import FieldSpec
from officedesk.core.i18n import text
from officedesk.core.step_values import has_own_date

if TYPE_CHECKING:
    from officedesk.core.steps import Procedure, StepSpec


def state_of(proc: Procedure, record: Any) -> str:
    return str(getattr(record, proc.state_field, "") or "")


def refusal(proc: Procedure, step: StepSpec, record: Any, actor: Actor,
            day: dt.date | None = None) -> str | None:
    """Why `actor` may not do `step` on `record` now, or None when it may. `day`: the day the
    step is done (a 代理 covers the steps of his period), today by default."""
    if not actor.can_write:
        return "您的账号是只读账号，不能办理。"
    if actor.role not in step.roles:
        allowed = tuple(ROLE_LABELS.get(r, r) for r in step.roles)
        mine = ROLE_LABELS.get(actor.role, actor.role)
        return text("“%1”只能由%2办理，您的账号是%3。", step.name, allowed, mine)
    if state_of(proc, record) not in step.states:
        from officedesk.core.step_offered import not_now

        return not_now(proc, step, record, actor, day)
    reason = _state_refusal(proc, step, record, day)
    if reason:
        return reason
    reason = who_refusal(step, actor, record, day)
    if reason:
        return reason
    from officedesk.core import responsibility  # 逐级负责: the approval chain's position

    return responsibility.refusal(proc.registry, step.name, record, actor, day)


def who_refusal(step: StepSpec, actor: Actor, record: Any,
                day: dt.date | None = None) -> str | None:
    """The step's own `who` and `who_on` (on `day`, today by default): a refusal or None."""
    reason = step.who(actor, record) if step.who is not None else None
    if not reason and step.who_on is not None:
        reason = step.who_on(actor, record, day or clock.today())
    return reason


def _state_refusal(proc: Procedure, step: StepSpec, record: Any,
                   day: dt.date | None = None) -> str | None:
    """Why the record, in a state the step leaves from, does not allow it now."""
    if step.when is not None:
        reason = step.when(record)
        if reason:
            return reason
    if step.when_on is not None:
        return step.when_on(record, day or clock.today())
    return None


def open_now(step: StepSpec, proc: Procedure, record: Any) -> bool:
    """The record's state allows the step today (whoever does it)."""
    return state_of(proc, record) in step.states and _state_refusal(proc, step, record) is None


def available_steps(registry: str, record_id: int, actor: Actor) -> list[StepSpec]:
    """The steps `actor` may do on the record now, in the order they are declared."""
    from officedesk.core import positions
    from officedesk.core.steps import procedure

    proc = procedure(registry)
    record = records.get(registries.get(registry), record_id, actor)
    today = clock.today()
    # the last past day of each of his 代理 periods (read once, not once a step)
    past_days = [min(end, today) for _, start, end in positions.delegations_of(actor.username)
                 if start <= today]
    with read_once.reading():  # each step's refusal reads the same signatures and posts
        # a step the state does not allow is left out unasked (its refusal lists what he may do)
        return [s for s in proc.steps if state_of(proc, record) in s.states and (
            s.offered is None or s.offered(record, actor)) and (
            refusal(proc, s, record, actor) is None or _within_a_past_period(proc, s, record, actor, past_days))]


def _within_a_past_period(proc: Procedure, step: StepSpec, record: Any, actor: Actor,
                          past_days: list[dt.date]) -> bool:
    """A 代理 whose period has ended may still record what he did within it: the step is offered
    when it takes the day it was done and he may do it on the last past day of a period (the
    day he then gives is judged by perform)."""
    if not past_days or not (step.takes_on or has_own_date(step.fields_for(record))):
        return False
    return any(refusal(proc, step, record, actor, day) is None for day in past_days)


def fields_offered(step: StepSpec, record: Any, actor: Actor) -> list[FieldSpec]:
    """The step's fields as they are offered to `actor` (the window's step dialog, `steps`):
    the record's 密级 among them with only the levels core lets him give it
    (`corrections.check_level`, held by `records.save_changes`); a blank one leaves it as it is."""
    name = registries.get(step.registry).level_field
    fields = step.fields_for(record)
    if name is None or all(f.name != name for f in fields):
        return fields
    allowed = tuple(c for c in corrections.level_choices(registries.get(step.registry), record,
                                                         actor) if c)
    return [replace(f, choices=allowed) if f.name == name else f for f in fields]
