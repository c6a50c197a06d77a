"""Who holds a chain step of a record (position, unit, cleared for its 密级), and which step of
its chain the record waits for now (read from the signature rows since the last 退回)."""

from __future__ import annotations

from typing import Any

from officedesk.core import chains
from officedesk.core.actor import ROLE_READONLY
from officedesk.core.positions import Post, all_posts
from officedesk.core.step_signs import signs
from officedesk.store.chain import StepSign


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


def fits_step(post: Post | None, registry: str, record: Any, entry: chains.ChainStep) -> bool:
    """The post holds the step on this record: position and unit, cleared for its 密级, and a
    user who may write (a 只读 account in the post holds no step)."""
    return (post is not None and post.role != ROLE_READONLY and cleared(post, registry, record)
            and any(fits(post, alt, registry, record) for alt in entry.alts))


def holders(registry: str, record: Any, entry: chains.ChainStep) -> list[Post]:
    return [p for p in all_posts() if fits_step(p, registry, record, entry)]


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


def waiting_step(registry: str, record: Any) -> str:
    """The chain step the record waits for now ("" outside the chain): where a 退回 comes from."""
    from officedesk.core import steps

    chain = chains.chain_for(registry, record)
    if chain is None:
        return ""
    entry = open_entry(steps.procedure(registry), chain, record)
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
