"""What happens once a meeting is set: its status steps (通知已发, 已召开, 取消), attendance
(签到, 请假 with a reason, 缺席) and the minutes whose 议定事项 go to 督查."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from officedesk.core import audit, clock, i18n, records, step_dates
from officedesk.core.actor import Actor
from officedesk.core.directory import known_units
from officedesk.core.errors import ProcedureError, StaleRecordError, ValidationError
from officedesk.core.fields import parse_date
from officedesk.core.meetings import notices
from officedesk.core.meetings.parsing import COUNTED_ROLES
from officedesk.core.meetings.people_saved import stamps
from officedesk.core.meetings.sent_decisions import (  # noqa: F401 (proceedings.shortened as before)
    keep_sent,
    removal_refused,
    shortened,
    write_unchanged_since,
)
from officedesk.core.meetings.service import _attendees_of, _decisions_of, get
from officedesk.core.meetings.spec import (  # noqa: F401 (PRESENT…ATTENDANCE stay here too)
    ABSENT,
    ATTENDANCE,
    AWAY,
    CANCELLED,
    HELD,
    LEAVE,
    NOTIFIED,
    PREPARING,
    PRESENT,
    SPEC,
)
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, schedule_lock, write_transaction
from officedesk.store.meetings import Meeting, MeetingAttendee, MeetingDecision

# ---------------------------------------------------------------- status steps


def _step(meeting: Meeting, values: dict[str, Any], actor: Actor, summary: str) -> Meeting:
    return records.save_changes(
        SPEC, meeting, values, meeting.version, actor, action="step", summary=summary
    )


def too_early(meeting: Meeting, what: str) -> str | None:
    """Why `what` (签到, 召开, 缺席) cannot be recorded yet: the meeting's day has not come. A
    请假 may be recorded in advance (people ask for leave before a meeting), so it is not
    checked; None once the day has come."""
    if clock.today() >= meeting.start.date():
        return None
    return (f"会议 {meeting.start:%Y-%m-%d %H:%M} 开始，还没有到会议当天，现在不能{what}。"
            "请在会议当天或会后登记。")


def not_held(meeting: Meeting, what: str) -> str | None:
    """Why a 纪要 cannot be printed: the meeting was not held (its status is set by 召开, by the
    first 签到 or by its 纪要); None for a held meeting."""
    if meeting.status == HELD:
        return None
    return (f"会议现在是“{meeting.status}”，还没有召开，不能{what}：请先在会议当天或会后"
            "登记“召开”或“签到”。")


def _names(meeting_id: int) -> list[str]:
    """The names of everyone a meeting's notice goes to (its people, the observers too)."""
    return [row.name for row in _attendees_of(meeting_id)]


def mark_notice_sent(meeting_id: int, actor: Actor) -> Meeting:
    records.require_writer(actor)
    with guarded("保存"), write_transaction():
        meeting = get(meeting_id, actor)
        if meeting.status != PREPARING:
            raise ProcedureError(i18n.text("会议现在是“%1”，不能再标记为已发通知。",
                                           meeting.status))
        passed = notices.deadline_passed(meeting.signup_deadline, meeting.start)
        if passed:  # the notice would ask for names by a day gone
            raise ProcedureError(
                i18n.text("%1，会议通知不能再要求按期报名；请在“修改”中设置新的报名截止时"
                          "间（或清空报名截止）后再发通知。",
                          passed))
        # what the notice says is kept: printed again after a change, it is a 更正通知
        return _step(meeting, {"status": NOTIFIED, "notice_sent": notices.stamp(meeting, _names(meeting_id))}, actor,
                     trail_text("会议“%1”已发通知", meeting.title))


