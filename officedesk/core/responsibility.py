"""逐级负责 held: who may do a chain step, in what capacity (本人 / 代录 / 代理), the signature
row each performed step leaves, 退回 to an earlier step, and where each record waits now.

core.steps calls `refusal` (may this actor do it at all) and `capacity` (with the person the
step names) before a step, and `signing` for its signature, written in the step's transaction
before the record's entries (core.entry_rows), which digest it.

Here: may this actor do it, in what capacity, and 退回. Who holds a step and where a record
waits are in core.chain_holders, the signature rows in core.step_signs (their names stay
importable from here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from officedesk.core import chain_holders, chains, cleared_names, menu_paths, self_check
from officedesk.core.actor import CLI_ACTOR, Actor, clearance_label, secrecy_label
from officedesk.core.chain_holders import (
    chain_name,
    chain_step_closed,
    cleared,
    done_since_return,
    drafter,
    fits,
    fits_step,
    holders,
    holds,
    in_chain,
    in_post,
    judged,
    level,
    open_entry,
    same_unit,
    step_name,
    unit_missing,
    waiting_step,
)
from officedesk.core.i18n import Verbatim, text
from officedesk.core.positions import (
    Post,
    all_posts,
    delegations_of,
    may_record_for_others,
    namesakes,
    people_named,
    post_of,
    principals_of,
    stopped_named,
)
from officedesk.core.step_signs import (
    ENTERED,
    RETURNED,
    SELF,
    SUBSTITUTE,
    Capacity,
    Signature,
    audit_marks,
    history_marks,
    is_return,
    last_sign,
    returns_count,
    returns_of,
    sign_text,
    signer,
    signing,
    signs,
)

__all__ = [
    "Capacity",
    "Signature",
    "ENTERED",
    "RETURNED",
    "SELF",
    "SUBSTITUTE",
    "audit_marks",
    "chain_name",
    "chain_step_closed",
    "chain_holds",
    "cleared",
    "done_since_return",
    "drafter",
    "fits",
    "fits_step",
    "history_marks",
    "holders",
    "holds",
    "in_chain",
    "is_return",
    "last_sign",
    "level",
    "open_entry",
    "returns_count",
    "returns_of",
    "same_unit",
    "sign_text",
    "signer",
    "signing",
    "signs",
    "step_name",
    "waiting_step",
]


def is_cli(actor: Actor) -> bool:
    return actor.user_id is None and actor.username == CLI_ACTOR.username


_in_post = in_post

ROUTED = "拟办意见呈请的"  # @分管 of a 收文 before its 承办单位 (chains.ROUTING_FIELDS)


def _routed(registry: str, record: Any) -> bool:
    return registry in chains.ROUTING_FIELDS and not chains.unit_of(registry, record)


def describe(registry: str, record: Any, entry: chains.ChainStep) -> str:
    """Who holds the step, in words, as it is judged on this record."""
    return entry.describe(chains.own_unit(registry), ROUTED if _routed(registry, record) else "")


def _who(registry: str, record: Any, entry: chains.ChainStep) -> str:
    """Who holds the step, in words, and by name — not one who may not do it on this record
    (core.self_check: its drafter); when that is every holder, why and what to do."""
    posts = holders(registry, record, entry)
    barred = self_check.unable(registry, record, entry.step, posts)
    names = [p.label for p in posts if p.username not in barred]
    shown = _as_is("、".join(names[:5])) if names else ""
    if len(names) > 5:
        shown = text("%1等", shown)
    if posts and not names:
        shown = text("%1，不能办理；%2", tuple(barred.values()), self_check.advice(entry.step))
    return text("%1（%2）", describe(registry, record, entry), shown or _nobody(registry, record, entry))


def _nobody(registry: str, record: Any, entry: chains.ChainStep) -> str:
    if any(_in_post(p, registry, record, entry) for p in all_posts()):
        return text("担任该岗位的人员都没有“%1”的密级权限，请管理员调整密级权限或岗位",
                    secrecy_label(level(registry, record)))
    if _routed(registry, record):
        return "拟办意见中没有写明呈请哪位领导"
    return "尚无人担任，请管理员设置用户岗位"


# how a record's missing unit is filled in, after “请先填写…”
UNIT_HINTS = {"outgoing": "（拟稿中用“修改”填写；已核稿的，请先“退回修改”，补填后重新核稿）"}


def _unit_refusal(registry: str, record: Any, entry: chains.ChainStep) -> str | None:
    """A step bound to the record's unit (@本单位, @分管) on a record without one cannot be
    checked: it is nobody's until the unit is filled in."""
    if not unit_missing(registry, record, entry):
        return None
    from officedesk.core import registry as registries

    label = registries.get(registry).label
    setting = chains.OWN_UNITS.get(registry)
    if setting is not None:
        return text("系统设置中没有填写“%1”，无法确定“%2”应由%3中的哪一位办理。请管理员在“%4”中填写。",
                    setting.label, entry.step, entry.describe(), menu_paths.setting_path(setting))
    unit = chains.unit_label(registry)
    return text("这件%1没有填写%2，无法确定“%3”应由%4办理。请先填写%2%5。", label, unit, entry.step,
                entry.describe(text("哪个单位")), text(UNIT_HINTS[registry]) if registry in UNIT_HINTS else "")


