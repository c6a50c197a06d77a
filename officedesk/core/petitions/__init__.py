"""The petitions registry (信访): field declarations, registration with repeat detection, the
handling procedure and its deadlines, privacy of petitioners' data, figures.

Modules: `spec` (fields, settings, deadlines), `repeats` (重复信访 by indexed lookups and the
search index), `links` (the 重复件 link, and what of a classified original is told), `procedure`
(登记 and the steps), `privacy` (masking, audited reveal),
`figures` (stats, 工作台, lights).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from officedesk.core import (
    clock,
    dashboard,
    number_claims,
    numbering,
    records,
    registry,
    state_facts,
    stats,
    typed_numbers,
)
from officedesk.core.actor import CLI_ACTOR, Actor
from officedesk.core.batch_new import NewRecord
from officedesk.core.petitions import (
    corrected,
    deadlines,
    figures,
    import_repeats,
    imported,
    joint,
    links,
    named_originals,
    paths,
    privacy,
    procedure,
    registration,
    renamed,  # noqa: F401  (registers its directory.UNIT_RENAMES hook)
    repeats,
    updated,
)
from officedesk.core.petitions import spec as spec_module  # noqa: F401  (petitions.spec_module)
from officedesk.core.petitions.deadlines import next_due
from officedesk.core.petitions.figures import LIGHT_OK, LIGHT_OVERDUE, LIGHT_SOON, due_items, light
from officedesk.core.petitions.links import link_repeat
from officedesk.core.petitions.paths import (
    extension_paper,
    notice_paper,
    paper_refusal,
    reply_paper,
    review_answer,
    transfer_paper,
)
from officedesk.core.petitions.privacy import log_reveal, may_reveal, require_reveal, reveal
from officedesk.core.petitions.procedure import (
    allowed_steps,
    close,
    decide,
    extend,
    handle,
    notify,
    reply,
    steps_of,
)
from officedesk.core.petitions.registration import check_group, petitioners_of, update_petitioners
from officedesk.core.petitions.repeats import (
    RepeatCandidate,
    Repeats,
    find_repeats,
    frequent_petitioners,
    petitions_of_person,
    repeats_of_record,
)
from officedesk.core.petitions.review_steps import answer_review, record_service, request_review
from officedesk.core.petitions.spec import (
    CLOSED,
    FORMS,
    HANDLING,
    HANDLINGS,
    IN_RECHECK,
    IN_REVIEW,
    OPEN_STATES,
    PENDING,
    REPLIED,
    STATES,
    TO_NOTIFY,
    TRANSFERRED,
    categories,
    due_after,
    set_categories,
    working_days,
)
from officedesk.core.petitions.spec import make_spec as _make_spec
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import write_transaction
from officedesk.store.petitions import Petition, Petitioner, PetitionStep


def _export_row(record: Any, actor: Actor) -> dict[str, Any]:
    """Masked; exchange unmasks for an allowed actor who asks (export --unmasked, audited)."""
    return privacy.export_row(SPEC, record, actor)


def _split_import(
    raw: dict[str, Any],
) -> tuple[dict[str, Any], list[dict[str, Any]] | None, str, str]:
    """One petitioner from the main fields; a joint letter's names after 、 in 信访人, and its
    petitioners' data in the same order in their columns (joint.split_people);
    the 信访编号 and the 状态 the row brings along: (values, petitioners or None, number, state)."""
    values = dict(raw)
    state_key = _key_of(values, "状态", "state")
    state = str(values.pop(state_key) or "").strip() if state_key else ""
    people = None
    name_key = _key_of(values, "信访人", "name")
    if name_key and isinstance(values[name_key], str):
        names = joint.names_in(values[name_key])
        if len(names) > 1:  # a joint letter: each petitioner's data in its place (joint.py)
            people = joint.split_people(SPEC, values, names)
            values[name_key] = names[0]
    number_key = _key_of(values, "信访编号", "number")
    # as the number register keeps it (信２０２５－０００１２ is 信2025-00012)
    number = typed_numbers.tidy_number(str(values.pop(number_key) or "")) if number_key else ""
    return values, people, number, state


def _key_of(values: dict[str, Any], label: str, name: str) -> str | None:
    """The key `values` gives a field by: its label or its name, the first of them in the row."""
    if label in values:
        if name in values:  # both: the first, as the row gives them
            return next(k for k in values if k in (label, name))
        return label
    return name if name in values else None


def _create_hook(raw: dict[str, Any], actor: Actor) -> Petition:
    """`add petitions …` and xlsx import: see _split_import; the row's 状态 with its facts, or
    without one its 处理方式 / 办结日期 / 答复意见, sets the state (imported.py)."""
    values, people, number, state = _split_import(raw)
    with write_transaction():
        claimed = None
        if number:  # an imported 台账 keeps its own 信访编号: claimed (moving the sequence past
            # it), never a new one issued and voided
            claimed = typed_numbers.claim_manual("petition", number, actor, "petitions",
                                                 dated=typed_numbers.dated_by(SPEC, values))
            values["number"] = number
        record = registration.register(values, people, actor)
        if claimed is not None:
            numbering.attach(claimed, record.id)
        record = _state_from_import(record, actor, state)
    return record


def _prepare_new(raw: dict[str, Any], actor: Actor) -> Any:
    """The batch import's _create_hook (core.batch): the same checks and values, written in
    bulk; the record takes its imported 信访编号 straight away and its state from the sheet."""
    values, people, number, given = _split_import(raw)
    # where _create_hook claims it (a file checked one by one in memory: core.batch_in_order)
    # (claim_here claims no empty number, and only in such a file: its date is not looked for)
    if number and number_claims.claims_here("petition"):
        number_claims.claim_here("petition", number, typed_numbers.dated_by(SPEC, values))
    parsed, people, extra = registration.prepare_registration(values, people)
    values = {**parsed, **extra}
    records.apply_rules(SPEC, values, None)
    values = records.storable(SPEC, values)
    state = imported.state_values(_Unsaved(values), given)
    if state:
        _recorded_for_others(state, given, actor)
        if not given:
            _require_facts(state, values.get)
        values.update(state)
        deadlines.with_due(_Unsaved(values), values)
    now = clock.now()
    stamps = {"created_at": now, "created_by": actor.username, "updated_at": now,
              "updated_by": actor.username, "version": 1}
    children: list[tuple[Any, str, dict[str, Any]]] = [
        (Petitioner, "petition", {**person, "seq": seq, **stamps})
        for seq, person in enumerate(people, start=1)
    ]
    children.append((PetitionStep, "petition", registration.registration_step(parsed, people, actor)))
    return NewRecord(values, number=number, children=children,
                     extra_text=" ".join(p["name"] for p in people[1:]),
                     summary=registration.registration_summary(parsed))


class _Unsaved:
    """The petition a row makes, read as a record before it is one (imported.state_values,
    deadlines.with_due): its values, None in a column it leaves empty (the class's own
    attributes, set below); a name no column has is no attribute. The values are copied: the
    caller changes its dict after."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


