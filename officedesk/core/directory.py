"""The directory (通讯录): units, people and meeting rooms, found by name or 拼音 initials.

The pickers' completion: core.directory_completion; the 职级 table and a person's 级别 by it:
core.ranks (RANKS registered here, after 人员); a unit's rename: core.unit_renaming."""

from __future__ import annotations

import contextlib
import contextvars
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from officedesk.core import i18n, pending_records
from officedesk.core.context_values import bound
from officedesk.core.errors import ValidationError
from officedesk.core.fields import BOOL, CHOICE, INT, FieldSpec
from officedesk.core.idcard import normalize_phone
from officedesk.core.names import tidy_name
from officedesk.core.ranks import RANKS, check_rank, rank_name, rank_names, resolve_rank
from officedesk.core.registry import RegistrySpec, register
from officedesk.store.models import Person, Room, Unit

PHONE = re.compile(r"^[0-9+\-() ]{5,20}$")


def check_phone(value: Any) -> None:
    if value and not PHONE.match(str(value)):
        raise ValidationError(i18n.text("电话号码“%1”格式不对，只能含数字、空格和 + -"
                                        " ( )。",
                                        value))


@lru_cache(maxsize=4096)
def pinyin_key(text: str) -> str:
    """'张三' -> 'zs zhangsan': initials, then full spelling, for prefix matching."""
    if not text:
        return ""
    from pypinyin import Style, lazy_pinyin  # costly import: only when first used

    full = lazy_pinyin(text, errors="default")
    initials = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")
    return f"{''.join(initials).lower()} {''.join(full).lower()}"


def name_order(name: str) -> str:
    """A sort key of a unit's (or a person's) name in 音序 (its full pinyin), the name itself
    after it for homophones: lists of equal figures order their units so (督查通报, 信息排名)."""
    return pinyin_key(name).partition(" ")[2] + "\x00" + name


def _unit_names() -> list[str]:
    """The units a picker offers (a person's 单位, a unit's 上级单位): those in use."""
    return [u.name for u in Unit.select(Unit.name).where(Unit.out_of_use == False)  # noqa: E712
            .order_by(Unit.sort_order, Unit.name)]


def out_of_use_field() -> FieldSpec:
    """停用 (migration 43), declared alike for units, people and rooms: an entry out of use (a
    room closed, a person transferred or retired, a unit merged away) is offered by no picker
    (core.directory_completion) and no new meeting is booked in a room out of use
    (meetings.spec); the records naming it keep it. Set again to 否 it is offered again."""
    return FieldSpec("out_of_use", "停用", kind=BOOL, default=False, width=50)


def _fill_pinyin(values: dict[str, Any], existing: Any) -> None:
    if "name" in values:
        values["pinyin"] = pinyin_key(values.get("name") or "")


def unit_pinyin(name: str, short_name: str = "") -> str:
    """A unit is found by its name's 拼音 and by its 简称's (yj → 应急局)."""
    return " ".join(key for key in (pinyin_key(name), pinyin_key(short_name or "")) if key)


def _fill_unit_pinyin(values: dict[str, Any], existing: Any) -> None:
    if "name" in values or "short_name" in values:
        name = values.get("name", getattr(existing, "name", "")) or ""
        short = values.get("short_name", getattr(existing, "short_name", "")) or ""
        values["pinyin"] = unit_pinyin(name, short)


def _resolve_unit(values: dict[str, Any], existing: Any) -> None:
    """The forms and xlsx give a unit by name; the table keeps the reference."""
    for key in ("unit", "parent"):
        name = values.get(key)
        if isinstance(name, str):
            if not name.strip():
                values[key] = None
                continue
            unit = Unit.get_or_none((Unit.name == name) | (Unit.short_name == name)) or _made_unit(name)
            if unit is None:
                raise ValidationError(i18n.text("通讯录中没有单位“%1”，请先在“单位”中添"
                                                "加。",
                                                name), key)
            if existing is not None and key == "parent" and unit.id == existing.id:
                raise ValidationError("上级单位不能是它自己。", key)
            values[key] = unit.id


def _made_unit(name: str) -> Any:
    """The unit an earlier row of a 通讯录 file makes with this 名称 or 简称, in a check of the file
    that writes nothing (core.batch_in_order), or None."""
    return pending_records.by_field("units", "name", name) or pending_records.by_field("units", "short_name", name)


pending_records.FINDS_MADE.add("units")  # a unit's 上级单位 made by an earlier row of the file


