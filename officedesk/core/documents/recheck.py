"""复核 of a signed 发文 before it is numbered (《党政机关公文处理工作条例》第二十五条（一）): the
office checks the 审批手续, 内容, 文种 and 格式; a substantive change found then goes back to the
original signer for 复审 (退回复审), who signs again before the document is checked once more.

The signer's name stays on the record while it waits for his 复审 (复审中; as on the paper, where
his signature stands beside the 复核 note): it names whose 签发 is awaited, and 签发 then refuses
anybody else but his 代理. A 退回修改 from there clears it: the revised draft is signed anew.

The 复核人: 第二十五条 puts the 复核 on the office (the 办公厅（室）) and names no one who must do
it — not a 负责人, whose part is the 签发 before it — so a 复核人 left blank is the one doing the
step (the clerk, or the person a 代录 names), as the form's 复核 field says (留空即为办理人本人)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import i18n, records
from officedesk.core.actor import Actor
from officedesk.core.documents.common import run_step
from officedesk.core.documents.outgoing_spec import FLOW, OUTGOING, REREVIEW, REVIEWED
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.positions import find_person, principals_of
from officedesk.store.documents import OutgoingDoc

RECHECK = "复核"
TO_SIGNER = "退回复审"
CHECKED_ITEMS = "审批手续、内容、文种、格式"
DEFAULT_OPINION = f"经复核，{CHECKED_ITEMS}无误"


def recheck(
    record_id: int, version: int, actor: Actor, checker: str = "", opinion: str = "",
    day: dt.date | None = None,
) -> OutgoingDoc:
    """复核: the signed draft checked before it takes its 发文字号 (`day`: the day written on
    the paper, default today)."""
    checker = checker.strip() or actor.label
    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        RECHECK,
        FLOW,
        {"rechecker": checker},
        REVIEWED,
        person=checker,
        opinion=opinion.strip() or DEFAULT_OPINION,
        day=day,
        day_field=("on", "复核日期"),
    )


def return_to_signer(
    record_id: int, version: int, actor: Actor, reason: str, day: dt.date | None = None
) -> OutgoingDoc:
    """退回复审: a substantive change is needed; the original signer looks at it again."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("退回复审必须写明需作实质性修改的内容和理由。", "reason")
    signer = records.get(OUTGOING, record_id, actor).signer
    to = f"原签批人{signer}" if signer else "原签批人"
    return run_step(
        OUTGOING,
        record_id,
        version,
        actor,
        TO_SIGNER,
        FLOW,
        {},
        REREVIEW,
        opinion=f"报{to}复审：{reason}",
        day=day,
        day_field=("on", "退回复审日期"),
    )


def rereview_signer(record: Any) -> str:
    """The original signer whose 复审 the record waits for (in 复审中), or ""."""
    return str(record.signer or "") if record.state == REREVIEW else ""


def _same_person(a: str, b: str) -> bool:
    if a == b:
        return True
    first, second = find_person(a), find_person(b)
    return first is not None and second is not None and first.username == second.username


def may_sign_again(signer: str, original: str, day: dt.date | None = None) -> bool:
    """The original signer himself, or whoever stands in for him on the day of signing (代理)."""
    if _same_person(signer, original):
        return True
    person = find_person(signer)
    if person is None:
        return False
    return any(_same_person(p.label, original) or p.username == original
               for p in principals_of(person.username, day))


def check_signer(record: Any, signer: str, day: dt.date | None = None) -> None:
    """签发 after a 退回复审 is the original signer's (条例：报原签批人复审); `day`: the day
    of signing."""
    original = rereview_signer(record)
    if original and not may_sign_again(signer, original, day):
        raise ProcedureError(
            i18n.text("这份发文复核时发现需作实质性修改，已退回原签批人%1复审，应由%1重新"
                      "签发（您填写的签发人是%2）。%1暂不在岗的，请管理员设置代理，由代理"
                      "人签发；不能由其复审的，请“退回修改”，改稿后重新核稿、签发。",
                      original, signer)
        )
