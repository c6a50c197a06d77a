"""What 收文 and 发文 share: the kinds, 密级, 紧急程度, 文号 checks and step rows (their attached
files: core.documents.attachments)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from officedesk.core import clock, i18n, records, registry, step_dates, typed_numbers
from officedesk.core.actor import Actor, require_writer
from officedesk.core.errors import (
    ProcedureError,
    StaleRecordError,
    ValidationError,
)
from officedesk.core.registry import RegistrySpec
from officedesk.core.step_offered import not_now_named
from officedesk.core.summary_texts import trail_text
from officedesk.core.typed_numbers import tidy_number
from officedesk.store.db import guarded, write_transaction
from officedesk.store.documents import DocStep

# 《党政机关公文处理工作条例》第八条: the 15 kinds, plus 其他 for what else arrives.
KINDS = (
    "决议",
    "决定",
    "命令(令)",
    "公报",
    "公告",
    "通告",
    "意见",
    "通知",
    "通报",
    "报告",
    "请示",
    "批复",
    "议案",
    "函",
    "纪要",
)
KIND_CHOICES = (*KINDS, "其他")
UPWARD_KINDS = ("请示", "报告")

SECRECY = ("非密", "秘密", "机密", "绝密")
URGENCY = ("平件", "加急", "特急")

# DA/T 22-2015: 保管期限 and their codes
RETENTION = {"永久": "Y", "定期30年": "D30", "定期10年": "D10"}


def not_in_future(label: str):
    """A field check: the date (or time) may not lie after today (or now)."""

    def check(value: Any) -> None:
        if isinstance(value, dt.datetime):
            if value > clock.now() + dt.timedelta(minutes=5):
                raise ValidationError(i18n.text("“%1”（%2）不能晚于现在（%3）。",
                                                label, f"{value:%Y-%m-%d %H:%M}",
                                                f"{clock.now():%Y-%m-%d %H:%M}"))
        elif isinstance(value, dt.date) and value > clock.today():
            raise ValidationError(
                i18n.text("“%1”不能是将来的日期（%2，今天是 %3）。",
                          label, value.isoformat(), clock.today().isoformat())
            )

    return check


# ---------------------------------------------------------------- 文号 (来文字号 / 发文字号)

# [0-9], not \d: \d takes ２ too, and a number in full-width digits is tidied first (tidy_number)
_WENHAO = re.compile(r"^(?P<code>[^〔〕\[\]()（）【】]+?)〔(?P<year>[0-9]{4})〕(?P<seq>[1-9][0-9]*)号$")
_LOOSE = re.compile(
    r"^(?P<code>[^〔〕\[\]()（）【】]+?)\s*[\[(（【〔]\s*(?P<year>[0-9]{4})\s*[\])）】〕]\s*第?\s*"
    r"(?P<seq>[0-9]+)\s*号?$"
)


def wenhao_correction(text: str) -> str | None:
    """The proper form of a 文号 written with [] () 【】, 第, leading zeros or full-width
    digits, else None."""
    typed = (text or "").strip()
    text = tidy_number(typed)
    if not text or _WENHAO.match(text):
        return text if text != typed else None
    match = _LOOSE.match(text)
    if match is None or int(match["seq"]) == 0:
        return None
    return f"{match['code'].strip()}〔{match['year']}〕{int(match['seq'])}号"


# a 案号 of a court or procuratorate: （2026）云0123民初456号 (year first, in round brackets)
_CASE_NUMBER = re.compile(r"^[(（]\s*[0-9]{4}\s*[)）]\S+号$")
# a 机关代字 run into its year (省委办发2026…): the office's form with its brackets left out
_CODE_RUN_INTO_YEAR = re.compile(r"^[^0-9〔〕\[\]()（）【】]*[\u4e00-\u9fff]\s*[0-9]{4}(?:[^0-9]|$)")


def carries_organs_mark(number: str) -> bool:
    """Whether a stored 文号 is in the 〔年〕号 form with a 机关代字 before it (云应急发〔2026〕15号):
    the 代字 is one organ's, so the number names its document whoever wrote the organ how."""
    return bool(_WENHAO.match(number or ""))


def wenhao_year(number: str) -> int | None:
    """The year a stored 文号 carries: 省委办发〔2026〕3号's, or a 案号's （2026）云0123民初456号;
    None for a number of another form (YLDL-2026-012: a year not to be told from a serial)."""
    text = tidy_number(number or "")
    match = _WENHAO.match(text)
    if match is None:
        match = re.match(r"^[(（]\s*(?P<year>[0-9]{4})\s*[)）]", text) if _CASE_NUMBER.match(text) else None
    return int(match["year"]) if match is not None else None


