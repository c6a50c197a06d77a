"""The state of a petition that a sheet brings (import, `add`): an office's 台账 exported and
imported again, into an empty office or the one it came from, gives the same petition in the
same state, with the dates its steps left; or the row is refused naming its column and what
to do.

With a 状态, the row carries the facts of that state, as its steps leave them: 处理方式 (and its
去向单位, 回报期限, 不予受理理由), 处理日期, 告知日期, 回报日期, 延期, 答复意见 and 答复日期, the
复查/复核 and 办结日期; the deadlines are computed from them as the steps compute them. A fact
of a later state, or one the 处理方式 never has, is refused. 已作废 is made and then voided
(state_facts.create_voided). Without a 状态 (a sheet kept by hand, as before) the state follows
from 办结日期, 答复意见 and 处理方式.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, state_facts
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.i18n import text
from officedesk.core.petitions import approvers, deadlines, paths, report_limit, review_rules
from officedesk.core.petitions import spec as S

# what each state's 处理方式 may be (the steps lead there only from these)
HANDLINGS_OF: dict[str, tuple[str, ...]] = {
    S.TO_NOTIFY: ("转送", "交办", "不予受理"),
    S.HANDLING: ("直接答复", "交办"),
    S.TRANSFERRED: ("转送",),
    S.REPLIED: ("直接答复", "交办"),
    S.IN_REVIEW: ("直接答复", "交办"),
    S.IN_RECHECK: ("直接答复", "交办"),
    S.CLOSED: S.HANDLINGS,
}
REPLIED_STATES = (S.REPLIED, S.IN_REVIEW, S.IN_RECHECK)
# the procedure's dates in its order: none before the one above it
ORDER = (
    ("registered_on", "登记日期"),
    ("decided_on", "处理日期"),
    ("notified_on", "告知日期"),
    ("replied_on", "答复日期"),
    ("first_review_requested_on", "复查申请日期"),
    ("first_review_answered_on", "复查答复日期"),
    ("review_requested_on", "复查复核申请日期"),
    ("review_answered_on", "复查复核答复日期"),
    ("closed_on", "办结日期"),
)
REVIEW_FACTS = ("review_kind", "review_requested_on", "review_answered_on", "review_opinion")
# the 复查 a 复核 request keeps (review_steps.request_review): only beside a 复核, and whole
FIRST_REVIEW_FACTS = ("first_review_requested_on", "first_review_answered_on", "first_review_opinion")
EXTENSION_FACTS = ("extension_approver", "extension_reason")


def _label(name: str) -> str:
    from officedesk.core.petitions import SPEC

    return str(SPEC.field(name).label)


def _given(p: Any, name: str) -> bool:
    value = getattr(p, name, None)
    return value not in (None, "", False)


def _refuse_given(p: Any, names: tuple[str, ...], why: str) -> None:
    for name in names:
        if _given(p, name):
            raise ValidationError(text("%1，却填了“%2”。请填写相应的状态，或不填“%2"
                                       "”。",
                                       why, _label(name)),
                                  name)


def state_values(p: Any, state: str | None) -> dict[str, Any]:
    """The values that put the imported petition `p` (its row's values, after registration) in
    its state: the state and what its steps would have set (受理日期, the deadlines). {} keeps it
    待处理. Refusals name the column."""
    if not state:
        return _inferred(p)
    if state not in S.STATES:
        raise ValidationError(text("“状态”只能是：%1（现在是“%2”）。",
                                   '、'.join(S.STATES), state), "state")
    if state == S.PENDING:
        _refuse_given(p, ("handling", "decided_on", "accepted_on", "target_unit", "report_due", "reject_reason",
                          "notified_on", "reported_on", "replied_on", "reply_opinion", "closed_on",
                          *REVIEW_FACTS, *FIRST_REVIEW_FACTS, *EXTENSION_FACTS, "satisfaction", "served_on"),
                      f"状态为“{S.PENDING}”（尚未处理）")
        return {}
    handling = p.handling or ""
    allowed = HANDLINGS_OF[state]
    if handling and handling not in allowed:
        raise ValidationError(
            text("状态为“%1”的信访，处理方式只能是%2（现为“%3”）：请改正状态或处理"
                 "方式。",
                 state, '、'.join(allowed), handling), "handling")
    values: dict[str, Any] = {"state": state, "decided_on": p.decided_on or p.registered_on}
    _check_handling(p, state, handling)
    _check_told(p, state, handling, values)
    _check_reply(p, state, handling)
    _check_review(p, state)
    _check_served(p)
    _check_extension(p, state, handling, values)
    if state != S.CLOSED:
        _refuse_given(p, ("closed_on", "satisfaction"), f"状态为“{state}”（尚未办结）")
    _require(state, p, values)
    _check_order(p, values)
    _dues(p, handling, values)
    return values


def _check_handling(p: Any, state: str, handling: str) -> None:
    if handling in ("转送", "交办") and not (p.target_unit or "").strip():
        raise ValidationError(text("处理方式为%1，请填写“去向单位”。", handling), "target_unit")
    if handling not in ("转送", "交办"):
        _refuse_given(p, ("target_unit",), f"处理方式为“{handling}”")
    if handling != "交办":
        _refuse_given(p, ("report_due",), f"处理方式为“{handling}”（只有交办有回报期限）")
    if handling != "不予受理":
        _refuse_given(p, ("reject_reason",), f"处理方式为“{handling}”")
    if handling not in ("转送", "交办"):
        _refuse_given(p, ("reported_on",), f"处理方式为“{handling}”（只有转送、交办有回报）")
    try:  # 检举控告 (art. 32): as the 处理 step, to the 纪检监察机关 only
        paths.check_accusation(p, handling, p.target_unit or "")
    except ProcedureError as exc:
        raise ValidationError(exc.message, "target_unit" if handling == "转送" else "handling") from None


def _check_told(p: Any, state: str, handling: str, values: dict[str, Any]) -> None:
    """告知 (of a 转送, 交办 or 不予受理): after it, the petitioner was told on 告知日期. A
    直接答复's 告知 (《信访工作条例》第二十三条) runs beside its 办理: kept when the 台账 has it
    (an older one has not: its 15 日 then met by a written 答复, or open)."""
    if handling == "直接答复":
        return
    if state == S.TO_NOTIFY:
        _refuse_given(p, ("notified_on",), f"状态为“{state}”（尚未告知）")
        return
    if handling == "不予受理" and state == S.CLOSED and not p.notified_on:
        values["notified_on"] = p.closed_on  # 不予受理告知 closes it on that day
        return
    # the petitioner told of a 交办 starts its 60 days, of a 转送 the receiving unit's 15: a
    # later state keeps the day if the 台账 has it
    if state in (S.HANDLING, S.TRANSFERRED) and not p.notified_on:
        raise ValidationError(
            text("状态为“%1”、处理方式为“%2”的信访已告知信访人：请填写“告知日期”。",
                 state, handling),
            "notified_on")


def _check_reply(p: Any, state: str, handling: str) -> None:
    """答复: a petition this office handles (直接答复, 交办) is answered before it is closed."""
    needed = state in REPLIED_STATES or (state == S.CLOSED and handling in ("直接答复", "交办"))
    if needed:
        for name in ("reply_opinion", "replied_on"):
            if not _given(p, name):
                raise ValidationError(text("状态为“%1”、处理方式为“%2”的信访已答复："
                                           "请填写“%3”。",
                                           state, handling, _label(name)), name)
        return
    why = (f"状态为“{state}”（尚未答复）" if state in (S.TO_NOTIFY, S.HANDLING)
           else f"处理方式为“{handling}”（不由本机关答复）")
    _refuse_given(p, ("reply_opinion", "replied_on"), why)


def _check_review(p: Any, state: str) -> None:
    """复查 / 复核: the latest one asked, and its answer once given (a 复核 answer closes)."""
    kind = p.review_kind or ""
    _check_first_review(p, kind)
    if not kind:
        _refuse_given(p, REVIEW_FACTS, "没有填写“复查复核”")
        if state in (S.IN_REVIEW, S.IN_RECHECK):
            raise ValidationError(text("状态为“%1”，请填写“复查复核”及其申请日期。", state), "review_kind")
        return
    if kind not in S.REVIEW_KINDS:
        raise ValidationError(text("“复查复核”只能是复查或复核（现在是“%1”）。", kind), "review_kind")
    pending = {S.IN_REVIEW: "复查", S.IN_RECHECK: "复核"}.get(state)
    if state not in (S.IN_REVIEW, S.IN_RECHECK, S.REPLIED, S.CLOSED):
        _refuse_given(p, ("review_kind",), f"状态为“{state}”（尚未答复，不能申请复查复核）")
    if pending is not None and kind != pending:
        raise ValidationError(text("状态为“%1”，“复查复核”应为%2（现在是“%3”）。",
                                   state, pending, kind),
                              "review_kind")
    if not p.review_requested_on:
        raise ValidationError(text("请填写%1的申请日期（“复查复核申请日期”）。", kind), "review_requested_on")
    answered = bool(p.review_answered_on) or bool((p.review_opinion or "").strip())
    if pending is not None:
        _refuse_given(p, ("review_answered_on", "review_opinion"), f"状态为“{state}”（{kind}尚未答复）")
        _check_review_request(p, kind)
        return
    if state == S.REPLIED and kind == "复核":
        raise ValidationError("复核意见一经作出即办结：复核过的信访状态应为“已办结”，"
                              "复核尚未答复的应为“复核中”。", "state")
    _check_review_request(p, kind)
    if not answered or not p.review_answered_on or not (p.review_opinion or "").strip():
        name = "review_answered_on" if not p.review_answered_on else "review_opinion"
        raise ValidationError(text("状态为“%1”，%2已经答复：请填写“%3”。",
                                   state, kind, _label(name)), name)


def _check_review_request(p: Any, kind: str) -> None:
    """A 复查 or 复核 request as the request step takes it (第三十五条): a 复核 follows a 复查
    answered, and either is asked within 30 日 of the answer it is asked of. A past register
    (--history) keeps what was accepted then."""
    if state_facts.is_history():
        return
    if kind == "复核" and not _given(p, "first_review_answered_on"):
        raise ValidationError(
            text("复核须在复查答复之后申请（《信访工作条例》第三十五条）：请填写此前复查的申请日期、"
                 "答复日期和复查意见；往年台账中的，请按往年台账导入（命令行：--history）。"),
            "first_review_requested_on")
    answered = p.replied_on if kind == "复查" else p.first_review_answered_on
    if answered is None:
        return
    # its 送达 when the row's is of this answer
    served_of = review_rules.served_answer(p)
    of_this = served_of is not None and served_of[0] == ("答复意见" if kind == "复查" else "复查意见")
    served = p.served_on if of_this else None
    limit = review_rules.limit_after(served or answered)
    if p.review_requested_on > limit:
        raise ValidationError(
            text("%1申请日期（%2）已超过申请期限（%3：自 %4 答复之日起 30 日内，《信访工作条例》第三十五"
                 "条）：这样的申请不予受理，不能作为%1登记。请核对日期；往年台账中的，请按往年台账导入"
                 "（命令行：--history）。",
                 kind, p.review_requested_on.isoformat(), limit.isoformat(), answered.isoformat())
            if served is None else
            text("%1申请日期（%2）已超过申请期限（%3：自 %4 收到答复之日起 30 日内，《信访工作条例》第三十五"
                 "条）：这样的申请不予受理，不能作为%1登记。请核对日期；往年台账中的，请按往年台账导入"
                 "（命令行：--history）。",
                 kind, p.review_requested_on.isoformat(), limit.isoformat(), served.isoformat()),
            "review_requested_on")


def _check_served(p: Any) -> None:
    """答复送达日期: of a written answer a review may be asked of, not before it, not after today."""
    if not p.served_on:
        return
    served_of = review_rules.served_answer(p)
    if served_of is None:
        raise ValidationError(text("填了“答复送达日期”，但这件信访没有可申请复查、复核的书面答复（未答复、"
                                   "转送、不予受理，或已复核终结）：请改正或不填。"), "served_on")
    if p.served_on < served_of[1]:
        raise ValidationError(text("“答复送达日期”（%1）不能早于所送达答复的答复日期（%2）。",
                                   p.served_on.isoformat(), served_of[1].isoformat()), "served_on")
    if p.served_on > clock.today() and not state_facts.is_history():
        raise ValidationError(text("“答复送达日期”（%1）不能晚于今天。", p.served_on.isoformat()), "served_on")


def _check_first_review(p: Any, kind: str) -> None:
    """The 复查 kept beside a 复核 (its dates and opinion, all three: the 复查意见书 is reprinted
    from them); none beside a 复查 or without a review."""
    if not any(_given(p, name) for name in FIRST_REVIEW_FACTS):
        return
    if kind != "复核":
        _refuse_given(p, FIRST_REVIEW_FACTS, "“复查复核”不是复核（此前复查的日期和意见只在申请复核后保留）")
    for name in FIRST_REVIEW_FACTS:
        if not _given(p, name):
            raise ValidationError(text("此前复查的申请日期、答复日期和复查意见应一并填写：请"
                                       "填写“%1”。",
                                       _label(name)), name)


def _check_extension(p: Any, state: str, handling: str, values: dict[str, Any]) -> None:
    """延期 (once, approved, with its reason): only of a petition this office handles."""
    if not any(_given(p, name) for name in EXTENSION_FACTS):
        return
    if handling not in ("直接答复", "交办") or state == S.TO_NOTIFY:
        _refuse_given(p, EXTENSION_FACTS, f"状态为“{state}”、处理方式为“{handling}”（不在办理期限内）")
    for name in EXTENSION_FACTS:
        if not _given(p, name):
            raise ValidationError(text("延期须经批准并写明理由：请填写“%1”。", _label(name)), name)
    # approved by a 负责人, as the 延期 step's is (第三十四条); a past register keeps those of its
    # time, whom the office may list no longer
    if not state_facts.is_history():
        try:
            values["extension_approver"] = approvers.approver(str(p.extension_approver), p)
        except ProcedureError as exc:
            raise ValidationError(exc.message, "extension_approver") from exc
    values["extended"] = True


def _require(state: str, p: Any, values: dict[str, Any]) -> None:
    facts = {name: values[name] if name in values else getattr(p, name, None)
             for name in state_facts.FACTS["petitions"].get(state, ())}
    if "accepted_on" in facts:
        facts["accepted_on"] = _accepted(p, values)
    state_facts.require("petitions", state, facts, "信访件")


def _accepted(p: Any, values: dict[str, Any]) -> dt.date | None:
    """受理: 直接答复 on its 处理日期, 交办 when the petitioner was told."""
    if p.handling == "直接答复":
        return values.get("decided_on")  # type: ignore[no-any-return]
    if p.handling == "交办":
        return values.get("notified_on") or p.notified_on  # type: ignore[no-any-return]
    return None


def _check_order(p: Any, values: dict[str, Any]) -> None:
    today = clock.today()
    before: tuple[str, dt.date] | None = None
    for name, label in ORDER:
        day = values.get(name) or getattr(p, name, None)
        if day is None:
            continue
        if day > today:
            raise ValidationError(text("“%1”（%2）不能晚于今天。", label, day.isoformat()), name)
        if before is not None and day < before[1]:
            raise ValidationError(
                text("“%1”（%2）不能早于“%3”（%4）。",
                     label, day.isoformat(), before[0], before[1].isoformat()), name)
        before = (label, day)
    decided = values["decided_on"]
    if p.report_due and p.report_due <= decided:
        raise ValidationError("“回报期限”应晚于处理日期。", "report_due")
    if p.reported_on and p.reported_on < decided:
        raise ValidationError("“回报日期”不能早于处理日期。", "reported_on")


def _dues(p: Any, handling: str, values: dict[str, Any]) -> None:
    """受理日期 and the deadlines, as the steps set them from the imported dates."""
    decided = values["decided_on"]
    accepted = _accepted(p, values) if values["state"] != S.TO_NOTIFY else None
    if accepted is None:
        _refuse_given(p, ("accepted_on",), f"状态为“{values['state']}”、处理方式为“{handling}”"
                      "（本机关没有受理办理）")
    elif p.accepted_on and p.accepted_on != accepted:
        when = "处理日期（直接答复当即受理）" if handling == "直接答复" else "告知日期（自告知之日起受理）"
        raise ValidationError(
            text("“受理日期”（%1）应与%2相同（%3）：请改正其中之一。",
                 p.accepted_on.isoformat(), when, accepted.isoformat()), "accepted_on")
    if accepted is not None:
        values["accepted_on"] = accepted
        values["handle_due"] = deadlines.handle_due(accepted, bool(values.get("extended")))
    if handling == "交办" and p.report_due:  # within the 办理期限, as the 处理 step takes it
        report_limit.check(p.report_due, decided, accepted, bool(values.get("extended")))
    if handling == "转送":
        values["accept_due"] = S.due_after(decided, S.LIMIT_ACCEPT)
    if p.review_requested_on:
        values["review_due"] = S.due_after(p.review_requested_on, S.LIMIT_REVIEW)


def _inferred(p: Any) -> dict[str, Any]:
    """A row without 状态 (a sheet kept by hand): the state from its 办结日期, 答复意见 and
    处理方式, as such sheets always read; a 处理日期 it lacks is its 登记日期, and what the steps
    set follows from the dates, as with a 状态 (its export then reads the same)."""
    _refuse_given(p, FIRST_REVIEW_FACTS, "没有填写“状态”（此前复查只随复核中或已办结的信访导入）")
    if p.review_kind in S.REVIEW_KINDS and p.review_requested_on:  # as with a 状态 (第三十五条)
        _check_review_request(p, p.review_kind)
    _check_served(p)
    if p.closed_on:
        values: dict[str, Any] = {
            "state": S.CLOSED, "replied_on": p.replied_on or (p.closed_on if p.reply_opinion else None)}
    elif p.reply_opinion:
        values = {"state": S.REPLIED, "replied_on": p.replied_on or p.registered_on}
    elif p.handling == "直接答复":
        values = {"state": S.HANDLING}
    elif p.handling:
        values = {"state": S.TO_NOTIFY}
    else:
        return {}
    if p.handling:
        values["decided_on"] = p.decided_on or p.registered_on
        _dues(p, p.handling, values)
    return values
