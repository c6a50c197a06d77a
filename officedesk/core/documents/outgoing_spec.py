"""发文 (outgoing): its states, which steps each allows, its fields and the registry spec.
The steps themselves are in core.documents.outgoing."""

from __future__ import annotations

from typing import Any

from officedesk.core import i18n, records, state_facts, typed_numbers
from officedesk.core.documents import doc_rules
from officedesk.core.documents.common import (
    KIND_CHOICES,
    SECRECY,
    UPWARD_KINDS,
    URGENCY,
    blanks_to_defaults,
    not_in_future,
    positive_copies,
)
from officedesk.core.errors import ProcedureError
from officedesk.core.fields import BOOL, CHOICE, DATE, INT, LONGTEXT, FieldSpec
from officedesk.core.registry import NamedRows, RegistrySpec, register
from officedesk.store.documents import DocStep, OutgoingDoc, listed_on

DRAFTING = "拟稿中"
CHECKED = "已核稿"
COUNTERSIGNING = "会签中"
COUNTERSIGNED = "已会签"
SIGNED = "已签发"
REREVIEW = "复审中"  # 复核 found a substantive change: back with the original signer
REVIEWED = "已复核"
NUMBERED = "已编号"
PRINTED = "已印制"
DISTRIBUTED = "已核发"
ARCHIVED = "已归档"
STATES = (
    DRAFTING,
    CHECKED,
    COUNTERSIGNING,
    COUNTERSIGNED,
    SIGNED,
    REREVIEW,
    REVIEWED,
    NUMBERED,
    PRINTED,
    DISTRIBUTED,
    ARCHIVED,
)

FLOW: dict[str, tuple[str, ...]] = {
    DRAFTING: ("修改", "核稿", "退回"),
    CHECKED: ("审核", "送会签", "签发", "退回修改", "退回"),
    COUNTERSIGNING: ("会签", "退回修改"),
    # a 不同意 blocks 签发: a new round of 会签, or the 签发人's recorded 协调 decision
    COUNTERSIGNED: ("审核", "签发", "送会签", "协调", "退回修改", "退回"),
    # 复核 before 编号 (条例第二十五条（一）); a record signed before 复核 existed waits for it too
    SIGNED: ("复核", "退回复审"),
    # 复审: the original signer signs again, or sends the draft back for the change to be made
    REREVIEW: ("签发", "退回修改"),
    REVIEWED: ("编号",),
    NUMBERED: ("印制",),
    PRINTED: ("核发",),
    DISTRIBUTED: ("归档",),
    ARCHIVED: (),
}

# the 修改 step's opinion when the draft was saved unchanged (a 会签 still stands: countersign)
UNCHANGED = "保存稿件"

# the content of the draft: changed only while it is being drafted
CONTENT = (
    "title",
    "kind",
    "drafting_unit",
    "drafter",
    "main_to",
    "cc",
    "body",
    "attachment_note",
    "secrecy",
    "secrecy_term",
    "urgency",
    "copies",
    "issuer_org",
    "upward",
    "note",
    "joint_organs",  # the organs it is issued in the name of: signed for with the rest
)

FIELDS = [
    FieldSpec("doc_no", "发文字号", editable=False, searchable=True, width=150, tidy=typed_numbers.tidy_number),
    FieldSpec("title", "标题", required=True, searchable=True, max_length=300, width=300),
    FieldSpec("kind", "文种", kind=CHOICE, required=True, choices=KIND_CHOICES, width=60),
    FieldSpec(
        "drafting_unit", "拟稿单位", completer="units", searchable=True, max_length=100, width=120
    ),
    FieldSpec("drafter", "拟稿人", completer="people", searchable=True, max_length=50, width=70),
    FieldSpec("checker", "核稿人", editable=False, column=False, person=True),
    FieldSpec("signer", "签发人", editable=False, width=70, person=True),
    FieldSpec(
        "signed_on",
        "签发日期",
        kind=DATE,
        editable=False,
        check=not_in_future("签发日期"),
        column=False,
    ),
    # 复核 (条例第二十五条（一）), by the office after 签发: who checked it before its number
    FieldSpec("rechecker", "复核人", editable=False, searchable=True, max_length=50, width=70,
              person=True),
    FieldSpec(
        "main_to",
        "主送",
        kind=LONGTEXT,
        searchable=True,
        column=False,
        placeholder="各县（市、区）委办公室，市直各单位",
    ),
    FieldSpec("cc", "抄送", kind=LONGTEXT, searchable=True, column=False),
    FieldSpec(
        "body",
        "正文",
        kind=LONGTEXT,
        max_length=200_000,
        searchable=True,
        column=False,
        placeholder="一级标题以“一、”开头，二级“（一）”，三级“1.”，四级“（1）”",
    ),
    FieldSpec(
        "attachment_note", "附件说明", kind=LONGTEXT, column=False, placeholder="每行一个附件名称"
    ),
    FieldSpec("secrecy", "密级", kind=CHOICE, choices=SECRECY, default="非密", width=55),
    FieldSpec("secrecy_term", "保密期限", max_length=30, column=False, placeholder="如 10年",
              tidy=doc_rules.tidy_term, words=doc_rules.term_words),
    FieldSpec("urgency", "紧急程度", kind=CHOICE, choices=URGENCY, default="平件", width=65),
    FieldSpec("copies", "份数", kind=INT, default=1, maximum=99_999, width=45),
    FieldSpec("issuer_org", "印发机关", completer="units", max_length=100, column=False),
    # 联合行文 (GB/T 9704 §7.2.3): the organs issuing it with the office, which leads; 会签 alone
    # does not make a document joint (departments countersign drafts they are consulted on)
    FieldSpec("joint_organs", "联合发文机关", kind=LONGTEXT, completer="units", max_length=500,
              column=False, placeholder="联合行文时填写其他发文机关，用顿号分隔；本机关（主办）不填"),
    FieldSpec("upward", "上行文", kind=BOOL, default=False, column=False),
    FieldSpec("note", "附注", column=False, max_length=200),
    FieldSpec(
        "doc_date", "成文日期", kind=DATE, editable=False, check=not_in_future("成文日期"), width=95
    ),
    FieldSpec(
        "state", "状态", kind=CHOICE, choices=STATES, default=DRAFTING, editable=False, width=70
    ),
    # facts of later states, reached by the steps; add / import may bring them
    FieldSpec(
        "print_date", "印发日期", kind=DATE, editable=False, check=not_in_future("印发日期"),
        column=False,
    ),
    FieldSpec("archive_no", "档号", editable=False, column=False),
    # its 目录 entry's (the document holds none): import --history brings it with the 档号
    FieldSpec("archive_pages", "页数", kind=INT, editable=False, column=False, minimum=1, maximum=100_000,
              placeholder="已归档的文件：归档文件的页数，可不填"),
]

