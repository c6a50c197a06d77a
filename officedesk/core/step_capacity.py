"""逐级负责: in what capacity an actor does a step for the person it names (`capacity`: 本人,
代理 for his principal, 代录 for its holder, or the refusal), inside the chain in force and
outside it (a post's work done by its holder's 代理: `OUTSIDE_SUBSTITUTES`), and whether a window
asks him whom he records it for (`records_for_someone`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from officedesk.core import chain_holders, chains, cleared_names, self_check
from officedesk.core import chain_words as words
from officedesk.core import step_refusals as refusals
from officedesk.core.actor import Actor
from officedesk.core.chain_holders import (
    chain_name,
    cleared,
    drafter,
    fits_step,
    holds,
    in_post,
)
from officedesk.core.errors import ProcedureError
from officedesk.core.i18n import Verbatim, text
from officedesk.core.positions import (
    Post,
    may_record_for_others,
    namesakes,
    people_named,
    post_of,
    stopped_named,
)
from officedesk.core.step_refusals import is_cli
from officedesk.core.step_signs import ENTERED, SELF, SUBSTITUTE, Capacity


def _means_me(named: str, actor: Actor, holds: bool) -> bool:
    """The person a step names is the actor himself: his 用户名, or his 姓名 unless a namesake
    is meant (one who holds the step while the actor does not)."""
    if not named or named == actor.username:
        return True
    if named != actor.label:
        return False
    return holds or all(p.username == actor.username for p in people_named(named))


def records_for_someone(registry: str, step: str, record: Any, actor: Actor) -> bool:
    """The step takes the person it is done for and would not take it in this actor's own name
    (a clerk with the 代录 right, not its holder): a window asks him whom (经办人)."""
    from officedesk.core import steps

    if not steps.procedure(registry).find(step).accepts_person(record):
        return False
    return isinstance(capacity(registry, step, record, actor, ""), str)


def capacity(registry: str, step: str, record: Any, actor: Actor, named: str,
             day: dt.date | None = None) -> Capacity | str:
    """In what capacity `actor` does the step for the person it names (`named`, may be empty);
    a refusal (str) when he may not — nor when it would check his own work (core.self_check).
    `day`: the day the step is done (as in `refusal`)."""
    cap = _capacity(registry, step, record, actor, named, day)
    if isinstance(cap, str):
        return cap
    entry = refusals.context(registry, step, record)[2]
    return self_check.refusal(registry, step, record, entry.step if entry else "", actor, cap) or cap


def _capacity(registry: str, step: str, record: Any, actor: Actor, named: str,
              day: dt.date | None) -> Capacity | str:
    proc, chain, entry = refusals.context(registry, step, record)
    named = (named or "").strip()
    own = post_of(actor.username)
    if chain is None or entry is None or not chains.enforced() or chain_holders.names_decider(words.spec_of(registry, step)):
        return _outside_chain(registry, step, record, actor, own, named, day)
    reason = refusals.order_refusal(proc, chain, entry, record) or words.unit_refusal(registry, record, entry)
    if reason:
        return reason
    held = holds(own, registry, record, entry)
    principal = refusals.stands_in(actor, registry, record, entry, day)
    me = _means_me(named, actor, held or principal is not None)
    if me and (is_cli(actor) or actor.is_admin) and getattr(words.spec_of(registry, step), "admin_self",
                                                            False):
        # 延期 … of 分解's holders: the administrator's own, as before the chain held
        return Capacity(SELF, actor.label, actor.username, own.position if own else "")
    if me and not is_cli(actor):
        if held:
            assert own is not None
            return Capacity(SELF, actor.label, actor.username, own.position)
        if principal is not None:
            return Capacity(SUBSTITUTE, principal.label, principal.username, principal.position)
    if is_cli(actor) or may_record_for_others(actor):
        if me:
            return _name_whom(registry, step, record, entry)
        return _entered_for(registry, step, record, entry, named)
    if not me:
        return text("只有有代录权限的用户可以代他人录入“%1”；请本人办理，或请管理员授予代录权限。", step)
    return (refusals.not_cleared_for(actor, registry, record, entry, day)
            or refusals.out_of_period(actor, registry, record, entry, day, step)
            or refusals.not_yours(registry, record, entry, actor, step))


def _name_whom(registry: str, step: str, record: Any, entry: chains.ChainStep) -> str:
    """代录 naming nobody (or the clerk himself): the step done and whose it is, and where his
    name goes — the step's own person field (签发人, 核稿人 …) where it has one, else the
    window's 经办人; on the command line that field (签发人=姓名) or --person."""
    from officedesk.core import steps
    from officedesk.core.step_values import person_field_of

    who = words.who(registry, record, entry)
    if words.held_by(registry, step) == entry.step:  # 协调: the 签发人's
        done = text("%1应由%2办理", words.whose(registry, step, entry), who)
    elif chain_name(registry, step) != entry.step:  # 退回修改: the waiting step's holder's
        done = text("这件待“%1”，“%2”应由%3办理", entry.step, step, who)
    else:
        done = text("“%1”应由%2办理", entry.step, who)
    field = person_field_of(steps.procedure(registry).find(step))
    where = (text("“%1”一栏（命令行：%2=姓名，或 --person 姓名）", field.label, Verbatim(field.label))
             if field is not None else text("“经办人”一栏（命令行：--person 姓名）"))
    return text("%1。代录时请写明代谁录入：%2。", done, where)


