"""The meetings registry (会议): field declarations, conflicts, people and agenda, attendance,
minutes and decisions sent to supervision, seating, calendar and figures.

Modules: ``spec`` (fields, settings), ``parsing`` (people and agenda as text), ``conflicts``,
``service`` (save, read), ``people_saved`` (a save's people and agenda, the sign-in kept), ``imported`` (import, `add`, export), ``meeting_batch`` (new meetings in a batch import), ``notices`` (the notice sent), ``papers`` (which papers print now), ``supplement`` (the notice 补发 to the people added since), ``proceedings`` (steps, attendance, minutes), ``seating``, ``reports`` (calendar, 工作台,
stats), ``steps_spec`` and ``step_values`` (the declared steps and the texts they take, read and
made for the window). Everything public is re-exported here.
"""

from __future__ import annotations

from officedesk.core import dashboard, stats
from officedesk.core.meetings import (
    conflicts_told,  # noqa: F401  (registers its told_in_history)
    past_clashes,  # noqa: F401  (registers its import_notes)
    renamed,  # noqa: F401  (registers its directory.UNIT_RENAMES hook)
)
from officedesk.core.meetings.conflicts import (
    PERSON_BUSY,
    ROOM_BOOKED,
    ROOM_SMALL,
    Conflict,
    find_conflicts,
)
from officedesk.core.meetings.decision_supervision import (
    meeting_of_supervision,
    send_to_supervision,
)
from officedesk.core.meetings.imported import (
    create_hook,
    draft_from_labels,
    export_row,
    update_hook,
    update_notes,
)
from officedesk.core.meetings.notices import (
    NoticeChange,
    SentNotice,
    change_since_sent,
    correction_to_print,
    issued_on,
    notices_issued,
    sent_notice,
)
from officedesk.core.meetings.papers import paper_refusal, refuse_paper
from officedesk.core.meetings.parsing import (
    ROLE_ATTEND,
    ROLE_GUEST,
    ROLE_NONVOTING,
    ROLE_OBSERVER,
    ROLES,
    AgendaEntry,
    PersonEntry,
    format_agenda,
    format_people,
    parse_agenda,
    parse_people,
    resolve_person,
)
from officedesk.core.meetings.proceedings import (
    ABSENT,
    ATTENDANCE,
    LEAVE,
    PRESENT,
    AttendanceCounts,
    DecisionEntry,
    cancel,
    counts,
    mark_held,
    mark_notice_sent,
    record_attendance,
    record_correction,
    save_minutes,
    tally,
)
from officedesk.core.meetings.reports import (
    between,
    by_room,
    dashboard_items,
    figures,
    month_of,
    on_day,
    span_text,
    week_of,
)
from officedesk.core.meetings.seating import (
    Seating,
    default_seating,
    gallery_rows,
    podium_order,
    rank_key,
    ranked,
    save_seating,
    seated_people,
    seating,
)
from officedesk.core.meetings.service import (
    FORM_FIELDS,
    MeetingConflictError,
    MeetingDraft,
    agenda,
    attendees,
    check_conflicts,
    decisions,
    draft_of,
    duration_hours,
    forcing,
    get,
    paper_place,
    parse_draft,
    refuse_conflicts,
    room_label,
    save_meeting,
)
from officedesk.core.meetings.spec import (
    CANCELLED,
    HELD,
    KINDS,
    NOTIFIED,
    PREPARING,
    SPEC,
    STATUSES,
)
from officedesk.core.meetings.supplement import (
    SUPPLEMENT,
    added_since_notice,
    record_supplement,
    supplement_refusal,
    supplement_signup,
    supplement_signup_note,
    supplement_to,
)
from officedesk.core.registry import register

SPEC.create_hook = create_hook
SPEC.update_hook = update_hook
SPEC.update_notes = update_notes
SPEC.export_row = export_row
from officedesk.core.meetings import meeting_batch  # noqa: E402,F401  (the batch import: prepare_new)
from officedesk.core.meetings.corrected import prepare_update  # noqa: E402  (import --update ahead of the lock)

SPEC.prepare_update = prepare_update

MEETINGS = register(SPEC)
dashboard.register_provider(dashboard_items)
stats.register("meetings", figures)

__all__ = [
    "ABSENT",
    "ATTENDANCE",
    "CANCELLED",
    "FORM_FIELDS",
    "HELD",
    "KINDS",
    "LEAVE",
    "MEETINGS",
    "NOTIFIED",
    "PERSON_BUSY",
    "PREPARING",
    "PRESENT",
    "ROLES",
    "ROLE_ATTEND",
    "ROLE_GUEST",
    "ROLE_OBSERVER",
    "ROLE_NONVOTING",
    "ROOM_BOOKED",
    "ROOM_SMALL",
    "SPEC",
    "STATUSES",
    "AgendaEntry",
    "AttendanceCounts",
    "NoticeChange",
    "SentNotice",
    "change_since_sent",
    "correction_to_print",
    "issued_on",
    "notices_issued",
    "sent_notice",
    "Conflict",
    "DecisionEntry",
    "MeetingConflictError",
    "MeetingDraft",
    "PersonEntry",
    "Seating",
    "agenda",
    "attendees",
    "between",
    "by_room",
    "cancel",
    "check_conflicts",
    "forcing",
    "refuse_conflicts",
    "counts",
    "create_hook",
    "update_hook",
    "dashboard_items",
    "decisions",
    "default_seating",
    "gallery_rows",
    "draft_from_labels",
    "draft_of",
    "duration_hours",
    "export_row",
    "figures",
    "find_conflicts",
    "format_agenda",
    "format_people",
    "get",
    "mark_held",
    "mark_notice_sent",
    "record_correction",
    "meeting_of_supervision",
    "month_of",
    "on_day",
    "parse_agenda",
    "parse_draft",
    "parse_people",
    "podium_order",
    "rank_key",
    "ranked",
    "record_attendance",
    "resolve_person",
    "paper_place",
    "paper_refusal",
    "SUPPLEMENT",
    "added_since_notice",
    "record_supplement",
    "supplement_refusal",
    "supplement_signup",
    "supplement_signup_note",
    "supplement_to",
    "refuse_paper",
    "room_label",
    "save_meeting",
    "save_minutes",
    "save_seating",
    "seated_people",
    "seating",
    "send_to_supervision",
    "span_text",
    "tally",
    "week_of",
]
