"""Who approves a 延期 (《信访工作条例》第三十四条: “经本机关、单位负责人批准”): a 负责人 of this office.
That is a user whose 职务 is a leading post — 副主任 and those above it in the 职务表 (by default
副主任、主任、副秘书长、秘书长) — or a 通讯录 entry of this office (the unit the setting “机关名称”
names, reviewers.office_unit) whose 职务 is one of them (常务副主任; 县委常委、县委办公室主任).
The head of a 科 (信访科科长, 督查室主任) leads a section, not the office; a name neither list
knows approves nothing. A petition 交办 to a unit is handled by that unit (“有关机关、单位”), whose
own 负责人 — a 通讯录 entry of the 去向单位 heading it (局长、副局长、镇长、党委书记 …) — may
approve its 延期 too; a 负责人 of an organ with no part in it approves nothing."""

from __future__ import annotations

import re
from typing import Any

from officedesk.core import directory, positions
from officedesk.core.errors import ProcedureError
from officedesk.core.i18n import text
from officedesk.core.petitions import reviewers
from officedesk.store.db import guarded
from officedesk.store.models import Person, Unit

# the lowest leading post the 职务表 may hold (the first found counts, and all above it)
_LOWEST = ("副主任", "主任")
# the head of a unit, or his deputy, as a 通讯录 职务 names him (after the unit's own name)
_HEAD = re.compile(r"(党组|党委|党工委|党总支)?(常务)?副?(书记|局长|主任|县长|区长|镇长|乡长|主席|院长|"
                   r"部长|秘书长|检察长|所长|站长|队长|社长|行长|校长|总经理|经理|董事长|理事长)")


def leading_posts() -> list[str]:
    """The 职务 of the office's 负责人, lowest first."""
    table = positions.position_table()
    for post in _LOWEST:
        if post in table:
            return table[table.index(post):]
    return [post for post in table if post.endswith(("主任", "秘书长"))]


def _office_names() -> list[str]:
    office = reviewers.office_unit()
    if not office:
        return []
    with guarded("通讯录"):
        row = Unit.get_or_none(Unit.name == office)
    names = [office] + ([row.short_name] if row is not None and row.short_name else [])
    return sorted(names, key=len, reverse=True)


def _leading_title(title: str, office: list[str], posts: list[str]) -> bool:
    """A 通讯录 职务 naming a leading post of this office: 副主任, 常务副主任, 县委办公室主任 (one
    of several titles: 县委常委、县委办公室主任) — not 督查室主任."""
    for part in positions.split_names(title):
        for name in office:
            part = part.removeprefix(name)
        if part.removeprefix("常务") in posts:
            return True
    return False


def _heads_unit(person: Person, unit: str) -> bool:
    """A 通讯录 entry of `unit` (by its 名称 or 简称) whose 职务 heads it: 局长, 副镇长,
    党组书记、局长 — not 办公室主任 or 科员."""
    key = directory.unit_key(unit)
    if not key or directory.unit_key(_unit(person)) != key:
        return False
    short = person.unit.short_name if person.unit is not None else ""
    names = sorted({key, unit, *([short] if short else [])}, key=len, reverse=True)
    for part in positions.split_names(person.title or ""):
        for name in names:
            part = part.removeprefix(name)
        if _HEAD.fullmatch(part):
            return True
    return False


def handling_unit(record: Any) -> str:
    """The unit that handles the petition when not this office: the 去向单位 of a 交办."""
    if record is None or getattr(record, "handling", "") != "交办":
        return ""
    unit = str(getattr(record, "target_unit", "") or "")
    return "" if reviewers.is_office(unit) else unit


def _directory(name: str) -> list[Person]:
    with guarded("通讯录"):
        return directory.people_by_name(name)


def _unit(person: Person) -> str:
    unit = person.unit
    return str(unit.name) if unit is not None else ""


def _of_office(person: Person, office: list[str], posts: list[str]) -> bool:
    unit = _unit(person)
    return reviewers.is_office(unit) and _leading_title(person.title or "", office, posts)


def _leaders(office: list[str], posts: list[str], unit: str = "") -> list[str]:
    """Who may approve, as the refusal names them: 李国强（主任）, 赵镇长（青河镇人民政府镇长）."""
    found = [f"{p.label}（{p.position}）" for p in positions.all_posts() if p.position in posts]
    with guarded("通讯录"):
        people = list(Person.select().where(Person.unit.is_null(False)).order_by(Person.rank))
    found += [f"{p.name}（{p.title}）" for p in people if _of_office(p, office, posts)]
    found += [f"{p.name}（{_unit(p)}{p.title}）" for p in people if unit and _heads_unit(p, unit)]
    return list(dict.fromkeys(found))


def approver(name: str, record: Any = None) -> str:
    """The 批准人 of a 延期 of `record` as the record keeps it (a user's 姓名 for his 用户名), or
    refused saying who he is and who may approve."""
    name = name.strip()
    posts, office = leading_posts(), _office_names()
    unit = handling_unit(record)
    users = positions.people_named(name)
    leading = [p for p in users if p.position in posts]
    if leading:
        return leading[0].label
    listed = _directory(name)
    if any(_of_office(p, office, posts) or (unit and _heads_unit(p, unit)) for p in listed):
        return directory.tidy_name(name)
    if len(users) == 1:
        post = users[0]
        who: Any = (text("%1是%2%3", post.label, post.unit, post.position) if post.position
                    else text("%1是%2（未设置职务）", post.label, post.unit))
    elif users:
        who = text("名为“%1”的%2", name, positions.namesakes(users))
    elif listed:
        who = [text("%1是%2%3", p.name, _unit(p), p.title) if p.title
               else text("%1是%2（通讯录未写职务）", p.name, _unit(p)) for p in listed]
    else:
        who = text("用户和通讯录中都没有“%1”", name)
    leaders = _leaders(office, posts, unit)
    may = (text("可以批准的有：%1。", leaders) if leaders else
           "用户和通讯录中还没有担任这些职务的人：请管理员在用户的岗位中设置本机关负责人的职务，"
           "或在通讯录中登记本机关（设置“机关名称”所指的单位）的负责人及其职务。")
    raise ProcedureError(
        text("%1，不是本机关或承办单位的负责人：延期须经本机关负责人（%2）或承办单位%3的负责人批准"
             "（《信访工作条例》第三十四条），请填写批准延期的负责人。%4", who, list(posts), unit, may) if unit else
        text("%1，不是本机关负责人：延期须经本机关负责人（%2）批准（《信访工作条例》第三十四条），"
             "请填写批准延期的负责人。%3", who, list(posts), may))
