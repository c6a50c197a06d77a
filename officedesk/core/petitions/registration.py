"""Registering a petition (登记, 《信访工作条例》2022 art. 27-30): its petitioners, the group
of people, the first deadlines, 复核终结 matters not taken again, and corrections after it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from officedesk.core import audit, clock, read_once, records, registry
from officedesk.core.actor import Actor
from officedesk.core.errors import NotFoundError, ValidationError
from officedesk.core.i18n import text
from officedesk.core.idcard import gender_of, validate_id, validate_phone
from officedesk.core.petitions import links, paths, privacy
from officedesk.core.petitions import spec as S
from officedesk.core.petitions.deadlines import with_due
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.petitions import Petition, Petitioner, PetitionStep


def _spec() -> Any:
    return registry.get("petitions")


def correction_rule(values: dict[str, Any], existing: Any) -> None:
    """A correction of a registered petition (records.update): the number of people still covers
    the petitioners, and a new 登记日期 moves the deadlines that count from it."""
    if existing is None:
        return
    if "people_count" in values:
        count = Petitioner.select().where(Petitioner.petition == existing.id).count()
        check_group(
            records.pick(values, existing, "form") or "", values["people_count"], [{}] * count
        )
    registered = values.get("registered_on")
    if registered and registered != existing.registered_on:
        if registered > clock.today():
            raise ValidationError("登记日期不能晚于今天。", "registered_on")
        if existing.decided_on and registered > existing.decided_on:
            raise ValidationError("登记日期不能晚于处理日期。", "registered_on")
        values["decide_due"] = S.due_after(registered, S.LIMIT_DECIDE)
        values["notify_due"] = S.due_after(registered, S.LIMIT_NOTIFY)
        with_due(existing, values)


def _refuse_unseen_changes(spec: Any, stored: list[Petitioner], people: list[dict[str, Any]],
                           actor: Actor) -> None:
    """Personal data (身份证号, 电话, 住址) is changed only by those who may see it: another
    actor's list must carry each petitioner's stored values (a new petitioner brings none)."""
    if actor.may_see_sensitive:
        return
    from officedesk.core.corrections import sensitive_refusal

    pairs = _stored_of(stored, people)
    for field in spec.fields:
        if not field.sensitive or field.name not in S.PETITIONER_KEYS:
            continue
        for person, was in pairs:
            old = getattr(was, field.name, "") if was is not None else ""
            if (person.get(field.name) or "") != (old or ""):
                raise ValidationError(sensitive_refusal(field.label), field.name)


def _stored_of(stored: list[Petitioner], people: list[dict[str, Any]]
               ) -> list[tuple[dict[str, Any], Petitioner | None]]:
    """Each petitioner of a corrected list with the stored one he is: the same name first (one
    taken out of the list leaves the others theirs), then, in order, one not matched so (a name
    corrected in its place); None: a new petitioner."""
    left = list(stored)
    found: list[Petitioner | None] = []
    for person in people:
        same = next((was for was in left if was.name == person.get("name")), None)
        if same is not None:
            left.remove(same)
        found.append(same)
    unnamed = iter(was for was in stored if was in left)
    matched = [was if was is not None else next(unnamed, None) for was in found]
    return list(zip(people, matched, strict=True))


def _petitioner(raw: dict[str, Any], index: int, parsed: bool = False) -> dict[str, Any]:
    """A petitioner's values, checked; `parsed`: the record's own fields, parse_value's values
    (身份证号 and 电话 tidied and checked by their fields already: validate_id and validate_phone
    give them back as they are)."""
    who = f"第 {index} 位信访人" if index > 1 else "信访人"
    name = str(raw.get("name") or "").strip()
    if not name:
        raise ValidationError(text("请填写%1的姓名。", who), S.petitioner_key(index, "name"))
    try:
        if parsed:
            id_number, phone = raw.get("id_number") or "", raw.get("phone") or ""
        else:
            id_number = validate_id(raw.get("id_number"))
            phone = validate_phone(raw.get("phone"))
    except ValidationError as exc:
        message = exc.message if index == 1 else text("第 %1 位信访人（%2）：%3", index, name, exc.message)
        raise ValidationError(message, S.petitioner_key(index, exc.field or "")) from exc
    gender = str(raw.get("gender") or "").strip() or gender_of(id_number)
    if gender and gender not in ("男", "女"):
        raise ValidationError(text("%1的性别只能是“男”或“女”。", who), S.petitioner_key(index, "gender"))
    return {
        "name": name,
        "gender": gender,
        "id_number": id_number,
        "phone": phone,
        "address": str(raw.get("address") or "").strip(),
        "employer": str(raw.get("employer") or "").strip(),
    }


def check_group(form: str, people_count: int | None, petitioners: list[dict[str, Any]]) -> None:
    count = people_count if people_count is not None else 1
    if count < 1:
        raise ValidationError(text("人数至少为 1，现在是 %1。", count), "people_count")
    if count < len(petitioners):
        raise ValidationError(
            text("人数（%1）少于登记的信访人（%2 位），请改正人数。",
                 count, len(petitioners)),
            "people_count",
        )
    if form == "来访" and count > 1 and len(petitioners) > S.MAX_REPRESENTATIVES:
        raise ValidationError(
            text("集体访最多登记 %1 名代表，现在有 %2 名。",
                 S.MAX_REPRESENTATIVES, len(petitioners)),
            "petitioners",
        )


def prepare_registration(
    values: dict[str, Any], petitioners: list[dict[str, Any]] | None, repeat_of: int | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    """register()'s checks, without writing: (parsed values, petitioners, derived values)."""
    spec = _spec()
    if petitioners:  # the main fields come from the first petitioner
        labels = {f.name: f.label for f in spec.fields}
        values = {
            k: v
            for k, v in values.items()
            if k not in S.PETITIONER_KEYS and k not in {labels[n] for n in S.PETITIONER_KEYS}
        }
        values.update({key: petitioners[0].get(key) for key in S.PETITIONER_KEYS})
    parsed = records.parse_values(spec, values)
    first = {key: parsed.get(key) for key in S.PETITIONER_KEYS}
    people = ([_petitioner(p, i + 1) for i, p in enumerate(petitioners)] if petitioners
              else [_petitioner(first, 1, parsed=True)])
    for key in S.PETITIONER_KEYS:  # the list keeps the first petitioner
        parsed[key] = people[0][key]
    check_group(parsed.get("form") or "", parsed.get("people_count"), people)
    registered = parsed["registered_on"]
    if registered > clock.today():
        raise ValidationError("登记日期不能晚于今天。", "registered_on")
    closed = None
    if repeat_of is None:  # 复核终结: the same person on the same matter is 不再受理 (art. 36)
        closed = paths.closed_matter_unchecked(people, parsed.get("category") or "",
                                               parsed.get("content") or "")
        repeat_of = closed.id if closed is not None else None
    extra = {"state": S.PENDING, "repeat_of": repeat_of,
             "next_due_what": "不予受理" if closed is not None else "转送交办"}
    # once a 登记日期 in a check that writes nothing (read_once: a batch's); register() counts
    # them again in its transaction
    extra.update(read_once.remembered(("petition first dues", registered), lambda: _first_dues(registered)))
    return parsed, people, extra


