"""The figures offices report (办结率, 按期办结率, 逾期件数): the 督查通报 per unit, `stats`, and the
工作台's due and overdue tasks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import peewee

from officedesk.core import clock, counted_scope, dashboard, i18n, rates, settings, stats
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.lifecycle import counted
from officedesk.core.supervision import in_force, shown_deadlines
from officedesk.core.supervision.items import DONE_STATUSES, OPEN, PENDING, SPEC, WORKING_DAYS
from officedesk.core.supervision.lights import (
    count_note,
    days_overdue,
    item_light,
    soon_until,
    task_light,
)
from officedesk.core.supervision.tasks import TASK_DONE, TASK_OPEN
from officedesk.store.db import guarded
from officedesk.store.supervision import SupervisionItem, SupervisionReport, SupervisionTask


def short_unit(unit: str) -> str:
    """A unit's short name for charts: the directory's 简称 as entered, else the name itself."""
    from officedesk.core.directory import unit_by_name

    try:
        found = unit_by_name(unit)
    except Exception:  # no directory table (yet): the name as it is
        found = None
    return found.short_name if found is not None and found.short_name else unit


# what a rate counts, said beside every one (stats, the 通报, the command line): 督查事项 (项)
# or their 分解任务 (件) — the same office's two rates differ, and a clerk must see which
BY_ITEM, BY_TASK = "按项计", "按件计"
DONE_RATE, ON_TIME_RATE = "办结率", "按期办结率"


def rate_key(name: str, basis: str) -> str:
    """“按期办结率（按件计）”: a rate's key and label, saying what it counts."""
    return f"{name}（{basis}）"


def rate(part: int, whole: int) -> float | None:
    """A percentage, 四舍五入 to one decimal (core.rates), None when there is nothing to divide by."""
    return rates.percent(part, whole)


def rate_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


# The definitions the 通报 prints in its 说明, so units can check their own figures.
DEFINITIONS = (
    "在办：截至期末已交办、尚未办结的任务；"
    "逾期未办结：办理时限在期末之前（含期末）、期末当天过完仍未办结的任务，不论何时交办"
    "（统计截至今天的，今天到期的任务计入应办结，今天过完才算逾期）；"
    "逾期天数：已结束的期间算至期末次日（期末当天到期的为1天），统计截至今天的算至今天；"
    "办结、按期办结、逾期办结：在本期内办结的任务，办结日期不晚于时限的为按期办结；"
    "时限：以期末有效的为准（延期自批准之日起生效，此前已结束的期间不受影响），已办结的任务"
    "以办结之日有效的时限判断是否按期；"
    "应办结：办理时限在期末之前（含期末）、期初尚未办结的任务，加上本期内提前办结的任务，"
    "尚未到期的任务不计入；"
    "办结率＝办结÷应办结，按期办结率＝按期办结÷应办结；"
    "各单位的数字按件计（一项分解任务为一件，计入其牵头单位，协办单位不另计），"
    "督查事项的按项计（一个事项为一项）；"
    "事项在办结时限内办结、且各项任务均按期办结的，为按期办结；"
    "各单位按按期办结率由低到高排列，相同的再按办结率，再按单位名称音序。"
    "督查时限按工作日计算时，逾期天数也按工作日计，与预警灯相同。"
    + rates.ROUNDING
)


@dataclass
class UnitFigures:
    unit: str
    open: int = 0  # 在办 at the period's end
    due: int = 0  # 应办结: due by the period's end (and not done before it), or done early in it
    done: int = 0  # 办结 within the period
    on_time: int = 0  # 按期办结 within the period
    done_late: int = 0  # 逾期办结 within the period
    overdue: int = 0  # 逾期未办结 at the period's end

    @property
    def done_rate(self) -> float | None:
        return rate(self.done, self.due)

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time, self.due)

    def cells(self) -> list[str]:
        """The row of the 督查通报 table (printed and on screen), from 单位 to 按期办结率."""
        return [
            self.unit,
            str(self.open),
            str(self.due),
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
            "在办": self.open,
            "应办结": self.due,
            "已办结": self.done,
            "按期办结": self.on_time,
            "逾期办结": self.done_late,
            "逾期未办结": self.overdue,
            rate_key(DONE_RATE, BY_TASK): self.done_rate,
            rate_key(ON_TIME_RATE, BY_TASK): self.on_time_rate,
        }