def record_correction(meeting_id: int, actor: Actor,
                      said: notices.SentNotice | None = None) -> Meeting | None:
    """A 更正通知 handed out (``print notice``, the window's 打印 → 会议通知): what it says
    (`said`: notices.as_printed when the paper was made; by default the meeting now) is the
    notice people now hold, so it is added to the notices issued (``notices.with_correction``)
    and later changes are compared with it — a meeting changed again while the paper waited
    in the preview is then a change to correct. None when the notice printed corrects nothing
    new (it says what the last notice issued said), or the actor may not write (a copy for
    reading)."""
    if not actor.can_write:
        return None
    with guarded("保存"), write_transaction():
        meeting = get(meeting_id, actor)
        said = notices.as_printed(meeting) if said is None else said
        change = notices.correction_in(meeting, said)
        if change is None or meeting.status == CANCELLED:
            return None
        what = "时间和地点" if change.time and change.place else "时间" if change.time else "地点"
        return _step(meeting, {"notice_sent": notices.with_correction(meeting, said, _names(meeting_id))}, actor,
                     trail_text("会议“%1”印发更正通知（%2调整）", meeting.title, what))


def mark_held(meeting_id: int, actor: Actor) -> Meeting:
    records.require_writer(actor)
    with guarded("保存"), write_transaction():
        meeting = get(meeting_id, actor)
        if meeting.status == CANCELLED:
            raise ProcedureError("会议已取消，不能标记为已召开。")
        if meeting.status == HELD:
            return meeting
        early = too_early(meeting, "标记为已召开")
        if early:
            raise ProcedureError(early)
        return _step(meeting, {"status": HELD}, actor, trail_text("会议“%1”已召开", meeting.title))


def cancel(meeting_id: int, reason: str, actor: Actor) -> Meeting:
    records.require_writer(actor)
    if not reason.strip():
        raise ValidationError("取消会议请写明原因。", "cancel_reason")
    with guarded("保存"), write_transaction():
        meeting = get(meeting_id, actor)
        if meeting.status in (HELD, CANCELLED):
            raise ProcedureError(i18n.text("会议现在是“%1”，不能取消。", meeting.status))
        in_supervision, hidden = _in_supervision(meeting_id, actor)
        if in_supervision:
            raise ProcedureError(
                i18n.text("会议“%1”的议定事项已转督查（%2），会议已作出决定，不能取消。"
                          "如属误转，请先在“督查”中删除这些督查事项，再取消会议。",
                          meeting.title, in_supervision))
        if hidden:
            raise ProcedureError(
                i18n.text("会议“%1”的议定事项已转督查，会议已作出决定，不能取消。转成的督查事项"
                          "密级高于您的权限；如属误转，请由涉密权限足够的人员在“督查”中删除后再"
                          "取消会议。", meeting.title))
        return _step(
            meeting,
            {"status": CANCELLED, "cancel_reason": reason.strip()},
            actor,
            f"取消会议“{meeting.title}”：{reason.strip()}",
        )


# ---------------------------------------------------------------- attendance


@dataclass(frozen=True)
class AttendanceCounts:
    """应到/实到/请假/缺席 of a meeting's people. Of a held meeting whoever is not marked 已到 or
    请假 did not come: the unmarked are 缺席 (`unsigned` of them never marked), so 应到 = 实到 +
    请假 + 缺席; before it is held they are still 未签到 (`unmarked`)."""

    expected: int  # 应到
    present: int  # 实到
    leave: int  # 请假
    absent: int  # 缺席 (of a held meeting: with those never marked)
    unmarked: int  # 未签到 (a meeting not held yet)
    unsigned: int = 0  # of 缺席, never marked (a held meeting)

    @property
    def sign_in_kept(self) -> bool:
        """Whether the sign-in was recorded (someone marked 已到 or 缺席; a 请假 told before the
        meeting is not a sign-in). Until it is, 实到 and 缺席 are unknown: a held meeting's "0/3"
        would say that nobody came, and the sign-in sheet leaves them blank to fill in by hand."""
        return self.present + self.absent - self.unsigned > 0

    def text(self) -> str:
        parts = [i18n.text("应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人",
                           self.expected, self.present, self.leave, self.absent)]
        if self.unsigned:
            parts.append(i18n.text("（其中 %1 人未登记签到）", self.unsigned))
        if self.unmarked:
            parts.append(i18n.text("，未签到 %1 人", self.unmarked))
        return i18n.joined(parts)  # a Text: the window translates it