for _column in Petition._meta.fields:
    setattr(_Unsaved, _column, None)


def _require_facts(state: dict[str, Any], fact: Callable[[str], Any]) -> None:
    """The imported state's facts, every one its declaration (state_facts.FACTS) names: taken
    from the new state's own values, else from the record (`fact`). A hand-kept list here once
    left 答复意见 out, and every 已答复 row was refused although its cell was filled."""
    needed = state_facts.FACTS["petitions"].get(state["state"], ())
    facts = {name: state[name] if name in state else fact(name) for name in needed}
    state_facts.require("petitions", state["state"], facts, "信访件")


def _recorded_for_others(state: dict[str, Any], given: str, actor: Actor) -> None:
    """A 信访件 brought in a later state than 登记 records the 信访科's 处理 and 答复: 代录,
    refused without the right while the chains are in force (state_facts.require_recorder),
    naming 状态, or 处理方式 that the state follows from."""
    state_facts.require_recorder(actor, "信访件", state["state"], "state" if given else "handling",
                                 "处理、答复等步骤", "状态、处理方式、处理日期、答复意见、办结日期等")


def _state_from_import(record: Petition, actor: Actor, given: str = "") -> Petition:
    values = imported.state_values(record, given)
    if not values:
        return record
    _recorded_for_others(values, given, actor)
    if not given:  # a given state's facts are checked with it
        _require_facts(values, lambda name: getattr(record, name, None))
    deadlines.with_due(record, values)
    return records.save_changes(
        SPEC,
        record,
        values,
        record.version,
        actor,
        action="step",
        summary="导入：按台账设置办理状态",
    )


def _json_extra(record: Petition) -> dict[str, Any]:
    # only the command line asks (`add --json`), and it acts as the administrator
    found = repeats_of_record(record, CLI_ACTOR)
    out: dict[str, Any] = {
        "possible_repeats": [c.petition_id for c in found],
        "repeat_of": record.repeat_of,
    }
    closed = paths.final_review_for_unchecked(record)
    if closed is not None:  # 复核终结: 不再受理 (art. 36)
        out["no_longer_accepted"] = {
            "petition_id": closed.id,
            "number": closed.number,
            "rechecked_on": str(closed.review_answered_on),
            "message": paths.closed_matter_text(closed, CLI_ACTOR.clearance) + "。",
        }
    return out


def _searchable_extra(record: Petition) -> str:
    """Names of the further petitioners of a joint letter (never ID numbers or phones)."""
    return _searchable_extras([record]).get(record.id, "")


