"""退回: the holder of the step a 发文 waits for sends it back to an earlier chain step; the
signature row the step runner writes (returned_to) restarts the chain there (moved out of
core.responsibility, which still exports both names)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import chains, i18n
from officedesk.core.actor import Actor
from officedesk.core.chain_holders import open_entry, step_name
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import write_transaction


def returnable(registry: str, record: Any) -> list[str]:
    """The chain steps a record may be sent back to: those before the one it waits for."""
    from officedesk.core import steps

    proc = steps.procedure(registry)
    chain = chains.chain_for(registry, record)
    if chain is None or not chains.enforced():
        return []
    waiting = open_entry(proc, chain, record)
    if waiting is None:
        return []
    return [e.step for e in chain.steps[:chain.index(waiting.step)]]


def send_back(registry: str, record_id: int, version: int, actor: Actor, target: str,
              reason: str, person: str = "", day: dt.date | None = None) -> dict[str, Any]:
    """退回: the record goes back to the state in which `target` is done; the signature row
    written by the runner (returned_to) restarts the chain there. `person`: whose decision it
    is, when a clerk records it for him (代录); `day`: the day it was decided (default today),
    not before the steps already done."""
    from officedesk.core import records, steps
    from officedesk.core import registry as registries
    from officedesk.core.errors import ValidationError

    spec = registries.get(registry)
    proc = steps.procedure(registry)
    record = records.get(spec, record_id, actor)
    if not reason.strip():
        raise ValidationError("退回必须写明理由。", "reason")
    allowed = returnable(registry, record)
    if target not in allowed:
        raise ValidationError(i18n.text("不能退回到“%1”。可以退回到：%2。", target, list(allowed) or "无"),
                              "target")
    target_step = next((s for s in proc.steps if s.name == step_name(registry, target)), None)
    state_field = spec.field(proc.state_field)
    state_to = (target_step.states[0] if target_step is not None and target_step.states
                else str(state_field.default))
    state_from = steps.state_of(proc, record)
    documents = registry in ("incoming", "outgoing")
    if documents and day is not None:
        from officedesk.core import step_dates
        from officedesk.core.documents.common import not_in_future, steps_done

        not_in_future("退回日期")(day)
        step_dates.not_before("退回", day, steps_done(registry, record, "退回"), what="退回日期")
    with write_transaction():  # (the step runner's, when it runs it)
        if documents:  # its row before the record's entry, which digests it (core.sub_rows)
            from officedesk.core.documents.common import add_step, step_moment

            add_step(registry, record, "退回", state_from, state_to, actor, person.strip(),
                     opinion=f"退回至“{target}”：{reason.strip()}",
                     at=step_moment(day) if day is not None else None)
        changes: dict[str, Any] = {proc.state_field: state_to}
        for more in spec.return_changes:  # the levels it undid no longer name their holder
            changes.update(more(record, actor))
        records.save_changes(spec, record, changes, version, actor,
                             action="step", summary=trail_text("%1退回至“%2”：%3", spec.label, target, reason.strip()[:60]))
    return {"退回至": target}