def senders_year_received(values: dict[str, Any], existing: Any) -> None:
    """A record rule of 收文: the 来文字号 cannot carry a year after the 收文日期 — a document is
    not received before the year it was numbered in (a typo in either, as 2025-12-30 with
    〔2026〕). Judged when either is given (add, import, an edit), not on a stored record."""
    if existing is not None and not ({"from_ref", "received_on"} & values.keys()):
        return
    year = wenhao_year(str(records.pick(values, existing, "from_ref") or ""))
    received = records.pick(values, existing, "received_on")
    if year is None or not isinstance(received, dt.date) or year <= received.year:
        return
    raise ValidationError(i18n.text(
        "来文字号“%1”的年份是 %2 年，晚于收文日期（%3）：文件不会在成文的年份之前收到。"
        "请核对来文字号的年份和收文日期，改正其中错的一项。",
        records.pick(values, existing, "from_ref"), year, received.isoformat()), "from_ref")


def _senders_own_form(text: str) -> bool:
    """A number in a form of its own — a court's 案号, a company's YLDL-2026-012, 函字第12号 —
    not the 党政机关 〔年〕号 form gone wrong: a 来文字号 is recorded as the sender printed it."""
    if _CASE_NUMBER.match(text):
        return True
    return not (set(text) & set("〔〕[]【】") or _CODE_RUN_INTO_YEAR.match(text))


def check_wenhao(label: str, field: str | None = None, *, senders: bool = False, kind: str = ""):
    """The form check of a 文号 field, on the number as it is stored (tidy_number: the field's
    tidy, and claim_manual's); `field`: the field a refusal names (a FieldSpec's check is named
    by parse_value). `senders`: another body's number (来文字号), which may have a form of its
    own; the office's 〔年〕号 form written another way is still offered its form. `kind`: the
    office's own numbering kind (outgoing) of a number typed to be claimed now: the form offered
    is one its sequence takes (typed_numbers.refused_in_sequence)."""

    def check(value: Any) -> None:
        text = tidy_number(str(value or ""))
        if not text or _WENHAO.match(text):
            return
        if senders and not _LOOSE.match(text) and _senders_own_form(text):
            return
        fixed = wenhao_correction(text)
        instead = typed_numbers.refused_in_sequence(kind, fixed) if fixed and kind else None
        if fixed and instead is not None:
            raise ValidationError(
                i18n.text("“%1”应使用六角括号〔〕、不加“第”、不编虚位，即“%2”；但“%2”%3，"
                          "下一个可用的号是“%4”：是否改为“%4”？", label, fixed, instead[0], instead[1]),
                field)
        if fixed:
            raise ValidationError(
                i18n.text("“%1”应使用六角括号〔〕、不加“第”、不编虚位：是否改为“%2”"
                          "？",
                          label, fixed), field
            )
        raise ValidationError(
            i18n.text("“%1”格式不对：“%2”。应为 机关代字〔年份〕序号号，例如 X委办"
                      "发〔2026〕7号。",
                      label, text), field
        )

    return check


def secrecy_mark(secrecy: str, term: str) -> str:
    """机密★10年 (GB/T 9704); empty for 非密."""
    if not secrecy or secrecy == "非密":
        return ""
    return f"{secrecy}★{term}" if term else secrecy


# ---------------------------------------------------------------- steps


@dataclass(frozen=True)
class StepView:
    step: str
    state_from: str
    state_to: str
    person: str
    actor: str
    at: dt.datetime
    opinion: str


def add_step(
    registry: str,
    record: Any,
    step: str,
    state_from: str,
    state_to: str,
    actor: Actor,
    person: str = "",
    opinion: str = "",
    at: dt.datetime | None = None,
) -> DocStep:
    require_writer(actor)
    return DocStep.create(
        registry=registry,
        record_id=record.id,
        step=step,
        state_from=state_from,
        state_to=state_to,
        person=person or actor.label,
        actor=actor.username,
        at=at or clock.now(),
        opinion=opinion,
    )


def _visible(registry_name: str, record_id: int, actor: Actor) -> Any:
    """The document the rows belong to, refused above the actor's clearance: its history and
    attachments are as secret as it is."""
    return records.get(registry.get(registry_name), record_id, actor)


def steps(registry: str, record_id: int, actor: Actor) -> list[DocStep]:
    """The step history of a document the actor may see."""
    _visible(registry, record_id, actor)
    return _steps_of(registry, record_id)


