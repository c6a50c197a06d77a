"""复查 and 复核 (《信访工作条例》第三十五、三十六条): which review a petitioner may still ask
for, by when, and why a request is not accepted — read by the request step (procedure) and by
`steps` before it is offered."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core.i18n import text
from officedesk.core.petitions import spec as S
from officedesk.core.petitions.deadlines import shown

# handlings whose answer is this office's (or the 交办 unit's) 答复意见, which art. 35 lets the
# petitioner have reviewed; a 转送 is answered by the receiving unit, a 不予受理 is no answer
REVIEWABLE = ("直接答复", "交办")


def review_next(record: Any) -> str:
    """The review the petitioner may still ask for: 复查 of the 答复意见, 复核 of the 复查意见,
    or "" (复核 is final, art. 36)."""
    if not record.review_kind:
        return "复查"
    if record.review_kind == "复查" and record.review_answered_on:
        return "复核"
    return ""


def review_limit(record: Any, kind: str) -> dt.date:
    """The last day of a 复查 (复核) request: 30 日 from the day the petitioner received the
    answer it is asked of (art. 35, 36: 自收到书面答复之日起) — its 送达 entered (served_on), else
    the day the answer was given."""
    answered = record.replied_on if kind == "复查" else record.review_answered_on
    return limit_after(record.served_on or answered or record.registered_on)


def served_answer(record: Any) -> tuple[str, dt.date] | None:
    """The written answer a 送达 entered (served_on) is of, as (what it is, the day it was
    given): the 答复意见 until a 复查 is answered, then the 复查意见 (a 复核 asked keeps it); None
    when there is none a review may be asked of (not answered, a 转送 or 不予受理, 复核 final)."""
    kind = record.review_kind or ""
    if kind == "复查" and record.review_answered_on:
        return "复查意见", record.review_answered_on
    if kind == "复核":
        first = record.first_review_answered_on
        return None if record.review_answered_on or not first else ("复查意见", first)
    if record.replied_on and record.handling in REVIEWABLE:
        return "答复意见", record.replied_on
    return None


def awaiting_service(record: Any) -> tuple[str, dt.date] | None:
    """The written answer whose 送达 may be entered now — a 复查 or 复核 may still be asked of it:
    served_answer, while no review is pending."""
    if record.review_kind and not record.review_answered_on:
        return None
    return served_answer(record)


def service_refusal(record: Any, day: dt.date) -> str | None:
    """Why the 送达 of the record's answer on `day` is not entered, or None."""
    answer = awaiting_service(record)
    if answer is None:
        if record.review_kind == "复核" and record.review_answered_on:
            return text("复核意见是终结意见，此后不再受理复查、复核申请，无须登记送达。")
        return text("这件信访没有可申请复查、复核的书面答复（尚未答复、转送、不予受理，或复查复核正在办理），"
                    "无须登记送达。")
    what, given = answer
    if day < given:
        return text("送达日期（%1）不能早于%2的答复日期（%3）。", day.isoformat(), what, given.isoformat())
    return None


def limit_after(answered: dt.date) -> dt.date:
    """The last day to ask a 复查 (复核) of an answer given on `answered` (art. 35): the request
    step's and an imported row's."""
    return S.due_after(answered, S.LIMIT_REVIEW)


def review_refusal(record: Any, kind: str, day: dt.date) -> str | None:
    """Why a 复查 / 复核 request made on `day` is not accepted, or None: the one rule for an
    answered petition (已答复) and for one 办结 after its answer, which a timely request reopens."""
    if kind == "复查" and record.review_kind:
        if record.review_kind == "复核":
            return "这件信访已经复核终结，依据《信访工作条例》第三十六条，不再受理复查、复核申请。"
        return "这件信访已经复查过，不服的只能申请复核。"
    if kind == "复核" and review_next(record) != "复核":
        if record.review_kind == "复核":
            return "这件信访已经复核终结，依据《信访工作条例》第三十六条，不再受理复查、复核申请。"
        return "须先经复查并答复，才能申请复核。"
    if record.state == S.CLOSED and (record.handling not in REVIEWABLE or not record.replied_on):
        if record.handling == "转送":
            return (f"这件信访已转送{record.target_unit or '有权处理的单位'}，由其办理答复；"
                    f"信访人不服其答复的，向该单位的上一级机关申请{kind}，本机关不登记。")
        return f"这件信访是“{record.handling or '未经答复'}”后办结的，没有答复意见，不能申请{kind}。"
    limit = review_limit(record, kind)
    if day > limit:
        if record.served_on is None:  # counted from the answer's own day
            return text("%1申请应在 %2 前提出（自答复之日起计），已超过期限，不予受理。信访人收到书面答复"
                        "晚于答复日期的，请先登记“答复送达”，写明其收到之日（以送达回证为准）。",
                        kind, shown(limit))
        return f"{kind}申请应在 {shown(limit)} 前提出，已超过期限，不予受理。"
    return None
