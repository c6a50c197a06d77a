"""The two ways a record leaves the registers: 删除 of an unnumbered draft, and 作废 of a numbered
record. A number, once issued, is never deleted nor reused: the record stays, in the state
已作废, and its number is kept as voided (numbering.void), listed by `check`.

Both are audited and refuse what the actor's role does not allow; the window and the command
line call these functions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from officedesk.core import numbering, records
from officedesk.core import registry as registries
from officedesk.core.actor import ROLE_ADMIN, ROLE_CLERK, Actor
from officedesk.core.errors import (
    ConflictError,
    PermissionDeniedError,
    ProcedureError,
    StaleRecordError,
    ValidationError,
)
from officedesk.core.i18n import text
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction

VOIDED = "已作废"

# registry -> (the state column, the states of a draft that may still be deleted)
LIFECYCLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "incoming": ("state", ("已签收",)),
    "outgoing": ("state", ("拟稿中",)),
    "meetings": ("status", ("筹备中",)),
    "supervision": ("status", ("待交办",)),
    "petitions": ("state", ("待处理",)),
    "info": ("state", ("待接收",)),
}


def uncounted(registry: str) -> str:
    """The state a record counts in no figure with (stats, 效能, 三多, the 通报s): 已作废 (a
    voided number was never issued: the record was registered by mistake) or, for meetings,
    已取消 (never held)."""
    if registry == "meetings":
        from officedesk.core.meetings.spec import CANCELLED

        return CANCELLED
    return VOIDED


def counted(registry: str, model: Any) -> Any:
    """SQL condition on `model` (the registry's table): the records the figures count."""
    return getattr(model, LIFECYCLE[registry][0]) != uncounted(registry)


def counted_filter(registry: str) -> records.Filter:
    """counted() for records.list_ids and records.count."""
    return records.Filter(LIFECYCLE[registry][0], "ne", uncounted(registry))


# registry -> the numbering kind of its number (发文 takes its 字号 in a step, not on create)
NUMBER_KINDS = {"incoming": "incoming", "outgoing": "outgoing", "supervision": "supervision",
                "petitions": "petition", "info": "info"}
# states past which a record is not voided: filed with a 档号, or a document already sent out
FINAL: dict[str, tuple[str, ...]] = {"incoming": ("已归档",), "outgoing": ("已核发", "已归档")}


def _spec(registry: str | RegistrySpec) -> RegistrySpec:
    spec = registries.get(registry) if isinstance(registry, str) else registry
    if spec.name not in LIFECYCLE:
        raise ValidationError(text("%1不能作废或按草稿删除。通讯录的单位、人员、会议室请在窗口的“通讯录”中修改或删除（删除前检查是否仍被使用）。", spec.label))
    return spec


def number_of(spec: RegistrySpec, record: Any) -> str:
    return str(getattr(record, spec.number_field, "") or "").strip() if spec.number_field else ""


def state_of(spec: RegistrySpec, record: Any) -> str:
    return str(getattr(record, LIFECYCLE[spec.name][0], "") or "")


def may_delete(spec: RegistrySpec, record: Any) -> str | None:
    """Why the record is not a deletable draft, or None."""
    number = number_of(spec, record)
    if number:
        return text("这件%1已有编号“%2”，编号不能删除，也不能再用。如果登记错了，请“作废”并写明原因。",
                    spec.label, number)
    state = state_of(spec, record)
    drafts = LIFECYCLE[spec.name][1]
    if state not in drafts:
        return text("这件%1现在是“%2”，已经开始办理，不能删除；只有“%3”且没有编号的草稿可以删除。%4",
                    spec.label, state, tuple(drafts), _way_back(spec, state))
    if getattr(record, "supervision_id", None):
        return text("这件%1已转为督查事项，不能删除。", spec.label)
    return None


def _way_back(spec: RegistrySpec, state: str) -> str:
    """How a 发文 begun and given up (never to be issued) leaves the registry: sent back to its
    drafter by the steps, then deleted as a draft; once 复核'd, numbered and voided."""
    if spec.name != "outgoing":
        return ""
    from officedesk.core.documents import outgoing

    allowed = outgoing.FLOW.get(state, ())
    if "退回修改" in allowed:
        return "不再发文的，请先“退回修改”退回拟稿，再删除。"
    if "退回复审" in allowed:
        return "不再发文的，请先“退回复审”、再“退回修改”退回拟稿，再删除。"
    if "编号" in allowed:
        return "复核后只能编号；不再发文的，请编号后“作废”并写明原因。"
    return ""


def may_void(spec: RegistrySpec, record: Any) -> str | None:
    number = number_of(spec, record)
    if not number:
        if spec.name == "meetings":
            return "会议没有编号，不必作废：不开了请用“取消”，尚在筹备的可以删除。"
        state = state_of(spec, record)
        if state not in LIFECYCLE[spec.name][1]:  # begun: no draft to delete either
            return text("这件%1还没有编号，不必作废；它现在是“%2”，也不能直接删除。%3",
                        spec.label, state, _way_back(spec, state))
        return text("这件%1还没有编号，不必作废；草稿可以直接删除。", spec.label)
    state = state_of(spec, record)
    if state == VOIDED:
        return text("这件%1（%2）已经作废。", spec.label, number)
    if state in FINAL.get(spec.name, ()):
        if state == "已核发":
            return text("这份%1（%2）已经核发，文件已发出，不能作废；如需撤销，请另行发文。",
                        spec.label, number)
        return text("这件%1（%2）%3，不能作废。", spec.label, number, state)
    if spec.name == "supervision":
        from officedesk.core.supervision.tasks import _tasks_of

        if _tasks_of(record.id):
            return text("督查事项（%1）已分解交办，不能作废；确属误登记的，请先用步骤“删除任务”"
                        "（命令行：officedesk step supervision %2 删除任务 任务序号=N）删除其分解任务，"
                        "再作废。", number, record.id)
    if spec.name == "info":  # voided, it leaves an issue being edited; a 印发 one went out
        from officedesk.core.info.periodicals import void_refusal

        return void_refusal(record)
    return None


def _void_rights(spec: RegistrySpec, record: Any, actor: Actor) -> str | None:
    """Why the registry holds 作废 of the record from the actor (its spec's void_checks)."""
    return next((r for r in (check(record, actor) for check in spec.void_checks) if r), None)


def _held(spec: RegistrySpec, record: Any, actor: Actor) -> str | None:
    """Why records that hang on this one hold its 作废 (spec.void_holds, asked after the actor's
    right and read for him: a 首报 of 信息 whose 续报 live, named as far as he may see them)."""
    return next((r for r in (check(record, actor) for check in spec.void_holds) if r), None)


def void_refusal(spec: RegistrySpec, record: Any, actor: Actor) -> str | None:
    """Why `actor` may not void the record now (None when he may): the record's state
    (may_void), then who the registry lets void it (void_checks), then the records that hang on
    it (_held) — what void_record refuses, which the window asks before it offers 作废."""
    return may_void(spec, record) or _void_rights(spec, record, actor) or _held(spec, record, actor)


def _require_office(actor: Actor, doing: str) -> None:
    records.require_writer(actor)
    if actor.role not in (ROLE_ADMIN, ROLE_CLERK):
        raise PermissionDeniedError(text("%1须由管理员或科员（文书）办理，您的账号不能%1。", doing))


def _check_version(spec: RegistrySpec, record: Any, expected_version: int | None) -> int:
    if expected_version is not None and record.version != expected_version:
        raise StaleRecordError(
            text("这件%1已被他人修改（您看到的是第 %2 版，现在是第 %3 版）。请刷新后再操作。",
                 spec.label, expected_version, record.version))
    return int(record.version)


def delete_draft(registry: str | RegistrySpec, record_id: int, actor: Actor,
                 expected_version: int | None = None) -> None:
    """删除 an unnumbered draft with its sub-rows; the audit keeps what it was."""
    spec = _spec(registry)
    records.require_writer(actor)
    with guarded("删除"), write_transaction():
        record = records.get(spec, record_id, actor)
        version = _check_version(spec, record, expected_version)
        reason = may_delete(spec, record)
        if reason:
            raise ProcedureError(reason)
        _delete_loose_rows(spec.name, record_id)
        records.delete(spec, record_id, version, actor)


def _delete_loose_rows(registry: str, record_id: int) -> None:
    """Rows that point at the record by id only (no foreign key to cascade): its attachments
    and its steps' signatures too (a SQLite id is given again to the next record once the
    highest is deleted: a draft sent back and deleted would leave its 核稿 to the next draft)."""
    from officedesk.store.chain import StepSign
    from officedesk.store.models import Attachment

    Attachment.delete().where((Attachment.registry == registry)
                              & (Attachment.record_id == record_id)).execute()
    StepSign.delete().where((StepSign.registry == registry) & (StepSign.record_id == record_id)).execute()
    if registry in ("incoming", "outgoing"):
        from officedesk.store.documents import (
            CirculationEntry,
            Countersign,
            Distribution,
            DocStep,
        )

        DocStep.delete().where((DocStep.registry == registry)
                               & (DocStep.record_id == record_id)).execute()
        rows = (CirculationEntry,) if registry == "incoming" else (Countersign, Distribution)
        for model in rows:
            model.delete().where(model.doc_id == record_id).execute()


def void_record(registry: str | RegistrySpec, record_id: int, actor: Actor, reason: str,
                expected_version: int | None = None) -> Any:
    """作废: the record stays, marked 已作废; its number is recorded as voided, never reused."""
    spec = _spec(registry)
    _require_office(actor, "作废")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("作废须写明原因。", "reason")
    with guarded("作废"), write_transaction():
        record = records.get(spec, record_id, actor)
        version = _check_version(spec, record, expected_version)
        refusal = may_void(spec, record)
        if refusal:
            raise (ConflictError if state_of(spec, record) == VOIDED else ProcedureError)(refusal)
        refusal = _void_rights(spec, record, actor)
        if refusal:
            raise PermissionDeniedError(refusal)
        refusal = _held(spec, record, actor)
        if refusal:
            raise ProcedureError(refusal)
        number = number_of(spec, record)
        before = state_of(spec, record)
        numbering.void(NUMBER_KINDS[spec.name], number, reason, actor)
        _own_step_row(spec.name, record, before, reason, actor)
        saved = records.save_changes(
            spec, record, {LIFECYCLE[spec.name][0]: VOIDED}, version, actor, action="void",
            summary=trail_text("作废%1 %2：%3", spec.label, number, reason))
        if spec.name == "supervision":  # a meeting's decision sent by mistake is free again
            from officedesk.core.meetings.decision_supervision import release_voided

            release_voided(record.id, actor, number)
    return saved


def void_imported(spec: RegistrySpec, record: Any, actor: Actor, reason: str) -> Any:
    """A record an office's 台账 brings as 已作废 (import): made as its row gives it, then voided
    here as 作废 voids one: its number recorded as voided (never issued again), the record
    已作废 with no step after. The checks of a 作废 in the window (its state, its tasks) are not
    asked again: the record was voided in the office it comes from. Inside the caller's
    transaction."""
    number = number_of(spec, record)
    if not number:
        raise ValidationError(text("已作废的%1须有编号：没有编号的记录不必作废，也不必导入。", spec.label))
    before = state_of(spec, record)
    numbering.void(NUMBER_KINDS[spec.name], number, reason, actor)
    _own_step_row(spec.name, record, before, reason, actor)
    return records.save_changes(
        spec, record, {LIFECYCLE[spec.name][0]: VOIDED}, record.version, actor, action="void",
        summary=trail_text("作废%1 %2：%3", spec.label, number, reason))


def _own_step_row(registry: str, record: Any, before: str, reason: str, actor: Actor) -> None:
    """The 作废 as a step of the record's own trail, as the window lists steps (a 公文's 办理过程,
    a 信访's), written before the record's entry, which digests it (core.sub_rows)."""
    if registry in ("incoming", "outgoing"):
        from officedesk.core.documents.common import add_step

        add_step(registry, record, "作废", before, VOIDED, actor, opinion=reason)
    elif registry == "petitions":
        from officedesk.core import clock
        from officedesk.store.petitions import PetitionStep

        PetitionStep.create(petition=record.id, kind="作废", on=clock.today(), person=actor.label,
                            content=reason, created_at=clock.now(), created_by=actor.username)


def void_recorded(registry: str, record: Any) -> tuple[dt.date | None, str]:
    """The day and the reason of a voided record's 作废, where void_record left them: the step
    row of 收文, 发文 and 信访 (_own_step_row), else the row of its voided number
    (numbering.void: 督查, 信息), else the audit entry of the void (its summary: 作废… 编号：原因);
    (None, "") when none is found. For code that has read the record for its actor already."""
    if registry in ("incoming", "outgoing"):
        from officedesk.core.documents.common import _last_step

        row = _last_step(registry, record.id, "作废")
        if row is not None:
            return row.at.date(), (row.opinion or "").strip()
    elif registry == "petitions":
        from officedesk.store.petitions import PetitionStep

        step = (PetitionStep.select().where((PetitionStep.petition == record.id)
                                            & (PetitionStep.kind == "作废"))
                .order_by(PetitionStep.id.desc()).first())
        if step is not None:
            return step.on, (step.content or "").strip()
    from officedesk.store.models import AuditEntry, IssuedNumber

    number = number_of(registries.get(registry), record)
    kind = NUMBER_KINDS.get(registry)
    issued = IssuedNumber.get_or_none(
        (IssuedNumber.kind == kind) & (IssuedNumber.text == number)
        & (IssuedNumber.status == "voided")) if number and kind else None
    if issued is not None and issued.voided_at is not None:
        return issued.voided_at.date(), (issued.void_reason or "").strip()
    entry = (AuditEntry.select().where((AuditEntry.action == "void")
                                       & (AuditEntry.registry == registry)
                                       & (AuditEntry.record_id == record.id))
             .order_by(AuditEntry.id.desc()).first())
    if entry is None:
        return None, ""
    _, _, reason = str(entry.summary).partition("：")
    return entry.at.date(), reason.strip()


@dataclass(frozen=True)
class VoidedNumber:
    kind: str
    text: str
    registry: str
    record_id: int | None
    reason: str
    voided_by: str
    voided_on: str

    def __str__(self) -> str:
        label = numbering.KINDS[self.kind].label if self.kind in numbering.KINDS else self.kind
        where = f"（{self.registry} id {self.record_id}）" if self.record_id else ""
        return (f"{label} {self.text}{where} 已作废：{self.reason}"
                f"（{self.voided_by}，{self.voided_on}），此号不再使用")


def voided_numbers() -> list[VoidedNumber]:
    """Every voided number, oldest first: `check` lists them, the registers show 已作废."""
    from officedesk.store.models import IssuedNumber

    rows = IssuedNumber.select().where(IssuedNumber.status == "voided").order_by(
        IssuedNumber.kind, IssuedNumber.year, IssuedNumber.seq)
    return [VoidedNumber(r.kind, r.text, r.registry, r.record_id, r.void_reason, r.voided_by,
                         r.voided_at.date().isoformat() if r.voided_at else "")
            for r in rows]
