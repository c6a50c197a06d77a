"""Tables of the 效能投诉 registry: complaints that an office or official was slow, evasive or
obstructive, and the steps of their handling (登记 → 核查 → 结论 → 处理)."""

from __future__ import annotations

import peewee

from officedesk.store.base import BaseModel, EditableModel, utcnow


class EfficiencyComplaint(EditableModel):
    number = peewee.CharField(max_length=40, default="", index=True)  # 投诉编号
    received_on = peewee.DateField(index=True)  # 登记日期
    channel = peewee.CharField(max_length=8, default="电话")  # 投诉方式
    complainant = peewee.CharField(max_length=50, default="")  # 投诉人
    phone = peewee.CharField(max_length=40, default="")
    unit = peewee.CharField(max_length=100, index=True)  # 被投诉单位
    person = peewee.CharField(max_length=50, default="")  # 被投诉人
    category = peewee.CharField(max_length=20, default="其他", index=True)  # 投诉类别
    content = peewee.TextField(default="")  # 投诉内容
    receiver = peewee.CharField(max_length=50, default="")  # 受理人
    state = peewee.CharField(max_length=8, default="待核查", index=True)
    due_on = peewee.DateField(null=True, index=True)  # 办结时限
    verifier_unit = peewee.CharField(max_length=100, default="")  # 核查单位
    verify_sent_on = peewee.DateField(null=True)  # 核查通知书 date
    verify_due = peewee.DateField(null=True)  # 核查时限
    verified_on = peewee.DateField(null=True)
    finding = peewee.CharField(max_length=8, default="")  # 属实 / 部分属实 / 不属实
    finding_text = peewee.TextField(default="")  # 核查情况
    action = peewee.CharField(max_length=8, default="")  # 效能告诫 / 通报批评 / 诫勉 / 其他 / 不予处理
    action_text = peewee.TextField(default="")
    closed_on = peewee.DateField(null=True, index=True)
    # the working days a 效能告诫书 gives for the 整改报告, kept with 处理 (schema 44; NULL: one
    # served before, which said 5)
    remedy_days = peewee.IntegerField(null=True)


class ComplaintStep(BaseModel):
    complaint = peewee.ForeignKeyField(EfficiencyComplaint, backref="steps", on_delete="CASCADE")
    kind = peewee.CharField(max_length=12)  # 登记 核查 结论 处理
    on = peewee.DateField()
    person = peewee.CharField(max_length=50, default="")
    content = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=64, default="")


MODELS: list[type[BaseModel]] = [EfficiencyComplaint, ComplaintStep]
