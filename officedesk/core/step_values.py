"""What a step runs with beyond its fields as typed: whose step it is (the person field: 签发人,
批示领导, 阅文人 …) and the day it was done (its own date field, or --on). Read by core.steps."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from officedesk.core import clock, i18n
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.fields import DATE, DATETIME, FieldSpec, parse_date, parse_value, time_dropped

if TYPE_CHECKING:
    from officedesk.core.steps import StepSpec as Step

# date fields that set a time limit (分解's 时限, 处理's 回报期限): never the day of the paper
LIMIT_FIELDS = frozenset({"deadline", "report_due"})
# dates of the record a step may correct (登记's 收文日期), not the day the step is done: such a
# step takes its day from --on (the dialog's 日期) like a step with no date field
RECORD_DATES = frozenset({"received_on"})
# what an optional date of a step means left empty, shown in its box (the window has no --on
# beside a step's own date: the day is today there)
BLANK_TODAY = "不填则为今天"
BLANK_NOW = "不填则为现在"
# a leader's own time (批示, 阅, 会签) is now only when he enters it himself: a clerk entering
# it for him (代录) types it later from the paper, so "now" would be false (and 效能 counts it)
BLANK_NOW_SIGNED = "本人录入不填则为现在；代录必须按纸面签批的时间填写"
BLANK_KEPT = "不填则不改"
BLANK_SUPERVISION = "不填则按督查默认办理天数"


def _is_own_date(spec: FieldSpec) -> bool:
    return spec.kind in (DATE, DATETIME) and spec.name not in LIMIT_FIELDS | RECORD_DATES


def person_field_of(step: Step) -> FieldSpec | None:
    """The field naming whose step it is (签发人, 批示领导, 核稿人 …), on steps that take one."""
    if not step.takes_person:
        return None
    return next((f for f in step.fields if f.completer == "people" or f.name == "reader"), None)


def given_person(step: Step, record: Any, values: dict[str, Any], field: FieldSpec | None) -> str:
    """The name the user typed in the step's person field ("" when none)."""
    if field is None:
        return ""
    for key, value in values.items():
        if step.field(str(key), record).name == field.name and value not in (None, ""):
            return str(value).strip()
    return ""


def person_values(step: Step, record: Any, values: dict[str, Any], field: FieldSpec | None,
                  person: str, actor: Actor, cap: Any, given: str,
                  chain_step: bool) -> tuple[dict[str, Any], str]:
    """The values and --person the step runs with, as to whose step it is (`field`: the step's
    person field, if it has one; `given`: the name typed in it; `cap`: the capacity core.
    responsibility found). A chain step its holder (or his 代理) does himself names him when
    nobody was named; a user named by his 用户名 is written by his 姓名. Anything else stays as
    given, or its default, so a required person left blank is refused by the step itself as
    without the chain — never replaced by whoever enters it."""
    from officedesk.core import responsibility

    mine = cap.mode in (responsibility.SELF, responsibility.SUBSTITUTE)
    if not given and not person:
        if not (mine and chain_step):
            return values, person
        name = actor.label  # the holder signs in his own name
    elif mine:
        name = actor.label  # he named himself (by 姓名 or 用户名)
    elif cap.mode == responsibility.ENTERED and cap.username:
        name = cap.person  # the user named, by his 姓名
    else:
        return values, person
    if field is not None and (given or not person):
        values = {k: v for k, v in values.items() if step.field(str(k), record).name != field.name}
        values[field.name] = name
    return values, name if person else person


def has_own_date(fields: Any) -> bool:
    """The step has its own date or time of doing it (签发日期, 会签时间 …): that is its day (a
    time limit, 时限 / 回报期限, is not such a date)."""
    return any(_is_own_date(f) for f in fields)


def own_date_field(fields: Any) -> FieldSpec | None:
    """The step's own date or time field (批示时间, 签发日期 …), or None."""
    return next((f for f in fields if _is_own_date(f)), None)


def moment_of(day: dt.date) -> dt.datetime:
    """The time a step done on `day` is given when only its day is known: now (today), else
    09:00."""
    return clock.now() if day == clock.today() else dt.datetime.combine(day, dt.time(9, 0))


_ON = FieldSpec("on", "办理日期", kind=DATE)


def day_and_time(on: dt.date | str | None) -> tuple[dt.date | None, dt.time | None]:
    """--on as given: its day, and the time of day typed with it (2026-12-01T15:30), if any."""
    if isinstance(on, str):
        return (parse_date(on, _ON.label), time_dropped(_ON, on)) if on.strip() else (None, None)
    if isinstance(on, dt.datetime):
        return on.date(), time_dropped(_ON, on)
    return on, None


