"""Procedure steps declared once: name, the fields it takes, the states it leaves from, who may
do it, its time limit and the core function it calls.

Each registry declares its steps in `core/<registry>/steps_spec.py` (STEP_MODULES below). The
command line (`steps`, `step`) and the window read the same declarations; `perform` checks the
fields (FieldSpec), the state and the actor, then calls the registry's own core step function,
which keeps its validation, locking, numbering and audit. A refused step changes nothing: the
whole step runs in one write transaction.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from officedesk.core import cleared_names, clock, entry_rows, i18n, read_once, records
from officedesk.core import registry as registries
from officedesk.core.actor import ROLE_ADMIN, ROLE_CLERK, ROLE_LABELS, ROLE_LEADER, Actor  # noqa: F401
from officedesk.core.errors import (
    PermissionDeniedError,
    ProcedureError,
    StaleRecordError,
    ValidationError,
)
from officedesk.core.fields import FieldSpec
from officedesk.core.i18n import text
from officedesk.core.step_outcome import StepOutcome
from officedesk.core.step_values import (
    LIMIT_FIELDS,  # noqa: F401 (the window's step form reads it from here)
    bare_label,
    day_and_time,
    given_day,
    given_person,
    has_own_date,  # noqa: F401 (the window's step form reads it from here)
    moment_of,
    one_person,
    paper_date,
    parse_step_values,
    person_field_of,
    person_values,
    plain_label,
    with_on,
)
from officedesk.store.db import guarded, write_transaction

# Modules whose import declares the steps of a registry; a registry with steps adds its module.
STEP_MODULES = [
    "officedesk.core.documents.steps_spec",
    "officedesk.core.meetings.steps_spec",
    "officedesk.core.supervision.steps_spec",
    "officedesk.core.petitions.steps_spec",
    "officedesk.core.info.steps_spec",
    "officedesk.core.efficiency.steps_spec",
]

WRITERS = (ROLE_ADMIN, ROLE_CLERK, ROLE_LEADER)
OFFICE = (ROLE_ADMIN, ROLE_CLERK)  # the office's own clerks (numbers, voiding)


@dataclass(frozen=True)
class StepCall:
    """What a step's `run` gets: the record as read, the parsed values (by field name), the
    actor, and the options of the command line (or the dialog)."""

    record: Any
    values: dict[str, Any]
    actor: Actor
    on: dt.date | None = None  # --on: the day the step was done (default today)
    person: str = ""  # --person: who did it, when a clerk records it for someone (代录)
    force: str = ""  # --force: the reason for going on despite a conflict
    # the 用户名 of whose step it is, as core.responsibility found him: the actor doing his own
    # or, as 代理, his principal's step; the user a 代录 names (among namesakes the one holding
    # the step); "" when the name given is no single user
    username: str = ""

    def get(self, name: str, default: Any = None) -> Any:
        value = self.values.get(name)
        return default if value is None or value == "" else value

    def day(self, name: str = "") -> dt.date | None:
        """A date field's value, else --on, else None (the core function's default: today)."""
        return self.get(name) if name and self.get(name) is not None else self.on

    def moment(self, name: str = "") -> dt.datetime | None:
        """A time field's value, else --on at this time of day (today) or 09:00 (another day)."""
        value = self.get(name) if name else None
        if value is not None:
            return value
        return None if self.on is None else moment_of(self.on)

    @property
    def version(self) -> int:
        return int(self.record.version)


Refusal = Callable[[Actor, Any], "str | None"]


