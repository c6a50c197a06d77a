"""The 效能 figures' summary of the documents' step rows: one row per step with the day of the
step before it, as date ordinals, so that a year's figures group ~700,000 steps in SQL over a
covering index instead of reading them all (core.efficiency.step_spans keeps it up to date)."""

from __future__ import annotations

import peewee

from officedesk.store.base import BaseModel


class StepSpan(BaseModel):
    registry = peewee.CharField(max_length=16)
    record_id = peewee.IntegerField()
    step = peewee.CharField(max_length=20)
    person = peewee.CharField(max_length=50, default="")
    start_day = peewee.IntegerField()  # ordinal of the step before's day
    end_day = peewee.IntegerField()  # ordinal of this step's day

    class Meta:
        table_name = "step_span"
        indexes = (
            (("registry", "record_id"), False),
            # covering: the figures' GROUP BY reads the index only
            (("registry", "end_day", "step", "person", "start_day", "record_id"), False),
        )


class StepSpanMark(BaseModel):
    """How far the summary has read doc_step (its highest id)."""

    registry = peewee.CharField(max_length=16, primary_key=True)
    last_step_id = peewee.IntegerField(default=0)

    class Meta:
        table_name = "step_span_mark"


MODELS: list[type[BaseModel]] = [StepSpan, StepSpanMark]
