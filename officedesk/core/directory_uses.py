"""What points at a 通讯录 entry, and the refusal of its deletion while anything does.

Every registry picks its units, people and rooms from the 通讯录, and keeps them two ways: by id
(a meeting's 会议室 `room_id` and its 参会人员' `person_id`, loose integers; a person's 单位, a
unit's 上级单位 and a user's 关联人员, foreign keys the delete would clear without an audit entry,
which `check` then takes for rows changed outside the program) or by the unit's 名称 as text
(收文 承办单位, 督查 牵头/责任单位, 信访 去向单位, 信息 报送单位 … — the columns a rename follows,
unit_renames.FOLLOWERS — and the settings that name it, settings_renamed). A delete left them
pointing at nothing: a meeting's room no longer found by the room's conflicts (and, SQLite giving
the highest id again, the next room added taking the old one's meetings), a unit renamed later
without its records following.

So an entry in use is not deleted (`RegistrySpec.delete_checks`, every path through
records.delete: the window's 删除, and it asks first by `records.delete_refusal`): the refusal
counts what uses it, per kind — those above the actor's clearance (or withheld from him) counted
as such, never named — and says what to do instead: 停用 (an entry out of use is offered by no
picker, core.directory.out_of_use_field). The office's own unit (系统设置“机关名称”)
is never deleted. `check` names the meetings to come already pointing at a room or a person
deleted before (`left_on_deleted`)."""

from __future__ import annotations

from typing import Any

from peewee import JOIN

from officedesk.core import rule_checks, settings
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import joined, text
from officedesk.store.meetings import Meeting, MeetingAttendee
from officedesk.store.models import Person, Room, Unit, User


def counted(label: str, ids: list[int], registry_name: str, actor: Any) -> Any:
    """“会议 3 条”, or with those the actor may not see “会议 3 条（含您无权查看的 1 条）”."""
    from officedesk.core import registry
    from officedesk.core.record_lists import visible_condition

    spec = registry.get(registry_name)
    shown = visible_condition(spec, actor)  # what every list counts by, in SQL
    hidden = 0
    if ids and shown is not None:
        hidden = len(ids) - spec.model.select().where(spec.model.id.in_(ids) & shown).count()
    if hidden:
        return text("%1 %2 条（含您无权查看的 %3 条）", label, len(ids), hidden)
    return text("%1 %2 条", label, len(ids))


def _meetings(ids: set[int], actor: Any) -> list[Any]:
    return [counted("会议", sorted(ids), "meetings", actor)] if ids else []


def room_uses(room: Any, actor: Any) -> list[Any]:
    """What uses a room: the meetings booked in it (held or to come, cancelled too)."""
    rows: Any = Meeting.select(Meeting.id).where(Meeting.room_id == room.id).tuples()
    return _meetings({meeting_id for (meeting_id,) in rows}, actor)


def person_uses(person: Any, actor: Any) -> list[Any]:
    """What uses a person by id: the users linked to him, the meetings he is on (参会人员).
    Records naming him by 姓名 keep their own copy of it (namesakes: no name is one person)."""
    found: list[Any] = []
    users = User.select().where(User.person == person.id).count()
    if users:
        found.append(text("用户 %1 个（用户管理中关联了此人员）", users))
    rows: Any = (MeetingAttendee.select(MeetingAttendee.meeting)
                 .where(MeetingAttendee.person_id == person.id).tuples())
    return found + _meetings({int(meeting_id) for (meeting_id,) in rows}, actor)


def own_unit(unit: Any) -> bool:
    """Whether `unit` is the office itself (系统设置“机关名称”, by 名称 or 简称)."""
    org = str(settings.get("org.name") or "").strip()
    return bool(org) and org in (unit.name, unit.short_name or "")


def unit_uses(unit: Any, actor: Any) -> list[Any]:
    """What uses a unit: its people, its 下级单位, the users' 岗位, the records and the settings
    naming it (by 名称, or by 简称 as older records may)."""
    from officedesk.core import registry, settings_renamed, unit_renames

    found: list[Any] = []
    people = Person.select().where(Person.unit == unit.id).count()
    if people:
        found.append(text("人员 %1 人", people))
    lower = Unit.select().where(Unit.parent == unit.id).count()
    if lower:
        found.append(text("下级单位 %1 个", lower))
    spellings = [name for name in (unit.name, unit.short_name or "") if name]
    for follower in unit_renames.FOLLOWERS:
        owners = sorted({owner for name in spellings for owner in unit_renames.owners(follower, name)})
        if not owners:
            continue
        if follower.posts:
            found.append(text("用户岗位 %1 个（单位或分管）", len(owners)))
        else:
            found.append(counted(registry.get(follower.registry).label, owners, follower.registry, actor))
    named = list(dict.fromkeys(label for name in spellings for label in settings_renamed.named(name)))
    if named:
        found.append(text("系统设置“%1”", named))
    return found


def refuse_room(room: Any, actor: Any) -> None:
    uses = room_uses(room, actor)
    if uses:
        raise ValidationError(text(
            "会议室“%1”还有%2指向它，不能删除：删除后这些会议的会议室就指向不存在的记录，"
            "会议室冲突也查不出来。会议室不再使用的，可将其停用（用“修改”勾选“停用”）：选择会议室"
            "时不再列出它，也不能再预订，已有的会议仍记着它；尚未召开的会议，请先在会议中改用其他会议室。", room.name, joined(uses, "%1、%2")))