@dataclass(frozen=True)
class StepSpec:
    registry: str
    name: str  # 步骤, as the clerk says it: 登记, 批办, 分解 …
    run: Callable[[StepCall], Any]  # calls the core step; a dict it returns is reported as is
    fields: tuple[FieldSpec, ...] = ()
    states: tuple[str, ...] = ()  # the states it may leave from
    roles: tuple[str, ...] = WRITERS
    # 逐级负责: who may do it beyond the role (a position, a substitute); returns a refusal or None
    who: Refusal | None = None
    # the same, judged on the day the step is done (a 代理 of a post's work outside the chain —
    # the 信息科's 接收 … — stands in on the days of his delegation, not on the day it is entered)
    who_on: Callable[[Actor, Any, dt.date], str | None] | None = None
    when: Callable[[Any], str | None] | None = None  # a further condition on the record
    # a further condition that depends on the day the step is done (--on, the dialog's 日期;
    # today by default): a late entry of what was done in time is judged by that day
    when_on: Callable[[Any, dt.date], str | None] | None = None
    choices: Callable[[Any], dict[str, list[str]]] | None = None  # choices that depend on the record
    defaults: Callable[[Any], dict[str, Any]] | None = None  # what the dialog shows at first
    # ... for this actor, over `defaults` (阅: himself when he holds it), and whether the step
    # is offered to him at all (阅: to a reader holding it, or one who may record for others)
    mine: Callable[[Any, Actor], dict[str, Any]] | None = None
    offered: Callable[[Any, Actor], bool] | None = None
    # the values the step changes as they are now (延期: the 时限; 修改任务: the task's fields),
    # of the part named by the `current_from` fields' values (the task's 序号 or 单位) given as
    # (record, {field name: value}): the dialog shows them first and again when the part chosen
    # changes; `steps` shows them as 现为. Never sent for the clerk: what is not typed stays.
    current: Callable[[Any, dict[str, Any]], dict[str, Any]] | None = None
    current_from: tuple[str, ...] = ()
    limit: str | Callable[[Any], str] = ""  # its time limit in words (e.g. 15 日内), or per record
    help: str = ""
    force: bool = False  # a conflict may be overridden with --force 理由
    # a number typed by hand (编号's 发文字号): a voided or skipped one is reissued (--reissue 理由)
    takes_number: bool = False
    # the states in which the record waits for this step (我的待办); empty: all of `states`. A
    # step that may also be repeated later (a further 批示) is not waited for there.
    waits_in: tuple[str, ...] = ()
    # 我的待办: the day a fact of the record made the step due (the last 任务办结 for a 督查事项's
    # 办结), when it comes after the chain step before it; None: no such fact
    due_from: Callable[[Any], dt.date | None] | None = None
    takes_on: bool = False  # the day it was done can be given (--on); else today
    # who did it can be given (--person), when a clerk enters it; a step of the approval chain
    # takes it without saying so (accepts_person)
    takes_person: bool = False
    # the decision of whoever holds the chain step the record waits for (退回, 退回修改): his to
    # take, to sign on paper and have a clerk record for him (代录), or his 代理's
    decides_waiting: bool = False
    # a step outside the chain that is the decision of this chain step's holder (协调 of a 会签
    # 不同意: the 签发人's; 延期 of a 督查事项: 分解's): he does it, his 代理, or a clerk naming him
    # (代录); `admin_self`: the administrator may also do it in his own name
    held_by: str = ""
    admin_self: bool = False
    # a step that is the work of the unit this chain step names (告知 of a 信访: the 信访科 of
    # 处理): any of its users does it, his 代理, a clerk naming one (代录), the administrator
    section_of: str = ""
    # 我的待办 of a step outside the chain (`section_of`): the record waits for it while this
    # gives its time limit (告知 of a 信访: petitions.deadlines.next_due); None: never listed
    awaited_due: Callable[[Any], dt.date | None] | None = None

    # the dialog's buttons: the one that does the step names the act (取消会议, not 确定; the
    # step's name when empty) and the one that leaves it, where 取消 would read as the act
    # itself, says what is kept (不取消); empty: 取消
    button: str = ""
    keep: str = ""

    @property
    def button_text(self) -> str:
        """The words on the button that does the step (the window's dialog)."""
        return self.button or self.name

    def accepts_person(self, record: Any) -> bool:
        """Whether the person the step is done for may be given (--person, the dialog's
        经办人): a step declared so, any step of the approval chain that applies to the
        record, which the holder may sign on paper and a clerk record for him (代录) — read
        from the chain, so a step an administrator adds to a chain takes it too —, a decision
        of the holder of the chain step the record waits for, and one `held_by` a chain step (or
        `section_of`)."""
        if self.takes_person:
            return True
        from officedesk.core import responsibility

        if self.decides_waiting:
            return bool(responsibility.waiting_step(self.registry, record, deciding=True))
        if self.held_by or self.section_of:
            return responsibility.in_chain(self.registry, self.held_by or self.section_of, record)
        return responsibility.in_chain(self.registry, self.name, record)

    def defaults_for(self, record: Any, actor: Actor) -> dict[str, Any]:
        found = self.defaults(record) if self.defaults is not None else {}
        return {**found, **(self.mine(record, actor) if self.mine is not None else {})}

    def current_values(self, record: Any, chosen: dict[str, Any] | None = None) -> dict[str, Any]:
        """The record's (or the chosen part's) current values of the fields the step changes."""
        if self.current is None or record is None:
            return {}
        return {k: v for k, v in self.current(record, dict(chosen or {})).items() if v not in (None, "")}

    def limit_text(self, record: Any) -> str:
        return self.limit(record) if callable(self.limit) else self.limit

    def fields_for(self, record: Any) -> list[FieldSpec]:
        dynamic = self.choices(record) if self.choices is not None and record is not None else {}
        result = []
        for spec in self.fields:
            if spec.name in dynamic:
                spec = replace(spec, choices=tuple(dynamic[spec.name]))
            result.append(spec)
        return result

    def field(self, key: str, record: Any = None) -> FieldSpec:
        """The field named by `key`: its label as `steps` prints it (核查时限（工作日）), the label
        without its unit (核查时限; half-width brackets too), or its name (limit_days)."""
        key = key.strip()
        typed = plain_label(key)
        for spec in self.fields_for(record):
            if key == spec.name or typed in (spec.label, bare_label(spec.label)):
                return spec
        known = tuple(spec.label for spec in self.fields) or "（无）"
        raise ValidationError(text("“%1”没有“%2”这一项。可填的有：%3。", self.name, key, known), key)


