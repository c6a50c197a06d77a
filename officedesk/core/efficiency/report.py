"""The 效能 figures of a period, put together: what the tab, `stats --json` and the 效能通报
show. Only the records the actor may see are counted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, counted_scope, i18n, workdays
from officedesk.core.actor import Actor
from officedesk.core.documents import reports
from officedesk.core.efficiency import figures as F
from officedesk.core.efficiency import returns
from officedesk.core.efficiency import spans as S
from officedesk.core.efficiency.calendar import WorkdayIndex
from officedesk.core.efficiency.matter_spans import in_force_at
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.rates import ROUNDING

TOP = 30  # rows per ranking kept in the JSON (the tab's drill-down reads the records)


def window_for(period: F.Period, months: int = 12) -> S.Window:
    """Every date the figures touch: the period, the one before, last year's and the trend."""
    first = min(
        period.previous().first,
        period.last_year().first,
        F._add_months(period.last.replace(day=1), -(months - 1)),
    )
    return S.Window(first, period.last)


def calendar_for(window: S.Window, today: dt.date) -> WorkdayIndex:
    # procedures that started long before the window still count from their start
    return WorkdayIndex(window.first - dt.timedelta(days=400), max(window.last, today))


def check_period(first: dt.date, last: dt.date) -> F.Period:
    if last < first:
        raise ValidationError(
            i18n.text("统计期间的结束日期（%1）早于开始日期（%2），请改正。",
                      last.isoformat(), first.isoformat())
        )
    if (last - first).days > 3 * 366:
        raise ValidationError("统计期间最长三年，请缩短后再试。")
    return F.Period(first, last)


def only_unit(spans: list[Any], unit: str | None) -> list[Any]:
    """One unit's spans (Span.unit); of a PARTED procedure, the unit's part is its whole (and
    its own limit counts as the procedure's), the records' whole spans naming no unit."""
    if not unit:
        return spans
    out = []
    for s in spans:
        if s[6] != unit:
            continue
        if s[0] in S.PARTED:
            if s[1] == S.PART:
                out.append(s[:1] + (S.WHOLE,) + tuple(s[2:]))
            elif s[1] == S.PART_LIMIT:
                s = s[:1] + (S.LIMIT,) + tuple(s[2:])
        out.append(s)
    return out


def compute(
    spans: list[Any], cal: WorkdayIndex, period: F.Period, today: dt.date
) -> dict[str, Any]:
    """The procedures' figures from loaded spans (the part the benchmark times)."""
    previous, year_ago = period.previous(), period.last_year()
    # the procedures (and their stretches under one limit); the rest are their steps
    counted = (S.WHOLE, S.LIMIT, S.MOVED, S.PART, S.PART_LIMIT)
    whole = [s for s in spans if s[1] in counted]
    now = F.aggregate(whole, cal, period, today)
    # each period with the 督查 时限 in force at its own end, as its 督查通报 read them
    before = F.aggregate(in_force_at(whole, F.cut_day(previous, today)[0]), cal, previous, today)
    # a year's (or a quarter's … of twelve months) previous period is the same year a year ago
    then = before if year_ago == previous else F.aggregate(
        in_force_at(whole, F.cut_day(year_ago, today)[0]), cal, year_ago, today)
    step_spans = [s for s in spans if s[1] not in counted]
    steps = F.step_figures(step_spans, cal, period)
    people = F.step_people(step_spans, cal, period)
    trend = F.monthly(whole, cal, period.last)
    out: dict[str, Any] = {}
    for name, (label, measures) in S.PROCEDURES.items():
        groups = now.get(name)
        if groups is None and name not in steps:
            continue
        empty: dict[str, dict[str, Any]] = {"total": {}, "unit": {}, "person": {}, "category": {}}
        groups = groups or empty
        b, t = before.get(name, empty), then.get(name, empty)
        total_rows = F.ranked(groups["total"], b["total"], t["total"])
        total = total_rows[0] if total_rows else F.compare(F._Acc().figures(), None, None)
        total.pop("key", None)
        total.pop("rank", None)
        step_rows = steps.get(name, [])
        out[name] = {
            "label": label,
            "measures": measures,
            "volume_counts": S.VOLUME_COUNTS[name],
            "completed_counts": S.COMPLETED_COUNTS[name],
            "unit_label": S.UNIT_LABELS[name],
            "unit_counts": S.UNIT_COUNTS.get(name, ""),
            # said beside the ranking when 本机关's row is under it (by_unit)
            "office_apart": S.OFFICE_APART if S.OFFICE in groups["unit"] else "",
            "ranked_label": S.RANKED_LABELS.get(name, S.UNIT_LABELS[name]),
            "category_label": S.CATEGORY_LABELS[name],
            "total": total,
            "steps": step_rows,
            "bottlenecks": F.bottlenecks(step_rows),
            "by_unit": by_unit(groups["unit"], b["unit"], t["unit"]),
            "by_person": F.ranked(groups["person"], b["person"], t["person"])[:TOP],
            "by_step_person": people.get(name, [])[:TOP],
            "by_category": F.ranked(groups["category"], b["category"], t["category"])[:TOP],
            "monthly": trend.get(name, []),
        }
    return out


