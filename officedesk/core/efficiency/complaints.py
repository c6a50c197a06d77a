"""效能投诉: complaints that an office or official was slow, evasive or obstructive.

登记 (with the unit and person complained of) → 核查 (a unit checks it, by a time limit; the
核查通知书 goes to it) → 结论 (属实 / 部分属实 / 不属实) → 处理 (效能告诫, 通报批评, 诫勉, 其他;
不属实: 不予处理) → 已办结. Time limits in working days are settings. Every step writes a
history row, then an audit entry (digesting it); complaints are counted per unit (效能 figures)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from officedesk.core import (
    clock,
    corrections,
    counted_deadlines,
    i18n,
    numbering,
    records,
    settings,
    step_dates,
    typed_numbers,
    workdays,
)
from officedesk.core.actor import Actor
from officedesk.core.directory import known_unit, known_unit_fields
from officedesk.core.efficiency import complainant, recusal
from officedesk.core.efficiency.complainant import HANDLING_SECTION, sees_complainant  # noqa: F401
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import (
    CHOICE,
    DATE,
    INT,
    LONGTEXT,
    MASK_NAME,
    MASK_PHONE,
    FieldSpec,
    parse_date,
)
from officedesk.core.idcard import check_phone, normalize_phone
from officedesk.core.registry import RegistrySpec, register
from officedesk.core.step_offered import not_now_named
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.efficiency import ComplaintStep, EfficiencyComplaint

CHANNELS = ("来信", "来访", "电话", "网上", "其他")
CATEGORIES = ("办事拖拉", "推诿扯皮", "不作为", "乱作为", "态度生硬", "吃拿卡要", "其他")
FINDINGS = ("属实", "部分属实", "不属实")
ACTIONS = ("效能告诫", "通报批评", "诫勉", "其他")
NO_ACTION = "不予处理"

TO_VERIFY = "待核查"
VERIFYING = "核查中"
TO_DECIDE = "待处理"
CLOSED = "已办结"
STATES = (TO_VERIFY, VERIFYING, TO_DECIDE, CLOSED)
OPEN_STATES = (TO_VERIFY, VERIFYING, TO_DECIDE)
# 答复: the complainant told the result, once, after 处理 (efficiency/reply.py); it stays 已办结
FLOW: dict[str, tuple[str, ...]] = {
    TO_VERIFY: ("核查",), VERIFYING: ("结论",), TO_DECIDE: ("处理",), CLOSED: ("答复",)}

VERIFY_DAYS = settings.declare(
    "efficiency.complaint.verify_days", int, 10, "效能投诉：核查时限（工作日）", "效能", minimum=1, maximum=365
)
CLOSE_DAYS = settings.declare(
    "efficiency.complaint.close_days",
    int,
    20,
    "效能投诉：办结时限（工作日，自登记起）",
    "效能",
    minimum=1,  # 0 would be due the day it came in; as the 核查时限, at most a year of days
    maximum=365,
)

# 效能告诫书: 整改报告 within these working days of its receipt; the value is kept with the 处理
# step (remedy_days), so a reprint after the setting changed prints what was served
REMEDY_DAYS = settings.declare(
    "efficiency.complaint.remedy_days", int, 5, "效能投诉：效能告诫书整改报告期限（工作日）", "效能",
    minimum=1, maximum=30,
    help="效能告诫书要求被告诫人（单位）自收到之日起在这些工作日内提交书面整改报告。"
         "处理时记下当时的设置，补打的告诫书仍按原期限。",
)
REMEDY_DAYS_BEFORE = 5  # what a 告诫书 served before the setting (schema 44) said

numbering.KINDS.setdefault(
    "complaint", numbering.Kind("complaint", "效能投诉编号", "{prefix}{year}-{seq:04d}", "效投")
)
settings.declare("numbering.complaint.prefix", str, "效投", "效能投诉编号前缀", "编号", required=True)


def _not_future(value: Any) -> None:
    if isinstance(value, dt.date) and value > clock.today():
        raise ValidationError(i18n.text("“登记日期”不能是将来的日期（%1）。",
                                        value.isoformat()))


FIELDS = [
    FieldSpec("number", "投诉编号", editable=False, searchable=True, width=110, tidy=typed_numbers.tidy_number),
    FieldSpec(
        "received_on", "登记日期", kind=DATE, required=True, default=clock.today,
        check=_not_future, width=95,
    ),
    FieldSpec("channel", "投诉方式", kind=CHOICE, required=True, choices=CHANNELS, width=65),
    # 保护投诉人: his 姓名 and 联系电话 are masked but for those who handle complaints
    # (sees_complainant), and no search finds a complaint by his name (a hit would tell who)
    FieldSpec("complainant", "投诉人", required=True, sensitive=MASK_NAME, max_length=50, width=80,
              person=True),
    FieldSpec(
        "phone", "联系电话", sensitive=MASK_PHONE, check=check_phone, tidy=normalize_phone,
        max_length=40, width=110,
    ),
    FieldSpec(
        "unit", "被投诉单位", required=True, completer="units", searchable=True, max_length=100,
        width=130,
    ),
    FieldSpec("person", "被投诉人", completer="people", searchable=True, max_length=50, width=80),
    FieldSpec("category", "投诉类别", kind=CHOICE, required=True, choices=CATEGORIES, width=75),
    # 投诉内容 and 核查情况 are searched without the 投诉人's names (complainant.searched)
    FieldSpec("content", "投诉内容", kind=LONGTEXT, required=True, width=220),
    FieldSpec("receiver", "受理人", completer="people", max_length=50, column=False),
    FieldSpec("state", "状态", kind=CHOICE, choices=STATES, default=TO_VERIFY, editable=False,
              width=80),  # the English states (To handle, Checking) are wider than 待核查
    FieldSpec("due_on", "办结时限", kind=DATE, editable=False, width=95),
    FieldSpec("verifier_unit", "核查单位", completer="units", editable=False, width=110),
    # the steps' dates: set by 核查 and 结论; an imported 台账 brings them
    FieldSpec("verify_sent_on", "核查通知日期", kind=DATE, editable=False, column=False),
    FieldSpec("verify_due", "核查时限", kind=DATE, editable=False, column=False),
    FieldSpec("verified_on", "核查完成日期", kind=DATE, editable=False, column=False),
    FieldSpec("finding", "核查结论", kind=CHOICE, choices=FINDINGS, editable=False, width=65),
    FieldSpec("finding_text", "核查情况", kind=LONGTEXT, editable=False, column=False),
    FieldSpec("action", "处理结果", kind=CHOICE, choices=(*ACTIONS, NO_ACTION), editable=False,
              width=65),
    FieldSpec("action_text", "处理意见", kind=LONGTEXT, editable=False, column=False),
    FieldSpec("closed_on", "办结日期", kind=DATE, editable=False, column=False),
    # set by 处理 with 效能告诫 (the setting then), printed by the 效能告诫书
    FieldSpec("remedy_days", "整改期限（工作日）", kind=INT, editable=False, column=False,
              minimum=1, maximum=30),
]


def _blanks(values: dict[str, Any], existing: Any) -> None:
    """An emptied optional field stores "" (or its default), not NULL."""
    defaults = {"phone": "", "person": "", "receiver": "", "channel": "电话", "category": "其他"}
    for key, default in defaults.items():
        if key in values and values[key] is None:
            values[key] = default


def _create_hook(raw: dict[str, Any], actor: Actor) -> EfficiencyComplaint:
    return register_complaint(raw, actor)


def _prepare_new(raw: dict[str, Any], actor: Actor) -> Any:
    from officedesk.core.efficiency import complaint_batch

    return complaint_batch.prepare_new(raw, actor)


def _prepare_scope() -> Any:
    from officedesk.core.efficiency import complaint_batch

    return complaint_batch.scope()


SPEC = register(
    RegistrySpec(
        name="complaints",
        label="效能投诉",
        model=EfficiencyComplaint,
        fields=FIELDS,
        title_field="unit",
        number_field="number",
        number_kind="complaint",
        number_year=typed_numbers.year_of("received_on"),  # a complaint of its 登记日期's year
        list_first=("number", "received_on", "channel", "unit", "person", "category", "state",
                    "due_on", "content"),  # 投诉人, 联系电话 after: contact data
        default_sort="received_on",
        # the complaint figures count by 被投诉单位: units of the 通讯录, by 名称
        rules=[_blanks, known_unit_fields(("unit", "被投诉单位", False),
                                          ("verifier_unit", "核查单位", False)),
               recusal.verifier_rule],  # 回避: not the unit complained of
        create_hook=_create_hook,
        # 保护投诉人: not shown to whom it complains of, by any path (recusal.withheld)
        withheld=recusal.withheld,
        withheld_where=recusal.withheld_where,
        may_unmask=sees_complainant,  # 投诉人 and 联系电话: those who handle complaints
        named_readers=complainant.readers,  # named so by a refusal (the section from its setting)
        # his name or phone typed into its texts: shown as a paper prints them where he is masked
        told_texts=("content", "finding_text", "action_text"),
        told=complainant.without,
        searchable_extra=complainant.searched,  # its texts, without the 投诉人's names
        # the batch import: the same values, checks and rows (complaint_batch)
        prepare_new=_prepare_new,
        prepare_scope=_prepare_scope,
        # each state's facts (state_facts) and dates: a complaint comes back in its state
        exchange_labels=[
            "投诉编号", "登记日期", "投诉方式", "投诉人", "联系电话", "被投诉单位", "被投诉人",
            "投诉类别", "投诉内容", "受理人", "办结时限", "状态", "核查单位", "核查通知日期",
            "核查时限", "核查完成日期", "核查结论", "核查情况", "处理结果", "处理意见", "办结日期",
        ],
    )
)


def _day(value: Any, label: str) -> dt.date:
    if value is None or (isinstance(value, str) and not value.strip()):
        return clock.today()
    day = value if isinstance(value, dt.date) else parse_date(str(value), label)
    if day > clock.today():
        raise ValidationError(i18n.text("“%1”不能是将来的日期（%2）。",
                                        label, day.isoformat()))
    return day


def _add_step(record: Any, kind: str, on: dt.date, person: str, content: str, actor: Actor) -> None:
    ComplaintStep.create(
        complaint=record.id, kind=kind, on=on, person=person or actor.label, content=content,
        created_at=clock.now(), created_by=actor.username,
    )


@dataclass
class Made:
    """A new complaint as 登记 makes it, one by one (register_complaint) or for the batch import
    (complaint_batch.prepare_new): its values (the rules not applied yet), the 投诉编号 it brings,
    the day it was registered, the steps after 登记 an imported state gives, the count of its
    办结时限 (days from `day`; None: typed by the 台账) and the audit summary."""

    values: dict[str, Any]
    number: str
    day: dt.date
    later: list[tuple[str, dt.date, str]]
    close_days: int | None
    summary: str


def parsed(raw: dict[str, Any], actor: Actor) -> tuple[dict[str, Any], str]:
    """The row's values and the 投诉编号 it brings (claimed, never issued again)."""
    values = records.parse_values(SPEC, raw)
    number = str(values.pop("number", None) or "").strip()
    values["receiver"] = values.get("receiver") or actor.label
    return values, number