def with_on(step: Step, record: Any, values: dict[str, Any], on: dt.date | None,
            at: dt.time | None = None) -> dict[str, Any]:
    """The values a step runs with when its day was given (--on) and it has a date field of its
    own: that field, left empty, takes the day (so the history and the signature's paper date
    are that one day); filled with another day, the step is refused — one step, one day. A
    time field takes the time given with --on (`at`); without one, a leader's signed time
    (BLANK_NOW_SIGNED) stays empty for parse_step_values, which knows whether it is 代录."""
    field = own_date_field(step.fields_for(record)) if on is not None else None
    if field is None or on is None:
        return values
    given = given_day(step, record, values)
    if given is None:
        kept = {k: v for k, v in values.items() if step.field(str(k), record).name != field.name}
        if field.kind == DATE:
            kept[field.name] = on
        elif at is not None:
            kept[field.name] = dt.datetime.combine(on, at)
        elif field.placeholder != BLANK_NOW_SIGNED:
            kept[field.name] = moment_of(on)
        return kept
    if given != on:
        raise ValidationError(
            i18n.text("“%1”的办理日期就是“%2”（%3），与 --on 日期（%4）不是"
                      "同一天。请只在“%2”写明办理的日子，不要另给 --on。",
                      step.name, field.label, given.isoformat(), on.isoformat()),
            "on")
    return values


def given_day(step: Step, record: Any, values: dict[str, Any]) -> dt.date | None:
    """The day the step was done as the user gave it in the step's own date field (签发日期,
    批示时间 …), or None."""
    for key, value in values.items():
        spec = step.field(str(key), record)
        if not _is_own_date(spec) or \
                value is None or (isinstance(value, str) and not value.strip()):
            continue
        parsed = parse_value(spec, value)
        if isinstance(parsed, dt.datetime):
            return parsed.date()
        if isinstance(parsed, dt.date):
            return parsed
    return None


def paper_date(step: Step, parsed: dict[str, Any]) -> dt.date:
    """The date written on the paper: the step's own date field, else today."""
    for spec in step.fields:
        if not _is_own_date(spec):
            continue
        value = parsed.get(spec.name)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
    return clock.today()


# a label's unit in brackets at its end: 核查时限（工作日）
_UNIT = re.compile(r"\s*（[^（）]*）$")


def plain_label(text: str) -> str:
    """A label as typed, with half-width brackets made full-width: 核查时限(工作日) → …（工作日）."""
    return text.strip().replace("(", "（").replace(")", "）")


def bare_label(label: str) -> str:
    """The label without the unit at its end: 核查时限（工作日） → 核查时限."""
    return _UNIT.sub("", label)


def parse_step_values(step: Step, record: Any, raw: dict[str, Any],
                      entered: bool = False, on: dt.date | None = None) -> dict[str, Any]:
    """Raw input keyed by label (or field name) -> stored values; every declared field is
    checked, so a missing required one is named. `entered`: the step is recorded for the person
    it names (代录), whose signed time (BLANK_NOW_SIGNED) is then required — --on's day alone
    (`on`) is no time of his: 09:00 made up for it went into 效能's figures. His own entry
    takes --on's day as before (09:00, or now today)."""
    given: dict[str, Any] = {}
    for key, value in raw.items():
        spec = step.field(str(key), record)
        if spec.name in given:
            raise ValidationError(i18n.text("“%1”给了两次。", spec.label), spec.name)
        given[spec.name] = value
    values: dict[str, Any] = {}
    defaults = step.defaults(record) if step.defaults is not None else {}
    for spec in step.fields_for(record):
        raw_value = given.get(spec.name)
        if raw_value is None or (isinstance(raw_value, str) and not raw_value.strip()):
            default = defaults.get(spec.name)
            if default is None or default == "":
                default = spec.default_value()
            if default is not None:
                raw_value = default
        values[spec.name] = parse_value(spec, raw_value)
        if values[spec.name] is None and spec.placeholder == BLANK_NOW_SIGNED:
            if entered and on is not None:
                raise ValidationError(i18n.text(
                    "“%1”要按纸面签批的时间填写：--on 只给了日期（%2），没有时刻。请写明时刻，"
                    "如 --on %2T15:30，或 “%1=%2 15:30”。", spec.label, on.isoformat()), spec.name)
            if entered:
                raise ValidationError(i18n.text("请填写“%1”：代领导录入时按纸面签批的时间填写。", spec.label),
                                      spec.name)
            if on is not None:
                values[spec.name] = moment_of(on)
    _refuse_unused(step.fields_for(record), values)
    return values


def _refuse_unused(fields: list[FieldSpec], values: dict[str, Any]) -> None:
    """A field filled in though the choice it depends on does not use it (a 去向单位 with 直接答复)
    would be dropped without a word: refused, naming the choice that does use it."""
    labels = {spec.name: spec.label for spec in fields}
    for spec in fields:
        value = values.get(spec.name)
        if spec.used_when is None or value in (None, "") or spec.used_with(values):
            continue
        name, allowed = spec.used_when
        raise ValidationError(
            i18n.text("%1为“%2”时不填“%3”（只有%4时填写）。请清空“%3”，或改选%1。",
                      labels.get(name, name), values.get(name) or "", spec.label, tuple(allowed)),
            spec.name)


def one_person(given: str, person: str, field: FieldSpec | None) -> None:
    """The step's person field and --person (the window's 经办人) name one person, or only one
    of them is given: the field would win and --person be dropped without a word."""
    if not given or not person or given == person or field is None:
        return
    from officedesk.core.positions import people_named

    if any(person in (p.username, p.name) for p in people_named(given)):
        return  # his 用户名 and his 姓名
    raise ValidationError(i18n.text("“%1”写的是%2，--person 写的是%3：应是同一人。代谁录入，写在“%1”一栏即可"
                                    "（不必再写 --person）。", field.label, given, person), "person")
