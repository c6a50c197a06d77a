"""效能 papers: the 效能通报 (`print efficiency --from A --to B [--unit U]`), and the 效能投诉's
核查通知书 and 效能告诫书."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import clock, counted_scope, i18n, records, settings
from officedesk.core.actor import Actor
from officedesk.core.directory import known_unit
from officedesk.core.efficiency.complainant import on_paper
from officedesk.core.efficiency.complaints import served_remedy_days
from officedesk.core.efficiency.report import completed_sentence, volume_sentence
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import chinese_date, parse_date
from officedesk.printing import fonts, print_notes, secrecy
from officedesk.printing.common import (
    SIZE_3,
    SIZE_SMALL4,
    Column,
    Field,
    FormDocument,
    render_forms,
)
from officedesk.printing.efficiency_bulletin import (
    COMPLAINT_COLUMNS,
    FORMAT,
    OVERVIEW_COLUMNS,
    RECIPIENTS,
    RETURN_COLUMNS,
    STEP_COLUMNS,
    UNIT_COLUMNS,
    BulletinDocument,
    _chart,
    _heading,
    _para,
    _table,
    bulletin_mark,
    bulletin_number,
    bulletin_tables,
    chart_months,
    charted_units,
    month_tables,
    months_chart,
    period_text,
    steps_chart,
    units_chart,
)
from officedesk.printing.forms import form
from officedesk.printing.gbt9704 import (
    ComposedPage,
    DocumentData,
    Placed,
    draw_page,
    line_pitch,
    text_line,
    tracking,
)
from officedesk.printing.gbt9704.signature import place_signature

CHINESE = "一二三四五六七八九十"


# the rankings drawn as bars of their units' 按时率: (the axis's units, the chart's title)
UNIT_CHARTS = {"incoming": ("承办单位", "收文按时率"), "outgoing": ("拟稿单位", "发文按时率")}

def _org() -> str:
    return str(settings.get("org.name") or "") or "（机关名称）"


def _date(value: Any, label: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return value if isinstance(value, dt.date) else parse_date(str(value), label)


def _summary(figures: dict[str, Any]) -> str:
    parts = []
    for proc in figures["procedures"].values():
        t = proc["total"]
        if not t["completed"] and not t["volume"] and not t["overdue"]:
            continue
        text = f"{proc['label']}本期办件{t['volume']}件、完成{t['completed']}件"
        if t["median"] is not None:
            text += f"，中位用时{t['median']:g}个工作日"
        if t["on_time_rate"] is not None:
            text += f"，按时率{t['on_time_rate']:g}%"
            change = t["change_last_year"]["on_time_rate"]
            if change:
                text += f"（同比{'提高' if change > 0 else '下降'}{abs(change):g}个百分点）"
            elif change == 0:
                text += "（与去年同期持平）"
        if t["overdue"]:
            # a stock at the period's end, items begun before it too (not a part of 办件)
            text += f"，截至期末逾期未办{t['overdue']}件"
        parts.append(text)
    return "；".join(parts) + "。" if parts else "本期无办结事项。"


def sanduo_text(sanduo: dict[str, Any], first: dt.date, last: dt.date) -> str:
    """The 三多 paragraph: meetings held and 发文 issued in the period up to its end or today,
    against the same days last year; the months of either over target."""
    as_of = dt.date.fromisoformat(sanduo["as_of"])
    if as_of < first:
        return "本期尚未开始，没有召开的会议和印发的文件。"
    span = period_text(first, min(last, as_of))
    meetings, documents = sanduo["meetings"], sanduo["documents"]
    text = (
        f"{span}共召开会议{meetings['total']}次（去年同期{meetings['last_year_total']}次），"
        f"印发文件{documents['total']}件（去年同期{documents['last_year_total']}件）。"
    )
    both = ((meetings, "会议", "会议次数"), (documents, "发文", "发文件数"))
    over = [(series["over_target"], what, word) for series, what, word in both
            if series["over_target"]]
    unset = _untargeted(sanduo["labels"], both)
    if not over:
        if not unset:
            return text + "各月会议次数、发文件数均未超过控制目标。"
        within = [("各月" if None not in series["target"] else "有控制目标的月份") + word
                  for series, _what, word in both if any(t is not None for t in series["target"])]
        return text + (f"{'，'.join(within)}均未超过控制目标。" if within else "") + unset
    parts = "，".join(f"{'、'.join(months)}{word}" for months, _what, word in over)
    what = "和".join(what for _months, what, _word in over)
    return text + f"{parts}超过控制目标（表中以▲标示），请有关单位严格控制{what}数量。" + unset


def _untargeted(labels: list[str], both: tuple) -> str:
    """The months of either series with no 控制目标 (no fixed target set, nothing the same month
    last year): named as not compared — never said to be within a target that was not there."""
    unset = [("各月" if all(t is None for t in series["target"]) else
              "、".join(labels[m] for m, t in enumerate(series["target"]) if t is None), what, word)
             for series, what, word in both if None in series["target"]]
    if not unset:
        return ""
    if all(months == "各月" for months, _what, _word in unset):
        named = "、".join(word for _m, _what, word in unset) + ("均" if len(unset) > 1 else "")
    else:
        named = "、".join(months + word for months, _what, word in unset)
    what = "、".join(what for _m, what, _word in unset)
    return f"{named}未设定控制目标（未设定每月控制数，去年同月也没有{what}），未作比较。"


def compose_bulletin(figures: dict[str, Any], today: dt.date, number: str | None = None) -> BulletinDocument:
    """The 通报's pages from report.efficiency's figures; `number` its 发文字号 (bulletin_number)."""
    first = dt.date.fromisoformat(figures["period"]["from"])
    last = dt.date.fromisoformat(figures["period"]["to"])
    # the figures count up to today (截至期末（或今日）): a period not over yet is named by the
    # days counted so far, as the 三多 paragraph names them — never 12月 on 12月2日
    counted = min(last, dt.date.fromisoformat(figures.get("as_of") or last.isoformat()))
    named = period_text(first, counted if counted >= first else last)
    doc = BulletinDocument(letter=settings.get(FORMAT.key) == "信函")
    bulletin_mark(doc, _org(), bulletin_number(today, number))
    unit = figures.get("unit") or ""
    title = f"关于{named}{unit}机关效能情况的通报"
    doc.heading(title)
    doc.spacer(2)
    doc.text(str(settings.get(RECIPIENTS.key)), size=SIZE_3)
    _para(
        doc,
        f"为推进机关效能建设，缩短办事流程，加快工作节奏，现将{named}"
        f"{unit}收文、发文、督查、信访和效能投诉等办理效能情况通报如下。{_summary(figures)}",
    )
    tables = bulletin_tables(figures)
    section = 0

    def next_heading(text: str, table: tuple[list[Column], list[list[str]]] | None = None) -> None:
        nonlocal section
        _heading(doc, f"{CHINESE[section]}、{text}", table)
        section += 1

    # a section that opens with its table: the heading over the table's header and first row
    next_heading("总体情况", (OVERVIEW_COLUMNS, tables["overview"]) if tables["overview"] else None)
    if tables["overview"]:
        # `stats` counts 收文 with the 退回 ones, 督查 by 事项, 信访 办结 by registration
        for counts in (volume_sentence(figures), completed_sentence(figures)):
            if counts:
                _para(doc, str(counts))
    else:  # a sentence, not an empty table with a cramped note in its first cell
        _para(doc, "本期没有收文、发文、督查、信访事项办结或在办。")
    procedures = figures["procedures"]
    next_heading("各环节用时")
    timed = [name for name in ("incoming", "outgoing")
             if procedures.get(name) and procedures[name]["steps"]]
    if not timed:
        _para(doc, "本期没有办结的收文、发文，无环节用时可计。")
    for name in timed:
        proc = procedures[name]
        necks = proc["bottlenecks"]
        share = next((s["share"] for s in proc["steps"] if necks and s["step"] == necks[0]), None)
        text = f"{proc['label']}（{proc['measures']}）各环节用时如下表。"
        if len(necks) == 1:
            text += f"用时最多的环节是“{necks[0]}”，占全部环节用时的{share:g}%，应作为缩短流程的重点。"
        elif necks:  # alike at the top: each named, the share each takes
            named = "“" + "”“".join(necks) + "”"
            text += f"用时最多的环节是{named}，各占全部环节用时的{share:g}%，应作为缩短流程的重点。"
        doc.ensure(45)
        _para(doc, text)
        _table(doc, STEP_COLUMNS, tables[f"steps:{name}"])
        _chart(doc, steps_chart(proc["steps"], doc.width, f"{proc['label']}各环节用时占比"))
    returned = [(name, proc) for name, proc in procedures.items()
                if f"returns:{name}" in tables]
    if returned:  # 退回: how often work is sent back, and between which steps
        parts = []
        for _name, proc in returned:
            back = proc["returns"]
            part = f"{proc['label']}退回{back['count']}次（{back['records']}件"
            part += f"，每百件{back['per_100']:g}次" if back["per_100"] is not None else ""
            parts.append(part + f"，上期{back['previous']}次，去年同期{back['last_year']}次）")
        doc.ensure(45)
        _para(doc, "本期" + "；".join(parts) + "。退回环节如下表，反复退回的环节应查明原因、把好前一环节关口。")
        _table(doc, RETURN_COLUMNS, [row for name, _p in returned for row in tables[f"returns:{name}"]])
    next_heading("各单位办理情况")
    # 发文 by 拟稿单位 too, now its part has the chain's 核稿 limit (spans.UNIT_COUNTS)
    ranked = [name for name in ("incoming", "outgoing", "supervision", "petitions")
              if procedures.get(name) and procedures[name]["by_unit"]]
    if not ranked:
        _para(doc, "本期没有承办单位办结或在办的事项，不作排名。")
    for name in ranked:
        proc = procedures[name]
        doc.ensure(45)  # the sentence, the table's header and a few rows together
        # 本机关's own part under the ranked units, unranked (report.by_unit)
        apart = f"；{proc['office_apart']}" if proc.get("office_apart") else ""
        ranked_by = proc["ranked_label"] if apart else proc["unit_label"]
        _para(doc, f"{proc['label']}按{ranked_by}排名（按时率由高到低，同率按中位用时由短到长"
                   f"{apart}）：")
        _table(doc, UNIT_COLUMNS, tables[f"units:{name}"])
        charted = UNIT_CHARTS.get(name)
        if charted and charted_units(proc["by_unit"]):  # no bars of units without a rate
            _chart(doc, units_chart(proc["by_unit"], doc.width, *charted))
    next_heading("“三多”控制情况")
    sanduo = figures["sanduo"]
    _para(doc, sanduo_text(sanduo, first, last))
    span = (dt.date.fromisoformat(sanduo["from"]), dt.date.fromisoformat(sanduo["as_of"]))
    for columns, rows in month_tables(sanduo["months"], tables["sanduo"], *span):
        doc.ensure(7.5 * (len(rows) + 2))  # a table of months kept on one page
        _table(doc, columns, rows)
    meetings = sanduo["meetings"]
    # a line needs two months; a table of one month, or of nothing but noughts, says it all
    if len(sanduo["labels"]) > 1 and any(any(v or 0 for v in meetings[key])
                                         for key in ("per_month", "last_year", "target")):
        _chart(doc, months_chart(sanduo["meetings"], doc.width, "每月会议次数与控制目标",
                                 chart_months(sanduo["months"], *span)))
    next_heading("效能投诉")
    _para(doc, complaints_text(figures["complaints"]["total"]))
    if tables["complaints"]:
        _table(doc, COMPLAINT_COLUMNS, tables["complaints"])
    level = figures.get("counted_level")
    doc.ensure(70 if level is None else 78)  # the 说明 (and its scope line) and the signature together
    doc.text("说明：" + figures["definitions"] + (figures.get("provisional") or ""), size=SIZE_SMALL4,
             indent_chars=2, leading=1.6)
    if level is not None:  # a printer not cleared for every 密级: units check their figures
        doc.text(counted_scope.scope_line(level), size=SIZE_SMALL4, indent_chars=2, leading=1.6)
        print_notes.note(counted_scope.scope_note(level, "效能通报"))
    doc.spacer(8)
    bulletin_signature(doc, today)
    doc.colophon(_org(), today)  # 版记: 印发机关 and 印发日期 on the last even page
    return doc


def bulletin_signature(doc: BulletinDocument, today: dt.date) -> None:
    """The 署名 and 成文日期 where the 公文 printer and the 会议通知 put them, by its own
    placement (place_signature, GB/T 9704 §7.3.5): the date 右空四字, the 署名 centred over
    it — never flush with the 版心's right edge."""
    face = fonts.font(fonts.FANGSONG)
    track, pitch = tracking(), line_pitch()
    data = DocumentData(title="", signer_organs=[_org()], date=today,
                        variant="letter" if doc.letter else "document")
    page = ComposedPage()
    for line in place_signature(data, face, track, SIZE_3 + track):
        page.texts.extend(Placed(text_line(text, face, SIZE_3, track), x, doc.y - 0.88 * SIZE_3,
                                 track) for text, x in line)
        doc.y -= pitch
    doc.add(lambda c: draw_page(c, page))