def _first_dues(registered: Any) -> dict[str, Any]:
    decide = S.due_after(registered, S.LIMIT_DECIDE)
    return {"decide_due": decide, "notify_due": S.due_after(registered, S.LIMIT_NOTIFY),
            "next_due": decide}


def registration_summary(parsed: dict[str, Any]) -> str:
    return trail_text("登记信访：%1（%2）", parsed["name"], parsed.get("category", ""))


def registration_step(parsed: dict[str, Any], people: list[dict[str, Any]], actor: Actor,
                      note: str = "") -> dict[str, Any]:
    """The 登记 history row (without the petition's id)."""
    content = f"{parsed['form']}，{len(people)} 位信访人，人数 {parsed.get('people_count') or 1}"
    return {
        "kind": "登记",
        "on": parsed["registered_on"],
        "person": parsed.get("receiver") or actor.label,
        "content": content + (f"；{note}" if note else ""),
        "created_at": clock.now(),
        "created_by": actor.username,
    }


def register(
    values: dict[str, Any],
    petitioners: list[dict[str, Any]] | None,
    actor: Actor,
    repeat_of: int | None = None,
) -> Petition:
    """Register a new petition. `values` by field name or label (raw input); `petitioners` the
    people (name, gender, id_number, phone, address, employer), first one first; without it the
    first petitioner comes from the main fields. `repeat_of` links it as a 重复件 of an original
    within the actor's clearance (and a matter closed by 复核 links itself: 不再受理)."""
    spec = _spec()
    records.require_writer(actor)
    given = repeat_of
    parsed, people, extra = prepare_registration(values, petitioners, repeat_of)
    repeat_of = extra["repeat_of"]
    with guarded("登记"), write_transaction():
        # counted again in the transaction, under the rules as committed (workdays.as_committed):
        # a holiday change still running is waited for, one starting now recomputes this one
        extra.update(_first_dues(parsed["registered_on"]))
        note = ""
        # the 登记 row is read by whoever may see the new record, and shown to the actor now
        readers = links.readers_level(links.values_level(parsed), actor)
        if given is not None:  # named by the actor: within the actor's clearance
            note = links.link_note(links.original_for_link(given, actor), readers)
        elif repeat_of is not None:  # found by prepare_registration: 复核终结, applied even
            # when the original lies above the actor's clearance, which is then not named
            original = Petition.get_or_none(Petition.id == repeat_of)
            if original is None:
                raise NotFoundError(text("要关联的原信访件（%1）不存在。", repeat_of))
            note = paths.closed_matter_text(original, readers)
        step = registration_step(parsed, people, actor, note)

        def sub_rows(record: Petition) -> None:  # before the number: see records.create
            _save_petitioners(record, people, actor)
            PetitionStep.create(petition=record.id, **step)

        record = records.create(spec, parsed, actor, parsed=True, extra=extra,
                                summary=registration_summary(parsed), after_insert=sub_rows)
    return record