def made(values: dict[str, Any], number: str, state_given: bool, actor: Actor) -> Made:
    """The time limits and the imported state's steps of a new complaint (`values` gets them),
    counted under the holiday table and the settings as the caller read them: the row path in
    its transaction (workdays.as_committed), the batch in its check (rules_read: the write
    refuses to copy them in if the rules changed since)."""
    from officedesk.core.efficiency import imported

    day = values.get("received_on") or clock.today()
    # a 办结时限 a 台账 brings is typed; one left blank is counted, and kept so (`counted_row`)
    typed = bool(values.get("due_on"))
    close_days = int(settings.get(CLOSE_DAYS.key))
    values["due_on"] = values.get("due_on") or workdays.add_working_days(day, close_days)
    later = imported.imported_steps(values, state_given)
    if later:  # its 核查, 结论, 处理 recorded as the importer's: 回避 as on the steps
        recusal.import_refusal(actor, values)
    summary = trail_text("效能投诉登记：%1", f"{values.get('unit', '')} {values.get('person') or ''}".rstrip())
    return Made(values, number, day, later, None if typed else close_days, summary)


def step_rows(new: Made, receiver: str, content: str, actor: Actor) -> list[dict[str, Any]]:
    """The history rows of a new complaint (without its id): 登记, then the imported ones."""
    stamps = {"created_at": clock.now(), "created_by": actor.username}
    rows = [{"kind": "登记", "on": new.day, "person": receiver or actor.label, "content": content[:200],
             **stamps}]
    rows += [{"kind": kind, "on": on, "person": actor.label, "content": text, **stamps}
             for kind, on, text in new.later]
    return rows


