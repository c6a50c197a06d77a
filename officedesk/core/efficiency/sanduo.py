"""“三多” control (文山会海): meetings held and documents 印发 per month against targets, meeting load per
leader, and the meetings' own figures (notice lead time, length). Months over target are
flagged on the 工作台."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from fractions import Fraction
from typing import Any

from officedesk.core import clock, rank_orders, settings
from officedesk.core.actor import Actor
from officedesk.core.dashboard import DueItem
from officedesk.core.efficiency import figures as F
from officedesk.core.efficiency.calendar import WorkdayIndex
from officedesk.core.efficiency.spans import _ord, _rows, _visible
from officedesk.core.i18n import text
from officedesk.core.lifecycle import counted
from officedesk.core.meetings import sitting
from officedesk.core.ranks import NO_RANK
from officedesk.core.rates import half_up

TARGET_RATIO = settings.declare(
    "efficiency.target.ratio",
    float,
    0.9,
    "三多控制：每月不超过去年同月的倍数",
    "效能",
    help="如 0.9：今年每月会议、发文不超过去年同月的九成。下面按月定数的目标优先。",
    # 三多控制 means fewer: a target of none, or of several times last year's, controls nothing
    minimum=0.1,
    maximum=2.0,
)
TARGET_MEETINGS = settings.declare(
    "efficiency.target.meetings_per_month",
    int,
    0,
    "三多控制：每月会议不超过（次，0 表示按去年同月倍数）",
    "效能",
)
TARGET_DOCUMENTS = settings.declare(
    "efficiency.target.documents_per_month",
    int,
    0,
    "三多控制：每月发文不超过（件，0 表示按去年同月倍数）",
    "效能",
)
LEADER_RANK = settings.declare(
    "efficiency.leader_rank_max",
    int,
    5,
    "会议负担统计：级别不大于此数的人员算作领导",
    "效能",
    maximum=NO_RANK - 1,  # 99 is “no 级别 given”: those are nobody's leaders
)
# a 级别 is its 职级's 排序: the threshold follows the 职级 it points at when its 排序 changes
rank_orders.follows(LEADER_RANK.key)
NOTICE_DAYS = settings.declare(
    "efficiency.meeting_notice_days",
    int,
    2,
    "会议通知至少提前（工作日）",
    "效能",
)
# the 工作台 shows months over target of this month and the two before: one long past is
# history (the 效能 tab and 通报 keep it), not a 待办 overdue by half a year
FLAG_MONTHS = 3


def held(model: Any) -> Any:
    """SQL condition: the meeting was held — marked 已召开, or 已发通知 and over by now (held in
    all likelihood, though nobody marked it). Never one 筹备中 (never notified, never held), one
    cancelled, or one still to come or still going on."""
    from officedesk.core.meetings.spec import HELD, NOTIFIED

    return (model.status == HELD) | ((model.status == NOTIFIED) & (model.end <= clock.now()))


def _meetings(actor: Actor, first: dt.date, last: dt.date) -> list[tuple]:
    from officedesk.store.meetings import Meeting as M

    select = _visible(
        "meetings",
        actor,
        M.select(M.id, M.start, M.end, M.kind, M.host_unit, M.chair).where(
            (M.start >= dt.datetime.combine(first, dt.time()))
            & (M.start < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
            & counted("meetings", M) & held(M)
        ),
    )
    return _rows(select)


def _as_datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])  # SQLite's text


def _documents(actor: Actor, first: dt.date, last: dt.date) -> list[tuple]:
    """发文 印发 (printed and sent out: the 印制 step sets the 印发日期) on the days asked, by
    that date: one numbered but never printed was not issued, one signed in March and printed
    in April is April's (as the procedure's 印发 count has it)."""
    from officedesk.store.documents import OutgoingDoc as D

    select = _visible(
        "outgoing",
        actor,
        D.select(D.id, D.print_date, D.kind, D.drafting_unit).where(
            (D.print_date >= first) & (D.print_date <= last)
            & counted("outgoing", D)  # a voided number was never issued
        ),
    )
    return _rows(select)


def _target(count_last_year: int, fixed: int, ratio: float) -> float | None:
    if fixed > 0:
        return float(fixed)
    if count_last_year > 0:  # 9 × 0.85 = 7.65 → 7.7, 四舍五入 of the exact product (core.rates)
        return half_up(count_last_year * Fraction(str(ratio)))
    return None


class Months:
    """The months a 三多 table counts: from the period's first day up to its last or today,
    whichever is earlier (a meeting not held yet, a month not come yet, counts nowhere), and
    the same days a year before."""

    def __init__(self, period: F.Period, today: dt.date) -> None:
        self.first = period.first
        self.as_of = min(period.last, today)
        self.keys: list[tuple[int, int]] = []  # (year, month)
        if self.as_of >= self.first:
            month = self.first.replace(day=1)
            while month <= self.as_of:
                self.keys.append((month.year, month.month))
                month = F._add_months(month, 1)
        self.index = {key: n for n, key in enumerate(self.keys)}
        self.last_year = F.Period(F._minus_year(self.first), F._minus_year(self.as_of))

    def labels(self) -> list[str]:
        """1月 … ; with the year where the months run over two years (2025年12月)."""
        years = {year for year, _m in self.keys}
        return [f"{year}年{month}月" if len(years) > 1 else f"{month}月"
                for year, month in self.keys]

    def slot(self, day: dt.date, year_ago: bool) -> int | None:
        """The column a day counts in (None: outside the days counted)."""
        first, last = (self.last_year.first, self.last_year.last) if year_ago else (
            self.first, self.as_of)
        if not first <= day <= last:
            return None
        return self.index.get((day.year + year_ago, day.month))


def _series(
    rows: list[tuple],
    months: Months,
    date_index: int,
    kind_index: int,
    unit_index: int,
    fixed: int,
    ratio: float,
    unit: str | None,
) -> dict[str, Any]:
    n = len(months.keys)
    now, before = [0] * n, [0] * n
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    by_unit: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    for row in rows:
        if unit and row[unit_index] != unit:
            continue
        day = _day(row[date_index])
        slot = months.slot(day, False)
        if slot is not None:
            now[slot] += 1
            by_kind[row[kind_index] or "其他"][slot] += 1
            by_unit[row[unit_index] or "（未填）"][slot] += 1
        slot = months.slot(day, True)  # a period over a year long: both, in their columns
        if slot is not None:
            before[slot] += 1
    targets = [_target(before[m], fixed, ratio) for m in range(n)]
    over = [m for m in range(n) if targets[m] is not None and now[m] > targets[m]]  # type: ignore[operator]
    labels = months.labels()
    return {
        "per_month": now,
        "last_year": before,
        "target": targets,
        "fixed_target": fixed,  # the office's number per month (0: last year's same month × ratio)
        "over_target": [labels[m] for m in over],
        "over_months": [f"{months.keys[m][0]}-{months.keys[m][1]:02d}" for m in over],
        "total": sum(now),
        "last_year_total": sum(before),
        "by_kind": dict(sorted(by_kind.items(), key=lambda kv: -sum(kv[1]))),
        "by_organiser": dict(sorted(by_unit.items(), key=lambda kv: -sum(kv[1]))),
    }


LEADERS_NOTE = (
    "领导会议负担按期间内已召开会议中本人出席、列席的次数和时长计：登记了签到的会议，只计签到为“已到”的"
    "（未登记签到的按缺席，与签到表的应到、实到、缺席一致）；没有登记任何签到的会议，除请假、缺席外均按"
    "到会计入（“其中未登记签到”列出这样计入的次数）。"
)


def _leaders(actor: Actor, first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    """Each leader's meetings and hours at the meetings held in the period. A meeting whose
    sign-in was recorded (someone of its people marked 已到 or 缺席) counts only those marked
    已到: of a held meeting the unmarked are 缺席 (proceedings.tally, the 签到表's figures). One
    with no sign-in recorded at all counts everyone not on 请假 or marked 缺席, as nothing
    tells otherwise; ``unsigned`` is how many of a leader's meetings were counted so
    (LEADERS_NOTE)."""
    from officedesk.core.meetings.parsing import COUNTED_ROLES
    from officedesk.core.meetings.spec import ABSENT, LEAVE, PRESENT
    from officedesk.store.meetings import Meeting as M
    from officedesk.store.meetings import MeetingAttendee as A

    meetings = _visible(
        "meetings",
        actor,
        M.select(M.id).where(
            (M.start >= dt.datetime.combine(first, dt.time()))
            & (M.start < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
            & counted("meetings", M) & held(M)
        ),
    )
    signed = {row[0] for row in _rows(
        A.select(A.meeting).distinct().where(
            A.meeting.in_(meetings) & A.attendance.in_([PRESENT, ABSENT])
            & A.role.in_(list(COUNTED_ROLES))))}
    rank = int(settings.get(LEADER_RANK.key))
    select = (
        A.select(A.name, M.start, M.end, A.meeting, A.attendance)
        .join(M, on=(A.meeting == M.id))
        .where(
            A.meeting.in_(meetings)
            & (A.rank <= rank)
            & A.attendance.not_in([LEAVE, ABSENT])
            & A.role.in_(["出席", "列席"])
        )
    )
    load: dict[str, list[float]] = {}
    for name, start, end, meeting_id, attendance in _rows(select):
        recorded = meeting_id in signed
        if recorded and attendance != PRESENT:
            continue  # unmarked at a meeting signed in: 缺席, as its tally says
        hours = sitting.hours(_as_datetime(start), _as_datetime(end))
        entry = load.setdefault(name, [0, 0.0, 0])
        entry[0] += 1
        entry[1] += hours
        entry[2] += not recorded
    rows: list[dict[str, Any]] = [
        {"name": name, "meetings": int(n), "hours": round(hours, 1), "unsigned": int(unsigned)}
        for name, (n, hours, unsigned) in load.items()
    ]
    rows.sort(key=lambda r: (-r["hours"], r["name"]))
    return rows


def control(
    actor: Actor, period: F.Period, today: dt.date, unit: str | None = None
) -> dict[str, Any]:
    """Meetings held and 发文 印发 (by 印发日期) per month of the period up to its end or today
    (whichever is earlier), against the same days a year before and the targets; months over
    target."""
    ratio = float(settings.get(TARGET_RATIO.key))
    months = Months(period, today)
    first, last = months.last_year.first, months.as_of
    meetings = _series(
        _meetings(actor, first, last), months, 1, 3, 4,
        int(settings.get(TARGET_MEETINGS.key)), ratio, unit,
    )
    documents = _series(
        _documents(actor, first, last), months, 1, 2, 3,
        int(settings.get(TARGET_DOCUMENTS.key)), ratio, unit,
    )
    return {
        "year": period.last.year,
        "from": period.first.isoformat(),
        "as_of": months.as_of.isoformat(),
        "months": [f"{year}-{month:02d}" for year, month in months.keys],
        "labels": months.labels(),
        "ratio": ratio,
        "meetings": meetings,
        "documents": documents,
        "leaders": [] if unit or months.as_of < period.first
        else _leaders(actor, period.first, months.as_of),
        "leaders_note": LEADERS_NOTE,  # how 签到 decides who attended
    }


def meeting_figures(
    actor: Actor, period: F.Period, cal: WorkdayIndex, unit: str | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Meetings held in the period (by its end or today): how long before them the notice
    went out (working days, from the 已发通知 step in the audit trail) and how long they
    lasted (hours)."""
    from officedesk.store.models import AuditEntry

    last = min(period.last, today) if today else period.last
    rows = [r for r in _meetings(actor, period.first, last) if not unit or r[4] == unit]
    ids = [r[0] for r in rows]
    notices: dict[int, int] = {}
    for chunk in range(0, len(ids), 30000):
        part = ids[chunk : chunk + 30000]
        select = AuditEntry.select(AuditEntry.record_id, AuditEntry.at).where(
            (AuditEntry.registry == "meetings")
            & (AuditEntry.action == "step")
            & AuditEntry.summary.endswith("已发通知")
            & AuditEntry.record_id.in_(part)
        )
        for record_id, at in _rows(select):
            notices.setdefault(record_id, _ord(at))
    minimum = int(settings.get(NOTICE_DAYS.key))
    leads: list[int] = []
    hours: list[float] = []
    by_kind: dict[str, int] = defaultdict(int)
    late = 0
    for mid, start, end, kind, _host, _chair in rows:
        start_dt, end_dt = _as_datetime(start), _as_datetime(end)
        hours.append(sitting.hours(start_dt, end_dt))  # the days' sittings, not the nights
        by_kind[kind or "其他"] += 1
        notice = notices.get(mid)
        if notice is not None:
            if notice > start_dt.date().toordinal():
                late += 1  # recorded after the meeting: entered afterwards, no lead time
            else:
                leads.append(cal.between(notice, start_dt.date().toordinal()))
    leads.sort()
    hours.sort()
    on_time = sum(1 for d in leads if d >= minimum)
    return {
        "held": len(rows),
        "notified": len(leads),
        "notice_recorded_after": late,
        "notice_median": F.median(leads),
        "notice_shortest": leads[0] if leads else None,
        "notice_min_days": minimum,
        "notice_on_time_rate": F.rate(on_time, len(leads)),
        "hours_total": round(sum(hours), 1),
        "hours_median": round(F.median(hours) or 0, 2) if hours else None,  # type: ignore[arg-type]
        "hours_longest": round(hours[-1], 1) if hours else None,
        "by_kind": dict(sorted(by_kind.items(), key=lambda kv: -kv[1])),
    }


def due_items(actor: Actor, today: dt.date, horizon: dt.date) -> list[DueItem]:
    """The 工作台: the most recent months (this one and the FLAG_MONTHS - 1 before it, across
    New Year too: December's excess is still flagged in January) whose meetings or 发文 went
    over target."""
    first = F._add_months(today.replace(day=1), -(FLAG_MONTHS - 1))
    figures = control(actor, F.Period(first, today), today)
    items: list[DueItem] = []
    for key in ("meetings", "documents"):
        series = figures[key]
        for month_key in series["over_months"]:
            n = figures["months"].index(month_key)
            year, month = (int(part) for part in month_key.split("-"))
            if (today.year - year) * 12 + today.month - month >= FLAG_MONTHS:
                continue
            end = (F._add_months(dt.date(year, month, 1), 1)) - dt.timedelta(days=1)
            items.append(
                DueItem(
                    "efficiency",
                    "效能",
                    year * 100 + month,
                    _over_target(key, year, month, series, n, figures["ratio"]),
                    "三多控制",
                    end,  # the month the target holds for: over it now, not due on a day
                    "",
                    "#c0392b",
                    over=True,
                )
            )
    return items


def _over_target(key: str, year: int, month: int, series: dict[str, Any], n: int,
                 ratio: float) -> str:
    """A month over its target, with the target's basis: “4.5次” alone reads as a rule nobody
    set, “去年同期5次×0.9” says where it comes from (the month so far against the same days
    last year)."""
    count, target, before = series["per_month"][n], series["target"][n], series["last_year"][n]
    fixed = series["fixed_target"]
    if key == "meetings":
        if fixed > 0:
            return text("%1年%2月会议%3次，超过控制目标（每月不超过%4次）", year, month, count, fixed)
        return text("%1年%2月会议%3次，超过控制目标（%4次：去年同期%5次×%6）",
                    year, month, count, f"{target:g}", before, f"{ratio:g}")
    if fixed > 0:
        return text("%1年%2月发文%3件，超过控制目标（每月不超过%4件）", year, month, count, fixed)
    return text("%1年%2月发文%3件，超过控制目标（%4件：去年同期%5件×%6）",
                year, month, count, f"{target:g}", before, f"{ratio:g}")
