"""代录 on `add` and import (also `import --history`) of an 信息 brought in a state after 待接收:
the row records the steps that led to it — 接收 and 初审 for 不采用; 编辑, 签发 and 编发 too for
已编发, and 上报 or 采用 after it — and its 领导批示. Whoever records a step that is not his own
records it for another (代录), refused without the right while the approval chains are in force
(state_facts.require_recorder), as the other registries' imports are.

A step is the actor's own as the step path judges it: 接收, 编发, 上报, 采用 are the 信息科's
(periodicals.publish_refusal); 初审, 编辑, 签发 the holders' of the 信息 chain's step (a 信息科
科员 does 初审 and 编辑, its 科长 or the 副主任 in charge of it 签发); a 批示 the leader's who gave
it. So a 信息科 科员 brings a 不采用 item himself, but an 已编发 one records the 科长's 签发."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from types import SimpleNamespace
from typing import Any

from officedesk.core import chains, state_facts
from officedesk.core.actor import Actor
from officedesk.core.context_values import bound
from officedesk.core.info import spec as S

_PUBLISHED = ("接收", "初审", "编辑", "签发", "编发")
# the state an import brings -> the steps its row records
STEPS_OF: dict[str, tuple[str, ...]] = {
    S.REJECTED: ("接收", "初审"),
    S.PUBLISHED: _PUBLISHED,
    S.SENT_UP: (*_PUBLISHED, "上报"),
    S.ADOPTED: (*_PUBLISHED, "采用"),
}
BLANKS = "状态、不采用理由、编发期号、上报级别、上报时间、采用情况、采用级别、领导批示"
# whether the chains are in force, read once for a batch import's check (`read_once`)
_enforced: ContextVar[bool | None] = ContextVar("info_chains_enforced", default=None)


@contextlib.contextmanager
def read_once() -> Iterator[None]:
    """A batch's check (core.info.report_batch.scope): chains.enforced read once, not a row
    (it asks the 岗位 table when the setting leaves it to them)."""
    with bound(_enforced, chains.enforced()):
        yield


def _in_force() -> bool:
    known = _enforced.get()
    return chains.enforced() if known is None else known


def _own_step(actor: Actor, step: str, item: Any) -> bool:
    """Whether the step path lets the actor do `step` of the item as his own."""
    from officedesk.core.chain_holders import fits_step
    from officedesk.core.info.periodicals import publish_refusal
    from officedesk.core.positions import post_of

    chain = chains.chain_for("info")
    entry = chain.find(step) if chain is not None else None
    if entry is None:  # a step of the 信息科 outside the chain
        return publish_refusal(actor) is None
    return fits_step(post_of(actor.username), "info", item, entry)


def _own_instruction(actor: Actor, person: str) -> bool:
    return bool(person) and person in (actor.label, actor.username, actor.display_name)


def others_steps(actor: Actor, values: dict[str, Any], leaders: list[str]) -> list[str]:
    """The steps the row records that are not the actor's own (in order; 批示 last)."""
    item = SimpleNamespace(**values)
    found = [step for step in STEPS_OF.get(str(values.get("state") or ""), ())
             if not _own_step(actor, step, item)]
    if any(not _own_instruction(actor, person) for person in leaders):
        found.append("批示")
    return found


def require(actor: Actor, values: dict[str, Any], leaders: list[str], given: bool,
            outcome_columns: set[str]) -> None:
    """Refuse the row (naming 状态, or the column its state or 批示 comes from) when it records
    steps of others and the actor may not record for them. `leaders`: the 批示's leaders;
    `outcome_columns`: the row's filled 采用情况 / 采用级别 / 领导批示 (by field name)."""
    if not _in_force():
        return
    others = others_steps(actor, values, leaders)
    if not others:
        return
    if others == ["批示"]:
        field = "instruction"
    elif given and state_facts.in_voided_row():  # 已作废 in its 状态: the state its columns show
        field = next((n for n in ("review_reason", "sent_level", "sent_at", "issue_label")
                      if values.get(n) not in (None, "")), "state")
    elif given:
        field = "state"
    else:  # a sheet without 状态: its 采用 makes 已采用
        field = next((n for n in ("adopted_level", "adopted") if n in outcome_columns), "state")
    state_facts.require_recorder(actor, "信息", str(values["state"]), field,
                                 "、".join(others), BLANKS)