def counted_row(new: Made, due: dt.date) -> dict[str, Any] | None:
    """The count of a 办结时限 left blank (core.counted_deadlines: a holiday change counts it
    again), without the record's id; None for one typed."""
    if new.close_days is None:
        return None
    return {"registry": SPEC.name, "field": "due_on", "since": new.day, "days": new.close_days,
            "working": True, "due": due}


def register_complaint(raw: dict[str, Any], actor: Actor) -> EfficiencyComplaint:
    """登记: the complaint, with the unit (and person) complained of; it gets its number and
    its 办结时限. `add` and import may bring an office's 台账: its 投诉编号 (claimed, never issued
    again) and a later 状态 with that state's facts and dates (see imported_steps). The batch
    import makes the same rows (complaint_batch.prepare_new)."""
    from officedesk.core.efficiency import imported

    values, number = parsed(raw, actor)
    with guarded("登记"), write_transaction():
        # the time limits are counted in the transaction, under the holiday table as committed
        # (workdays.as_committed): a holiday change still running is waited for and counted in
        workdays.as_committed()
        new = made(values, number, imported.state_was_given(raw), actor)
        claimed = typed_numbers.claim_manual("complaint", number, actor, SPEC.name,
                                             dated=typed_numbers.dated_by(SPEC, values)) if number else None
        if claimed is not None:
            values["number"] = claimed.text  # as it was claimed (typed_numbers.tidy_number)

        def history(record: EfficiencyComplaint) -> None:  # before its entry, which digests them
            for row in step_rows(new, record.receiver, record.content, actor):
                ComplaintStep.create(complaint=record.id, **row)
        record = records.create(SPEC, values, actor, parsed=True, summary=new.summary, after_insert=history)
        if claimed is not None:
            numbering.attach(claimed, record.id)
        count = counted_row(new, record.due_on)
        if count is not None:
            counted_deadlines.remember(count["registry"], record.id, count["field"], count["since"],
                                       count["days"], count["working"], count["due"])
    return record


