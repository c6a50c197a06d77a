"""What a refusal for the record's state offers instead: the steps its state allows that the
actor may do now (not another's: 核稿 is the 处长's), or, when none is his, those it allows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import registry as registries
from officedesk.core.actor import Actor


def not_now(proc: Any, step: Any, record: Any, actor: Actor, day: dt.date | None) -> str:
    """The record's state does not allow `step`: what the actor may do now instead."""
    from officedesk.core import steps

    label = registries.get(proc.registry).label
    head = f"这件{label}现在是“{steps.state_of(proc, record)}”，不能“{step.name}”。"
    allowed = [s for s in proc.steps if steps.open_now(s, proc, record)]
    mine = [s.name for s in allowed if (s.offered is None or s.offered(record, actor))
            and steps.refusal(proc, s, record, actor, day) is None]
    if mine or not allowed:
        return head + f"此时可以：{'、'.join(mine) or '无'}。"
    return head + f"此时可以办理的{'、'.join(s.name for s in allowed)}都不由您办理。"
