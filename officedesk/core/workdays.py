"""Working days: China's public holidays and 调休 make-up days (chinesecalendar), overridden by
the administrator's table for years the package does not know. Every deadline uses this."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import peewee

from officedesk.core import audit, clock, i18n, menu_paths, settings
from officedesk.core.actor import Actor, require_admin
from officedesk.core.errors import NotFoundError, ValidationError
from officedesk.core.i18n import Text, text
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import calendar_lock, guarded, outer_transaction, write_transaction
from officedesk.store.models import AppSetting, CalendarOverride


@lru_cache(maxsize=1)
def _package():  # costly-ish import, and absent years raise: load on first use
    import chinese_calendar

    return chinese_calendar


_overrides: dict[dt.date, bool] | None = None
# answers already worked out (a batch import asks for the same few hundred days 100,000 times);
# emptied with the overrides they depend on
_workday: dict[dt.date, bool] = {}
_added: dict[tuple[dt.date, int, bool], dt.date] = {}
log = logging.getLogger(__name__)
PROVISIONAL = "暂按"  # a deadline in a year whose holidays are not known yet
MARK = f"（{PROVISIONAL}）"  # after such a deadline's date (the interface translates it apart)
# the statutory holidays fixed by date (《全国年节及纪念日放假办法》, from 2025): 元旦 1月1日, 劳动节
# 5月1日–2日, 国庆节 10月1日–3日 — rest days in every year, its table entered or not; the lunar ones
# (春节, 清明, 端午, 中秋) and every 调休 come only with the State Council's table
FIXED_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})


def _override_table() -> dict[dt.date, bool]:
    global _overrides
    if _overrides is None:
        try:
            _overrides = {row.day: row.is_workday for row in CalendarOverride.select()}
        except (peewee.OperationalError, peewee.InterfaceError, AttributeError):
            return {}  # no database open: the package alone
    return _overrides


def forget_overrides() -> None:
    """Call after the administrator edits the table (or another database is opened)."""
    global _read_in
    _read_in = None
    _forget()


def _forget() -> None:
    global _overrides
    _overrides = None
    _workday.clear()
    _added.clear()


# the transaction whose rules were read as committed (as_committed), held to tell it from the next
_read_in: object | None = None


def as_committed() -> None:
    """Inside a transaction, the first question about the rules a deadline is counted by (the
    holiday table, the settings) reads them as committed now, holding the shared rules lock
    (store.db.calendar_lock) until the transaction ends: a holiday or day-kind change still
    running is waited for and counted in, and one that starts later waits for this write to
    commit and then recomputes what it stored. The one place a write reads the calendar; what
    was cached before (another transaction, another program's change) is read again."""
    global _read_in
    transaction = outer_transaction()
    if transaction is None or transaction is _read_in:
        return
    _read_in = transaction
    if calendar_lock(exclusive=False):  # SQLite: its write lock keeps the rules still already
        from officedesk.core import settings

        _forget()
        settings.forget_cache()


def changing_rules() -> None:
    """A change of the rules that recomputes the stored deadlines, at the start of its
    transaction: the writes counting deadlines meanwhile commit first, or wait for it."""
    calendar_lock(exclusive=True)


def is_workday(day: dt.date) -> bool:
    as_committed()
    known = _workday.get(day)
    if known is not None:
        return known
    override = _override_table().get(day)
    if override is not None:
        answer = override
    else:
        try:
            answer = bool(_package().is_workday(day))
        except NotImplementedError:  # a year the package does not cover: weekdays, less the
            # holidays fixed by date (暂按: the year's 调休 are the State Council's, not known yet)
            answer = day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS
    if _overrides is not None:  # remembered only once the overrides were read
        _workday[day] = answer
    return answer


@lru_cache(maxsize=64)  # the package's table is fixed; a list asks it for every deadline it shows
def known_year(year: int) -> bool:
    try:
        _package().is_workday(dt.date(year, 6, 1))
        return True
    except NotImplementedError:
        return False


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date `days` working days after `start` (the start day itself not counted)."""
    day, step, left = start, (1 if days >= 0 else -1), abs(days)
    while left:
        day += dt.timedelta(days=step)
        if is_workday(day):
            left -= 1
    return day


def add_days(start: dt.date, days: int, working: bool) -> dt.date:
    """start + days, in working days or in calendar days; a calendar-day period whose last day
    is a rest day or a public holiday ends on the next working day."""
    as_committed()
    key = (start, days, working)
    known = _added.get(key)
    if known is not None:
        return known
    if working:
        day = add_working_days(start, days)
    else:
        day = start + dt.timedelta(days=days)
        while days > 0 and not is_workday(day):
            day += dt.timedelta(days=1)
    if _overrides is not None and len(_added) < 100_000:
        _added[key] = day
    return day


# Years whose whole arrangement the administrator has entered and said so: a day or two typed
# (a 调休 Saturday) is not the year's table, and its other holidays are still unknown
ENTERED_YEARS = settings.declare(
    "calendar.entered_years", str, "", "已全部录入节假日安排的年份", "期限",
    help="内置节假日表没有的年份，管理员在“" + menu_paths.HOLIDAYS + "”中录入该年全部放假和调休后标记为已录入"
         "（如 2027）；未标记的年份，期限标“暂按”。",
    blank="如 2027；多个年份用、隔开")


def _years_in(text: Any) -> list[int]:
    return [int(item) for item in settings.list_items(text)]


@settings.check(ENTERED_YEARS.key)
def _check_years(value: Any) -> str | None:
    """Only a year whose 放假 days are entered is marked (the setting typed in 系统设置, or a
    value read back, as `mark_entered`)."""
    for item in settings.list_items(value):
        if not (item.isascii() and item.isdigit() and FIRST_YEAR <= int(item) <= LAST_YEAR):
            return f"“{item}”不是 {FIRST_YEAR}—{LAST_YEAR} 之间的年份（如 2027，多个用、隔开）。"
        if not known_year(int(item)) and not _rest_days_entered(int(item)):
            return _nothing_entered(int(item))
    return None


def _rest_days_entered(year: int) -> bool:
    """The table holds a 放假 day of `year` (read from the table: inside a change's transaction
    too)."""
    try:
        return CalendarOverride.select().where(
            (CalendarOverride.day >= dt.date(year, 1, 1)) & (CalendarOverride.day <= dt.date(year, 12, 31))
            & (CalendarOverride.is_workday == False)).exists()  # noqa: E712 - SQL, not Python
    except (peewee.OperationalError, peewee.InterfaceError, AttributeError):
        return False  # no database open


def _nothing_entered(year: int) -> str:
    return (f"{year} 年还没有录入任何放假日。请先按国务院办公厅的通知录入该年全部放假和调休上班的日子，"
            "再标记为已全部录入。")


def _marked_years() -> set[int]:
    """The years the stored mark names, whatever its check says of them now (`entered_years`
    reads it through the check, which refuses a year left without a 放假 day and reads nothing):
    what taking a mark off works on."""
    row = AppSetting.get_or_none(AppSetting.key == ENTERED_YEARS.key)
    try:
        items = settings.list_items(json.loads(row.value)) if row is not None else []
    except ValueError:
        return set()
    return {int(item) for item in items if item.isascii() and item.isdigit()}


def _put_marked(years: set[int], actor: Actor) -> None:
    """Store the mark as `years`, less any it names that its check would refuse now (left over
    an empty year): they were never honoured, and the whole value would be refused with them."""
    kept = (y for y in years if FIRST_YEAR <= y <= LAST_YEAR and (known_year(y) or _rest_days_entered(y)))
    settings.put(ENTERED_YEARS.key, "、".join(str(y) for y in sorted(kept)), actor)


def _unmark_when_bare(year: int, actor: Actor) -> None:
    """In a change's transaction: a year left without a 放假 day is no longer marked entered
    whole (its deadlines are 暂按 again), audited as a settings change. Read as stored: the
    check already refuses the year by now."""
    years = _marked_years()
    if year in years and not _rest_days_entered(year):
        _put_marked(years - {year}, actor)


def entered_years() -> set[int]:
    """The years the administrator marked as entered whole."""
    return set(_years_in(settings.get(ENTERED_YEARS.key)))


def holidays_known(year: int) -> bool:
    """The year's holidays are known: from the package, or entered whole by the administrator
    (the days entered, and the year marked so: mark_entered)."""
    as_committed()
    return known_year(year) or year in entered_years()


def mark_entered(year: int, entered: bool, actor: Actor) -> bool:
    """The administrator says the year's arrangement is entered whole (its deadlines lose 暂按),
    or not yet (they are 暂按 again). No day moves: the days entered count either way. False:
    the year was marked so already."""
    require_admin(actor, "节假日调整")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(i18n.text("%1 不是 %2—%3 之间的年份，请检查。",
                                        year, FIRST_YEAR, LAST_YEAR), "year")
    if entered and known_year(year):
        raise ValidationError(i18n.text("%1 年的节假日安排内置表已有，无需标记。", year), "year")
    if entered and not _rest_days_entered(year):
        raise ValidationError(_nothing_entered(year), "year")
    with write_transaction():
        years = _marked_years()  # as stored: a mark its check refuses now is still taken off
        if (year in years) == entered:
            return False
        _put_marked(years | {year} if entered else years - {year}, actor)
    return True


def provisional(day: dt.date | None) -> bool:
    """A deadline in a year whose holidays are not known: counted on weekdays alone, 暂按."""
    return day is not None and not holidays_known(day.year)


def mark(day: dt.date | None) -> str:
    """“（暂按）” after a provisional deadline, "" otherwise: lists, prints and the 工作台."""
    return MARK if provisional(day) else ""


def shown(day: dt.date | None) -> Text:
    """A counted deadline as text: “2027-01-29（暂按）” in a year whose holidays are not known
    yet (DOMAIN §5), the mark translated apart by the interface (a core.i18n Text): every step's
    时限 (`steps`, the step window) shows its date through this, as the lists and prints do."""
    return text("%1%2", day.isoformat() if day else "", mark(day))


def count_provisional(first: dt.date | None, last: dt.date | None) -> bool:
    """A count of working days between two days reaches into a year whose holidays are not
    known yet: it is 暂按 (the State Council's table for that year is not entered yet)."""
    if first is None or last is None:
        return False
    low, high = min(first, last), max(first, last)
    return any(not holidays_known(year) for year in range(low.year, high.year + 1))


COUNT_NOTE = "（暂按：该年国务院节假日安排尚未录入）"


def count_mark(first: dt.date | None, last: dt.date | None) -> str:
    """“（暂按：…）” after a working-day count that reaches into a year whose holidays are not
    known yet (translated apart by the interface, as `mark`), "" otherwise."""
    return COUNT_NOTE if count_provisional(first, last) else ""


def unknown_years(today: dt.date) -> list[int]:
    """This year and next, those whose holidays are not known yet."""
    return [year for year in (today.year, today.year + 1) if not holidays_known(year)]


def calendar_notice(today: dt.date) -> str:
    """What the administrator is told at start-up and on the 工作台 ("" when all is known)."""
    years = unknown_years(today)
    if not years:
        return ""
    return text(  # translated by the interface (core.i18n)
        "%1 年的法定节假日和调休安排尚未全部录入，落在该年的期限暂按周末及元旦、劳动节、国庆节的固定假日计算，标“%2”。"
        "国务院办公厅公布后，请管理员在“%3”中录入该年全部放假和调休上班的日子，"
        "再标记为已全部录入，期限将自动重算。",
        "、".join(str(y) for y in years),
        PROVISIONAL,
        menu_paths.HOLIDAYS,
    )


# Registries whose stored deadlines count days: called after the holiday table changes.
Recomputer = Callable[[int, Any], int]  # (year, actor) -> records changed
_recomputers: list[Recomputer] = []


def register_recomputer(fn: Recomputer) -> Recomputer:
    if fn not in _recomputers:
        _recomputers.append(fn)
    return fn


def recompute(year: int, actor: Any = None) -> int:
    """Recompute the deadlines that count days through `year` (after its holidays were
    entered or changed); returns how many records changed."""
    from officedesk.core import registry
    from officedesk.core.actor import Actor

    registry.load_all()
    actor = actor or Actor("system", "admin", 3, display_name="系统（节假日重算）")
    changed = 0
    for fn in _recomputers:
        changed += fn(year, actor)
    if changed:
        log.info("recomputed %s deadlines after the %s holidays changed", changed, year)
    return changed


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (negative when end is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    return sum(1 for n in range(1, (end - start).days + 1) if is_workday(start + dt.timedelta(days=n)))


def days_left(due: dt.date, today: dt.date, working: bool = False) -> int:
    """Days remaining until `due` (0 on the day, negative when overdue)."""
    return working_days_between(today, due) if working else (due - today).days


@dataclass(frozen=True)
class Override:
    """One day of the administrator's table."""

    day: dt.date
    is_workday: bool
    note: str

    @property
    def kind(self) -> str:
        return WORK_LABEL if self.is_workday else REST_LABEL

    @property
    def described(self) -> str:
        """“放假（国庆节）”, as the audit and the command line name it."""
        return _describe(self.day, self.is_workday, self.note)


REST_LABEL = "放假"
WORK_LABEL = "上班（调休）"
NOTE_LIMIT = 100  # the column's width
FIRST_YEAR, LAST_YEAR = 2000, 2099  # a day outside is a typing slip, not a holiday


def overrides() -> list[Override]:
    """The administrator's table, by day (the window's 节假日调整 and `officedesk holidays`)."""
    return [Override(row.day, bool(row.is_workday), row.note)
            for row in CalendarOverride.select().order_by(CalendarOverride.day)]


def _describe(day: dt.date, is_work: bool, note: str) -> str:
    """“放假（国庆节）”; a note the kind already says (“调休” of 上班（调休）) is not said twice."""
    kind = Override(day, is_work, note).kind
    said = (kind, kind.split("（")[0], *(part.rstrip("）") for part in kind.split("（")[1:]))
    return f"{kind}（{note}）" if note and note not in said else kind


@dataclass(frozen=True)
class OverrideChange:
    """What setting a day did: the deadlines recounted, and the day's entry it took the place of
    (None for a new day), so the window and the command line both say what was lost."""

    recounted: int
    replaced: Override | None


def _tidy(note: str) -> str:
    return " ".join(note.split())


def replaced_by(day: dt.date, is_work: bool | None, note: str) -> Override | None:
    """The day's entry that setting it to (is_work, note) would replace: None when the day has
    none, or already says the same (nothing would change), or no kind is chosen (change_override
    asks for it). The window asks before replacing."""
    if is_work is None:
        return None
    row = CalendarOverride.get_or_none(CalendarOverride.day == day)
    if row is None or (bool(row.is_workday) == is_work and row.note == _tidy(note)):
        return None
    return Override(row.day, bool(row.is_workday), row.note)


def set_override(day: dt.date, is_work: bool, note: str, actor: Actor) -> int:
    """change_override, for callers that want only the number of records recounted."""
    return change_override(day, is_work, note, actor).recounted


def change_override(day: dt.date, is_work: bool | None, note: str, actor: Actor) -> OverrideChange:
    """Mark one day as a holiday or a working day (调休), for the administrator only and
    audited like a setting: it moves every deadline that counts working days through its year,
    which are recomputed and signed by the same administrator. A day already in the table is
    replaced, and the entry replaced is returned (read in the same transaction as the write)."""
    require_admin(actor, "节假日调整")
    if is_work is None:  # the window opens on 请选择: a day is not made a holiday unasked
        raise ValidationError(i18n.text("请选择“%1”：%2。", "类型", (REST_LABEL, WORK_LABEL)), "kind")
    note = _tidy(note)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(i18n.text("日期 %1 不在 %2—%3 年之间，请检查年份。",
                                        day.isoformat(), FIRST_YEAR, LAST_YEAR), "day")
    if len(note) > NOTE_LIMIT:
        raise ValidationError(i18n.text("说明最多 %1 个字，现在 %2 个字。",
                                        NOTE_LIMIT, len(note)), "note")
    with guarded("保存节假日调整"), write_transaction():
        changing_rules()
        row = CalendarOverride.get_or_none(CalendarOverride.day == day)
        if row is not None and bool(row.is_workday) == is_work and row.note == note:
            return OverrideChange(0, None)  # nothing changes: no entry, no recomputing
        _unmark_when_bare(day.year, actor)  # a mark left over an empty year: not woken by this day
        replaced = None if row is None else Override(day, bool(row.is_workday), row.note)
        before = None if replaced is None else {_key(day): _describe(day, replaced.is_workday, replaced.note)}
        CalendarOverride.insert(day=day, is_workday=is_work, note=note, created_by=actor.username,
                                updated_by=actor.username).on_conflict(
            conflict_target=[CalendarOverride.day],
            update={CalendarOverride.is_workday: is_work, CalendarOverride.note: note,
                    CalendarOverride.updated_by: actor.username,
                    CalendarOverride.updated_at: clock.now()}).execute()
        after = _describe(day, is_work, note)
        audit.record(actor, "setting", "settings", None, before, {_key(day): after},
                     trail_text("节假日调整：%1 %2", day.isoformat(), after))
        _unmark_when_bare(day.year, actor)  # its last 放假 made a 调休 workday
        return OverrideChange(_recomputed(day.year, actor), replaced)


def remove_override(day: dt.date, actor: Actor) -> int:
    """Take a day out of the administrator's table (the package's answer applies again), for
    the administrator only and audited; the year's deadlines are recomputed."""
    require_admin(actor, "节假日调整")
    with guarded("删除节假日调整"), write_transaction():
        changing_rules()
        row = CalendarOverride.get_or_none(CalendarOverride.day == day)
        if row is None:
            raise NotFoundError(i18n.text("%1 没有节假日调整，无需删除。", day.isoformat()))
        before = _describe(day, bool(row.is_workday), row.note)
        CalendarOverride.delete().where(CalendarOverride.day == day).execute()
        audit.record(actor, "setting", "settings", None, {_key(day): before}, None,
                     trail_text("删除节假日调整：%1 %2", day.isoformat(), before))
        _unmark_when_bare(day.year, actor)
        return _recomputed(day.year, actor)


def _recomputed(year: int, actor: Actor) -> int:
    """Inside the change's transaction: the deadlines follow the table, or neither changes (a
    refusal or a crash midway leaves the old table with its old deadlines)."""
    forget_overrides()
    try:
        return recompute(year, actor)
    except BaseException:
        forget_overrides()  # the table is rolled back: so is what was read of it
        raise


def _key(day: dt.date) -> str:
    return f"节假日调整 {day.isoformat()}"


# for core.settings_check: a 节假日调整 row as its audit entries name and describe it
audit_key = _key


def described_row(row: CalendarOverride) -> str:
    return _describe(row.day, bool(row.is_workday), row.note)
