"""Warning lights (预警灯) of tasks and items: local rules, so the scheme and the thresholds are
settings. Three levels — normal, warning, alert — plus done; each scheme gives them colours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from officedesk.core import clock, settings, workdays
from officedesk.core.i18n import Text, text
from officedesk.core.lifecycle import VOIDED
from officedesk.core.rates import half_up
from officedesk.core.supervision import in_force
from officedesk.core.supervision.items import DONE_STATUSES, WORKING_DAYS
from officedesk.store.supervision import SupervisionItem, SupervisionTask

NORMAL, WARN, ALERT, DONE = "normal", "warn", "alert", "done"
RANK = {DONE: 0, NORMAL: 1, WARN: 2, ALERT: 3}

# colour name -> RGB hex, the same in the lists, on the 工作台 and in print
COLOURS = {
    "绿": "#2e7d32",
    "黄": "#f2b705",
    "红": "#c62828",
    "蓝": "#1565c0",
    "橙": "#ef6c00",
    "灰": "#9e9e9e",
}
SCHEMES = {
    "红黄绿": {NORMAL: "绿", WARN: "黄", ALERT: "红"},
    "蓝黄红": {NORMAL: "蓝", WARN: "黄", ALERT: "红"},
    "蓝橙红": {NORMAL: "蓝", WARN: "橙", ALERT: "红"},
}

SCHEME = settings.declare(
    "supervision.light.scheme",
    str,
    "红黄绿",
    "督查预警灯配色",
    "督查",
    choices=tuple(SCHEMES),
    help="正常／预警／告警 三级灯各用什么颜色。",
)
# the one 临期 rule: the lights turn yellow and 催办 chases a task this near its 时限
DUE_DAYS = settings.declare(
    "supervision.light.due_days",
    int,
    5,
    "距时限几天内亮预警灯",
    "督查",
    help="临期的天数：距时限这么多天以内的任务亮预警灯，并列入催办。督查时限按工作日计算时按工作日数。",
    maximum=365,
)
LAG_WARN = settings.declare(
    "supervision.light.lag_warn",
    int,
    10,
    "进度滞后多少个百分点亮预警灯",
    "督查",
    help="按交办日期到时限的时间进度计算应完成的百分比，与反馈的进度比较。"
         "督查时限按工作日计算时按工作日数，节假日不计入时间进度。",
    maximum=100,
)
LAG_ALERT = settings.declare(
    "supervision.light.lag_alert", int, 30, "进度滞后多少个百分点亮告警灯", "督查", maximum=100
)


@settings.between(LAG_WARN.key, LAG_ALERT.key)
def _alert_above_warning(warn: int, alert: int) -> str | None:
    """告警 (red) is the graver light: it needs more lag than 预警 (yellow)."""
    if alert > warn:
        return None
    return (f"“{LAG_ALERT.label}”（{alert}）须大于“{LAG_WARN.label}”（{warn}）：进度滞后更多"
            "才亮告警灯。请调大告警的百分点，或调小预警的百分点。")


@dataclass(frozen=True)
class Light:
    level: str  # normal / warn / alert / done
    colour: str  # 绿 / 黄 / 红 / 蓝 / 橙 / 灰
    reason: str  # 逾期 3 天、进度滞后 25 个百分点、剩 2 天、反馈逾期 …

    @property
    def hex(self) -> str:
        return COLOURS[self.colour]

    @property
    def text(self) -> str:
        """“● 红 逾期 3 天” for a list cell."""
        if not self.reason:
            return text("● %1灯", self.colour)
        return text("● %1灯 %2", self.colour, self.reason)


def colour_of(level: str) -> str:
    if level == DONE:
        return "灰"
    scheme = SCHEMES.get(str(settings.get(SCHEME.key)), SCHEMES["红黄绿"])
    return scheme[level]


def make(level: str, reason: str) -> Light:
    return Light(level, colour_of(level), reason)


def expected_progress(assigned_on: dt.date, deadline: dt.date, today: dt.date) -> Fraction:
    """The share of the time from 交办 to 时限 already gone, in percent (0–100), exact: the
    lights compare it with the thresholds unrounded (59 days of 200 are 29.5 points, not yet
    the 30 of a red light; round() made them 30). Counted in the 时限's own kind of day: when
    the 督查 时限 count working days (supervision.working_days), the working days gone over the
    working days of the limit (the holiday table's: 国庆 and 春节 rest days add nothing, a 调休
    Saturday is a day's work); else calendar days."""
    if today >= deadline:
        return Fraction(100)
    if today <= assigned_on:
        return Fraction(0)
    if working():
        span = workdays.working_days_between(assigned_on, deadline)
        gone = workdays.working_days_between(assigned_on, today) if span > 0 else 0
    else:
        span, gone = (deadline - assigned_on).days, (today - assigned_on).days
    if span <= 0:
        return Fraction(0)
    return max(Fraction(0), min(Fraction(100), Fraction(gone * 100, span)))


def working() -> bool:
    """Whether the 督查 时限 count working days (supervision.working_days)."""
    return bool(settings.get(WORKING_DAYS.key))


def days_left(deadline: dt.date, today: dt.date) -> int:
    """剩 N 天: days from today to the 时限 (0 on the day), in working days when the 督查
    时限 count working days (supervision.working_days), else in calendar days."""
    return workdays.days_left(deadline, today, working())


def days_overdue(deadline: dt.date, today: dt.date) -> int:
    """逾期 N 天, counted as 剩 is: working days after the 时限 up to today when the 督查 时限
    count working days (a rest day just after it is already 1), else calendar days."""
    if not working():
        return (today - deadline).days
    return max(1, workdays.working_days_between(deadline, today))


def count_note(first: dt.date, last: dt.date) -> str:
    """“（暂按：…）” when the days between are counted as working days and reach into a year
    whose holidays are not entered yet (DOMAIN §5: say so); "" otherwise."""
    return workdays.count_mark(first, last) if working() else ""


def counted(reason: str, first: dt.date, last: dt.date) -> str:
    """A reason that says a count of days, with its count_note."""
    note = count_note(first, last)
    return text("%1%2", reason, note) if note else reason


def due_soon(deadline: dt.date, today: dt.date) -> bool:
    """临期 — the one rule of the lights, of 催办 and of the 工作台's 督查 rows: due today or
    within DUE_DAYS."""
    return today <= deadline <= soon_until(today)


def soon_until(today: dt.date) -> dt.date:
    """The last 时限 that is 临期 today: DUE_DAYS on, in working days the day before the working
    day after them (a 时限 on a rest day just after the last one counted is 剩 DUE_DAYS 天 too)."""
    days = int(settings.get(DUE_DAYS.key))
    if not working():
        return today + dt.timedelta(days=days)
    return workdays.add_working_days(today, days + 1) - dt.timedelta(days=1)


def due_words(deadline: dt.date, today: dt.date) -> str:
    """A 时限 not yet passed, in words: 今日到期 on its day, else 剩 N 天; a 时限 on a rest day
    with no working day before it (working days counted: Friday, due Sunday) is named by its
    date — it is not due today."""
    if deadline == today:
        return "今日到期"
    left = days_left(deadline, today)
    if left <= 0:
        return text("%1 到期", deadline.isoformat())
    return counted(text("剩 %1 天", left), today, deadline)


def lag(task: SupervisionTask, today: dt.date) -> Fraction:
    """How many points the task's 进度 is behind the time gone (negative: ahead), exact."""
    return expected_progress(task.assigned_on, task.deadline, today) - (task.progress or 0)


def lag_text(behind: Fraction) -> Text:
    """“进度滞后 29.5 个百分点”: the lag 四舍五入 to one decimal (core.rates), as it is said."""
    return text("进度滞后 %1 个百分点", f"{half_up(behind):g}")


def lags_alert(task: SupervisionTask, today: dt.date) -> bool:
    """Red for its lag (进度滞后 at least the 告警 points)."""
    return lag(task, today) >= int(settings.get(LAG_ALERT.key))


def task_light(task: SupervisionTask, today: dt.date | None = None) -> Light:
    today = today or clock.today()
    if task.status == "已办结":
        return make(DONE, "逾期办结" if done_late(task) else "按期办结")
    if task.deadline < today:
        return make(ALERT, counted(text("逾期 %1 天", days_overdue(task.deadline, today)),
                                   task.deadline, today))
    behind = lag(task, today)
    if behind >= int(settings.get(LAG_ALERT.key)):  # lags_alert, counted once
        return make(ALERT, lag_text(behind))
    reasons: list[str] = []
    if due_soon(task.deadline, today):
        reasons.append(due_words(task.deadline, today))
    if behind >= int(settings.get(LAG_WARN.key)):
        reasons.append(lag_text(behind))
    if task.next_report_due is not None and task.next_report_due < today:
        reasons.append(counted(text("反馈逾期 %1 天", days_overdue(task.next_report_due, today)),
                               task.next_report_due, today))
    if reasons:
        joined = reasons[0]
        for reason in reasons[1:]:
            joined = text("%1，%2", joined, reason)
        return make(WARN, joined)
    return make(NORMAL, counted(text("剩 %1 天", days_left(task.deadline, today)), today, task.deadline))


def done_late(task: SupervisionTask) -> bool:
    """A done task was late by the 时限 in force on its 办结日期 (in_force.done_late, as the 通报
    and its 任务办结 entry judge it): a 延期 granted after it was done makes it no less late. Its
    item's 延期 are read only when its 时限 now would call it on time."""
    if task.done_on is None:
        return False
    if task.done_on > task.deadline:  # a 延期 only ever moves a 时限 later
        return True
    return in_force.done_late(task, in_force.extensions([task.__data__["item"]]))


def item_light(
    item: SupervisionItem,
    tasks: Iterable[SupervisionTask] | None = None,
    today: dt.date | None = None,
) -> Light:
    """The item's light: the worst of its open tasks; without tasks, its own 时限. Done or
    voided (已作废: it was registered by mistake), a grey one saying so."""
    today = today or clock.today()
    if item.status in DONE_STATUSES or item.status == VOIDED:  # a voided one counts nowhere
        return make(DONE, item.status)
    if tasks is None:
        tasks = SupervisionTask.select().where(SupervisionTask.item == item.id)
    given = list(tasks)
    # a done task's light is not needed here (nor its 延期 read): only the open ones count
    open_lights = [task_light(t, today) for t in given if t.status != "已办结"]
    if open_lights:
        worst = max(open_lights, key=lambda light: RANK[light.level])
        count = sum(1 for light in open_lights if light.level == worst.level)
        if count > 1 and worst.level != NORMAL:
            return make(worst.level, text("%1（%2 项）", worst.reason, count))
        return make(worst.level, worst.reason)
    if given:
        if item.deadline < today:
            return make(ALERT, counted(
                text("任务均已办结，事项逾期 %1 天未办结", days_overdue(item.deadline, today)),
                item.deadline, today))
        return make(NORMAL, "任务均已办结，待事项办结")
    if item.deadline < today:
        return make(ALERT, counted(text("逾期 %1 天，未交办", days_overdue(item.deadline, today)),
                                   item.deadline, today))
    if due_soon(item.deadline, today):
        return make(WARN, counted(text("剩 %1 天，未交办", days_left(item.deadline, today)),
                                  today, item.deadline))
    return make(NORMAL, "待交办")


def item_lights(items: Iterable[SupervisionItem], today: dt.date | None = None) -> dict[int, Light]:
    """Lights of many items with one query for their tasks (the list's visible rows)."""
    items = list(items)
    by_item: dict[int, list[SupervisionTask]] = {i.id: [] for i in items}
    if items:
        for task in SupervisionTask.select().where(SupervisionTask.item.in_(list(by_item))):
            by_item[task.item_id].append(task)
    return {i.id: item_light(i, by_item[i.id], today) for i in items}
