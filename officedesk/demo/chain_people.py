"""Who does each step of a demo 发文, as the office's own approval chain (逐级负责) gives it:
the people are read from the posts holding each chain step on the record (core's own rule,
chain_holders.holders), never named by hand, and the chain's steps are taken through
core.steps.perform — a 文书 with the 代录 right records each leader's step on paper for him —,
so the demo shows only what core lets a clerk do (科员 拟稿 → 本科室 科长 核稿 → 分管副主任
审核 → 主任 签发)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from officedesk.core import chains, read_once, steps
from officedesk.core.actor import ROLE_ADMIN, ROLE_CLERK, Actor
from officedesk.core.chain_holders import holders
from officedesk.core.positions import Post, all_posts

REGISTRY = "outgoing"


def _holders_of(step: str, record: Any) -> list[Post]:
    with read_once.reading():  # a question that writes nothing: the posts read once
        chain = chains.chain_for(REGISTRY, record)
        entry = chain.find(step) if chain is not None else None
        if entry is None or not chains.enforced():
            return []
        return holders(REGISTRY, record, entry)


def has_step(step: str, record: Any) -> bool:
    """The chain in force on the record has the step (审核 where the office keeps it)."""
    chain = chains.chain_for(REGISTRY, record)
    return chain is not None and chains.enforced() and chain.find(step) is not None


def drafter(draw: int, unit: str, kind: str, secrecy: str, fallback: str,
            recorder: str = "") -> str:
    """A 拟稿人 of `unit` cleared for the draft's 密级: one holding 拟稿 there but not 核稿 (the
    科长 checks his section's drafts, and nobody checks his own), nor the 文书 (`recorder`, who
    does the 复核); `draw` (a number the demo drew) says which. `fallback` when the office's
    posts give nobody (its chain not held)."""
    draft = SimpleNamespace(drafting_unit=unit, kind=kind, secrecy=secrecy, id=None)
    checkers = {p.username for p in _holders_of("核稿", draft)}
    people = [p.label for p in _holders_of("拟稿", draft)
              if p.username not in checkers and p.label != recorder]
    return people[draw % len(people)] if people else fallback


def holder(step: str, record: Any, fallback: str, besides: tuple[str, ...] = (),
           draw: int = 0) -> str:
    """A holder of the chain step on the record who is none of `besides` (its drafter): the
    科长 of the drafting unit for 核稿, the 副主任 in charge of it for 审核, the 主任 for 签发;
    `draw` says which where several hold it. `fallback` when the chain does not hold."""
    people = [p.label for p in _holders_of(step, record) if p.label not in besides]
    return people[draw % len(people)] if people else fallback


def recorder(default: Actor) -> Actor:
    """The 文书 who records the leaders' steps signed on paper (代录): a user of the office with
    that right, cleared as far as `default` (the demo's clerk); the demo's clerk as an
    administrator when the office has none."""
    post = next((p for p in all_posts() if p.proxy_entry and p.label == default.label
                 and p.clearance >= default.clearance), None) or next(
        (p for p in all_posts() if p.proxy_entry and p.clearance >= default.clearance), None)
    if post is None:
        return Actor(default.username, ROLE_ADMIN, default.clearance,
                     display_name=default.display_name)
    return Actor(post.username, post.role or ROLE_CLERK, post.clearance, display_name=post.label)


def perform(record: Any, step: str, values: dict[str, Any], actor: Actor) -> Any:
    """The chain step taken as a clerk takes it (core.steps.perform: its holder checked, his
    signature row written); the record as it is after."""
    from officedesk.core import records
    from officedesk.core import registry as registries

    steps.perform(REGISTRY, record.id, step, values, actor, version=record.version)
    return records.get(registries.get(REGISTRY), record.id, actor)
