"""The 信息工作通报 as a 公文 in GB/T 9704 geometry, as the 效能通报 is (efficiency_bulletin):
red 发文机关标志 and 发文字号 (setting `info.bulletin.number`, or the one given to this print),
the title, the 主送 (setting `info.bulletin.recipients`), the units' 报送, 采用 by level, 批示,
points and rank, the units listed in `info.reporting_units` that reported nothing, the points
table, the 署名 and 成文日期, and the 版记 at the foot of the last even page."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from officedesk.core import clock, counted_scope, settings, settings_renamed
from officedesk.core.actor import Actor
from officedesk.core.fields import chinese_date
from officedesk.printing import fonts, print_notes
from officedesk.printing.common import SIZE_3, SIZE_5, SIZE_SMALL4, Column
from officedesk.printing.efficiency_bulletin import (
    BulletinDocument,
    bulletin_mark,
    bulletin_number,
    check_number,
)
from officedesk.printing.efficiency_forms import bulletin_signature
from officedesk.printing.gbt9704 import line_pitch
from officedesk.printing.info_issue import body_leading, text_height

DOC_NUMBER = settings.declare(
    "info.bulletin.number",
    str,
    "",
    "信息工作通报发文字号",
    "信息",
    help="信息工作通报的发文字号，如 云委办通〔2026〕4号（命令行 print info-ranking --number 可为本期另给）；"
         "留空则印“机关代字〔年份〕　　号”，序号留空待编号后手填。",
    blank="如 云委办通〔2026〕4号；留空则序号待手填",
)
settings.check(DOC_NUMBER.key)(check_number)  # a number of its own series, never the 发文's
RECIPIENTS = settings.declare(
    "info.bulletin.recipients",
    str,
    "各乡镇党委，县委各部委，县直各单位党组（党委）：",
    "信息工作通报主送机关",
    "信息",
)
settings_renamed.follows(RECIPIENTS.key, settings_renamed.listed(settings.LIST_SEPARATORS + "：:"))
TABLE_SIZE = SIZE_5
NOTE_SIZE = SIZE_SMALL4


def _org() -> str:
    return str(settings.get("org.name") or "") or "（机关名称）"


def compose_ranking(actor: Actor, start: dt.date, end: dt.date, label: str,
                    number: str | None = None) -> BulletinDocument:
    """The 通报 of the units' 信息 over [start, end] (`label` names the period); `number` its
    发文字号 for this print (bulletin_number). Under the table, core's word on how the figures
    are counted and what they cover (counted_by), as `info-ranking` and the 排名 window say."""
    from officedesk.core.info import counted_by, reporting_units, scoring
    from officedesk.core.info import spec as S

    today = clock.today()
    level = counted_scope.counted_level(actor)  # read with the scores, as they count
    ranked = scoring.ranked(actor, start, end, label)  # refused for a period not begun
    spans = scoring.tables_within(start, end)  # the tables in force in the period
    doc = BulletinDocument(letter=False)
    bulletin_mark(doc, _org(), bulletin_number(today, number, DOC_NUMBER.key))
    doc.heading(f"关于{label}信息工作情况的通报")
    doc.spacer(2)
    doc.text(str(settings.get(RECIPIENTS.key)), size=SIZE_3, leading=body_leading())
    total = sum(s.reported for s in ranked)
    adopted = sum(sum(s.adopted.values()) for s in ranked)
    instructed = sum(s.instructions for s in ranked)
    _para(doc, f"现将{label}各单位信息报送、采用和领导批示情况通报如下。本期共收到各单位报送信息"
               f"{total}条，被各级采用{adopted}条次，获领导批示{instructed}件次。")
    levels = list(S.ADOPTION_LEVELS)
    columns = [Column("名次", 12, "center"), Column("单位", 42), Column("报送", 13, "center")] + [
        Column(f"{lv}级采用" if lv != "中央" else "中央采用", 15, "center") for lv in levels] + [
        Column("批示", 13, "center"), Column("得分", 15, "center")]
    rows = [[str(s.rank), s.unit, str(s.reported), *(str(s.adopted[lv]) for lv in levels),
             str(s.instructions), str(s.points)] for s in ranked]
    if not rows:
        rows = [["", counted_by.NOTHING_REPORTED, "", *("" for _ in levels), "", ""]]
    doc.ensure(7.5 * min(len(rows) + 1, 4))  # the header with a few rows
    doc.table(columns, rows, size=TABLE_SIZE, header_size=TABLE_SIZE, row_height=7.5)
    doc.spacer(2)
    _note(doc, counted_by.scope(label, start, end, ranked).line())  # what they cover
    silent = reporting_units.silent_line(ranked)  # as info-ranking and the window say it
    if silent:
        _para(doc, f"{silent}请上述单位高度重视信息报送工作，及时报送本地本部门重要工作动态。")

    def said(table: dict[str, int]) -> str:
        return "，".join(f"{k}{v}分" for k, v in table.items())

    rule = said(scoring.table_on(end)) if len(spans) <= 1 else "；".join(
        f"{chinese_date(first)}至{chinese_date(last)}：{said(table)}" for first, last, table in spans)
    notes = [f"计分标准：{rule}。{counted_by.COUNTED_BY}"]
    scope = counted_scope.scope_line(level, "信息")
    if scope:  # a printer not cleared for every 密级: units check their figures against these
        notes.append(scope)
        print_notes.note(counted_scope.scope_note(level, "信息工作通报", "信息"))
    # the notes, the 署名 and the date on one page (GB/T 9704 §7.3.5: never a date alone)
    doc.ensure(sum(text_height(doc, n, NOTE_SIZE, None, 1.6, indent_chars=2) for n in notes)
               + 10 + 3 * line_pitch() / mm)
    for note in notes:
        _note(doc, note)
    doc.spacer(8)
    bulletin_signature(doc, today)
    doc.colophon(_org(), today)  # 版记: 印发机关 and 印发日期 on the last even page
    return doc


def _para(doc: BulletinDocument, text: str) -> None:
    doc.text(text, size=SIZE_3, indent_chars=2, leading=body_leading())


def _note(doc: BulletinDocument, text: str) -> None:
    doc.text(text, size=NOTE_SIZE, role=fonts.KAITI, indent_chars=2, leading=1.6)