def complaints_text(total: dict[str, int]) -> str:
    """The 效能投诉 sentence: each complaint counted once (办结 or 尚在办理, and of those open,
    待处理 with a 结论 or 尚在核查); the 结论 of those that have one; the actions taken, by
    complaint."""
    text = f"本期受理效能投诉{total['total']}件，已办结{total['closed']}件，尚在办理{total['open']}件"
    parts = [f"{label}{total[key]}件" for key, label in (("open_found", "已有核查结论、待处理"),
                                                       ("verifying", "尚在核查")) if total[key]]
    if parts:
        text += f"（其中{'，'.join(parts)}）"
    if total["found"]:
        text += (f"。已有核查结论的{total['found']}件中，属实{total['属实']}件、"
                 f"部分属实{total['部分属实']}件、不属实{total['不属实']}件")
    else:
        text += "。尚无核查结论"
    # complaints counted, not people: one may name two people, or a unit alone
    return (text + f"；处理结果为效能告诫{total['效能告诫']}件、通报批评{total['通报批评']}件、"
            f"诫勉{total['诫勉']}件。")


@form("efficiency", "效能通报", "efficiency", options=("date_from", "date_to", "unit", "number"),
      needs_ids=False, secrecy=secrecy.FIGURES)
def build_bulletin(
    ids: Sequence[int], actor: Actor, date_from: Any = None, date_to: Any = None,
    unit: str | None = None, number: str | None = None, **_: Any,
) -> bytes:
    """The 效能通报 for a period (default: this year up to today), or one unit's; `number` this
    issue's 发文字号 (None: the setting's; blank: written in by hand)."""
    from officedesk.core.efficiency import efficiency

    today = clock.today()
    last = _date(date_to, "结束日期") or today
    first = _date(date_from, "开始日期") or dt.date(last.year, 1, 1)  # --to alone: its year's
    # a unit by its 名称 or 简称, as the pickers take it: an unknown one is refused, not printed
    named = known_unit(unit or "", "单位", "unit") or None
    figures = efficiency(actor, first, last, unit=named, today=today)
    return compose_bulletin(figures, today, number).render()