@dataclass
class Procedure:
    """The steps of one registry and how to read a record's state."""

    registry: str
    state_field: str
    steps: list[StepSpec] = field(default_factory=list)

    def find(self, name: str) -> StepSpec:
        name = name.strip()
        for step in self.steps:
            if step.name == name:
                return step
        known = tuple(s.name for s in self.steps)
        label = registries.get(self.registry).label
        raise ValidationError(text("%1没有“%2”这一步。可用的步骤有：%3。", label, name, known), "step")


_PROCEDURES: dict[str, Procedure] = {}
_loaded = False


def declare(registry: str, state_field: str, steps: Sequence[StepSpec]) -> Procedure:
    procedure = Procedure(registry, state_field, list(steps))
    names = [s.name for s in procedure.steps]
    if len(names) != len(set(names)):
        raise ValueError(f"steps of {registry} declared twice: {names}")
    _PROCEDURES[registry] = procedure
    return procedure


def states_of(flow: dict[str, tuple[str, ...]], step: str) -> tuple[str, ...]:
    """The states a registry's FLOW lets `step` leave from."""
    return tuple(state for state, allowed in flow.items() if step in allowed)


def load_all() -> None:
    global _loaded
    if not _loaded:
        registries.load_all()
        for module in STEP_MODULES:
            importlib.import_module(module)
        _loaded = True


def procedure(registry: str) -> Procedure:
    load_all()
    spec = registries.get(registry)
    found = _PROCEDURES.get(spec.name)
    if found is None:
        with_steps = "、".join(
            f"{registries.get(name).label}（{name}）" for name in _PROCEDURES
        )
        raise ValidationError(i18n.text("%1没有办理步骤。有步骤的登记簿：%2。",
                                        spec.label, with_steps))
    return found


def procedures() -> list[Procedure]:
    load_all()
    return list(_PROCEDURES.values())


# what is allowed now: core/step_allowed.py
from officedesk.core.step_allowed import (  # noqa: E402,F401 (steps.refusal … as before)
    _state_refusal,
    available_steps,
    fields_offered,
    open_now,
    refusal,
    state_of,
    who_refusal,
)


def describe(registry: str, record_id: int, actor: Actor) -> dict[str, Any]:
    """The record's state and the steps allowed now, each with its fields (`steps --json`):
    core.step_described."""
    from officedesk.core.step_described import described

    return described(registry, record_id, actor)


# ---------------------------------------------------------------- doing a step


