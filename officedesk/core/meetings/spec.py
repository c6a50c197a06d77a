"""The meetings registry's field declarations and record rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from officedesk.core import clock, i18n, settings
from officedesk.core.actor import SECRECY_LABELS
from officedesk.core.directory import check_phone, known_unit_fields, room_by_name
from officedesk.core.documents.common import check_wenhao, wenhao_year
from officedesk.core.errors import ValidationError
from officedesk.core.fields import CHOICE, DATETIME, INT, LONGTEXT, FieldSpec
from officedesk.core.idcard import normalize_phone
from officedesk.core.meetings import known
from officedesk.core.records import pick
from officedesk.core.registry import ATTENDANCE as ATTENDANCE_COLUMN
from officedesk.core.registry import RegistrySpec
from officedesk.core.typed_numbers import tidy_number
from officedesk.store.meetings import Meeting

KINDS = ("常委会", "书记办公会", "专题会议", "工作会议", "座谈会", "视频会议", "其他")

PREPARING = "筹备中"
NOTIFIED = "已发通知"
HELD = "已召开"
CANCELLED = "已取消"
STATUSES = (PREPARING, NOTIFIED, HELD, CANCELLED)

# a person's mark at a meeting (签到); one on leave or absent is not due there (conflicts)
PRESENT = "已到"
LEAVE = "请假"
ABSENT = "缺席"
ATTENDANCE = ("", PRESENT, LEAVE, ABSENT)
AWAY = (LEAVE, ABSENT)

SEAT_LEFT_OF = settings.declare(
    "meetings.seating.left_of",
    str,
    "leaders",
    "座次“左”指",
    "会议",
    choices=("leaders", "audience"),
    help="leaders：按主席台上领导面向听众时的左手（2号在1号左手，即台下看在右侧）；"
    "audience：按台下听众看去的左手",
)
ROW_SEATS = settings.declare("meetings.seating.row_seats", int, 10, "会场每排座位数", "会议", minimum=1, maximum=200)
# at least one seat: automatic seating always puts the first-ranked on the podium
PODIUM_MAX = settings.declare("meetings.podium.max", int, 9, "主席台最多人数（自动排座时）", "会议",
                              minimum=1, maximum=99)
MINUTES_ORG = settings.declare(
    "meetings.minutes.head", str, "", "会议纪要版头（留空则用“会议类型+纪要”）", "会议",
    blank="留空：会议类型+纪要（如 县委常委会会议纪要）",
)

EXCHANGE_LABELS = [
    "会议名称",
    "会议类型",
    "开始时间",
    "结束时间",
    "地点",
    "主办单位",
    "主持人",
    "出席人员",
    "列席人员",
    "议程",
    "联系人",
    "联系电话",
    "备注",
    "密级",
    "状态",  # with 取消原因, the fact of 已取消: a meeting comes back in its state
    "取消原因",
    "旁听人员",  # schema 19: after the columns sheets had, so theirs stay where they were
    # the rest of what a meeting is made of (add, import and the notice take them), after those:
    # an exported 台账 read back gives the same meetings
    "特邀人员",
    "报到时间",
    "报名截止",
    "材料要求",
    "主席台人数",
    "发文字号",  # schema 40: after them, as 旁听人员 came after the columns sheets had
]

# the sub-rows' text fields: filled by core.meetings from the people and agenda, never by hand
TEXT_FIELDS = {"attendees_text": "出席", "nonvoting_text": "列席", "guests_text": "特邀",
               "observers_text": "旁听"}

# a 会议 (a 党代会 or 人代会 is a week, a 培训班 a few): a longer one is a mistyped year or month,
# which would hold the room and everyone named for as long (and widen every conflict check)
LONGEST_MEETING = dt.timedelta(days=31)


def keep_checkin_lead(values: dict[str, Any], existing: Any,
                      typed: Collection[str] | None = None) -> None:
    """A meeting moved keeps its 报到 lead time: a 报到时间 left as it was moves with 开始时间, or
    the notice reprinted after the change would call people to the old day. `typed`: the fields
    the clerk gave (the 修改 step, import --update) — a 报到时间 among them is his own, whatever
    its value; None (the window saves every field): one changed in the same edit is his own."""
    if typed is not None and "checkin_time" in typed:
        return
    if existing is None or values.get("start") is None or existing.start is None:
        return
    checkin = existing.checkin_time
    moved = values["start"] - existing.start
    if checkin is None or not moved or values.get("checkin_time", checkin) != checkin:
        return
    values["checkin_time"] = checkin + moved


def _check_times(values: dict[str, Any], existing: Any) -> None:
    start, end = pick(values, existing, "start"), pick(values, existing, "end")
    if start is not None and end is not None and end <= start:
        raise ValidationError(
            i18n.text("结束时间（%1）应晚于开始时间（%2）。",
                      f"{end:%Y-%m-%d %H:%M}", f"{start:%Y-%m-%d %H:%M}"), "end"
        )
    if start is not None and end is not None and end - start > LONGEST_MEETING:
        raise ValidationError(
            i18n.text("会议从 %1 开到 %2，长达 %3 天，超过 %4 天：请核对结束时间的年份和月份。",
                      f"{start:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}", (end - start).days,
                      LONGEST_MEETING.days), "end")
    checkin = pick(values, existing, "checkin_time")
    if checkin is not None and start is not None and checkin > start:
        raise ValidationError("报到时间应不晚于开始时间。", "checkin_time")
    deadline = pick(values, existing, "signup_deadline")
    if deadline is not None and start is not None and deadline >= start:
        raise ValidationError(
            i18n.text("报名截止（%1）应早于会议开始（%2）。",
                      f"{deadline:%Y-%m-%d %H:%M}", f"{start:%Y-%m-%d %H:%M}"),
            "signup_deadline")


def _notice_number_year(values: dict[str, Any], existing: Any) -> None:
    """The 发文字号 cannot carry a year after the meeting's (its notice goes out before it) nor
    after this one (numbers run on within a year: one of a year not begun is a typo). Judged
    when the number or the start is given (add, import, 修改), not on a stored meeting."""
    if existing is not None and not ({"doc_no", "start"} & values.keys()):
        return
    number = str(pick(values, existing, "doc_no") or "")
    year = wenhao_year(number)
    if year is None:
        return
    start = pick(values, existing, "start")
    if isinstance(start, dt.datetime) and year > start.year:
        raise ValidationError(i18n.text(
            "发文字号“%1”的年份是 %2 年，晚于会议开始时间（%3）：会议通知在开会之前发出，"
            "字号的年份不会晚于会议的年份。请核对发文字号的年份和开始时间，改正其中错的一项。",
            number, year, f"{start:%Y-%m-%d %H:%M}"), "doc_no")
    given = "doc_no" in values and (existing is None or number != (existing.doc_no or ""))
    if given and year > clock.today().year:
        raise ValidationError(i18n.text(
            "发文字号“%1”的年份是 %2 年，晚于今年（%3 年）：发文字号按年连续编号，只能用今年或往年的"
            "年份。请改正年份。", number, year, clock.today().year), "doc_no")


def _number_given(values: dict[str, Any], existing: Any) -> str:
    """The 发文字号 this save gives the meeting, tidied; "" when none, or the one it has."""
    number = tidy_number(str(values.get("doc_no") or ""))
    if existing is not None and number == tidy_number(existing.doc_no or ""):
        return ""
    return number


def _notice_number_issued(values: dict[str, Any], existing: Any) -> None:
    """A number of the office's own 发文字号 sequence (某委办发〔2026〕N号) is the 发文 register's
    to issue: one typed for a notice that the register has not issued yet would be issued
    again, to another 公文. One it issued (the notice done as a 发文), one below its sequence,
    or one of another form (明电) it does not keep is taken as given."""
    from officedesk.core import numbering
    from officedesk.core.number_forms import own_prefixes, parse_number

    number = _number_given(values, existing)
    if not number:
        return
    parsed = parse_number("outgoing", number)
    if parsed is None:
        return
    prefix, year, seq = parsed
    if prefix not in own_prefixes("outgoing") or seq <= numbering.last_issued("outgoing", prefix, year):
        return
    raise ValidationError(i18n.text(
        "发文字号“%1”是本机关发文字号（%2）中还没有发出的号：发文登记簿以后会把它发给另一份公文，两份公文"
        "就同用一个字号。会议通知作为发文办理的，请先在发文中取号，再把发出的字号填在这里；不作为发文的，"
        "请用另外的字号（如 明电）。", number, prefix), "doc_no")


def _notice_number_unique(values: dict[str, Any], existing: Any) -> None:
    """One 发文字号 is one notice: a number another meeting has would put two notices under it
    (its 更正通知/取消通知 print none, so they are no reason to share one). Rules have no actor,
    so the other meeting is not named (it may lie above the clerk's clearance). Two rows of one
    import file, checked before either is written, meet in meeting_batch.claim_number."""
    number = _number_given(values, existing)
    if not number:
        return
    others = Meeting.select(Meeting.id).where(Meeting.doc_no == number)
    if existing is not None and existing.id is not None:
        others = others.where(Meeting.id != existing.id)
    if others.exists():
        raise ValidationError(_number_taken(number), "doc_no")


def _number_taken(number: str) -> str:
    """The refusal of a number another meeting has: the rule's, and the database's unique index
    (store.meetings.DOC_NO_INDEX) when a save of another workstation took it past the rule."""
    return i18n.text("发文字号“%1”已是另一个会议的通知字号：一个字号只能发一份通知。请核对字号，改用本会议"
                     "通知自己的字号；不发通知的可不填。", number)


def _resolve_room(values: dict[str, Any], existing: Any) -> None:
    """A place naming a directory room books that room; any other place is an outside venue."""
    if "place" in values:
        place = (values.get("place") or "").strip()
        values["place"] = place
        room = known.remembered(("room", place), lambda: room_by_name(place)) if place else None
        values["room_id"] = room.id if room is not None else None
        if room is not None:  # as the directory names it (常委 会议室 typed): the calendar's row
            values["place"] = room.name
            _refuse_room_out_of_use(room, values, existing)


def _refuse_room_out_of_use(room: Any, values: dict[str, Any], existing: Any) -> None:
    """No meeting still to be held is booked in a room 停用 (the directory's 停用); a meeting
    that had it before keeps it, one already over is recorded where it was held."""
    if not room.out_of_use or (existing is not None and existing.room_id == room.id):
        return
    end = pick(values, existing, "end") or pick(values, existing, "start")
    if isinstance(end, dt.datetime) and end < clock.now():
        return
    raise ValidationError(i18n.text("会议室“%1”已停用，不能再预订。请改选其他会议室；确需在此开会的，请先在"
                                    "“通讯录 → 会议室”中修改它，取消“停用”。", room.name), "place")


def _searchable_extra(record: Any) -> str:
    return "\n".join(x for x in (record.minutes_text or "",) if x)


def _fields() -> list[FieldSpec]:
    return [
        FieldSpec("title", "会议名称", required=True, searchable=True, max_length=200, width=260),
        FieldSpec("kind", "会议类型", kind=CHOICE, required=True, choices=KINDS, width=90),
        FieldSpec(
            "secrecy", "密级", kind=CHOICE, choices=SECRECY_LABELS, default="非密", column=False
        ),
        FieldSpec(
            "start",
            "开始时间",
            kind=DATETIME,
            required=True,
            width=130,
            placeholder="2026-12-03 09:00",
        ),
        FieldSpec(
            "end",
            "结束时间",
            kind=DATETIME,
            required=True,
            width=130,
            placeholder="2026-12-03 11:30",
        ),
        FieldSpec(
            "place",
            "地点",
            searchable=True,
            completer="rooms",
            max_length=200,
            width=140,
            placeholder="会议室名称；不是通讯录中的会议室则按外部场所处理",
        ),
        FieldSpec(
            "host_unit", "主办单位", searchable=True, completer="units", max_length=100, width=140
        ),
        FieldSpec("chair", "主持人", searchable=True, completer="people", max_length=50, width=80),
        # the 会议通知's own number (from the 发文 register or the office's 明电 …), checked in
        # the form a 发文字号 has; optional: a notice without one prints none, as before
        FieldSpec("doc_no", "发文字号", searchable=True, max_length=100, width=150,
                  tidy=tidy_number, check=check_wenhao("发文字号"),
                  placeholder="会议通知的发文字号，如 云委办发〔2026〕7号；可不填"),
        FieldSpec(
            "attendees_text",
            "出席人员",
            kind=LONGTEXT,
            searchable=True,
            column=False,
            editable=False,
        ),
        FieldSpec(
            "nonvoting_text",
            "列席人员",
            kind=LONGTEXT,
            searchable=True,
            column=False,
            editable=False,
        ),
        FieldSpec(
            "guests_text", "特邀人员", kind=LONGTEXT, searchable=True, column=False, editable=False
        ),
        FieldSpec(
            "observers_text", "旁听人员", kind=LONGTEXT, searchable=True, column=False,
            editable=False,
        ),
        FieldSpec(
            "agenda_text", "议程", kind=LONGTEXT, searchable=True, column=False, editable=False
        ),
        # the seating's podium (seating.podium_count); 0: as many as the setting allows
        FieldSpec("podium_count", "主席台人数", kind=INT, default=0, minimum=0, maximum=99,
                  column=False, placeholder="0 为按设置自动"),
        FieldSpec(
            "head_count", "应到人数", kind=INT, editable=False, default=0, minimum=0, width=70
        ),
        FieldSpec("checkin_time", "报到时间", kind=DATETIME, column=False),
        FieldSpec("materials", "材料要求", kind=LONGTEXT, column=False),
        FieldSpec("signup_deadline", "报名截止", kind=DATETIME, column=False),
        FieldSpec("contact", "联系人", max_length=50, column=False, person=True),
        FieldSpec("contact_phone", "联系电话", check=check_phone, max_length=40, column=False,
                  tidy=normalize_phone),
        FieldSpec("note", "备注", kind=LONGTEXT, searchable=True, column=False),
        FieldSpec(
            "status",
            "状态",
            kind=CHOICE,
            choices=STATUSES,
            editable=False,
            default=PREPARING,
            width=70,
        ),
        FieldSpec("cancel_reason", "取消原因", editable=False, max_length=300, column=False),
    ]


def _in_work(record: Any) -> bool:
    """A meeting still to be held: neither held nor cancelled, nor over by its time."""
    ends = record.end or record.start
    return record.status not in (HELD, CANCELLED) and (ends is None or ends >= clock.now())


SPEC = RegistrySpec(
    name="meetings",
    label="会议",
    model=Meeting,
    fields=_fields(),
    title_field="title",
    # two meetings of one name may start together in different rooms, held by different units
    natural_key=("title", "start", "place", "host_unit"),
    key_blanks=("place", "host_unit"),
    level_field="secrecy",
    named_people=(("chair", "主持人"), ("attendees_text", "出席人员"), ("nonvoting_text", "列席人员"),
                  ("guests_text", "特邀人员"), ("observers_text", "旁听人员")),
    in_work=_in_work,
    list_first=("title", "kind", "start", "place", "status", ATTENDANCE_COLUMN),
    default_sort="start",
    default_descending=True,
    # the 三多 figures count meetings by 主办单位: a unit of the 通讯录, by its 名称
    rules=[keep_checkin_lead, _check_times, _notice_number_year, _notice_number_issued, _notice_number_unique,
           _resolve_room, known_unit_fields(("host_unit", "主办单位", False))],
    searchable_extra=_searchable_extra,
    exchange_labels=EXCHANGE_LABELS,
    taken={"doc_no": _number_taken},
)
