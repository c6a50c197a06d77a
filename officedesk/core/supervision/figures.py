"""The figures offices report (办结率, 按期办结率, 逾期件数): the 督查通报 per unit, `stats`, and the
工作台's due and overdue tasks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import clock, dashboard, stats
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.supervision.items import DONE_ON_TIME, DONE_STATUSES, PENDING, SPEC
from officedesk.core.supervision.lights import task_light
from officedesk.core.supervision.tasks import TASK_DONE, TASK_OPEN
from officedesk.store.db import guarded
from officedesk.store.supervision import SupervisionItem, SupervisionTask


def short_unit(unit: str) -> str:
    """A unit's short name for charts: the directory's 简称, else the name without 市/县."""
    from officedesk.core.directory import unit_by_name

    try:
        found = unit_by_name(unit)
    except Exception:  # no directory table (yet): the name as it is
        found = None
    name = found.short_name if found is not None and found.short_name else unit
    if name[:1] in ("市", "县", "区") and len(name) > 4:
        name = name[1:]
    return name


def rate(part: int, whole: int) -> float | None:
    """A percentage with one decimal, None when there is nothing to divide by."""
    return round(part * 100.0 / whole, 1) if whole else None


def rate_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


@dataclass
class UnitFigures:
    unit: str
    received: int = 0  # 交办
    done: int = 0  # 已办结
    on_time: int = 0  # 按期办结
    done_late: int = 0  # 逾期办结
    overdue: int = 0  # 逾期未办结

    @property
    def done_rate(self) -> float | None:
        return rate(self.done, self.received)

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time, self.received)

    def cells(self) -> list[str]:
        """The row of the 督查通报 table (printed and on screen), from 单位 to 按期办结率."""
        return [
            self.unit,
            str(self.received),
            str(self.done),
            str(self.on_time),
            str(self.done_late),
            str(self.overdue),
            rate_text(self.done_rate),
            rate_text(self.on_time_rate),
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "单位": self.unit,
            "交办": self.received,
            "已办结": self.done,
            "按期办结": self.on_time,
            "逾期办结": self.done_late,
            "逾期未办结": self.overdue,
            "办结率": self.done_rate,
            "按期办结率": self.on_time_rate,
        }


@dataclass(frozen=True)
class OverdueLine:
    unit: str
    number: str
    title: str
    deadline: dt.date
    days: int
    progress: int
    item_id: int


@dataclass
class Bulletin:
    date_from: dt.date
    date_to: dt.date
    as_of: dt.date  # figures count what had happened by this day
    units: list[UnitFigures] = field(default_factory=list)
    total: UnitFigures = field(default_factory=lambda: UnitFigures("合计"))
    overdue: list[OverdueLine] = field(default_factory=list)
    items: int = 0  # 督查事项 registered in the period
    items_done: int = 0
    items_on_time: int = 0


def _visible(query: Any, actor: Actor | None) -> Any:
    if actor is None:
        return query
    from officedesk.core import records

    levels = records.visible_levels(SPEC, actor)
    return query if levels is None else query.where(levels)


def bulletin(
    date_from: dt.date, date_to: dt.date, today: dt.date | None = None, actor: Actor | None = None
) -> Bulletin:
    """Per 牵头单位, the tasks given in the period (by 交办日期) and what became of them by the
    period's end (or today, if earlier): done, on time, done late, overdue and still open."""
    if date_to < date_from:
        raise ValidationError(
            f"通报期间的结束日期（{date_to}）不能早于开始日期（{date_from}）。", "date_to"
        )
    today = today or clock.today()
    as_of = min(date_to, today)
    result = Bulletin(date_from, date_to, as_of)
    per_unit: dict[str, UnitFigures] = {}
    query = (
        SupervisionTask.select(SupervisionTask, SupervisionItem)
        .join(SupervisionItem)
        .where(SupervisionTask.assigned_on.between(date_from, date_to))
        .order_by(SupervisionTask.lead_unit, SupervisionItem.id, SupervisionTask.seq)
    )
    query = _visible(query, actor)
    with guarded("统计"):
        for task in query:
            figures = per_unit.setdefault(task.lead_unit, UnitFigures(task.lead_unit))
            figures.received += 1
            done_on: dt.date | None = task.done_on if task.status == TASK_DONE else None
            if done_on is not None and done_on <= as_of:
                figures.done += 1
                if done_on <= task.deadline:
                    figures.on_time += 1
                else:
                    figures.done_late += 1
            elif task.deadline < as_of:
                figures.overdue += 1
                result.overdue.append(
                    OverdueLine(
                        task.lead_unit,
                        task.item.number,
                        task.item.title,
                        task.deadline,
                        (as_of - task.deadline).days,
                        task.progress,
                        task.item.id,
                    )
                )
        items = _visible(
            SupervisionItem.select().where(SupervisionItem.start_date.between(date_from, date_to)),
            actor,
        )
        for item in items:
            result.items += 1
            if item.status in DONE_STATUSES and item.closed_on and item.closed_on <= as_of:
                result.items_done += 1
                result.items_on_time += item.status == DONE_ON_TIME
    # the units that did worst first: 按期办结率 ascending, then most overdue
    result.units = sorted(
        per_unit.values(),
        key=lambda f: (f.on_time_rate if f.on_time_rate is not None else 101, -f.overdue, f.unit),
    )
    total = result.total
    for figures in per_unit.values():
        total.received += figures.received
        total.done += figures.done
        total.on_time += figures.on_time
        total.done_late += figures.done_late
        total.overdue += figures.overdue
    result.overdue.sort(key=lambda line: (-line.days, line.unit, line.number))
    return result


