"""答复投诉人: once a complaint is 办结 (处理), the complainant is told how it was handled — the
step records the day he was told (its history row's date) and how (电话, 书面, 当面 …), once. It
is done by whom may see the complainant (complainant.sees_complainant: the section that handles
complaints, a leader, the administrator) and not by whom it is about (回避); a complaint left by
nobody who can be reached (匿名, no 联系电话) is not answered. The state stays 已办结: the 效能
figures count a complaint done by its 处理, and the reply is a fact of its own."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import i18n, settings, step_dates
from officedesk.core.actor import Actor
from officedesk.core.efficiency import complainant, recusal
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.store.efficiency import ComplaintStep

STEP = "答复"
WAYS = ("电话", "书面", "当面", "短信", "网上", "其他")
TOLD = "已告知投诉人处理结果"


def replied_on(record: Any) -> dt.date | None:
    """The day the complainant was told (the 答复 row's), None while he was not."""
    row = (ComplaintStep.select(ComplaintStep.on)
           .where((ComplaintStep.complaint == record.id) & (ComplaintStep.kind == STEP))
           .order_by(ComplaintStep.id).first())
    return row.on if row is not None else None


def nobody_to_tell(record: Any) -> bool:
    """A complaint from nobody who can be reached: no name to tell (匿名, 不详 …) and no phone."""
    name = str(getattr(record, "complainant", "") or "").strip()
    phone = str(getattr(record, "phone", "") or "").strip()
    return not phone and (not name or "匿名" in name or name in complainant.NOT_A_NAME)


def not_now(record: Any) -> str | None:
    """StepSpec.when: answered already, or nobody to answer."""
    day = replied_on(record)
    if day is not None:
        return i18n.text("这件效能投诉已于%1答复投诉人。", day.isoformat())
    if nobody_to_tell(record):
        return "这件效能投诉是匿名投诉，未留联系电话，无法答复投诉人。"
    return None


def refusal(actor: Actor, record: Any) -> str | None:
    """StepSpec.who: 回避, then whom the complainant is shown to (his name and phone are needed)."""
    conflicted = recusal.step_refusal(actor, record)
    if conflicted:
        return conflicted
    if complainant.sees_complainant(actor):
        return None
    section = str(settings.get(complainant.HANDLING_SECTION.key) or "").strip()
    if section:
        return i18n.text("答复投诉人要用到投诉人的姓名和联系电话，您的账号看不到。请由%1的工作人员、"
                         "领导或管理员答复。", section)
    return "答复投诉人要用到投诉人的姓名和联系电话，您的账号看不到。请由领导或管理员答复。"


def reply(record_id: int, version: int, actor: Actor, way: str, text: str = "", *,
          on: Any = None, person: str = "") -> Any:
    """答复: the complainant told the result of his complaint, on `on` (default today)."""
    from officedesk.core.efficiency import complaints as C

    if way not in WAYS:
        raise ValidationError(i18n.text("答复方式只能是：%1。", "、".join(WAYS)), "way")
    day = C.step_day(on, "答复日期")

    def check(record: Any) -> None:
        refused = refusal(actor, record) or not_now(record)
        if refused:
            raise ProcedureError(refused)
        step_dates.not_before(STEP, day, [("处理", record.closed_on)])

    words = f"{way}答复：{(text or '').strip() or TOLD}"
    return C.run_step(record_id, version, actor, STEP, day, person, words, {}, check=check)
