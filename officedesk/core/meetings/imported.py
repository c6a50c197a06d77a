"""A meeting as a row of an xlsx sheet or `add meetings k=v`: read (its people and agenda as
texts, its 状态 with its facts), created and updated as the dialog would save it, and exported."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from officedesk.core import i18n, records
from officedesk.core.actor import Actor
from officedesk.core.errors import ValidationError
from officedesk.core.fields import parse_value
from officedesk.core.meetings import conflicts as conflict_rules
from officedesk.core.meetings import known
from officedesk.core.meetings.parsing import (
    ROLE_ATTEND,
    ROLE_GUEST,
    ROLE_NONVOTING,
    ROLE_OBSERVER,
    AgendaEntry,
    format_agenda,
    parse_agenda_rows,
    parse_people,
)
from officedesk.core.meetings.service import (
    FORM_FIELDS,
    MeetingConflictError,
    MeetingDraft,
    _agenda_of,
    _attendees_of,
    draft_of,
    forced_reason,
    parse_draft,
    save_meeting,
)
from officedesk.core.meetings.spec import CANCELLED, SPEC
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import write_transaction
from officedesk.store.meetings import Meeting

_PEOPLE_LABELS = {"出席人员": "attendees", "列席人员": "nonvoting", "特邀人员": "guests",
                  "旁听人员": "observers"}


def draft_from_labels(labelled: dict[str, Any]) -> MeetingDraft:
    """Raw values keyed by label (or field name), as an xlsx row or `add meetings k=v` gives them."""
    draft = MeetingDraft()
    given_count: str | None = None
    for key, raw in labelled.items():
        spec = SPEC.by_label(str(key))
        text = "" if raw is None else str(raw)
        if spec.label in _PEOPLE_LABELS:
            setattr(draft, _PEOPLE_LABELS[spec.label], parse_people(text, spec.label))
        elif spec.label == "议程":
            draft.agenda = parse_agenda_rows(text, spec.label)  # as 修改 reads it
        elif spec.name in FORM_FIELDS:
            draft.values[spec.name] = raw
        elif spec.name == "podium_count":  # blank: as the setting allows (0)
            try:
                draft.podium_count = (parse_value(spec, text) if text.strip() else 0) or 0
            except ValidationError as exc:
                raise ValidationError(exc.message, spec.label) from exc
        elif spec.name == "status":
            continue  # assigned by the system
        elif spec.name == "head_count" and text.strip():
            given_count = text.strip()
    if given_count is not None:
        _check_head_count(given_count, len(draft.counted()))
    return draft


def _check_head_count(given: str, counted: int) -> None:
    """应到人数 is counted from the lists of people: an exported sheet brings the same number
    back; another number is refused, not dropped without a word."""
    if given != str(counted):
        raise ValidationError(
            i18n.text("“应到人数”由出席、列席等人员名单自动计算（旁听人员不计入，现在是 %"
                      "1 人），不能另填“%2”。请在人员名单中增减人员，或不填这一项。",
                      counted, given), "应到人数")


def create_hook(labelled: dict[str, Any], actor: Actor) -> Meeting:
    """`add meetings …` and the xlsx import: errors name the column (label).

    A room booked twice refuses the row; other conflicts refuse it too, unless the command
    line's `--force 理由` gave a reason (kept in the audit trail). A 状态 comes with its facts
    (已取消 with its 取消原因: state_facts): the meeting is saved, then put in that state; a
    cancelled meeting takes no room and no one's time, so its clashes are not asked. The
    people and rooms it names are found once for an import's rows (known.held)."""
    with known.held():
        return _created(labelled, actor)


def _created(labelled: dict[str, Any], actor: Actor) -> Meeting:
    with in_columns():
        status, reason = _imported_status(labelled)
        draft = draft_from_labels(labelled)
        values, errors = parse_draft(draft, None)
        if errors:
            raise errors[0]
        if status == CANCELLED:
            with write_transaction():
                meeting = save_meeting(draft, actor, check=False)
                return _put_in(meeting, status, reason, actor)
        with write_transaction():
            # conflicts refuse here as in the window, unless `--force 理由` gave the reason
            meeting = save_meeting(draft, actor, override_reason=forced_reason())
            return _put_in(meeting, status, reason, actor)