def _steps_of(registry: str, record_id: int) -> list[DocStep]:
    """A document's step rows, unchecked: for core code that has read it with the actor."""
    return list(
        DocStep.select()
        .where((DocStep.registry == registry) & (DocStep.record_id == record_id))
        .order_by(DocStep.id)
    )


def last_step(registry: str, record_id: int, step: str, actor: Actor) -> DocStep | None:
    """The latest row of `step` on a document the actor may see (its papers name who did it)."""
    _visible(registry, record_id, actor)
    return _last_step(registry, record_id, step)


def standing_step(registry: str, record_id: int, step: str, actor: Actor) -> DocStep | None:
    """The latest row of chain step `step` that still stands on a document the actor may see:
    None once a later 退回 sent it back to that step or before it (退回修改: to 拟稿) — the
    signature was given to the text before, and a paper (the 发文稿纸) shows it again only
    when the step is done again. The history keeps both rounds."""
    record = _visible(registry, record_id, actor)
    row = _last_step(registry, record_id, step)
    if row is None:
        return None
    from officedesk.core import chains
    from officedesk.core.step_signs import signs

    chain = chains.chain_for(registry, record)
    order = [e.step for e in chain.steps] if chain is not None else []
    first = order[0] if order else chains.RETURN_STEPS.get((registry, "退回修改"), "")
    targets = {s.history_id: s.returned_to for s in signs(registry, record_id) if s.returned_to}
    for later in _steps_of(registry, record_id):
        if later.id <= row.id or later.step not in _RETURN_ROWS:
            continue
        target = _returned_to(registry, later, targets)
        if target in (step, first) or (target in order and step in order
                                       and order.index(target) < order.index(step)):
            return None
    return row


# the rows of a 退回 (to a chain step, or 退回修改 to 拟稿); 退回复审 sends back to 签发 only
_RETURN_ROWS = frozenset({"退回", "退回修改", "退回复审"})
_RETURNED_TO = re.compile(r"^退回至“([^”]+)”")  # a 退回's row from before its signature


def _returned_to(registry: str, row: DocStep, targets: dict[int | None, str]) -> str:
    """The chain step a 退回 row sent the document back to: fixed (退回修改, 退回复审), else as
    its signature says (returned_to), else as its row's opinion does."""
    from officedesk.core import chains

    found = _RETURNED_TO.match(row.opinion or "")
    return (chains.RETURN_STEPS.get((registry, row.step)) or targets.get(row.id)
            or (found[1] if found else ""))


def _last_step(registry: str, record_id: int, step: str) -> DocStep | None:
    """The latest row of `step`, unchecked: for core code that has read the document already."""
    return (
        DocStep.select()
        .where(
            (DocStep.registry == registry)
            & (DocStep.record_id == record_id)
            & (DocStep.step == step)
        )
        .order_by(DocStep.id.desc())
        .first()
    )


# Step dates (core.step_dates): the rows no step waits for — marks made on the side, reminders
# — and the steps that run side by side, whose rows do not hold back one another: a reader's 阅
# (分送), a unit's 会签. 签收 and 拟稿 are the rows of a record's creation: a register brought in
# (import) is dated by its own dates, not by the day it was entered.
_SIDE_ROWS = frozenset({"转督查", "催办"})
_SIDE_BY_SIDE = frozenset({"阅", "会签"})
_CREATION_ROWS = frozenset({"签收", "拟稿"})
# the record's own step dates, which a register brought in carries without step rows
_OWN_DATES = {
    "incoming": (("收文", "received_on"), ("办结", "finished_on")),
    "outgoing": (("签发", "signed_on"), ("印制", "print_date")),
}
_ROW_LABELS = {"阅": "阅文"}


def steps_done(registry: str, record: Any, step: str) -> list[step_dates.Done]:
    """The steps a document has done and their days, which `step` may not be dated before
    (for core code that has read the document with the actor)."""
    own: list[step_dates.Done] = [(label, getattr(record, name, None))
                                  for label, name in _OWN_DATES.get(registry, ())]
    first = min((step_dates.day_of(day) for _label, day in own if day is not None), default=None)
    done = list(own)
    for row in _steps_of(registry, record.id):
        if row.step in _SIDE_ROWS or (row.step == step and step in _SIDE_BY_SIDE):
            continue
        day = step_dates.day_of(row.at)
        if row.step in _CREATION_ROWS and first is not None:
            day = min(day, first)
        done.append((_ROW_LABELS.get(row.step, row.step), day))
    return done


