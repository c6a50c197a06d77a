"""我的待办: the chain steps waiting for one user (by his 岗位, his 分管 scope, and those he
stands in for as 代理), the steps outside the chain that are his unit's work and have a time
limit running (告知 and 办理 of a 信访: the 信访科's, StepSpec.section_of and awaited_due), and
what he sent on and is waiting for.

The 工作台 shows these first after log-in, then the office's overview (core.dashboard) for
those allowed to see it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from officedesk.core import (
    chains,
    clock,
    dashboard,
    read_once,
    records,
    self_check,
    settings,
    workdays,
)
from officedesk.core import registry as registries
from officedesk.core.actor import Actor
from officedesk.core.chain_holders import DRAFTERS, SectionAlt, side_entry
from officedesk.core.i18n import text
from officedesk.core.positions import (
    POSITIONS,
    Post,
    position_table,
    post_of,
    principals_of,
    split_names,
)
from officedesk.core.responsibility import (
    SELF,
    SUBSTITUTE,
    Capacity,
    chain_name,
    holders,
    holds,
    open_entry,
    same_unit,
)
from officedesk.store.chain import StepSign
from officedesk.store.db import guarded

OVERVIEW = settings.declare(
    "chain.overview_positions", str, "主任、副主任、秘书长、副秘书长", "可看全办待办概况的职务",
    chains.GROUP, help="这些职务、管理员和有代录权限的文书在工作台上还能看到全办的待办概况。")

settings.list_check(OVERVIEW.key, "职务", max_length=30)
settings.list_within(OVERVIEW.key, POSITIONS.key, split_names,
                     lambda table: split_names(str(table).replace(" ", "\n")))  # position_table()


@settings.between(POSITIONS.key, OVERVIEW.key, when=(POSITIONS.key,))
def _overview_posts_kept(table: Any, overview: Any) -> str | None:
    """A post the overview lists stays in the 职务表 (taken out of both at once, it goes)."""
    kept = split_names(str(table).replace(" ", "\n"))
    gone = [p for p in split_names(str(overview)) if p not in kept and p in position_table()]
    if not gone:
        return None
    return (f"设置“{POSITIONS.label}”：不能去掉“{'、'.join(gone)}”，设置“{OVERVIEW.label}”中有。"
            "请先从该设置中去掉，或两项一起修改。")

RED, YELLOW, GREEN = "red", "yellow", "green"
SENT_ON_LIMIT = 500  # the user's latest steps looked at for 我已送出
LIGHT_COLORS = {RED: "#e74c3c", YELLOW: "#f1c40f", GREEN: "#27ae60"}
LIGHT_LABELS = {RED: "已超时", YELLOW: "今日到期", GREEN: "未到期"}


@dataclass(frozen=True)
class WorkItem:
    registry: str
    registry_label: str
    record_id: int
    title: str
    step: str  # the chain step waiting
    who: str  # who is to do it (岗位 in words)
    since: dt.date  # since when it waits
    due: dt.date | None  # the step's time limit, in working days from `since`
    on_behalf: str = ""  # 代理: whose step the user does
    waiting_for: str = ""  # sent on: the names of those who hold it now
    # a limit to the minute (a 突发事件's report, due within hours), and when it turns yellow
    due_at: dt.datetime | None = None
    soon_at: dt.datetime | None = None

    def light(self, today: dt.date, now: dt.datetime | None = None) -> str:
        if self.due_at is not None:
            moment = now or clock.now()
            if moment > self.due_at:
                return RED
            return YELLOW if self.soon_at is not None and moment >= self.soon_at else GREEN
        if self.due is None or self.due > today:
            return GREEN
        return YELLOW if self.due == today else RED

    def status(self, today: dt.date, now: dt.datetime | None = None) -> str:
        """The 状态 cell: a limit to the minute as it stands (剩 40 分钟, 已超 2 小时 15 分钟),
        else the light's word (已超时, 今日到期, 未到期)."""
        if self.due_at is not None:
            return dashboard.time_left(self.due_at, now or clock.now())
        return LIGHT_LABELS[self.light(today)]

    def due_text(self) -> str:
        """The 期限 cell: the limit to the minute (2026-11-02 09:30), else its day
        (2027-01-05（暂按） in a year whose holidays are not known yet)."""
        if self.due_at is not None:
            return self.due_at.strftime("%Y-%m-%d %H:%M")
        return workdays.shown(self.due) if self.due is not None else ""

    @property
    def urgency(self) -> tuple[tuple[int, dt.datetime], str, int]:
        """Its place in 我的待办: core.dashboard.urgency (the clocks first), then registry, id."""
        return dashboard.urgency(self.due, self.due_at), self.registry, self.record_id


