"""States are reached through their steps: a record that is added or imported in a later state
must carry the facts that state stands for (归档 needs its 档号, 办结 its 办结日期, 传阅中 its
readers, …). One table per registry, read by `add`, import (also `import --history`, an office's
past 台账) and `check`.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from officedesk.core.context_values import bound
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text

# registry -> state -> the model attributes that must be filled. "readers" is the 传阅 list and
# "countersigns" the 会签 units and their answers (rows of their own, `_sub_rows`), which only
# their steps make: a row in such a state cannot be imported.
FACTS: dict[str, dict[str, tuple[str, ...]]] = {
    "incoming": {
        "已拟办": ("proposal",),
        "已批办": ("proposal", "instruction"),
        "承办中": ("handler_unit", "due_on"),
        "传阅中": ("readers",),
        "已办结": ("finished_on",),
        "已归档": ("finished_on", "archive_no"),
    },
    "outgoing": {
        "已核稿": ("checker",),
        "会签中": ("countersigns",),
        "已会签": ("countersigns",),
        "已签发": ("signer", "signed_on"),
        "复审中": ("signer", "signed_on"),
        "已复核": ("signer", "signed_on"),
        "已编号": ("signer", "signed_on", "doc_no"),
        "已印制": ("signer", "signed_on", "doc_no", "print_date"),
        "已核发": ("signer", "signed_on", "doc_no", "print_date"),
        "已归档": ("signer", "signed_on", "doc_no", "archive_no"),
    },
    "supervision": {
        "办理中": ("lead_unit",),
        "按期办结": ("lead_unit", "closed_on"),
        "逾期办结": ("lead_unit", "closed_on"),
    },
    "petitions": {
        "待告知": ("handling", "decided_on"),
        "办理中": ("handling", "accepted_on"),
        "已转送": ("handling", "target_unit"),
        "已答复": ("handling", "reply_opinion", "replied_on"),
        "复查中": ("handling", "reply_opinion", "replied_on", "review_kind", "review_requested_on"),
        "复核中": ("handling", "reply_opinion", "replied_on", "review_kind", "review_requested_on"),
        "已办结": ("handling", "closed_on"),
    },
    "info": {  # the 信息科's own steps (接收 … 签发) are not rebuilt by an import: no column
        "待初审": ("received_at",),
        "待编辑": ("received_at", "review"),
        "不采用": ("review_reason",),
        # the steps before it too: 接收 and 初审 (an 编辑 needs an item received and taken)
        "待签发": ("received_at", "review", "edited_title", "edited_content"),
        "待编发": ("received_at", "review", "edited_title", "signer", "signed_on"),
        "已编发": ("issue_label",),
        "已上报": ("issue_label", "sent_level", "sent_at"),
        "已采用": ("adopted_level",),
    },
    "meetings": {"已取消": ("cancel_reason",)},
    "complaints": {
        "核查中": ("verifier_unit", "verify_sent_on"),
        "待处理": ("verifier_unit", "verify_sent_on", "finding", "finding_text", "verified_on"),
        "已办结": ("verifier_unit", "verify_sent_on", "finding", "finding_text", "verified_on",
                  "action", "closed_on"),
    },
}

LABELS = {
    "proposal": "拟办意见",
    "instruction": "领导批示",
    "handler_unit": "承办单位",
    "due_on": "办理时限",
    "readers": "传阅人（只能经“传阅”步骤送出）",
    "countersigns": "会签单位及其意见（只能经“送会签”“会签”步骤办理）",
    "finished_on": "办结日期",
    "archive_no": "档号",
    "checker": "核稿人",
    "signer": "签发人",
    "signed_on": "签发日期",
    "doc_no": "发文字号",
    "print_date": "印发日期",
    "lead_unit": "牵头单位",
    "closed_on": "办结日期",
    "handling": "处理方式",
    "decided_on": "处理日期",
    "accepted_on": "受理日期",
    "target_unit": "去向单位",
    "reply_opinion": "答复意见",
    "replied_on": "答复日期",
    "review_kind": "复查复核",
    "review_requested_on": "复查复核申请日期",
    "received_at": "接收时间",
    "review": "初审结论",
    "review_reason": "不采用理由",
    "edited_title": "编辑后标题",
    "edited_content": "编辑后正文",
    "issue_label": "编发期号",
    "sent_level": "上报级别",
    "sent_at": "上报时间",
    "adopted_level": "采用级别",
    "adopted": "采用情况",
    "verifier_unit": "核查单位",
    "verify_sent_on": "核查通知日期",
    "finding": "核查结论",
    "finding_text": "核查情况",
    "verified_on": "核查完成日期",
    "action": "处理结果",
    "cancel_reason": "取消原因",
}

_history: contextvars.ContextVar[bool] = contextvars.ContextVar("history_import", default=False)


@contextlib.contextmanager
def importing_history() -> Iterator[None]:
    """`import --history`: rows of a past 台账, in any state that carries its facts."""
    with bound(_history, True):
        yield


def is_history() -> bool:
    return _history.get()


def takes_past_register(registry: str) -> bool:
    """Whether a past 台账 of `registry` is brought as one (`import --history`, the window's
    “按往年台账导入”): a registry whose records reach later states by their steps (FACTS); a
    directory (单位, 人员, 职级, 会议室) has no states and no past register."""
    return registry in FACTS


def _given(value: Any) -> bool:
    return value is not None and value != "" and value != ()


def missing(registry: str, state: str, values: dict[str, Any]) -> list[str]:
    """The labels of the facts `state` needs that `values` lack ([] when none are lacking)."""
    needed = FACTS.get(registry, {}).get(state, ())
    return [LABELS.get(name, name) for name in needed if not _given(values.get(name))]


def require(registry: str, state: str, values: dict[str, Any], what: str = "") -> None:
    """Refuse a record whose state lacks its facts, naming them."""
    lacking = missing(registry, state, values)
    needed = FACTS.get(registry, {}).get(state, ())
    if any(_sub_rows(name) is not None for name in needed):  # no column can bring them
        raise ValidationError(
            text("%1的状态为“%2”，缺少：%3。这一状态只能经办理步骤得到，不能导入或直"
                 "接登记：请不填状态（或填写此前的状态）导入，再按步骤办理。",
                 what or '记录', state, '、'.join(lacking)),
            "state",
        )
    if lacking:
        raise ValidationError(
            text("%1的状态为“%2”，但缺少：%3。状态只能经办理步骤得到；导入往年台账时"
                 "请在对应列填写这些内容（命令行：import --history），或不填状态，登"
                 "记后按步骤办理。",
                 what or '记录', state, '、'.join(lacking)),
            "state",
        )


def require_recorder(actor: Any, label: str, state: str, field: str, steps: str,
                     blanks: str) -> None:
    """A new record (`add`, import, `import --history`) in a later state records the steps of
    others that led to it — `steps` (“核稿、签发”) —, which is 代录: while the approval chains
    are in force only the administrator and users with the 代录 right may bring it, as only they
    record those steps for others one by one (core.responsibility). Refused naming `field`
    (状态, or the column the state follows from); `blanks`: the columns to leave empty."""
    from officedesk.core import chains
    from officedesk.core.positions import may_record_for_others

    if may_record_for_others(actor) or not chains.enforced():  # the administrator: no lookup a row
        return
    shown = (f"状态为“{state}”的{label}" if field in ("state", "status")
             else f"填了“{LABELS.get(field, field)}”的{label}（即“{state}”）")
    raise ValidationError(
        text("%1记有他人办理的%2，登记或导入它是代他人录入（代录）：只有管理员和有代录权"
             "限的用户可以登记或导入这样的%3，您没有代录权限。请不填%4，登记后按步骤办理"
             "；或请有代录权限的用户导入。",
             shown, steps, label, blanks), field)


def creation_rule(registry: str, label: str) -> Any:
    """A RegistrySpec rule: a new record (add, import) in a later state must carry its facts."""

    def rule(values: dict[str, Any], existing: Any) -> None:
        if existing is None and values.get("state"):
            require(registry, str(values["state"]), values, label)

    return rule


# ---------------------------------------------------------------- 已作废 in a sheet

VOIDED = "已作废"
VOIDED_ON_IMPORT = "导入：原台账中已作废"


# the registries whose voided rows come back voided (their numbers are voided: lifecycle)
VOIDED_COMING_BACK = ("incoming", "outgoing", "supervision", "petitions", "info")
# registry -> the state a voided row's record is made in before it is voided, read from the
# row's other columns (None: as a row without 状态). 信息 declares one (core/info/exchange.py):
# an item voided after 编发 carries its 编发期号, 上报 and 采用, which only those states have.
STATE_BEFORE_VOIDED: dict[str, Callable[[dict[str, Any]], str | None]] = {}


def voided_row(spec: Any, raw: dict[str, Any]) -> bool:
    """Whether an imported row is a record voided in its office (状态 已作废) of a registry whose
    numbers are voided (lifecycle): it comes in voided, its number claimed as voided."""
    if spec.name not in VOIDED_COMING_BACK:
        return False
    label, name = _STATE_COLUMNS.get(spec.name) or _state_column(spec)
    value = raw[label] if label in raw else raw.get(name)
    return isinstance(value, str) and value.strip() == VOIDED


def voided_rows(spec: Any, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of `rows` voided_row finds voided, in their order: one pass over a file."""
    if spec.name not in VOIDED_COMING_BACK:
        return []
    label, name = _state_column(spec)
    return [raw for raw in rows
            if isinstance(value := raw[label] if label in raw else raw.get(name), str) and value.strip() == VOIDED]


