"""Foundation tables: settings, directory, users, audit trail, numbering, calendar overrides."""

from __future__ import annotations

import peewee

from officedesk.store.base import BaseModel, EditableModel, utcnow


class SchemaVersion(BaseModel):
    version = peewee.IntegerField(primary_key=True)
    applied_at = peewee.DateTimeField(default=utcnow)
    note = peewee.CharField(max_length=200, default="")


class AppSetting(BaseModel):
    key = peewee.CharField(max_length=100, primary_key=True)
    value = peewee.TextField()  # JSON


class Unit(EditableModel):
    name = peewee.CharField(max_length=100, unique=True)
    short_name = peewee.CharField(max_length=50, default="")
    parent = peewee.ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")
    sort_order = peewee.IntegerField(default=0)
    pinyin = peewee.CharField(max_length=200, default="", index=True)
    out_of_use = peewee.BooleanField(default=False)  # 停用 (migration 43): offered by no picker


class Person(EditableModel):
    name = peewee.CharField(max_length=50, index=True)
    gender = peewee.CharField(max_length=4, default="")
    unit = peewee.ForeignKeyField(Unit, null=True, backref="people", on_delete="SET NULL")
    title = peewee.CharField(max_length=100, default="")  # 职务
    rank = peewee.IntegerField(default=99)  # 级别: smaller sits nearer the centre
    phone = peewee.CharField(max_length=40, default="")
    pinyin = peewee.CharField(max_length=200, default="", index=True)
    out_of_use = peewee.BooleanField(default=False)  # 停用 (migration 43)


class Room(EditableModel):
    name = peewee.CharField(max_length=100, unique=True)
    capacity = peewee.IntegerField(default=0)
    location = peewee.CharField(max_length=200, default="")
    pinyin = peewee.CharField(max_length=200, default="", index=True)
    out_of_use = peewee.BooleanField(default=False)  # 停用 (migration 43): no new meeting booked in it


class Rank(EditableModel):
    """职级 (省部级正职 … 科员, 办事员): a person's 级别 is the order number of one of these;
    the smaller the order, the nearer the centre in seating."""

    name = peewee.CharField(max_length=50, unique=True)
    sort_order = peewee.IntegerField(unique=True)

    class Meta:
        table_name = "job_rank"


class User(EditableModel):
    username = peewee.CharField(max_length=64, unique=True)
    display_name = peewee.CharField(max_length=64, default="")
    role = peewee.CharField(max_length=16)  # admin / clerk / leader / readonly
    clearance = peewee.IntegerField(default=0)  # 0 公开 1 秘密 2 机密 3 绝密
    password_hash = peewee.CharField(max_length=300)
    failed_attempts = peewee.IntegerField(default=0)
    locked_until = peewee.DateTimeField(null=True)
    active = peewee.BooleanField(default=True)
    person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    # 岗位 (逐级负责, migration 15): unit, 职务, 分管 units (、-separated), may record for others
    unit = peewee.CharField(max_length=100, default="")
    position = peewee.CharField(max_length=30, default="")
    in_charge = peewee.CharField(max_length=500, default="")
    proxy_entry = peewee.BooleanField(default=False)


class AuditHead(BaseModel):
    """One row: the chain's last hash. Updating it serialises writers on SQLite and PostgreSQL."""

    id = peewee.IntegerField(primary_key=True)
    last_hash = peewee.CharField(max_length=64)
    count = peewee.IntegerField(default=0)


class AuditEntry(BaseModel):
    at = peewee.DateTimeField(default=utcnow, index=True)
    actor = peewee.CharField(max_length=64)
    action = peewee.CharField(max_length=32)  # create / update / delete / step / void / view …
    registry = peewee.CharField(max_length=32, index=True)
    record_id = peewee.IntegerField(null=True, index=True)
    summary = peewee.CharField(max_length=300, default="")
    before = peewee.TextField(default="")  # JSON
    after = peewee.TextField(default="")  # JSON
    prev_hash = peewee.CharField(max_length=64)
    hash = peewee.CharField(max_length=64)
    row_digest = peewee.CharField(max_length=64, default="")  # the audited row after the change (schema 7)


class NumberSequence(BaseModel):
    kind = peewee.CharField(max_length=32)
    prefix = peewee.CharField(max_length=64)
    year = peewee.IntegerField()
    last_value = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "prefix", "year"), True),)


class IssuedNumber(BaseModel):
    kind = peewee.CharField(max_length=32)
    prefix = peewee.CharField(max_length=64)
    year = peewee.IntegerField()
    seq = peewee.IntegerField()
    text = peewee.CharField(max_length=100, index=True)
    registry = peewee.CharField(max_length=32, default="")
    record_id = peewee.IntegerField(null=True)
    status = peewee.CharField(max_length=16, default="used")  # used / voided
    issued_at = peewee.DateTimeField(default=utcnow)
    issued_by = peewee.CharField(max_length=64, default="")
    void_reason = peewee.CharField(max_length=300, default="")
    voided_by = peewee.CharField(max_length=64, default="")
    voided_at = peewee.DateTimeField(null=True)

    class Meta:
        indexes = ((("kind", "prefix", "year", "seq"), True),)


class CalendarOverride(EditableModel):
    """A day the administrator marks as holiday or as working day, for years the package lacks."""

    day = peewee.DateField(unique=True)
    is_workday = peewee.BooleanField()
    note = peewee.CharField(max_length=100, default="")


class Attachment(BaseModel):
    registry = peewee.CharField(max_length=32)
    record_id = peewee.IntegerField()
    filename = peewee.CharField(max_length=255)
    stored_name = peewee.CharField(max_length=255)
    sha256 = peewee.CharField(max_length=64)
    size = peewee.IntegerField()
    added_at = peewee.DateTimeField(default=utcnow)
    added_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("registry", "record_id"), False),)


class AttachmentContent(BaseModel):
    """An attached file's bytes, once per content (schema 30): kept in the database so that a
    backup, `migrate-to` and every workstation of a shared database have them, not only the
    computer that added the file."""

    sha256 = peewee.CharField(max_length=64, unique=True)
    size = peewee.BigIntegerField()
    content = peewee.BlobField()


FOUNDATION_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    AppSetting,
    Unit,
    Person,
    Room,
    User,
    AuditHead,
    AuditEntry,
    NumberSequence,
    IssuedNumber,
    CalendarOverride,
    Attachment,
]
