"""A 效能投诉 added or imported in a later state (an office's 台账): the state's facts and dates
come from the row and are checked as the steps check them (core.efficiency.complaints'
register_complaint calls it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, i18n, settings, workdays
from officedesk.core.efficiency.complaints import (
    ACTIONS,
    CLOSED,
    NO_ACTION,
    REMEDY_DAYS,
    SPEC,
    STATES,
    TO_DECIDE,
    TO_VERIFY,
    VERIFY_DAYS,
    VERIFYING,
)
from officedesk.core.errors import ValidationError

# what each step sets (the state it leads to): a row in an earlier state may not bring them
STEP_FIELDS = {
    VERIFYING: ("verifier_unit", "verify_sent_on", "verify_due"),
    TO_DECIDE: ("finding", "finding_text", "verified_on"),
    CLOSED: ("action", "action_text", "closed_on"),
}
# the steps' dates in the procedure's order (登记 → 核查 → 结论 → 处理)
IMPORTED_DATES = (("verify_sent_on", "核查通知日期"), ("verified_on", "核查完成日期"),
                  ("closed_on", "办结日期"))


def state_was_given(raw: dict[str, Any]) -> bool:
    return any(str(raw.get(key) or "").strip() for key in ("状态", "state"))


def imported_steps(values: dict[str, Any], state_given: bool) -> list[tuple[str, dt.date, str]]:
    """A complaint added or imported in a later state (an office's 台账): the state's facts
    (state_facts: 核查单位, 核查结论, 处理结果 and their dates) come from the row and are checked
    as the steps check them; `values` gets the time limits the steps would set. Returns the
    steps to record in its history, with their dates. Refusals name the column."""
    from officedesk.core import state_facts

    state = values.get("state") or TO_VERIFY
    values["state"] = state
    reached = STATES[: STATES.index(state) + 1]
    for later in STATES[STATES.index(state) + 1 :]:
        for name in STEP_FIELDS.get(later, ()):
            if values.get(name) not in (None, ""):
                label = SPEC.field(name).label
                now = f"状态为“{state}”" if state_given else "没有填写状态（即“待核查”）"
                raise ValidationError(
                    i18n.text("%1，却填了“%2”，这是“%3”以后才有的内容。请填写相应的"
                              "状态，或不填“%2”。",
                              now, label, later), name)
    if state == CLOSED and values.get("finding") == "不属实" and not values.get("action"):
        values["action"] = NO_ACTION  # as the 处理 step does for a complaint found untrue
    state_facts.require("complaints", state, values, "效能投诉")
    _check_imported_dates(values)
    finding, action = values.get("finding") or "", values.get("action") or ""
    if finding == "不属实" and action and action != NO_ACTION:
        raise ValidationError(
            i18n.text("核查结论为不属实的投诉不作处理：“处理结果”应为“%1”（现为“%2”"
                      "）。",
                      NO_ACTION, action), "action")
    if finding in ("属实", "部分属实") and action == NO_ACTION:
        raise ValidationError(
            i18n.text("核查结论为%1的投诉应作出处理（%2），不能“%3”。",
                      finding, '、'.join(ACTIONS), NO_ACTION),
            "action")
    if action == "其他" and not (values.get("action_text") or "").strip():
        raise ValidationError("处理结果为“其他”时请写明处理意见。", "action_text")
    steps: list[tuple[str, dt.date, str]] = []
    if VERIFYING in reached:
        sent, unit = values["verify_sent_on"], values["verifier_unit"]
        due = values.get("verify_due") or workdays.add_working_days(
            sent, int(settings.get(VERIFY_DAYS.key)))
        if due < sent:
            raise ValidationError(
                i18n.text("“核查时限”（%1）不能早于“核查通知日期”（%2）。",
                          due.isoformat(), sent.isoformat()),
                "verify_due")
        values["verify_due"] = due
        steps.append(("核查", sent, f"请{unit}于{due.month}月{due.day}日前核查并报送核查情况"))
    if TO_DECIDE in reached:
        values["finding_text"] = str(values["finding_text"]).strip()
        steps.append(("结论", values["verified_on"], f"{finding}：{values['finding_text']}"))
    if CLOSED in reached:
        if action == "效能告诫":  # its 告诫书's period, as the 处理 step keeps it
            values["remedy_days"] = int(settings.get(REMEDY_DAYS.key))
        text = (values.get("action_text") or "").strip()
        steps.append(("处理", values["closed_on"], text or action))
    return steps


def _check_imported_dates(values: dict[str, Any]) -> None:
    """The steps' dates run forwards from the 登记日期 and none is in the future."""
    before = ("登记日期", values.get("received_on") or clock.today())
    due = values.get("due_on")
    if due is not None and due < before[1]:
        raise ValidationError(
            i18n.text("“办结时限”（%1）不能早于“登记日期”（%2）。",
                      due.isoformat(), before[1].isoformat()), "due_on")
    for name, label in IMPORTED_DATES:
        day = values.get(name)
        if day is None:
            continue
        if day > clock.today():
            raise ValidationError(i18n.text("“%1”不能是将来的日期（%2）。",
                                            label, day.isoformat()), name)
        if day < before[1]:
            raise ValidationError(
                i18n.text("“%1”（%2）不能早于“%3”（%4）：各步骤按办理顺序，日期不"
                          "早于前一步。请核对日期后再导入。",
                          label, day.isoformat(), before[0], before[1].isoformat()), name)
        before = (label, day)
