"""保密: a record names only people cleared for its 密级 (README 安全: nobody holds what he may not
know). A name that is a user of the program (an active account, by its 姓名 or 用户名) whose 密级权限
is below the record's 密级 is refused — as a 传阅 reader (documents.circulation), as a field a
registry declares to name people (RegistrySpec.named_people: 出席人员, 承办人, 责任人, 拟稿人 …),
on every create and save (records, batch import), and a record naming him is not raised above
him. A name that is no user of the program (a 通讯录 person, a paper reader) has no 密级权限
here: it is named, as 传阅 sends to him.

A name is read as written however it is spaced (spaces, zero-width characters) and without a
trailing 同志; a 用户名 means that user. Of namesakes the name means any of them — refused only
when none is cleared —, and a unit or 职务 said after it in （） (李国强（县委办公室主任）) means the
one it fits. A past register (`import --history`) keeps the people of its time: a record brought
there no longer in work (RegistrySpec.in_work) is not judged. The rule holds after the naming too:
a user named on a record still in work is not lowered below it, nor renamed, re-enabled or added
onto a name such a record names (core.accounts asks check_user)."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from officedesk.core import i18n, positions, state_facts
from officedesk.core.actor import SECRECY_LABELS, clearance_label, clearance_of, secrecy_label
from officedesk.core.errors import ValidationError
from officedesk.core.names import INVISIBLE
from officedesk.core.record_guards import level_of, may_see, pick
from officedesk.store.db import names_lock

# spaces of every width and the characters that show nothing (zero-width, joiners, marks)
_INVISIBLE = re.compile(f"[\\s{INVISIBLE}]")
_TAIL = re.compile(r"[（(]([^（）()]*)[）)]$")  # “吕小低（秘书科）”: the unit said with the name
_COMRADE = "同志"
_SLASH = re.compile(r"[/／]")  # “韩雨/罗红梅”: two people

Person = tuple[str, str]  # (the name as matched, what （） said after it)


def plain(text: str) -> str:
    return _INVISIBLE.sub("", text or "")


def _form(text: str) -> str:
    """A name as compared: without invisible characters, in any width (ＨＹ is HY)."""
    return unicodedata.normalize("NFKC", plain(text))


def _bare(part: str) -> Person:
    """A name as matched (no invisible characters, no trailing 同志) and what （） said after it."""
    part = plain(part)
    tail = _TAIL.search(part)
    said = tail.group(1) if tail else ""
    name = part[:tail.start()] if tail else part
    if name.endswith(_COMRADE) and len(name) > len(_COMRADE):
        name = name[:-len(_COMRADE)]
    return name, said


def _known(posts: list[positions.Post]) -> set[str]:
    return {_form(p.label) for p in posts} | {_form(p.username).casefold() for p in posts}


def _spaced(part: str, known: set[str]) -> list[str]:
    """A part written with spaces: two people (“罗红梅 韩雨”) when every piece is a name of two
    characters or more and one of them is a user's 姓名 or 用户名; else one name spaced inside
    (“韩 雨”, “欧阳 修明”)."""
    pieces = part.split()
    if len(pieces) > 1 and all(len(_bare(p)[0]) >= 2 for p in pieces) and any(
            _bare(p)[0] in known or _bare(p)[0].casefold() in known for p in pieces):
        return pieces
    return [part]


def people_in(text: Any, posts: list[positions.Post] | None = None) -> list[Person]:
    """The people a field's text names: split as lists are and on a slash, and on a space
    between two names (_spaced); written in any width (ＨＹ is hy); each name without invisible
    characters and a trailing 同志, with the unit or 职务 said after it in （）."""
    text = unicodedata.normalize("NFKC", str(text or ""))
    known: set[str] | None = None
    found: list[Person] = []
    for listed in positions.split_names(text):
        for part in _SLASH.split(listed):
            if re.search(r"\S\s+\S", part.strip()):
                known = _known(positions.all_posts() if posts is None else posts) if known is None else known
                parts = _spaced(part.strip(), known)
            else:
                parts = [part]
            for one in parts:
                person = _bare(one)
                if person[0] and person not in found:
                    found.append(person)
    return found


def names_in(text: Any) -> list[str]:
    """The names a field's text names (people_in without what （） says)."""
    return list(dict.fromkeys(name for name, _said in people_in(text)))


