"""Tables of the information registry (信息报送).

`InfoItem` is one 信息 a unit reported; its list columns keep the latest outcome (采用级别,
批示, 得分) so the list needs no join. `InfoAction` is the history of its steps and also what the
scoring counts (采用 per level, 批示). `Periodical` is one of the office's periodicals (每日要情,
信息专报 …) and `InfoIssue` one issue of it (第N期, 总第M期); an item edited into an issue keeps
the issue's id and its place in it.
"""

from __future__ import annotations

import peewee

from officedesk.store.base import BaseModel, EditableModel, utcnow


class Periodical(EditableModel):
    name = peewee.CharField(max_length=50, unique=True)  # 每日要情
    unit = peewee.CharField(max_length=100, default="")  # 编发单位 ('' = the office's name)
    send_up = peewee.TextField(default="")  # 报
    send_to = peewee.TextField(default="")  # 送
    send_down = peewee.TextField(default="")  # 发
    total_start = peewee.IntegerField(default=0)  # 总期号 issued before the program was used
    active = peewee.BooleanField(default=True)
    position = peewee.IntegerField(default=0)


class InfoIssue(EditableModel):
    periodical = peewee.ForeignKeyField(Periodical, backref="issues", on_delete="RESTRICT")
    year = peewee.IntegerField()
    seq = peewee.IntegerField()  # 第N期 within the year
    total = peewee.IntegerField()  # 总第M期
    issued_on = peewee.DateField(null=True)  # 印发日期; None while it is being edited
    state = peewee.CharField(max_length=8, default="编辑中", index=True)  # 编辑中 / 已印发
    # the 编发单位 and 报/送/发 it went out with (JSON, core.info.printed_items), kept at 印发
    # (schema 31); None: not yet 印发, or 印发 before they were kept
    printed_head = peewee.TextField(null=True)

    class Meta:
        indexes = ((("periodical", "year", "seq"), True),)


class InfoItem(EditableModel):
    number = peewee.CharField(max_length=40, default="", index=True)  # 信息编号
    title = peewee.CharField(max_length=200)
    unit = peewee.CharField(max_length=100, index=True)  # 报送单位
    reporter = peewee.CharField(max_length=50, default="")  # 报送人
    phone = peewee.CharField(max_length=40, default="")
    reported_at = peewee.DateTimeField(index=True)  # 报送时间
    category = peewee.CharField(max_length=20, default="", index=True)
    urgency = peewee.CharField(max_length=8, default="")  # 紧急程度
    content = peewee.TextField(default="")  # 正文
    attachments = peewee.TextField(default="")  # 附件 (names, one a line)
    secrecy = peewee.CharField(max_length=10, default="非密", index=True)  # 密级
    state = peewee.CharField(max_length=8, default="待接收", index=True)
    received_at = peewee.DateTimeField(null=True)
    receiver = peewee.CharField(max_length=50, default="")
    review = peewee.CharField(max_length=4, default="")  # 采 / 不采
    review_reason = peewee.TextField(default="")
    edited_title = peewee.CharField(max_length=200, default="")
    edited_content = peewee.TextField(default="")
    editor = peewee.CharField(max_length=50, default="")
    signer = peewee.CharField(max_length=50, default="")  # 签发人
    signed_on = peewee.DateField(null=True)
    issue = peewee.IntegerField(null=True, index=True)  # InfoIssue id (loose)
    issue_position = peewee.IntegerField(default=0)
    issue_label = peewee.CharField(max_length=80, default="")  # 每日要情 2026年第5期
    sent_level = peewee.CharField(max_length=8, default="")  # 上报 to 市/省/中央
    sent_at = peewee.DateTimeField(null=True)
    adopted = peewee.TextField(default="")  # 采用情况: 市委办《每日要情》2026-03-04 …
    adopted_level = peewee.CharField(max_length=8, default="", index=True)  # the highest
    instruction = peewee.TextField(default="")  # 领导批示: 张三：… (latest)
    score = peewee.IntegerField(default=0)  # 得分 by the points table
    # 突发事件
    event_at = peewee.DateTimeField(null=True)  # 事发时间
    event_level = peewee.CharField(max_length=8, default="")  # 一般 / 较大 / 重大 / 特别重大
    phoned_at = peewee.DateTimeField(null=True)  # 电话报告时间
    written_at = peewee.DateTimeField(null=True)  # 书面报告时间
    followup_of = peewee.IntegerField(null=True, index=True)  # 续报: the first report's id
    supervision_id = peewee.IntegerField(null=True)  # 批示转督查

    class Meta:  # a choice filter's first page is an index range in the list's sort order
        indexes = (
            (("unit", "reported_at"), False),
            (("state", "reported_at"), False),
            (("category", "reported_at"), False),
        )


# The ranking's count of 报送 per unit over a period (core.info.scoring.unit_scores) read from
# this index alone: the 报送时间 range, the unit, and what says whether the item counts and who
# may see it (state, 续报, 密级), without a lookup of each item's row (store migration 29).
RANKED_INDEX_SQL = ("create index if not exists info_item_ranked on info_item "
                    "(reported_at, unit, state, followup_of, secrecy)")


class InfoAction(BaseModel):
    item = peewee.ForeignKeyField(InfoItem, backref="actions", on_delete="CASCADE")
    kind = peewee.CharField(max_length=8, index=True)  # 接收 初审 … 采用 批示
    on = peewee.DateField(index=True)
    person = peewee.CharField(max_length=50, default="")  # 经办人, 批示领导
    level = peewee.CharField(max_length=8, default="")  # 采用/上报 level
    periodical = peewee.CharField(max_length=80, default="")  # 采用 periodical
    content = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=64, default="")

    class Meta:  # the ranking counts 采用 and 批示 by kind over a period
        indexes = ((("kind", "on"), False),)


MODELS: list[type[BaseModel]] = [Periodical, InfoIssue, InfoItem, InfoAction]


class InfoPrintedItem(BaseModel):
    """An item as its issue printed it when the issue was 印发 (schema 28): a reprint shows what
    went out, not what the record says after a later correction."""

    issue = peewee.IntegerField(index=True)  # InfoIssue id
    item = peewee.IntegerField()  # InfoItem id
    position = peewee.IntegerField()  # its place in the issue, from 1
    title = peewee.CharField(max_length=200)
    content = peewee.TextField(default="")
    unit = peewee.CharField(max_length=100, default="")
    # 印发: kept at 印发; 审计记录: rebuilt by schema 28 from the audit trail; 现有数据: an issue
    # 印发 before schema 28 whose 印发 the trail does not hold, kept as the records stood then
    source = peewee.CharField(max_length=8, default="印发")

    class Meta:
        table_name = "info_printed_item"
        indexes = ((("issue", "item"), True),)


PRINTED_MODELS: list[type[BaseModel]] = [InfoPrintedItem]  # schema 28
