"""逐级负责: may this actor do a chain step at all (`refusal`, before the person it names is
known), and a step outside the chain that undoes a chain step's decision (`holders_refusal`);
the step's entry in the chain in force on the record (`context`), the order of the chain, a
代理's principal on the step's day (`stands_in`) and why a 代理 or anyone else may not
(`not_cleared_for`, `out_of_period`, `not_yours`) — which core.step_capacity reads too."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import chain_holders, chains, self_check
from officedesk.core import chain_words as words
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.chain_holders import (
    chain_name,
    cleared,
    deciding_entry,
    drafter,
    fits_step,
    holds,
    in_post,
    judged,
    level,
    open_entry,
)
from officedesk.core.i18n import Verbatim, text
from officedesk.core.positions import (
    Post,
    delegations_of,
    may_record_for_others,
    post_of,
    principals_of,
)
from officedesk.core.step_signs import SELF, SUBSTITUTE, Capacity


def is_cli(actor: Actor) -> bool:
    return actor.user_id is None and actor.username == CLI_ACTOR.username


def context(registry: str, step: str, record: Any) -> tuple[Any, chains.Chain | None,
                                                          chains.ChainStep | None]:
    from officedesk.core import steps

    proc = steps.procedure(registry)
    chain = chains.chain_for(registry, record)
    entry = chain.find(chain_name(registry, step)) if chain is not None else None
    spec = next((s for s in proc.steps if s.name == step), None)
    if entry is None and chain is not None and spec is not None:
        entry = chain_holders.side_entry(chain, spec)  # 协调: the 签发人's; 告知: the 信访科's
    decision = entry is None and chain is not None and spec is not None and spec.decides_waiting
    if decision:
        assert chain is not None
        entry = deciding_entry(proc, chain, record)  # 退回修改: the holder of the step it waits for
    if entry is not None:
        entry = judged(registry, record, entry, decision)
    return proc, chain, entry


def chain_holds(registry: str, step: str, record: Any) -> bool:
    """The approval chain in force on this record has the step (or it is the decision of the
    holder of the step it waits for): its holder does it, or a clerk records it for him."""
    _proc, chain, entry = context(registry, step, record)
    return chain is not None and entry is not None and chains.enforced() and not chain_holders.names_decider(words.spec_of(registry, step))


def order_refusal(proc: Any, chain: chains.Chain, entry: chains.ChainStep,
                  record: Any) -> str | None:
    waiting = open_entry(proc, chain, record)
    if waiting is not None and chain.index(waiting.step) < chain.index(entry.step):
        return text("须先“%1”（由%2办理），然后才能“%3”。", waiting.step,
                    words.who(proc.registry, record, waiting), entry.step)
    return None


def stands_in(actor: Actor, registry: str, record: Any, entry: chains.ChainStep,
              day: dt.date | None) -> Post | None:
    """The principal whose step the actor does as his 代理 on `day` (the step's day: its paper's
    date or --on, today by default): the principal holds it and the actor may see the record."""
    if level(registry, record) > actor.clearance:
        return None
    return next((p for p in principals_of(actor.username, day)
                 if holds(p, registry, record, entry)), None)


def refusal(registry: str, step: str, record: Any, actor: Actor,
            day: dt.date | None = None) -> str | None:
    """Why `actor` may not do this chain step at all (before the person is known), or None.
    `day`: the day the step is done (a 代理 covers the steps of his period), today by default."""
    proc, chain, entry = context(registry, step, record)
    if chain is None or entry is None or not chains.enforced():
        return None
    reason = order_refusal(proc, chain, entry, record) or words.unit_refusal(registry, record, entry)
    if reason:
        return reason
    if is_cli(actor) or may_record_for_others(actor):
        return None
    own = post_of(actor.username)
    if holds(own, registry, record, entry):
        assert own is not None
        return self_check.refusal(registry, step, record, entry.step, actor,
                                  Capacity(SELF, actor.label, actor.username, own.position))
    principal = stands_in(actor, registry, record, entry, day)
    if principal is not None:
        return self_check.refusal(registry, step, record, entry.step, actor, Capacity(
            SUBSTITUTE, principal.label, principal.username, principal.position))
    return (not_cleared_for(actor, registry, record, entry, day)
            or out_of_period(actor, registry, record, entry, day, step)
            or not_yours(registry, record, entry, actor, step))


def holders_refusal(registry: str, chain_step: str, record: Any, actor: Actor, doing: str) -> str | None:
    """`doing` — a step outside the chain that undoes or moves what `chain_step` decided
    (删除任务 and 延期 for 分解) — is for whoever may do `chain_step` (or his 代理, or the
    administrator): the refusal, or None."""
    proc, chain, entry = context(registry, chain_step, record)
    if chain is None or entry is None or not chains.enforced() or is_cli(actor) or actor.is_admin:
        return None
    if holds(post_of(actor.username), registry, record, entry):
        return None
    if stands_in(actor, registry, record, entry, None) is not None:
        return None
    return text("“%1”与“%2”一样，应由%3办理；您是%4。", doing, chain_step, words.who(registry, record, entry),
                words.post_text(actor))


def not_cleared_for(actor: Actor, registry: str, record: Any, entry: chains.ChainStep,
                    day: dt.date | None = None) -> str | None:
    """代理: why the actor may not stand in for the principal whose step it is on this record
    (the principal, or the actor himself, is below its 密级); None when that is not the reason."""
    for principal in principals_of(actor.username, day):
        if not in_post(principal, registry, record, entry):
            continue
        if cleared(principal, registry, record) and actor.clearance >= level(registry, record):
            continue  # both may see it: not the reason (a read-only principal holds no step)
        name, clearance = ((principal.label, principal.clearance)
                           if not cleared(principal, registry, record)
                           else (actor.label, actor.clearance))
        return text("%1，代理时也不能。应由%2办理。", words.below(name, clearance, registry, record),
                    words.who(registry, record, entry))
    return None


def out_of_period(actor: Actor, registry: str, record: Any, entry: chains.ChainStep,
                  day: dt.date | None, step: str = "") -> str | None:
    """代理: the actor stands in for a holder of the step, but not on the day of the step —
    every period he stands in for that holder named."""
    from officedesk.core import clock

    day = day or clock.today()
    delegated = delegations_of(actor.username)
    for principal, start, end in delegated:
        if not start <= day <= end and holds(principal, registry, record, entry):
            periods = tuple(text("%1至%2", s.isoformat(), e.isoformat()) for p, s, e in delegated
                            if p.username == principal.username)
            return text("您代理%1的期间是%2，办理日期%3不在其中，不能代理其“%4”。应由%5办理；"
                        "代理期内办理的，请填写当时的日期。", Verbatim(principal.label), periods,
                        day.isoformat(), step or entry.step, words.who(registry, record, entry))
    return None


def not_yours(registry: str, record: Any, entry: chains.ChainStep, actor: Actor,
              step: str = "") -> str:
    name = drafter(registry, record, entry)
    if name and fits_step(post_of(actor.username), registry, record, entry):
        return text("这件已退回拟稿人%1修改，应由其本人办理（或由其代理人代理；纸质修改稿"
                    "可由有代录权限的用户代其录入）；您是%2。", Verbatim(name), words.post_text(actor))
    return text("%1应由%2办理；您是%3。", words.whose(registry, step, entry), words.who(registry, record, entry),
                words.post_text(actor))