def _below(name: str, clearance: int, registry: str, record: Any) -> str:
    """Why a step of this record cannot be done by or for someone below its 密级."""
    return text("%1的密级权限（%2）低于这件的密级（%3），不能由其办理，也不能代其录入", Verbatim(name),
                clearance_label(clearance), secrecy_label(level(registry, record)))


# ---------------------------------------------------------------- may this actor do it


def _context(registry: str, step: str, record: Any) -> tuple[Any, chains.Chain | None,
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
        entry = open_entry(proc, chain, record)  # 退回修改: the holder of the step it waits for
    if entry is not None:
        entry = judged(registry, record, entry, decision)
    return proc, chain, entry


def chain_holds(registry: str, step: str, record: Any) -> bool:
    """The approval chain in force on this record has the step (or it is the decision of the
    holder of the step it waits for): its holder does it, or a clerk records it for him."""
    _proc, chain, entry = _context(registry, step, record)
    return chain is not None and entry is not None and chains.enforced() and not chain_holders.names_decider(_spec(registry, step))


def _order_refusal(proc: Any, chain: chains.Chain, entry: chains.ChainStep,
                   record: Any) -> str | None:
    waiting = open_entry(proc, chain, record)
    if waiting is not None and chain.index(waiting.step) < chain.index(entry.step):
        return text("须先“%1”（由%2办理），然后才能“%3”。", waiting.step,
                    _who(proc.registry, record, waiting), entry.step)
    return None


def _stands_in(actor: Actor, registry: str, record: Any, entry: chains.ChainStep,
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
    proc, chain, entry = _context(registry, step, record)
    if chain is None or entry is None or not chains.enforced():
        return None
    reason = _order_refusal(proc, chain, entry, record) or _unit_refusal(registry, record, entry)
    if reason:
        return reason
    if is_cli(actor) or may_record_for_others(actor):
        return None
    own = post_of(actor.username)
    if holds(own, registry, record, entry):
        assert own is not None
        return self_check.refusal(registry, step, record, entry.step, actor,
                                  Capacity(SELF, actor.label, actor.username, own.position))
    principal = _stands_in(actor, registry, record, entry, day)
    if principal is not None:
        return self_check.refusal(registry, step, record, entry.step, actor, Capacity(
            SUBSTITUTE, principal.label, principal.username, principal.position))
    return (_not_cleared_for(actor, registry, record, entry, day)
            or _out_of_period(actor, registry, record, entry, day, step)
            or _not_yours(registry, record, entry, actor, step))


def holders_refusal(registry: str, chain_step: str, record: Any, actor: Actor, doing: str) -> str | None:
    """`doing` — a step outside the chain that undoes or moves what `chain_step` decided
    (删除任务 and 延期 for 分解) — is for whoever may do `chain_step` (or his 代理, or the
    administrator): the refusal, or None."""
    proc, chain, entry = _context(registry, chain_step, record)
    if chain is None or entry is None or not chains.enforced() or is_cli(actor) or actor.is_admin:
        return None
    if holds(post_of(actor.username), registry, record, entry):
        return None
    if _stands_in(actor, registry, record, entry, None) is not None:
        return None
    return text("“%1”与“%2”一样，应由%3办理；您是%4。", doing, chain_step, _who(registry, record, entry),
                _post_text(actor))


def _not_cleared_for(actor: Actor, registry: str, record: Any, entry: chains.ChainStep,
                     day: dt.date | None = None) -> str | None:
    """代理: why the actor may not stand in for the principal whose step it is on this record
    (the principal, or the actor himself, is below its 密级); None when that is not the reason."""
    for principal in principals_of(actor.username, day):
        if not _in_post(principal, registry, record, entry):
            continue
        if cleared(principal, registry, record) and actor.clearance >= level(registry, record):
            continue  # both may see it: not the reason (a read-only principal holds no step)
        name, clearance = ((principal.label, principal.clearance)
                           if not cleared(principal, registry, record)
                           else (actor.label, actor.clearance))
        return text("%1，代理时也不能。应由%2办理。", _below(name, clearance, registry, record),
                    _who(registry, record, entry))
    return None


def _out_of_period(actor: Actor, registry: str, record: Any, entry: chains.ChainStep,
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
                        day.isoformat(), step or entry.step, _who(registry, record, entry))
    return None


def _not_yours(registry: str, record: Any, entry: chains.ChainStep, actor: Actor,
               step: str = "") -> str:
    name = drafter(registry, record, entry)
    if name and fits_step(post_of(actor.username), registry, record, entry):
        return text("这件已退回拟稿人%1修改，应由其本人办理（或由其代理人代理；纸质修改稿"
                    "可由有代录权限的用户代其录入）；您是%2。", Verbatim(name), _post_text(actor))
    return text("%1应由%2办理；您是%3。", _whose(registry, step, entry), _who(registry, record, entry),
                _post_text(actor))


def _whose(registry: str, step: str, entry: chains.ChainStep) -> str:
    """The step as a refusal names it: one held by another step's holder (协调, the 签发人's)
    says so."""
    if _held_by(registry, step) == entry.step:
        return text("“%1”与“%2”一样，", step, entry.step)
    return text("“%1”", entry.step)


def _spec(registry: str, step: str) -> Any:
    from officedesk.core import steps

    return next((s for s in steps.procedure(registry).steps if s.name == step), None)


def _held_by(registry: str, step: str) -> str:
    spec = _spec(registry, step)
    return spec.held_by if spec is not None else ""


def _post_text(actor: Actor) -> str:
    """The actor's post as a refusal names it (县委办公室综合科科员), or that he has none."""
    own = post_of(actor.username)
    return _as_is(f"{own.unit}{own.position}") if own and own.position else text("未设置岗位")


def _as_is(value: str) -> str:
    """A name or a post in a refusal: shown as it is in every language, never looked up."""
    return text("%1", Verbatim(value))


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
    entry = _context(registry, step, record)[2]
    return self_check.refusal(registry, step, record, entry.step if entry else "", actor, cap) or cap


def _capacity(registry: str, step: str, record: Any, actor: Actor, named: str,
              day: dt.date | None) -> Capacity | str:
    proc, chain, entry = _context(registry, step, record)
    named = (named or "").strip()
    own = post_of(actor.username)
    if chain is None or entry is None or not chains.enforced() or chain_holders.names_decider(_spec(registry, step)):
        return _outside_chain(registry, step, record, actor, own, named, day)
    reason = _order_refusal(proc, chain, entry, record) or _unit_refusal(registry, record, entry)
    if reason:
        return reason
    held = holds(own, registry, record, entry)
    principal = _stands_in(actor, registry, record, entry, day)
    me = _means_me(named, actor, held or principal is not None)
    if me and (is_cli(actor) or actor.is_admin) and getattr(_spec(registry, step), "admin_self",
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
    return (_not_cleared_for(actor, registry, record, entry, day)
            or _out_of_period(actor, registry, record, entry, day, step)
            or _not_yours(registry, record, entry, actor, step))


def _name_whom(registry: str, step: str, record: Any, entry: chains.ChainStep) -> str:
    """代录 naming nobody (or the clerk himself): the step done and whose it is, and where his
    name goes — the step's own person field (签发人, 核稿人 …) where it has one, else the
    window's 经办人; on the command line that field (签发人=姓名) or --person."""
    from officedesk.core import steps
    from officedesk.core.step_values import person_field_of

    who = _who(registry, record, entry)
    if _held_by(registry, step) == entry.step:  # 协调: the 签发人's
        done = text("%1应由%2办理", _whose(registry, step, entry), who)
    elif chain_name(registry, step) != entry.step:  # 退回修改: the waiting step's holder's
        done = text("这件待“%1”，“%2”应由%3办理", entry.step, step, who)
    else:
        done = text("“%1”应由%2办理", entry.step, who)
    field = person_field_of(steps.procedure(registry).find(step))
    where = (text("“%1”一栏（命令行：%2=姓名，或 --person 姓名）", field.label, Verbatim(field.label))
             if field is not None else text("“经办人”一栏（命令行：--person 姓名）"))
    return text("%1。代录时请写明代谁录入：%2。", done, where)


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
                or f"{_below(people[0].label, people[0].clearance, registry, record)}。")
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
                f"{_who(registry, record, entry)}办理。")
    holding = [p for p in people if holds(p, registry, record, entry)]
    if len(holding) > 1:
        return (f"有 {len(holding)} 位用户叫“{named}”，都可以办理“{entry.step}”："
                f"{namesakes(holding)}。请填写其中一位的用户名。")
    if holding:
        person = holding[0]
        return Capacity(ENTERED, person.label, person.username, person.position)
    below = next((p for p in people
                  if _in_post(p, registry, record, entry) and not cleared(p, registry, record)), None)
    if below is not None:
        return (f"{_below(below.label, below.clearance, registry, record)}。应由"
                f"{_who(registry, record, entry)}办理。")
    if _held_by(registry, step) == entry.step:  # 协调: the 签发人's
        return f"{named}不能“{step}”：{_whose(registry, step, entry)}应由{_who(registry, record, entry)}办理。"
    if chain_name(registry, step) != entry.step:  # a decision of the waiting step's holder
        return (f"{named}不能“{step}”：这件待“{entry.step}”，应由"
                f"{_who(registry, record, entry)}办理。")
    name = drafter(registry, record, entry)
    if name and any(fits_step(p, registry, record, entry) for p in people):
        # the reason he would be given himself (_not_yours), not “any 科员 may”
        return (f"{named}不能“{entry.step}”：这件已退回拟稿人{name}修改，应由其本人办理（或由其"
                f"代理人代理）；代录纸质修改稿时请写明拟稿人{name}。")
    return f"{named}不能“{entry.step}”：应由{_who(registry, record, entry)}办理。"


# 退回 (core.chain_returns), importable from here as before
from officedesk.core.chain_returns import returnable, send_back  # noqa: E402, F401