def _no_list_separator(value: Any) -> None:
    """A unit's 名称 or 简称 is never split: lists of units (协办单位, 分管 …) are split on these."""
    found = UNIT_LIST_SEPARATORS.search(str(value or ""))
    if found:
        shown = "换行" if found.group() == "\n" else f"“{found.group()}”"
        raise ValidationError(
            i18n.text("单位名称和简称中不能含%1：几个单位写在一起时按它分开，含它的名称会被"
                      "拆成几个单位。请去掉或改用别的字。",
                      shown))


def _unique_unit_names(values: dict[str, Any], existing: Any) -> None:
    """A unit is picked by its 名称 or its 简称 (单位=县委办): neither may be another unit's 名称 or
    简称, or the pick would be a guess."""
    for key, label in (("name", "单位名称"), ("short_name", "简称")):
        text = str(values.get(key) or "").strip()
        if not text:
            continue
        query = Unit.select().where((Unit.name == text) | (Unit.short_name == text))
        if existing is not None:
            query = query.where(Unit.id != existing.id)
        other = query.first() or (_made_unit(text) if existing is None else None)
        if other is not None:
            held = "名称" if other.name == text else "简称"
            raise ValidationError(
                i18n.text("“%1”已是单位“%2”的%3，不能再作%4：按名称或简称选单位时"
                          "无法分辨。请换一个。",
                          text, other.name, held, label), key)


UNITS = register(RegistrySpec(
    name="units", label="单位", model=Unit, title_field="name", natural_key=("name",), default_sort="sort_order",
    default_descending=False,
    fields=[
        FieldSpec("name", "单位名称", required=True, searchable=True, max_length=100, width=200,
                  check=_no_list_separator),
        FieldSpec("short_name", "简称", searchable=True, max_length=50, check=_no_list_separator),
        FieldSpec("parent", "上级单位", completer="units", choices=_unit_names, free_choice=True),
        out_of_use_field(),
    ],
    rules=[_unique_unit_names, _resolve_unit, _fill_unit_pinyin],
))

# (old 名称, new 名称, actor), in the transaction of a unit's rename: records that keep a unit by
# its 名称 as text (督查 tasks) follow it there, with their own audit entries
UNIT_RENAMES: list[Callable[[str, str, Any], None]] = []
# (old 名称, new 名称): what else refuses the new 名称 (the settings that follow it), checked
# before the rename is asked, without writing
RENAME_CHECKS: list[Callable[[str, str], None]] = []



PEOPLE = register(RegistrySpec(
    name="people", label="人员", model=Person, title_field="name", natural_key=("name", "unit"), default_sort="rank",
    default_descending=False,
    fields=[
        FieldSpec("name", "姓名", required=True, searchable=True, max_length=50, tidy=tidy_name),
        FieldSpec("gender", "性别", kind="choice", choices=("男", "女")),
        FieldSpec("unit", "单位", completer="units", choices=_unit_names, free_choice=True, width=180),
        FieldSpec("title", "职务", searchable=True, max_length=100, width=160),
        # chosen by name from the 职级 table; stored as its order number (seating, sorting)
        FieldSpec("rank", "级别", kind=CHOICE, choices=rank_names, free_choice=True,
                  default=None, show=rank_name, check=check_rank, width=90),
        FieldSpec("phone", "电话", check=check_phone, max_length=40, tidy=normalize_phone),
        out_of_use_field(),
    ],
    rules=[_resolve_unit, resolve_rank, _fill_pinyin],
))

register(RANKS)  # the 职级 table (core.ranks), among the 通讯录's registries after 人员

ROOMS = register(RegistrySpec(
    name="rooms", label="会议室", model=Room, title_field="name", natural_key=("name",), default_sort="name",
    default_descending=False,
    fields=[
        FieldSpec("name", "名称", required=True, searchable=True, max_length=100),
        FieldSpec("capacity", "容量", kind=INT, default=0, maximum=10_000),
        FieldSpec("location", "位置", searchable=True, max_length=200),
        out_of_use_field(),
    ],
    rules=[_fill_pinyin],
))


def unpadded_name() -> Any:
    """Person.name without spaces (a row saved before names were tidied may hold 张　三)."""
    from peewee import fn

    return fn.REPLACE(fn.REPLACE(Person.name, " ", ""), "\u3000", "")


def people_by_name(name: str) -> list[Person]:
    """Every 通讯录 entry of this name (namesakes, oldest first), padded rows too."""
    name = tidy_name(name.strip())
    return list(Person.select().where((Person.name == name) | (unpadded_name() == name.replace(" ", "")))
                .order_by(Person.id))


def person_by_name(name: str) -> Person | None:
    name = tidy_name(name.strip())
    found = Person.get_or_none(Person.name == name)
    if found is None and name and not name.isascii():  # a row saved padded before
        found = Person.select().where(unpadded_name() == name.replace(" ", "")).first()
    return found