def _fits(post: positions.Post, said: str) -> bool:
    """（） fits a user when it says his 用户名, his unit, his 职务, or both — the unit by its full
    name or its section's short name (“信访科科员” is 县委办公室信访科's 科员), as the chains match."""
    if said in {post.username, post.unit, post.position, post.unit + post.position} - {""}:
        return True
    unit = said[:-len(post.position)] if post.position and said.endswith(post.position) else said
    return len(unit) >= 2 and bool(post.unit) and post.unit.endswith(unit)


def meant(person: Person, posts: list[positions.Post]) -> tuple[list[positions.Post], list[positions.Post]]:
    """The users a written name may mean, and all the namesakes of that name: the one whose
    用户名 it is, else those whose 姓名 it is — of them the ones （） fits, if it fits any."""
    name, said = person
    by_username = [p for p in posts if _form(p.username).casefold() == name.casefold()]
    label = _form(by_username[0].label) if by_username else name
    namesakes = [p for p in posts if _form(p.label) == label] or by_username
    if by_username:
        return by_username, namesakes
    fitting = [p for p in namesakes if _fits(p, said)] if said else []
    return fitting or namesakes, namesakes


def _unfit(person: Person, posts: list[positions.Post]) -> bool:
    """A name of namesakes said with a （） that fits none of them (罗红梅（财务科）): it means
    nobody sure — not any namesake, the cleared one least. (Of one user, the name is his.)"""
    name, said = person
    users, namesakes = meant(person, posts)
    return bool(said) and len(namesakes) > 1 and users == namesakes and not any(
        _fits(p, said) for p in namesakes) and not any(
        _form(p.username).casefold() == name.casefold() for p in posts)


def _refused(level: int, person: Person, posts: list[positions.Post]) -> list[positions.Post]:
    """The users a name means when none of them is cleared for `level` ([] when it may stand);
    of a （） that fits none of the namesakes, those below it."""
    users, _namesakes = meant(person, posts)
    if _unfit(person, posts):
        return [p for p in users if p.clearance < level]
    return users if users and all(p.clearance < level for p in users) else []


def _who(users: list[positions.Post]) -> str:
    if len(users) == 1:
        return f"{users[0].label}（{clearance_label(users[0].clearance)}）"
    return "、".join(f"{p.label}（{clearance_label(p.clearance)}，用户名 {p.username}）" for p in users)


def _apart(level: int, person: Person, users: list[positions.Post], posts: list[positions.Post]) -> str:
    """How to name the cleared namesake of a refused name instead ("" without one)."""
    _users, namesakes = meant(person, posts)
    cleared = [p for p in namesakes if p not in users and p.clearance >= level]
    if not cleared:
        return ""
    forms = "、".join(f"“{p.label}（{p.unit}{p.position}）”" if p.unit or p.position
                     else f"其用户名“{p.username}”" for p in cleared)
    return (f"同名的{positions.namesakes(cleared)}有相应密级权限；如指的是其人，请写作{forms}"
            "（或写其用户名）以区分同名人员。")


def refusal(level: int, written: str | Person, label: str, doing: str = "",
            posts: list[positions.Post] | None = None) -> str:
    """Why `written` may not be named `label` on a record of `level` ("" when it may): a user
    of the program below it, of namesakes only when none is cleared; a name that is no user may
    be named."""
    if not level:
        return ""
    posts = positions.all_posts() if posts is None else posts
    for person in [written] if isinstance(written, tuple) else people_in(written, posts):
        below = _refused(level, person, posts)
        if below and _unfit(person, posts):
            return (f"这件的密级为{secrecy_label(level)}，{label}“{person[0]}（{person[1]}）”括号中的"
                    f"“{person[1]}”与同名的{positions.namesakes(meant(person, posts)[1])}都对不上，"
                    f"不知指的是谁，而其中{_who(below)}的密级权限低于它。请写作“姓名（单位职务）”"
                    "（如科室名加职务）或写其用户名以区分同名人员。")
        if below:
            return (f"这件的密级为{secrecy_label(level)}，{label}{_who(below)}的密级权限低于它，"
                    f"不能{doing or '列为' + label}。" + (_apart(level, person, below, posts) or
                    "请改选有相应密级权限的人，或请管理员调整其密级权限。"))
    return ""


