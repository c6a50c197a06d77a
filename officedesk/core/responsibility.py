"""逐级负责 held: who may do a chain step, in what capacity (本人 / 代录 / 代理), the signature
row each performed step leaves, 退回 to an earlier step, and where each record waits now.

core.steps calls `refusal` (may this actor do it at all) and `capacity` (with the person the
step names) before a step, and `sign` inside the step's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from officedesk.core import chains, clock
from officedesk.core.actor import CLI_ACTOR, Actor, clearance_label, secrecy_label
from officedesk.core.positions import (
    Post,
    all_posts,
    find_person,
    may_record_for_others,
    post_of,
    principals_of,
)
from officedesk.store.chain import StepSign
from officedesk.store.db import guarded

SELF, ENTERED, SUBSTITUTE, RETURNED = "本人", "代录", "代理", "退回"


@dataclass(frozen=True)
class Capacity:
    mode: str  # 本人 / 代录 / 代理
    person: str  # whose step it is (the name printed as signer's principal)
    username: str = ""  # that person's account, when he has one
    position: str = ""


def is_cli(actor: Actor) -> bool:
    return actor.user_id is None and actor.username == CLI_ACTOR.username


def fits(post: Post, alt: chains.Alt, registry: str, record: Any) -> bool:
    if post.position not in alt.positions:
        return False
    if not alt.scope:
        return True
    unit = chains.unit_of(registry, record)
    if alt.scope == chains.SCOPE_OWN:
        return not unit or same_unit(post.unit, unit)
    if alt.scope == chains.SCOPE_CHARGE:
        return not unit or any(same_unit(charge, unit) for charge in post.in_charge)
    return same_unit(post.unit, alt.scope)


def same_unit(a: str, b: str) -> bool:
    """县委办公室秘书科 is 秘书科: a chain may name a section by its short name."""
    a, b = a.strip(), b.strip()
    if not a or not b:
        return False
    return a == b or (len(b) >= 2 and a.endswith(b)) or (len(a) >= 2 and b.endswith(a))


def level(registry: str, record: Any) -> int:
    """The record's 密级 (0 非密 … 3 绝密)."""
    from officedesk.core import records
    from officedesk.core import registry as registries

    return records.level_of(registries.get(registry), record)


def cleared(post: Post, registry: str, record: Any) -> bool:
    """The post's holder may see the record: a step of it is never his otherwise."""
    return level(registry, record) <= post.clearance


def _in_post(post: Post | None, registry: str, record: Any, entry: chains.ChainStep) -> bool:
    return post is not None and any(fits(post, alt, registry, record) for alt in entry.alts)


def fits_step(post: Post | None, registry: str, record: Any, entry: chains.ChainStep) -> bool:
    """The post holds the step on this record: position and unit, and cleared for its 密级."""
    return (post is not None and cleared(post, registry, record)
            and any(fits(post, alt, registry, record) for alt in entry.alts))


def holders(registry: str, record: Any, entry: chains.ChainStep) -> list[Post]:
    return [p for p in all_posts() if fits_step(p, registry, record, entry)]


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


def chain_name(registry: str, step: str) -> str:
    """The chain's name of a step (修改 is 拟稿 again after a 退回)."""
    for (reg, name), alias in chains.ALIASES.items():
        if reg == registry and alias == step:
            return name
    return step


def step_name(registry: str, entry: str) -> str:
    return chains.ALIASES.get((registry, entry), entry)


def in_chain(registry: str, step: str, record: Any) -> bool:
    """The approval chain that applies to the record has this step (修改 counts as 拟稿): its
    holder may sign on paper and have a clerk record it for him (代录)."""
    chain = chains.chain_for(registry, record)
    return chain is not None and chain.find(chain_name(registry, step)) is not None


# ---------------------------------------------------------------- progress along the chain


def signs(registry: str, record_id: int) -> list[StepSign]:
    with guarded("读取办理记录"):
        return list(StepSign.select().where((StepSign.registry == registry)
                                            & (StepSign.record_id == record_id))
                    .order_by(StepSign.id))


def _progress(registry: str, rows: list[StepSign]) -> tuple[str | None, set[str]]:
    """(the step of the last 退回, chain steps done since then)."""
    target: str | None = None
    done: set[str] = set()
    for row in rows:
        if row.returned_to:
            target, done = row.returned_to, set()
        else:
            done.add(chain_name(registry, row.step))
    return target, done


