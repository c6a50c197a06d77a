"""Tables of the petitions registry (信访).

`Petition` is one 信访件; its list columns keep the first petitioner (name, ID number, phone) so
the list needs no join. Every petitioner of a joint letter or a group visit's representatives
are `Petitioner` rows (the first one included): repeat detection looks them up by ID number
and by name + phone through indexes. `PetitionStep` is the handling history.
"""

from __future__ import annotations

import peewee

from officedesk.store.base import BaseModel, EditableModel, utcnow


class Petition(EditableModel):
    number = peewee.CharField(max_length=40, default="", index=True)  # 信访编号
    registered_on = peewee.DateField(index=True)  # 登记日期
    form = peewee.CharField(max_length=8, index=True)  # 来信 来访 电话 传真 网上
    name = peewee.CharField(max_length=50, default="", index=True)  # first petitioner
    gender = peewee.CharField(max_length=4, default="")
    id_number = peewee.CharField(max_length=18, default="")
    phone = peewee.CharField(max_length=40, default="")
    address = peewee.CharField(max_length=200, default="")
    employer = peewee.CharField(max_length=100, default="")
    people_count = peewee.IntegerField(default=1)
    category = peewee.CharField(max_length=50, default="", index=True)
    content = peewee.TextField(default="")  # 反映内容
    demand = peewee.TextField(default="")  # 诉求
    region = peewee.CharField(max_length=100, default="", index=True)  # 涉及地区/单位
    receiver = peewee.CharField(max_length=50, default="")  # 接待人
    # handling
    state = peewee.CharField(max_length=8, default="待处理", index=True)
    handling = peewee.CharField(max_length=8, default="")  # 直接答复 转送 交办 不予受理
    target_unit = peewee.CharField(max_length=100, default="")  # 去向单位
    decided_on = peewee.DateField(null=True)
    reject_reason = peewee.TextField(default="")
    report_due = peewee.DateField(null=True)  # 交办 report-back deadline
    accept_due = peewee.DateField(null=True)  # 转送: the receiving unit decides by then
    reported_on = peewee.DateField(null=True)
    decide_due = peewee.DateField(null=True)
    notify_due = peewee.DateField(null=True)
    notified_on = peewee.DateField(null=True)
    accepted_on = peewee.DateField(null=True)
    handle_due = peewee.DateField(null=True)
    extended = peewee.BooleanField(default=False)
    extension_reason = peewee.TextField(default="")
    extension_approver = peewee.CharField(max_length=50, default="")
    replied_on = peewee.DateField(null=True)
    reply_opinion = peewee.TextField(default="")  # 答复意见
    review_kind = peewee.CharField(max_length=4, default="")  # 复查 / 复核 in progress or done
    review_requested_on = peewee.DateField(null=True)
    review_due = peewee.DateField(null=True)
    review_answered_on = peewee.DateField(null=True)
    review_opinion = peewee.TextField(default="")
    # the 复查 once a 复核 is asked (schema 23): the review_* fields then hold the 复核, and the
    # 复查意见书 already served is reprinted from these
    first_review_requested_on = peewee.DateField(null=True)
    first_review_answered_on = peewee.DateField(null=True)
    first_review_opinion = peewee.TextField(default="")
    # the day the petitioner received the latest written answer (答复意见书, or the 复查意见书 once
    # a 复查 is answered: 送达回证); a 复查 / 复核 request's 30 日 run from it (schema 35)
    served_on = peewee.DateField(null=True)
    closed_on = peewee.DateField(null=True, index=True)  # 办结日期
    next_due = peewee.DateField(null=True, index=True)  # the nearest open deadline
    next_due_what = peewee.CharField(max_length=20, default="")
    repeat_of = peewee.IntegerField(null=True, index=True)  # 重复件: the earlier petition's id
    satisfaction = peewee.CharField(max_length=8, default="")
    supervision_id = peewee.IntegerField(null=True)  # 转督查: the supervision item
    secrecy = peewee.CharField(max_length=10, default="非密", index=True)  # 密级 (schema 7)

    class Meta:
        indexes = ((("category", "registered_on"), False),)


class Petitioner(EditableModel):
    petition = peewee.ForeignKeyField(Petition, backref="petitioners", on_delete="CASCADE")
    seq = peewee.IntegerField(default=1)
    name = peewee.CharField(max_length=50)
    gender = peewee.CharField(max_length=4, default="")
    id_number = peewee.CharField(max_length=18, default="", index=True)
    phone = peewee.CharField(max_length=40, default="")
    address = peewee.CharField(max_length=200, default="")
    employer = peewee.CharField(max_length=100, default="")

    class Meta:
        indexes = ((("name", "phone"), False),)


class PetitionStep(BaseModel):
    petition = peewee.ForeignKeyField(Petition, backref="steps", on_delete="CASCADE")
    kind = peewee.CharField(max_length=12)  # 登记 转送 交办 … 办结
    on = peewee.DateField()
    person = peewee.CharField(max_length=50, default="")
    content = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=64, default="")


MODELS: list[type[BaseModel]] = [Petition, Petitioner, PetitionStep]