def tally(marks: Sequence[tuple[str, str]], held: bool = False) -> AttendanceCounts:
    """应到/实到/请假/缺席/未签到 of (role, mark) pairs: the meeting's people only — an observer
    (旁听) signs in on his own part of the sheet and is not one of them. `held`: the meeting has
    been held, and the unmarked are 缺席 (AttendanceCounts)."""
    counted = [mark for role, mark in marks if role in COUNTED_ROLES]
    by = {key: counted.count(key) for key in ATTENDANCE}
    if held:
        return AttendanceCounts(len(counted), by[PRESENT], by[LEAVE], by[ABSENT] + by[""], 0, by[""])
    return AttendanceCounts(len(counted), by[PRESENT], by[LEAVE], by[ABSENT], by[""])


def came(rows: Sequence[MeetingAttendee]) -> list[MeetingAttendee]:
    """Of a held meeting's people (rows in their order), those who took part, as its tally has
    them: with a sign-in recorded only those marked 已到 (the unmarked are 缺席); with none at
    all everyone not on 请假 or marked 缺席, nothing telling otherwise (the 三多 load's rule)."""
    if tally([(r.role, r.attendance) for r in rows], held=True).sign_in_kept:
        return [r for r in rows if r.attendance == PRESENT]
    return [r for r in rows if r.attendance not in AWAY]


def _counts_of(meeting_id: int, held: bool | None = None) -> AttendanceCounts:
    """The meeting's tally; `held` None: as its status says."""
    if held is None:
        held = Meeting.select(Meeting.status).where(Meeting.id == meeting_id).scalar() == HELD
    return tally([(r.role, r.attendance) for r in _attendees_of(meeting_id)], held)


def counts(meeting_id: int, actor: Actor) -> AttendanceCounts:
    """应到/实到/请假/缺席 of a meeting the actor may see (of a held one, adding up: tally)."""
    get(meeting_id, actor)
    return _counts_of(meeting_id)


def _in_supervision(meeting_id: int, actor: Actor) -> tuple[str, bool]:
    """The 督查 items made from the meeting's decisions that the actor may see, as a 文书 names
    them (督查编号 and 状态; "" when there are none: a deleted item no longer holds the meeting),
    and whether any is above his clearance — never how many (保密: told only when none he may
    see refuses the step already)."""
    from officedesk.core import supervision
    from officedesk.store.supervision import SupervisionItem

    ids = [d.supervision_id for d in _decisions_of(meeting_id) if d.supervision_id is not None]
    items = list(SupervisionItem.select().where(SupervisionItem.id.in_(ids))) if ids else []
    named = [f"{i.number or f'第 {i.id} 号'}，{i.status}" for i in items
             if records.get_if_visible(supervision.SPEC, i.id, actor) is not None]
    return "；".join(named), len(named) < len(items)