# the dates the steps so far left on the record, in the procedure's order (登记 → 核查 → 结论)
STEP_DATES = (("received_on", "登记"), ("verify_sent_on", "核查"), ("verified_on", "结论"))


def _after_registration(record: Any) -> list[step_dates.Done]:
    return [(step, getattr(record, name)) for name, step in (*STEP_DATES[1:], ("closed_on", "处理"))]


# the 登记日期 starts the complaint's clock (its 办结时限, the 效能 spans): never after a later step
SPEC.correction_locks.append(recusal.correction_lock)  # 回避: no 修改 by whom it complains of
SPEC.correction_checks.append(corrections.clock_start("received_on", "登记日期", _after_registration))


def _not_before_earlier_steps(record: Any, kind: str, on: dt.date) -> None:
    """A step is dated no earlier than the step before it (the figures' spans run forwards)."""
    step_dates.not_before(kind, on, [(step, getattr(record, name)) for name, step in STEP_DATES])


def _step(
    record_id: int,
    version: int,
    actor: Actor,
    kind: str,
    on: dt.date,
    person: str,
    content: str,
    values: dict[str, Any],
    counted: Callable[[], tuple[dict[str, Any], str]] | None = None,
    check: Callable[[Any], None] | None = None,
) -> EfficiencyComplaint:
    """One step in one transaction; `counted()` gives the values and the row's text that hang on
    a time limit, counted there under the holiday table as committed (workdays.as_committed);
    `check(record)`: the step's own refusal of its input, once the record is read."""
    records.require_writer(actor)
    with guarded("保存"), write_transaction():
        if counted is not None:
            workdays.as_committed()
            more, content = counted()
            values = {**values, **more}
        record = records.get(SPEC, record_id, actor)
        if kind not in FLOW.get(record.state, ()):
            offered = "、".join(FLOW.get(record.state, ())) or "无（已办结）"
            raise ProcedureError(not_now_named(SPEC.name, kind, record, actor, on) or (
                f"这件效能投诉现在是“{record.state}”，不能进行“{kind}”。此时可以：{offered}。"))
        _not_before_earlier_steps(record, kind, on)
        recusal.refuse(actor, person, record)  # 回避: the 被投诉人 and his unit's members
        if check is not None:
            check(record)
        _add_step(record, kind, on, person, content, actor)  # before the entry digesting it (sub_rows)
        saved = records.save_changes(
            SPEC, record, values, version, actor, action="step",
            summary=trail_text("效能投诉%1：%2（%3）", kind, record.unit, content[:60]),
        )
    return saved


def send_for_verification(
    record_id: int, version: int, actor: Actor, verifier_unit: str, *, on: Any = None,
    limit_days: int | None = None, person: str = "", content: str = "",
) -> EfficiencyComplaint:
    """核查: a unit is asked to check the complaint by a time limit (the 核查通知书)."""
    unit = known_unit(verifier_unit or "", "核查单位", "verifier_unit")  # by its 名称
    if not unit:
        raise ValidationError("请填写核查单位。", "verifier_unit")
    day = _day(on, "核查通知日期")
    if limit_days is not None and int(limit_days) < 1:  # the setting is at least 1 already
        raise ValidationError("核查时限至少 1 个工作日。", "limit_days")

    def counted() -> tuple[dict[str, Any], str]:
        days = int(settings.get(VERIFY_DAYS.key)) if limit_days is None else int(limit_days)
        due = workdays.add_working_days(day, days)  # told to the unit: never counted again
        text = content.strip() or f"请{unit}于{due.month}月{due.day}日前核查并报送核查情况"
        return {"verify_due": due}, text

    def not_itself(record: Any) -> None:  # 回避: the unit complained of does not check itself
        refused = recusal.verifier_refusal(unit, record.unit)
        if refused:
            raise ValidationError(refused, "verifier_unit")

    return _step(
        record_id, version, actor, "核查", day, person, "",
        {"state": VERIFYING, "verifier_unit": unit, "verify_sent_on": day}, counted, not_itself,
    )


