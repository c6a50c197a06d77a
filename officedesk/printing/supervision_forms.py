"""督查 papers: 督查催办通知单 (one per unit, all its overdue tasks) and 督查事项交办单 (one item,
its tasks and reports); the 督查通报 is in supervision_bulletin, which shares the office's name
and the table dates from here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import clock, responsibility, settings, workdays
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.directory import known_unit
from officedesk.core.errors import ValidationError
from officedesk.core.supervision import shown_deadlines
from officedesk.printing import fonts, secrecy, voided
from officedesk.printing.common import (
    SIZE_3,
    SIZE_4,
    SIZE_5,
    SIZE_SMALL4,
    Column,
    Field,
    FormDocument,
    render_forms,
)
from officedesk.printing.dates import in_prose, in_table, table_date, tight_figures
from officedesk.printing.forms import form
from officedesk.printing.gbt9704 import date_text


def office_name() -> str:
    org = str(settings.get("org.name") or "")
    return f"{org}{settings.get(sv.items.OFFICE.key)}"


def short_date(day: dt.date, today: dt.date) -> str:
    """3月25日 within the current year, 2025年3月25日 otherwise (table cells: dates.table_date)."""
    return table_date(day, today.year)


def _marked(day: str, provisional: bool) -> str:
    """A table's 时限 cell: （暂按） under the date when it is a count into a year whose holidays
    are not entered (shown_deadlines), so the date itself is never cut (2027年1月7 / 日)."""
    return f"{day}\n{workdays.MARK}" if provisional else day


def paper_signer(item_id: int, step: str, undone_by: str = "") -> str:
    """Who did the item's step, as a paper sent to the units names him: the person it was
    recorded for (代录), else the user who did it (as 代理 marked so); blank, to be signed by
    hand, when the administrator's command line did it naming nobody, or a later `undone_by`
    step undid it. Never the channel, a 代录 marker or the time it was entered: those stay in
    the record's history."""
    row = responsibility.last_sign("supervision", item_id, step)
    if row is None:
        return ""
    undone = responsibility.last_sign("supervision", item_id, undone_by) if undone_by else None
    if undone is not None and undone.id > row.id:
        return ""
    if row.mode == responsibility.ENTERED:
        return str(row.person or "")
    if row.mode == responsibility.SUBSTITUTE:  # 林科员（代理陈科长）: who signed, and for whom
        return str(responsibility.sign_text(row))
    return "" if row.actor == CLI_ACTOR.username else str(row.actor_name or "")


# ---------------------------------------------------------------- 催办通知单


