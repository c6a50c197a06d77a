"""The 工作台: what is due today, due soon and overdue across the registries.

Each registry registers a provider; the dashboard asks them all for the logged-in user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from officedesk.core import clock
from officedesk.core.actor import Actor
from officedesk.core.i18n import Text, text

if TYPE_CHECKING:
    from officedesk.core.registry import RegistrySpec

OVERDUE = "overdue"
TODAY = "today"
SOON = "soon"
# a month's meetings or 发文 over their "三多" target: no deadline to meet or miss, a limit passed
OVER = "over"
STATE_LABELS = {OVERDUE: "已逾期", TODAY: "今日到期", SOON: "即将到期", OVER: "已超标"}


@dataclass(frozen=True)
class DueItem:
    registry: str  # "incoming", "meetings", "supervision", "petitions", …
    registry_label: str  # "收文"
    record_id: int
    title: str
    what: str  # the step that is due: "承办时限", "反馈", "答复" …
    due: dt.date
    responsible: str = ""  # unit or person
    mark: str = ""  # a registry's own warning colour (RGB hex, e.g. a 督查 light) for the 待办 cell
    # a limit to the minute (a sudden event's written report): overdue once it has passed,
    # not only the day after
    due_at: dt.datetime | None = None
    # how its days are counted (core.due_soon): True working days (a 收文's), None as the office
    # counts its 期限
    working: bool | None = None
    # a limit already passed that is no deadline (a "三多" month over target, its `due` the
    # month's last day): 已超标, with no time left or late to tell
    over: bool = False
    # False: a date typed by a clerk (a 交办's 回报期限), not counted: never 暂按
    counted: bool = True

    def state(self, today: dt.date, now: dt.datetime | None = None) -> str:
        if self.over:
            return OVER
        if self.late_by(today, now) is not None:
            return OVERDUE
        if self.due < today:
            return OVERDUE
        return TODAY if self.due == today else SOON

    def late_by(self, today: dt.date, now: dt.datetime | None = None) -> dt.timedelta | None:
        """How long a limit to the minute has passed (None: not passed, or a day's limit)."""
        if self.due_at is None:
            return None
        moment = now or clock.now()
        if moment.date() != today:  # asked about another day: its end
            moment = dt.datetime.combine(today, dt.time.max)
        return moment - self.due_at if moment > self.due_at else None

    def days_left(self, today: dt.date) -> int:
        """Days left as its limit counts them (core.due_soon)."""
        from officedesk.core import due_soon

        return due_soon.days_left(self.due, today, self.working)

    def left_text(self, today: dt.date, now: dt.datetime | None = None) -> str:
        """What is left: a limit to the minute in hours and minutes (剩 40 分钟, 已超 2 小时
        15 分钟), a day's limit in days (3 天, 0 天 today, 逾期 2 天; 3 个工作日 when the office
        counts working days); “—” for a limit passed that is no deadline (`over`)."""
        if self.over:
            return "—"
        if self.due_at is not None:
            moment = now or clock.now()
            if moment.date() != today:  # asked about another day: its end
                moment = dt.datetime.combine(today, dt.time.max)
            return time_left(self.due_at, moment)
        from officedesk.core import due_soon

        return due_soon.left_words(self.days_left(today), self.working)

    @property
    def provisional(self) -> bool:
        """A count due in a year whose holidays are not known yet: shown 暂按."""
        from officedesk.core import workdays

        return self.counted and workdays.provisional(self.due)


def span(delta: dt.timedelta, late: bool = False) -> Text:
    """A time in whole minutes — left rounded down, late rounded up (seconds late are 1 分钟,
    never 0) —: 35 分钟, 2 小时 15 分钟, a day or more 1 天 3 小时."""
    seconds = delta.total_seconds()
    minutes = max(int(-(-seconds // 60) if late else seconds // 60), 0)
    days, hours, rest = minutes // 1440, minutes % 1440 // 60, minutes % 60
    if days:
        return text("%1 天 %2 小时", days, hours)
    if hours:
        return text("%1 小时 %2 分钟", hours, rest)
    return text("%1 分钟", rest)


def time_left(due_at: dt.datetime, now: dt.datetime) -> Text:
    """A limit to the minute as it stands at `now`: 剩 40 分钟, or 已超 2 小时 15 分钟."""
    if now > due_at:
        return text("已超 %1", span(now - due_at, late=True))
    return text("剩 %1", span(due_at - now))


def urgency(due: dt.date | None, due_at: dt.datetime | None) -> tuple[int, dt.datetime]:
    """The order of what is to be done: limits to the minute (a 突发事件's report, due within
    hours) first, the longest overdue, then the least time left; then the limits by the day,
    the earliest first."""
    if due_at is not None:
        return 0, due_at
    return 1, dt.datetime.combine(due or dt.date.max, dt.time.min)


def calendar_notice(actor: Actor, today: dt.date | None = None) -> str:
    """For the administrator (start-up and the 工作台): a year's holidays still to enter."""
    from officedesk.core import workdays
    from officedesk.core.actor import ROLE_ADMIN

    if actor.role != ROLE_ADMIN:
        return ""
    return workdays.calendar_notice(today or clock.today())


Provider = Callable[[Actor, dt.date, dt.date], list[DueItem]]  # (actor, today, horizon)
_providers: list[Provider] = []


def register_provider(provider: Provider) -> Provider:
    if provider not in _providers:
        _providers.append(provider)
    return provider


# a provider lists at most this many of one registry's due records, the earliest first: the 工作台
# is a list to act on, and an imported 台账 of a million open records must not take minutes
SHOWN_PER_REGISTRY = 500


def due_items(actor: Actor, today: dt.date | None = None) -> list[DueItem]:
    """Everything due up to the horizon (core.due_soon: today + the 临期提醒 days), overdue
    first."""
    from officedesk.core import due_soon, registry

    registry.load_all()
    today = today or clock.today()
    horizon = due_soon.horizon(today)  # 临期提醒 days, counted as the office counts its 期限
    items: list[DueItem] = []
    for provider in _providers:
        items.extend(provider(actor, today, horizon))
    items = visible_only(actor, items)
    # a limit passed that is no deadline (三多): after what is overdue, before what is due today
    return sorted(items, key=lambda item: (urgency(today if item.over else item.due, item.due_at),
                                           item.registry, item.record_id))


def counts(items: Iterable[DueItem], today: dt.date) -> dict[str, int]:
    """The 工作台's summary (已逾期 N 件，今日到期 N 件，即将到期 N 件; 另有 N 项超过“三多”): the
    items listed, by their state today."""
    found = dict.fromkeys((OVERDUE, TODAY, SOON, OVER), 0)
    for item in items:
        found[item.state(today)] += 1
    return found


def cut_short(items: Iterable[DueItem]) -> bool:
    """Whether a registry listed only its earliest SHOWN_PER_REGISTRY: the counts are at least."""
    per_registry: dict[str, int] = {}
    for item in items:
        per_registry[item.registry] = per_registry.get(item.registry, 0) + 1
    return any(count >= SHOWN_PER_REGISTRY for count in per_registry.values())


def visible_only(actor: Actor, items: list[DueItem]) -> list[DueItem]:
    """Drop what lies above the actor's clearance, whatever a provider returned (保密: the
    工作台 shows titles). A provider that lists only the earliest (SHOWN_PER_REGISTRY) picks
    them among what the actor may see, or a clerk's own would give way to classified ones."""
    from officedesk.core import registry
    from officedesk.core.errors import ValidationError

    wanted: dict[str, set[int]] = {}
    for item in items:
        wanted.setdefault(item.registry, set()).add(item.record_id)
    allowed: dict[str, set[int]] = {}
    for name, ids in wanted.items():
        try:
            spec = registry.get(name)
        except ValidationError:  # not a registry: nothing classified in it
            allowed[name] = ids
            continue
        allowed[name] = visible_ids(spec, actor, ids)
    return [item for item in items if item.record_id in allowed.get(item.registry, set())]


def visible_ids(spec: RegistrySpec, actor: Actor, ids: Iterable[int]) -> set[int]:
    """Those of the records `ids` the actor may see: his clearance reaches them, and they are not
    withheld from him (a 效能投诉 from whom it complains of, even an administrator)."""
    from officedesk.core import records

    if (spec.level_field is None or actor.clearance >= 3) and spec.withheld_where is None:
        return set(ids)
    chunked = sorted(ids)
    seen: set[int] = set()
    for start in range(0, len(chunked), 500):
        chunk = chunked[start : start + 500]
        seen.update(records.list_ids(spec, actor, [records.Filter("id", "in", chunk)]))
    return seen


def titled(spec: Any, record: Any) -> str:
    """The 事项 a list names the record by: its number (收文编号, 督查编号 …) and title, as the
    全办待办概况 names it (a clerk finds it in the register by its number); a record not
    numbered yet (a draft) by its title."""
    number = str(getattr(record, spec.number_field, "") or "") if spec.number_field else ""
    return f"{number} {getattr(record, spec.title_field, '') or ''}".strip()