@contextlib.contextmanager
def in_columns() -> Iterator[None]:
    """A new row's refusal said in its column (a label), as the row path and the batch
    (meetings.batch) say it: a refused conflict still says whether a reason would do."""
    try:
        yield
    except MeetingConflictError as exc:
        raise _in_column(exc) from exc
    except ValidationError as exc:
        label = exc.field
        if label and label in {f.name for f in SPEC.fields}:
            label = SPEC.field(label).label
        raise ValidationError(exc.message, label) from exc


def _in_column(exc: MeetingConflictError) -> ValidationError:
    """A refused conflict as the row's cell error, still saying whether a reason would do."""
    refused = ValidationError(exc.message, _conflict_column(exc))
    refused.needs_reason = exc.needs_reason
    return refused


def _conflict_column(exc: MeetingConflictError) -> str:
    """The column a refused conflict is said in: 地点 for the room; a person due elsewhere is
    the row's time and people together, so the row as a whole ("")."""
    rooms = {conflict_rules.ROOM_BOOKED, conflict_rules.ROOM_SMALL}
    return "地点" if any(c.kind in rooms for c in exc.conflicts) else ""


def _imported_status(labelled: dict[str, Any]) -> tuple[str, str]:
    """The 状态 and 取消原因 a row brings, checked: a state with its facts (state_facts)."""
    from officedesk.core import state_facts
    from officedesk.core.meetings.spec import PREPARING, STATUSES

    cells = {SPEC.by_label(str(key)).name: value for key, value in labelled.items()}
    status = str(cells.get("status") or "").strip() or PREPARING
    reason = str(cells.get("cancel_reason") or "").strip()
    if status not in STATUSES:
        raise ValidationError(i18n.text("“状态”只能是：%1（现在是“%2”）。",
                                        '、'.join(STATUSES), status), "status")
    if reason and status != CANCELLED:
        raise ValidationError(i18n.text("状态为“%1”，却填了“取消原因”：只有已取消的会议"
                                        "才有。请填写相应的状态，或不填“取消原因”。",
                                        status), "cancel_reason")
    try:
        state_facts.require("meetings", status, {"cancel_reason": reason}, "会议")
    except ValidationError as exc:  # the meeting's state is its `status`
        raise ValidationError(exc.message, "status") from exc
    return status, reason


def _put_in(meeting: Meeting, status: str, reason: str, actor: Actor) -> Meeting:
    put = put_in_values(meeting, status, reason, [row.name for row in _attendees_of(meeting.id)])
    if put is None:
        return meeting
    values, summary = put
    return records.save_changes(SPEC, meeting, values, meeting.version, actor, action="step",
                                summary=summary)


def put_in_values(meeting: Meeting, status: str, reason: str,
                  people: list[str]) -> tuple[dict[str, Any], str] | None:
    """The step that puts a new meeting in the 状态 its row brings (its values and audit
    summary), None for 筹备中: the row path's and the batch's (meetings.batch). `people`: the
    names of everyone the meeting lists as saved (the 主持人 added to 出席 too), in its order.
    A meeting imported as 已发通知 had its notice go to them, as 发通知 keeps them
    (proceedings.mark_notice_sent): those added later are a 补发's (core.meetings.supplement),
    not a meeting whose notice list nobody knows."""
    from officedesk.core.meetings.spec import NOTIFIED, PREPARING

    if status == PREPARING:
        return None
    values: dict[str, Any] = {"status": status}
    if reason:
        values["cancel_reason"] = reason
    if status == NOTIFIED:  # the notice sent gave the time and place the row brings
        from officedesk.core.meetings import notices

        values["notice_sent"] = notices.stamp(meeting, people)
    return values, f"导入：会议“{meeting.title}”{status}"


