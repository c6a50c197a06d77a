"""Registering a petition and the steps of its handling (《信访工作条例》2022).

登记 → 处理 (直接答复 / 转送 / 交办 / 不予受理) → 受理告知 (or 不予受理告知) → 办理 (交办: the
unit reports back) → 延期 (once) → 答复 → 复查 → 复核 → 办结. Every step writes a history row and
an audit entry, and moves the record's nearest deadline (`next_due`) used by the 工作台 and
the list's lights.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from officedesk.core import audit, clock, records
from officedesk.core.actor import Actor
from officedesk.core.errors import NotFoundError, ProcedureError, ValidationError
from officedesk.core.fields import parse_date
from officedesk.core.idcard import validate_id, validate_phone
from officedesk.core.petitions import paths
from officedesk.core.petitions import spec as S
from officedesk.core.registry import RegistrySpec
from officedesk.store.db import guarded, write_transaction
from officedesk.store.petitions import Petition, Petitioner, PetitionStep

SPEC: RegistrySpec | None = None  # set by the package once the spec is registered


def _spec() -> RegistrySpec:
    assert SPEC is not None
    return SPEC


# ---------------------------------------------------------------- deadlines


def next_due(p: Any) -> tuple[dt.date | None, str]:
    """The nearest open deadline of a petition and what is due then."""
    state = p.state
    options: list[tuple[dt.date, str]] = []
    if state == S.PENDING and p.decide_due:
        options.append((p.decide_due, "转送交办"))
    elif state == S.TO_NOTIFY and p.notify_due:
        options.append((p.notify_due, "不予受理告知" if p.handling == "不予受理" else "受理告知"))
    elif state == S.HANDLING and p.handle_due:
        options.append((p.handle_due, "办理答复"))
    elif state == S.TRANSFERRED and p.accept_due and not p.reported_on:
        options.append((p.accept_due, "转送受理"))
    elif state in (S.IN_REVIEW, S.IN_RECHECK) and p.review_due:
        options.append((p.review_due, f"{p.review_kind}答复"))
    if (
        state in (S.TO_NOTIFY, S.HANDLING)
        and p.handling == "交办"
        and p.report_due
        and not p.reported_on
    ):
        options.append((p.report_due, "交办回报"))
    if not options:
        return None, ""
    return min(options)


def _with_due(p: Any, values: dict[str, Any]) -> dict[str, Any]:
    """values plus next_due / next_due_what computed on the record as it will be."""
    probe = _Probe(p, values)
    due, what = next_due(probe)
    values["next_due"], values["next_due_what"] = due, what
    return values


class _Probe:
    def __init__(self, record: Any, values: dict[str, Any]) -> None:
        self._record, self._values = record, values

    def __getattr__(self, name: str) -> Any:
        if name in self._values:
            return self._values[name]
        return getattr(self._record, name)


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
        _with_due(existing, values)


# ---------------------------------------------------------------- registration


def _petitioner(raw: dict[str, Any], index: int) -> dict[str, Any]:
    who = f"第 {index} 位信访人" if index > 1 else "信访人"
    name = str(raw.get("name") or "").strip()
    if not name:
        raise ValidationError(
            f"请填写{who}的姓名。", "name" if index == 1 else f"petitioner{index}.name"
        )
    try:
        id_number = validate_id(raw.get("id_number"))
        phone = validate_phone(raw.get("phone"))
    except ValidationError as exc:
        prefix = "" if index == 1 else f"{who}（{name}）："
        key = exc.field if index == 1 else f"petitioner{index}.{exc.field}"
        raise ValidationError(prefix + exc.message, key) from exc
    from officedesk.core.idcard import gender_of

    gender = str(raw.get("gender") or "").strip() or gender_of(id_number)
    if gender and gender not in ("男", "女"):
        raise ValidationError(f"{who}的性别只能是“男”或“女”。", "gender")
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
        raise ValidationError(f"人数至少为 1，现在是 {count}。", "people_count")
    if count < len(petitioners):
        raise ValidationError(
            f"人数（{count}）少于登记的信访人（{len(petitioners)} 位），请改正人数。",
            "people_count",
        )
    if form == "来访" and count > 1 and len(petitioners) > S.MAX_REPRESENTATIVES:
        raise ValidationError(
            f"集体访最多登记 {S.MAX_REPRESENTATIVES} 名代表，现在有 {len(petitioners)} 名。",
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
    people = [_petitioner(p, i + 1) for i, p in enumerate(petitioners or [first])]
    for key in S.PETITIONER_KEYS:  # the list keeps the first petitioner
        parsed[key] = people[0][key]
    check_group(parsed.get("form") or "", parsed.get("people_count"), people)
    registered = parsed["registered_on"]
    if registered > clock.today():
        raise ValidationError("登记日期不能晚于今天。", "registered_on")
    closed = None
    if repeat_of is None:  # 复核终结: the same person on the same matter is 不再受理 (art. 36)
        closed = paths.closed_matter(people, parsed.get("category") or "", parsed.get("content") or "")
        repeat_of = closed.id if closed is not None else None
    extra = {
        "state": S.PENDING,
        "decide_due": S.due_after(registered, S.LIMIT_DECIDE),
        "notify_due": S.due_after(registered, S.LIMIT_NOTIFY),
        "repeat_of": repeat_of,
    }
    extra["next_due"], extra["next_due_what"] = extra["decide_due"], (
        "不予受理" if closed is not None else "转送交办"
    )
    return parsed, people, extra


def registration_summary(parsed: dict[str, Any]) -> str:
    return f"登记信访：{parsed['name']}（{parsed.get('category', '')}）"


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
    first petitioner comes from the main fields. `repeat_of` links it as a 重复件 (and a matter
    closed by 复核 links itself: 不再受理)."""
    spec = _spec()
    records.require_writer(actor)
    given = repeat_of
    parsed, people, extra = prepare_registration(values, petitioners, repeat_of)
    repeat_of = extra["repeat_of"]
    with guarded("登记"), write_transaction():
        original = None
        if repeat_of is not None:
            original = Petition.get_or_none(Petition.id == repeat_of)
            if original is None:
                raise NotFoundError(f"要关联的原信访件（{repeat_of}）不存在。")
        note = ""
        if given is None and original is not None:  # found by prepare_registration: 复核终结
            note = paths.closed_matter_text(original)
        elif repeat_of is not None:
            note = f"重复件，原件 {original.number if original else repeat_of}"
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


