"""收文 (incoming): its states, which steps each allows, its fields and the registry spec.
The steps themselves are in core.documents.incoming (these names stay importable from there)."""

from __future__ import annotations

from officedesk.core import clock, state_facts, typed_numbers
from officedesk.core.directory import known_unit_fields
from officedesk.core.documents import doc_rules
from officedesk.core.documents.common import (
    KIND_CHOICES,
    SECRECY,
    URGENCY,
    blanks_to_defaults,
    check_wenhao,
    not_in_future,
    positive_copies,
    senders_year_received,
)
from officedesk.core.fields import CHOICE, DATE, INT, LONGTEXT, FieldSpec
from officedesk.core.registry import LIGHT, NamedRows, RegistrySpec, register
from officedesk.core.typed_numbers import tidy_number
from officedesk.store.documents import CirculationEntry, DocStep, IncomingDoc

SIGNED = "已签收"
REGISTERED = "已登记"
RETURNED = "已退回"
REVIEWED = "已初审"
PROPOSED = "已拟办"
INSTRUCTED = "已批办"
HANDLING = "承办中"
CIRCULATING = "传阅中"
DONE = "已办结"
ARCHIVED = "已归档"
STATES = (
    SIGNED,
    REGISTERED,
    RETURNED,
    REVIEWED,
    PROPOSED,
    INSTRUCTED,
    HANDLING,
    CIRCULATING,
    DONE,
    ARCHIVED,
)
OPEN_STATES = (HANDLING, CIRCULATING)

# state -> the steps it allows (the procedure is explicit here, not in the generic layer)
FLOW: dict[str, tuple[str, ...]] = {
    SIGNED: ("登记",),
    REGISTERED: ("初审", "退回"),
    RETURNED: ("登记",),
    REVIEWED: ("拟办",),
    PROPOSED: ("批办",),
    INSTRUCTED: ("批办", "承办", "传阅", "办结", "转督查"),  # 批办 again: several 批示 in order
    HANDLING: ("批办", "传阅", "催办", "办结", "转督查"),
    CIRCULATING: ("阅", "催办"),
    DONE: ("归档",),
    ARCHIVED: (),
}

FIELDS = [
    FieldSpec("receive_no", "收文编号", editable=False, searchable=True, width=115, tidy=tidy_number),
    FieldSpec(
        "received_on",
        "收文日期",
        kind=DATE,
        required=True,
        default=clock.today,
        check=not_in_future("收文日期"),
        width=95,
    ),
    FieldSpec(
        "from_org",
        "来文机关",
        required=True,
        completer="units",
        searchable=True,
        max_length=200,
        width=140,
    ),
    FieldSpec(
        "from_ref",
        "来文字号",
        searchable=True,
        max_length=100,
        check=check_wenhao("来文字号", senders=True),
        tidy=tidy_number,
        placeholder="如 X政办发〔2026〕12号",
        width=140,
    ),
    FieldSpec("title", "标题", required=True, searchable=True, max_length=300, width=250),
    # no default: a silent 通知 saved wrong data; 签收 may leave it open, 登记 needs it
    FieldSpec("kind", "文种", kind=CHOICE, choices=KIND_CHOICES, width=60),
    FieldSpec("secrecy", "密级", kind=CHOICE, choices=SECRECY, default="非密", width=55),
    FieldSpec("secrecy_term", "保密期限", max_length=30, column=False, placeholder="如 10年",
              tidy=doc_rules.tidy_term, words=doc_rules.term_words),
    FieldSpec("urgency", "紧急程度", kind=CHOICE, choices=URGENCY, default="平件", width=65),
    FieldSpec("copies", "份数", kind=INT, default=1, maximum=99_999, width=40),
    FieldSpec(
        "handler_unit", "承办单位", completer="units", editable=False, searchable=True, width=110
    ),
    FieldSpec("co_units", "协办单位", editable=False, column=False, searchable=True),
    FieldSpec("due_on", "办理时限", kind=DATE, editable=False, deadline=True, width=105),
    FieldSpec(
        "state", "状态", kind=CHOICE, choices=STATES, default=SIGNED, editable=False, width=75
    ),
    FieldSpec("proposal", "拟办意见", kind=LONGTEXT, editable=False, column=False, searchable=True),
    FieldSpec(
        "instruction", "领导批示", kind=LONGTEXT, editable=False, column=False, searchable=True
    ),
    FieldSpec("result", "办结结果", kind=LONGTEXT, editable=False, column=False, searchable=True),
    FieldSpec("note", "备注", kind=LONGTEXT, column=False, searchable=True),
    # facts of later states, reached by the steps; add / import --history may bring them
    FieldSpec("finished_on", "办结日期", kind=DATE, editable=False, column=False),
    FieldSpec("archive_no", "档号", editable=False, column=False),
    # its 目录 entry's (the document holds none): import --history brings it with the 档号
    FieldSpec("archive_pages", "页数", kind=INT, editable=False, column=False, minimum=1, maximum=100_000,
              placeholder="已归档的文件：归档文件的页数，可不填"),
]


# the year a 收文编号 is issued in: that of the 收文日期, as a typed one must carry
# (typed_numbers.check_year_of_dates); a 收文 of 2025-12-31 signed in on 2026-01-04 is 收〔2025〕N号
receipt_year = typed_numbers.year_of("received_on")


INCOMING = register(
    RegistrySpec(
        name="incoming",
        label="收文",
        model=IncomingDoc,
        list_first=("receive_no", "received_on", "from_org", "from_ref", "title", "state", LIGHT,
                    "due_on"),
        default_sort="received_on",
        fields=FIELDS,
        title_field="title",
        number_field="receive_no",
        natural_key=("from_ref", "from_org"),
        number_kind="incoming",
        number_year=receipt_year,
        level_field="secrecy",
        named_people=(("handler_person", "承办人"), ("instruction_leader", "批示领导")),
        named_rows=(NamedRows(DocStep, "record_id", "person", step="step", registry="registry"),
                    NamedRows(CirculationEntry, "doc_id", "reader", label="传阅")),
        in_work=lambda record: record.state not in (DONE, ARCHIVED),
        rules=[
            blanks_to_defaults(IncomingDoc),
            positive_copies,
            senders_year_received,
            # `add` and import may bring a 承办单位: a unit of the 通讯录, as at 承办
            known_unit_fields(("handler_unit", "承办单位", False), ("co_units", "协办单位", True)),
            doc_rules.secrecy_term,
            state_facts.creation_rule("incoming", "收文"),
        ],
        exchange_labels=[
            "收文编号",
            "收文日期",
            "来文机关",
            "来文字号",
            "标题",
            "文种",
            "密级",
            "紧急程度",
            "份数",
            "拟办意见",  # the facts of 已拟办 and 已批办: without them those rows cannot return
            "领导批示",
            "承办单位",
            "办理时限",
            "状态",
            "办结日期",
            "档号",
            "页数",  # and its 目录 entry's 页数, when counted
        ],
    )
)