def voided_cells(spec: Any, raw: dict[str, Any]) -> tuple[str, ...]:
    """The keys of a voided row's 状态 已作废 (none of another row): no value its record is
    made with, so no cell a refusal of the row names."""
    if not voided_row(spec, raw):
        return ()
    return _state_column(spec)


_STATE_COLUMNS: dict[str, tuple[str, str]] = {}  # registry -> its state's label and name (asked a row)


def _state_column(spec: Any) -> tuple[str, str]:
    found = _STATE_COLUMNS.get(spec.name)
    if found is None:
        from officedesk.core import lifecycle

        state = spec.field(lifecycle.LIFECYCLE[spec.name][0])
        found = _STATE_COLUMNS[spec.name] = (state.label, state.name)
    return found


def check_voided(spec: Any, raw: dict[str, Any]) -> None:
    """A voided row names the number it voided: without one there is nothing to keep unused."""
    from officedesk.core import lifecycle

    label = spec.field(spec.number_field).label
    if not str(raw.get(label) or "").strip():
        raise ValidationError(
            text("状态为“%1”，却没有%2：作废的是编号，没有编号的记录不必作废，也不必导"
                 "入。请填写它作废的%2，或不导入这一行。",
                 VOIDED, label), lifecycle.LIFECYCLE[spec.name][0])