def petitioners_of(petition_id: int) -> list[Petitioner]:
    return list(
        Petitioner.select().where(Petitioner.petition == petition_id).order_by(Petitioner.seq)
    )


def update_petitioners(
    petition_id: int, people: list[dict[str, Any]], expected_version: int, actor: Actor
) -> Petition:
    """Replace the petitioners (corrections after registration); the list keeps the first."""
    spec = _spec()
    records.require_writer(actor)
    cleaned = [_petitioner(p, i + 1) for i, p in enumerate(people)]
    if not cleaned:
        raise ValidationError("至少要有一位信访人。", "name")
    with guarded("保存"), write_transaction():
        record = records.get(spec, petition_id, actor)
        check_group(record.form, record.people_count, cleaned)
        before = [p.name for p in petitioners_of(petition_id)]
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


def link_repeat(
    petition_id: int, original_id: int | None, expected_version: int, actor: Actor
) -> Petition:
    """Mark a petition as a 重复件 of an earlier one (None: unlink)."""
    spec = _spec()
    with guarded("保存"), write_transaction():
        record = records.get(spec, petition_id, actor)
        text = "取消重复件关联"
        if original_id is not None:
            if original_id == petition_id:
                raise ValidationError("不能把信访件标为它自己的重复件。", "repeat_of")
            original = Petition.get_or_none(Petition.id == original_id)
            if original is None:
                raise NotFoundError(f"要关联的原信访件（{original_id}）不存在。")
            if original.registered_on > record.registered_on:
                raise ValidationError("原件的登记日期晚于本件，不能作为本件的原件。", "repeat_of")
            text = f"标为重复件，原件 {original.number}"
        record = records.save_changes(
            spec,
            record,
            {"repeat_of": original_id},
            expected_version,
            actor,
            action="step",
            summary=text,
        )
        _add_step(record, "重复件", clock.today(), actor.label, text, actor)
    return record


