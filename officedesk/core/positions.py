"""岗位 (逐级负责): each user's unit, 职务 and 分管 units, the 代录 right, and 代理 periods.

The 职务 table is an office setting (one a line, lowest first) so an office adds its own titles.
A user's post lives on the users table (migration 15); changing it is audited like any change
to a user. 代理: an absent official names a substitute for dates; the substitute then sees and
acts on the principal's steps, and each such step is recorded as 代理.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from officedesk.core import audit, clock, i18n, menu_paths, read_once, settings
from officedesk.core.actor import Actor, require_writer
from officedesk.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from officedesk.core.fields import DATE, FieldSpec
from officedesk.core.names import tidy_name
from officedesk.core.summary_texts import trail_text
from officedesk.store import compiled
from officedesk.store.chain import Delegation
from officedesk.store.db import guarded, write_transaction
from officedesk.store.models import User

POSITIONS = settings.declare(
    "chain.positions", str, "科员\n副科长\n科长\n副处长\n处长\n副主任\n主任\n副秘书长\n秘书长",
    "职务表（每行一个，由低到高）", "逐级负责",
    help="用户的职务从这张表中选；审批链的每一步写由哪个职务办理。", required=True)

# as position_table() reads it (a space parts two as a line does); a user's 职务 holds 30
settings.list_check(POSITIONS.key, "职务", max_length=30, required=True,
                    separators=settings.LIST_SEPARATORS + " ")

REGISTRY = "users"


def split_names(text: str | None) -> list[str]:
    parts = re.split(r"[、，,；;\n]", text or "")
    return [p.strip() for p in parts if p.strip()]


def position_table() -> list[str]:
    return split_names(str(settings.get(POSITIONS.key)).replace(" ", "\n"))


def _dropped(table: Any) -> list[str]:
    """The posts of the 职务表 as it is that `table` (as it will be) no longer has."""
    kept = split_names(str(table).replace(" ", "\n"))
    return [p for p in position_table() if p not in kept]


@settings.between(POSITIONS.key)
def _held_posts_kept(table: Any) -> str | None:
    """A post users hold stays in the 职务表: dropped, they would keep a post that cannot be set
    again. Named with its holders (active accounts)."""
    dropped = _dropped(table)
    if not dropped:
        return None
    with guarded("读取岗位"):
        rows = list(User.select(User.username, User.display_name, User.position)
                    .where((User.active == True) & User.position.in_(dropped)))  # noqa: E712
    holders: dict[str, list[str]] = {}
    for row in rows:
        who = f"{row.display_name}（{row.username}）" if row.display_name else row.username
        holders.setdefault(row.position, []).append(who)
    if not holders:
        return None
    said = "；".join(f"“{post}”：{'、'.join(names[:5])}" + (f"等 {len(names)} 人" if len(names) > 5 else "")
                    for post, names in holders.items())
    return (f"设置“{POSITIONS.label}”：不能去掉仍有用户担任的职务（{said}）。"
            "请先改这些用户的职务。")


def check_position(position: str) -> str:
    position = (position or "").strip()
    if position and position not in position_table():
        raise ValidationError(
            i18n.text("职务“%1”不在职务表中。可选：%2。新职务请管理员在“%3”中添加。",
                      position, '、'.join(position_table()), menu_paths.POSITION_TABLE), "position")
    return position


@dataclass(frozen=True)
class Post:
    """Who a user is in the office's hierarchy."""

    username: str
    name: str
    unit: str
    position: str
    in_charge: tuple[str, ...]
    proxy_entry: bool
    role: str = ""
    clearance: int = 0  # 密级权限: a step of a record above it is not his (core.responsibility)

    @property
    def label(self) -> str:
        return self.name or self.username


def post_of_user(user: User) -> Post:
    return Post(user.username, user.display_name or user.username, user.unit or "",
                user.position or "", tuple(split_names(user.in_charge)),
                bool(user.proxy_entry), user.role, user.clearance)


def post_of(username: str) -> Post | None:
    """The post of an active user, or None (the command line's administrator, unknown names)."""
    return read_once.remembered(("post_of", username), lambda: _post_of(username))


def _post_of(username: str) -> Post | None:
    with guarded("读取用户"):
        user = User.get_or_none(User.username == username)
    return post_of_user(user) if user is not None and user.active else None