# ---------------------------------------------------------------- 效能投诉 papers


def _complaints(ids: Sequence[int], actor: Actor) -> list[Any]:
    from officedesk.core.efficiency import complaints

    if not ids:
        raise ValidationError("请给出效能投诉的记录 id。")
    return [records.get(complaints.SPEC, int(i), actor) for i in ids]


def _signature(doc: FormDocument, day: dt.date | None) -> None:
    doc.spacer(10)
    doc.text(_org(), align="right", size=SIZE_3)
    doc.text(chinese_date(day) if day else "    年  月  日", align="right", size=SIZE_3)


@form("complaint-verify", "效能投诉核查通知书", "complaints")
def build_verify_notice(ids: Sequence[int], actor: Actor, **_: Any) -> bytes:
    docs = []
    for record in _complaints(ids, actor):
        if not record.verifier_unit:
            raise ProcedureError(i18n.text("效能投诉 %1 还没有交付核查，不能打印核查通知书。", record.number))
        doc = FormDocument(title="效能投诉核查通知书", body_size=SIZE_3)
        doc.text(f"编号：{record.number}", align="right", size=SIZE_SMALL4)
        doc.spacer(3)
        doc.text(f"{record.verifier_unit}：", size=SIZE_3)
        who = f"{record.unit}{record.person + '同志' if record.person else ''}"
        doc.text(
            f"{chinese_date(record.received_on)}，本机关受理群众对{who}的效能投诉（{record.category}）。"
            f"请你单位认真核查，于{chinese_date(record.verify_due)}前将核查情况（是否属实、原因及责任、"
            "处理建议）书面报送本机关。",
            size=SIZE_3, indent_chars=2, leading=1.75,
        )
        doc.spacer(3)
        doc.grid(
            [
                [Field("被投诉单位", record.unit), Field("被投诉人", record.person)],
                [Field("投诉类别", record.category), Field("投诉方式", record.channel)],
                [Field("投诉内容", on_paper(record.content, record), span=2, height=40)],
            ],
            label_width=26, min_height=10, size=SIZE_SMALL4,
        )
        doc.text("（投诉人信息依规保密，不随本通知书送达。）", size=SIZE_SMALL4, role=fonts.KAITI)
        _signature(doc, record.verify_sent_on)
        docs.append(secrecy.mark(doc, record))
    return render_forms(docs, "效能投诉核查通知书")