def open_entry(proc: Any, chain: chains.Chain, record: Any,
               rows: list[StepSign] | None = None) -> chains.ChainStep | None:
    """The chain step the record waits for now, or None (not in the chain's part)."""
    from officedesk.core import steps

    rows = signs(proc.registry, record.id) if rows is None else rows
    target, done = _progress(proc.registry, rows)
    state = steps.state_of(proc, record)
    for index, entry in enumerate(chain.steps):
        name = step_name(proc.registry, entry.step)
        spec = next((s for s in proc.steps if s.name == name), None)
        if spec is None:
            continue  # a step this procedure does not have: shown, not held
        if target is None:
            if index == 0 and name != entry.step:
                continue  # 拟稿 (done again by 修改): done at creation until sent back to it
        elif index < chain.index(target):
            continue
        if entry.step in done:
            continue
        if state in (spec.waits_in or spec.states) and (spec.when is None or not spec.when(record)):
            return entry
    return None


# ---------------------------------------------------------------- may this actor do it


def _context(registry: str, step: str, record: Any) -> tuple[Any, chains.Chain | None,
                                                           chains.ChainStep | None]:
    from officedesk.core import steps

    proc = steps.procedure(registry)
    chain = chains.chain_for(registry, record)
    entry = chain.find(chain_name(registry, step)) if chain is not None else None
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
            return f"{named}不能“{entry.step}”：应由{_who(registry, record, entry)}办理。"
        return Capacity(ENTERED, person.label, person.username, person.position)
    if not me:
        return f"只有有代录权限的用户可以代他人录入“{entry.step}”；请本人办理，或请管理员授予代录权限。"
    return _not_cleared_for(actor, registry, record, entry) or _not_yours(registry, record, entry, actor)


def sign(registry: str, record: Any, step: str, actor: Actor, cap: Capacity, *,
         state_from: str, state_to: str, paper_date: dt.date | None = None,
         returned_to: str = "", reason: str = "", returned_from: str = "") -> StepSign:
    """The signature row of a performed step (inside the step's transaction); a 退回 names the
    step it was sent back from (`returned_from`, read by `waiting_step` before the step ran)."""
    returned_to = returned_to or chains.RETURN_STEPS.get((registry, step), "")
    return StepSign.create(
        history_id=_history_row(registry, record.id, step), audit_id=_audit_row(registry, record.id),
        registry=registry, record_id=record.id, step=step,
        mode=RETURNED if returned_to else cap.mode,
        actor=actor.username, actor_name=actor.label, person=cap.person,
        position=cap.position, at=clock.now(),
        paper_date=paper_date if cap.mode == ENTERED else None,
        returned_to=returned_to, returned_from=returned_from if returned_to else "",
        reason=reason, state_from=state_from, state_to=state_to)


def is_return(registry: str, step: str) -> bool:
    return step == RETURNED or (registry, step) in chains.RETURN_STEPS


def waiting_step(registry: str, record: Any) -> str:
    """The chain step the record waits for now ("" outside the chain): where a 退回 comes from."""
    from officedesk.core import steps

    chain = chains.chain_for(registry, record)
    if chain is None:
        return ""
    entry = open_entry(steps.procedure(registry), chain, record)
    return entry.step if entry is not None else ""


def _audit_row(registry: str, record_id: int) -> int | None:
    """The audit entry this step just wrote for the record (the newest), for the history."""
    from officedesk.store.models import AuditEntry

    row = (AuditEntry.select(AuditEntry.id).where((AuditEntry.registry == registry)
                                                  & (AuditEntry.record_id == record_id))
           .order_by(AuditEntry.id.desc()).first())
    return row.id if row is not None else None


def _history_row(registry: str, record_id: int, step: str) -> int | None:
    """The record's 办理过程 row this step just wrote (its id), to mark it 代录 / 代理."""
    if registry == "petitions":  # the newest 办理 row no earlier signature has claimed
        from officedesk.store.petitions import PetitionStep

        newest = (PetitionStep.select(PetitionStep.id).where(PetitionStep.petition == record_id)
                  .order_by(PetitionStep.id.desc()).first())
        claimed = StepSign.select().where((StepSign.registry == registry)
                                          & (StepSign.history_id == newest.id)).exists() \
            if newest is not None else True
        return None if claimed or newest is None else newest.id
    if registry not in ("incoming", "outgoing"):
        return None
    from officedesk.store.documents import DocStep

    row = (DocStep.select(DocStep.id).where((DocStep.registry == registry)
                                            & (DocStep.record_id == record_id)
                                            & (DocStep.step == step))
           .order_by(DocStep.id.desc()).first())
    return row.id if row is not None else None


def history_marks(registry: str, record_id: int) -> dict[int, str]:
    """办理过程 row id -> how it was done when not by the holder himself: （代录：周文书）."""
    marks = {}
    for row in signs(registry, record_id):
        if row.history_id and row.mode == ENTERED:
            marks[row.history_id] = f"（{ENTERED}：{row.actor_name}）"
        elif row.history_id and row.mode == SUBSTITUTE:
            marks[row.history_id] = f"（{SUBSTITUTE}{row.person}）"
    return marks


