"""Printed papers of the documents registries.

收文: 收文处理笺 (`incoming-slip`), 传阅单 (`circulation`), 催办单 (`incoming-reminder`).
发文: 发文稿纸 (`outgoing-draft`, at any step) and the 公文 itself (`document`, once numbered).
Both: 归档文件目录 (`archive-list`).

Every builder reads the records through ``records.get(spec, id, actor)``, which refuses a record
above the actor's clearance, so nothing classified prints for someone who may not see it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from officedesk.core import clock, records, settings, workdays
from officedesk.core.actor import Actor
from officedesk.core.documents import archive, body, incoming, outgoing, recheck
from officedesk.core.documents.common import last_step, secrecy_mark, steps
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import chinese_date, parse_date
from officedesk.printing import fonts, secrecy
from officedesk.printing.common import SIZE_3, SIZE_5, Column, Field, FormDocument, render_forms
from officedesk.printing.dates import in_table, prose_date, table_date
from officedesk.printing.formats import variant_for
from officedesk.printing.forms import form
from officedesk.printing.gbt9704 import DocumentData, render_documents

SIZE_SMALL4 = 12.0


def _org() -> str:
    return str(settings.get("org.name") or "")


def _when(value: dt.datetime | dt.date | None, with_time: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return prose_date(value) if with_time else chinese_date(value.date())
    return chinese_date(value)


def _who_did(registry: str, record_id: int, step: str, name: str) -> str:
    """The signer as the paper shows him: who actually did it, marked 代录 or 代理."""
    from officedesk.core import responsibility

    sign = responsibility.last_sign(registry, record_id, step)
    if sign is None or sign.mode not in (responsibility.ENTERED, responsibility.SUBSTITUTE):
        return name
    if sign.mode == responsibility.ENTERED:
        return f"{sign.person or name}（代录）"
    return responsibility.sign_text(sign)


def _entry_note(registry: str, record_id: int, step: str) -> str:
    """代录: who entered the leader's paper step, when, and the paper's date (a line of its own)."""
    from officedesk.core import responsibility

    sign = responsibility.last_sign(registry, record_id, step)
    if sign is None or sign.mode != responsibility.ENTERED:
        return ""
    paper = f"，纸质件日期 {chinese_date(sign.paper_date)}" if sign.paper_date else ""
    return f"\n（代录：{sign.actor_name}于 {sign.at:%Y-%m-%d %H:%M} 录入{paper}）"


def _step_line(registry: str, record_id: int, step: str) -> str:
    row = last_step(registry, record_id, step)
    if row is None:
        return ""
    return (f"{_who_did(registry, record_id, step, row.person)}    {chinese_date(row.at.date())}"
            + _entry_note(registry, record_id, step))


def _signed(text: str, registry: str, record_id: int, step: str) -> str:
    """An opinion with its signature line (name and date) under it, as written on the paper."""
    line = _step_line(registry, record_id, step)
    if not text:
        return ""
    return f"{text}\n{' ' * 30}{line}" if line else text


def _records(spec: Any, ids: Sequence[int], actor: Actor) -> list[Any]:
    if not ids:
        raise ValidationError("请选择要打印的记录。")
    return [records.get(spec, int(i), actor) for i in ids]


# ---------------------------------------------------------------- 收文


def _incoming_head(record: Any) -> list[list[Field]]:
    return [
        [Field("来文机关", record.from_org), Field("收文编号", record.receive_no)],
        [Field("来文字号", record.from_ref), Field("收文日期", _when(record.received_on))],
        [
            Field("密级", secrecy_mark(record.secrecy, record.secrecy_term) or "非密"),
            Field("紧急程度", record.urgency),
        ],
        [Field("文种", record.kind), Field("份数", f"{record.copies} 份")],
        [Field("标题", record.title, span=2)],
    ]


def _instruction_line(record: Any) -> str:
    """批示 in one box: one with its leader after it; several already carry each leader's name."""
    if "\n" in record.instruction or not record.instruction_leader:
        return record.instruction
    return f"{record.instruction}（{record.instruction_leader}）"


def _instructions(record: Any) -> str:
    """Every 批示 in the order made (分管领导, then 主要领导), each with its leader and date."""
    steps = incoming.instructions_of(record.id)
    if len(steps) <= 1:
        return _signed(record.instruction, "incoming", record.id, "批办")
    return "\n".join(
        f"{s.opinion}\n{' ' * 30}{s.person}    {chinese_date(s.at.date())}" for s in steps
    )