def refuse_named(level: int, names: Iterable[str | Person], label: str, field: str,
                 doing: str = "") -> None:
    """The one rule: naming a user below `level` refused, the field by its `label` (“传阅”'s
    readers: label "" and doing “传阅给其”)."""
    if not level:
        return
    names_lock(exclusive=False)  # held till the save commits: no user changes under it
    posts = positions.all_posts()
    for written in names:
        text = refusal(level, written, label, doing, posts)
        if text:
            raise ValidationError(text, field)


def step_refusal(registry: str, step: str, record: Any, named: str) -> str:
    """A step's person field (批办's 批示领导, 核稿人, 签发人, 转督查's 批示领导 …) naming a user below
    the record's 密级: refused in the words of the fields a record names ("" when he may be
    named, or the step names nobody). core.responsibility asks it of 代录."""
    from officedesk.core import registry as registries
    from officedesk.core import steps
    from officedesk.core.step_values import person_field_of

    spec = registries.get(registry)
    field = person_field_of(steps.procedure(registry).find(step))
    if field is None or spec.level_field is None:
        return ""
    return refusal(level_of(spec, record), named, field.label)


def refuse_step_person(registry: str, step: str, record: Any, named: str) -> None:
    """step_refusal raised, under the lock on who may be named (core.steps.perform, in the step's
    transaction): no user is lowered between the step's check of its person and its commit."""
    names_lock(exclusive=False)
    text = step_refusal(registry, step, record, named) if named else ""
    if text:
        raise ValidationError(text, "person")


class _Record:
    """A record as it would be saved: the values given, else the stored record's."""

    def __init__(self, values: dict[str, Any], existing: Any) -> None:
        self._values, self._existing = values, existing

    def __getattr__(self, name: str) -> Any:
        return pick(self._values, self._existing, name)


def names_anyone(spec: Any) -> bool:
    """Whether the registry's records name people the rule judges (fields or rows, and a 密级)."""
    return bool(spec.named_people or spec.named_rows) and spec.level_field is not None


def check_new(spec: Any, values: dict[str, Any]) -> None:
    """A new record (records.create, batch import): the people it names are cleared for it."""
    check_change(spec, None, values)


def check_change(spec: Any, existing: Any, values: dict[str, Any]) -> None:
    """A save (records.save_changes: edits, steps, import --update): the people it names anew
    are cleared for the record's 密级; a 密级 raised is above none of the people it names. A
    past register's record no longer in work keeps the people of its time."""
    if not names_anyone(spec):
        return
    level = clearance_of(pick(values, existing, spec.level_field) or "")
    if not level:
        return
    if state_facts.is_history() and spec.in_work is not None and not spec.in_work(_Record(values, existing)):
        return
    raised = existing is not None and level > level_of(spec, existing)
    names_lock(exclusive=False)  # held till the save commits: no user changes under it
    posts = positions.all_posts()
    for name, label in spec.named_people:
        if name not in values and not raised:
            continue
        before = set(people_in(getattr(existing, name, ""), posts)) if existing is not None else set()
        now = people_in(pick(values, existing, name), posts)
        refuse_named(level, [n for n in now if n not in before], label, name)
        kept = [p for n in now if n in before for p in _refused(level, n, posts)] if raised else []
        if kept:
            secrecy = secrecy_label(level)
            raise ValidationError(
                i18n.text("%1%2的密级权限低于%3，这件%4不能定为%3。请先改换%1，或请管理员调整其密级权限。",
                          label, _who(kept), secrecy, spec.label), spec.level_field)
    if raised and spec.named_rows:
        for label, text in named_in_rows(spec, [existing.id]).get(existing.id, []):
            refuse_named(level, people_in(text, posts), label, spec.level_field,
                         f"将这件{spec.label}定为{secrecy_label(level)}")


