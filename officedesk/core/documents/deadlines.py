"""收文 办理时限 counted in working days: the default by 紧急程度 (settings), the 承办 step's
时限 field, each 传阅 reader's holding days; recomputed when the holiday table changes (a
year's holidays entered after its deadlines were set, 暂按): from the 承办 step's day and its
days."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import (
    clock,
    corrections,
    counted_deadlines,
    due_soon,
    records,
    settings,
    workdays,
)
from officedesk.core.documents.common import _last_step
from officedesk.core.documents.incoming_spec import HANDLING, INCOMING, OPEN_STATES
from officedesk.core.fields import INT, FieldSpec
from officedesk.core.i18n import text
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.documents import IncomingDoc

DEFAULT_LIMIT = settings.declare(
    "documents.incoming.limit_days", int, 5, "收文办理时限（工作日）", "公文", minimum=1, maximum=365
)
# 特急 and 加急 documents are handled faster: their own default 办理时限
URGENT_LIMITS = {
    "特急": settings.declare(
        "documents.incoming.limit_days.urgent", int, 1, "特急收文办理时限（工作日）", "公文"
    ),
    "加急": settings.declare(
        "documents.incoming.limit_days.hurried", int, 3, "加急收文办理时限（工作日）", "公文"
    ),
}


OVERDUE, SOON = "逾期", "临期"


def limit_words(record: Any, today: dt.date | None = None) -> str:
    """A 收文 承办中's 办理时限 in words, as its list shows them: 逾期 N 个工作日, 今日到期,
    剩 N 个工作日 (in working days, as the 办理时限 and its 临期 light count them,
    core.due_soon); "" for one not being handled or without a 时限."""
    if record.state != HANDLING or not record.due_on:
        return ""
    today = today or clock.today()
    days = due_soon.days_left(record.due_on, today, due_soon.INCOMING)
    if record.due_on < today:
        return text("逾期 %1 个工作日", -days)
    return "今日到期" if record.due_on == today else text("剩 %1 个工作日", days)


def reminder_words(due: dt.date, today: dt.date) -> str:
    """How the 催办单 tells a 办理时限: 已逾期N个工作日, 今日到期, 尚余N个工作日 — counted
    as the list and the 工作台 count them (core.due_soon, in working days)."""
    days = due_soon.days_left(due, today, due_soon.INCOMING)
    if due < today:
        return text("已逾期%1个工作日", -days)
    return "今日到期" if due == today else text("尚余%1个工作日", days)


def limit_light(record: Any, today: dt.date | None = None) -> str:
    """逾期 or 临期 (within the office's 临期提醒 days, counted in working days as the 办理时限
    is) for an open 收文 with a 办理时限; "" else."""
    if record.state not in OPEN_STATES or not record.due_on:
        return ""
    today = today or clock.today()
    if record.due_on < today:
        return OVERDUE
    return SOON if due_soon.soon(record.due_on, today, due_soon.INCOMING) else ""


def default_limit_days(urgency: str | None) -> int:
    """The default 办理时限 of a 收文 by its 紧急程度."""
    setting = URGENT_LIMITS.get(urgency or "", DEFAULT_LIMIT)
    return max(1, int(settings.get(setting.key)))


CIRCULATION_DAYS = settings.declare(
    "documents.circulation_days", int, 2, "传阅每人持有时限（工作日）", "公文", minimum=1, maximum=365
)

# 承办's time limit: typed in the step, bounded like every declared number
LIMIT_DAYS = FieldSpec("limit_days", "办理时限（工作日）", kind=INT, minimum=1, maximum=365)


def recompute(year: int, actor: Any) -> int:
    """Open 收文 whose 办理时限 runs through `year`: set again, audited, by the rule every
    registry's counted limits follow (counted_deadlines.moves: still running, and to no day
    before today). Returns how many moved that `actor` may see."""
    today = clock.today()
    changed = 0
    since = dt.date(year - 1, 1, 1)
    with guarded("重算期限"), write_transaction():
        query = IncomingDoc.select().where(
            IncomingDoc.state.in_(OPEN_STATES)
            & IncomingDoc.due_on.is_null(False)
            & IncomingDoc.limit_days.is_null(False)
            & (IncomingDoc.due_on >= since)
        )
        for record in list(query):
            assigned = _last_step(INCOMING.name, record.id, "承办")
            if assigned is None:
                continue
            since = assigned.at.date()
            due = workdays.add_working_days(since, int(record.limit_days or 0))
            if not counted_deadlines.moves(year, today, since, record.due_on, due):
                continue
            records.save_changes(
                INCOMING,
                record,
                {"due_on": due},
                record.version,
                actor,
                action="step",
                summary=trail_text("%1年节假日安排变更，按新的节假日重算办理时限", year),
            )
            changed += counted_deadlines.seen(INCOMING, record, actor)
    return changed


workdays.register_recomputer(recompute)


def _after_receipt(record: Any) -> list[Any]:
    """The steps a 收文 has done after it was received (its 收文日期 may not come after them):
    not its own date nor its 签收 row, the record's creation, dated no later than that date."""
    from officedesk.core.documents.common import steps_done

    return [(step, day) for step, day in steps_done(INCOMING.name, record, "")
            if step not in ("收文", "签收")]


# the 收文日期 starts the document's clock (the 效能 figures' spans, the year it counts in)
INCOMING.correction_checks.append(corrections.clock_start("received_on", "收文日期", _after_receipt))