def record_attendance(
    meeting_id: int, marks: dict[int, tuple[str, str]], actor: Actor
) -> AttendanceCounts:
    """Marks: attendee id -> (已到 / 请假 / 缺席 / "", leave reason). 请假 needs a reason.

    The first sign-in of a meeting that was not cancelled marks it 已召开."""
    records.require_writer(actor)
    with guarded("签到"), write_transaction():
        # the schedule's (a 请假 takes one off it): never between a 修改's check and its save
        schedule_lock()
        meeting = get(meeting_id, actor)
        if meeting.status == CANCELLED:
            raise ProcedureError("会议已取消，不能签到。")
        rows = {r.id: r for r in _attendees_of(meeting_id)}
        before, after = {}, {}
        for attendee_id, (status, reason) in marks.items():
            row = rows.get(attendee_id)
            if row is None:
                # taken off the list since the sheet was read (a 修改 on another workstation)
                raise StaleRecordError(i18n.text(
                    "参会人员名单已有变动（有人已不在这次会议的名单上），签到没有保存。请刷新后重新登记签到。"))
            if status not in ATTENDANCE:
                raise ValidationError(
                    i18n.text("签到状态只能是：已到、请假、缺席（%1：“%2”）。",
                              row.name, status), "attendance"
                )
            reason = (reason or "").strip() if status == LEAVE else ""
            if status == LEAVE and not reason:
                raise ValidationError(i18n.text("%1请假，请写明请假原因。", row.name), "leave_reason")
            early = too_early(meeting, f"登记{row.name}{status}") if status in (PRESENT, ABSENT) \
                else None
            if early:
                raise ProcedureError(early)
            if (row.attendance, row.leave_reason) == (status, reason):
                continue
            before[row.name] = row.attendance + (
                f"（{row.leave_reason}）" if row.leave_reason else ""
            )
            after[row.name] = status + (f"（{reason}）" if reason else "")
            MeetingAttendee.update(
                attendance=status,
                leave_reason=reason,
                signed_at=clock.now() if status == PRESENT else None,
                updated_at=clock.now(),
                updated_by=actor.username,
                version=row.version + 1,
            ).where(MeetingAttendee.id == row.id).execute()
        result = _counts_of(meeting_id, held=False)
        held_now = meeting.status in (PREPARING, NOTIFIED) and result.present > 0  # the first sign-in
        if meeting.status == HELD or held_now:
            result = _counts_of(meeting_id, held=True)
        if after:
            audit.record(
                actor,
                "attendance",
                SPEC.name,
                meeting_id,
                before,
                after,
                trail_text("会议“%1”签到：%2", meeting.title, result.text()),
            )
            if held_now:
                _step(
                    get(meeting_id, actor),
                    {"status": HELD},
                    actor,
                    trail_text("会议“%1”已召开（已签到）", meeting.title),
                )
    return result


# ---------------------------------------------------------------- minutes and decisions


@dataclass(frozen=True)
class DecisionEntry:
    content: str
    lead_unit: str = ""
    deadline: dt.date | str | None = None
    id: int | None = None  # an existing decision row


def save_minutes(
    meeting_id: int,
    text: str,
    decision_entries: Sequence[DecisionEntry],
    actor: Actor,
    expected_version: int | None = None,
    issue: str = "",
    minutes_date: dt.date | str | None = None,
) -> Meeting:
    """Save the 纪要 text and its 议定事项. A decision already sent to supervision keeps its
    link and cannot be removed."""
    records.require_writer(actor)
    parsed: list[tuple[DecisionEntry, dt.date | None]] = []
    for number, entry in enumerate(decision_entries, start=1):
        if not entry.content.strip():
            raise ValidationError(i18n.text("第 %1 项议定事项没有内容。", number), "decisions")
        deadline = entry.deadline
        if isinstance(deadline, str):
            deadline = (
                parse_date(deadline, f"第 {number} 项议定事项的时限") if deadline.strip() else None
            )
        parsed.append((entry, deadline))
    if isinstance(minutes_date, str):
        minutes_date = parse_date(minutes_date, "纪要日期") if minutes_date.strip() else None
    with guarded("保存纪要"), write_transaction():
        meeting = get(meeting_id, actor)
        if meeting.status == CANCELLED:
            raise ProcedureError("会议已取消，不能写纪要。")
        # a 纪要 says the meeting was held: not before its day; on or after it, a meeting nobody
        # marked 召开 becomes 已召开 with its 纪要, as with its first 签到
        refused = too_early(meeting, "写纪要")
        if refused:
            raise ProcedureError(refused)
        # no 纪要 before its meeting (core.step_dates; without a date it is never before it)
        step_dates.not_before("纪要", minutes_date, [("会议", meeting.start)],
                              field="minutes_date", what="纪要日期")
        # nor dated after today: it would print “…印发” on a day still to come (as --on is
        # refused); a date kept as it was is not asked again
        if minutes_date is not None and minutes_date != meeting.minutes_date \
                and minutes_date > clock.today():
            raise ValidationError(
                i18n.text("纪要日期（%1）不能晚于今天（%2）。请写纪要印发的日期，或不填（"
                          "即今天）。",
                          minutes_date.isoformat(), clock.today().isoformat()), "minutes_date")
        old = {d.id: d for d in _decisions_of(meeting_id)}
        was = _minutes_trail(meeting, old.values())
        _deadlines_from_the_meeting(meeting, parsed, old)
        kept: set[int] = set()
        for seq, (entry, deadline) in enumerate(parsed, start=1):
            data = {
                "seq": seq,
                "content": entry.content.strip(),
                "lead_unit": _decision_unit(seq, entry, old),
                "deadline": deadline,
            }
            if entry.id is not None and entry.id in old:
                row = old[entry.id]
                kept.add(row.id)
                changed = {k: v for k, v in data.items() if getattr(row, k) != v}
                keep_sent(row, seq, changed, actor)
                if changed:
                    changed.update(
                        updated_at=clock.now(), updated_by=actor.username, version=row.version + 1
                    )
                    write_unchanged_since(row, MeetingDecision.update(changed))
            else:
                MeetingDecision.create(meeting=meeting_id, **data, **stamps(actor))
        for row in old.values():
            if row.id not in kept:
                if row.supervision_id is not None:
                    raise removal_refused(row, row.supervision_id, actor)
                write_unchanged_since(row, MeetingDecision.delete())
        values = {
            "minutes_text": text,
            "minutes_issue": issue.strip(),
            "minutes_date": minutes_date
            or meeting.minutes_date
            or max(clock.today(), meeting.start.date()),
        }
        held = ""
        if meeting.status in (PREPARING, NOTIFIED):
            values["status"] = HELD
            held = "，会议标记为已召开"
        version = meeting.version if expected_version is None else expected_version
        now = _minutes_trail(values, _decisions_of(meeting_id))
        differ = [k for k in now if now[k] != was[k]]
        return records.save_changes(
            SPEC,
            meeting,
            values,
            version,
            actor,
            summary=trail_text("保存会议纪要“%1”（议定事项 %2 项%3）", meeting.title, len(parsed), held),
            noted={k: now[k] for k in differ},
            noted_before={k: was[k] for k in differ},
        )


