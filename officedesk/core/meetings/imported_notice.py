"""Meetings imported as 已发通知 before the import kept whom the notice went to (store migration
37): their stamp (``Meeting.notice_sent``) gives the notice's time and place but no ``people``, so
nothing tells who was added since and the 补发 is refused (core.meetings.supplement: 还没有记录送达
名单). ``bring_up_to_date`` gives each the people it listed when it was imported — whom the
import, as it is now, keeps (``imported.put_in_values``: everyone the meeting listed as saved, the
主持人 added to 出席).

Who that was is read from the audit trail, never from the meeting as it is now, which a 修改 may
have changed since: the meeting's first entry (its creation, written in the import's transaction
with the meeting's 出席/列席/特邀/旁听 texts as saved) with any entry of its own before the
import's step (``导入：会议“…”已发通知``) applied, its names read as the import reads a list
(``parsing.listed_names``). Nobody is taken in whom the import did not list. Left as it was —
said by the refusal as before, never guessed — is a meeting the trail cannot tell of:

- one notified by the 发通知 step (the printed notice's recipients are on no record);
- one whose import step, or whose creation entry as its first, the trail does not hold;
- one whose stamp is not the import's (another time or place than the entry's), or whose
  creation entry does not hold its people's lists;
- one that had a 更正通知 handed out before the names were kept (who got it, nobody knows);
- one whose people stand as imported but whose rows do not name the people the entry lists.

Each meeting given its people is written as the program writes a change (its version and
stamps, an audit entry of the system's with the names, the digest of the row and its people as
they stand), so `check` passes; a second run finds nothing to do."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from officedesk.core import audit, clock
from officedesk.core.actor import ROLE_ADMIN, Actor
from officedesk.core.meetings.parsing import listed_names
from officedesk.core.meetings.service import _attendees_of
from officedesk.core.meetings.spec import SPEC, TEXT_FIELDS
from officedesk.core.summary_texts import trail_text
from officedesk.store import compiled
from officedesk.store.meetings import Meeting
from officedesk.store.models import AuditEntry

# Who writes the names into the meetings of a database kept before (store migration 37).
SYSTEM = Actor("system", ROLE_ADMIN, 3, display_name="系统（会议通知送达人员）")
PEOPLE_LABEL = "会议通知送达人员"
_IMPORTED = ("导入：会议“", "”已发通知")  # imported.put_in_values's summary around the title


def _labels() -> list[str]:
    """The labels the meeting's entries give its people's texts, in the order of their roles."""
    return [SPEC.field(name).label for name in TEXT_FIELDS]


def bring_up_to_date() -> int:
    """Every meeting imported as 已发通知 whose notice names nobody, given the people it listed
    when it was imported, where the trail tells them; how many. Run in the migration's
    transaction."""
    steps = _import_steps()
    if not steps:
        return 0
    count = 0
    for meeting in (Meeting.select().where(Meeting.id.in_(sorted(steps)) & (Meeting.notice_sent != ""))
                    .order_by(Meeting.id)):
        data = _unnamed_stamp(meeting.notice_sent)
        if data is None:
            continue
        names = _people_at_import(meeting, data, steps[meeting.id])
        if names is not None:
            _write(meeting, data, names)
            count += 1
    return count


def _import_steps() -> dict[int, int]:
    """Meeting id -> the id of its import's 已发通知 entry (a meeting with two: none)."""
    found: dict[int, list[int]] = {}
    query: Any = (AuditEntry.select(AuditEntry.id, AuditEntry.record_id, AuditEntry.summary)
                  .where((AuditEntry.registry == SPEC.name) & (AuditEntry.action == "step")
                         & AuditEntry.summary.startswith(_IMPORTED[0]))
                  .order_by(AuditEntry.id).tuples())
    for entry_id, record_id, summary in query:
        if record_id is not None and summary.endswith(_IMPORTED[1]):
            found.setdefault(record_id, []).append(entry_id)
    return {record_id: ids[0] for record_id, ids in found.items() if len(ids) == 1}


def _unnamed_stamp(text: str) -> dict[str, Any] | None:
    """The stamp of a notice that names nobody and was never corrected nor supplemented; None
    for any other."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or "people" in data:
        return None
    if data.get("corrections") or data.get("supplements"):
        return None
    return data


def _json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _people_at_import(meeting: Meeting, stamp: dict[str, Any], step_id: int) -> list[str] | None:
    """The names the meeting listed when the import put it in 已发通知, in the order of their
    roles; None when the trail does not tell them for certain."""
    entries: Any = (AuditEntry.select(AuditEntry.action, AuditEntry.after)
                    .where((AuditEntry.registry == SPEC.name) & (AuditEntry.record_id == meeting.id)
                           & (AuditEntry.id <= step_id))
                    .order_by(AuditEntry.id).tuples())
    said: dict[str, Any] | None = None
    for action, after in entries:
        if said is None:
            if action != "create":
                return None  # its creation is not the first entry the trail holds of it
            said = {}
        said.update(_json(after))
    if said is None:
        return None
    if not _same_notice(stamp, said):
        return None
    labels = _labels()
    if any(label not in said for label in labels):
        return None  # an entry that did not hold its people: nobody knows them
    texts = [str(said.get(label) or "") for label in labels]
    names: list[str] = []
    for text in texts:
        names += [name for name in listed_names(text) if name not in names]
    now = [str(getattr(meeting, name) or "") for name in TEXT_FIELDS]
    if now == texts and sorted(row.name for row in _attendees_of(meeting.id)) != sorted(names):
        return None  # its people as imported, its rows another list: the trail does not tell them
    return names


def _same_notice(stamp: dict[str, Any], said: dict[str, Any]) -> bool:
    """The stamp gave the time and place the meeting had when it was imported (it is the
    import's)."""
    try:
        kept = [dt.datetime.fromisoformat(str(stamp[key])) for key in ("start", "end")]
        then = [dt.datetime.fromisoformat(str(said[SPEC.field(key).label])) for key in ("start", "end")]
    except (KeyError, TypeError, ValueError):
        return False
    minutes = [value.replace(second=0, microsecond=0) for value in (*kept, *then)]
    place = str(said.get(SPEC.field("place").label) or "")
    return minutes[:2] == minutes[2:] and str(stamp.get("place") or "") == place


def _write(meeting: Meeting, stamp: dict[str, Any], names: list[str]) -> None:
    values = {"notice_sent": json.dumps({**stamp, "people": names}, ensure_ascii=False, sort_keys=True),
              "version": meeting.version + 1, "updated_at": clock.now(), "updated_by": SYSTEM.username}
    compiled.update_one(Meeting, meeting.id, meeting.version, values)
    audit.record(SYSTEM, "update", SPEC.name, meeting.id, {PEOPLE_LABEL: ""},
                 {PEOPLE_LABEL: "、".join(names)},
                 trail_text("数据库升级：补记会议“%1”导入时已发通知的送达人员（%2人）", meeting.title, len(names)))