# what each step sets, by the state it leads to: a row in an earlier state may not bring them
STEP_FIELDS = {
    CHECKED: ("checker",),
    SIGNED: ("signer", "signed_on", "doc_date"),
    REVIEWED: ("rechecker",),
    NUMBERED: ("doc_no",),
    PRINTED: ("print_date",),
    ARCHIVED: ("archive_no", "archive_pages"),
}


def draft_locked(state: str, what: str = "") -> tuple[str, str]:
    """(where the draft is, what to do to change it) for a draft past 拟稿中: “已签发”, “如需改稿，
    请先“退回修改”。” — the refusal of a change of its content (`_draft_only`) and of its 附件
    (documents.attachments)."""
    now = f"已{state[1:]}" if state.startswith("已") else f"正在{state.removesuffix('中')}"
    if "退回修改" in FLOW.get(state, ()):
        hint = "如需改稿，请先“退回修改”。"
    elif state == SIGNED:
        hint = "需作实质性修改的，请在复核时“退回复审”，由原签批人复审。"
    else:
        hint = ""
    return now, hint


def _draft_only(values: dict[str, Any], existing: Any) -> None:
    if existing is None or existing.state == DRAFTING:
        return
    changed = [k for k in CONTENT if k in values and values[k] != getattr(existing, k)]
    if changed:
        now, hint = draft_locked(existing.state)
        raise ProcedureError(i18n.text("稿件%1，不能直接修改。%2", now, hint))


def _known_drafting_unit(values: dict[str, Any], existing: Any) -> None:
    """拟稿单位 is a unit of the 通讯录 (名称 or 简称, kept as the 名称): a typo would leave the
    draft with a unit nobody holds a step of. A record's old unit is not checked again."""
    from officedesk.core.directory import known_unit

    given = values.get("drafting_unit")
    if isinstance(given, str) and given.strip() and (
            existing is None or given.strip() != (existing.drafting_unit or "")):
        values["drafting_unit"] = known_unit(given, "拟稿单位", "drafting_unit")


def _upward_default(values: dict[str, Any], existing: Any) -> None:
    """请示 and 报告 are always 上行文 (they must show the 签发人)."""
    if records.pick(values, existing, "kind") in UPWARD_KINDS:
        values["upward"] = True


OUTGOING = register(
    RegistrySpec(
        name="outgoing",
        label="发文",
        model=OutgoingDoc,
        fields=FIELDS,
        title_field="title",
        number_field="doc_no",
        # a numbered document is found by its 发文字号 alone; a draft (no 字号 yet) by these
        natural_key=("title", "kind", "drafting_unit", "drafter"), key_unnumbered=True,
        key_blanks=("drafting_unit", "drafter"),
        number_kind=None,  # a draft gets its 发文字号 at 编号
        brought_kind="outgoing",  # one numbered elsewhere brings it (an import of the register)
        level_field="secrecy",
        named_people=(("drafter", "拟稿人"), ("checker", "核稿人"), ("signer", "签发人")),
        named_rows=(NamedRows(DocStep, "record_id", "person", step="step", registry="registry"),),
        in_work=lambda record: record.state not in (DISTRIBUTED, ARCHIVED),  # 核发: sent out
        # newest first by 成文日期; a draft, which has none before 签发, by the time it was 拟稿
        # (not by id: a past 台账 imported later would top the list)
        list_first=("doc_no", "title", "state", "doc_date"),
        default_sort="doc_date",
        sort_keys={"doc_date": listed_on},
        rules=[
            blanks_to_defaults(OutgoingDoc),
            _draft_only,
            _known_drafting_unit,
            _upward_default,
            positive_copies,
            doc_rules.secrecy_term,
            doc_rules.one_main_organ,
            state_facts.creation_rule("outgoing", "发文"),
        ],
        exchange_labels=[
            "发文字号",
            "标题",
            "文种",
            "拟稿单位",
            "拟稿人",
            "核稿人",
            "签发人",
            "签发日期",
            "复核人",
            "主送",
            "抄送",
            "密级",
            "紧急程度",
            "份数",
            "成文日期",
            "状态",  # with each state's facts (state_facts): a document comes back in its state
            "印发日期",
            "档号",
            "页数",  # and its 目录 entry's 页数, when counted
        ],
    )
)