def perform(
    registry: str,
    record_id: int,
    step_name: str,
    values: dict[str, Any],
    actor: Actor,
    on: dt.date | str | None = None,
    person: str | None = None,
    force: str = "",
    version: int | None = None,
    cautioned: bool = False,
) -> StepOutcome:
    """Do one step: check fields, state and actor, then call the registry's core step function
    in one transaction (a refusal leaves everything as it was). `version`: the version the
    user saw (a dialog); someone else's newer change is then refused. `cautioned`: the caller
    said what the step says first (self_check.step_caution) was heard; else it is refused."""
    spec = registries.get(registry)
    proc = procedure(registry)
    step = proc.find(step_name)
    on, on_time = day_and_time(on)  # a time given with --on is a leader's signed time
    if on is not None and on > clock.today():
        # said in the window (its 日期 field) and on the command line (--on) alike
        raise ValidationError(text("办理日期（%1）不能晚于今天。", on.isoformat()), "on")
    force = (force or "").strip()
    if force and not step.force:
        raise ValidationError(i18n.text("“%1”没有可以强行通过的冲突，不接受 --forc"
                                        "e。",
                                        step.name), "force")
    if on is not None and not step.takes_on:
        raise ValidationError(i18n.text("“%1”按办理当时记录，不接受 --on 日期。",
                                        step.name), "on")
    # what the step may do, asked before it writes: each check reads the same posts and
    # signatures (read_once), read once — the step itself reads afresh
    with read_once.reading():
        person = (person or "").strip()
        record = records.get(spec, record_id, actor)
        if person and not step.accepts_person(record):
            if person_field_of(step) is None:  # nobody to name (延期): who does it, not a field
                who = who_refusal(step, actor, record, on)
                raise ValidationError(text("“%1”不接受 --person（不能代他人录入）：%2", step.name,
                                           who or "请去掉 --person，以您本人的名义办理。"), "person")
            raise ValidationError(i18n.text("“%1”不接受 --person；请用该步骤的字段写"
                                            "明人员。",
                                            step.name), "person")
        if version is not None and record.version != version:
            raise StaleRecordError(
                text("这件%1已被他人办理或修改（您看到的是第 %2 版，现在是第 %3 版）。您填写的内容没有保存；"
                     "请刷新后再办理。", spec.label, version, record.version))
        values = with_on(step, record, values, on, on_time)  # --on and the step's own date: one day
        day = on or given_day(step, record, values)  # the day the step is done (None: today)
        reason = refusal(proc, step, record, actor, day)
        if reason:
            error = PermissionDeniedError if not actor.can_write or actor.role not in step.roles else \
                ProcedureError
            raise error(reason)
        from officedesk.core import chains, responsibility, self_check

        person_field = person_field_of(step)
        given = given_person(step, record, values, person_field)
        one_person(given, person, person_field)
        named = given or person
        # a chain step in force: its holder does it himself, or a clerk names whom he records it for
        chain_step = responsibility.chain_holds(spec.name, step.name, record)
        if not named and person_field is not None and not chain_step:
            named = str(step.defaults_for(record, actor).get(person_field.name) or "")  # 阅: reader
            if named:  # the step runs for the one its capacity is judged for
                values = {k: v for k, v in values.items()
                          if step.field(str(k), record).name != person_field.name}
                values[person_field.name] = named
        cap = responsibility.capacity(spec.name, step.name, record, actor, named, day)
        if isinstance(cap, str):  # naming nobody (代录): said at the person field it waits for
            raise responsibility.capacity_error(cap, person_field)
        values, person = person_values(step, record, values, person_field, person, actor, cap, given,
                                       chain_step)
        parsed = parse_step_values(step, record, values, entered=cap.mode == responsibility.ENTERED, on=on)
        self_check.heed(spec.name, step.name, record, actor, cap, cautioned)  # 修改 by the 核稿 处长
        before_state = state_of(proc, record)
        before_number = getattr(record, spec.number_field, None) if spec.number_field else None
        sent_from = (responsibility.waiting_step(spec.name, record, deciding=step.decides_waiting)
                     or chains.RETURN_FROM.get((spec.name, step.name), "")) \
            if responsibility.is_return(spec.name, step.name) else ""
        whose = (actor.username if cap.mode in (responsibility.SELF, responsibility.SUBSTITUTE)
                 else cap.username)
        call = StepCall(record, parsed, actor, on, person, force, whose)
        # its signature, written before each entry the step makes of the record (which digests it),
        # in the state it left: the step's own read-back — the actor was checked above (the step may
        # have raised the record's 密级 above his clearance, which must not undo what it did)
        signature = responsibility.signing(
            spec.name, record, step.name, actor, cap, state_from=before_state,
            state_to=lambda: state_of(proc, records.get_unchecked(spec, record_id)),
            paper_date=on or paper_date(step, parsed),
            returned_to=str(parsed.get("target") or "") if step.name == "退回" else "",
            reason=str(parsed.get("reason") or ""), returned_from=sent_from)
    with guarded("办理"), write_transaction():
        if person_field is not None:  # 保密: its person checked again under the lock till it commits
            cleared_names.refuse_step_person(spec.name, step.name, record, str(parsed.get(person_field.name) or ""))
        with entry_rows.written_with(spec.name, record_id, signature.write):
            result = step.run(call)
        signature.done()
    extra = result if isinstance(result, dict) else {}  # a run may return the saved record
    after = records.get_unchecked(spec, record_id)  # checked above, in this call
    number = getattr(after, spec.number_field, None) if spec.number_field else None
    return StepOutcome(
        registry=spec.name,
        record_id=record_id,
        step=step.name,
        state_before=before_state,
        state=state_of(proc, after),
        number=number if number and number != before_number else None,
        extra=dict(extra),
    )