def _reminder_form(notice: sv.reminders.Notice) -> FormDocument:
    """One unit's notice: the 催办 recorded for it on one day (their levels, reasons and
    报送期限 as recorded)."""
    unit, today, reply_by, top = notice.unit, notice.issued_on, notice.reply_by, notice.level
    doc = FormDocument(
        title="督查催办通知单", footer="第{page}页 共{pages}页", body_size=SIZE_SMALL4
    )
    secrecy.mark(doc, *{sent.item.id: sent.item for sent in notice.sent}.values())
    doc.text(f"（{sv.level_label(top)}）", align="center", size=SIZE_3, role=fonts.KAITI)
    doc.spacer(2)
    doc.pair_line(f"催办单位：{office_name()}", f"催办日期：{date_text(today)}")
    doc.spacer(1)
    doc.grid(
        [
            [Field("被催办单位", unit), Field("催办类别", sv.level_label(top))],
            [Field("逾期事项" if notice.all_overdue else "催办事项", f"{len(notice.sent)}项"),
             Field("报送期限", date_text(reply_by))],
        ],
        label_width=26,
    )
    doc.spacer(4)
    doc.text(f"{unit}：", size=SIZE_4)
    doc.text(
        "根据督查工作安排，下列督查事项"
        + ("已超过办理时限或未按期报送办理进展" if notice.all_overdue
           else "临近办理时限、进度滞后或已超过办理时限")
        + "。请高度重视，"
        f"抓紧办理，于{date_text(reply_by)}前将办理情况（进展情况、存在困难、下一步措施）书面报送"
        f"{office_name()}；确有困难不能按期办结的，请说明原因并提出办结时间。"
        + (
            "经再次催办仍未按要求办理的，将予以通报。"
            if top < 3
            else "本事项经多次催办仍未办结，现予通报。"
        ),
        size=SIZE_4,
        indent_chars=2,
    )
    doc.spacer(3)
    rows = []
    marked = shown_deadlines.provisional_tasks(sent.task for sent in notice.sent)
    for n, sent in enumerate(notice.sent, start=1):
        task, item = sent.task, sent.item
        rows.append(
            [
                str(n),
                item.number,
                item.title,
                in_table(task.requirement or item.content[:60], today.year),
                _marked(short_date(task.deadline, today), task.id in marked),
                tight_figures(in_table(sent.reminder.reason, today.year)),
                f"{task.progress}%",
                sv.level_label(sent.reminder.level),
            ]
        )
    doc.table(
        [
            Column("序号", 11, "center"),
            Column("督查编号", 29, "center"),
            Column("事项名称", 26),
            Column("办理要求", 18),
            Column("时限", 17, "center"),
            Column("逾期情况", 22),
            Column("进度", 11, "center"),
            Column("催办", 22, "center"),
        ],
        rows,
        size=SIZE_5,
        header_size=SIZE_5,
        row_height=9,
    )
    doc.spacer(6)

    def signature() -> None:
        doc.text(office_name(), align="right", size=SIZE_4)
        doc.text(date_text(today), align="right", size=SIZE_4)
        contact = str(settings.get(sv.items.CONTACT.key) or "")
        if contact:
            doc.text(f"联系人及电话：{contact}", size=SIZE_5 + 1)

    def receipt() -> None:
        if doc.y < doc.top - 0.01:  # under the notice: a line to cut it off (a sheet of its own needs none)
            doc.spacer(4)
            doc.text(
                "- - - - - - - - - - - - - - - （沿此线剪下）- - - - - - - - - - - - - - -",
                align="center",
                size=SIZE_5,
            )
        doc.text("督查催办回执", align="center", size=SIZE_4, role=fonts.HEITI)
        doc.grid(
            [
                [Field("被催办单位", unit), Field("签收人", "")],
                [Field("签收时间", "　　年　　月　　日"), Field("联系电话", "")],
                [Field("办理情况", "", span=2, height=22)],
            ],
            label_width=26,
        )

    doc.keep_together(signature)
    doc.keep_together(receipt)  # the cut line, its title and the boxes on one sheet, or a sheet of its own
    return doc


@form("supervision-reminder", "督查催办通知单", "supervision", options=("unit",), needs_ids=False)
def build_reminders(ids: Sequence[int], actor: Actor, unit: str | None = None, **_: Any) -> bytes:
    """One 催办通知单 per unit: the 催办 recorded for its open tasks on its latest 催办 day (the
    催办 step done) — for `unit` only, for the units of the given items, or for every unit. A
    task never chased is printed on none: refused, saying to record the 催办 first."""
    today = clock.today()
    item_ids = list(ids) or None
    for item_id in item_ids or ():  # sent to the units: never of a voided item
        voided.refuse("supervision", sv.get_item(item_id, actor), "督查催办通知单")
    unit = known_unit(unit or "", "单位", "unit")  # by 名称 or 简称; an unknown one is refused
    found = sv.reminders.notices(today, unit=unit or None, item_ids=item_ids, actor=actor)
    if not found:
        raise ValidationError(_nothing_recorded(today, unit, item_ids, actor), "unit")
    return render_forms([_reminder_form(notice) for notice in found], "督查催办通知单")


def _nothing_recorded(today: dt.date, unit: str, item_ids: list[int] | None, actor: Actor) -> str:
    """Why there is no notice to print: no 催办 recorded for tasks that need one, or nothing
    to chase at all."""
    who = f"“{unit}”" if unit else ("所选事项" if item_ids else "各单位")
    waiting = sv.chases(today, unit=unit or None, item_ids=item_ids, actor=actor)
    if not waiting:
        return f"{who}目前没有逾期或反馈逾期的督查任务，也没有已登记的催办，无需打印催办通知单。"
    return (f"{who}有 {len(waiting)} 项需要催办的督查任务还没有登记催办，不能打印催办通知单"
            "（通知单只印已登记的催办）。请先登记催办：督查 →“催办…”→“生成催办记录”，"
            "或命令 officedesk step supervision 事项id 催办；再打印。")


# ---------------------------------------------------------------- 督查事项交办单