def by_unit(now: dict[str, Any], before: dict[str, Any], year_ago: dict[str, Any]
            ) -> list[dict[str, Any]]:
    """The units ranked (the first TOP), then 本机关's row, unranked (rank None): the office's
    own part of a PARTED procedure is no unit among those it ranks (S.OFFICE_APART)."""
    units = F.ranked({k: a for k, a in now.items() if k != S.OFFICE}, before, year_ago)[:TOP]
    own = F.ranked({k: a for k, a in now.items() if k == S.OFFICE}, before, year_ago)
    for row in own:
        row["rank"] = None
    return units + own


def efficiency(
    actor: Actor,
    first: dt.date,
    last: dt.date,
    unit: str | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Every 效能 figure of the period [first, last] the actor may see (one unit's with `unit`)."""
    from officedesk.core.efficiency import complaints, sanduo

    period = check_period(first, last)
    today = today or clock.today()
    window = window_for(period)
    cal = calendar_for(window, today)
    spans = only_unit(S.load(actor, window._replace(unit=unit)), unit)
    procedures = compute(spans, cal, period, today)
    sent_back = returns.returns(
        actor, period, {n: p["total"]["volume"] for n, p in procedures.items()}, unit)
    for name, proc in procedures.items():  # 退回: how often, from which step to which
        proc["returns"] = sent_back.get(name) or dict(returns.EMPTY, by_step=[])
    if "incoming" in procedures:  # 退回 to the sender: in `stats`' 收文, not in the 办件量
        procedures["incoming"]["returned_to_sender"] = reports.returned_between(
            actor, period.first, period.last, unit)
    completed_parts(spans, period, procedures)
    result: dict[str, Any] = {
        "period": period.as_dict(),
        "previous": period.previous().as_dict(),
        "last_year": period.last_year().as_dict(),
        "as_of": min(period.last, today).isoformat(),
        "unit": unit or "",
        "definitions": DEFINITIONS,
        # the working days counted into a year whose holidays are not entered yet: 暂按
        "provisional": provisional_note(period.first, min(period.last, today)),
        # the highest 密级 level counted (None: every level): the 通报 states its scope by it
        "counted_level": counted_scope.counted_level(actor),
        "procedures": procedures,
        # each procedure's 办件量 and 完成, as the 概况 shows them and `stats` prints them
        "volumes": volumes(procedures),
        "meetings": sanduo.meeting_figures(actor, period, cal, unit, today),
        "sanduo": sanduo.control(actor, period, today, unit),
        "complaints": complaints.per_unit(actor, period, unit),
    }
    return result


DEFINITIONS = (
    "时长按工作日计（扣除法定节假日，调休上班日计入），自上一环节完成之日的次日起算至本环节完成之日；"
    "中位数为居中的值，90%分位数为最接近的秩（至少九成不超过此值）；办件量按开始日期、办结数按完成日期"
    "计入期间；按时率＝按时限完成数÷有时限的完成数；逾期未办＝期末（或今日）已过时限仍未完成，"
    "信访按当时尚未完成的最早法定时限（处理、告知、答复）计；作废的记录不计入；"
    "收文、发文、信访按办理单位的数字各计其所办部分（收文：" + S.UNIT_COUNTS["incoming"] + "；发文："
    + S.UNIT_COUNTS["outgoing"] + "；信访：" + S.UNIT_COUNTS["petitions"] + "）；"
    + S.OFFICE_APART + "；"
    "“三多”为期间内截至期末（或今日）已召开的会议（已标记召开的，或已发通知且结束时间已过的；筹备中和尚未开完的不计）和已印发的文件（按印发日期计），与去年同期相比；"
    "效能投诉按期间内登记的件数，其核查结论、处理和尚在办理按期末情况计；"
    "同比为去年同期，环比为上一期间；瓶颈环节为耗用工作日合计最多的环节；退回按退回之日计入期间，"
    "“从”为退回时所待办的环节，“至”为退回到的环节，每百件为退回次数÷期间办件量×100。"
    + ROUNDING
)


def volume_sentence(figures: dict[str, Any]) -> Any:
    """What the 办件量 counts where `stats` and the 统计 tab count otherwise (收文 there hold
    those 退回 to their sender; 督查 there are 事项), with the 收文 left out: the 概况 and the
    通报 say it under their table, so 158 beside `stats`' 160 reads as 158 and 2 退回."""
    procedures = figures["procedures"]
    parts = []
    if "incoming" in procedures and figures.get("unit") not in (None, "", S.OFFICE):
        # a 承办单位's part of each 收文 begins the day it was given it (spans.UNIT_COUNTS)
        parts.append(text("收文按承办日期计"))
    elif "incoming" in procedures:
        returned = procedures["incoming"].get("returned_to_sender") or 0
        parts.append(text("收文按收文日期计，已退回来文单位的%1件不计", returned) if returned
                     else text("收文按收文日期计"))
    if "outgoing" in procedures and figures.get("unit") == S.OFFICE:
        # the office's part of each 发文 begins with its first 核稿 (spans.UNIT_COUNTS)
        parts.append(text("发文按核稿日期计"))
    elif "outgoing" in procedures:
        parts.append(text("发文按拟稿日期计"))
    if "supervision" in procedures:
        parts.append(text("督查按交办的任务计，一个督查事项交办几个单位即算几件"))
    if not parts:
        return ""
    return text("办件量为本期开始办理的件数：%1。", i18n.joined(parts, "%1；%2"))


# the procedures whose registry counts its own 已办结 among those begun in the period (`stats`'
# 信访, the 通报's 效能投诉 paragraph), where the 完成 counts all done in it
BEGUN_IN_PERIOD = ("petitions", "complaints")


def completed_parts(spans: list[Any], period: F.Period, procedures: dict[str, Any]) -> None:
    """The parts of a 完成 the registry's own 已办结 leaves out: `completed_earlier`, done in the
    period and begun before it; of 信访, `completed_open`, begun in the period, done (答复, or
    the 告知 of a 转送 or 不予受理) and not 办结 at its end (awaiting the 办结 after the 答复 and
    any 复查/复核, or the receiving unit's 回报). For a year, `stats`' 已办结 + these = 完成."""
    from officedesk.core.petitions.figures import closed_among

    lo, hi = period.first.toordinal(), period.last.toordinal()
    earlier = dict.fromkeys(BEGUN_IN_PERIOD, 0)
    begun: list[int] = []
    for span in spans:
        name = span[0]
        if span[1] != S.WHOLE or name not in earlier or not span[4] or not lo <= span[4] <= hi:
            continue
        if span[3] < lo:
            earlier[name] += 1
        elif name == "petitions":
            begun.append(span[2])
    for name, count in earlier.items():
        if name in procedures:
            procedures[name]["completed_earlier"] = count
    if "petitions" in procedures:
        procedures["petitions"]["completed_open"] = len(begun) - closed_among(begun, period.last)


def volumes(procedures: dict[str, Any]) -> list[dict[str, Any]]:
    """Each procedure's 办件量, 完成 and 按时率 of the period: the 概况's columns, `stats`' 效能
    lines and its --json `volumes` (one place: the 概况's figures)."""
    return [{"procedure": name, "label": proc["label"], "volume": proc["total"]["volume"],
             "completed": proc["total"]["completed"],
             "on_time_rate": proc["total"]["on_time_rate"]} for name, proc in procedures.items()]


def completed_sentence(figures: dict[str, Any]) -> Any:
    """What the 完成 counts where the registries count otherwise: 信访 done by its 答复 (or
    告知), whether 办结 or not, with the parts `stats`' 已办结 leaves out; 效能投诉 done in the
    period though registered before (the 效能投诉 paragraph counts those registered in it);
    督查's 按时率 over the tasks done (the 督查通报's 按期办结率 over those due)."""
    procedures = figures["procedures"]
    parts = []
    petitions = procedures.get("petitions")
    if petitions and petitions["total"]["completed"] and figures.get("unit"):
        # one unit's figures count its part of each 信访 (spans.UNIT_COUNTS), from the day it
        # was sent it: its 完成 is its own, neither the 告知 nor a 信访 registered in the period
        parts.append(text("信访只计%1所办的部分（见说明）", i18n.Verbatim(figures["unit"])))
    elif petitions and petitions["total"]["completed"]:
        details = []
        if petitions.get("completed_open"):
            details.append(text("本期登记、期末尚未办结的%1件", petitions["completed_open"]))
        if petitions.get("completed_earlier"):
            details.append(text("期前登记的%1件", petitions["completed_earlier"]))
        part = text("信访以答复为完成（转送、不予受理以告知为完成）")
        parts.append(text("%1，其中%2", part, i18n.joined(details, "%1，%2")) if details else part)
    incoming = procedures.get("incoming")
    if incoming and incoming["total"]["completed"] and figures.get("unit"):
        # one unit's figures count its part of each 收文 (spans.UNIT_COUNTS): the office's ends
        # with the 承办, a 承办单位's with the 办结
        parts.append(text("收文只计%1所办的部分（见说明）", i18n.Verbatim(figures["unit"])))
    outgoing = procedures.get("outgoing")
    if outgoing and outgoing["total"]["completed"] and figures.get("unit"):
        # one unit's figures count its part of each 发文 (spans.UNIT_COUNTS): the 拟稿单位's
        # ends with its last 核稿, the office's with the 印发
        parts.append(text("发文只计%1所办的部分（见说明）", i18n.Verbatim(figures["unit"])))
    complaints = procedures.get("complaints")
    if complaints and complaints.get("completed_earlier"):
        parts.append(text("效能投诉中期前登记的%1件（效能投诉情况只计本期登记的）",
                          complaints["completed_earlier"]))
    supervision = procedures.get("supervision")
    if supervision and supervision["total"]["completed"]:
        parts.append(text("督查按时率以已办结的任务为分母，督查通报的按期办结率以应办结的任务为分母"))
    if not parts:
        return ""
    return text("完成数按完成之日计入本期（不论何时开始办理）：%1。", i18n.joined(parts, "%1；%2"))


def provisional_note(first: dt.date, last: dt.date) -> str:
    """What the figures say when their working days reach into a year whose holidays are not
    entered yet (DOMAIN §5: say so); "" otherwise."""
    years = [y for y in range(first.year, last.year + 1) if not workdays.holidays_known(y)]
    if not years:
        return ""
    return text("%1 年的国务院节假日安排尚未录入，落在该年的工作日暂按周末及元旦、劳动节、国庆节的"
                "固定假日计算（暂按）。", "、".join(str(y) for y in years))


def year_figures(actor: Actor, year: int) -> dict[str, Any]:
    """`stats --json`'s 效能 key: the year up to today (a past year: the whole year)."""
    today = clock.today()
    first = dt.date(year, 1, 1)
    last = min(dt.date(year, 12, 31), today) if year == today.year else dt.date(year, 12, 31)
    if last < first:
        last = first
    return efficiency(actor, first, last, today=today)