# ---------------------------------------------------------------- steps


def _add_step(
    record: Any, kind: str, on: dt.date, person: str, content: str, actor: Actor
) -> PetitionStep:
    return PetitionStep.create(
        petition=record.id,
        kind=kind,
        on=on,
        person=person or actor.label,
        content=content,
        created_at=clock.now(),
        created_by=actor.username,
    )


def steps_of(petition_id: int) -> list[PetitionStep]:
    return list(
        PetitionStep.select()
        .where(PetitionStep.petition == petition_id)
        .order_by(PetitionStep.on, PetitionStep.id)
    )


def _date(value: Any, label: str) -> dt.date:
    if value is None or (isinstance(value, str) and not value.strip()):
        return clock.today()
    return parse_date(value, label)


def _required(text: str | None, message: str, field: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(message, field)
    return text


def _step(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    kind: str,
    allowed: tuple[str, ...],
    on: dt.date,
    person: str,
    content: str,
    values: dict[str, Any] | Callable[[Petition], dict[str, Any]],
) -> Petition:
    spec = _spec()
    records.require_writer(actor)
    with guarded("保存"), write_transaction():
        record = records.get(spec, petition_id, actor)
        if record.state not in allowed:
            raise ProcedureError(
                f"这件信访现在是“{record.state}”，不能{kind}。"
                f"只有“{'、'.join(allowed)}”的信访件可以{kind}。"
            )
        if on < record.registered_on:
            raise ValidationError(
                f"{kind}日期（{on}）不能早于登记日期（{record.registered_on}）。", "on"
            )
        if on > clock.today():
            raise ValidationError(f"{kind}日期不能晚于今天。", "on")
        values = values(record) if callable(values) else values
        _with_due(record, values)
        record = records.save_changes(
            spec,
            record,
            values,
            expected_version,
            actor,
            action="step",
            summary=f"信访{kind}：{content[:80]}",
        )
        _add_step(record, kind, on, person, content, actor)
    return record


def decide(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    handling: str,
    *,
    on: Any = None,
    person: str = "",
    target_unit: str = "",
    report_due: Any = None,
    reason: str = "",
    content: str = "",
) -> Petition:
    """处理: 直接答复, 转送 (to the unit with jurisdiction), 交办 (with a report-back deadline),
    不予受理 (with the reason)."""
    day = _date(on, "处理日期")
    if handling not in S.HANDLINGS:
        raise ValidationError(f"处理方式只能是：{'、'.join(S.HANDLINGS)}。", "handling")
    current = Petition.get_or_none(Petition.id == petition_id)
    if current is not None:
        paths.check_handling(current, handling)
    values: dict[str, Any] = {"handling": handling, "decided_on": day}
    text = content.strip()
    if handling == "不予受理" and not reason.strip() and current is not None:
        reason = paths.default_reject_reason(current)
    if handling in ("转送", "交办"):
        values["target_unit"] = _required(target_unit, f"{handling}须写明去向单位。", "target_unit")
        values["state"] = S.TO_NOTIFY
        text = text or f"{handling}{values['target_unit']}"
        if handling == "转送":  # the receiving unit decides on 受理; no 60 days of this office
            values["accept_due"] = S.due_after(day, S.LIMIT_ACCEPT)
            text += f"，由其于{values['accept_due'].month}月{values['accept_due'].day}日前决定是否受理"
        if handling == "交办":
            if report_due is None or (isinstance(report_due, str) and not report_due.strip()):
                raise ValidationError("交办须写明回报期限。", "report_due")
            due = parse_date(report_due, "回报期限")
            if due <= day:
                raise ValidationError("回报期限应晚于交办日期。", "report_due")
            values["report_due"] = due
            text += f"，{due.month}月{due.day}日前回报"
    elif handling == "不予受理":
        values["reject_reason"] = _required(reason, "不予受理须写明理由。", "reason")
        values["state"] = S.TO_NOTIFY
        text = text or f"不予受理：{values['reject_reason']}"
    else:  # 直接答复: accepted at once, handled by this office
        values.update(
            state=S.HANDLING, accepted_on=day, handle_due=S.due_after(day, S.LIMIT_HANDLE)
        )
        text = text or "直接答复，本机关办理"
    return _step(
        petition_id, expected_version, actor, handling, (S.PENDING,), day, person, text, values
    )


def notify(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    on: Any = None,
    person: str = "",
    content: str = "",
) -> Petition:
    """受理告知 (or 不予受理告知): the petitioner is told; an accepted petition starts its 60 days."""
    day = _date(on, "告知日期")

    def values(record: Petition) -> dict[str, Any]:
        if record.handling == "不予受理":
            return {"notified_on": day, "state": S.CLOSED, "closed_on": day}
        if record.handling == "转送":  # told of the 转送; the receiving unit accepts or not
            return {"notified_on": day, "state": S.TRANSFERRED}
        return {
            "notified_on": day,
            "accepted_on": day,
            "state": S.HANDLING,
            "handle_due": S.due_after(day, S.LIMIT_HANDLE),
        }

    record = Petition.get_or_none(Petition.id == petition_id)
    handling = record.handling if record is not None else ""
    kind = {"不予受理": "不予受理告知", "转送": "转送告知"}.get(handling, "受理告知")
    text = content.strip() or {
        "不予受理告知": "已告知信访人不予受理及理由",
        "转送告知": f"已告知信访人该事项已转送{record.target_unit if record else ''}",
    }.get(kind, "已告知信访人受理")
    return _step(
        petition_id, expected_version, actor, kind, (S.TO_NOTIFY,), day, person, text, values
    )


def handle(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    on: Any = None,
    person: str = "",
    content: str = "",
) -> Petition:
    """办理: a note of the handling (for 交办 the first one is the unit's report back; for 转送
    the receiving unit's answer whether it accepted the matter)."""
    day = _date(on, "办理日期")
    text = _required(content, "请写明办理情况。", "content")

    def values(record: Petition) -> dict[str, Any]:
        if record.handling in ("交办", "转送") and not record.reported_on:
            return {"reported_on": day}
        return {}

    return _step(
        petition_id,
        expected_version,
        actor,
        "办理",
        (S.HANDLING, S.TRANSFERRED),
        day,
        person,
        text,
        values,
    )


def extend(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    reason: str,
    approver: str,
    on: Any = None,
    person: str = "",
) -> Petition:
    """延期: once, +30 days on the handling deadline, with the approver and the reason."""
    day = _date(on, "延期日期")
    reason = _required(reason, "延期须写明理由。", "reason")
    approver = _required(approver, "延期须经批准，请写明批准人。", "approver")

    def values(record: Petition) -> dict[str, Any]:
        if record.extended:
            raise ProcedureError(
                f"这件信访已于此前延期一次（至 {record.handle_due}），按规定只能延期一次。"
            )
        return {
            "extended": True,
            "extension_reason": reason,
            "extension_approver": approver,
            "handle_due": S.due_after(record.handle_due or day, S.LIMIT_EXTEND),
        }

    text = f"延期 {_extend_days()} 日，理由：{reason}；批准人：{approver}；已告知信访人"
    return _step(
        petition_id, expected_version, actor, "延期", (S.HANDLING,), day, person, text, values
    )


def _extend_days() -> int:
    from officedesk.core import settings

    return int(settings.get(S.LIMIT_EXTEND.key))


def reply(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    opinion: str,
    on: Any = None,
    person: str = "",
) -> Petition:
    """答复: the 答复意见 given to the petitioner."""
    day = _date(on, "答复日期")
    opinion = _required(opinion, "请填写答复意见。", "reply_opinion")
    return _step(
        petition_id,
        expected_version,
        actor,
        "答复",
        (S.HANDLING,),
        day,
        person,
        opinion,
        {"replied_on": day, "reply_opinion": opinion, "state": S.REPLIED},
    )


def request_review(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    kind: str,
    *,
    on: Any = None,
    person: str = "",
    content: str = "",
) -> Petition:
    """复查 (within 30 days of the reply) or 复核 (within 30 days of the 复查 answer) request."""
    day = _date(on, f"{kind}申请日期")
    if kind not in S.REVIEW_KINDS:
        raise ValidationError("只能申请复查或复核。", "kind")

    def values(record: Petition) -> dict[str, Any]:
        if kind == "复查":
            if record.review_kind:
                raise ProcedureError("这件信访已经复查过，不服的只能申请复核。")
            start = record.replied_on
        else:
            if record.review_kind != "复查" or not record.review_answered_on:
                raise ProcedureError("须先经复查并答复，才能申请复核。")
            start = record.review_answered_on
        start = start or record.registered_on
        if day < start:
            raise ValidationError(
                f"{kind}申请日期不能早于{'答复' if kind == '复查' else '复查答复'}日期（{start}）。",
                "on",
            )
        limit = S.due_after(start, S.LIMIT_REVIEW)
        if day > limit:
            raise ProcedureError(f"{kind}申请应在 {limit} 前提出，已超过期限，不予受理。")
        return {
            "review_kind": kind,
            "review_requested_on": day,
            "review_answered_on": None,
            "review_opinion": "",
            "review_due": S.due_after(day, S.LIMIT_REVIEW),
            "state": S.IN_REVIEW if kind == "复查" else S.IN_RECHECK,
        }

    text = (
        content.strip() or f"信访人对{'答复意见' if kind == '复查' else '复查意见'}不服，申请{kind}"
    )
    return _step(
        petition_id, expected_version, actor, f"{kind}申请", (S.REPLIED,), day, person, text, values
    )


def answer_review(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    opinion: str,
    on: Any = None,
    person: str = "",
) -> Petition:
    """复查意见 / 复核意见. A 复核 answer is final: the petition is closed (办结)."""
    day = _date(on, "答复日期")
    opinion = _required(opinion, "请填写复查（复核）意见。", "review_opinion")

    def values(record: Petition) -> dict[str, Any]:
        if record.review_requested_on and day < record.review_requested_on:
            raise ValidationError(
                f"{record.review_kind}意见日期不能早于申请日期（{record.review_requested_on}）。",
                "on",
            )
        result: dict[str, Any] = {
            "review_answered_on": day,
            "review_opinion": opinion,
            "state": S.REPLIED,
        }
        if record.review_kind == "复核":
            result.update(state=S.CLOSED, closed_on=day)
        return result

    record = Petition.get_or_none(Petition.id == petition_id)
    kind = f"{record.review_kind}意见" if record is not None and record.review_kind else "复查意见"
    return _step(
        petition_id,
        expected_version,
        actor,
        kind,
        (S.IN_REVIEW, S.IN_RECHECK),
        day,
        person,
        opinion,
        values,
    )


def close(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    on: Any = None,
    person: str = "",
    content: str = "",
    satisfaction: str = "",
) -> Petition:
    """办结 after the reply (and any review)."""
    day = _date(on, "办结日期")

    def values(record: Petition) -> dict[str, Any]:
        last = record.review_answered_on or record.replied_on or record.notified_on
        if last and day < last:
            raise ValidationError(f"办结日期不能早于答复日期（{last}）。", "on")
        return {"state": S.CLOSED, "closed_on": day, "satisfaction": satisfaction.strip()}

    text = content.strip() or "办结" + (
        f"，信访人{satisfaction.strip()}" if satisfaction.strip() else ""
    )
    return _step(
        petition_id,
        expected_version,
        actor,
        "办结",
        (S.REPLIED, S.TRANSFERRED),
        day,
        person,
        text,
        values,
    )


def allowed_steps(record: Any) -> list[str]:
    """The steps the record's state allows (the UI enables its buttons from this)."""
    state = record.state
    if state == S.PENDING:
        return ["处理"]
    if state == S.TO_NOTIFY:
        return ["告知"]
    if state == S.HANDLING:
        return ["办理", "答复"] + ([] if record.extended else ["延期"])
    if state == S.TRANSFERRED:
        return ["办理", "办结"]
    if state == S.REPLIED:
        steps = ["办结"]
        if not record.review_kind:
            steps.append("复查申请")
        elif record.review_kind == "复查" and record.review_answered_on:
            steps.append("复核申请")
        return steps
    if state in (S.IN_REVIEW, S.IN_RECHECK):
        return ["复查复核答复"]
    return []
