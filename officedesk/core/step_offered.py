"""What a refusal for the record's state offers instead: the steps its state allows that the
actor may do now (not another's: 核稿 is the 处长's), or, when none is his, those it allows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import read_once
from officedesk.core import registry as registries
from officedesk.core.actor import Actor
from officedesk.core.i18n import text


def not_now(proc: Any, step: Any, record: Any, actor: Actor, day: dt.date | None) -> str:
    """The record's state does not allow `step`: what the actor may do now instead."""
    from officedesk.core import steps

    label = registries.get(proc.registry).label
    state = steps.state_of(proc, record)
    allowed = [s for s in proc.steps if steps.open_now(s, proc, record)]
    with read_once.reading():  # each step's refusal reads the same signatures and posts
        mine = [s.name for s in allowed if (s.offered is None or s.offered(record, actor))
                and steps.refusal(proc, s, record, actor, day) is None]
    if mine or not allowed:
        return text("这件%1现在是“%2”，不能“%3”。此时可以：%4。", label, state, step.name, tuple(mine) or "无")
    return text("这件%1现在是“%2”，不能“%3”。此时可以办理的%4都不由您办理。", label, state, step.name,
                tuple(s.name for s in allowed))


def not_now_named(registry: str, step: str, record: Any, actor: Actor,
                  day: dt.date | None = None) -> str | None:
    """`not_now` for a core step function refusing a step its record's state does not allow
    (the step runner asks first; a window or a script may call the function itself): as the
    runner says it, or None when the registry's procedure does not declare the step."""
    from officedesk.core import steps

    proc = steps.procedure(registry)
    found = next((s for s in proc.steps if s.name == step), None)
    return not_now(proc, found, record, actor, day) if found is not None else None


def next_step(registry: str, record: Any, names: Any) -> str | None:
    """The step Enter on a record opens, of `names` (the steps the actor may do on it now, in the
    order the window offers them): the first that the record waits for in its state — not one it may
    repeat there (a further 批办 of a 收文 已批办: 承办 is next) nor an aside the procedure
    allows in every state (标为重复件, 转督查 of a 信访) —; None when none is (a step only
    then the clerk chooses by its button)."""
    from officedesk.core import steps

    proc = steps.procedure(registry)
    state = steps.state_of(proc, record)
    every = {s for spec in proc.steps for s in spec.states}  # the states any step leaves from
    declared = {spec.name: spec for spec in proc.steps}
    for name in names:
        spec = declared.get(name)
        if spec is not None and state in (spec.waits_in or spec.states) and not every <= set(spec.states):
            return str(name)
    return None