def unit_by_name(name: str) -> Unit | None:
    name = name.strip()
    return Unit.get_or_none((Unit.name == name) | (Unit.short_name == name))


def room_key(name: str) -> str:
    """A room's name as compared: full-width letters and digits as half-width (NFKC), no spaces
    of any width, letters in one case."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


def room_by_name(name: str) -> Room | None:
    """The directory room a place names: by its exact name, else by `room_key` (常委 会议室,
    第１会议室 — a pasted cell, an input method's full-width digits — name 常委会议室, 第1会议室:
    taken for an outside venue, the room was booked twice). Two rooms alike by their key and
    neither exact: none, not guessed."""
    name = name.strip()
    found = Room.get_or_none(Room.name == name)
    if found is not None or not name:
        return found
    key = room_key(name)
    alike = [room for room in Room.select() if room_key(room.name) == key]
    return alike[0] if len(alike) == 1 else None


def filled() -> tuple[bool, bool, bool]:
    """Whether the 通讯录 has units, people and rooms: what a new office's checklist asks."""
    return Unit.select().exists(), Person.select().exists(), Room.select().exists()


# ---------------------------------------------------------------- a unit given by name


# What a batch of rows asks again and again (every 发文 of an import names its 拟稿单位): kept while
# nothing is written. Every change leaves an audit entry, so the newest entry's id (one lookup of
# the primary key) tells that a unit or a post may have changed, here or on another workstation.
_recent: dict[tuple[str, str, int], tuple[int, Any]] = {}
# within names_held: the newest entry's id read once for a batch's check (which writes nothing)
_held: contextvars.ContextVar[int | None] = contextvars.ContextVar("units_held", default=None)


@contextlib.contextmanager
def names_held() -> Iterator[None]:
    """Within (a RegistrySpec.prepare_scope: a batch's check, which writes nothing): the units
    and posts as they read when it began, not looked up again for each row's unit."""
    from officedesk.core import changes

    with bound(_held, changes.latest()):
        yield


def _recently(key: str, read: Callable[[], Any]) -> Any:
    from officedesk.core import changes
    from officedesk.store.db import database

    opened = database.obj  # another database opened (a restore, a test) remembers nothing
    where = (key, str(getattr(opened, "database", "")), id(opened))
    head = _held.get()
    head = changes.latest() if head is None else head
    known = _recent.get(where)
    if known is None or known[0] != head:
        if len(_recent) > 16:
            _recent.clear()
        known = _recent[where] = (head, read())
    return known[1]


def _post_units() -> list[str]:
    """The units the users' 岗位 name (the office's own 科室, often not in the 通讯录)."""
    return list(_recently("posts", _read_post_units))


def _read_unit_names() -> dict[str, str]:
    """名称 and 简称 -> 名称 of every unit of the 通讯录 (简称 are unique: _unique_unit_names)."""
    names: dict[str, str] = {}
    rows: Any = Unit.select(Unit.name, Unit.short_name).tuples()
    for name, short in rows:
        names[name] = name
        if short:
            names.setdefault(short, name)
    return names


def known_unit_names() -> list[str]:
    """Every unit's 名称 the office knows, read now: the 通讯录's and the posts' (a chain's step
    finds its holders among the posts)."""
    return list(dict.fromkeys([*_unit_names(), *_read_post_units()]))


def _read_post_units() -> list[str]:
    from officedesk.store.models import User

    rows = User.select(User.unit, User.in_charge).where(User.active == True)  # noqa: E712
    found: list[str] = []
    for row in rows:
        for name in [row.unit or "", *re.split(r"[、，,；;\n]", row.in_charge or "")]:
            if name.strip() and name.strip() not in found:
                found.append(name.strip())
    return found


def close_units(text: str, limit: int = 5) -> list[str]:
    """Units whose 名称 or 简称 look like `text` (a typo, a part of the name), best first."""
    import difflib

    scored: list[tuple[float, str]] = []
    candidates = [(u.name, u.short_name or "") for u in Unit.select(Unit.name, Unit.short_name)]
    candidates += [(name, "") for name in _post_units()]
    for name, short in candidates:
        score = max(difflib.SequenceMatcher(None, text, n).ratio() for n in (name, short) if n)
        if any(n and (text in n or n in text) for n in (name, short)):
            score += 1
        if score >= 0.5 and name not in [s[1] for s in scored]:
            scored.append((score, name))
    return [name for _score, name in sorted(scored, key=lambda s: -s[0])[:limit]]


SECTION_ENDINGS = ("科", "室", "处", "股", "组", "中心", "办", "队", "所", "站")