def refuse_person(person: Any, actor: Any) -> None:
    uses = person_uses(person, actor)
    if uses:
        raise ValidationError(text(
            "人员“%1”还被%2使用，不能删除：删除后它们指向不存在的人员。人员调离、退休的，"
            "可将其停用（用“修改”勾选“停用”）：选择人员时不再列出，已有记录仍记着此人；重复录入的，请先在会议的参会人员中改选另一条、"
            "在用户管理中改关联的人员，再删除。", person.name, joined(uses, "%1、%2")))


def refuse_unit(unit: Any, actor: Any) -> None:
    if own_unit(unit):
        raise ValidationError(text(
            "单位“%1”是本机关（系统设置“机关名称”），不能删除：各登记簿、审批链和文书都以它为"
            "本机关。本机关更名的，请由管理员用“修改”改单位名称，并在系统设置中改机关名称。",
            unit.name))
    uses = unit_uses(unit, actor)
    if uses:
        raise ValidationError(text(
            "单位“%1”还被%2使用，不能删除：删除后这些人员、记录和设置指向通讯录中没有的单位，"
            "统计对不上，单位更名时它们也不会随之更改。单位更名的，请由管理员用“修改”改单位"
            "名称（记录随之更改）；已撤销、合并的单位，可将其停用（用“修改”勾选“停用”）：选择单位"
            "时不再列出，历史记录仍用它；人员调走的，请先在“人员”中改其单位。", unit.name, joined(uses, "%1、%2")))


def left_on_deleted() -> list[str]:
    """`check`: meetings not yet held pointing at a room or a person deleted before deletes in
    use were refused (an office upgraded with such damage), one text per room and per person.
    A meeting held or cancelled keeps its 地点 and its 参会人员' names as its own record: the link
    served only the conflicts of meetings to come."""
    texts: list[str] = []
    rooms: Any = (Meeting.select(Meeting.room_id, Meeting.id, Meeting.place)
                  .join(Room, JOIN.LEFT_OUTER, on=(Meeting.room_id == Room.id))
                  .where(Meeting.room_id.is_null(False) & Room.id.is_null()).order_by(Meeting.id).tuples())
    rooms = list(rooms)
    people: Any = (MeetingAttendee.select(MeetingAttendee.person_id, MeetingAttendee.meeting,
                                          MeetingAttendee.name)
                   .join(Person, JOIN.LEFT_OUTER, on=(MeetingAttendee.person_id == Person.id))
                   .where(MeetingAttendee.person_id.is_null(False) & Person.id.is_null())
                   .order_by(MeetingAttendee.meeting).tuples())
    people = list(people)
    to_come = _to_come({int(row[1]) for row in rooms} | {int(row[1]) for row in people})
    by_room: dict[int, tuple[str, list[int]]] = {}
    for room_id, meeting_id, place in rooms:
        if int(meeting_id) in to_come:
            by_room.setdefault(int(room_id), (place or "", []))[1].append(int(meeting_id))
    for room_id, (place, meetings) in sorted(by_room.items()):
        texts.append(text(
            "尚未召开的会议（id %1）的会议室指向已删除的会议室（id %2，地点写作“%3”）：会议室冲突"
            "查不出来。请在“通讯录 → 会议室”中重新添加这个会议室，再逐个打开这些会议，重新选择"
            "会议室并保存。", _ids(meetings), room_id, place))
    by_person: dict[int, tuple[str, list[int]]] = {}
    for person_id, meeting_id, name in people:
        held = by_person.setdefault(int(person_id), (name or "", []))[1]
        if int(meeting_id) in to_come and int(meeting_id) not in held:
            held.append(int(meeting_id))
    for person_id, (name, meetings) in sorted(by_person.items()):
        if meetings:
            texts.append(text(
                "尚未召开的会议（id %1）的参会人员“%2”指向已删除的人员（id %3）：人员冲突查不出来"
                "（会议中的姓名、单位、职务仍按记录）。请在“通讯录 → 人员”中重新添加此人，再逐个"
                "打开这些会议，重新选择参会人员并保存。", _ids(meetings), name, person_id))
    return texts


def _to_come(ids: set[int]) -> set[int]:
    """Of the meetings `ids`, those not yet held nor cancelled (meetings.SPEC.in_work)."""
    from officedesk.core import registry

    spec = registry.get("meetings")
    if not ids or spec.in_work is None:
        return set()
    return {int(row.id) for row in Meeting.select().where(Meeting.id.in_(sorted(ids))) if spec.in_work(row)}


def _ids(ids: list[int]) -> Any:
    shown = "、".join(str(one) for one in ids[:20])
    return text("%1 等 %2 个", shown, len(ids)) if len(ids) > 20 else shown


def _register() -> None:
    from officedesk.core.directory import PEOPLE, ROOMS, UNITS

    for spec, check in ((ROOMS, refuse_room), (PEOPLE, refuse_person), (UNITS, refuse_unit)):
        if check not in spec.delete_checks:
            spec.delete_checks.append(check)
    rule_checks.register_link_check(left_on_deleted)


_register()