# the columns of cells(), for the printed and the on-screen table
COLUMNS = ("牵头单位", "在办", "应办结", "办结", "按期办结", "逾期办结", "逾期未办结",
           rate_key(DONE_RATE, BY_TASK), rate_key(ON_TIME_RATE, BY_TASK))


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
    items: int = 0  # 督查事项 registered (立项) in the period
    items_open: int = 0  # 在办 at the period's end
    items_pending: int = 0  # of those, 待交办: no task 交办 by then
    items_overdue: int = 0  # 逾期未办结 at the period's end
    items_due: int = 0  # 应办结, as for tasks
    items_done: int = 0  # 办结 within the period
    items_on_time: int = 0  # 按期办结 within the period
    # the highest 密级 level counted (None: every level): the 通报 states its scope by it
    counted_level: int | None = None
    # “（暂按：…）” when the 逾期天数 are working days counted into a year whose holidays are
    # not entered yet (lights.count_note), "" otherwise: the 通报 says so beside them
    provisional: str = ""


@dataclass(frozen=True)
class _AsOf:
    """One task's or item's standing in a period, by the definitions above."""

    counted: bool  # in the bulletin at all
    open: bool
    expired: bool  # its time limit has run out by the period's end
    due: bool  # 应办结: its time limit falls on or before the period's end (or it was done in it)
    days: int  # 逾期天数 when expired: to the day after a period over, to today in one still on
    done_in: bool
    on_time: bool


_NOWHERE = _AsOf(False, False, False, False, 0, False, False)


def _standing(
    start: dt.date | None,
    deadline: dt.date,
    done_on: dt.date | None,
    date_from: dt.date,
    as_of: dt.date,
    today: dt.date,
) -> _AsOf:
    if start is not None and start > as_of:
        return _NOWHERE
    if done_on is not None and done_on < date_from:  # finished before the period
        return _NOWHERE
    done_by_end = done_on is not None and done_on <= as_of
    # a deadline on the last day has run out only once that day is over
    expired = deadline < as_of or (deadline == as_of and as_of < today)
    # a period over is counted as the lights count on the day after it (a task due on its last
    # day, not done, is 逾期 1 天); one still running, as they count today — in working days
    # when the 督查 时限 count them, as the lights do
    days = days_overdue(deadline, as_of + dt.timedelta(days=1) if as_of < today else as_of)
    done_in = done_by_end
    on_time = done_in and done_on is not None and done_on <= deadline
    counted = not done_by_end or done_in
    return _AsOf(counted, not done_by_end, expired, deadline <= as_of or done_in, days, done_in,
                 on_time)


def _progress_at(task_ids: list[int], day: dt.date) -> dict[int, int]:
    """Each task's 进度 as its last 反馈 on or before `day` gave it (none yet: 0) — a report made
    after a period does not show in its 通报."""
    found: dict[int, int] = {}
    for start in range(0, len(task_ids), 500):
        query: Any = (SupervisionReport.select(SupervisionReport.task, SupervisionReport.percent)
                 .where(SupervisionReport.task.in_(task_ids[start:start + 500])
                        & (SupervisionReport.report_date <= day))
                 .order_by(SupervisionReport.report_date, SupervisionReport.id).tuples())
        for task_id, percent in query:
            found[task_id] = percent
    return found


