"""信息 papers: `info-issue` (an issue of a periodical in 简报 format: the periodical's name in
red over 期号, 编发单位 and date and a red rule; the items with their headings; the 版记 with
报/送/发), `info-ranking` (信息工作通报: per unit 报送, 采用 by level, 批示, points, rank) and
`info-receipt` (接收回执 for a unit). An item above the actor's clearance is refused, never
printed; phones are masked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm

from officedesk.core import clock, counted_scope, records, settings
from officedesk.core.actor import Actor
from officedesk.core.errors import NotFoundError, ProcedureError, ValidationError
from officedesk.core.fields import MASK_PHONE, chinese_date, mask, parse_date
from officedesk.printing import fonts, print_notes, secrecy, voided
from officedesk.printing.common import (
    SIZE_3,
    SIZE_4,
    SIZE_SMALL4,
    Column,
    Field,
    FormDocument,
    render_forms,
)
from officedesk.printing.dates import prose_date
from officedesk.printing.forms import form
from officedesk.printing.gbt9704 import RED
from officedesk.printing.layout import Run, wrap_runs

TITLE_SIZE = 40.0  # the periodical's name: large red 小标宋, as 简报 mastheads are
HEADING_SIZE = SIZE_3 + 2  # an item's heading
HEADING_LEADING = 1.5
BODY_LEADING = 1.75


def _org() -> str:
    return str(settings.get("org.name") or "") or "（机关名称）"


def _issue_items(issue_id: int, actor: Actor) -> tuple[Any, list[Any]]:
    from officedesk.core.info import periodicals

    try:
        issue = periodicals.issue(int(issue_id))
    except ValueError:
        raise NotFoundError(f"没有找到 id 为 {issue_id} 的一期刊物。") from None
    # one hidden item: the whole issue is refused, nothing leaks
    items = periodicals.whole_issue(issue.id, actor, "打印")
    if not items:
        raise ValidationError(f"{periodicals.label_of(issue)}还没有编入信息，无可打印的内容。")
    return issue, items


def issue_level(issue_id: int, actor: Actor) -> str:
    """The 密级 an issue prints under (the highest of its items'), "" for an unclassified one:
    a classified issue is printed copy by copy, each with its 份号."""
    return secrecy.highest_of(_issue_items(issue_id, actor)[1])


def copy_numbers(issue: Any, items: list[Any], options: dict[str, Any]) -> list[int | None]:
    """The 份号 to print of a classified issue, each copy its own (公文处理工作条例 art. 9):
    ``copies`` N numbers 1…N, ``copy`` the one copy asked for (a reprint); neither: copy
    000001. An unclassified issue carries no 份号 and prints once (``secrecy.copy_request``)."""
    from officedesk.core.info import periodicals

    classified = bool(secrecy.highest_of(items))
    asked = secrecy.copy_request(options, periodicals.label_of(issue), classified)
    if not classified or asked not in ("copy", "copies"):
        return [None]
    number = int(str(options[asked]))
    if number < 1:
        raise ValidationError(f"份号、份数应为正整数（现在是 {number}）。")
    return [number] if asked == "copy" else list(range(1, number + 1))


def _issue_form(issue: Any, items: list[Any], copy: int | None = None) -> FormDocument:
    from officedesk.core.info import periodicals

    p = issue.periodical
    doc = secrecy.mark(FormDocument(footer="第{page}页 共{pages}页"), *items)
    if doc.secrecy:  # its 密级 stands above, on every page; the masthead stays where it is
        # page 1: the 份号 takes the 密级's place, the 密级 comes down into this line
        doc.copy_number = secrecy.copy_number(secrecy.highest_of(items), copy)
        doc.spacer(SIZE_4 * 1.6 / mm)
    else:
        doc.text("内部资料  注意保存", role=fonts.HEITI, size=SIZE_4)
    doc.spacer(4)
    doc.text(p.name, align="center", size=TITLE_SIZE, role=fonts.TITLE, color=RED, leading=1.3)
    doc.spacer(2)
    doc.text(f"{issue.year}年第{issue.seq}期（总第{issue.total}期）", align="center", size=SIZE_3,
             role=fonts.FANGSONG)
    doc.spacer(3)
    day = issue.issued_on or clock.today()
    doc.pair_line(periodicals.unit_of(p), chinese_date(day), size=SIZE_3, role=fonts.FANGSONG)
    doc.rule(2.0, RED)
    doc.spacer(4)
    for item in items:
        title = item.edited_title or item.title
        body = item.edited_content or item.content
        paragraphs = [p.strip() for p in body.splitlines() if p.strip()]
        # a heading never ends a page (README 分页): it goes over with its first two lines
        doc.ensure(_height(doc, title, HEADING_SIZE, fonts.TITLE, HEADING_LEADING, "center") + 1
                   + _height(doc, paragraphs[0] if paragraphs else "", SIZE_3, None,
                             BODY_LEADING, indent_chars=2, most=2))
        doc.text(title, align="center", size=HEADING_SIZE, role=fonts.TITLE,
                 leading=HEADING_LEADING)
        doc.spacer(1)
        for paragraph in paragraphs:
            doc.text(paragraph, size=SIZE_3, indent_chars=2, leading=BODY_LEADING)
        doc.text(f"（{item.unit}）", align="right", size=SIZE_3, role=fonts.KAITI)
        doc.spacer(6)
    _edition_record(doc, p)
    return doc


def _height(doc: FormDocument, text: str, size: float, role: str | None, leading: float,
            align: str = "left", indent_chars: float = 0, most: int | None = None) -> float:
    """The height in mm of ``text`` set as FormDocument.text sets it (its first ``most``
    lines only, when given)."""
    if not text:
        return 0.0
    font = fonts.font(role) if role else doc.body_font
    lines = len(wrap_runs([Run(text, font, size)], doc.width,
                          first_width=doc.width - indent_chars * size, squeeze=align == "left"))
    return min(lines, most or lines) * size * leading / mm


def _edition_record(doc: FormDocument, p: Any) -> None:
    """版记 at the foot of the last page: 报/送/发 between rules."""
    lines = [(word, text) for word, text in (("报", p.send_up), ("送", p.send_to),
                                             ("发", p.send_down)) if text]
    height = 6 + len(lines) * SIZE_4 * 1.6 / mm
    if doc.room() < height:
        doc.new_page()
    doc.spacer(max(doc.room() - height, 0))
    doc.rule(1.0)
    for word, text in lines:
        doc.text(f"{word}：{text}", size=SIZE_4, leading=1.6)
    doc.rule(1.0)


@form("info-issue", "信息刊物（简报）", "info", options=("copy", "copies"),
      secrecy=secrecy.COPY_NUMBERED)
def build_issue(ids: Sequence[int], actor: Actor, **options: Any) -> bytes:
    """The issues whose ids are given (`officedesk info issues` lists them); a classified one
    copy by copy, each with its own 份号 (``copy_numbers``)."""
    docs: list[FormDocument] = []
    for issue_id in ids:
        issue, items = _issue_items(issue_id, actor)
        docs.extend(_issue_form(issue, items, copy) for copy in copy_numbers(issue, items, options))
    return render_forms(docs, "信息刊物")


def _period(year: Any, date_from: Any, date_to: Any) -> tuple[dt.date, dt.date, str]:
    from officedesk.core.info import scoring

    if date_from or date_to:
        start = parse_date(date_from, "--from 日期") if date_from else dt.date(
            clock.today().year, 1, 1)
        end = parse_date(date_to, "--to 日期") if date_to else clock.today()
        if end < start:
            raise ValidationError("--to 日期不能早于 --from 日期。", "date_to")
        for text in (f"{start.year}-{start.month:02d}", f"{start.year}",
                     f"{start.year}-Q{(start.month - 1) // 3 + 1}"):
            first, last, label = scoring.period_range(text)
            if (first, last) == (start, end):
                return start, end, label
        return start, end, f"{chinese_date(start)}至{chinese_date(end)}"
    return scoring.period_range(str(year or clock.today().year))


def ranking_form(actor: Actor, start: dt.date, end: dt.date, label: str) -> FormDocument:
    from officedesk.core.info import counted_by, scoring
    from officedesk.core.info import spec as S

    level = counted_scope.counted_level(actor)  # read with the scores, as they count
    ranked = scoring.unit_scores(actor, start, end)
    spans = scoring.tables_within(start, end)  # the tables in force in the period
    doc = FormDocument(title="信息工作通报", subtitle=f"（{label}）", footer="第{page}页 共{pages}页")
    total = sum(s.reported for s in ranked)
    adopted = sum(sum(s.adopted.values()) for s in ranked)
    instructed = sum(s.instructions for s in ranked)
    doc.text(f"现将{label}各单位信息报送、采用和领导批示情况通报如下。本期共收到各单位报送信息"
             f"{total}条，被各级采用{adopted}条次，获领导批示{instructed}件次。", size=SIZE_SMALL4 + 2,
             indent_chars=2, leading=1.7)
    doc.spacer(2)
    levels = [lv for lv in S.ADOPTION_LEVELS]
    columns = [Column("名次", 12, "center"), Column("单位", 42)] + [
        Column("报送", 13, "center")] + [Column(f"{lv}级采用" if lv != "中央" else "中央采用", 15,
                                              "center") for lv in levels] + [
        Column("批示", 13, "center"), Column("得分", 15, "center")]
    rows = [[str(s.rank), s.unit, str(s.reported), *(str(s.adopted[lv]) for lv in levels),
             str(s.instructions), str(s.points)] for s in ranked]
    if not rows:
        rows = [["", "（本期无信息报送）", "", *("" for _ in levels), "", ""]]
    doc.table(columns, rows, size=SIZE_SMALL4, row_height=7.5)
    doc.spacer(3)
    def said(table: dict[str, int]) -> str:
        return "，".join(f"{k}{v}分" for k, v in table.items())

    rule = said(scoring.table_on(end)) if len(spans) <= 1 else "；".join(
        f"{chinese_date(first)}至{chinese_date(last)}：{said(table)}" for first, last, table in spans)

    scope = counted_scope.scope_line(level, "信息")
    if scope:  # a printer not cleared for every 密级: units check their figures against these
        print_notes.note(counted_scope.scope_note(level, "信息工作通报", "信息"))

    counted = counted_by.scope(label, start, end, len(ranked)).line()

    def closing() -> None:
        doc.text(f"计分标准：{rule}。{counted_by.COUNTED_BY}", size=SIZE_SMALL4, role=fonts.KAITI,
                 leading=1.6)
        doc.text(counted, size=SIZE_SMALL4, role=fonts.KAITI, leading=1.6)
        if scope:
            doc.text(scope, size=SIZE_SMALL4, role=fonts.KAITI, leading=1.6)
        doc.spacer(8)
        doc.text(_org(), align="right", size=SIZE_3)
        doc.text(chinese_date(clock.today()), align="right", size=SIZE_3)

    # the signature and date never stand alone on a page (GB/T 9704 7.3.5): the last text
    # goes over with them
    doc.keep_together(closing)
    return doc


@form("info-ranking", "信息工作通报", "info", options=("year", "date_from", "date_to"),
      needs_ids=False, secrecy=secrecy.FIGURES)
def build_ranking(ids: Sequence[int], actor: Actor, year: Any = None, date_from: Any = None,
                  date_to: Any = None) -> bytes:
    """The units ranked over a year (--year), a month or quarter (--from/--to)."""
    start, end, label = _period(year, date_from, date_to)
    return ranking_form(actor, start, end, label).render()


@form("info-receipt", "信息接收回执", "info")
def build_receipt(ids: Sequence[int], actor: Actor) -> bytes:
    from officedesk.core import info
    from officedesk.core.info.spec import TO_REVIEW

    docs = []
    for item_id in ids:
        item = records.get(info.SPEC, int(item_id), actor)
        voided.refuse("info", item, "信息接收回执")  # sent to the unit: never voided
        if item.received_at is None:  # a receipt states the 接收 recorded, never the printing
            raise ProcedureError(f"信息“{item.title}”（{item.number or item.id}）还没有接收，"
                                 "不能打印接收回执：请先登记“接收”。")
        doc = FormDocument(title="信息接收回执", footer="")
        received = item.received_at
        doc.grid([
            [Field("信息编号", item.number), Field("类别", item.category)],
            [Field("标题", item.title, span=2)],
            [Field("报送单位", item.unit), Field("报送人", item.reporter)],
            [Field("联系电话", mask(MASK_PHONE, item.phone)),
             Field("报送时间", prose_date(item.reported_at))],
            [Field("接收时间", prose_date(received)),
             Field("接收人", item.receiver)],
        ])
        doc.spacer(6)
        doc.text(f"{item.unit}：", size=SIZE_3)
        # it speaks on the day of the 接收: the 初审 still to come is promised only while it is
        # (a result given since was told the unit with its reason, not by this receipt)
        pending = "初审结果将另行告知。" if item.state == TO_REVIEW else ""
        doc.text(f"你单位报送的信息《{item.title}》已于{chinese_date(received.date())}"
                 f"{received.strftime('%H:%M')}收到，编号{item.number}。{pending}",
                 size=SIZE_3, indent_chars=2, leading=1.75)
        doc.spacer(10)
        doc.text(f"{_org()}（信息科）", align="right", size=SIZE_3)
        doc.text(chinese_date(received.date()), align="right", size=SIZE_3)
        docs.append(secrecy.mark(doc, item))
    return render_forms(docs, "信息接收回执")
