"""Tables of the documents registry: 收文 and 发文, their steps, 传阅, 会签, 核发 and 归档."""

from __future__ import annotations

import peewee

from officedesk.store.base import BaseModel, EditableModel, utcnow


class IncomingDoc(EditableModel):
    """收文: one received document and where it stands in its handling."""

    receive_no = peewee.CharField(max_length=100, default="", index=True)  # 收文编号
    received_on = peewee.DateField(index=True)  # 收文日期
    from_org = peewee.CharField(max_length=200, index=True)  # 来文机关
    from_ref = peewee.CharField(max_length=100, default="", index=True)  # 来文字号 (the 重复登记 warning)
    title = peewee.CharField(max_length=300)
    kind = peewee.CharField(max_length=20, default="", index=True)  # 文种
    secrecy = peewee.CharField(max_length=10, default="非密", index=True)  # 密级
    secrecy_term = peewee.CharField(max_length=30, default="")  # 保密期限
    urgency = peewee.CharField(max_length=10, default="平件")  # 紧急程度
    copies = peewee.IntegerField(default=1)  # 份数
    state = peewee.CharField(max_length=20, index=True)
    proposal = peewee.TextField(default="")  # 拟办意见
    instruction = peewee.TextField(default="")  # 领导批示
    instruction_leader = peewee.CharField(max_length=50, default="")
    handler_unit = peewee.CharField(max_length=100, default="", index=True)  # 承办单位
    handler_person = peewee.CharField(max_length=50, default="")
    co_units = peewee.CharField(max_length=300, default="")  # 协办单位 (主办 is handler_unit)
    limit_days = peewee.IntegerField(null=True)  # 办理时限（工作日）
    due_on = peewee.DateField(null=True, index=True)  # 办理时限 (the date)
    result = peewee.TextField(default="")  # 办结结果
    finished_on = peewee.DateField(null=True)
    remind_count = peewee.IntegerField(default=0)
    supervision_id = peewee.IntegerField(null=True)  # 转督查: the supervision item
    archive_no = peewee.CharField(max_length=100, default="")  # 档号
    retention = peewee.CharField(max_length=10, default="")  # 保管期限
    note = peewee.TextField(default="")

    @property
    def archive_pages(self) -> int | None:
        """页数: its 归档文件目录 entry's, once filed and counted (None: no entry, or 0: not
        counted); the document holds none of its own (_filed_pages)."""
        return _filed_pages(self, "incoming")


class OutgoingDoc(EditableModel):
    """发文: a draft on its way to a numbered, printed and distributed document."""

    doc_no = peewee.CharField(max_length=100, default="", index=True)  # 发文字号
    title = peewee.CharField(max_length=300)
    kind = peewee.CharField(max_length=20, default="", index=True)
    drafting_unit = peewee.CharField(max_length=100, default="", index=True)  # 拟稿单位
    drafter = peewee.CharField(max_length=50, default="")  # 拟稿人
    main_to = peewee.TextField(default="")  # 主送
    cc = peewee.TextField(default="")  # 抄送
    body = peewee.TextField(default="")  # 正文: plain text, headings by their numbering
    attachment_note = peewee.TextField(default="")  # 附件说明: one attachment title a line
    secrecy = peewee.CharField(max_length=10, default="非密", index=True)
    secrecy_term = peewee.CharField(max_length=30, default="")
    urgency = peewee.CharField(max_length=10, default="平件")
    copies = peewee.IntegerField(default=1)
    issuer_org = peewee.CharField(max_length=100, default="")  # 印发机关
    joint_organs = peewee.TextField(default="")  # 联合发文机关 besides the office, 、-separated (schema 21)
    upward = peewee.BooleanField(default=False)  # 上行文
    note = peewee.TextField(default="")  # 附注
    state = peewee.CharField(max_length=20, index=True)
    checker = peewee.CharField(max_length=50, default="")  # 核稿人
    signer = peewee.CharField(max_length=50, default="")  # 签发人
    sign_opinion = peewee.TextField(default="")
    signed_on = peewee.DateField(null=True)  # 签发日期
    rechecker = peewee.CharField(max_length=50, default="")  # 复核人 (schema 18)
    doc_date = peewee.DateField(null=True, index=True)  # 成文日期
    numbered_at = peewee.DateTimeField(null=True)
    print_date = peewee.DateField(null=True)  # 印发日期
    printed_copies = peewee.IntegerField(null=True)
    archive_no = peewee.CharField(max_length=100, default="")
    retention = peewee.CharField(max_length=10, default="")

    @property
    def archive_pages(self) -> int | None:
        """页数: its 归档文件目录 entry's, once filed and counted (None: no entry, or 0: not
        counted); the document holds none of its own (_filed_pages)."""
        return _filed_pages(self, "outgoing")


# 发文's list order (core's sort key of the 成文日期 column): its 成文日期, or, for a draft, which
# has none before 签发, the time it was 拟稿 — kept as text that sorts as the days do on SQLite
# (2026-12-02 before 2026-12-02 15:00:00), a timestamp on PostgreSQL. Migration 38 indexes the
# expression as written here, alone and after each choice a list filters by (`LISTED_INDEXES`).
LISTED_SQL = "coalesce(doc_date, created_at)"
LISTED_INDEXES = {"outgoing_doc_listed": (), "outgoing_doc_state_listed": ("state",),
                  "outgoing_doc_kind_listed": ("kind",), "outgoing_doc_secrecy_listed": ("secrecy",)}