def _split_by(item_ids: list[int], day: dt.date) -> set[int]:
    """The items with a task 交办 on or before `day` (the others were still 待交办 then)."""
    found: set[int] = set()
    for start in range(0, len(item_ids), 500):
        found.update(task.item_id for task in SupervisionTask.select(SupervisionTask.item).where(
            SupervisionTask.item.in_(item_ids[start:start + 500])
            & (SupervisionTask.assigned_on <= day)))
    return found


def _name_key(name: str) -> str:
    from officedesk.core.directory import name_order

    return name_order(name)


def _visible(query: Any, actor: Actor) -> Any:
    """Only the items (or the tasks of items) at or below the actor's clearance."""
    from officedesk.core import records

    levels = records.visible_levels(SPEC, actor)
    return query if levels is None else query.where(levels)


def bulletin(
    date_from: dt.date, date_to: dt.date, today: dt.date | None = None, *, actor: Actor
) -> Bulletin:
    """The 督查通报 as of the period's end (or today, if earlier): per 牵头单位 the tasks 在办 and
    逾期未办结 then, whenever they were 交办; 办结 and 按期办结 within the period; rates over the
    tasks due by then (DEFINITIONS). Only the items the actor may see are counted or named."""
    if date_to < date_from:
        raise ValidationError(
            i18n.text("通报期间的结束日期（%1）不能早于开始日期（%2）。", date_to, date_from), "date_to"
        )
    today = today or clock.today()
    if date_from > today:
        # nothing of it has happened: a task not yet due is no failure, and there is no figure
        raise ValidationError(
            i18n.text("通报期间（%1至%2）尚未开始（今天是%3），没有可以通报的情况。请选"
                      "择已经开始的期间。",
                      date_from, date_to, today), "date_from")
    return _figures(date_from, date_to, today, actor)


def _figures(date_from: dt.date, date_to: dt.date, today: dt.date, actor: Actor) -> Bulletin:
    as_of = min(date_to, today)
    result = Bulletin(date_from, date_to, as_of, counted_level=counted_scope.counted_level(actor))
    per_unit: dict[str, UnitFigures] = {}
    query = (
        SupervisionTask.select(SupervisionTask, SupervisionItem)
        .join(SupervisionItem)
        .where(
            (SupervisionTask.assigned_on <= as_of)
            & (
                (SupervisionTask.status != TASK_DONE)
                | SupervisionTask.done_on.is_null()
                | (SupervisionTask.done_on >= date_from)
            )
            & counted("supervision", SupervisionItem)  # a voided item's tasks: counted nowhere
        )
        .order_by(SupervisionTask.lead_unit, SupervisionItem.id, SupervisionTask.seq)
    )
    query = _visible(query, actor)
    with guarded("统计"):
        found_tasks = list(query)
        items = list(_visible(
            SupervisionItem.select().where(
                (SupervisionItem.start_date <= as_of)
                & (SupervisionItem.closed_on.is_null() | (SupervisionItem.closed_on >= date_from))
                & counted("supervision", SupervisionItem)
            ),
            actor,
        ))
        # the 时限 in force at the period's end: a later 延期 does not rewrite it
        moved = in_force.extensions({t.item_id for t in found_tasks} | {i.id for i in items})
        progress = _progress_at([t.id for t in found_tasks], as_of)
        undone = in_force.reopenings(i.id for i in items)  # 办结 a later 重新打开 undid
        # an item closed in time whose task was late is no 按期办结 (tasks are done before it)
        late_tasks = in_force.items_with_late_tasks(
            (i.id for i in items if i.closed_on is not None or i.id in undone), moved)
        split = _split_by([i.id for i in items], as_of)
        for task in found_tasks:
            done_on = task.done_on if task.status == TASK_DONE else None
            # a task done by the period's end is judged by the 时限 in force on its 办结日期 (a
            # 延期 granted after it makes it no less late); one open, by that at the end
            judged = done_on if done_on is not None and done_on <= as_of else as_of
            deadline = in_force.task_deadline(task, moved, judged)
            standing = _standing(task.assigned_on, deadline, done_on, date_from, as_of, today)
            if not standing.counted:
                continue
            figures = per_unit.setdefault(task.lead_unit, UnitFigures(task.lead_unit))
            figures.open += standing.open
            figures.due += standing.due
            figures.done += standing.done_in
            figures.on_time += standing.on_time
            figures.done_late += standing.done_in and not standing.on_time
            if standing.open and standing.expired:
                figures.overdue += 1
                result.overdue.append(
                    OverdueLine(
                        task.lead_unit,
                        task.item.number,
                        task.item.title,
                        deadline,
                        standing.days,
                        progress.get(task.id, 0),
                        task.item.id,
                    )
                )
        for item in items:
            result.items += date_from <= item.start_date <= date_to
            closed = in_force.closed_as_of(
                item, item.closed_on if item.status in DONE_STATUSES else None, undone, as_of)
            deadline = in_force.item_deadline(item, moved, closed if closed is not None and closed <= as_of
                                              else as_of)
            standing = _standing(item.start_date, deadline, closed, date_from, as_of, today)
            if not standing.counted:
                continue
            result.items_open += standing.open
            result.items_pending += standing.open and item.id not in split
            result.items_overdue += standing.open and standing.expired
            result.items_due += standing.due
            result.items_done += standing.done_in
            result.items_on_time += standing.on_time and item.id not in late_tasks
    # the units that did worst first; equal figures by name (音序), so the order never depends
    # on how the rows happened to come back
    result.units = sorted(
        per_unit.values(),
        key=lambda f: (
            f.on_time_rate if f.on_time_rate is not None else 101,
            f.done_rate if f.done_rate is not None else 101,
            _name_key(f.unit),
        ),
    )
    total = result.total
    for figures in per_unit.values():
        total.open += figures.open
        total.due += figures.due
        total.done += figures.done
        total.on_time += figures.on_time
        total.done_late += figures.done_late
        total.overdue += figures.overdue
    result.overdue.sort(key=lambda line: (-line.days, _name_key(line.unit), line.number))
    if result.overdue:
        result.provisional = count_note(min(line.deadline for line in result.overdue), as_of)
    return result


