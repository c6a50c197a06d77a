"""逐级负责 held: who may do a chain step, in what capacity (本人 / 代录 / 代理), the signature
row each performed step leaves, 退回 to an earlier step, and where each record waits now.

core.steps calls `refusal` (may this actor do it at all) and `capacity` (with the person the
step names) before a step, and `sign` inside the step's transaction.

Here: may this actor do it, in what capacity, and 退回. Who holds a step and where a record
waits are in core.chain_holders, the signature rows in core.step_signs (their names stay
importable from here).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import chains
from officedesk.core.actor import CLI_ACTOR, Actor, clearance_label, secrecy_label
from officedesk.core.chain_holders import (
    chain_name,
    chain_step_closed,
    cleared,
    done_since_return,
    fits,
    fits_step,
    holders,
    in_chain,
    level,
    open_entry,
    same_unit,
    step_name,
    waiting_step,
)
from officedesk.core.positions import (
    Post,
    all_posts,
    find_person,
    may_record_for_others,
    post_of,
    principals_of,
)
from officedesk.core.step_signs import (
    ENTERED,
    RETURNED,
    SELF,
    SUBSTITUTE,
    Capacity,
    audit_marks,
    history_marks,
    is_return,
    last_sign,
    returns_count,
    returns_of,
    sign,
    sign_text,
    signer,
    signs,
)

__all__ = [
    "Capacity",
    "ENTERED",
    "RETURNED",
    "SELF",
    "SUBSTITUTE",
    "audit_marks",
    "chain_name",
    "chain_step_closed",
    "cleared",
    "done_since_return",
    "fits",
    "fits_step",
    "history_marks",
    "holders",
    "in_chain",
    "is_return",
    "last_sign",
    "level",
    "open_entry",
    "returns_count",
    "returns_of",
    "same_unit",
    "sign",
    "sign_text",
    "signer",
    "signs",
    "step_name",
    "waiting_step",
]


def is_cli(actor: Actor) -> bool:
    return actor.user_id is None and actor.username == CLI_ACTOR.username


def _in_post(post: Post | None, registry: str, record: Any, entry: chains.ChainStep) -> bool:
    return post is not None and any(fits(post, alt, registry, record) for alt in entry.alts)


def _who(registry: str, record: Any, entry: chains.ChainStep) -> str:
    names = [p.label for p in holders(registry, record, entry)]
    shown = "、".join(names[:5]) + ("等" if len(names) > 5 else "")
    return f"{entry.describe(chains.own_unit(registry))}（{shown or _nobody(registry, record, entry)}）"


def _nobody(registry: str, record: Any, entry: chains.ChainStep) -> str:
    if any(_in_post(p, registry, record, entry) for p in all_posts()):
        return (f"担任该岗位的人员都没有“{secrecy_label(level(registry, record))}”的密级权限，"
                "请管理员调整密级权限或岗位")
    return "尚无人担任，请管理员设置用户岗位"


def _below(name: str, clearance: int, registry: str, record: Any) -> str:
    """Why a step of this record cannot be done by or for someone below its 密级."""
    return (f"{name}的密级权限（{clearance_label(clearance)}）低于这件的密级"
            f"（{secrecy_label(level(registry, record))}），不能由其办理，也不能代其录入")


# ---------------------------------------------------------------- may this actor do it


def _context(registry: str, step: str, record: Any) -> tuple[Any, chains.Chain | None,
                                                           chains.ChainStep | None]:
    from officedesk.core import steps

    proc = steps.procedure(registry)
    chain = chains.chain_for(registry, record)
    entry = chain.find(chain_name(registry, step)) if chain is not None else None
    spec = next((s for s in proc.steps if s.name == step), None)
    if entry is None and chain is not None and spec is not None and spec.decides_waiting:
        entry = open_entry(proc, chain, record)  # 退回修改: the holder of the step it waits for
    return proc, chain, entry


def _order_refusal(proc: Any, chain: chains.Chain, entry: chains.ChainStep,
                   record: Any) -> str | None:
    waiting = open_entry(proc, chain, record)
    if waiting is not None and chain.index(waiting.step) < chain.index(entry.step):
        return (f"须先“{waiting.step}”（由{_who(proc.registry, record, waiting)}办理），"
                f"然后才能“{entry.step}”。")
    return None


def refusal(registry: str, step: str, record: Any, actor: Actor) -> str | None:
    """Why `actor` may not do this chain step at all (before the person is known), or None."""
    proc, chain, entry = _context(registry, step, record)
    if chain is None or entry is None or not chains.enforced():
        return None
    reason = _order_refusal(proc, chain, entry, record)
    if reason:
        return reason
    if is_cli(actor) or may_record_for_others(actor):
        return None
    if fits_step(post_of(actor.username), registry, record, entry):
        return None
    if level(registry, record) <= actor.clearance and \
            any(fits_step(p, registry, record, entry) for p in principals_of(actor.username)):
        return None
    return _not_cleared_for(actor, registry, record, entry) or _not_yours(registry, record, entry, actor)


def _not_cleared_for(actor: Actor, registry: str, record: Any, entry: chains.ChainStep) -> str | None:
    """代理: why the actor may not stand in for the principal whose step it is on this record
    (the principal, or the actor himself, is below its 密级); None when that is not the reason."""
    for principal in principals_of(actor.username):
        if not _in_post(principal, registry, record, entry):
            continue
        name, clearance = ((principal.label, principal.clearance)
                           if not cleared(principal, registry, record)
                           else (actor.label, actor.clearance))
        return (f"{_below(name, clearance, registry, record)}，代理时也不能。"
                f"应由{_who(registry, record, entry)}办理。")
    return None


def _not_yours(registry: str, record: Any, entry: chains.ChainStep, actor: Actor) -> str:
    own = post_of(actor.username)
    mine = f"{own.unit}{own.position}" if own and own.position else "未设置岗位"
    return f"“{entry.step}”应由{_who(registry, record, entry)}办理；您是{mine}。"


def capacity(registry: str, step: str, record: Any, actor: Actor, named: str) -> Capacity | str:
    """In what capacity `actor` does the step for the person it names (`named`, may be empty);
    a refusal (str) when he may not."""
    proc, chain, entry = _context(registry, step, record)
    named = (named or "").strip()
    own = post_of(actor.username)
    me = not named or named in (actor.label, actor.username)
    if chain is None or entry is None or not chains.enforced():
        if is_cli(actor) or not me:
            found = find_person(named) if named else None
            if found is not None and not cleared(found, registry, record):
                return f"{_below(found.label, found.clearance, registry, record)}。"
            return Capacity(ENTERED, named, found.username if found else "",
                            found.position if found else "")
        return Capacity(SELF, actor.label, actor.username, own.position if own else "")
    reason = _order_refusal(proc, chain, entry, record)
    if reason:
        return reason
    if me and not is_cli(actor):
        if fits_step(own, registry, record, entry):
            assert own is not None
            return Capacity(SELF, actor.label, actor.username, own.position)
        for principal in principals_of(actor.username):
            # both cleared for the 密级: the principal holds it, the substitute may see it
            if fits_step(principal, registry, record, entry) and \
                    level(registry, record) <= actor.clearance:
                return Capacity(SUBSTITUTE, principal.label, principal.username,
                                principal.position)
    if is_cli(actor) or may_record_for_others(actor):
        if me:
            return (f"“{entry.step}”应由{_who(registry, record, entry)}办理。代录时请写明代谁"
                    "录入（该步骤的人员一栏，或命令行 --person 姓名）。")
        person = find_person(named)
        if person is None:
            return (f"“{named}”不是本系统的用户，不能代其录入“{entry.step}”。应由"
                    f"{_who(registry, record, entry)}办理。")
        if _in_post(person, registry, record, entry) and not cleared(person, registry, record):
            return (f"{_below(person.label, person.clearance, registry, record)}。应由"
                    f"{_who(registry, record, entry)}办理。")
        if not fits_step(person, registry, record, entry):
            if chain_name(registry, step) != entry.step:  # a decision of the waiting step's holder
                return (f"{named}不能“{step}”：这件待“{entry.step}”，应由"
                        f"{_who(registry, record, entry)}办理。")
            return f"{named}不能“{entry.step}”：应由{_who(registry, record, entry)}办理。"
        return Capacity(ENTERED, person.label, person.username, person.position)
    if not me:
        return f"只有有代录权限的用户可以代他人录入“{entry.step}”；请本人办理，或请管理员授予代录权限。"
    return _not_cleared_for(actor, registry, record, entry) or _not_yours(registry, record, entry, actor)


# ---------------------------------------------------------------- 退回


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


def return_refusal(registry: str, record: Any, actor: Actor) -> str | None:
    """退回 is for whoever holds the step the record waits for (or records it for him)."""
    from officedesk.core import steps

    if not returnable(registry, record):
        return "这件现在不在审批链中，或已在第一步，没有可以退回的步骤。"
    proc = steps.procedure(registry)
    chain = chains.chain_for(registry, record)
    assert chain is not None
    waiting = open_entry(proc, chain, record)
    assert waiting is not None
    return refusal(registry, step_name(registry, waiting.step), record, actor)


def holder_refusal(registry: str, record: Any, actor: Actor) -> str | None:
    """退回修改 and the like: for whoever holds the step the record waits for, once the chain
    holds (before that: anyone the step's roles allow)."""
    from officedesk.core import steps

    chain = chains.chain_for(registry, record)
    if chain is None or not chains.enforced():
        return None
    waiting = open_entry(steps.procedure(registry), chain, record)
    if waiting is None:
        return None
    return refusal(registry, step_name(registry, waiting.step), record, actor)


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
        raise ValidationError(f"不能退回到“{target}”。可以退回到：{'、'.join(allowed) or '无'}。",
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
    saved = records.save_changes(spec, record, {proc.state_field: state_to}, version, actor,
                                 action="step",
                                 summary=f"{spec.label}退回至“{target}”：{reason.strip()[:60]}")
    if documents:
        from officedesk.core.documents.common import add_step, step_moment

        add_step(registry, saved, "退回", state_from, state_to, actor, person.strip(),
                 opinion=f"退回至“{target}”：{reason.strip()}",
                 at=step_moment(day) if day is not None else None)
    return {"退回至": target}