def _cosign_line(c: Any) -> str:
    """One 会签 unit's answer (同意 / 不同意 and its opinion), who and when, and a 协调 decision."""
    if c.signed_at is None:
        return f"{c.unit}：（待会签）"
    answer = c.answer or "同意"
    opinion = c.opinion if c.opinion and c.opinion != answer else ""
    line = f"{c.unit}：{answer}{'。' + opinion if opinion else ''}  {c.person}  {_when(c.signed_at, with_time=False)}"
    return line + (f"\n    {c.resolution}" if c.resolution else "")


def incoming_slip(record: Any) -> FormDocument:
    doc = FormDocument(title="收文处理笺", subtitle=_org(), footer="")
    doc.grid(_incoming_head(record), label_width=24)
    handler = record.handler_unit + (
        f"（{record.handler_person}）" if record.handler_person else ""
    )
    if record.co_units:
        handler = f"主办：{handler}\n协办：{record.co_units}"
    limit = ""
    if record.due_on:
        limit = (
            f"{record.limit_days or ''} 个工作日，{chinese_date(record.due_on)}前"
            f"{workdays.mark(record.due_on)}"
        )
    doc.grid(
        [
            [
                Field(
                    "拟办意见",
                    _signed(record.proposal, "incoming", record.id, "拟办"),
                    span=2,
                    height=30,
                )
            ],
            [
                Field("领导批示", _instructions(record), span=2, height=54)
            ],
            [Field("承办单位", handler), Field("办理时限", limit)],
            [
                Field(
                    "办理结果",
                    _signed(record.result, "incoming", record.id, "办结"),
                    span=2,
                    height=28,
                )
            ],
            [
                Field(
                    "备注",
                    record.note
                    + (
                        f"（已转督查，督查事项 {record.supervision_id}）"
                        if record.supervision_id
                        else ""
                    ),
                    span=2,
                    height=12,
                )
            ],
        ],
        label_width=24,
    )
    doc.spacer(3)
    signed_in = last_step("incoming", record.id, "签收")
    doc.pair_line(
        f"签收人：{signed_in.person if signed_in else record.created_by}",
        f"打印日期：{chinese_date(clock.today())}",
        size=SIZE_5,
    )
    return doc


@form("incoming-slip", "收文处理笺", "incoming")
def build_incoming_slip(ids: Sequence[int], actor: Actor, **_options: Any) -> bytes:
    return render_forms(
        [secrecy.mark(incoming_slip(r), r) for r in _records(incoming.INCOMING, ids, actor)],
        "收文处理笺",
    )


def circulation_sheet(record: Any) -> FormDocument:
    doc = FormDocument(title="文件传阅单", subtitle=_org())
    doc.grid(
        [
            [Field("收文编号", record.receive_no), Field("来文字号", record.from_ref)],
            [
                Field("来文机关", record.from_org),
                Field("密级", secrecy_mark(record.secrecy, record.secrecy_term) or "非密"),
            ],
            [Field("标题", record.title, span=2)],
            [
                Field(
                    "领导批示",
                    _instruction_line(record),
                    span=2,
                )
            ],
        ],
        label_width=24,
    )
    doc.spacer(4)
    entries = incoming.circulation(record.id)
    rows = [
        [
            str(e.seq),
            e.reader,
            table_date(e.sent_at),
            table_date(e.read_at),
            e.note or ("已阅" if e.read_at else ""),
        ]
        for e in entries
    ]
    while len(rows) < 8:
        rows.append([str(len(rows) + 1), "", "", "", ""])
    doc.table(
        [
            Column("序号", 12, "center"),
            Column("传阅人", 28, "center"),
            Column("送阅时间", 34, "center"),
            Column("阅毕时间", 34, "center"),
            Column("阅文意见及签名", 48),
        ],
        rows,
        row_height=13,
    )
    doc.spacer(3)
    current = incoming.holders(record.id)
    status = (
        f"现由 {'、'.join(e.reader for e in current)} 传阅"
        if current and record.state == incoming.CIRCULATING
        else ""
    )
    parallel = any(e.batch for e in entries)
    doc.text(
        (
            "注：本件同时分送以上领导阅示，阅毕签名后及时退还办公室（机要室），不得横传、复制、摘抄。"
            if parallel
            else "注：请按顺序传阅，阅毕签名后交下一位，最后退还办公室（机要室），不得横传、复制、摘抄。"
        )
        + (f"{status}。" if status else ""),
        size=SIZE_5 + 0.5,
    )
    return doc