def check_row(spec: Any, source: Any, record: Any, now: Any, before: Any = "") -> None:
    """A row of `source` (one of spec.named_rows without a step: a 督查 task's 责任人) written for
    `record`, naming `now` where it named `before`: the people it names anew are cleared for the
    record's 密级, as check_change holds of a field (the people it kept are `check`'s to list). A
    past register's record no longer in work keeps the people of its time."""
    level = level_of(spec, record) if names_anyone(spec) else 0
    if not level or (state_facts.is_history() and spec.in_work is not None and not spec.in_work(record)):
        return
    names_lock(exclusive=False)  # held till the save commits: no user changes under it
    posts = positions.all_posts()
    kept = set(people_in(before, posts))
    refuse_named(level, [p for p in people_in(now, posts) if p not in kept], source.label, source.person)


# ---------------------------------------------------------------- a user changed


def _step_labels(spec: Any) -> dict[str, str]:
    """Step name -> the label of its person field (批办 -> 批示领导): the steps that name someone."""
    from officedesk.core import steps
    from officedesk.core.step_values import person_field_of

    steps.load_all()
    if spec.name not in {proc.registry for proc in steps.procedures()}:
        return {}
    return {step.name: field.label for step in steps.procedure(spec.name).steps
            if (field := person_field_of(step)) is not None}