def _moved_on(registry: str, chain: chains.Chain | None, rows: list[StepSign]) -> list[StepSign]:
    """The signatures that moved the record along: chain steps, 退回, and steps that changed its
    state — not a side step (催办, 延期, 反馈) done while it waits."""
    return [r for r in rows
            if r.returned_to or (r.state_from or "") != (r.state_to or "")
            or (chain is not None and chain.find(chain_name(registry, r.step)) is not None)]


def _since(proc: Any, record: Any, entry: chains.ChainStep, rows: list[StepSign]) -> dt.date:
    """The day the step before it was done: the day the step records (its paper's date,
    --on), not the day it was entered; or, later, the day a fact of the record made the step
    due (StepSpec.due_from: a 信访's 登记日期, a 督查事项's 立项日期 or last 任务办结 …). Without a
    signature (a record entered or imported at this state, or moved on by a core function):
    that fact alone; without either, the day it was entered — an edit since does not restart
    the wait."""
    name = chains.ALIASES.get((proc.registry, entry.step), entry.step)
    step = next((s for s in proc.steps if s.name == name), None)
    fact = step.due_from(record) if step is not None and step.due_from is not None else None
    moved = _moved_on(proc.registry, chains.chain_for(proc.registry, record), rows)
    if moved:
        since = moved[-1].paper_date or moved[-1].at.date()
        return max(since, fact) if fact is not None else since
    if fact is not None:
        return fact
    stamp = getattr(record, "created_at", None) or getattr(record, "updated_at", None)
    return stamp.date() if isinstance(stamp, dt.datetime) else clock.today()


def _may_fit(posts: list[Post] | None, entry: chains.ChainStep, registry: str = "") -> bool:
    """Whether any of `posts` could hold the step on some record (position and named unit;
    本单位 and 分管 of a registry that is all one section's work: that section)."""
    if posts is None:
        return True
    own = chains.own_unit(registry)

    def scope_fits(post: Post, scope: str) -> bool:
        if scope == chains.SCOPE_OWN:
            return not own or same_unit(post.unit, own)
        if scope == chains.SCOPE_CHARGE:
            return not own or any(same_unit(unit, own) for unit in post.in_charge)
        return not scope or same_unit(post.unit, scope)

    return any((post.position in alt.positions or isinstance(alt, SectionAlt))
               and scope_fits(post, alt.scope) for post in posts for alt in entry.alts)


def _waiting(actor: Actor, posts: list[Post] | None = None,
             only: dict[str, set[int]] | None = None
             ) -> list[tuple[Any, Any, Any, Any, list[StepSign]]]:
    """Records now waiting at a chain step: (proc, spec, record, entry, signature rows). Only
    the states of steps `posts` could hold, and only the ids in `only`, when given — so a
    科员's 待办 does not read the 信访 registry at all."""
    from officedesk.core import steps

    result = []
    for registry in chains.registries():
        if only is not None and not only.get(registry):
            continue
        proc = steps.procedure(registry)
        spec = registries.get(registry)
        names = set()
        for variant in chains.variants(registry):
            text = chains.chain_text(registry, variant)
            for line in chains.parse_chain(text):
                if _may_fit(posts, line, registry):
                    names.add(chains.ALIASES.get((registry, line.step), line.step))
        states = sorted({state for s in proc.steps if s.name in names for state in s.states})
        if not states:
            continue
        filters = [records.Filter(proc.state_field, "in", states)]
        if only is not None:
            filters.append(records.Filter("id", "in", sorted(only[registry])))
        for record, signs in _listed(spec, actor, filters):
            chain = chains.chain_for(registry, record)
            if chain is None:
                continue
            entry = open_entry(proc, chain, record, signs)
            if entry is not None:
                result.append((proc, spec, record, entry, signs))
    return result


def _listed(spec: Any, actor: Actor, filters: list[records.Filter]
            ) -> Iterator[tuple[Any, list[StepSign]]]:
    """The records of `spec` that `actor` may see and `filters` take, each with its signature
    rows, read in bulk."""
    ids = records.list_ids(spec, actor, filters)
    if not ids:
        return
    rows_by_id = _signatures(spec.name, ids)
    fetched = records.fetch(spec, ids)
    for record_id in ids:
        record = fetched.get(record_id)
        if record is not None:
            yield record, rows_by_id[record_id]