def audit_marks(registry: str, record_id: int) -> dict[int, str]:
    """audit entry id -> how its step was done when not by the holder himself (sign_text)."""
    return {row.audit_id: sign_text(row) for row in signs(registry, record_id)
            if row.audit_id and row.mode in (ENTERED, SUBSTITUTE)}


def signer(registry: str, record_id: int, step: str, name: str = "") -> str:
    """Who did the step as a paper shows it: the name, or 代录 / 代理 with who, when and the
    paper's date (sign_text); `name` when the step left no signature."""
    row = last_sign(registry, record_id, step)
    if row is None:
        return name
    return sign_text(row) if row.mode in (ENTERED, SUBSTITUTE) else (row.actor_name or name)


def sign_text(row: StepSign) -> str:
    """How a signature reads on paper and in the history: 王主任（代录：文书李四 2026-11-20）."""
    if row.mode == ENTERED:
        paper = f"，纸质件日期 {row.paper_date.isoformat()}" if row.paper_date else ""
        return f"{row.person or '（未注明）'}（代录：{row.actor_name} {row.at:%Y-%m-%d %H:%M}{paper}）"
    if row.mode == SUBSTITUTE:
        return f"{row.actor_name}（代理{row.person}）"
    if row.mode == RETURNED:
        return f"{row.actor_name} 退回至“{row.returned_to}”：{row.reason}"
    return row.actor_name


def last_sign(registry: str, record_id: int, step: str) -> StepSign | None:
    with guarded("读取办理记录"):
        return (StepSign.select().where((StepSign.registry == registry)
                                        & (StepSign.record_id == record_id)
                                        & (StepSign.step == step))
                .order_by(StepSign.id.desc()).first())


def chain_step_closed(registry: str, record: Any, step: str) -> str | None:
    """A step that exists only through the chain (审核): why it is not open now, or None."""
    chain = chains.chain_for(registry, record)
    if chain is None or chain.find(step) is None or not chains.enforced():
        return f"审批链中没有“{step}”这一步（或审批链未启用）。"
    if done_since_return(registry, record.id, step):
        return f"本轮已经{step}。"
    return None


def done_since_return(registry: str, record_id: int, step: str) -> bool:
    _target, done = _progress(registry, signs(registry, record_id))
    return chain_name(registry, step) in done


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
              reason: str) -> dict[str, Any]:
    """退回: the record goes back to the state in which `target` is done; the signature row
    written by the runner (returned_to) restarts the chain there."""
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
    saved = records.save_changes(spec, record, {proc.state_field: state_to}, version, actor,
                                 action="step",
                                 summary=f"{spec.label}退回至“{target}”：{reason.strip()[:60]}")
    if registry in ("incoming", "outgoing"):
        from officedesk.core.documents.common import add_step

        add_step(registry, saved, "退回", state_from, state_to, actor,
                 opinion=f"退回至“{target}”：{reason.strip()}")
    return {"退回至": target}


def note_step(registry: str, record_id: int, version: int, actor: Actor, step: str,
              opinion: str, person: str = "") -> dict[str, Any]:
    """A chain step that moves no state (审核): the record's version, audit and history."""
    from officedesk.core import records
    from officedesk.core import registry as registries

    spec = registries.get(registry)
    record = records.get(spec, record_id, actor)
    saved = records.save_changes(spec, record, {}, version, actor, action="step",
                                 summary=f"{spec.label}{step}：{opinion.strip()[:60] or '同意'}")
    if registry in ("incoming", "outgoing"):
        from officedesk.core.documents.common import add_step

        add_step(registry, saved, step, record.state, record.state, actor, person.strip(),
                 opinion=opinion.strip() or "同意")
    return {}


def returns_count(registry: str | None = None, start: dt.date | None = None,
                  end: dt.date | None = None) -> int:
    """How many times work was sent back (退回, 退回修改) — for the 效能 figures."""
    query = StepSign.select().where(StepSign.returned_to != "")
    if registry:
        query = query.where(StepSign.registry == registry)
    if start:
        query = query.where(StepSign.at >= dt.datetime.combine(start, dt.time()))
    if end:
        query = query.where(StepSign.at < dt.datetime.combine(end + dt.timedelta(days=1),
                                                                dt.time()))
    with guarded("统计退回"):
        return query.count()


def returns_of(registry: str, record_id: int) -> int:
    return sum(1 for row in signs(registry, record_id) if row.returned_to)
