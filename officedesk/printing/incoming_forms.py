"""收文 papers: 收文处理笺 (`incoming-slip`), 传阅单 (`circulation`), 催办单 (`incoming-reminder`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import clock, records, workdays
from officedesk.core.actor import Actor
from officedesk.core.documents import deadlines, incoming
from officedesk.core.documents.common import last_step, secrecy_mark, steps
from officedesk.core.fields import chinese_date
from officedesk.printing import fonts, secrecy, voided
from officedesk.printing.common import SIZE_5, Column, Field, FormDocument, render_forms
from officedesk.printing.dates import in_table, table_date
from officedesk.printing.documents_common import (
    SIZE_SMALL4,
    entry_note,
    org_name,
    read_records,
    readers_signs,
    signed,
    when,
    who_did,
)
from officedesk.printing.forms import form


def _incoming_head(record: Any, void: voided.Voided | None) -> list[list[Field]]:
    return [
        [Field("来文机关", record.from_org), Field("收文编号", voided.number(record.receive_no, void))],
        [Field("来文字号", record.from_ref), Field("收文日期", when(record.received_on))],
        [
            Field("密级", secrecy_mark(record.secrecy, record.secrecy_term) or "非密"),
            Field("紧急程度", record.urgency),
        ],
        [Field("文种", record.kind), Field("份数", f"{record.copies}份")],
        [Field("标题", record.title, span=2)],
    ]


def _instruction_line(record: Any) -> str:
    """批示 in one box: one with its leader after it; several already carry each leader's name."""
    if "\n" in record.instruction or not record.instruction_leader:
        return record.instruction
    return f"{record.instruction}（{record.instruction_leader}）"


def _instructions(record: Any, actor: Actor) -> str:
    """Every 批示 in the order made (分管领导, then 主要领导), each with its leader and date."""
    steps = incoming.instructions_of(record.id, actor)
    if len(steps) <= 1:
        return signed(record.instruction, "incoming", record.id, "批办", actor)
    return "\n".join(
        f"{s.opinion}\n{' ' * 30}{s.person}    {chinese_date(s.at.date())}" for s in steps
    )

# the boxes left for handwriting (mm): 拟办意见, 领导批示, 办理结果, 备注 — shrunk, down to their
# text, when a long title or 批示 would push the slip's end onto a page of its own
_BOXES = (30.0, 54.0, 28.0, 12.0)


def incoming_slip(record: Any, actor: Actor) -> FormDocument:
    """The 收文处理笺 on one page when it can be: its handwriting boxes shrink (to their text at
    the least) before its end — 备注, 签收人, 打印日期 — would stand alone on a second page."""
    doc = _slip(record, actor, 1.0)
    for scale in (0.6, 0.3, 0.0):
        if doc.page_count == 1:
            break
        doc = _slip(record, actor, scale)
    return doc


def _slip(record: Any, actor: Actor, scale: float) -> FormDocument:
    proposal, instruction, result, note = (h * scale or None for h in _BOXES)
    doc = FormDocument(title="收文处理笺", subtitle=org_name(), footer="")
    void = voided.voided("incoming", record)
    voided.mark(doc, void, "收文编号")
    doc.grid(_incoming_head(record, void), label_width=24)
    handler = record.handler_unit + (
        f"（{record.handler_person}）" if record.handler_person else ""
    )
    if record.co_units:
        handler = f"主办：{handler}\n协办：{record.co_units}"
    limit = ""
    if record.due_on:
        limit = (
            f"{record.limit_days or ''}个工作日，{chinese_date(record.due_on)}前"
            f"{workdays.mark(record.due_on)}"
        )
    doc.grid(
        [
            [Field("拟办意见", signed(record.proposal, "incoming", record.id, "拟办", actor),
                   span=2, height=proposal)],
            [Field("领导批示", _instructions(record, actor), span=2, height=instruction)],
            [Field("承办单位", handler), Field("办理时限", limit)],
            [Field("办理结果", signed(record.result, "incoming", record.id, "办结", actor),
                   span=2, height=result)],
        ],
        label_width=24,
    )
    linked = records.linked_id("supervision", record.supervision_id, actor)  # none above him
    remark = record.note + (f"（已转督查，督查事项 {linked}）" if linked else "")
    signed_in = last_step("incoming", record.id, "签收", actor)

    def end() -> None:  # the 备注 and the line under it: never apart
        doc.grid([[Field("备注", remark, span=2, height=note)]], label_width=24)
        doc.spacer(3)
        doc.pair_line(
            f"签收人：{signed_in.person if signed_in else record.created_by}",
            f"打印日期：{chinese_date(clock.today())}",
            size=SIZE_5,
        )

    doc.keep_together(end)
    return doc


