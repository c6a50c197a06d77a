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

import json
from collections import defaultdict
from types import SimpleNamespace
from typing import Any

from officedesk.core import chains, menu_paths, read_once
from officedesk.core.actor import CLI_ACTOR, ROLE_ADMIN
from officedesk.core.chain_holders import DRAFTERS, chain_name, holders, in_post
from officedesk.core.i18n import Verbatim, text
from officedesk.core.names import tidy_name
from officedesk.core.positions import Post, people_named, post_of
from officedesk.core.step_signs import ENTERED, RETURNED, SELF, SUBSTITUTE, Capacity, signs

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
    # by 姓名: a row the program wrote before names were tidied keeps 李　处长 as typed
    return bool(a[1]) and tidy_name(a[1]) == tidy_name(b[1])


def _rows(registry: str, record: Any, rows: list[Any] | None = None) -> list[Any]:
    if rows is not None:
        return rows
    record_id = getattr(record, "id", None)
    return signs(registry, record_id) if record_id is not None else []


def _row_people(row: Any) -> list[tuple[str, str]]:
    """(用户名, 姓名) of those a signature is the work of: the person a 代录 names, the actor and,
    for a 代理, his principal. The person's 用户名 is kept since schema 36 (a row from before,
    or naming no user, has his 姓名 alone, and is judged by it: `_same`)."""
    person = (str(getattr(row, "person_username", None) or ""), row.person)
    if row.mode == ENTERED:
        return [person]
    people = [(row.actor, row.actor_name)]
    if row.mode == SUBSTITUTE:
        people.append(person)
    return people


def _drafters(registry: str, record: Any, chain: chains.Chain | None,
              rows: list[Any] | None = None, edits: bool = True) -> list[tuple[str, str]]:
    """Who drafted the record: the field naming its drafter, whoever did its first chain step
    again (修改 after a 退回), whoever made it (`_author`), and, of each correction of that field
    (`corrections`), the one it named before — a drafter who writes another's name in, or a 科长
    who makes the draft naming a 科员, is still its drafter. Who corrected the field is not: a
    科长 who mends a typo in the name checks the draft as before (the exploits are the former
    name's and the maker's, both counted)."""
    if chain is None or not chain.steps:
        return []
    first = chain.steps[0].step
    field = DRAFTERS.get((registry, first))
    if field is None:
        return []
    named = str(getattr(record, field, "") or "").strip()
    people = [_drafter_named(registry, record, chain.steps[0], named)] if named else []
    for row in _rows(registry, record, rows):
        if chain_name(registry, row.step) == first and row.mode != RETURNED and (
                edits or row.step == first):
            people += _row_people(row)
    people += _author(str(getattr(record, "created_by", "") or ""))
    for _corrector, former in corrections(registry, getattr(record, "id", None)):
        if former:
            people.append(_drafter_named(registry, record, chain.steps[0], former))
    return people


def _author(username: str) -> list[tuple[str, str]]:
    """The user who made the draft as one of its drafters —
    unless he records for others (代录 clerks, administrators): a clerk typing in a paper draft
    writes its drafter's work, not his own, as a 代录 step is the work of the person it names
    (a clerk naming himself is named). Judged by the right he has now."""
    if not username or username == CLI_ACTOR.username:
        return []
    post = post_of(username)
    if post is not None and (post.proxy_entry or post.role == ROLE_ADMIN):
        return []
    return [(username, post.label if post is not None else "")]


def _field_label(registry: str) -> str:
    from officedesk.core import registry as registries

    fields = [field for (reg, _step), field in DRAFTERS.items() if reg == registry]
    return registries.get(registry).field(fields[0]).label if fields else ""


def corrections(registry: str, record_id: int | None) -> list[tuple[str, str]]:
    """(用户名 of who changed it, the name it held before) of each change of the field naming the
    record's drafter (a correction, or a step), from its audit trail: one read per record, or
    none in a `read_once` scope where `read_corrections` has read a list's."""
    if record_id is None or not _field_label(registry):
        return []
    found: int = record_id
    return read_once.remembered(("drafter corrections", registry, found),
                                lambda: read_corrections(registry, [found])[found])


