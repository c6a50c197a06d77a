"""A 职级's 排序 is what a 级别 keeps: a person's (Person.rank, `ranks.resolve_rank`) and the
copy a meeting's 参会人员 take of it (seating orders by it; the 三多 figures count leaders by
it). So the 职级 table (the administrator's, `ranks.RANKS.admin_only`) keeps its holders whole:

- an 排序 changed moves the people and the attendees holding the old number to the new one, in
  the same save (`RegistrySpec.after_change`, so every path), past meetings too: one audit entry
  per person and per meeting, as a unit's rename is followed (core.unit_renames); a meeting
  above the changer's clearance refuses it, as it refuses a rename;
- a setting that holds a 职级's 排序 as a threshold (the 三多 leaders: `follows`) follows the
  职级 it points at, through `settings.put_many` (checked, audited), and the 职级's history
  says so: the threshold keeps meaning the same 职级, in past periods too;
- an 排序 that would merge two 级别 is refused: another 职级's (the column is unique), one people
  hold as a bare number (an old import), or 99 and above: 99 means no 级别 given, and a 职级
  after it would sort after the people without one (`refuse_merge`);
- a 职级 people hold is not deleted (`RegistrySpec.delete_checks`): the refusal says how many
  hold it and what to do first; nor one meetings' 参会人员 hold (counted, those above the
  deleter's clearance as such, never named)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from officedesk.core import audit, clock, i18n, ranks, settings
from officedesk.core.errors import ValidationError
from officedesk.core.summary_texts import trail_text
from officedesk.store.meetings import Meeting, MeetingAttendee
from officedesk.store.models import Person, Rank


def refuse_merge(name: str, order: int, moving: bool) -> None:
    """Refuse `order` as the 排序 of the 职级 `name` where its holders would be merged with
    others; `moving`: an existing 职级's 排序 changes, so people holding `order` as a bare number
    would become its holders. (Another 职级's 排序 is refused by the unique column, on every
    path: records.refusing_duplicates names it.)"""
    if order >= ranks.NO_RANK:
        raise ValidationError(
            i18n.text("职级的排序不能是 %1：%2 表示人员没有填级别（排在所有职级之后），"
                      "职级的排序须小于它。请用 1 到 %3 之间的排序。",
                      order, ranks.NO_RANK, ranks.NO_RANK - 1), "sort_order")
    if moving:
        held = Person.select().where(Person.rank == order).count()
        if held:
            raise ValidationError(
                i18n.text("已有 %1 人的级别是 %2（职级表中没有这个排序，多为导入的旧级"
                          "别数字）：把“%3”的排序改成 %2，这些人就会成为“%3”。请换"
                          "一个排序；如确属同一职级，请先把这些人的级别改为“%3”。",
                          held, order, name), "sort_order")


def check_order(values: dict[str, Any], existing: Any) -> None:
    """The 职级 table's rule (the form, `add`, import): an 排序 given is checked before the save."""
    ranks.forget_rank_names()
    order = values.get("sort_order")
    if order is None or (existing is not None and int(order) == existing.sort_order):
        return
    if Rank.select().where(Rank.sort_order == int(order)).exists():
        return  # another 职级's: the unique column refuses it, naming it
    name = str(values.get("name") or getattr(existing, "name", ""))
    refuse_merge(name, int(order), moving=existing is not None)


def follow_order(before: Any, after: Any, actor: Any) -> None:
    """After a 职级's save (in its transaction): a changed 排序 moves its holders."""
    ranks.forget_rank_names()
    old, new = int(before.sort_order), int(after.sort_order)
    if old == new:
        return
    refuse_merge(after.name, new, moving=True)  # a step-like save runs no rule
    _refuse_hidden_meetings(after.name, old, actor)
    followed = _follow_settings(after, old, new, actor)
    summary = (trail_text("职级排序调整（通讯录）：%1 %2 → %3，持有者的级别随之修改；%4", after.name, old, new,
                          "；".join(followed)) if followed
               else trail_text("职级排序调整（通讯录）：%1 %2 → %3，持有者的级别随之修改", after.name, old, new))
    stamps = {"updated_at": clock.now(), "updated_by": actor.username}
    people = [row.id for row in Person.select(Person.id).where(Person.rank == old).order_by(Person.id)]
    if people:
        Person.update({Person.rank: new, Person.version: Person.version + 1, **_on(Person, stamps)}).where(
            Person.id.in_(people)).execute()
        audit.record_many(actor, "update", "people",
                          [(person, {"级别": old}, {"级别": new}, summary) for person in people])
    before_of: dict[int, dict[str, int]] = defaultdict(dict)
    after_of: dict[int, dict[str, int]] = defaultdict(dict)
    attendees = MeetingAttendee.select().where(MeetingAttendee.rank == old).order_by(MeetingAttendee.id)
    row: Any
    for row in attendees:
        label = f"参会人员{row.name}的级别"
        before_of[int(row.meeting_id)][label] = old
        after_of[int(row.meeting_id)][label] = new
    if before_of:
        MeetingAttendee.update({MeetingAttendee.rank: new,
                                MeetingAttendee.version: MeetingAttendee.version + 1,
                                **_on(MeetingAttendee, stamps)}).where(MeetingAttendee.rank == old).execute()
        audit.record_many(actor, "update", "meetings",
                          [(meeting, before_of[meeting], after_of[meeting], summary)
                           for meeting in sorted(before_of)])