def post_text(username: str) -> str:
    """单位 and 职务 as the window shows them (综合处处长；分管 综合处、信息处), "" without a post."""
    post = post_of(username)
    if post is None or not (post.unit or post.position):
        return ""
    text = f"{post.unit}{post.position}" if post.position else post.unit
    return text + (f"，分管{'、'.join(post.in_charge)}" if post.in_charge else "")


def people_named(name: str) -> list[Post]:
    """The active users a step's 签发人 / 批示领导 may mean: the one whose 用户名 it is (unique),
    else all whose 姓名 it is (namesakes, oldest account first)."""
    name = tidy_name((name or "").strip())  # 王　伟 typed aligned is 王伟
    if not name:
        return []
    return list(read_once.remembered(("people_named", name), lambda: _people_named(name)))


def _people_named(name: str) -> list[Post]:
    with guarded("读取用户"):
        rows = list(User.select().where((_display_named(name) | (User.username == name))
                                        & (User.active == True))  # noqa: E712
                    .order_by(User.id))
    by_username = [u for u in rows if u.username == name]
    return [post_of_user(u) for u in (by_username or rows)]


def _display_named(name: str) -> Any:
    """Users whose 姓名 is this (tidied) name, one kept padded from before names were tidied
    (王　伟) too."""
    if name.isascii():
        return User.display_name == name
    from peewee import fn

    bare = fn.REPLACE(fn.REPLACE(User.display_name, " ", ""), "\u3000", "")
    return (User.display_name == name) | (bare == name.replace(" ", ""))


def stopped_named(name: str) -> bool:
    """A stopped (停用) account has this 姓名 or 用户名: a refusal says so rather than that
    nobody of that name is a user."""
    name = tidy_name((name or "").strip())
    with guarded("读取用户"):
        return bool(name) and User.select().where(
            (_display_named(name) | (User.username == name))
            & (User.active == False)).exists()  # noqa: E712


def find_person(name: str) -> Post | None:
    """The active user a name means (姓名 or 用户名); None for namesakes — never the first of
    them (a chain step takes the one who holds it: core.responsibility)."""
    found = people_named(name)
    return found[0] if len(found) == 1 else None


def namesakes(people: list[Post]) -> str:
    """Namesakes as a refusal lists them: 王伟（综合处科员，用户名 wangwei1）、…"""
    def one(p: Post) -> str:
        post = i18n.text("%1%2", p.unit, p.position) if p.unit or p.position else "未设置岗位"
        return i18n.text("%1（%2，用户名 %3）", p.label, post, p.username)

    return i18n.joined([one(p) for p in people], "%1、%2")  # a text: the window translates each


def all_posts() -> list[Post]:
    return list(read_once.remembered("all_posts", _all_posts))


def _all_posts() -> list[Post]:
    with guarded("读取用户"):
        return [post_of_user(u) for u in compiled.fetch_all(
            User, "active_users", lambda users: users.where(User.active == True).order_by(User.id))]  # noqa: E712


def any_positions() -> bool:
    """True once the office has given any user a 职务 (the chain then holds)."""
    return read_once.remembered("any_positions", _any_positions)


def _any_positions() -> bool:
    with guarded("读取用户"):
        return User.select().where((User.position != "") & (User.active == True)).exists()  # noqa: E712


def may_record_for_others(actor: Actor) -> bool:
    """代录: administrators, and users given the right."""
    if actor.is_admin:
        return True
    post = post_of(actor.username)
    return post is not None and post.proxy_entry