def update_hook(meeting: Meeting, labelled: dict[str, Any], actor: Actor) -> Meeting:
    """import --update: the changed cells applied to the meeting as 修改 saves them (its people
    and agenda rows too; conflicts refuse the row unless `--force 理由`, as for a new row);
    errors name the column."""
    with known.held():
        return _updated(meeting, labelled, actor)


def _updated(meeting: Meeting, labelled: dict[str, Any], actor: Actor) -> Meeting:
    with update_columns():
        draft = corrected_draft(meeting, labelled, actor)
        # saved as 修改 saves it (the stored meeting its base: a 报到时间 not edited moves with
        # 开始时间); a conflict refuses the row unless the import was given `--force 理由`
        # its entry says so, as a correction saved with the file's others says it
        # (exchange.import_rows: a row checked before the lock)
        return save_meeting(draft, actor, meeting.id, meeting.version,
                            override_reason=forced_reason(),
                            summary=trail_text("导入更新%1：%2", SPEC.label, [str(k) for k in labelled]))


def corrected_draft(meeting: Meeting, labelled: dict[str, Any], actor: Actor,
                    stored: MeetingDraft | None = None) -> MeetingDraft:
    """The stored meeting as a draft (`stored`, when the caller made it) with the row's changed
    cells (its people and agenda too), as import --update saves it: refused for a column the
    system fills."""
    draft = draft_of(meeting, actor) if stored is None else stored
    changes = draft_from_labels(labelled)
    draft.values.update(changes.values)
    given = {SPEC.by_label(str(key)).label for key in labelled}
    draft.typed = frozenset(SPEC.by_label(label).name for label in given)
    editable = {SPEC.field(n).label for n in (*FORM_FIELDS, "podium_count")} \
        | set(_PEOPLE_LABELS) | {"议程"}
    fixed = sorted(given - editable)
    if fixed:
        raise ValidationError(i18n.text("“%1”由系统生成，导入更新不能修改它。", fixed[0]), fixed[0])
    for label, role in _PEOPLE_LABELS.items():
        if label in given:
            setattr(draft, role, getattr(changes, role))
    if "议程" in given:
        draft.agenda = changes.agenda
    if "主席台人数" in given:
        draft.podium_count = changes.podium_count
    return draft


@contextlib.contextmanager
def update_columns() -> Iterator[None]:
    """An import --update row's refusal said in its column (a label): a refused conflict still
    says whether a reason would do."""
    try:
        yield
    except MeetingConflictError as exc:
        raise _in_column(exc) from exc
    except ValidationError as exc:
        column: str | None = exc.field
        if column and column in {f.name for f in SPEC.fields}:
            column = SPEC.field(column).label
        raise ValidationError(exc.message, column) from exc


def update_notes(before: Meeting, after: Meeting) -> dict[str, str]:
    """What the import report tells of a meeting it updated: what 修改 tells (steps_spec)."""
    from officedesk.core.meetings.steps_spec import edit_notes

    return edit_notes(before, after)


_ROLE_TEXTS = {"attendees_text": ROLE_ATTEND, "nonvoting_text": ROLE_NONVOTING,
               "guests_text": ROLE_GUEST, "observers_text": ROLE_OBSERVER}


def export_row(meeting: Meeting, actor: Actor) -> dict[str, str]:
    """The meeting's export row, its people and agenda included: refused for a meeting above
    the actor's clearance (the export reads only those it may see; this holds for any caller)."""
    from officedesk.core.fields import display

    records.ensure_visible(SPEC, meeting, actor)
    row = {}
    people = _attendees_of(meeting.id)  # read once, listed by role in their order
    for spec in SPEC.exchange_fields():
        if spec.name in _ROLE_TEXTS:
            role = _ROLE_TEXTS[spec.name]
            row[spec.label] = "、".join(
                r.name if r.person_id is not None or not r.unit else f"{r.name}（{r.unit}）"
                for r in people if r.role == role
            )
        elif spec.name == "agenda_text":
            items = _agenda_of(meeting.id)
            row[spec.label] = format_agenda(
                [AgendaEntry(a.topic, a.unit, a.reporter, a.minutes) for a in items]
            )
        else:
            row[spec.label] = display(spec, getattr(meeting, spec.name), True)
    return row