def year_figures(actor: Actor, year: int) -> dict[str, Any]:
    """`stats`: the year's 通报 figures (as of the year's end, or today) and the items registered
    in the year per month. The items' rates (按项计) lead, the tasks' (按件计) follow; each key
    says which it is."""
    today = clock.today()
    by_month = [0] * 12
    with guarded("统计"):
        query = _visible(
            SupervisionItem.select(SupervisionItem.start_date).where(
                SupervisionItem.start_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
                & counted("supervision", SupervisionItem)
            ),
            actor,
        )
        for item in query:
            by_month[item.start_date.month - 1] += 1
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    # a year not begun has nothing due yet: 0, and “—” for its rates
    units = _figures(first, last, today, actor) if first <= today else Bulletin(first, last, first)
    return {
        "督查事项": units.items,
        "在办": units.items_open,
        "应办结": units.items_due,
        "已办结": units.items_done,
        "按期办结": units.items_on_time,
        "逾期办结": units.items_done - units.items_on_time,
        "逾期件数": units.items_overdue,
        "待交办": units.items_pending,  # as of the year's end, as 在办
        rate_key(DONE_RATE, BY_ITEM): rate(units.items_done, units.items_due),
        rate_key(ON_TIME_RATE, BY_ITEM): rate(units.items_on_time, units.items_due),
        rate_key(DONE_RATE, BY_TASK): units.total.done_rate,
        rate_key(ON_TIME_RATE, BY_TASK): units.total.on_time_rate,
        "逾期任务": units.total.overdue,
        "按月立项": by_month,
        "按单位": [f.as_dict() for f in units.units],
    }


