"""逐级负责: nobody checks his own work (core.responsibility asks before every step it judges).

- The 拟稿人 of a 发文 (and whoever did its 修改 as 拟稿) does none of the steps after 拟稿 that
  check the draft: the chain's later steps (核稿, 审核, 签发 by default — every step after its
  first, as the office declares them) and the decisions of their holders (退回, 退回修改, 协调),
  and 复核 (条例第二十五条: the office's check after 签发) with its 退回复审 — not himself, not as
  someone's 代理, not named by a 代录 clerk; nor does a 代理 do them for him (his level would
  check his own draft).
- One person does not do two levels of a record's chain that the chain gives to different
  positions (核稿 处长、科长 and 签发 主任: two people meant) — typically a 副主任 who did 审核
  signing as the 主任's 代理. A chain that lets one position hold both levels (a small office's
  “审核 主任 / 签发 主任”, 信息 编辑 and 签发 by its 科长, 信访 处理 and 答复 by its 科长) means one
  person may, and is left alone.
"""

from __future__ import annotations

from typing import Any

from officedesk.core import chains
from officedesk.core.chain_holders import DRAFTERS, chain_name, in_post
from officedesk.core.positions import people_named
from officedesk.core.step_signs import ENTERED, RETURNED, SUBSTITUTE, Capacity, signs

# steps outside the chain that check the draft too, by the level they are judged as
OUTSIDE = {("outgoing", "复核"): "复核", ("outgoing", "退回复审"): "复核"}


def _who(cap: Capacity, actor: Any) -> list[tuple[str, str]]:
    """(用户名, 姓名) of those a step done in this capacity is the work of: the one doing it and,
    for a 代理, his principal; for 代录 the person named."""
    if cap.mode == ENTERED:
        return [(cap.username, cap.person)]
    people = [(actor.username, actor.label)]
    if cap.mode == SUBSTITUTE:
        people.append((cap.username, cap.person))
    return people


def _same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    if a[0] and b[0]:
        return a[0] == b[0]
    return bool(a[1]) and a[1] == b[1]


def _rows(registry: str, record: Any, rows: list[Any] | None = None) -> list[Any]:
    if rows is not None:
        return rows
    record_id = getattr(record, "id", None)
    return signs(registry, record_id) if record_id is not None else []


def _row_people(row: Any) -> list[tuple[str, str]]:
    if row.mode == ENTERED:
        return [("", row.person)]
    people = [(row.actor, row.actor_name)]
    if row.mode == SUBSTITUTE:
        people.append(("", row.person))
    return people


def _drafters(registry: str, record: Any, chain: chains.Chain | None,
              rows: list[Any] | None = None) -> list[tuple[str, str]]:
    """Who drafted the record: the field naming its drafter, and whoever did its first chain
    step again (修改 after a 退回)."""
    if chain is None or not chain.steps:
        return []
    first = chain.steps[0].step
    field = DRAFTERS.get((registry, first))
    if field is None:
        return []
    named = str(getattr(record, field, "") or "").strip()
    people = [_drafter_named(registry, record, chain.steps[0], named)] if named else []
    for row in _rows(registry, record, rows):
        if chain_name(registry, row.step) == first and row.mode != RETURNED:
            people += _row_people(row)
    return people


def _drafter_named(registry: str, record: Any, first: chains.ChainStep,
                   named: str) -> tuple[str, str]:
    """The user the 拟稿人 field means: of namesakes, the one who may draft it (a 科员 王伟 of
    the unit, not the 主任 王伟); by name alone when that does not tell."""
    people = people_named(named)
    fitting = [p for p in people if in_post(p, registry, record, first)] or people
    if len(fitting) == 1:
        return fitting[0].username, fitting[0].label
    return "", named


def _positions(entry: chains.ChainStep) -> set[str]:
    return {p for alt in entry.alts for p in alt.positions}


def concerns(registry: str, record: Any, rows: list[Any], names: set[str]) -> bool:
    """Whether `refusal` could refuse a step of this record to anyone `names` (用户名 and 姓名)
    are: one of them is named its drafter or signed one of its steps (`rows`, its signatures).
    A cheap test before it, for a list of many records (我的待办)."""
    drafted = {str(getattr(record, field, "") or "").strip()
               for (reg, _step), field in DRAFTERS.items() if reg == registry}
    return bool(drafted & names) or any(
        {row.actor, row.actor_name, row.person} & names for row in rows)


def refusal(registry: str, step: str, record: Any, level: str, actor: Any,
            cap: Capacity, rows: list[Any] | None = None) -> str | None:
    """Why this step (judged as the chain level `level`: the step it is, or whose decision it
    is; "" outside the chain) may not be done in this capacity on this record, or None.
    `rows`: the record's signatures, when the caller has read them."""
    if not chains.enforced():
        return None
    chain = chains.chain_for(registry, record)
    level = OUTSIDE.get((registry, step), level)
    if not level or chain is None:
        return None
    doing = _who(cap, actor)
    behalf = f"（代理{cap.person}）" if cap.mode == SUBSTITUTE else ""
    first = chain.steps[0].step if chain.steps else ""
    if level != first:
        for person in _drafters(registry, record, chain, rows):
            if any(_same(person, d) for d in doing):
                name = next((d[1] for d in doing if _same(person, d)), person[1])
                return (f"{name}是这件{_label(registry)}的拟稿人，不能“{step}”{behalf}："
                        f"{level}是对拟稿的把关，应由拟稿人以外的人办理。")
    entry = chain.find(level)
    if entry is None:
        return None
    for row in _rows(registry, record, rows):
        done = chain.find(chain_name(registry, row.step))
        if done is None or done.step == level or row.mode == RETURNED:
            continue
        if _positions(done) & _positions(entry):
            continue  # the chain lets one position hold both: one person may
        for person in _row_people(row):
            if any(_same(person, d) for d in doing):
                name = next(d[1] for d in doing if _same(person, d))
                return (f"{name}已“{done.step}”这件{_label(registry)}，不能再“{step}”{behalf}："
                        f"审批链中“{done.step}”和“{level}”由不同岗位把关，应由不同的人办理。")
    return None


def _label(registry: str) -> str:
    from officedesk.core import registry as registries

    return registries.get(registry).label
