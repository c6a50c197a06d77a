"""Who holds a chain step of a record (position, unit, cleared for its 密级), and which step of
its chain the record waits for now (read from the signature rows since the last 退回)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from officedesk.core import chains
from officedesk.core.actor import ROLE_READONLY
from officedesk.core.i18n import text
from officedesk.core.positions import Post, all_posts
from officedesk.core.step_signs import signs
from officedesk.store.chain import StepSign


@dataclass(frozen=True)
class SectionAlt(chains.Alt):
    """Any user of the alternative's unit, whatever his post: the unit's own work."""

    def describe(self, unit: str = "", charge: str = "") -> str:
        named = (unit or text("本单位")) if self.scope == chains.SCOPE_OWN else self.scope
        return text("%1的人员", named)


def side_entry(chain: chains.Chain, spec: Any) -> chains.ChainStep | None:
    """Who holds a step outside the chain, as its StepSpec declares: the holders of the chain
    step it is `held_by` (协调: the 签发人's), or any user of the unit the chain step it is the
    `section_of` names (告知 of a 信访: the 信访科 of 处理; an alternative naming no unit, or
    the unit's leaders in charge (@分管), keeps its own holders); None: nobody in particular."""
    if spec.held_by:
        return chain.find(spec.held_by)
    entry = chain.find(spec.section_of) if spec.section_of else None
    if entry is None:
        return None
    alts = tuple(SectionAlt(a.positions, a.scope) if a.scope and a.scope != chains.SCOPE_CHARGE
                 else a for a in entry.alts)
    return chains.ChainStep(spec.name, alts, entry.days)


def names_decider(spec: Any) -> bool:
    """A `section_of` step whose own field names whose decision it is (延期's 批准人, 转督查's
    批示领导, core.step_values.person_field_of): the unit does it, and the person it names is
    judged as outside the chain (himself, or 代录 of his decision), not as one of the unit."""
    from officedesk.core.step_values import person_field_of

    return bool(spec is not None and spec.section_of and person_field_of(spec) is not None)


def fits(post: Post, alt: chains.Alt, registry: str, record: Any) -> bool:
    if post.position not in alt.positions and not isinstance(alt, SectionAlt):
        return False
    if not alt.scope:
        return True
    if alt.scope not in (chains.SCOPE_OWN, chains.SCOPE_CHARGE):
        return same_unit(post.unit, alt.scope)
    unit = chains.unit_of(registry, record)
    if not unit:
        # no unit to judge by: nobody's (unit_missing says so), except the leader the 拟办意见
        # sends a 收文 to before it has its 承办单位
        return alt.scope == chains.SCOPE_CHARGE and \
            chains.routing_names(registry, record, post.name, post.position)
    if alt.scope == chains.SCOPE_OWN:
        return same_unit(post.unit, unit)
    return any(same_unit(charge, unit) for charge in post.in_charge)


def judged(registry: str, record: Any, entry: chains.ChainStep,
           decision: bool = False) -> chains.ChainStep:
    """The step as it can be judged on this record. A record without its unit: the chain's
    first step (拟稿, and 修改 after a 退回) is where the unit is written, and a decision to send
    the record back (`decision`: 退回修改 of a draft 核稿'd before the chain held) is how it gets
    one — both by position alone; every other step bound to the unit holds nobody."""
    if not entry.bound_to_unit:
        return entry
    if chains.unit_of(registry, record):
        # a unit nobody holds the first step of (a typo kept from before, a unit without staff):
        # 修改 is judged by position alone, so the unit can still be corrected
        if decision or not _first_step(registry, record, entry) or _held(registry, record, entry):
            return entry
    elif not decision and not _first_step(registry, record, entry):
        return entry
    return chains.ChainStep(entry.step, tuple(chains.Alt(a.positions) for a in entry.alts),
                            entry.days)


def _first_step(registry: str, record: Any, entry: chains.ChainStep) -> bool:
    chain = chains.chain_for(registry, record)
    return chain is not None and bool(chain.steps) and chain.steps[0].step == entry.step


def _held(registry: str, record: Any, entry: chains.ChainStep) -> bool:
    """Someone's post fits the step on this record by position and unit."""
    return any(fits(post, alt, registry, record) for post in all_posts() for alt in entry.alts)


def unit_missing(registry: str, record: Any, entry: chains.ChainStep) -> bool:
    """Nobody can hold the step on this record: each alternative is bound to the record's unit
    and it has none (and no 拟办意见 may name the leader instead)."""
    if chains.unit_of(registry, record):
        return False
    routed = registry in chains.ROUTING_FIELDS
    return all(a.scope == chains.SCOPE_OWN or (a.scope == chains.SCOPE_CHARGE and not routed)
               for a in entry.alts)


def in_post(post: Post | None, registry: str, record: Any, entry: chains.ChainStep) -> bool:
    """The post's 职务 and unit fit the step on this record (whatever his 密级 and role)."""
    return post is not None and any(fits(post, alt, registry, record)
                                    for alt in judged(registry, record, entry).alts)


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


def fits_step(post: Post | None, registry: str, record: Any, entry: chains.ChainStep) -> bool:
    """The post holds the step on this record: position and unit, cleared for its 密级, and a
    user who may write (a 只读 account in the post holds no step)."""
    return (post is not None and post.role != ROLE_READONLY and cleared(post, registry, record)
            and in_post(post, registry, record, entry))


# 逐级负责: a draft sent back to its chain's first step is its own drafter's to rework (the field
# naming him), not any 科员 or the 科长 of the unit — his 代理 does it for him, a 代录 clerk names him
DRAFTERS = {("outgoing", "拟稿"): "drafter"}


def _drafter_named(registry: str, record: Any, entry: chains.ChainStep) -> str:
    field = DRAFTERS.get((registry, entry.step))
    return str(getattr(record, field, "") or "").strip() if field else ""


def _sent_back_to(registry: str, record: Any, entry: chains.ChainStep,
                  rows: list[StepSign] | None) -> bool:
    """The record was sent back to this step and it is not done again yet."""
    target, done = _progress(registry, signs(registry, record.id) if rows is None else rows)
    return target == entry.step and entry.step not in done


def drafter(registry: str, record: Any, entry: chains.ChainStep,
            rows: list[StepSign] | None = None) -> str:
    """The one person a draft sent back to this step waits for: its drafter (拟稿人), while he
    holds the step; "" when anyone holding it may do it (not sent back, no drafter named, or
    he holds it no more — not a user, another unit, below its 密级 — so it stays the unit's)."""
    name = _drafter_named(registry, record, entry)
    if not name or not _sent_back_to(registry, record, entry, rows):
        return ""
    return name if any(p.label == name for p in _holders(registry, record, entry)) else ""


def holds(post: Post | None, registry: str, record: Any, entry: chains.ChainStep,
          rows: list[StepSign] | None = None) -> bool:
    """The post holds the step on this record as it waits now: it fits the step, and a draft
    sent back is its drafter's (`drafter`). `rows`: the record's signature rows, if read."""
    if not fits_step(post, registry, record, entry):
        return False
    assert post is not None
    name = _drafter_named(registry, record, entry)
    return not name or post.label == name or not drafter(registry, record, entry, rows)


def _holders(registry: str, record: Any, entry: chains.ChainStep) -> list[Post]:
    return [p for p in all_posts() if fits_step(p, registry, record, entry)]


def holders(registry: str, record: Any, entry: chains.ChainStep,
            rows: list[StepSign] | None = None) -> list[Post]:
    """Who holds the step on this record now (`holds`), in the order of the users."""
    posts = _holders(registry, record, entry)
    name = _drafter_named(registry, record, entry)
    if name and any(p.label == name for p in posts) and _sent_back_to(registry, record, entry, rows):
        return [p for p in posts if p.label == name]
    return posts


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


def _progress(registry: str, rows: list[StepSign]) -> tuple[str | None, set[str]]:
    """(the step of the last 退回, chain steps done since then). A step that takes the record
    back to the state a step done since was done from undoes that step: 删除任务 of a 督查事项's
    last task (办理中 → 待交办) undoes its 分解, which it then waits for again."""
    target: str | None = None
    done: dict[str, str] = {}  # step done -> the state it was first done from
    for row in rows:
        if row.returned_to:
            target, done = row.returned_to, {}
            continue
        if row.state_to and row.state_to != row.state_from:
            done = {step: state for step, state in done.items() if state != row.state_to}
        done.setdefault(chain_name(registry, row.step), row.state_from or "")
    return target, set(done)


def open_entry(proc: Any, chain: chains.Chain, record: Any,
               rows: list[StepSign] | None = None) -> chains.ChainStep | None:
    """The chain step the record waits for now, or None (not in the chain's part)."""
    from officedesk.core import steps

    state = steps.state_of(proc, record)
    for entry, spec in _left(proc, chain, record, rows):
        if state in (spec.waits_in or spec.states) and (spec.when is None or not spec.when(record)):
            return entry
    return None


def deciding_entry(proc: Any, chain: chains.Chain, record: Any,
                   rows: list[StepSign] | None = None) -> chains.ChainStep | None:
    """The chain step whose holder decides on the record now (退回修改, StepSpec.decides_waiting):
    the one it waits for; at a stage outside the chain (a 发文 out for 会签, or held at 已会签 by
    an open 不同意) the next one it goes on to — else anyone who may see it would decide."""
    entry = open_entry(proc, chain, record, rows)
    return entry or next((e for e, _spec in _left(proc, chain, record, rows)), None)


def _left(proc: Any, chain: chains.Chain, record: Any,
          rows: list[StepSign] | None) -> list[tuple[chains.ChainStep, Any]]:
    """The chain's steps still to do on the record, in order, each with its StepSpec."""
    rows = signs(proc.registry, record.id) if rows is None else rows
    target, done = _progress(proc.registry, rows)
    left = []
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
        if entry.step not in done:
            left.append((entry, spec))
    return left


def waiting_step(registry: str, record: Any, deciding: bool = False) -> str:
    """The chain step the record waits for now ("" outside the chain): where a 退回 comes from;
    `deciding`: for a decision of its holder, the step it goes on to (`deciding_entry`)."""
    from officedesk.core import steps

    chain = chains.chain_for(registry, record)
    if chain is None:
        return ""
    entry = (deciding_entry if deciding else open_entry)(steps.procedure(registry), chain, record)
    return entry.step if entry is not None else ""


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