def step_moment(day: dt.date | None) -> dt.datetime:
    """The time a step of `day` is recorded at: now when it is today, 09:00 of an earlier day
    (as core.steps.StepCall.moment)."""
    if day is None or day == clock.today():
        return clock.now()
    return dt.datetime.combine(day, dt.time(9, 0))


def run_step(
    spec: RegistrySpec,
    record_id: int,
    expected_version: int,
    actor: Actor,
    step: str,
    allowed: dict[str, tuple[str, ...]],
    values: dict[str, Any],
    state_to: str | None,
    person: str = "",
    opinion: str | Callable[[Any], str] = "",
    at: dt.datetime | None = None,
    then: Any = None,
    check: Callable[[Any], None] | None = None,
    day: dt.date | None = None,
    day_field: tuple[str, str] = ("on", ""),
    noted: dict[str, Any] | None = None,
) -> Any:
    """Check the transition, save the record's changes and the step row in one transaction.

    A step done on a day of its own (`at`, or `day`: 签发日期, 办结日期, or the day a step
    without a date field of its own was done on paper — 核稿, 复核 …; `day_field` names its
    field and label for a refusal) is dated no later than today and no earlier than the steps
    already done (core.step_dates), and its row carries that day.

    The record is read first, and refused when it lies above the actor's clearance, before any
    of the step's own checks: `check(record)` validates the step's input (who reads, which unit
    signs, …) after that, so no refusal tells an actor who may not see the document anything
    about it or its readers — whatever they typed. A step validates its input there, never
    before calling run_step. `then(record)` runs inside the same transaction after the version
    and state checks (sub-rows, numbers; the changes it returns are saved too); an `opinion`
    given as a function is made from the record after `then`. `noted`: the step's facts its
    audit entry keeps after the changed fields, read when the record is saved (so `then` may
    fill it: 归档's 目录 entry). The step's row is written before the record's save, whose audit
    entry digests it with the record's other rows (core.sub_rows)."""
    records.require_writer(actor)
    with guarded("保存"), write_transaction():
        record = records.get(spec, record_id, actor)
        if check is not None:
            check(record)
        if record.version != expected_version:
            raise StaleRecordError(
                i18n.text("这份%1已被他人处理（您看到的是第 %2 版，现在是第 %3 版）"
                          "。您填写的内容没有保存；请刷新后再办理。",
                          spec.label, expected_version, record.version)
            )
        if step not in allowed.get(record.state, ()):
            offered = "、".join(allowed.get(record.state, ())) or "无"
            raise ProcedureError(not_now_named(spec.name, step, record, actor, day) or (
                f"这份{spec.label}现在是“{record.state}”，不能进行“{step}”。此时可以：{offered}。"))
        if day is not None:
            not_in_future(day_field[1] or f"{step}日期")(day)
        if at is not None or day is not None:
            step_dates.not_before(step, at or day, steps_done(spec.name, record, step),
                                  field=day_field[0], what=day_field[1])
        state_from = record.state
        changes = dict(values)
        if state_to is not None:
            changes["state"] = state_to
        if then is not None:
            extra = then(record)
            if extra:
                changes.update(extra)
        text = opinion(record) if callable(opinion) else opinion
        # the step's row first: the record's entry digests its rows as the step leaves them
        # (core.sub_rows)
        add_step(spec.name, record, step, state_from, changes.get("state", state_from), actor, person,
                 text, at or (step_moment(day) if day is not None else None))
        saved = records.save_changes(
            spec,
            record,
            changes,
            expected_version,
            actor,
            action="step",
            # 收文%1：%2（%3）: the registry's own pattern, which history reads back
            summary=(trail_text(spec.label + "%1：%2（%3）", step, getattr(record, spec.title_field), text[:60]) if text
                     else trail_text(spec.label + "%1：%2", step, getattr(record, spec.title_field))),
            noted=noted or None,
        )
    return saved


def lines(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"[\n；;]", text or "") if line.strip()]


def join_names(names: Iterable[str]) -> str:
    return "、".join(n for n in names if n)


def positive_copies(values: dict[str, Any], existing: Any) -> None:
    """A record rule: “份数” is at least 1."""
    copies = records.pick(values, existing, "copies")
    if copies is not None and copies < 1:
        raise ValidationError("“份数”至少为 1。", "copies")


def blanks_to_defaults(model: Any):
    """A record rule: a field left empty stores its column default ("" or 0), not NULL."""

    def rule(values: dict[str, Any], existing: Any) -> None:
        for name, value in list(values.items()):
            column = model._meta.fields.get(name)
            if value is None and column is not None and not column.null:
                default = column.default() if callable(column.default) else column.default
                if default is not None:
                    values[name] = default

    return rule
