"""Tables of the meetings registry: the meeting, its people, its agenda and its decisions.

The room is a loose integer reference (``room_id``): deleting a room must never delete the
meetings held in it. Sub-rows belong to their meeting and go with it.
"""

from __future__ import annotations

import datetime as dt
import logging

import peewee

from officedesk.store.base import BaseModel, EditableModel, shared_values
from officedesk.store.proxy import database

log = logging.getLogger(__name__)


class Meeting(EditableModel):
    title = peewee.CharField(max_length=200)  # 会议名称
    kind = peewee.CharField(max_length=20, index=True)  # 会议类型
    start = peewee.DateTimeField(index=True)  # 开始时间
    end = peewee.DateTimeField()  # 结束时间
    place = peewee.CharField(max_length=200, default="")  # 地点 as typed
    room_id = peewee.IntegerField(null=True, index=True)  # the directory room, None: outside venue
    host_unit = peewee.CharField(max_length=100, default="", index=True)  # 主办单位
    chair = peewee.CharField(max_length=50, default="")  # 主持人
    checkin_time = peewee.DateTimeField(null=True)  # 报到时间
    materials = peewee.TextField(default="")  # 材料要求
    signup_deadline = peewee.DateTimeField(null=True)  # 报名截止
    contact = peewee.CharField(max_length=50, default="")  # 联系人
    contact_phone = peewee.CharField(max_length=40, default="")  # 联系电话
    note = peewee.TextField(default="")  # 备注
    status = peewee.CharField(max_length=10, default="筹备中", index=True)
    # denormalised text of the sub-rows, kept in step by core.meetings (list, search, export)
    attendees_text = peewee.TextField(default="")  # 出席人员
    nonvoting_text = peewee.TextField(default="")  # 列席人员
    guests_text = peewee.TextField(default="")  # 特邀人员
    observers_text = peewee.TextField(default="")  # 旁听人员 (schema 19)
    agenda_text = peewee.TextField(default="")  # 议程
    head_count = peewee.IntegerField(default=0)  # 应到人数
    podium_count = peewee.IntegerField(default=0)  # 主席台人数 (0: automatic)
    seating_json = peewee.TextField(default="")  # the clerk's manual seating, JSON
    minutes_text = peewee.TextField(default="")  # 会议纪要正文
    minutes_issue = peewee.CharField(max_length=40, default="")  # 纪要期号, e.g. 第3期
    minutes_date = peewee.DateField(null=True)  # 纪要成文日期
    cancel_reason = peewee.CharField(max_length=300, default="")
    secrecy = peewee.CharField(max_length=10, default="非密", index=True)  # 密级 (schema 7)
    # the time and place the notice said when it was sent (发通知), JSON; "" before (schema 19)
    notice_sent = peewee.TextField(default="")
    # the 会议通知's 发文字号 as the clerk gives it (schema 40): printed on the notice
    doc_no = peewee.CharField(max_length=100, default="")


class MeetingAttendee(EditableModel):
    meeting = peewee.ForeignKeyField(Meeting, backref="people", on_delete="CASCADE")
    role = peewee.CharField(max_length=8)  # 出席 / 列席 / 特邀 / 旁听
    seq = peewee.IntegerField(default=0)
    person_id = peewee.IntegerField(null=True, index=True)  # directory person, None: typed
    name = peewee.CharField(max_length=50, index=True)
    unit = peewee.CharField(max_length=100, default="")
    title = peewee.CharField(max_length=100, default="")  # 职务
    rank = peewee.IntegerField(default=99)  # 级别: smaller sits nearer the centre
    phone = peewee.CharField(max_length=40, default="")
    attendance = peewee.CharField(max_length=8, default="")  # "" 未签到 / 已到 / 请假 / 缺席
    leave_reason = peewee.CharField(max_length=200, default="")
    signed_at = peewee.DateTimeField(null=True)

    class Meta:
        indexes = ((("meeting", "role", "seq"), False),)


class AgendaItem(EditableModel):
    meeting = peewee.ForeignKeyField(Meeting, backref="agenda", on_delete="CASCADE")
    seq = peewee.IntegerField(default=0)
    topic = peewee.CharField(max_length=300)  # 议题
    unit = peewee.CharField(max_length=100, default="")  # 汇报单位
    reporter = peewee.CharField(max_length=50, default="")  # 汇报人
    minutes = peewee.IntegerField(default=0)  # 时长（分钟）


class MeetingDecision(EditableModel):
    meeting = peewee.ForeignKeyField(Meeting, backref="decisions", on_delete="CASCADE")
    seq = peewee.IntegerField(default=0)
    content = peewee.TextField()  # 议定事项
    lead_unit = peewee.CharField(max_length=100, default="")  # 牵头单位
    deadline = peewee.DateField(null=True)  # 完成时限
    supervision_id = peewee.IntegerField(null=True, index=True)  # the 督查 item it became
    sent_at = peewee.DateTimeField(null=True)
    sent_by = peewee.CharField(max_length=64, default="")


MODELS: list[type[BaseModel]] = [Meeting, MeetingAttendee, AgendaItem, MeetingDecision]


# A meeting's length in the database's own arithmetic, indexed (schema 26, meeting_length): the
# longest is one probe of that index, which bounds the meetings a time can overlap to those that
# start at most that long before it (core.meetings.conflicts), however many meetings there are.
SQLITE_LENGTH = 'julianday("end") - julianday("start")'  # days
POSTGRES_LENGTH = 'extract(epoch from ("end" - "start"))'  # seconds


def length_index_sql(postgres: bool) -> str:
    return f"create index if not exists meeting_length on meeting (({POSTGRES_LENGTH if postgres else SQLITE_LENGTH}))"


def longest_meeting() -> dt.timedelta:
    """The longest meeting's length (cancelled ones too: a bound, not a rule), zero for none."""
    postgres = isinstance(database.obj, peewee.PostgresqlDatabase)
    row = database.execute_sql(f"select max({POSTGRES_LENGTH if postgres else SQLITE_LENGTH}) from meeting").fetchone()
    value = float(row[0] or 0) if row else 0.0
    return dt.timedelta(seconds=max(0.0, value if postgres else value * 86400))


# One 发文字号, one notice (schema 41): the database refuses a second meeting with a number, so
# two workstations saving it at once are not both let through by core's read before the save
# (core.meetings.spec). Partial: a meeting without a notice number has "".
DOC_NO_INDEX = "meeting_doc_no"
DOC_NO_INDEX_SQL = f"create unique index if not exists {DOC_NO_INDEX} on meeting (doc_no) where doc_no <> ''"


def doc_no_index_made(db: peewee.Database) -> bool:
    if isinstance(db, peewee.PostgresqlDatabase):
        sql = "select 1 from pg_indexes where schemaname = current_schema() and indexname = %s"
    else:
        sql = "select 1 from sqlite_master where type = 'index' and name = ?"
    return db.execute_sql(sql, (DOC_NO_INDEX,)).fetchone() is not None


def make_doc_no_index(db: peewee.Database) -> bool:
    """The index, made unless meetings share a number already: then left off (an upgrade is
    not refused for rows the office must correct), `check` names them, and the first start
    after they are corrected makes it (store.db.open_database). True when it is there."""
    if doc_no_index_made(db):
        return True
    shared = shared_values(db, "meeting", "doc_no")
    if shared:
        log.warning("meeting.doc_no index left off: numbers shared by meetings %s", shared)
        return False
    db.execute_sql(DOC_NO_INDEX_SQL)
    return True