def year_figures(actor: Actor, year: int) -> dict[str, Any]:
    """`stats`: the items registered in the year and, per unit, their tasks."""
    today = clock.today()
    as_of = min(today, dt.date(year, 12, 31))
    counts = {"督查事项": 0, "已办结": 0, "按期办结": 0, "逾期办结": 0, "逾期件数": 0, "待交办": 0}
    by_month = [0] * 12
    with guarded("统计"):
        query = _visible(
            SupervisionItem.select().where(
                SupervisionItem.start_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
            ),
            actor,
        )
        for item in query:
            counts["督查事项"] += 1
            by_month[item.start_date.month - 1] += 1
            if item.status in DONE_STATUSES:
                counts["已办结"] += 1
                counts["按期办结" if item.status == DONE_ON_TIME else "逾期办结"] += 1
            elif item.deadline < as_of:
                counts["逾期件数"] += 1
            if item.status == PENDING:
                counts["待交办"] += 1
    units = bulletin(dt.date(year, 1, 1), dt.date(year, 12, 31), today, actor)
    return {
        **counts,
        "办结率": rate(counts["已办结"], counts["督查事项"]),
        "按期办结率": rate(counts["按期办结"], counts["督查事项"]),
        "逾期任务": units.total.overdue,
        "按月立项": by_month,
        "按单位": [f.as_dict() for f in units.units],
    }


def due_items(actor: Actor, today: dt.date, horizon: dt.date) -> list[dashboard.DueItem]:
    """工作台: tasks due by the horizon or overdue, reports due or missing, items not yet split."""
    out: list[dashboard.DueItem] = []
    with guarded("查询"):
        query = (
            SupervisionTask.select(SupervisionTask, SupervisionItem)
            .join(SupervisionItem)
            .where(
                (SupervisionTask.status == TASK_OPEN)
                & SupervisionItem.status.not_in(DONE_STATUSES)
                & (
                    (SupervisionTask.deadline <= horizon)
                    | (SupervisionTask.next_report_due <= horizon)
                )
            )
        )
        for task in query:
            title = f"{task.item.number} {task.item.title}".strip()
            if task.deadline <= horizon:
                light = task_light(task, today)
                out.append(
                    dashboard.DueItem(
                        SPEC.name,
                        SPEC.label,
                        task.item.id,
                        title,
                        f"办理时限 ●{light.colour}灯",
                        task.deadline,
                        task.lead_unit,
                        mark=light.hex,
                    )
                )
            due = task.next_report_due
            if due is not None and due <= horizon and due < task.deadline:
                what = "未按期反馈" if due < today else "进展反馈"
                out.append(
                    dashboard.DueItem(
                        SPEC.name, SPEC.label, task.item.id, title, what, due, task.lead_unit
                    )
                )
        pending = SupervisionItem.select().where(
            (SupervisionItem.status == PENDING) & (SupervisionItem.deadline <= horizon)
        )
        for item in pending:
            out.append(
                dashboard.DueItem(
                    SPEC.name,
                    SPEC.label,
                    item.id,
                    f"{item.number} {item.title}",
                    "分解交办",
                    item.deadline,
                    "",
                )
            )
    return out


dashboard.register_provider(due_items)
stats.register("supervision", year_figures)
