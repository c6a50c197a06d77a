"""逐级负责: who did each step (本人, 代录, 代理, 退回) and who stands in for whom (代理)."""

from __future__ import annotations

import peewee

from officedesk.store.base import BaseModel, EditableModel, utcnow


class StepSign(BaseModel):
    """One step as performed through the step runner: who did it, in what capacity.

    mode: 本人 (the holder of the position), 代录 (a clerk entered a leader's paper step),
    代理 (a substitute acted during the principal's absence), 退回 (sent back to `returned_to`)."""

    registry = peewee.CharField(max_length=32)
    record_id = peewee.IntegerField()
    step = peewee.CharField(max_length=20)
    mode = peewee.CharField(max_length=8, default="本人")
    actor = peewee.CharField(max_length=64, default="")  # the account that did or entered it
    actor_name = peewee.CharField(max_length=64, default="")
    person = peewee.CharField(max_length=64, default="")  # whose step it is (代 whom)
    # his 用户名 when he is a user (schema 36): namesakes are told apart; None on rows kept
    # before it and for a name that is no user's (judged by `person` alone, as before)
    person_username = peewee.CharField(max_length=64, null=True)
    position = peewee.CharField(max_length=30, default="")  # the 岗位 the step was done in
    at = peewee.DateTimeField(default=utcnow)  # when it was entered
    paper_date = peewee.DateField(null=True)  # the day it was done (paper, --on); 代录 prints it
    returned_to = peewee.CharField(max_length=20, default="")  # 退回: the step it went back to
    returned_from = peewee.CharField(max_length=20, default="")  # 退回: the step it waited for
    reason = peewee.TextField(default="")
    state_from = peewee.CharField(max_length=20, default="")
    state_to = peewee.CharField(max_length=20, default="")
    history_id = peewee.IntegerField(null=True)  # the document's 办理过程 row (doc_step.id)
    audit_id = peewee.IntegerField(null=True)  # the audit entry the step wrote (schema 17)

    class Meta:
        indexes = ((("registry", "record_id"), False),)


class Delegation(EditableModel):
    """代理: `substitute` acts for `principal` from `start` to `end` (both included)."""

    principal = peewee.CharField(max_length=64, index=True)  # username
    substitute = peewee.CharField(max_length=64, index=True)  # username
    start = peewee.DateField()
    end = peewee.DateField()
    note = peewee.CharField(max_length=200, default="")
    active = peewee.BooleanField(default=True)


MODELS: list[type[BaseModel]] = [StepSign, Delegation]