def due_items(actor: Actor, today: dt.date, horizon: dt.date) -> list[dashboard.DueItem]:
    """工作台: tasks due by the horizon (or 临期 by the 督查 lights: soon_until) or overdue,
    reports due or missing, items not yet split,
    items whose tasks are all done but not 办结 by their 时限 (its light's words and colour);
    only the items the actor may see."""
    out: list[dashboard.DueItem] = []
    # 剩余 told in the days 督查 counts its 时限 in (core.due_soon), as its own list tells it
    working = bool(settings.get(WORKING_DAYS.key))
    # a 时限 its lights call 临期 (their own days and kind of day) is listed too, whatever the
    # office's 临期提醒: a task yellow in the 督查 list and chased by 催办 is on the 工作台
    until = max(horizon, soon_until(today))
    with guarded("查询"):
        query = _visible(
            SupervisionTask.select(SupervisionTask, SupervisionItem)
            .join(SupervisionItem)
            .where(
                (SupervisionTask.status == TASK_OPEN)
                & SupervisionItem.status.not_in(DONE_STATUSES)
                & counted("supervision", SupervisionItem)  # a voided item's tasks: no one's work
                & (
                    (SupervisionTask.deadline <= until)
                    | (SupervisionTask.next_report_due <= horizon)
                )
            ),
            actor,
        )
        tasks = list(query)
        # a 时限 typed by a clerk is a date, never 暂按; one counted into a year not entered is
        counted_tasks = shown_deadlines.provisional_tasks(tasks)
        for task in tasks:
            title = f"{task.item.number} {task.item.title}".strip()
            if task.deadline <= until:
                light = task_light(task, today)
                out.append(
                    dashboard.DueItem(
                        SPEC.name,
                        SPEC.label,
                        task.item.id,
                        title,
                        text("办理时限 ●%1灯", light.colour),
                        task.deadline,
                        task.lead_unit,
                        mark=light.hex,
                        working=working,
                        counted=task.id in counted_tasks,
                    )
                )
            due = task.next_report_due
            if due is not None and due <= horizon and due < task.deadline:
                what = "未按期反馈" if due < today else "进展反馈"
                out.append(
                    dashboard.DueItem(
                        SPEC.name, SPEC.label, task.item.id, title, what, due, task.lead_unit,
                        working=working,
                    )
                )
        pending = _visible(
            SupervisionItem.select().where(
                (SupervisionItem.status == PENDING) & (SupervisionItem.deadline <= until)
            ),
            actor,
        )
        pending = list(pending)
        counted_items = shown_deadlines.provisional_items(pending)
        for item in pending:  # no task yet: its own 时限's light, as the list shows it
            out.append(dashboard.DueItem(SPEC.name, SPEC.label, item.id, f"{item.number} {item.title}",
                                         "分解交办", item.deadline, "",
                                         mark=item_light(item, [], today).hex, working=working,
                                         counted=item.id in counted_items))
        open_task = SupervisionTask.select().where(
            (SupervisionTask.item == SupervisionItem.id) & (SupervisionTask.status == TASK_OPEN))
        any_task = SupervisionTask.select().where(SupervisionTask.item == SupervisionItem.id)
        tasks_done = _visible(
            SupervisionItem.select().where(
                (SupervisionItem.status == OPEN) & (SupervisionItem.deadline <= until)
                & peewee.fn.EXISTS(any_task) & ~peewee.fn.EXISTS(open_task)
            ),
            actor,
        )
        tasks_done = list(tasks_done)
        counted_items = shown_deadlines.provisional_items(tasks_done)
        for item in tasks_done:  # what is left is the item's own 办结
            light = item_light(item, today=today)
            out.append(dashboard.DueItem(SPEC.name, SPEC.label, item.id,
                                         f"{item.number} {item.title}", light.reason,
                                         item.deadline, "", mark=light.hex, working=working,
                                         counted=item.id in counted_items))
    return out


dashboard.register_provider(due_items)
stats.register("supervision", year_figures)