def create_voided(spec: Any, raw: dict[str, Any], actor: Any, create: Any) -> Any:
    """Make a voided row's record as the registry makes any row without a 状态 (`create(raw)`,
    its number claimed) — or in the state its columns show, where the registry says
    (STATE_BEFORE_VOIDED) —, then void it (void_brought). Inside the caller's transaction."""
    values = unvoided(spec, raw)
    with making_voided():
        record = create(values)
    return void_brought(spec, record, actor)


def unvoided(spec: Any, raw: dict[str, Any]) -> dict[str, Any]:
    """A voided row's cells as its record is made from them before it is voided: without its
    状态 (已作废 is no state a record is made in), or in the state STATE_BEFORE_VOIDED reads
    from its other columns; refused without the number it voided (check_voided)."""
    check_voided(spec, raw)
    label, name = _state_column(spec)
    values = {k: v for k, v in raw.items() if k not in (label, name)}
    before = STATE_BEFORE_VOIDED.get(spec.name)
    earlier = before(values) if before is not None else None
    if earlier:
        values[label] = earlier
    return values


@contextlib.contextmanager
def making_voided(voided: bool = True) -> Iterator[None]:
    """While a voided row's record is made (or checked, in a batch): its refusals name the column
    its state comes from (in_voided_row)."""
    if not voided:
        yield
        return
    marked = _voided_row.set(True)
    try:
        yield
    finally:
        _voided_row.reset(marked)


