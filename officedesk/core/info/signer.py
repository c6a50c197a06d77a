"""Who signs (签发) an 信息 and in which post. The signer is a user where the name means one —
among namesakes the one who holds the step, as core.responsibility resolves a step's person —
and he signs in his real post: 信息科长 (the 科长 of the 信息科, `info.section`), 分管主任 (a
主任 or 副主任 in charge of it), else his own unit and 职务 (信息科副科长, 县委办公室副秘书长):
never a title he does not hold. A 代理 signs in his principal's post."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from officedesk.core import chains
from officedesk.core.chain_holders import fits_step, same_unit
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import joined, text
from officedesk.core.info import spec as S
from officedesk.core.positions import Post, namesakes, people_named, post_of, principals_of

# posts that may sign where the chain does not decide (the chain off, or a post it does not
# judge): a 科长, a 处长, a 主任 or a 秘书长 (副 included) — each in his own post
SIGNING_ENDINGS = ("科长", "处长", "主任", "秘书长")


@dataclass(frozen=True)
class Signer:
    name: str  # as the record shows him (姓名)
    post: str  # the 职务 he signs in ("" for a signer who is no user: the 职务 typed is taken)
    principal: str = ""  # whom he stands in for (代理), by name


def post_title(post: Post) -> str:
    """The post a user signs in, as it truly is."""
    section = chains.own_unit("info")
    in_section = bool(section) and same_unit(post.unit, section)
    if in_section and post.position in ("科长", "处长"):
        return S.SIGNER_POSTS[0]  # 信息科长
    if post.position in ("主任", "副主任") and any(same_unit(unit, section)
                                                 for unit in post.in_charge):
        return S.SIGNER_POSTS[1]  # 分管主任
    unit = section if in_section else post.unit
    return f"{unit}{post.position}"


def _step_entry(item: Any) -> Any:
    chain = chains.chain_for("info", item) if chains.enforced() else None
    return chain.find("签发") if chain is not None else None


def _signs(post: Post, item: Any, entry: Any) -> bool:
    """The post may sign the item: under the chain, if it holds 签发 of it (科长 of another
    section does not); else by its 职务."""
    if entry is not None:
        return fits_step(post, "info", item, entry)
    return bool(post.position) and post.position.endswith(SIGNING_ENDINGS)


def _stands_in(post: Post, item: Any, entry: Any, day: dt.date) -> Post | None:
    return next((p for p in principals_of(post.username, day) if _signs(p, item, entry)), None)


def _meant(name: str, username: str, actor: Any, item: Any, entry: Any,
           day: dt.date) -> Post | None:
    """The user `name` means: the one core.steps found (`username`) when the name is his; else
    the only user of the name; among namesakes the one who holds the step (himself or as 代理),
    the actor when he is one of those — or of them all, when none holds it (he is then refused
    in his own post). None: no user of that name."""
    known = post_of(username) if username else None
    if known is not None and name in (known.label, known.username):
        return known
    people = people_named(name)
    if len(people) <= 1:
        return people[0] if people else None
    holding = [p for p in people if _signs(p, item, entry) or _stands_in(p, item, entry, day)]
    mine = [p for p in holding or people if p.username == actor.username]
    if mine:
        return mine[0]
    if len(holding) == 1:
        return holding[0]
    which = holding or people
    raise ValidationError(
        text("有 %1 位用户叫“%2”，都可以签发：%3。请在“签发人”一栏填写其中一位的用户名。", len(which), name,
             namesakes(which)) if holding else
        text("有 %1 位用户叫“%2”：%3。请在“签发人”一栏填写其中一位的用户名。", len(which), name, namesakes(which)),
        "signer")


def signer_of(name: str, item: Any, day: dt.date, actor: Any, username: str = "") -> Signer:
    """The signer and the post he signs in: his own, or — when he stands in that day for an
    absent 信息科长 or 分管主任 (代理) — the principal's post and name. Signer(name, "") for a
    signer who is no user with a post (the 职务 typed for him is taken); refused for a user
    whose post signs nothing and who stands in for nobody who signs."""
    entry = _step_entry(item)
    person = _meant(name, username, actor, item, entry, day)
    if person is None or not person.position:
        return Signer(name, "")
    if _signs(person, item, entry):
        return Signer(person.label, post_title(person))
    principal = _stands_in(person, item, entry, day)
    if principal is not None:
        return Signer(person.label, post_title(principal), principal.label)
    if entry is not None and person.position.endswith(SIGNING_ENDINGS):
        # a post outside the chain's scope, which has let the step through itself
        return Signer(person.label, post_title(person))
    raise ValidationError(text(
        "%1（%2%3）不是%4，不能签发；%4不在岗时，请由其设置代理人代为签发。", person.label, person.unit,
        person.position, joined(list(S.SIGNER_POSTS), "%1或%2")), "post")