def _section_of_unit(text: str, new: bool = False) -> str:
    """A 内设机构 of a unit of the 通讯录 (县委办公室督查室, 县委办督查室): the unit's 名称 then the
    section's; "" when `text` is not one, or is a section of the office it does not have."""
    from officedesk.core import unit_sections

    return unit_sections.section_of_unit(text, new)


def unit_of_section(text: str) -> str:
    """The 名称 of the 通讯录 unit whose 内设机构 `text` is (县委办督查室: 中共云岭县委办公室);
    "" when it is none."""
    from officedesk.core import unit_sections

    return unit_sections.split((text or "").strip())[0]


def known_unit(text: str, label: str = "单位", field: str | None = None,
               new_section: bool = False) -> str:
    """The unit `text` means, by its 名称 or 简称 (stored as the 名称), or one of the office's own
    科室 named in the users' 岗位; refused otherwise, naming the close ones. An office that keeps
    no units in its 通讯录 yet has nothing to check against: the text is taken as written.
    `new_section`: a section of the office not known yet is taken (a 岗位 is what names it)."""
    text = (text or "").strip()
    if not text:
        return ""
    named = _recently("names", _read_unit_names).get(text)
    if named is not None:
        return str(named)
    posts = _post_units()
    if text in posts:
        return text
    # a 科室 by its short name (督查室 for 县委办公室督查室), as the approval chains name them
    endings = [name for name in posts if len(text) >= 2 and name.endswith(text)]
    from officedesk.core import unit_sections

    if len(endings) == 1 or unit_sections.one_section(endings):  # one section, two spellings
        return endings[0]
    section = _section_of_unit(text, new_section)
    if section:
        return unit_sections.as_held(section)  # as the posts write it: one section, one spelling
    if not _recently("names", _read_unit_names):  # no units kept (read once, not a query a row)
        return text

    unit_sections.refuse_missing_organ(text, label, field)  # 县委办督查室: 县委办 not kept

    close = unit_sections.close_sections(text) or close_units(text)  # 县委办公室督察室: 督查室
    hint = f"是不是：{'、'.join(close)}？" if close else "请填写通讯录中单位的全称或简称。"
    raise ValidationError(i18n.text("%1“%2”不在通讯录中。%3新单位请先在“单位”中添加"
                                    "。",
                                    label, text[:60], hint),
                          field)


def unit_key(text: str) -> str:
    """The unit `text` means as the rules store it (`known_unit`: the 名称), for comparing two
    texts that name a unit; a text naming no unit of the 通讯录 stays as it is (no refusal:
    the record's own check says why)."""
    try:
        return known_unit(text) or (text or "").strip()
    except ValidationError:
        return (text or "").strip()


def unit_spellings(name: str) -> list[str]:
    """The texts a unit's 名称 is kept or typed as: the 名称 and its 简称 (a record saved before
    its units were checked may hold the 简称)."""
    names = _recently("names", _read_unit_names)
    return [name, *(text for text, full in names.items() if full == name and text != name)]


UNIT_LIST_SEPARATORS = re.compile(r"[、，,；;\n]")


def known_units(text: str, label: str = "单位", field: str | None = None) -> str:
    """Several units in one field (协办单位 “县财政局、财政局”): each checked as `known_unit`,
    kept by 名称, each once, joined with “、”."""
    names: list[str] = []
    for part in UNIT_LIST_SEPARATORS.split(text or ""):
        name = known_unit(part, label, field)
        if name and name not in names:
            names.append(name)
    return "、".join(names)


def known_unit_fields(*fields: tuple[str, str, bool]) -> Callable[[dict[str, Any], Any], None]:
    """A registry rule: each (field, label, several) naming units of the 通讯录 is checked as
    `known_unit` (or `known_units`) and kept by 名称, at `add`, in the form and at import. A
    record's old value is not checked again (a unit since removed does not block other edits)."""

    def rule(values: dict[str, Any], existing: Any) -> None:
        for name, label, several in fields:
            given = values.get(name)
            if not isinstance(given, str) or not given.strip():
                continue
            if existing is not None and given.strip() == (getattr(existing, name, "") or ""):
                continue
            values[name] = (known_units if several else known_unit)(given, label, name)

    return rule


# registered here: the rename's checks and save (UNITS.correction_route), the settings that name
# a unit follow its rename (beside UNIT_RENAMES), a 职级's holders follow its 排序 (on ranks.RANKS),
# and a unit, person or room in use is not deleted (directory_uses: `check` names records left on
# one deleted before)
from officedesk.core import (  # noqa: E402, F401
    directory_uses,
    rank_orders,
    settings_renamed,
    unit_renaming,
)