def _signatures(registry: str, ids: list[int]) -> dict[int, list[StepSign]]:
    """The signature rows of these records, each record's in order, read 500 ids at a time."""
    rows_by_id: dict[int, list[StepSign]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        with guarded("读取待办"):
            for row in StepSign.select().where((StepSign.registry == registry)
                                               & StepSign.record_id.in_(chunk)) \
                    .order_by(StepSign.id):
                rows_by_id[row.record_id].append(row)
    return rows_by_id


def _side_waiting(actor: Actor, posts: list[Post]
                  ) -> list[tuple[Any, Any, Any, chains.ChainStep, list[StepSign], dt.date]]:
    """Records waiting for a step outside the chain that is a unit's work (StepSpec.section_of:
    告知 and 办理 of a 信访, the 信访科's) and has a time limit running (StepSpec.awaited_due):
    (proc, spec, record, the step as its holders are judged, signature rows, its deadline).
    Only the states of the steps `posts` could hold, of the records `actor` may see."""
    from officedesk.core import steps

    result = []
    for registry in chains.registries():
        proc = steps.procedure(registry)
        side = [s for s in proc.steps if s.section_of and s.awaited_due is not None]
        fitting = [s for s in side for variant in chains.variants(registry)
                   if (entry := side_entry(chains.Chain(registry, variant, chains.parse_chain(
                       chains.chain_text(registry, variant))), s)) is not None
                   and _may_fit(posts, entry, registry)]
        states = sorted({state for s in fitting for state in (s.waits_in or s.states)})
        if not states:
            continue
        spec = registries.get(registry)
        for record, signs in _listed(spec, actor, [records.Filter(proc.state_field, "in", states)]):
            found = _awaited(proc, record, list(dict.fromkeys(fitting)))
            if found is not None:
                result.append((proc, spec, record, found[0], signs, found[1]))
    return result


def _awaited(proc: Any, record: Any, side: list[Any] | None = None
             ) -> tuple[chains.ChainStep, dt.date] | None:
    """The step outside the chain (of `side`, default: all the unit's steps with a time limit)
    the record waits for in its state — as its holders are judged — and its deadline; or None."""
    from officedesk.core import steps

    if side is None:
        side = [s for s in proc.steps if s.section_of and s.awaited_due is not None]
    chain = chains.chain_for(proc.registry, record) if side else None
    if chain is None:
        return None
    state = steps.state_of(proc, record)
    for step in side:
        entry = side_entry(chain, step)
        if (entry is None or state not in (step.waits_in or step.states)
                or (step.when is not None and step.when(record))):
            continue
        due = step.awaited_due(record) if step.awaited_due is not None else None
        if due is not None:
            return entry, due
    return None


def _side_items(actor: Actor, posts: list[tuple[Post, str]], listed: set[tuple[str, int]]
                ) -> list[WorkItem]:
    """The unit's steps outside the chain (`_side_waiting`) the user holds (or one he stands in
    for), not of a record already listed for its chain step."""
    items = []
    waiting = [w for w in _side_waiting(actor, [p for p, _b in posts])
               if (w[1].name, w[2].id) not in listed]
    _read_corrections([w[:5] for w in waiting])
    for proc, spec, record, entry, rows, due in waiting:
        held = _may_do(actor, posts, spec.name, record, entry, rows)
        if held is None:
            continue
        since = _since(proc, record, entry, rows)
        items.append(WorkItem(spec.name, spec.label, record.id, dashboard.titled(spec, record), entry.step,
                              entry.describe(chains.own_unit(spec.name)), since, due,
                              on_behalf=f"{SUBSTITUTE}{held[1]}" if held[1] else ""))
    return items


def _info_awaited(actor: Actor) -> list[WorkItem]:
    """The 信息科's work on an 信息 outside the chain with a time limit (core.info.awaited: 接收,
    a sudden event's phone and written report), for those who do it — the section's staff
    (periodicals.publish_refusal) and, while his delegation is in force, the 代理 of one of
    them (on his behalf) —, of the items their clearance reaches (a 代理's: his and the
    holder's)."""
    from officedesk.core.info import awaited, periodicals

    if periodicals.publish_refusal(actor) is not None:
        return []
    principal = periodicals.substitute_for(actor)
    behalf = f"{SUBSTITUTE}{principal.label}" if principal is not None else ""
    level = principal.clearance if principal is not None else None
    spec = registries.get("info")
    who = text("%1的人员", chains.own_unit("info") or "信息科")
    return [WorkItem("info", spec.label, found.item.id, dashboard.titled(spec, found.item), found.step, who,
                     found.since, found.due, on_behalf=behalf, due_at=found.due_at,
                     soon_at=found.soon_at)
            for found in awaited.awaited(actor)
            if level is None or records.level_of(spec, found.item) <= level]


def _item(proc: Any, spec: Any, record: Any, entry: chains.ChainStep, rows: list[StepSign],
          **extra: Any) -> WorkItem:
    since = _since(proc, record, entry, rows)
    due = workdays.add_working_days(since, entry.days) if entry.days is not None else None
    return WorkItem(spec.name, spec.label, record.id, dashboard.titled(spec, record), entry.step, entry.describe(chains.own_unit(spec.name)), since, due, **extra)


def _posts(actor: Actor) -> list[tuple[Post, str]]:
    """The user's own post, then those of whom he stands in for (代理), with their labels."""
    own = post_of(actor.username)
    posts: list[tuple[Post, str]] = [(own, "")] if own is not None and own.position else []
    return posts + [(p, p.label) for p in principals_of(actor.username)]


def _held_by(posts: list[tuple[Post, str]], registry: str, record: Any,
             entry: chains.ChainStep, rows: list[StepSign]) -> tuple[Post, str] | None:
    """Which of the user's posts holds the step on this record (his own first), or None — as
    the step runner judges it (a draft sent back waits for its own drafter)."""
    for post, behalf in posts:
        if holds(post, registry, record, entry, rows):
            return post, behalf
    return None


def _may_do(actor: Actor, posts: list[tuple[Post, str]], registry: str, record: Any,
            entry: chains.ChainStep, rows: list[StepSign]) -> tuple[Post, str] | None:
    """The post in which the user does the step on this record, or None: none of his holds it,
    or the one that does would check his own work (core.self_check — his own draft, a 签发 as
    代理 after his 审核), as the step runner refuses it. The rule is asked only of records he
    (or the principal) drafted or did a step of: the list runs on every 工作台 refresh."""
    held = _held_by(posts, registry, record, entry, rows)
    return None if held is None else _not_his_own(actor, held, registry, record, entry, rows)


def _not_his_own(actor: Actor, held: tuple[Post, str], registry: str, record: Any,
                 entry: chains.ChainStep, rows: list[StepSign]) -> tuple[Post, str] | None:
    """`held` (the post in which the user holds the step), or None when doing it in that post
    would check his own work (`_may_do`)."""
    post, behalf = held
    cap = (Capacity(SUBSTITUTE, post.label, post.username, post.position) if behalf
           else Capacity(SELF, actor.label, actor.username, post.position))
    names = {actor.username, actor.label, cap.username, cap.person} - {""}
    names |= self_check.former_names(actor.username)  # a 代录 row names him as he was
    if cap.username:
        names |= self_check.former_names(cap.username)
    if not self_check.concerns(registry, record, rows, names):
        return held
    step = chains.ALIASES.get((registry, entry.step), entry.step)
    if self_check.refusal(registry, step, record, entry.step, actor, cap, rows,
                          advice=False) is not None:
        return None
    return held


def _read_corrections(waiting: list[tuple[Any, Any, Any, Any, list[StepSign]]]) -> None:
    """The drafter corrections (self_check.corrections) of the listed records, read once for
    the list (inside a read_once scope), not once a row."""
    ids: dict[str, list[int]] = defaultdict(list)
    for _proc, spec, record, _entry, _rows in waiting:
        ids[spec.name].append(record.id)
    for registry, chunk in ids.items():
        self_check.read_corrections(registry, chunk)


def my_pending(actor: Actor) -> list[WorkItem]:
    """The chain steps this user is to do now: his own, then those of whom he stands in for."""
    with read_once.reading():
        return _my_pending(actor)


def _my_pending(actor: Actor) -> list[WorkItem]:
    posts = _posts(actor)
    if not posts:
        return []
    items = []
    held_ones = [(w, held) for w in _waiting(actor, [p for p, _b in posts])
                 if (held := _held_by(posts, w[1].name, w[2], w[3], w[4])) is not None]
    _read_corrections([w for w, _held in held_ones])
    for (proc, spec, record, entry, rows), held_by in held_ones:
        held = _not_his_own(actor, held_by, spec.name, record, entry, rows)
        if held is not None:
            behalf = held[1]
            items.append(_item(proc, spec, record, entry, rows,
                               on_behalf=f"{SUBSTITUTE}{behalf}" if behalf else ""))
    items += _side_items(actor, posts, {(i.registry, i.record_id) for i in items})
    items += _info_awaited(actor)
    return sorted(items, key=lambda i: i.urgency)


def sent_on(actor: Actor) -> list[WorkItem]:
    """What this user did last on a record that now waits for someone else's chain step (one
    that waits for him is in his 待办, not sent on) — a return too: who sent a draft back sees
    it waiting for the one it went back to."""
    with read_once.reading():
        return _sent_on(actor)


def _sent_on(actor: Actor) -> list[WorkItem]:
    with guarded("读取待办"):
        recent = (StepSign.select(StepSign.registry, StepSign.record_id)
                  .where(StepSign.actor == actor.username).order_by(StepSign.id.desc())
                  .limit(SENT_ON_LIMIT))
        only: dict[str, set[int]] = defaultdict(set)
        for row in recent:
            only[row.registry].add(row.record_id)
    for registry, ids in _drafted(actor).items():
        only[registry] |= ids
    posts = _posts(actor)
    items = []
    waiting = _waiting(actor, None, only)
    _read_corrections(waiting)
    for proc, spec, record, entry, rows in waiting:
        # who sent it on: the last step that moved it along (another's 催办 after it does not);
        # none yet: who made it (拟稿 is done when a draft is made)
        moved = _moved_on(spec.name, chains.chain_for(spec.name, record), rows)
        if (moved[-1].actor if moved else getattr(record, "created_by", "")) != actor.username:
            continue
        if _may_do(actor, posts, spec.name, record, entry, rows) is not None:
            continue  # his to do now: in his 待办
        side = _awaited(proc, record)
        if side is not None and _may_do(actor, posts, spec.name, record, side[0], rows):
            continue  # his unit's step waits for him too (办理 beside the 科长's 答复): in his 待办
        items.append(_item(proc, spec, record, entry, rows,
                           waiting_for=_waiting_for(spec.name, record, entry, rows)))
    return sorted(items, key=lambda i: (i.since, i.registry, i.record_id))


def _drafted(actor: Actor) -> dict[str, set[int]]:
    """The user's latest drafts (records he made, of registries whose first chain step is
    drafting: core.chain_holders.DRAFTERS) in a state a later chain step waits in."""
    from officedesk.core import steps

    found: dict[str, set[int]] = {}
    for registry in sorted({reg for reg, _step in DRAFTERS}):
        proc = steps.procedure(registry)
        names = {chains.ALIASES.get((registry, line.step), line.step)
                 for variant in chains.variants(registry)
                 for line in chains.parse_chain(chains.chain_text(registry, variant))[1:]}
        states = sorted({state for s in proc.steps if s.name in names for state in s.states})
        if states:
            found[registry] = set(records.list_ids(
                registries.get(registry), actor,
                [records.Filter(proc.state_field, "in", states),
                 records.Filter("created_by", "eq", actor.username)],
                sort="id", descending=True, limit=SENT_ON_LIMIT))
    return found


def _waiting_for(registry: str, record: Any, entry: chains.ChainStep,
                 rows: list[StepSign]) -> str:
    """The names of those who may do the step now (not one core.self_check refuses it: its
    drafter); when every holder is refused, that nobody can, and why."""
    posts = holders(registry, record, entry, rows)
    barred = self_check.unable(registry, record, entry.step, posts, rows)
    names = [p.label for p in posts if p.username not in barred]
    if posts and not names:
        return text("无人能办理（%1），请管理员调整审批链", "；".join(barred.values()))
    return "、".join(names[:3])


def sees_overview(actor: Actor) -> bool:
    """The office's overview: administrators, the leaders named in the setting, 代录 clerks —
    and everyone while the chain does not hold yet."""
    if actor.is_admin or not chains.enforced():
        return True
    post = post_of(actor.username)
    if post is None:
        return False
    return post.proxy_entry or post.position in split_names(str(settings.get(OVERVIEW.key)))