ENDS_SENTENCE = "。！？…"  # a text ending in one of these (a closing quote may follow) needs no 。
CLOSERS = "”’）」』》"


def sentence(text: str | None) -> str:
    """``text`` as a finished sentence: a 。 added only when it does not end one already
    (…所致！ stays as it is, never …所致！。); "" for no text."""
    text = (text or "").strip()
    if not text:
        return ""
    return text if text.rstrip(CLOSERS)[-1:] in ENDS_SENTENCE else text + "。"


@form("complaint-warning", "效能告诫书", "complaints")
def build_warning(ids: Sequence[int], actor: Actor, **_: Any) -> bytes:
    docs = []
    for record in _complaints(ids, actor):
        if record.action != "效能告诫":
            raise ProcedureError(i18n.text("效能投诉 %1 的处理结果不是“效能告诫”，不能打印效能告诫书。", record.number))
        doc = FormDocument(title="效能告诫书", body_size=SIZE_3)
        doc.text(f"编号：{record.number}", align="right", size=SIZE_SMALL4)
        doc.spacer(3)
        doc.text(f"{record.person or record.unit}{'同志' if record.person else ''}：", size=SIZE_3)
        you = "你" if record.person else "你单位"  # a person warned, or the unit itself
        doc.text(
            f"经核查，群众于{chinese_date(record.received_on)}反映{you}{record.category}的问题"
            f"{record.finding}。{sentence(on_paper(record.finding_text, record))}",
            size=SIZE_3, indent_chars=2, leading=1.75,
        )
        doc.text(
            f"上述行为违反了机关效能建设有关规定，经研究，决定对{you}予以效能告诫。"
            "望认真反思，切实改进工作作风，提高办事效率，并于收到本告诫书之日起"
            f"{served_remedy_days(record)}个工作日内提交书面整改报告。"
            + sentence(on_paper(record.action_text, record)),
            size=SIZE_3, indent_chars=2, leading=1.75,
        )
        _signature(doc, record.closed_on)
        doc.spacer(8)
        who = "被告诫人" if record.person else "被告诫单位"
        doc.text(f"{who}签收：                  年    月    日", size=SIZE_SMALL4)
        docs.append(secrecy.mark(doc, record))
    return render_forms(docs, "效能告诫书")