def _minutes_trail(minutes: Meeting | dict[str, Any],
                   rows: Iterable[MeetingDecision]) -> dict[str, Any]:
    """A 纪要 as its audit entry keeps it (the minutes are no fields of the registry, so the
    entry would hold nothing of them): 纪要正文, 期号, 纪要日期 and the 议定事项, one line each
    (序号.内容｜牵头单位｜时限)."""
    get_ = minutes.get if isinstance(minutes, dict) else minutes.__data__.get
    day = get_("minutes_date")
    return {"纪要正文": get_("minutes_text") or "", "纪要期号": get_("minutes_issue") or "",
            "纪要日期": day.isoformat() if day else None,
            "议定事项": [f"{d.seq}.{d.content}｜{d.lead_unit}｜{d.deadline or ''}"
                     for d in sorted(rows, key=lambda d: d.seq)]}


def _deadlines_from_the_meeting(meeting: Meeting,
                                parsed: Sequence[tuple[DecisionEntry, dt.date | None]],
                                old: dict[int, MeetingDecision]) -> None:
    """A decision's 时限 is not before the meeting that made it (督查 would refuse it: 办结时限
    不能早于立项日期); a time limit kept as it was is not asked again."""
    day = meeting.start.date()
    for number, (entry, deadline) in enumerate(parsed, start=1):
        if deadline is None or deadline >= day:
            continue
        if entry.id is not None and entry.id in old and old[entry.id].deadline == deadline:
            continue
        raise ValidationError(
            i18n.text("第 %1 项议定事项的时限（%2）早于会议日期（%3）：议定事项的时限"
                      "应在会议当天或以后，请改正。",
                      number, deadline.isoformat(), day.isoformat()), "decisions")


def _decision_unit(seq: int, entry: DecisionEntry, old: dict[int, MeetingDecision]) -> str:
    """A decision's 牵头单位 is a unit of the 通讯录, kept by its 名称 (its 督查 task and the
    通报 go by it); a decision's unchanged unit is not checked again."""
    unit = entry.lead_unit.strip()
    kept = entry.id is not None and entry.id in old and old[entry.id].lead_unit == unit
    if not unit or kept:
        return unit
    # one or several (“县应急管理局、县财政局”), each a unit of the 通讯录
    return known_units(unit, f"第 {seq} 项议定事项的牵头单位", "decisions")