def read_corrections(registry: str, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """`corrections` of many records at once (a list: 我的待办), remembered in a `read_once`
    scope for each of them."""
    from officedesk.store.db import guarded
    from officedesk.store.models import AuditEntry

    label = _field_label(registry)
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    if not label:
        return found
    key = json.dumps(label, ensure_ascii=False)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        with guarded("读取修改记录"):
            entries = list(AuditEntry.select(AuditEntry.record_id, AuditEntry.actor,
                                             AuditEntry.before)
                           .where((AuditEntry.registry == registry)
                                  & AuditEntry.record_id.in_(chunk)
                                  & AuditEntry.before.contains(key))
                           .order_by(AuditEntry.id))
        for entry in entries:
            try:
                before = json.loads(entry.before)
            except ValueError:
                continue
            if isinstance(before, dict) and label in before and entry.record_id is not None:
                found[entry.record_id].append((entry.actor, str(before[label] or "").strip()))
    for record_id in ids:
        read_once.remember(("drafter corrections", registry, record_id), found[record_id])
    return found


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
    are: one of them is named its drafter, made it or was named before, or signed one of its steps (`rows`, its signatures). A cheap test before it, for a
    list of many records (我的待办: `read_corrections` first, once for the list)."""
    drafted = {str(getattr(record, field, "") or "").strip()
               for (reg, _step), field in DRAFTERS.items() if reg == registry}
    drafted.add(str(getattr(record, "created_by", "") or ""))
    drafted |= {former for _corrector, former in corrections(registry, getattr(record, "id", None))}
    names = {tidy_name(name) for name in names}  # (李　处长 saved before names were tidied)
    return bool({tidy_name(name) for name in drafted} & names) or any(
        {tidy_name(row.actor), tidy_name(row.actor_name), tidy_name(row.person)} & names for row in rows)


def refusal(registry: str, step: str, record: Any, level: str, actor: Any,
            cap: Capacity, rows: list[Any] | None = None, advice: bool = True) -> str | None:
    """Why this step (judged as the chain level `level`: the step it is, or whose decision it
    is; "" outside the chain) may not be done in this capacity on this record, or None.
    `rows`: the record's signatures, when the caller has read them. `advice`: when nobody else
    holds the level, say what the administrator does (a list asking only whether: no)."""
    found = _conflict(registry, step, record, level, actor, cap, rows)
    if found is None:
        return None
    name, done, level = found
    behalf = text("（代理%1）", Verbatim(cap.person)) if cap.mode == SUBSTITUTE else ""
    if not done and _edited_only(registry, record, rows, _who(cap, actor)):
        # he only edited it (修改 after a 退回): say so, not that he wrote it
        reason = text("%1“修改”过这件%2的稿件，修改稿件即为拟稿，不能再“%3”%4：%5是对拟稿的把关，"
                      "应由拟稿人以外的人办理。", Verbatim(name), _label(registry), step, behalf, level)
    elif not done:
        reason = text("%1是这件%2的拟稿人，不能“%3”%4：%5是对拟稿的把关，应由拟稿人以外的人办理。",
                      Verbatim(name), _label(registry), step, behalf, level)
    else:
        reason = text("%1已“%2”这件%3，不能再“%4”%5：审批链中“%2”和“%6”由不同岗位把关，应由不同的人办理。",
                      Verbatim(name), done, _label(registry), step, behalf, level)
    # catalogue texts, the names as they are: the English window says them in English
    return text("%1%2", reason, _nobody_else(registry, record, level, rows, not done) if advice else "")


def _edited_only(registry: str, record: Any, rows: list[Any] | None,
                 doing: list[tuple[str, str]]) -> bool:
    """Whether `doing` drafted the record only by a 修改 of it (not named, not its maker)."""
    chain = chains.chain_for(registry, record)
    every = _drafters(registry, record, chain, rows)
    kept = _drafters(registry, record, chain, rows, edits=False)
    return (any(_doer(p, doing) is not None for p in every)
            and all(_doer(p, doing) is None for p in kept))


def edit_caution(registry: str, record: Any, actor: Any, cap: Capacity | None = None) -> Any:
    """What the 修改 step says first to one who holds a later level of the record's chain and is
    not yet its drafter (the 核稿 处长 after a 退回到核稿): a 修改 makes him a drafter, so he may
    no longer do that level — and when nobody else holds it, what the administrator does. None
    for anyone else. `cap`: the capacity the 修改 is done in (a 代录 clerk naming the 处长 is
    told of him); the actor himself by default."""
    if not chains.enforced():
        return None
    chain = chains.chain_for(registry, record)
    if chain is None or len(chain.steps) < 2 or (registry, chain.steps[0].step) not in DRAFTERS:
        return None
    entered = cap is not None and cap.mode == ENTERED
    me = _who(cap, actor) if cap is not None else [(actor.username, actor.label)]
    if any(_doer(p, me) is not None for p in _drafters(registry, record, chain)):
        return None
    rows = _rows(registry, record)
    mine = [(e.step, holders(registry, record, e, rows)) for e in chain.steps[1:]]
    usernames = {username for username, _name in me if username}
    mine = [(level, posts) for level, posts in mine if any(p.username in usernames for p in posts)]
    if not mine:
        return None
    levels = _levels([level for level, _posts in mine])
    alone = [level for level, posts in mine if len(posts) == 1]
    if entered:  # a clerk typing in the 处长's 修改: told of him, not of himself
        assert cap is not None
        name = Verbatim(cap.person)
        caution = text("注意：“修改”稿件即为拟稿。%3修改后，就是这件%1的拟稿人之一，不能再办理“%2”。"
                       "仍要由%3“%2”的，请把修改意见交拟稿人，由拟稿人修改。", _label(registry),
                       levels, name)
        if alone:
            caution = text("%1除%4外无人能办理“%2”：%4修改后，须%3，才能继续办理。", caution,
                           _levels(alone), advice(alone[0]), name)
        return caution
    caution = text("注意：“修改”稿件即为拟稿。修改后，您就是这件%1的拟稿人之一，不能再办理“%2”。"
                   "仍要由您“%2”的，请把修改意见交拟稿人，由拟稿人修改。", _label(registry), levels)
    if alone:
        caution = text("%1除您外无人能办理“%2”：您修改后，须%3，才能继续办理。", caution,
                       _levels(alone), advice(alone[0]))
    return caution


def _levels(levels: list[str]) -> Any:
    """Chain levels in one “…”: one is said in the window's language (as `advice` says it);
    several are put in as they are, “核稿”“审核”."""
    return levels[0] if len(levels) == 1 else Verbatim("”“".join(levels))


def step_caution(registry: str, step: str, record: Any, actor: Any,
                 cap: Capacity | None = None) -> Any:
    """What this step says first to the actor (in `cap`, when known), or None: the 修改 of a
    draft (its chain's first step done again) by one who holds a later level (`edit_caution`).
    Read by `steps` (the window's dialog, the command line's list) and by the step runner,
    which does the step only once the caller says it was heard (`heed`)."""
    chain = chains.chain_for(registry, record)
    if chain is None or not chain.steps or chain_name(registry, step) != chain.steps[0].step:
        return None
    return edit_caution(registry, record, actor, cap)


def heed(registry: str, step: str, record: Any, actor: Any, cap: Capacity,
         cautioned: bool) -> None:
    """The step runner's refusal of a step whose caution (`step_caution`) the caller has not
    said was heard: the caution, and how to confirm it (the window: 保存 again; the command
    line: --confirm)."""
    from officedesk.core.errors import CautionError

    caution = None if cautioned else step_caution(registry, step, record, actor, cap)
    if caution:
        raise CautionError(text("%1如确要修改，请再点“保存”（命令行：加 --confirm 再运行一次）。",
                                caution))


def _conflict(registry: str, step: str, record: Any, level: str, actor: Any, cap: Capacity,
              rows: list[Any] | None,
              drafters: list[tuple[str, str]] | None = None) -> tuple[str, str, str] | None:
    """(whose work it would check, the level he did — "" when he drafted it —, the level
    judged) of a `refusal`, or None. `drafters`: `_drafters`, when the caller has them."""
    if not chains.enforced():
        return None
    chain = chains.chain_for(registry, record)
    level = OUTSIDE.get((registry, step), level)
    if not level or chain is None:
        return None
    doing = _who(cap, actor)
    first = chain.steps[0].step if chain.steps else ""
    if level != first:
        if drafters is None:
            drafters = _drafters(registry, record, chain, rows)
        for person in drafters:
            who = _doer(person, doing)
            if who is not None:
                return who, "", level
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
            who = _doer(person, doing)
            if who is not None:
                return who, done.step, level
    return None


def _doer(person: tuple[str, str], doing: list[tuple[str, str]]) -> str | None:
    """The name of the one of `doing` who is `person` (a drafter, a signature's person), or
    None. A person known only by 姓名 (a 代录 row kept before schema 36, the 拟稿人 field) is
    also one of `doing` who bore that 姓名 before a rename that no other user bears now:
    renaming himself after a 代录 核稿 does not let the 处长 sign the same draft as the 主任's
    代理 (a row with his 用户名 is his by it, and says the 姓名 it was signed under)."""
    for d in doing:
        if _same(person, d):
            # the same user (by 用户名) signed under the 姓名 he bore then: said so
            then = tidy_name(person[1]) if person[0] and person[1] else ""
            changed = then and then not in (tidy_name(d[1]), person[0])
            return text("%1（曾用名%2）", d[1], then) if changed else d[1]
    if person[0] or not person[1]:
        return None
    name = tidy_name(person[1])
    for d in doing:
        if d[0] and name in former_names(d[0]):
            return text("%1（曾用名%2）", d[1], name)
    return None


def former_names(username: str) -> set[str]:
    """The 姓名 a user bore before his renames (from the users' audit trail), less those another
    active user bears now (who would be meant by them)."""
    return read_once.remembered(("former names", username), lambda: _former_names(username))


def _former_names(username: str) -> set[str]:
    from officedesk.store.db import guarded
    from officedesk.store.models import AuditEntry, User

    with guarded("读取用户"):
        user = User.get_or_none(User.username == username)
        if user is None:
            return set()
        query: Any = (AuditEntry.select(AuditEntry.before)
                      .where((AuditEntry.registry == "users") & (AuditEntry.record_id == user.id)
                             & AuditEntry.before.contains('"姓名"')).tuples())
        befores = [str(kept[0]) for kept in query]
    found: set[str] = set()
    for before in befores:
        try:
            value = json.loads(before)
        except ValueError:
            continue
        name = tidy_name(str(value.get("姓名") or "")) if isinstance(value, dict) else ""
        if name and name != tidy_name(user.display_name):
            found.add(name)
    return {name for name in found
            if all(p.username == username for p in people_named(name))}


def unable(registry: str, record: Any, level: str, posts: list[Post],
           rows: list[Any] | None = None) -> dict[str, str]:
    """Of `posts` (holders of the chain level `level` on this record), those who may not do it
    themselves (`refusal`): 用户名 -> why, in brief (李处长是拟稿人 / 孙主任已“审核”)."""
    found: dict[str, str] = {}
    if not posts or not chains.enforced():
        return found
    rows = _rows(registry, record, rows)
    drafters = _drafters(registry, record, chains.chain_for(registry, record), rows)
    for post in posts:
        me = SimpleNamespace(username=post.username, label=post.label)
        cap = Capacity(SELF, post.label, post.username, post.position)
        conflict = _conflict(registry, level, record, level, me, cap, rows, drafters)
        if conflict is not None:
            name, done = conflict[0], conflict[1]
            found[post.username] = (text("%1已“%2”", Verbatim(name), done) if done
                                    else text("%1是拟稿人", Verbatim(name)))
    return found


def _nobody_else(registry: str, record: Any, level: str, rows: list[Any] | None,
                 drafted: bool) -> str:
    """After a refusal: when every holder of the level on this record is refused it too (the
    section's only 科长 drafted it), what the administrator does; "" when someone else may."""
    chain = chains.chain_for(registry, record)
    entry = chain.find(level) if chain is not None else None
    if entry is None:
        return ""
    posts = holders(registry, record, entry, rows)
    barred = unable(registry, record, level, posts, rows)
    if not barred or len(barred) < len(posts):
        return ""
    names = Verbatim("、".join(p.label for p in posts))
    return text("除%1外无人能办理“%2”：%3%4。", names, level, advice(level),
                text("（代理人也不能代拟稿人办理）") if drafted else "")


def advice(level: str) -> str:
    """What the administrator does when nobody may do the level on a record."""
    return text("请管理员在“%1”中为“%2”增加可办理的岗位，或设置其他人员担任该岗位",
                menu_paths.setting_path(chains.GROUP), level)


def _label(registry: str) -> str:
    from officedesk.core import registry as registries

    return registries.get(registry).label