def _item_form(item: sv.SupervisionItem, actor: Actor) -> FormDocument:
    doc = FormDocument(
        title="督查事项交办单", footer="第{page}页 共{pages}页", body_size=SIZE_SMALL4
    )
    doc.pair_line(f"督查编号：{item.number}", f"立项日期：{date_text(item.start_date)}")
    doc.spacer(1)
    source = (
        item.source_label if item.source_label and item.source_label != item.source else item.source
    )
    doc.grid(
        [
            [Field("事项名称", item.title, span=2)],
            [Field("来源", in_prose(source), span=2)],
            [Field("批示领导", item.leader), Field("督办级别", item.level)],
            [Field("紧急程度", item.urgency), Field("反馈周期", item.cycle)],
            [Field("事项内容", in_prose(item.content), span=2, height=18)],
            [Field("批示内容", in_prose(item.instruction), span=2, height=13)],
            # （暂按） as the 收文处理笺's 办理时限: only a 时限 counted into a year not entered
            [Field("办结时限", date_text(item.deadline)
                   + (workdays.MARK if shown_deadlines.provisional_items([item]) else "")),
             Field("状态", item.status)],
            # who did the chain's steps, by name (blank to be signed when nobody was named)
            [Field("交办人", paper_signer(item.id, "分解")),
             Field("办结人", paper_signer(item.id, "办结", undone_by="重新打开"))],
        ],
        label_width=24,
    )
    doc.spacer(4)
    tasks = sv.tasks_of(item.id, actor)
    today = clock.today()
    marked = shown_deadlines.provisional_tasks(tasks)
    task_rows = [
        [
            str(t.seq),
            t.lead_unit,
            t.co_units,
            t.responsible,
            _marked(short_date(t.deadline, today), t.id in marked),
            in_table(t.requirement, today.year),
            "已办结" if t.status == sv.TASK_DONE else f"{t.progress}%",
        ]
        for t in tasks
    ] or [["", "（尚未分解交办）", "", "", "", "", ""]]
    _headed_table(doc, "分解交办", TASK_COLUMNS, task_rows)
    reports = [(t, r) for t in tasks for r in sv.reports_of(t.id, actor)]
    if reports:
        doc.spacer(4)
        report_rows = [
            [
                short_date(r.report_date, today),
                t.lead_unit,
                f"{r.percent}%",
                in_table(r.progress_text, today.year),
                in_table(r.difficulties, today.year),
                in_table(r.next_steps, today.year),
            ]
            for t, r in sorted(reports, key=lambda p: (p[1].report_date, p[0].seq))
        ]
        _headed_table(doc, "办理反馈", REPORT_COLUMNS, report_rows)
    doc.spacer(4)
    doc.keep_together(lambda: doc.grid(  # the 办结 boxes on one page, however long the report
        [
            [Field("办结报告", in_prose(item.close_report), span=2, height=18)],
            [
                Field("办结日期", date_text(item.closed_on) if item.closed_on else ""),
                Field("督查员", ""),
            ],
        ],
        label_width=24,
    ))
    return doc


TASK_COLUMNS = [
    Column("序号", 11, "center"), Column("牵头单位", 32), Column("协办单位", 28),
    Column("责任人", 16, "center"), Column("时限", 17, "center"), Column("办理要求", 36),
    Column("进度", 16, "center"),
]
REPORT_COLUMNS = [
    Column("日期", 17, "center"), Column("单位", 30), Column("进度", 12, "center"),
    Column("进展情况", 45), Column("存在困难", 25), Column("下一步措施", 27),
]


def _headed_table(doc: FormDocument, heading: str, columns: list[Column],
                  rows: list[list[str]]) -> None:
    """A heading and its table, the heading kept with the table's header and first row (a
    first row taller than the page's rest takes them all to the next page)."""
    doc.table(columns, rows, size=SIZE_5, header_size=SIZE_5,
              heading=lambda: doc.text(heading, size=SIZE_4, role=fonts.HEITI))


@form("supervision-item", "督查事项交办单", "supervision")
def build_item(ids: Sequence[int], actor: Actor, **_: Any) -> bytes:
    if not ids:
        raise ValidationError("请指定要打印的督查事项。")
    items = [sv.get_item(item_id, actor) for item_id in ids]
    for item in items:  # sent to the units: never of a voided item
        voided.refuse("supervision", item, "督查事项交办单")
    docs = [secrecy.mark(_item_form(item, actor), item) for item in items]
    return render_forms(docs, "督查事项交办单")