def void_brought(spec: Any, record: Any, actor: Any) -> Any:
    """A voided row's record, made, voided as its office voided it (lifecycle.void_imported):
    已作废, its number voided, never issued again, no step after. The row path's and the
    batch's (core.batch_write, under the write lock after the rows are in)."""
    from officedesk.core import lifecycle

    return lifecycle.void_imported(spec, record, actor, VOIDED_ON_IMPORT)


# set while a voided row's record is made (create_voided): its 状态 is the one its columns show
_voided_row: contextvars.ContextVar[bool] = contextvars.ContextVar("voided_row", default=False)


def in_voided_row() -> bool:
    """Whether the record being made is a voided row's, in the state its columns show (its 状态
    cell says 已作废): a refusal names the column the state comes from, not 状态."""
    return _voided_row.get()


def mark_imported(spec: Any, record: Any, actor: Any) -> None:
    """`import --history`: the record's history says it came from the office's past 台账."""
    from officedesk.core import audit

    after, summary = imported_mark(spec, str(getattr(record, "state", None) or getattr(record, "status", "") or ""))
    audit.record(actor, IMPORTED, spec.name, record.id, None, after, summary)


IMPORTED = "import"  # the action of the entry that marks a record brought from a past 台账


def imported_mark(spec: Any, state: str) -> tuple[dict[str, str], str]:
    """The entry marking a record brought from a past 台账 in that state: (after, summary), for
    a record made one by one (mark_imported) or in a batch (core.batch)."""
    return {"状态": state, "来源": "导入历史台账"}, f"导入历史台账：{spec.label}（状态：{state}）"


def _sub_rows(name: str) -> Any:
    """The rows of their own a fact stands for (None: an attribute of the record)."""
    from officedesk.store.documents import CirculationEntry, Countersign

    return {"readers": CirculationEntry, "countersigns": Countersign}.get(name)


def disagreements(registry: str, model: Any, label: str, state_field: str = "state") -> list[str]:
    """`check`: records whose state lacks its facts, one line per state with their ids."""
    out: list[str] = []
    column = getattr(model, state_field)
    for state, needed in FACTS.get(registry, {}).items():
        lacks = {name: _lacks(model, name) for name in needed}
        condition = functools.reduce(operator.or_, lacks.values())
        # one pass over the state's records (a registry of a million); what each lacks is asked
        # only of the few found
        ids = sorted(row[0] for row in model.select(model.id).where((column == state) & condition).tuples())
        if ids:
            first = ids[:20]
            shown = text("%1……", first) if len(ids) > 20 else first
            # only what they lack (a 已归档 with its 办结日期 and no 档号 names the 档号)
            lacking = [LABELS.get(name, name).split("（")[0] for name, lack in lacks.items()
                       if model.select(model.id).where(model.id.in_(first) & lack).exists()]
            out.append(text("%1有 %2 条状态为“%3”的记录缺少应有的内容（%4）：id %5。请按办理步骤补录，或更正状态。",
                            label, len(ids), state, lacking, shown))
    return out


def _lacks(model: Any, name: str) -> Any:
    """SQL: a record without the fact `name` (an empty column, or none of its own rows)."""
    rows = _sub_rows(name)
    if rows is not None:
        return model.id.not_in(rows.select(rows.doc_id))
    field = getattr(model, name)
    return field.is_null() | (field == "") if _text(field) else field.is_null()


def _text(field: Any) -> bool:
    import peewee

    return isinstance(field, (peewee.CharField, peewee.TextField))


def check_all() -> list[str]:
    from officedesk.store.documents import IncomingDoc, OutgoingDoc
    from officedesk.store.efficiency import EfficiencyComplaint
    from officedesk.store.info import InfoItem
    from officedesk.store.meetings import Meeting
    from officedesk.store.petitions import Petition
    from officedesk.store.supervision import SupervisionItem

    return (
        disagreements("incoming", IncomingDoc, "收文")
        + disagreements("outgoing", OutgoingDoc, "发文")
        + disagreements("supervision", SupervisionItem, "督查事项", "status")
        + disagreements("petitions", Petition, "信访")
        + disagreements("complaints", EfficiencyComplaint, "效能投诉")
        + disagreements("info", InfoItem, "信息")
        + disagreements("meetings", Meeting, "会议", "status")
    )