# settings whose value is a 职级's 排序 (a threshold of 级别), declared beside each setting
FOLLOWED: list[str] = []


def follows(key: str) -> None:
    """Declare that setting `key` holds a 职级's 排序: it follows that 职级's changes of 排序."""
    if key not in FOLLOWED:
        FOLLOWED.append(key)


def _follow_settings(rank: Any, old: int, new: int, actor: Any) -> list[str]:
    """The settings pointing at the 职级's old 排序 take the new one (audited as settings
    changes, and on the 职级); what followed, in words."""
    from officedesk.declared_settings import declare_all

    declare_all()  # a setting is declared (and `follows`) in the module that reads it
    moved = [key for key in FOLLOWED if settings.get(key) == old]
    if not moved:
        return []
    try:
        settings.put_many({key: new for key in moved}, actor)
    finally:
        # put_many caches what it wrote, but the 职级's transaction may still roll back
        settings.forget_cache()
    labels = {settings.setting(key).label: key for key in moved}
    notes: list[str] = [trail_text("系统设置“%1”随之由 %2 改为 %3（仍指“%4”）", label, old, new, rank.name)
             for label in labels]
    audit.record(actor, "update", "ranks", rank.id, {label: old for label in labels},
                 {label: new for label in labels},
                 trail_text("职级排序调整：%1 %2 → %3；%4", rank.name, old, new, "；".join(notes)))
    return notes


def _on(model: Any, stamps: dict[str, Any]) -> dict[Any, Any]:
    return {getattr(model, name): value for name, value in stamps.items()}


def _refuse_hidden_meetings(name: str, old: int, actor: Any) -> None:
    """Nobody changes a record he may not open: a meeting above the changer's clearance with
    an attendee of this 职级 refuses the change (as it refuses a unit's rename)."""
    from officedesk.core.actor import clearance_of

    levels: Any = (Meeting.select(Meeting.secrecy).join(MeetingAttendee, on=(MeetingAttendee.meeting == Meeting.id))
              .where(MeetingAttendee.rank == old).distinct().tuples())
    top = max((clearance_of(level or "") for (level,) in levels), default=0)
    if top > actor.clearance:  # 保密: who can do it, not how secret they are
        raise ValidationError(
            i18n.text("职级“%1”的人员出现在密级高于您权限的会议的参会人员中，调整排序会改"
                      "动这些会议：须由涉密权限足够的管理员办理。", name), "sort_order")


def refuse_held(rank: Any, actor: Any) -> None:
    """A 职级 people hold is not deleted: they would be left with a bare number as 级别."""
    ranks.forget_rank_names()
    held = Person.select().where(Person.rank == rank.sort_order).count()
    if held:
        raise ValidationError(
            i18n.text("职级“%1”还有 %2 人的级别是它，不能删除（删除后他们的级别只剩一"
                      "个数字）。请先在“人员”中把这些人的级别改为其他职级（人员列表按级别排"
                      "列，他们排在一起），再删除。",
                      rank.name, held))
    rows: Any = (MeetingAttendee.select(MeetingAttendee.meeting)
                 .where(MeetingAttendee.rank == rank.sort_order).distinct().tuples())
    meetings = sorted(int(meeting) for (meeting,) in rows)
    if meetings:  # their 参会人员 keep it as a number: the next 职级 of that 排序 would take them
        from officedesk.core.directory_uses import counted

        raise ValidationError(
            i18n.text("职级“%1”还是%2中参会人员的级别，不能删除（删除后他们的级别只剩一个数字，"
                      "以后排序为 %3 的职级会把他们当作自己的持有者）。不再使用的职级请保留。",
                      rank.name, counted("会议", meetings, "meetings", actor), rank.sort_order))


ranks.RANKS.rules.append(check_order)
ranks.RANKS.after_change.append(follow_order)
ranks.RANKS.delete_checks.append(refuse_held)