def named_in_rows(spec: Any, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """Record id -> (label, text) of whom the rows of other tables name for it (spec.named_rows:
    its steps' people in the 办理过程, 传阅's readers)."""
    found: dict[int, list[tuple[str, str]]] = {}
    for source in spec.named_rows:
        model = source.model
        record, person = getattr(model, source.record), getattr(model, source.person)
        labels = _step_labels(spec) if source.step else {}
        kind = getattr(model, source.step) if source.step else person
        for start in range(0, len(ids), 500):  # within every driver's count of parameters
            query = model.select(record, person, kind).where(record.in_(ids[start:start + 500]) & (person != ""))
            if source.step:
                query = query.where(kind.in_(list(labels)))
            if source.registry:
                query = query.where(getattr(model, source.registry) == spec.name)
            for record_id, text, step in query.tuples():
                found.setdefault(record_id, []).append((labels[step] if source.step else source.label, text))
    return found


def _named(spec: Any, record: Any, rows: dict[int, list[tuple[str, str]]]) -> Iterator[tuple[str, str]]:
    """(label, text) of everyone a record names: in its fields, then in rows of other tables."""
    for field, label in spec.named_people:
        yield label, getattr(record, field, "")
    yield from rows.get(record.id, [])


def _named_in_work(posts: list[positions.Post], below: int) -> Iterator[tuple[Any, Any, str, str]]:
    """(spec, record, label, name) of the records still in work above `below` that name someone
    (in a field or a step of their 办理过程), under `posts`, none of whose users is cleared for them."""
    from officedesk.core import registry

    labels = [label for label in SECRECY_LABELS if clearance_of(label) > below]
    for spec in registry.all_registries():
        if not (spec.named_people or spec.named_rows) or spec.level_field is None:
            continue
        model = spec.model
        found = [record for record in model.select().where(getattr(model, spec.level_field).in_(labels))
                 .order_by(model.id) if spec.in_work is None or spec.in_work(record)]
        rows = named_in_rows(spec, [record.id for record in found]) if spec.named_rows else {}
        for record in found:
            level = level_of(spec, record)
            for label, text in _named(spec, record, rows):
                for person in people_in(text, posts):
                    if _refused(level, person, posts):
                        yield spec, record, label, person[0]


def _offences(posts: list[positions.Post], below: int) -> dict[tuple[str, int], tuple[Any, str, str]]:
    """(registry, id) -> (record, field label, name): _named_in_work, one a record."""
    found: dict[tuple[str, int], tuple[Any, str, str]] = {}
    for spec, record, label, name in _named_in_work(posts, below):
        found.setdefault((spec.name, record.id), (record, label, name))
    return found


def uncleared_in_work() -> list[str]:
    """`check`: the records still in work that name a user below their 密级 (made before the
    rule, or by a change outside the program) — by registry, number (or id), 密级, field and
    name; no title, as the check's reader may not be cleared for the record."""
    from officedesk.core.registry import load_all

    load_all()
    said: list[str] = []
    for spec, record, label, name in _named_in_work(positions.all_posts(), 0):
        number = getattr(record, spec.number_field, "") if spec.number_field else ""
        said.append(i18n.text("%1%2（id %3，%4）的%5“%6”的密级权限低于该件的密级", spec.label, number or "",
                              record.id, secrecy_label(level_of(spec, record)), label, name))
    return said


def check_user(username: str, *, name: str | None = None, clearance: int | None = None,
               active: bool | None = None, doing: str, actor: Any) -> None:
    """A user added, renamed, lowered or re-enabled (core.accounts) by the administrator `actor`:
    refused while records still in work would then name a user not cleared for them who was not
    so named before — with how many, and their numbers and titles, as far as `actor` may see
    them. 保密: an administrator may be cleared below some of them; those are neither named nor
    counted to him (not even that they exist, where one he may see refuses it already), and
    when they alone refuse it he is told who can change them, in words the same for one as for
    five."""
    from officedesk.core import registry
    from officedesk.store.models import User

    names_lock(exclusive=True)  # no record naming him commits between this check and the change
    user = User.get_or_none(User.username == username)
    before = [p for p in positions.all_posts() if p.username != username]
    if user is not None and user.active:
        before.append(positions.post_of_user(user))
    post = (positions.post_of_user(user) if user is not None
            else positions.Post(username, name or "", "", "", (), False, "", clearance or 0))
    post = dataclasses.replace(post, name=post.name if name is None else (name or username),
                               clearance=post.clearance if clearance is None else clearance)
    on = bool(user.active) if active is None and user is not None else active is not False
    after = [p for p in before if p.username != username] + ([post] if on else [])
    if not on:
        return
    new = {key: hit for key, hit in _offences(after, post.clearance).items()
           if key not in _offences(before, post.clearance)}
    if not new:
        return
    cleared = clearance_label(post.clearance)
    seen = [(registry.get(registry_name), record, label, written)
            for (registry_name, _id), (record, label, written) in new.items()
            if may_see(registry.get(registry_name), record, actor)]
    if not seen:
        raise ValidationError(
            i18n.text("%1：仍在办理中的记录列有“%2”（%3），其密级高于该用户的密级权限，也高于您的密级权限。"
                      "请由涉密权限足够的管理员办理（先在这些记录中改换其人，再作此修改）。",
                      doing, post.label, cleared), "clearance")
    said: list[str] = []
    for spec, record, label, written in seen[:10]:
        number = getattr(record, spec.number_field, "") if spec.number_field else ""
        title = getattr(record, spec.title_field, "")
        said.append(i18n.text("%1%2“%3”（%4，%5%6）", spec.label, number or i18n.text("（id %1）", record.id), title,
                              secrecy_label(level_of(spec, record)), label, written))
    listed = i18n.joined(said, "%1；%2")
    raise ValidationError(
        i18n.text("%1：仍在办理中的 %2 件记录列有“%3”（%4），其密级高于该用户的密级权限：%5等 %2 件。"
                  "请先在这些记录中改换其人（同名时写明单位、职务或用户名以区分），再作此修改。",
                  doing, len(seen), post.label, cleared, listed) if len(seen) > 10 else
        i18n.text("%1：仍在办理中的 %2 件记录列有“%3”（%4），其密级高于该用户的密级权限：%5。"
                  "请先在这些记录中改换其人（同名时写明单位、职务或用户名以区分），再作此修改。",
                  doing, len(seen), post.label, cleared, listed), "clearance")