def set_post(username: str, actor: Actor, *, unit: str | None = None,
             position: str | None = None, in_charge: str | list[str] | None = None,
             proxy_entry: bool | None = None, new_section: bool = False) -> User:
    """Change a user's 岗位 (administrator); audited with before and after. A 科室 the office
    does not know yet is refused unless `new_section` (core.post_sections: a misspelt one)."""
    if not actor.is_admin:
        raise PermissionDeniedError("只有管理员可以设置用户的岗位。")
    if not (username or "").strip():  # the window opens on 请选择, not on the first user
        raise ValidationError("请选择要设置岗位的“用户”。", "username")
    with guarded("读取用户"):
        held = User.get_or_none(User.username == username.strip())
    mine = [held.unit or "", *split_names(held.in_charge)] if held is not None else []
    changes: dict[str, Any] = post_changes(unit=unit, position=position, in_charge=in_charge,
                                           new_section=new_section, held=mine)
    if proxy_entry is not None:
        changes["proxy_entry"] = bool(proxy_entry)
    labels = {"unit": "单位", "position": "职务", "in_charge": "分管", "proxy_entry": "代录"}
    with guarded("保存用户"), write_transaction():
        user = User.get_or_none(User.username == username.strip())
        if user is None:
            raise NotFoundError(i18n.text("没有用户“%1”。", username))
        before = {labels[k]: getattr(user, k) for k in changes}
        after = dict(changes)
        changed = {labels[k]: v for k, v in after.items() if getattr(user, k) != v}
        if not changed:
            return user
        User.update({**{getattr(User, k): v for k, v in changes.items()},
                     User.version: user.version + 1, User.updated_at: clock.now(),
                     User.updated_by: actor.username}).where(User.id == user.id).execute()
        audit.record(actor, "post", REGISTRY, user.id,
                     {k: before[k] for k in changed}, changed,
                     trail_text("修改用户 %1 的岗位：%2", user.username, list(changed)))
        return User.get_by_id(user.id)


def post_changes(*, unit: str | None = None, position: str | None = None,
                 in_charge: str | list[str] | None = None,
                 new_section: bool = False, held: list[str] | None = None) -> dict[str, Any]:
    """The 单位, 职务 and 分管 given, checked as `set_post` saves them, without writing (the
    command line checks them before it makes the user). `held`: the units the user's 岗位
    names now (kept, they are no new 科室: a stopped user's own section)."""
    from officedesk.core import post_sections
    from officedesk.core.directory import known_unit

    changes: dict[str, Any] = {}
    named: list[tuple[str, str, str]] = []  # (as typed, as kept, field): new ones are asked for
    if unit is not None:
        # a 岗位 names the office's own sections: a new one when the caller says so
        changes["unit"] = _fitting(known_unit(unit, "单位", "unit", new_section=True), "unit", "单位")
        named.append((unit.strip(), changes["unit"], "unit"))
    if position is not None:
        changes["position"] = check_position(position)
    if in_charge is not None:
        items = split_names(in_charge) if isinstance(in_charge, str) else list(in_charge)
        names = [known_unit(item, "分管单位", "in_charge", new_section=True) for item in items]
        changes["in_charge"] = _fitting("、".join(dict.fromkeys(names)), "in_charge", "分管")
        named += [(item, name, "in_charge") for item, name in zip(items, names, strict=True)]
    post_sections.check([n for n in named if n[1] not in (held or [])], new_section)
    return changes


def _fitting(text: str, column: str, label: str) -> str:
    """The text fits its column (a longer one would be cut, or refused by the database)."""
    limit = getattr(User, column).max_length
    if len(text) > limit:
        raise ValidationError(i18n.text("“%1”最多 %2 个字，现在有 %3 个字。",
                                        label, limit, len(text)), column)
    return text


# ---------------------------------------------------------------- 代理


NOTE_LONGEST = Delegation.note.max_length  # 代理's 说明


def set_delegation(principal: str, substitute: str, start: dt.date | None, end: dt.date | None,
                   actor: Actor, note: str = "") -> Delegation:
    """`substitute` acts for `principal` from `start` to `end`. The principal himself or an
    administrator sets it; a read-only account sets none, not even its own."""
    require_writer(actor)
    # both named by the one who sets it: the window opens on 请选择, not on the first user
    for key, who, label in (("principal", principal, "被代理人"), ("substitute", substitute, "代理人")):
        if not (who or "").strip():
            raise ValidationError(i18n.text("请选择“%1”。", label), key)
    if not actor.is_admin and actor.username != principal:
        raise PermissionDeniedError("只能为自己设置代理人；为他人设置请管理员办理。")
    if post_of(principal) is None:
        raise NotFoundError(i18n.text("没有用户“%1”。", principal))
    if post_of(substitute) is None:
        raise NotFoundError(i18n.text("没有用户“%1”，请填写代理人的用户名。", substitute))
    if principal == substitute:
        raise ValidationError("代理人不能是本人。", "substitute")
    _not_supervised(post_of(principal), post_of(substitute))
    # the window offers no end (a guessed one went unnoticed): both days asked as any field is
    for key, day, label in (("start", start, "开始日期"), ("end", end, "结束日期")):
        if day is None:
            raise FieldSpec(key, label, kind=DATE, required=True).left_empty()
    assert start is not None and end is not None
    if end < start:
        raise ValidationError(i18n.text("代理的结束日期 %1 早于开始日期 %2，请改正其中一个。", end, start), "end")
    if len(note.strip()) > NOTE_LONGEST:  # the column's: PostgreSQL refused it in English, SQLite kept it
        raise ValidationError(i18n.text("代理的“说明”最多 %1 个字，现在是 %2 个。请删减。", NOTE_LONGEST,
                                        len(note.strip())), "note")
    with guarded("保存代理"), write_transaction():
        row = Delegation.create(principal=principal, substitute=substitute, start=start, end=end,
                                note=note.strip(), created_by=actor.username,
                                updated_by=actor.username)
        audit.record(actor, "create", "delegations", row.id, None,
                     {"被代理人": principal, "代理人": substitute, "起": start.isoformat(),
                      "止": end.isoformat()},
                     trail_text("设置代理：%1 代理 %2（%3—%4）", substitute, principal, start, end))
    return row