@form("incoming-slip", "收文处理笺", "incoming")
def build_incoming_slip(ids: Sequence[int], actor: Actor, **_options: Any) -> bytes:
    return render_forms(
        [secrecy.mark(incoming_slip(r, actor), r) for r in read_records(incoming.INCOMING, ids, actor)],
        "收文处理笺",
    )


def _reading(record: Any, entries: Sequence[Any]) -> list[str]:
    """Each entry's 阅文意见及签名: the opinion (已阅 for none); one entered for the reader (代录)
    or by his 代理 says so as the 收文处理笺 does — 李国强（代录） and who entered it, when."""
    from officedesk.core import responsibility

    signs = readers_signs("incoming", record.id, "阅")
    taken: dict[str, int] = {}
    cells = []
    for e in sorted(entries, key=lambda e: e.seq):
        text = e.note or ("已阅" if e.read_at else "")
        if e.read_at is not None:
            k = taken.get(e.reader, 0)
            taken[e.reader] = k + 1
            rows = signs.get(e.reader, [])
            sign = rows[k] if k < len(rows) else None
            if sign is not None and sign.mode in (responsibility.ENTERED,
                                                  responsibility.SUBSTITUTE):
                text += ("\n" + who_did("incoming", record.id, "阅", e.reader, sign)
                         + entry_note("incoming", record.id, "阅", sign))
        cells.append(text)
    return cells


# the blank rows a 传阅单 offers under its readers for readers added by hand; fewer (none at
# the least) when they would push the sheet's end — its note — onto a second page
SPARE_ROWS = (8, 6, 4, 2, 0)


def circulation_sheet(record: Any, actor: Actor) -> FormDocument:
    """The 传阅单 on one page when it can be: its blank rows give way before its note would go
    on alone to a second page (a long title, 来文机关 or 批示)."""
    void = voided.voided("incoming", record)
    head = [
        [Field("收文编号", voided.number(record.receive_no, void)), Field("来文字号", record.from_ref)],
        [
            Field("来文机关", record.from_org),
            Field("密级", secrecy_mark(record.secrecy, record.secrecy_term) or "非密"),
        ],
        [Field("标题", record.title, span=2)],
        # signed as on the 收文处理笺 (代录 marked)
        [Field("领导批示", _instructions(record, actor), span=2)],
    ]
    entries = sorted(incoming.circulation(record.id, actor), key=lambda e: e.seq)
    rows = [
        [str(e.seq), e.reader, table_date(e.sent_at), table_date(e.read_at), reading]
        for e, reading in zip(entries, _reading(record, entries), strict=True)
    ]
    current = incoming.holders(record.id, actor)
    status = (
        f"现由 {'、'.join(e.reader for e in current)} 传阅"
        if current and record.state == incoming.CIRCULATING
        else ""
    )
    note = _circulation_note(entries) + (f"{status}。" if status else "")
    doc = None
    for least in SPARE_ROWS:
        padded = [*rows, *([str(k + 1), "", "", "", ""] for k in range(len(rows), least))]
        doc = _circulation(void, head, padded or [["1", "", "", "", ""]], note)
        if doc.page_count == 1:
            break
    assert doc is not None
    return doc


def _circulation(void: voided.Voided | None, head: list[list[Field]], rows: list[list[str]],
                 note: str) -> FormDocument:
    doc = FormDocument(title="文件传阅单", subtitle=org_name())
    voided.mark(doc, void, "收文编号")
    doc.grid(head, label_width=24)
    doc.spacer(4)
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
    doc.text(note, size=SIZE_5 + 0.5)
    return doc


