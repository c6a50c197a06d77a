"""Text forms of a meeting's people and agenda, as typed in a cell of an xlsx sheet or on the
command line, and back: items separated by 、 or new lines.

People: ``张三、李四（市财政局）`` — a name, optionally the unit (or unit and post) in brackets.
A name found in the directory takes its unit, post, 级别 and phone from there.

Agenda: ``听取市发改委关于项目建设的汇报（市发改委 王明，20分钟）`` — the topic, optionally
followed by the reporting unit and/or reporter and the minutes allotted, in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from officedesk.core import i18n
from officedesk.core.errors import ValidationError

ROLE_ATTEND = "出席"
ROLE_NONVOTING = "列席"
ROLE_GUEST = "特邀"
# 旁听: admitted to watch (群众代表, 人大代表 at a 常务会议; a newly appointed cadre): not one of
# the meeting's people in its counts (应到/实到), seated at the back, no 桌签, not in the 纪要
ROLE_OBSERVER = "旁听"
ROLES = (ROLE_ATTEND, ROLE_NONVOTING, ROLE_GUEST, ROLE_OBSERVER)
# the roles counted as the meeting's people (应到人数, 实到): everyone but the observers
COUNTED_ROLES = (ROLE_ATTEND, ROLE_NONVOTING, ROLE_GUEST)


@dataclass(frozen=True)
class PersonEntry:
    name: str
    unit: str = ""
    title: str = ""
    rank: int = 99
    phone: str = ""
    person_id: int | None = None

    def label(self) -> str:
        return f"{self.name}（{self.unit}）" if self.unit and self.person_id is None else self.name


@dataclass(frozen=True)
class AgendaEntry:
    topic: str
    unit: str = ""
    reporter: str = ""
    minutes: int = 0

    def label(self) -> str:
        inner = " ".join(x for x in (self.unit, self.reporter) if x)
        if self.minutes:
            inner = f"{inner}，{self.minutes}分钟" if inner else f"{self.minutes}分钟"
        return f"{self.topic}（{inner}）" if inner else self.topic


_ENUM = re.compile(
    r"^\s*(?:\d+\s*[.．、)）]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s*"
)
_TAIL = re.compile(r"^(?P<head>.*?)[（(](?P<inner>[^（）()]*)[)）]\s*$")
_MINUTES = re.compile(
    r"^(?:约|共)?\s*(?P<n>[0-9０-９]+)\s*(?:分钟|分|min|mins|minutes)?$", re.IGNORECASE
)
# an agenda item's length: a whole 10-hour meeting day at most (the agenda is printed with the
# time each item starts, so an absurd length would print an absurd time, or overflow the store)
AGENDA_MINUTES_MAX = 600
_BAD_MINUTES = re.compile(r"(分钟|分|min)\s*$", re.IGNORECASE)
_UNIT_ENDINGS = (
    "局",
    "委",
    "办",
    "部",
    "厅",
    "院",
    "会",
    "中心",
    "政府",
    "公司",
    "所",
    "处",
    "科",
    "室",
    "站",
    "队",
    "署",
    "行",
    "校",
    "馆",
    "团",
    "社",
    "组",
)


def split_items(text: str, every_line: bool = False) -> list[str]:
    """Split on new lines; a single line (every line with every_line) also splits on 、 outside
    brackets. Numbering is dropped."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return []
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) == 1 or every_line:
        lines = [part for line in lines for part in _split_top_level(line)]
    items = []
    for line in lines:
        item = _ENUM.sub("", line, count=1).strip().strip("；;，,。")
        if item:
            items.append(item)
    return items


def _split_top_level(line: str) -> list[str]:
    # "一、甲、乙": a leading enumeration is not a separator
    parts: list[str] = []
    depth = 0
    lead = _ENUM.match(line)
    start = lead.end() if lead and not re.match(r"^\s*\d", line) else 0
    current = line[:start]
    for char in line[start:]:
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(0, depth - 1)
        if char == "、" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [p for p in parts if p.strip()]


def parse_people(
    text: str, label: str = "出席人员", known: Mapping[str, PersonEntry] | None = None
) -> list[PersonEntry]:
    """Names from text; directory people get their unit, post, 级别 and phone. A name in
    `known` (the people a meeting has now) stays that entry as it was stored, unless another
    unit is given with it."""
    people: list[PersonEntry] = []
    seen: set[str] = set()
    for item in split_items(text, every_line=True):
        name, unit = _name_and_unit(item)
        if not name:
            raise ValidationError(i18n.text("“%1”中“%2”没有姓名。", label, item), label)
        if len(name) > 50:
            raise ValidationError(
                i18n.text("“%1”中的“%2…”太长，不像一个姓名；人员之间请用“、”或换行"
                          "分隔。",
                          label, name[:12]),
                label,
            )
        if name in seen:
            raise ValidationError(i18n.text("“%1”中“%2”出现了两次。", label, name), label)
        seen.add(name)
        stored = (known or {}).get(name)
        if stored is not None and unit in ("", stored.unit):
            people.append(stored)
        else:
            people.append(resolve_person(name, unit))
    return people


def _name_and_unit(item: str) -> tuple[str, str]:
    """One person of a list: the name (spaces dropped) and the unit in brackets after it."""
    name, unit = item, ""
    match = _TAIL.match(item)
    if match:
        name, unit = match["head"].strip(), match["inner"].strip()
    return re.sub(r"\s+", "", name), unit


def listed_names(text: str) -> list[str]:
    """The names a list of people (a meeting's 出席人员 text, ``format_people``'s) holds, as
    ``parse_people`` reads them, none looked up in the directory."""
    names = [_name_and_unit(item)[0] for item in split_items(text, every_line=True)]
    return [name for name in names if name]