def _not_supervised(principal: Post | None, substitute: Post | None) -> None:
    """逐级负责: a leader's 代理 is not one of the units he is in charge of (分管) — he would do
    the 分管 level of his own unit's drafts (审核 what he drafted or 核稿'd) and hold his
    colleagues' and superiors' work in his 待办. A section's own 科员 may stand in for its 科长."""
    from officedesk.core.chain_holders import same_unit

    if principal is None or substitute is None:
        return
    unit = next((u for u in principal.in_charge if same_unit(u, substitute.unit)), None)
    if unit is not None:
        post = f"{substitute.unit}{substitute.position}" or "未设置岗位"
        raise ValidationError(
            i18n.text("%1（%2）在%3分管的%4，不能代理其办理（分管领导的审核等是对本单"
                      "位工作的把关）。请由其他领导代理。",
                      substitute.label, post, principal.label, unit), "substitute")


def end_delegation(delegation_id: int, actor: Actor) -> None:
    require_writer(actor)
    with guarded("保存代理"), write_transaction():
        row = Delegation.get_or_none(Delegation.id == delegation_id)
        if row is None:
            raise NotFoundError(i18n.text("没有记录号（id）为 %1 的代理。", delegation_id))
        if not actor.is_admin and actor.username != row.principal:
            raise PermissionDeniedError("只能撤销自己设置的代理。")
        Delegation.update(active=False, updated_by=actor.username,
                          version=row.version + 1).where(Delegation.id == row.id).execute()
        audit.record(actor, "update", "delegations", row.id, {"启用": True}, {"启用": False},
                     trail_text("撤销代理：%1 代理 %2", row.substitute, row.principal))


def principals_of(substitute: str, day: dt.date | None = None) -> list[Post]:
    """Whom `substitute` stands in for on `day`: the day of the step (its paper's date, --on),
    today by default — a delegation covers the steps done within its dates, whenever entered."""
    day = day or clock.today()
    return list(read_once.remembered(("principals_of", substitute, day), lambda: _principals_of(substitute, day)))


def _principals_of(substitute: str, day: dt.date) -> list[Post]:
    with guarded("读取代理"):
        rows = list(Delegation.select().where(
            (Delegation.substitute == substitute) & (Delegation.active == True)  # noqa: E712
            & (Delegation.start <= day) & (Delegation.end >= day)).order_by(Delegation.id))
    posts = [post_of(row.principal) for row in rows]
    return [p for p in posts if p is not None]


def delegations_of(substitute: str) -> list[tuple[Post, dt.date, dt.date]]:
    """Every active delegation to `substitute`, whatever its dates: (principal, start, end)."""
    with guarded("读取代理"):
        rows = list(Delegation.select().where(
            (Delegation.substitute == substitute) & (Delegation.active == True))  # noqa: E712
            .order_by(Delegation.start, Delegation.id))
    found = [(post_of(row.principal), row.start, row.end) for row in rows]
    return [(p, start, end) for p, start, end in found if p is not None]


def delegations(active_only: bool = True) -> list[Delegation]:
    with guarded("读取代理"):
        select = Delegation.select().order_by(Delegation.start.desc(), Delegation.id)
        if active_only:
            select = select.where(Delegation.active == True)  # noqa: E712
        return list(select)


# the posts follow a unit renamed in the 通讯录 (registered here, where the posts live)
from officedesk.core import posts_renamed  # noqa: E402, F401