def _save_petitioners(record: Petition, people: list[dict[str, Any]], actor: Actor) -> None:
    now = clock.now()
    Petitioner.delete().where(Petitioner.petition == record.id).execute()
    for seq, person in enumerate(people, start=1):
        Petitioner.create(
            petition=record.id,
            seq=seq,
            created_at=now,
            created_by=actor.username,
            updated_at=now,
            updated_by=actor.username,
            **person,
        )


def _petitioners_of(petition_id: int) -> list[Petitioner]:
    """The petitioners' stored rows, unmasked and unchecked: for core code that writes them
    back (a correction) after reading the petition with the actor."""
    return list(
        Petitioner.select().where(Petitioner.petition == petition_id).order_by(Petitioner.seq)
    )


@dataclass(frozen=True)
class PetitionerView:
    """A petitioner as an actor may see them: a copy, never saved (a masked value written back
    would destroy the ID number it hides)."""

    id: int
    seq: int
    name: str
    gender: str
    id_number: str
    phone: str
    address: str
    employer: str


def petitioners_of(petition_id: int, actor: Actor) -> list[PetitionerView]:
    """The petitioners of a petition the actor may see (one above the actor's clearance is
    refused); their ID number, phone and address masked as the petition's fields declare
    unless the actor's role may see them (the full values: privacy.reveal, audited)."""
    spec = _spec()
    records.get(spec, petition_id, actor)
    hidden = (
        ()
        if actor.may_see_sensitive
        else tuple(k for k in S.PETITIONER_KEYS if spec.field(k).sensitive)
    )
    return [
        PetitionerView(
            id=row.id,
            seq=row.seq,
            **{
                key: privacy.masked(key, getattr(row, key)) if key in hidden else getattr(row, key)
                for key in S.PETITIONER_KEYS
            },
        )
        for row in _petitioners_of(petition_id)
    ]


def check_petitioners(record: Petition, people: list[dict[str, Any]], actor: Actor) -> list[dict[str, Any]]:
    """What `update_petitioners` refuses the list for, checked against `record` as read with no
    write (an import --update's dry run): the list as it saves it."""
    cleaned = _cleaned(people, actor)
    _checked_list(record, cleaned, actor)
    return cleaned


def _cleaned(people: list[dict[str, Any]], actor: Actor) -> list[dict[str, Any]]:
    records.require_writer(actor)
    cleaned = [_petitioner(p, i + 1) for i, p in enumerate(people)]
    if not cleaned:
        raise ValidationError("至少要有一位信访人。", "name")
    return cleaned


def _checked_list(record: Petition, cleaned: list[dict[str, Any]], actor: Actor) -> list[Petitioner]:
    """The list's checks against the petition and its stored petitioners: those petitioners."""
    check_group(record.form, record.people_count, cleaned)
    stored = _petitioners_of(record.id)
    _refuse_unseen_changes(_spec(), stored, cleaned, actor)
    return stored


def update_petitioners(
    petition_id: int, people: list[dict[str, Any]], expected_version: int, actor: Actor
) -> Petition:
    """Replace the petitioners (corrections after registration); the list keeps the first."""
    spec = _spec()
    cleaned = _cleaned(people, actor)
    with guarded("保存"), write_transaction():
        record = records.get(spec, petition_id, actor)
        stored = _checked_list(record, cleaned, actor)
        before = [p.name for p in stored]
        values = {key: cleaned[0][key] for key in S.PETITIONER_KEYS}
        record = records.save_changes(
            spec, record, values, expected_version, actor, summary="修改信访人"
        )
        _save_petitioners(record, cleaned, actor)
        audit.record(
            actor,
            "update",
            spec.name,
            petition_id,
            {"信访人": before},
            {"信访人": [p["name"] for p in cleaned]},
            "修改信访人名单",
        )
        records.reindex(spec, record)
    return record