def resolve_person(name: str, unit: str = "", title: str = "") -> PersonEntry:
    """A directory person when the name (and the unit, if given) match, else a typed one
    (found once for an import's rows: known.held)."""
    from officedesk.core.meetings import known

    name = name.strip()
    return known.remembered(("person", name, unit, title), lambda: _resolve_person(name, unit, title))


def _resolve_person(name: str, unit: str, title: str) -> PersonEntry:
    from officedesk.store.models import Person

    # namesakes: one in use before one 停用 (transferred, retired), then the oldest
    candidates = list(Person.select().where(Person.name == name).order_by(Person.out_of_use, Person.id).limit(10))
    if unit:
        fitting = [p for p in candidates if p.unit and unit in (p.unit.name, p.unit.short_name)]
        candidates = fitting or ([] if candidates else candidates)
    if candidates:
        p = candidates[0]
        return PersonEntry(
            p.name, p.unit.name if p.unit else "", p.title or "", p.rank, p.phone or "", p.id
        )
    return PersonEntry(name, unit, title)


def format_people(people: list[PersonEntry]) -> str:
    return "、".join(p.label() for p in people)


def format_people_exact(people: Sequence[PersonEntry]) -> str:
    """The people as text that `parse_people` reads back to the same entries: each with the
    unit it has (a directory person too, so that of two of one name the right one is found)."""
    return "、".join(f"{p.name}（{p.unit}）" if p.unit else p.name for p in people)


def parse_agenda(text: str, label: str = "议程") -> list[AgendaEntry]:
    items: list[AgendaEntry] = []
    for number, item in enumerate(split_items(text), start=1):
        topic, unit, reporter, minutes = item, "", "", 0
        match = _TAIL.match(item)
        if match and match["head"].strip():
            topic = match["head"].strip()
            parts = [p.strip() for p in re.split(r"[，,；;]", match["inner"]) if p.strip()]
            for part in parts:
                found = _MINUTES.match(part)
                if found:
                    minutes = _bounded_minutes(found["n"], label, number)
                    continue
                if _BAD_MINUTES.search(part):
                    raise ValidationError(
                        i18n.text("“%1”第 %2 项的时长“%3”看不懂，请写成“20分钟"
                                  "”。",
                                  label, number, part), label
                    )
                unit, reporter = _unit_and_reporter(part)
        if len(topic) > 300:
            raise ValidationError(i18n.text("“%1”第 %2 项太长（最多 300 字）。",
                                            label, number), label)
        items.append(AgendaEntry(topic, unit, reporter, minutes))
    return items


def _bounded_minutes(digits: str, label: str, number: int) -> int:
    minutes = int(digits.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if not 1 <= minutes <= AGENDA_MINUTES_MAX:
        raise ValidationError(
            i18n.text("“%1”第 %2 项的时长 %3 分钟不合理：应在 1 到 %4 分钟"
                      "之间。",
                      label, number, minutes, AGENDA_MINUTES_MAX), label)
    return minutes


def _unit_and_reporter(part: str) -> tuple[str, str]:
    pieces = [p for p in re.split(r"[\s/／]+", part) if p]
    if len(pieces) >= 2:
        return " ".join(pieces[:-1]), pieces[-1]
    only = pieces[0] if pieces else ""
    if looks_like_unit(only):
        return only, ""
    return "", only


def looks_like_unit(text: str) -> bool:
    from officedesk.core.meetings import known

    if not text:
        return False
    return known.remembered(("unit or person", text), lambda: _looks_like_unit(text))


def _looks_like_unit(text: str) -> bool:
    from officedesk.core.directory import person_by_name, unit_by_name

    if unit_by_name(text) is not None:
        return True
    if person_by_name(text) is not None:
        return False
    return len(text) > 4 or text.endswith(_UNIT_ENDINGS)


def format_agenda(items: list[AgendaEntry]) -> str:
    return "\n".join(f"{n}. {item.label()}" for n, item in enumerate(items, start=1))


_BAR = re.compile(r"[｜|]")
AGENDA_COLUMNS = ("议题", "汇报单位", "汇报人", "分钟")


def parse_agenda_rows(text: str, label: str = "议程") -> list[AgendaEntry]:
    """The agenda one item a line in columns, 议题｜汇报单位｜汇报人｜分钟 (the last three may be
    left out), read exactly as written; text without “｜” is read as `parse_agenda` reads it."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if not _BAR.search(text):
        return parse_agenda(text, label)
    items: list[AgendaEntry] = []
    for line in text.split("\n"):
        parts = [p.strip() for p in _BAR.split(line)]
        if not any(parts):
            continue
        number = len(items) + 1
        if len(parts) > len(AGENDA_COLUMNS):
            raise ValidationError(
                i18n.text("“%1”第 %2 项分成了 %3 栏：每行写“%4”，议题中不能有"
                          "“｜”。",
                          label, number, len(parts), '｜'.join(AGENDA_COLUMNS)), label)
        topic, unit, reporter, minutes = (parts + ["", "", ""])[:4]
        count = 0
        if minutes:
            found = _MINUTES.match(minutes)
            if found is None:
                raise ValidationError(
                    i18n.text("“%1”第 %2 项的时长“%3”看不懂，请写分钟数，如“20"
                              "”。",
                              label, number, minutes), label)
            count = _bounded_minutes(found["n"], label, number)
        items.append(AgendaEntry(topic, unit, reporter, count))
    return items


def format_agenda_rows(items: Sequence[AgendaEntry]) -> str:
    """The agenda as `parse_agenda_rows` reads it back, item for item."""
    return "\n".join(
        "｜".join((item.topic, item.unit, item.reporter, str(item.minutes) if item.minutes else ""))
        for item in items
    )