def _searchable_extras(petitions: list[Petition]) -> dict[int, str]:
    """_searchable_extra of many petitions, a chunk of ids a query."""
    petition_ids = [petition.id for petition in petitions]
    names: dict[int, list[str]] = {}
    for start in range(0, len(petition_ids), 500):
        chunk = petition_ids[start:start + 500]
        further: Any = (Petitioner.select(Petitioner.petition, Petitioner.name)
                        .where(Petitioner.petition.in_(chunk) & (Petitioner.seq > 1))
                        .order_by(Petitioner.petition, Petitioner.seq).tuples())
        for petition_id, name in further:
            names.setdefault(petition_id, []).append(name)
    return {petition_id: " ".join(listed) for petition_id, listed in names.items()}


SPEC = registry.register(
    _make_spec(
        create_hook=_create_hook,
        update_hook=updated.update_hook,
        check_update=updated.check_update,
        plain_update=updated.plain_update,
        listed_cells=updated.listed_cells,
        prepare_new=_prepare_new,
        prepare_scope=paths.rechecked_snapshot,
        json_extra=_json_extra,
        import_notes=import_repeats.import_notes,
        export_row=_export_row,
        searchable_extra=_searchable_extra,
        searchable_extra_many=_searchable_extras,
        told_in_history=named_originals.redact,  # an original raised since, named in the trail
    )
)
SPEC.rules.append(registration.correction_rule)
SPEC.void_holds.append(links.void_refusal)  # no 重复件 left tied to a voided original
corrected.install(SPEC)
dashboard.register_provider(due_items)
stats.register("petitions", figures.figures)


def register_petition(
    values: dict[str, Any],
    petitioners: list[dict[str, Any]] | None,
    actor: Actor,
    repeat_of: int | None = None,
) -> Petition:
    """Register a new petition (see registration.register)."""
    return registration.register(values, petitioners, actor, repeat_of=repeat_of)


def get(petition_id: int, actor: Actor) -> Petition:
    """The petition, read for `actor`: one above the actor's clearance is refused. Core code
    that has read it with the actor in the same call already uses `records.get_unchecked`."""
    return records.get(SPEC, petition_id, actor)


def to_supervision(
    petition_id: int, actor: Actor, leader: str = "", instruction: str = "", deadline: Any = None
) -> Any:
    """转督查: open a supervision item for this petition and link both ways."""
    from officedesk.core import supervision
    from officedesk.core.errors import ConflictError

    records.require_writer(actor)
    record = get(petition_id, actor)
    if record.supervision_id:
        raise ConflictError("这件信访已经转为督查事项，不能重复转办。")
    with write_transaction():
        item = supervision.create_item_from_source(
            source_kind="petition",
            source_id=record.id,
            title=f"信访件 {record.number}：{record.category}（{record.name}）",
            content=record.content,
            actor=actor,
            leader=leader,
            instruction=instruction,
            deadline=deadline,
        )
        procedure._add_step(  # before the entry, which digests it (core.sub_rows)
            record,
            "转督查",
            clock.today(),
            actor.label,
            f"转为督查事项（{getattr(item, 'number', '') or item.id}）",
            actor,
        )
        records.save_changes(
            SPEC,
            record,
            {"supervision_id": item.id},
            record.version,
            actor,
            action="step",
            summary=trail_text("转督查：督查事项 %1", item.id),
        )
    return item


__all__ = [
    "CLOSED",
    "FORMS",
    "HANDLING",
    "HANDLINGS",
    "IN_RECHECK",
    "IN_REVIEW",
    "LIGHT_OK",
    "LIGHT_OVERDUE",
    "LIGHT_SOON",
    "OPEN_STATES",
    "PENDING",
    "REPLIED",
    "SPEC",
    "STATES",
    "TO_NOTIFY",
    "TRANSFERRED",
    "Petition",
    "PetitionStep",
    "Petitioner",
    "RepeatCandidate",
    "Repeats",
    "allowed_steps",
    "answer_review",
    "categories",
    "check_group",
    "close",
    "decide",
    "due_after",
    "due_items",
    "extend",
    "deadlines",
    "figures",
    "find_repeats",
    "paths",
    "frequent_petitioners",
    "get",
    "handle",
    "light",
    "link_repeat",
    "links",
    "log_reveal",
    "may_reveal",
    "next_due",
    "notify",
    "petitioners_of",
    "petitions_of_person",
    "privacy",
    "register_petition",
    "repeats",
    "repeats_of_record",
    "reply",
    "reply_paper",
    "review_answer",
    "notice_paper",
    "extension_paper",
    "transfer_paper",
    "paper_refusal",
    "record_service",
    "request_review",
    "require_reveal",
    "reveal",
    "set_categories",
    "steps_of",
    "to_supervision",
    "update_petitioners",
    "working_days",
]