def listed_on(model: type[OutgoingDoc] = OutgoingDoc) -> peewee.Function:
    """The SQL of `LISTED_SQL`, for a query's ORDER BY (the index answers it)."""
    return peewee.fn.COALESCE(model.doc_date, model.created_at)


def listed_index_sql(name: str) -> str:
    columns = [f'"{column}"' for column in LISTED_INDEXES[name]]
    return f'create index if not exists "{name}" on "outgoing_doc" ({", ".join([*columns, f"({LISTED_SQL})"])})'


class DocStep(BaseModel):
    """One step of a document's procedure: who, when, what opinion (全程留痕)."""

    registry = peewee.CharField(max_length=16)  # incoming / outgoing
    record_id = peewee.IntegerField()
    step = peewee.CharField(max_length=20)  # 登记, 初审, 批办 …
    state_from = peewee.CharField(max_length=20, default="")
    state_to = peewee.CharField(max_length=20, default="")
    person = peewee.CharField(max_length=50, default="")  # the responsible person (a leader's name)
    actor = peewee.CharField(max_length=64, default="")  # the account that entered it
    at = peewee.DateTimeField(default=utcnow)
    opinion = peewee.TextField(default="")

    class Meta:
        indexes = ((("registry", "record_id"), False),)


class CirculationEntry(BaseModel):
    """传阅: one reader of an incoming document, in the order it passes."""

    doc_id = peewee.IntegerField(index=True)
    seq = peewee.IntegerField()
    reader = peewee.CharField(max_length=50)
    # 送阅时间: when it reached this reader; empty while an earlier one in order holds it (schema 20)
    sent_at = peewee.DateTimeField(null=True)
    read_at = peewee.DateTimeField(null=True)
    note = peewee.CharField(max_length=300, default="")
    # 0: in order (按顺序, one holder at a time); else 分送 at once: the first seq of its batch
    batch = peewee.IntegerField(default=0)


class Countersign(BaseModel):
    """会签: a unit asked to co-sign an outgoing draft, and its answer."""

    doc_id = peewee.IntegerField(index=True)
    seq = peewee.IntegerField()
    unit = peewee.CharField(max_length=100)
    person = peewee.CharField(max_length=50, default="")
    opinion = peewee.TextField(default="")
    signed_at = peewee.DateTimeField(null=True)
    answer = peewee.CharField(max_length=8, default="")  # 同意 / 不同意 (empty: not yet)
    resolution = peewee.TextField(default="")  # a 不同意 resolved: the 签发人's 协调 decision


class Distribution(BaseModel):
    """核发: who received how many copies, with 份号 ranges for classified documents."""

    doc_id = peewee.IntegerField(index=True)
    seq = peewee.IntegerField()
    recipient = peewee.CharField(max_length=100)
    copies = peewee.IntegerField()
    first_no = peewee.IntegerField(null=True)
    last_no = peewee.IntegerField(null=True)


class ArchiveItem(BaseModel):
    """归档: one 件 with its 档号 per DA/T 22-2015."""

    registry = peewee.CharField(max_length=16)
    record_id = peewee.IntegerField()
    archive_no = peewee.CharField(max_length=100, unique=True)
    fonds = peewee.CharField(max_length=20)  # 全宗号
    category = peewee.CharField(max_length=10, default="WS")  # 门类代码
    year = peewee.IntegerField(index=True)
    retention = peewee.CharField(max_length=10)  # Y / D30 / D10
    org_code = peewee.CharField(max_length=20, default="")  # 机构(问题)代码
    piece_no = peewee.IntegerField()  # 件号
    title = peewee.CharField(max_length=300)
    doc_ref = peewee.CharField(max_length=100, default="")  # 文号
    responsible = peewee.CharField(max_length=200, default="")  # 责任者
    doc_date = peewee.DateField(null=True)
    pages = peewee.IntegerField(default=0)
    secrecy = peewee.CharField(max_length=10, default="非密")  # at archiving: the live one governs
    archived_at = peewee.DateTimeField(default=utcnow)
    archived_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("registry", "record_id"), True),)


_PAGES_SQL: dict[type, str] = {}  # _filed_pages' statement, per kind of database


def _filed_pages(record: IncomingDoc | OutgoingDoc, registry: str) -> int | None:
    """The 页数 of a 收文's or 发文's 目录 entry (None: none, or not counted). Read for each row
    an export writes: its SQL compiled once per kind of database, as a 督查事项's."""
    if record.id is None:
        return None
    database = record._meta.database
    kind = type(getattr(database, "obj", database))
    sql = _PAGES_SQL.get(kind)
    if sql is None:
        sql = _PAGES_SQL[kind] = ArchiveItem.select(ArchiveItem.pages).where(
            (ArchiveItem.registry == "incoming") & (ArchiveItem.record_id == 0)).sql()[0]
    found = database.execute_sql(sql, (registry, record.id)).fetchone()
    return int(found[0]) if found is not None and found[0] else None


MODELS: list[type[BaseModel]] = [
    IncomingDoc,
    OutgoingDoc,
    DocStep,
    CirculationEntry,
    Countersign,
    Distribution,
    ArchiveItem,
]