@form("circulation", "传阅单", "incoming")
def build_circulation(ids: Sequence[int], actor: Actor, **_options: Any) -> bytes:
    return render_forms(
        [secrecy.mark(circulation_sheet(r), r) for r in _records(incoming.INCOMING, ids, actor)],
        "传阅单",
    )


def reminder_sheet(record: Any, today: dt.date, actor: Actor) -> FormDocument:
    doc = FormDocument(title="催办单", subtitle=_org())
    late = ""
    if record.due_on:
        days = (today - record.due_on).days
        late = (
            f"已逾期 {days} 天" if days > 0 else ("今日到期" if days == 0 else f"尚余 {-days} 天")
        )
    count = record.remind_count or 0
    doc.grid(
        [
            [Field("收文编号", record.receive_no), Field("催办次数", f"第 {max(count, 1)} 次")],
            [Field("来文机关", record.from_org), Field("来文字号", record.from_ref)],
            [Field("标题", record.title, span=2)],
            [Field("承办单位", record.handler_unit), Field("承办人", record.handler_person)],
            [
                Field("办理时限", _when(record.due_on) + workdays.mark(record.due_on)),
                Field("办理情况", late),
            ],
            [
                Field(
                    "领导批示",
                    _instruction_line(record),
                    span=2,
                    height=30,
                )
            ],
        ],
        label_width=24,
    )
    chased = [s for s in steps("incoming", record.id, actor) if s.step == "催办"]
    text = chased[-1].opinion if chased else "请抓紧办理，并于办理时限内将办理结果书面反馈办公室。"
    doc.grid(
        [[Field("催办事项", text, span=2, height=30)], [Field("反馈情况", "", span=2, height=42)]],
        label_width=24,
    )
    if chased:
        doc.spacer(3)
        doc.text("催办记录", role=fonts.HEITI, size=SIZE_SMALL4)
        doc.table(
            [
                Column("次数", 14, "center"),
                Column("催办时间", 36, "center"),
                Column("催办人", 26, "center"),
                Column("催办内容", 80),
            ],
            [[str(n), table_date(s.at), s.person, in_table(s.opinion)]
             for n, s in enumerate(chased, start=1)],
            row_height=9,
        )
    doc.spacer(4)
    doc.pair_line("催办人：", f"{chinese_date(today)}")
    doc.text(
        "请承办单位收到后签收，并于办理时限内反馈；不能按期办结的，须说明原因。", size=SIZE_5 + 0.5
    )
    return doc


@form("incoming-reminder", "催办单", "incoming")
def build_incoming_reminder(ids: Sequence[int], actor: Actor, **_options: Any) -> bytes:
    today = clock.today()
    return render_forms(
        [secrecy.mark(reminder_sheet(r, today, actor), r)
         for r in _records(incoming.INCOMING, ids, actor)], "催办单"
    )


# ---------------------------------------------------------------- 发文


