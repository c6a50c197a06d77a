"""How a stored deadline was counted: a number of days from a date, so that a change of the
holiday table counts it again (core.counted_deadlines). A deadline a clerk typed has no row."""

from __future__ import annotations

import peewee

from officedesk.store.base import BaseModel


class CountedDeadline(BaseModel):
    registry = peewee.CharField(max_length=20)  # a registry's name, or "supervision.task"
    record_id = peewee.IntegerField()
    field = peewee.CharField(max_length=30)  # the record's column holding the deadline
    since = peewee.DateField()  # the day the count starts from (not itself counted)
    days = peewee.IntegerField()
    working = peewee.BooleanField()  # working days; else calendar days, the last moved past a rest day
    due = peewee.DateField()  # the day it gave: a deadline changed since (typed, 延期) is not this one's

    class Meta:
        table_name = "counted_deadline"
        indexes = (
            (("registry", "record_id", "field"), True),
            (("due",), False),  # a holiday change reads the rows due in its year or later
        )


MODELS: list[type[BaseModel]] = [CountedDeadline]