# ---------------------------------------------------------------- a holiday change
# The 办结时限 (登记日期 + the days set) is counted in working days: while the complaint is open a
# change of the holiday table counts it again (core.counted_deadlines; `counted_row` keeps the
# count); one a 台账 brought stays.
# The 核查时限 is not: the 核查通知书 told the unit its day, which the history and the reprinted
# notice keep.


def _running(record: Any, field: str) -> bool:
    # a 核查时限 counted before it was kept so (an older database's row) stays too
    return field == "due_on" and record.state in OPEN_STATES


counted_deadlines.declare(SPEC.name, _running)


def conclude(
    record_id: int, version: int, actor: Actor, finding: str, text: str, *, on: Any = None,
    person: str = "",
) -> EfficiencyComplaint:
    """结论: what the check found — 属实, 部分属实 or 不属实 — and how."""
    if finding not in FINDINGS:
        raise ValidationError(i18n.text("核查结论只能是：%1。", '、'.join(FINDINGS)), "finding")
    if not (text or "").strip():
        raise ValidationError("请写明核查情况。", "finding_text")
    day = _day(on, "核查完成日期")
    return _step(
        record_id, version, actor, "结论", day, person, f"{finding}：{text.strip()}",
        {"state": TO_DECIDE, "finding": finding, "finding_text": text.strip(), "verified_on": day},
    )


def dispose(
    record_id: int, version: int, actor: Actor, action: str, text: str = "", *, on: Any = None,
    person: str = "",
) -> EfficiencyComplaint:
    """处理: 效能告诫, 通报批评, 诫勉 or 其他 for a complaint found (partly) true; 不予处理 for
    one found untrue. The complaint is then 办结."""
    record = records.get(SPEC, record_id, actor)
    if record.finding == "不属实":
        if action not in ("", NO_ACTION):
            raise ValidationError("核查结论为不属实的投诉不作处理，请选择“不予处理”。", "action")
        action = NO_ACTION
    elif action not in ACTIONS:
        raise ValidationError(i18n.text("处理结果只能是：%1。", '、'.join(ACTIONS)), "action")
    if action == "其他" and not (text or "").strip():
        raise ValidationError("处理结果为“其他”时请写明处理意见。", "action_text")
    day = _day(on, "处理日期")
    words = (text or "").strip() or action

    def counted() -> tuple[dict[str, Any], str]:  # the setting as committed, kept as served
        return ({"remedy_days": remedy_days()} if action == "效能告诫" else {}), words

    return _step(
        record_id, version, actor, "处理", day, person, words,
        {"state": CLOSED, "action": action, "action_text": (text or "").strip(), "closed_on": day},
        counted,
    )


def remedy_days() -> int:
    """The working days a 效能告诫书 made now gives for the 整改报告 (the setting)."""
    return int(settings.get(REMEDY_DAYS.key))


def served_remedy_days(record: Any) -> int:
    """The working days the complaint's 效能告诫书 gave: kept with its 处理, else (one warned
    before they were kept) the 5 the paper then said."""
    return int(getattr(record, "remedy_days", None) or REMEDY_DAYS_BEFORE)


# a step declared in a module of its own (答复: efficiency/reply.py) checks and writes as these do
step_day, run_step = _day, _step


def steps_of(record_id: int, actor: Actor) -> list[ComplaintStep]:
    """A complaint's steps in order, for an actor who may read it (above his clearance, or
    withheld from whom it complains of: refused as a missing id)."""
    records.get(SPEC, record_id, actor)
    return list(
        ComplaintStep.select().where(ComplaintStep.complaint == record_id).order_by(ComplaintStep.id)
    )


def offered_steps(record: Any) -> tuple[str, ...]:
    return FLOW.get(record.state, ())


# the figures (spans, per unit, the 工作台's) live in complaint_figures; named here as before
from officedesk.core.efficiency.complaint_figures import (  # noqa: E402,F401
    complaint_spans,
    due_items,
    per_unit,
)