def draft_paper(record: Any, actor: Actor) -> FormDocument:
    doc = FormDocument(
        title=f"{_org()}发文稿纸" if _org() else "发文稿纸",
        footer="第{page}页 共{pages}页",
        title_size=20,
    )
    sign_text = ""
    if record.signer:
        signer = _who_did("outgoing", record.id, "签发", record.signer)
        indent = max(4, 30 - 2 * (len(signer) - len(record.signer)))  # a mark takes the room
        sign_text = (f"{record.sign_opinion}\n{' ' * indent}{signer}    {_when(record.signed_on)}"
                     + _entry_note("outgoing", record.id, "签发"))
        if recheck.rereview_signer(record):  # his signature stands until he signs again
            sign_text += "\n（复核时退回，待原签批人复审后重新签发）"
    cosigns = outgoing.countersigns(record.id)
    cosign_text = "\n".join(_cosign_line(c) for c in cosigns)
    check_row = last_step("outgoing", record.id, "核稿")
    check_text = ""
    if check_row is not None:
        checker = _who_did("outgoing", record.id, "核稿", check_row.person)
        check_text = f"{check_row.opinion}  {checker}  {chinese_date(check_row.at.date())}"
    review_row = last_step("outgoing", record.id, "审核")
    if review_row is not None:  # 逐级负责: the 分管 leader's 审核 under the 核稿
        reviewer = _who_did("outgoing", record.id, "审核", review_row.person)
        check_text += (f"\n审核：{review_row.opinion}  {reviewer}  "
                       f"{chinese_date(review_row.at.date())}")
    doc.grid(
        [
            [Field("签发", sign_text, span=2, height=32)],
            [Field("会签", cosign_text, span=2, height=24)],
            [Field("核稿", check_text, span=2)],
            [Field("复核", _recheck_text(record, actor), span=2)],
            [Field("拟稿单位", record.drafting_unit), Field("拟稿人", record.drafter)],
            [
                Field("发文字号", record.doc_no or "（复核后编号）"),
                Field("密级", secrecy_mark(record.secrecy, record.secrecy_term) or "非密"),
            ],
            [Field("紧急程度", record.urgency), Field("份数", f"{record.copies} 份")],
            [Field("主送", record.main_to, span=2)],
            [Field("抄送", record.cc, span=2)],
            [
                Field("印发机关", record.issuer_org or _org()),
                Field("文种", record.kind + ("（上行文）" if record.upward else "")),
            ],
            [Field("标题", record.title, span=2)],
            [Field("附件", "；".join(outgoing_attachments(record)), span=2)],
        ],
        label_width=24,
    )
    doc.spacer(4)
    doc.text("正文", role=fonts.HEITI, size=SIZE_SMALL4)
    doc.rule(0.5)
    for block in body.body_blocks(record.body):
        role = {1: fonts.HEITI, 2: fonts.KAITI}.get(block.level)
        doc.text(block.text, size=SIZE_SMALL4 + 1, role=role, indent_chars=2, leading=1.7)
    return doc


def _recheck_text(record: Any, actor: Actor) -> str:
    """复核 after 签发, and every 退回复审 to the original signer before it (the trail stays)."""
    lines = []
    for row in steps("outgoing", record.id, actor):
        if row.step not in (recheck.RECHECK, recheck.TO_SIGNER):
            continue
        who = _who_did("outgoing", record.id, row.step, row.person)  # 退回复审: 报原签批人…复审：…
        lines.append(f"{row.opinion}  {who}  {chinese_date(row.at.date())}")
    return "\n".join(lines)


def outgoing_attachments(record: Any) -> list[str]:
    return [line.strip() for line in (record.attachment_note or "").splitlines() if line.strip()]


@form("outgoing-draft", "发文稿纸", "outgoing")
def build_outgoing_draft(ids: Sequence[int], actor: Actor, **_options: Any) -> bytes:
    return render_forms(
        [secrecy.mark(draft_paper(r, actor), r) for r in _records(outgoing.OUTGOING, ids, actor)],
        "发文稿纸",
    )


PRINTABLE = (outgoing.NUMBERED, outgoing.PRINTED, outgoing.DISTRIBUTED, outgoing.ARCHIVED)


def _ending(text: str, mark: str) -> str:
    text = (text or "").strip().replace("\n", "，")
    if not text:
        return ""
    return text if text.endswith(("：", ":", "。")) else text.rstrip("，,；;。") + mark


def _signer_line(name: str) -> str:
    """签发人职务 and name for a 令 (the 职务 from the 通讯录 when the person is there)."""
    from officedesk.core.directory import person_by_name

    person = person_by_name(name)
    post = (person.title or "").strip() if person is not None else ""
    return f"{post}　{name}" if post else name


def document_data(record: Any, copy_number: int | None = None) -> DocumentData:
    """An outgoing record as the printing engine's 公文 data (GB/T 9704)."""
    org = _org() or record.issuer_org or record.drafting_unit
    classified = record.secrecy not in ("", "非密")
    variant = variant_for(record.kind)
    doc_number, signer_organs = record.doc_no, [org]
    if variant == "command":
        # 令号 "第N号" under the 标志; 签发人职务 and name in place of the 署名
        found = re.search(r"(\d+)号$", record.doc_no or "")
        doc_number = f"第{found.group(1)}号" if found else record.doc_no
        signer_organs = [_signer_line(record.signer)] if record.signer else []
    return DocumentData(
        variant=variant,
        title=record.title,
        body=record.body,
        organs=[org],
        doc_number=doc_number,
        copy_number=secrecy.copy_number(record.secrecy, copy_number),
        secret_level=record.secrecy if classified else "",
        secret_period=record.secrecy_term if classified else "",
        urgency=record.urgency if record.urgency in ("特急", "加急") else "",
        signers=[record.signer] if record.upward and record.signer else [],
        is_upward=bool(record.upward),
        recipients=_ending(record.main_to, "："),
        attachments=outgoing_attachments(record),
        signer_organs=signer_organs,
        date=record.doc_date or record.signed_on,
        note=record.note,
        cc=_ending(record.cc, "。"),
        printer_organ=record.issuer_org or org,
        print_date=record.print_date or record.doc_date,
    )