def _circulation_note(entries: Sequence[Any]) -> str:
    """The sheet's note: in order or at once, per round when its rounds differ (序号1至2按顺序
    传阅…；序号3至4同时分送…) — a 同时分送 round must not make the readers before it parallel."""
    tail = "不得横传、复制、摘抄。"
    runs: list[tuple[bool, int, int]] = []  # (at once, first 序号, last 序号), consecutive alike
    for e in entries:
        at_once = bool(e.batch)
        if runs and runs[-1][0] == at_once:
            runs[-1] = (at_once, runs[-1][1], e.seq)
        else:
            runs.append((at_once, e.seq, e.seq))
    if len(runs) == 1 and runs[0][0]:
        return f"注：本件同时分送以上领导阅示，阅毕签名后及时退还办公室（机要室），{tail}"
    if len(runs) <= 1:
        return f"注：请按顺序传阅，阅毕签名后交下一位，最后退还办公室（机要室），{tail}"
    parts = [
        f"序号{first}" + (f"至{last}" if last != first else "")
        + ("同时分送阅示" if at_once else "按顺序传阅，阅毕签名后交下一位" if last != first else "传阅")
        for at_once, first, last in runs
    ]
    return f"注：{'；'.join(parts)}；阅毕最后退还办公室（机要室），{tail}"


@form("circulation", "传阅单", "incoming")
def build_circulation(ids: Sequence[int], actor: Actor, **_options: Any) -> bytes:
    return render_forms(
        [secrecy.mark(circulation_sheet(r, actor), r) for r in read_records(incoming.INCOMING, ids, actor)],
        "传阅单",
    )


# the 催办单's boxes for handwriting (mm): 催办事项, 反馈情况 — shrunk, down to their text, as
# the 收文处理笺's, when a long title or 批示 would push the sheet's end onto a page of its own
_REMINDER_BOXES = (30.0, 42.0)


def reminder_sheet(record: Any, today: dt.date, actor: Actor) -> FormDocument:
    """The 催办单 on one page when it can be: its boxes for handwriting shrink (to their text
    at the least) before its end — 催办人, date and the words to the 承办单位 — would go on to a
    second page."""
    doc = _reminder(record, today, actor, 1.0)
    for scale in (0.6, 0.3, 0.0):
        if doc.page_count == 1:
            break
        doc = _reminder(record, today, actor, scale)
    return doc


def _reminder(record: Any, today: dt.date, actor: Actor, scale: float) -> FormDocument:
    asked, answered = (h * scale or None for h in _REMINDER_BOXES)
    doc = FormDocument(title="催办单", subtitle=org_name())
    void = voided.voided("incoming", record)
    voided.mark(doc, void, "收文编号")
    # in working days, as the 办理时限 is counted and the list and the 工作台 tell it
    late = str(deadlines.reminder_words(record.due_on, today)) if record.due_on else ""
    count = record.remind_count or 0
    doc.grid(
        [
            [Field("收文编号", voided.number(record.receive_no, void)),
             Field("催办次数", f"第{max(count, 1)}次")],
            [Field("来文机关", record.from_org), Field("来文字号", record.from_ref)],
            [Field("标题", record.title, span=2)],
            [Field("承办单位", record.handler_unit), Field("承办人", record.handler_person)],
            [
                Field("办理时限", when(record.due_on) + workdays.mark(record.due_on)),
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
        [[Field("催办事项", text, span=2, height=asked)],
         [Field("反馈情况", "", span=2, height=answered)]],
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

    def end() -> None:  # the 催办人 line and the words under it: never apart
        doc.pair_line("催办人：", f"{chinese_date(today)}")
        doc.text("请承办单位收到后签收，并于办理时限内反馈；不能按期办结的，须说明原因。",
                 size=SIZE_5 + 0.5)

    doc.keep_together(end)
    return doc


@form("incoming-reminder", "催办单", "incoming")
def build_incoming_reminder(ids: Sequence[int], actor: Actor, **_options: Any) -> bytes:
    today = clock.today()
    return render_forms(
        [secrecy.mark(reminder_sheet(r, today, actor), r)
         for r in read_records(incoming.INCOMING, ids, actor)], "催办单"
    )
