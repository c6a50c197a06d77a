"""复查 and 复核 of a petition's answer (《信访工作条例》第三十五、三十六条): the 送达 of the answer
(the day the petitioner received it, from which the request's 30 日 run), the request, judged by
review_rules, and its answer; a 复核 answer is final and closes the petition."""

from __future__ import annotations

from typing import Any

from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.petitions import spec as S

# the step writer every step of the procedure goes through (history, audit, 代录, dates)
from officedesk.core.petitions.procedure import _date, _required, _step, states_for
from officedesk.core.petitions.review_rules import awaiting_service, review_refusal, service_refusal
from officedesk.store.petitions import Petition


def record_service(
    petition_id: int,
    expected_version: int,
    actor: Actor,
    *,
    on: Any = None,
    person: str = "",
    content: str = "",
) -> Petition:
    """答复送达: the day the petitioner received the written answer a review may be asked of
    (the 答复意见书, or the 复查意见书 once given), as the 送达回证 or the post's receipt shows it;
    a 复查 or 复核 request's 30 日 run from it (第三十五、三十六条). Entered again, the later entry
    stands (the 办理过程 keeps both). Its day may come after a 办结."""
    day = _date(on, "送达日期")

    def values(record: Petition) -> dict[str, Any]:
        reason = service_refusal(record, day)
        if reason:  # no answer to serve, or a day before it was given
            raise ProcedureError(reason) if awaiting_service(record) is None else ValidationError(reason, "on")
        return {"served_on": day}

    record = Petition.get_or_none(Petition.id == petition_id)
    answer = awaiting_service(record) if record is not None else None
    text = content.strip() or f"{answer[0] if answer else '答复意见'}书于 {day.isoformat()} 送达信访人"
    return _step(
        petition_id, expected_version, actor, "答复送达", states_for("答复送达"), day, person,
        text, values, in_order=False,
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
        reason = review_refusal(record, kind, day)
        if reason:
            raise ProcedureError(reason)
        # a 办结 after the answer is superseded by a timely request (the history keeps it)
        reopened: dict[str, Any] = {"closed_on": None} if record.state == S.CLOSED else {}
        if kind == "复核":  # the 复查 answered: kept, its 复查意见书 is reprinted from it
            reopened |= {
                "first_review_requested_on": record.review_requested_on,
                "first_review_answered_on": record.review_answered_on,
                "first_review_opinion": record.review_opinion,
            }
        return reopened | {
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
        petition_id, expected_version, actor, f"{kind}申请", states_for(f"{kind}申请"), day, person,
        text, values,
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
        result: dict[str, Any] = {
            "review_answered_on": day,
            "review_opinion": opinion,
            "served_on": None,  # the 答复意见书's: the 复查意见书 is served in its turn
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
        states_for("复查复核答复"),
        day,
        person,
        opinion,
        values,
    )