@form("document", "公文（正式文件）", "outgoing", secrecy=secrecy.COPY_NUMBERED)
def build_document(ids: Sequence[int], actor: Actor, **options: Any) -> bytes:
    """The numbered 公文. A classified one carries its 份号: option ``copy`` picks it (default
    000001); option ``all_copies`` prints every copy with its own 份号."""
    documents: list[DocumentData] = []
    for record in _records(outgoing.OUTGOING, ids, actor):
        if record.state not in PRINTABLE or not record.doc_no:
            raise ProcedureError(f"“{record.title}”尚未签发编号，只能打印发文稿纸。")
        if options.get("all_copies") and record.secrecy not in ("", "非密"):
            total = record.printed_copies or record.copies
            documents.extend(document_data(record, n) for n in range(1, total + 1))
        else:
            documents.append(document_data(record, int(options.get("copy") or 1)))
    return render_documents(documents)


# ---------------------------------------------------------------- 归档文件目录


def _option_date(value: Any, label: str) -> dt.date | None:
    if value in (None, ""):
        return None
    return parse_date(value, label)


@form(
    "archive-list",
    "归档文件目录",
    "documents",
    options=("date_from", "date_to", "year"),
    needs_ids=False,
)
def build_archive_list(
    ids: Sequence[int] = (), actor: Actor | None = None, **options: Any
) -> bytes:
    """The 归档文件目录 (DA/T 22-2015) of the 件 the actor may see, one section per class.

    Without options: the current year. ``ids`` (if given) are ArchiveItem rows to list."""
    if actor is None:
        raise ValidationError("打印归档文件目录需要登录用户。")
    year = options.get("year")
    date_from = _option_date(options.get("date_from"), "开始日期")
    date_to = _option_date(options.get("date_to"), "结束日期")
    if year is None and date_from is None and date_to is None:
        year = clock.today().year
    items = archive.archive_items(
        actor, year=int(year) if year else None, date_from=date_from, date_to=date_to
    )
    if ids:
        wanted = {int(i) for i in ids}
        items = [i for i in items if i.id in wanted]
    sections: dict[tuple[str, int, str, str], list[Any]] = {}
    for item in items:
        sections.setdefault((item.fonds, item.year, item.retention, item.org_code), []).append(item)
    forms: list[FormDocument] = []
    if not sections:
        doc = FormDocument(title="归档文件目录", subtitle=_org())
        doc.text("所选范围内没有已归档的文件。", align="center", size=SIZE_3)
        forms.append(doc)
    for (fonds, year_, retention, org_code), rows in sections.items():
        doc = FormDocument(title="归档文件目录", footer="第{page}页 共{pages}页", repeat_title=True)
        head = f"全宗号：{fonds}    年度：{year_}    保管期限：{archive.RETENTION_LABELS.get(retention, retention)}"
        if org_code:
            head += f"    机构（问题）：{org_code}"
        doc.text(head, align="center", size=SIZE_SMALL4, role=fonts.KAITI)
        doc.spacer(2)
        doc.table(
            [
                Column("档号", 34, "center"),
                Column("文号", 27, "center"),
                Column("责任者", 22),
                Column("题名", 37),
                Column("日期", 16, "center"),
                Column("页数", 10, "center"),
                Column("密级", 10, "center"),
            ],
            [
                [
                    i.archive_no,
                    i.doc_ref,
                    i.responsible,
                    i.title,
                    i.doc_date.strftime("%Y%m%d") if i.doc_date else "",
                    str(i.pages or ""),
                    "" if i.secrecy == "非密" else i.secrecy,
                ]
                for i in rows
            ],
            size=9.0,
            header_size=10.0,
            row_height=10,
        )
        forms.append(secrecy.mark(doc, *rows))  # the strictest 密级 of the 件 it lists
    return render_forms(forms, "归档文件目录", continuous=True)  # one 目录, numbered through
