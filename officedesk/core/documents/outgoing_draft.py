"""发文 拟稿: a new 发文 with its first step row — one by one (`draft`: the window, `add`, an
import the batch cannot take) or made ready for the batch import (`prepare_new`: core.batch
writes the same rows in bulk). Both check the row with `_values` and read the step's row from
`draft_step`; a brought 发文字号 is claimed as typed_numbers.claim_manual claims it, on the year
of `number_dates`."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from officedesk.core import audit, clock, i18n, records, state_facts, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.documents import doc_rules
from officedesk.core.documents.common import add_step, check_wenhao
from officedesk.core.documents.outgoing_spec import (
    DRAFTING,
    NUMBERED,
    OUTGOING,
    REVIEWED,
    SIGNED,
    STATES,
    STEP_FIELDS,
)
from officedesk.core.errors import ValidationError
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.documents import DocStep, OutgoingDoc

DRAFT = "拟稿"


def _values(raw: dict[str, Any], parsed: bool, actor: Actor) -> tuple[dict[str, Any], str]:
    """The new record's values, checked as 拟稿 checks a row before writing it (the registry's
    rules come after, with records.create or the batch), and the 发文字号 it brings ("": none).

    `add` and import may bring a document of the office's register in a later 状态, with that
    state's facts (state_facts; checked by the registry's rules). Without a 状态, a 签发人 makes
    it 已签发 and a 发文字号 已编号, as sheets without that column always did. A state after
    拟稿 records the 核稿人's and 签发人's steps: 代录, refused without the right while the
    chains are in force (state_facts.require_recorder)."""
    values = dict(raw) if parsed else records.parse_values(OUTGOING, raw)
    given = bool(values.get("state")) and (parsed or _state_given(raw))
    values.setdefault("state", DRAFTING)
    manual = (values.pop("doc_no", None) or "").strip()
    if manual:
        # the office's own 字号 written another way is refused where it is claimed, offering its
        # form only when its sequence takes it (typed_numbers.misformed_refusal: `add` and
        # import row by row, the batch with the rows before it)
        if typed_numbers.canonical_form("outgoing", manual) is None:
            check_wenhao("发文字号", "doc_no")(manual)
        values["doc_no"] = manual  # a fact of 已编号, checked with the others (state_facts)
    if given:
        _not_beyond(values)
        values["signed_on"] = values.get("signed_on") or values.get("doc_date")
        values["doc_date"] = values.get("doc_date") or values.get("signed_on")
    else:
        if values.get("signed_on") and not values.get("signer"):  # signed, by nobody
            raise ValidationError(
                "填了“签发日期”，却没有“签发人”：签发须写明签发人。请填写签发人，或不填签发日期。",
                "signer")
        if values.get("signer"):  # imported: signed elsewhere already
            values["state"] = SIGNED
            values["signed_on"] = values.get("signed_on") or values.get("doc_date") or clock.today()
            values["doc_date"] = values.get("doc_date") or values["signed_on"]
            if values.get("rechecker"):  # and checked (复核) after it
                values["state"] = REVIEWED
        elif values.get("rechecker") and not manual:
            raise ValidationError(
                "填了“复核人”，却没有“签发人”：复核在签发之后。请填写签发人，或不填复核人。",
                "rechecker")
        if manual:
            values["state"] = NUMBERED
    if values["state"] != DRAFTING:
        field = "state" if given else ("signer" if values.get("signer") else "doc_no")
        state_facts.require_recorder(actor, "发文", values["state"], field, "核稿、签发等步骤",
                                     "状态、核稿人、签发人、签发日期、发文字号")
        _holders_named(values, actor)
    if values.get("print_date") and values.get("doc_date") and values["print_date"] < values["doc_date"]:
        raise ValidationError("印发日期不能早于成文日期。", "print_date")
    if values.get("signer") and not state_facts.is_history():
        # brought in signed (`add`, an import): what 签发 checks of the document still holds; a
        # past register (import --history) keeps the signers of its time
        doc_rules.check_signer(SimpleNamespace(kind=values.get("kind"), main_to=values.get("main_to") or ""),
                               str(values["signer"]))
    return values, manual


# the chain steps a 发文 in a later state records, and the field naming whose each was (审核
# leaves no name on the record)
RECORDED_STEPS = (("核稿", "checker"), ("签发", "signer"))


def _holders_named(values: dict[str, Any], actor: Actor) -> None:
    """逐级负责 of a 发文 brought in a later state: each recorded chain step (核稿, 签发) names
    someone who holds it on this document, in the chain in force for it (a 请示 its own), judged
    as the step path judges the person a step names (responsibility.capacity) and refused in its
    words, and written by his 姓名 as the step writes it. A past register (import --history)
    keeps the people of its time."""
    from officedesk.core import chains, responsibility
    from officedesk.core.chain_holders import unit_missing

    if not chains.enforced() or state_facts.is_history():
        return
    record = OutgoingDoc(**values)  # not saved: the document as it would be
    for step, field in RECORDED_STEPS:
        named = str(values.get(field) or "").strip()
        if not named:
            continue
        day = values.get("signed_on") if field == "signer" else None
        judged = responsibility.capacity(OUTGOING.name, step, record, actor, named, day)
        if isinstance(judged, str):
            chain = chains.chain_for(OUTGOING.name, record)
            entry = chain.find(step) if chain is not None else None
            unit = entry is not None and unit_missing(OUTGOING.name, record, entry)
            raise ValidationError(judged, "drafting_unit" if unit else field)
        # written as the step writes the person (step_values.person_values): by his 姓名
        if judged.mode in (responsibility.SELF, responsibility.SUBSTITUTE):
            values[field] = actor.label
        elif judged.mode == responsibility.ENTERED and judged.username:
            values[field] = judged.person


def draft_step(state: str, drafter: str | None, drafting_unit: str | None, actor: Actor) -> dict[str, Any]:
    """The 拟稿 row of the step history (without the record's id)."""
    return {"registry": OUTGOING.name, "step": DRAFT, "state_from": "", "state_to": state,
            "person": drafter or actor.label, "actor": actor.username, "at": clock.now(),
            "opinion": f"{drafting_unit}拟稿" if drafting_unit else "拟稿"}


def number_dates(signed_on: dt.date | None, doc_date: dt.date | None) -> dict[str, Any]:
    """The date a typed 发文字号 takes its year from (typed_numbers.claim_manual's `dated`): the
    成文日期, else the 签发日期 (as outgoing.number_year issues one) — not either: signed on
    2025-12-30 and dated 2026-01-04, the document is of 2026."""
    return {"成文日期": doc_date} if doc_date else {"签发日期": signed_on}


def _summary(values: dict[str, Any]) -> str:
    return trail_text("发文%1：%2", "拟稿", values.get("title", ""))


def _brought(number: str) -> str:
    return trail_text("登记外来发文字号：%1", number)


def draft(raw: dict[str, Any], actor: Actor, *, parsed: bool = False) -> OutgoingDoc:
    """拟稿: a new draft; it gets no 发文字号 until it has been signed (one numbered elsewhere
    brings it: claimed, never issued again)."""
    from officedesk.core.documents import archive_brought

    values, manual = _values(raw, parsed, actor)
    pages = archive_brought.take_pages(values)  # its 目录 entry's

    def drafted(record: OutgoingDoc) -> None:  # before the record's entry, which digests it
        step = draft_step(record.state, record.drafter, record.drafting_unit, actor)
        add_step(OUTGOING.name, record, DRAFT, "", record.state, actor, person=step["person"],
                 opinion=step["opinion"], at=step["at"])

    with guarded(DRAFT), write_transaction():
        record = records.create(OUTGOING, values, actor, parsed=True, summary=_summary(values),
                                after_insert=drafted)
        if manual:  # a document numbered elsewhere (import of the year's register)
            typed_numbers.claim_manual("outgoing", manual, actor, OUTGOING.name, record.id,
                                      dated=number_dates(record.signed_on, record.doc_date))
            OutgoingDoc.update(doc_no=manual, numbered_at=clock.now()).where(
                OutgoingDoc.id == record.id
            ).execute()
            record = OutgoingDoc.get_by_id(record.id)
            records.reindex(OUTGOING, record)
            audit.record(actor, "step", OUTGOING.name, record.id, None, {"发文字号": manual},
                         _brought(manual))  # the row as it now is (tamper evidence)
        record = archive_brought.file_brought(OUTGOING.name, record, actor, pages)  # a 档号 brought
    return record


def prepare_new(raw: dict[str, Any], actor: Actor) -> Any:
    """The batch import's draft (core.batch): the same checks and values, the 拟稿 row riding
    along. A brought 发文字号 is claimed as claim_manual claims it (the batch checks it against
    the file and the database, its year against `number_dates`, its place in the sequence);
    the one audit entry of the record says it was brought (the row path adds a second one)."""
    from officedesk.core.batch import NewRecord
    from officedesk.core.documents import archive_brought

    values, manual = _values(raw, parsed=False, actor=actor)
    pages = archive_brought.take_pages(values)
    records.apply_rules(OUTGOING, values, None)
    values = records.storable(OUTGOING, values)
    summary = _summary(values)
    if manual:
        values["numbered_at"] = clock.now()
        summary = trail_text("发文%1：%2；登记外来发文字号：%3", "拟稿", values.get("title", ""), manual)
    step = draft_step(values["state"], values.get("drafter"), values.get("drafting_unit"), actor)
    new = NewRecord(values, number=manual, children=[(DocStep, "record_id", step)], summary=summary,
                    dated=number_dates(values.get("signed_on"), values.get("doc_date")) if manual else None)
    archive_brought.prepare(OUTGOING.name, new, actor, pages)
    return new


def _state_given(raw: dict[str, Any]) -> bool:
    return any(str(raw.get(key) or "").strip() for key in ("状态", "state"))


def _not_beyond(values: dict[str, Any]) -> None:
    """A document in a given 状态 brings no fact of a later step (a 发文字号 on a draft)."""
    state = values["state"]
    if state not in STATES:
        return
    after = STATES[STATES.index(state) + 1 :]
    for later, names in STEP_FIELDS.items():
        for name in names if later in after else ():
            if values.get(name) not in (None, ""):
                label = OUTGOING.field(name).label
                raise ValidationError(
                    i18n.text("状态为“%1”，却填了“%2”，这是“%3”以后才有的内容。请"
                              "填写相应的状态，或不填“%2”。",
                              state, label, later), name)


def _create_hook(raw: dict[str, Any], actor: Actor) -> OutgoingDoc:
    return draft(raw, actor)


OUTGOING.create_hook = _create_hook
OUTGOING.prepare_new = prepare_new