def capacity_error(refusal: str, person_field: Any) -> ProcedureError:
    """The error `capacity`'s refusal raises; `_name_whom`'s (the step waits only for whom it
    is recorded for) names the field that takes him — a window puts it there, with the focus."""
    asks = getattr(refusal, "pattern", None) == "%1。代录时请写明代谁录入：%2。"
    whom = (person_field.name if person_field is not None else "person") if asks else None
    return ProcedureError(refusal, field=whom)


# A registry's steps outside the chain that are a post's work, done by its holder's 代理 (the
# 信息科's 接收 …): (actor, step, record, day of the step) -> the post he does it for on that
# day (signed 代理), or None
OUTSIDE_SUBSTITUTES: dict[str, Callable[[Actor, str, Any, dt.date | None], Post | None]] = {}


def _outside_chain(registry: str, step: str, record: Any, actor: Actor, own: Post | None,
                   named: str, day: dt.date | None = None) -> Capacity | str:
    """A step outside the approval chain (or the chain not held): done by the actor (for the
    post he stands in for, OUTSIDE_SUBSTITUTES), or recorded for the person it names."""
    # the command line naming nobody is the administrator doing the step himself, not 代录
    # of itself (a paper would read “命令行（管理员）（代录）”)
    if not named or (not is_cli(actor) and named in (actor.label, actor.username)):
        whose = OUTSIDE_SUBSTITUTES.get(registry) if not is_cli(actor) else None
        principal = whose(actor, step, record, day) if whose is not None else None
        if principal is not None:
            return Capacity(SUBSTITUTE, principal.label, principal.username, principal.position)
        return Capacity(SELF, actor.label, actor.username, own.position if own else "")
    if chains.enforced() and not is_cli(actor) and not may_record_for_others(actor):
        # 逐级负责 in force: recording another's step (a leader's 阅) is 代录, which is a right
        return (f"只有有代录权限的用户可以代他人（{named}）录入“{step}”；请本人办理，"
                "或请管理员授予代录权限。")
    people = people_named(named)
    if people and not any(cleared(p, registry, record) for p in people):
        return (cleared_names.step_refusal(registry, step, record, named)
                or f"{words.below(people[0].label, people[0].clearance, registry, record)}。")
    if len(people) != 1:  # nobody, or namesakes: the name as given
        return Capacity(ENTERED, named)
    return Capacity(ENTERED, people[0].label, people[0].username, people[0].position)


def _entered_for(registry: str, step: str, record: Any, entry: chains.ChainStep,
                 named: str) -> Capacity | str:
    """代录: the person the step names must hold it; among namesakes, the one who does."""
    people = people_named(named)
    if not people:
        who = ("的账号已停用" if stopped_named(named) else "不是本系统的用户")
        return (f"“{named}”{who}，不能代其录入“{step}”。应由"
                f"{words.who(registry, record, entry)}办理。")
    holding = [p for p in people if holds(p, registry, record, entry)]
    if len(holding) > 1:
        return (f"有 {len(holding)} 位用户叫“{named}”，都可以办理“{entry.step}”："
                f"{namesakes(holding)}。请填写其中一位的用户名。")
    if holding:
        person = holding[0]
        return Capacity(ENTERED, person.label, person.username, person.position)
    below = next((p for p in people
                  if in_post(p, registry, record, entry) and not cleared(p, registry, record)), None)
    if below is not None:
        return (f"{words.below(below.label, below.clearance, registry, record)}。应由"
                f"{words.who(registry, record, entry)}办理。")
    if words.held_by(registry, step) == entry.step:  # 协调: the 签发人's
        return f"{named}不能“{step}”：{words.whose(registry, step, entry)}应由{words.who(registry, record, entry)}办理。"
    if chain_name(registry, step) != entry.step:  # a decision of the waiting step's holder
        return (f"{named}不能“{step}”：这件待“{entry.step}”，应由"
                f"{words.who(registry, record, entry)}办理。")
    name = drafter(registry, record, entry)
    if name and any(fits_step(p, registry, record, entry) for p in people):
        # the reason he would be given himself (refusals.not_yours), not “any 科员 may”
        return (f"{named}不能“{entry.step}”：这件已退回拟稿人{name}修改，应由其本人办理（或由其"
                f"代理人代理）；代录纸质修改稿时请写明拟稿人{name}。")
    return f"{named}不能“{entry.step}”：应由{words.who(registry, record, entry)}办理。"
