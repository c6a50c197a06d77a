"""Schema version 1: the foundation as it first shipped (frozen copies of the models)."""

from __future__ import annotations

import datetime as dt

import peewee


def frozen_models(db: peewee.Database) -> list[type[peewee.Model]]:
    class Base(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Stamped(Base):
        created_at = peewee.DateTimeField(default=dt.datetime.now)
        created_by = peewee.CharField(max_length=64, default="")
        updated_at = peewee.DateTimeField(default=dt.datetime.now)
        updated_by = peewee.CharField(max_length=64, default="")
        version = peewee.IntegerField(default=1)

    class SchemaVersion(Base):
        version = peewee.IntegerField(primary_key=True)
        applied_at = peewee.DateTimeField(default=dt.datetime.now)
        note = peewee.CharField(max_length=200, default="")

    class AppSetting(Base):
        key = peewee.CharField(max_length=100, primary_key=True)
        value = peewee.TextField()

    class Unit(Stamped):
        name = peewee.CharField(max_length=100, unique=True)
        short_name = peewee.CharField(max_length=50, default="")
        parent = peewee.ForeignKeyField("self", null=True, on_delete="SET NULL")

    class Person(Stamped):
        name = peewee.CharField(max_length=50, index=True)
        gender = peewee.CharField(max_length=4, default="")
        unit = peewee.ForeignKeyField(Unit, null=True, on_delete="SET NULL")
        title = peewee.CharField(max_length=100, default="")
        rank = peewee.IntegerField(default=99)
        phone = peewee.CharField(max_length=40, default="")

    class Room(Stamped):
        name = peewee.CharField(max_length=100, unique=True)
        capacity = peewee.IntegerField(default=0)
        location = peewee.CharField(max_length=200, default="")

    class User(Stamped):
        username = peewee.CharField(max_length=64, unique=True)
        display_name = peewee.CharField(max_length=64, default="")
        role = peewee.CharField(max_length=16)
        clearance = peewee.IntegerField(default=0)
        password_hash = peewee.CharField(max_length=300)
        failed_attempts = peewee.IntegerField(default=0)
        locked_until = peewee.DateTimeField(null=True)
        active = peewee.BooleanField(default=True)
        person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")

    class AuditHead(Base):
        id = peewee.IntegerField(primary_key=True)
        last_hash = peewee.CharField(max_length=64)
        count = peewee.IntegerField(default=0)

    class AuditEntry(Base):
        at = peewee.DateTimeField(default=dt.datetime.now, index=True)
        actor = peewee.CharField(max_length=64)
        action = peewee.CharField(max_length=32)
        registry = peewee.CharField(max_length=32, index=True)
        record_id = peewee.IntegerField(null=True, index=True)
        summary = peewee.CharField(max_length=300, default="")
        before = peewee.TextField(default="")
        after = peewee.TextField(default="")
        prev_hash = peewee.CharField(max_length=64)
        hash = peewee.CharField(max_length=64)

    class NumberSequence(Base):
        kind = peewee.CharField(max_length=32)
        prefix = peewee.CharField(max_length=64)
        year = peewee.IntegerField()
        last_value = peewee.IntegerField(default=0)

        class Meta:
            indexes = ((("kind", "prefix", "year"), True),)

    class IssuedNumber(Base):
        kind = peewee.CharField(max_length=32)
        prefix = peewee.CharField(max_length=64)
        year = peewee.IntegerField()
        seq = peewee.IntegerField()
        text = peewee.CharField(max_length=100, index=True)
        registry = peewee.CharField(max_length=32, default="")
        record_id = peewee.IntegerField(null=True)
        status = peewee.CharField(max_length=16, default="used")
        issued_at = peewee.DateTimeField(default=dt.datetime.now)
        issued_by = peewee.CharField(max_length=64, default="")
        void_reason = peewee.CharField(max_length=300, default="")
        voided_by = peewee.CharField(max_length=64, default="")
        voided_at = peewee.DateTimeField(null=True)

        class Meta:
            indexes = ((("kind", "prefix", "year", "seq"), True),)

    return [SchemaVersion, AppSetting, Unit, Person, Room, User, AuditHead, AuditEntry,
            NumberSequence, IssuedNumber]


def upgrade(db: peewee.Database) -> None:
    db.create_tables(frozen_models(db))
