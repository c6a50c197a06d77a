"""收文 签收: a new 收文 with its number and first step row — one by one (`sign_in`: the window,
`add`, an import the batch cannot take) or made ready for the batch import (`prepare_new`:
core.batch writes the same rows in bulk). Both read the step's row from `sign_in_step`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, number_claims, numbering, records, state_facts, typed_numbers
from officedesk.core.actor import Actor
from officedesk.core.documents.common import add_step, carries_organs_mark, step_moment
from officedesk.core.documents.incoming_spec import INCOMING, PROPOSED, SIGNED, STATES
from officedesk.core.lifecycle import VOIDED
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.documents import DocStep, IncomingDoc

SIGN_IN = "签收"


def _values(raw: dict[str, Any], parsed: bool, actor: Actor) -> tuple[dict[str, Any], str]:
    """The new record's values and the 收文编号 it brings (claimed, never issued again). A state
    of the approval chain or after it (已拟办 …) records the 拟办 and the leader's 批办: 代录,
    refused without the right while the chains are in force (state_facts.require_recorder)."""
    values = dict(raw) if parsed else records.parse_values(INCOMING, raw)
    values.setdefault("state", SIGNED)
    state = values["state"]
    if state in STATES and STATES.index(state) >= STATES.index(PROPOSED):
        state_facts.require_recorder(actor, "收文", state, "state", "拟办、批办等步骤",
                                     "状态、拟办意见、领导批示等")
    return values, str(values.get("receive_no") or "").strip()


def sign_in_step(state: str, copies: Any, received_on: dt.date | None, actor: Actor) -> dict[str, Any]:
    """The 签收 row of the step history (without the record's id). Received on an earlier day:
    signed in then (the steps after it, and the 效能 spans, count from it)."""
    return {"registry": INCOMING.name, "step": SIGN_IN, "state_from": "", "state_to": state,
            "person": actor.label, "actor": actor.username,
            "at": step_moment(received_on) if received_on else clock.now(),
            "opinion": f"签收 {copies} 份"}


def sign_in(raw: dict[str, Any], actor: Actor, *, parsed: bool = False) -> IncomingDoc:
    """签收: create the record (it gets its 收文编号) and the first step row."""
    from officedesk.core.documents import archive_brought

    values, given = _values(raw, parsed, actor)
    pages = archive_brought.take_pages(values)  # its 目录 entry's
    with guarded(SIGN_IN), write_transaction():
        claimed = None
        if given:  # a register carried over (import): the number is claimed, never issued again
            claimed = typed_numbers.claim_manual("incoming", given, actor, INCOMING.name,
                                                dated={"收文日期": values.get("received_on")})
        record = records.create(INCOMING, values, actor, parsed=True, summary=_summary(values),
                                after_insert=_signed_in(actor))
        if claimed is not None:
            numbering.attach(claimed, record.id)
        record = archive_brought.file_brought(INCOMING.name, record, actor, pages)  # a 档号 brought
    return record


def _signed_in(actor: Actor) -> Any:
    """The 签收 row, written before the record's entry, which digests it (core.sub_rows)."""

    def write(record: IncomingDoc) -> None:
        step = sign_in_step(record.state, record.copies, record.received_on, actor)
        add_step(INCOMING.name, record, SIGN_IN, "", record.state, actor, opinion=step["opinion"],
                 at=step["at"])

    return write


def _summary(values: dict[str, Any]) -> str:
    return trail_text("收文%1：%2", "签收", values.get("title", ""))


def prepare_new(raw: dict[str, Any], actor: Actor) -> Any:
    """The batch import's sign_in (core.batch): the same checks and values, the 签收 row riding
    along; a brought 收文编号 is claimed, the others issued under the write lock."""
    from officedesk.core.batch import NewRecord
    from officedesk.core.documents import archive_brought

    values, given = _values(raw, parsed=False, actor=actor)
    pages = archive_brought.take_pages(values)
    # where sign_in claims it (a file checked one by one in memory: core.batch_in_order)
    number_claims.claim_here("incoming", given, {"收文日期": values.get("received_on")})
    values.pop("receive_no", None)
    records.apply_rules(INCOMING, values, None)
    values = records.storable(INCOMING, values)
    step = sign_in_step(values["state"], values.get("copies"), values.get("received_on"), actor)
    new = NewRecord(values, number=given, children=[(DocStep, "record_id", step)], summary=_summary(values))
    archive_brought.prepare(INCOMING.name, new, actor, pages)
    return new


def _names_of(org: str) -> list[str]:
    """The 来文机关 as typed and, when the 通讯录 knows it, by its 名称 and its 简称: one organ
    written either way (县应急管理局 / 应急局) is the same organ."""
    from officedesk.core.directory import unit_by_name

    unit = unit_by_name(org)
    names = [org] if unit is None else [org, unit.name, unit.short_name or ""]
    return list(dict.fromkeys(name for name in names if name))


def registered_before(from_org: str, from_ref: str, actor: Actor, but: int | None = None) -> list[str]:
    """收文 already signed in with the same 来文字号 (not voided): the same document registered
    twice is one item counted twice (import takes the pair as the same record). A 字号 in the
    〔年〕号 form carries its organ's 代字 (云应急发〔2026〕15号) and is that organ's alone, so it is
    the same document however the 来文机关 is written (县应急局 / 县应急管理局, neither in the
    通讯录); a number in a sender's own form is matched with the 来文机关 (by its 名称 or 简称). Only those the actor may see are named; those above the clearance are left out in
    SQL, neither named nor counted, so the warning tells no clerk that a classified 收文 with
    this 字号 exists (the rule of the 重复信访 lookup, core/petitions/repeats.py)."""
    # the 字号 as sign_in stores it (the field's tidy): 市委办〔２０２６〕９９号 is 市委办〔2026〕99号
    org, ref = (from_org or "").strip(), typed_numbers.tidy_number(from_ref or "")
    if not org or not ref:  # a letter without a 字号 is no such pair
        return []
    same = IncomingDoc.from_ref == ref
    if not carries_organs_mark(ref):  # 函字第12号 may be another body's too: the organ decides
        same &= IncomingDoc.from_org.in_(_names_of(org))
    condition = same & (IncomingDoc.state != VOIDED) & (IncomingDoc.id != (but or 0))
    visible = records.visible_levels(INCOMING, actor)
    if visible is not None:
        condition &= visible
    with guarded("查重"):
        found = list(IncomingDoc.select(IncomingDoc.id, IncomingDoc.receive_no)
                     .where(condition).order_by(IncomingDoc.id))
    return [d.receive_no or f"id {d.id}" for d in found]


def _create_hook(raw: dict[str, Any], actor: Actor) -> IncomingDoc:
    return sign_in(raw, actor)


def _json_extra(record: IncomingDoc) -> dict[str, Any]:
    # only the command line asks (`add`), and it acts as the administrator
    from officedesk.core.actor import CLI_ACTOR

    return {"registered_before": registered_before(record.from_org, record.from_ref, CLI_ACTOR,
                                                   but=record.id)}


INCOMING.create_hook = _create_hook
INCOMING.json_extra = _json_extra
INCOMING.prepare_new = prepare_new
