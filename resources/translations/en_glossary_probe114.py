"""English for probe114's strings (会议: a clerk's day, keyboard first)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # 取消会议 of a notified meeting (core.meetings.steps_spec._cancel)
    "会议通知已经发出，收到通知的单位和人员仍会按时到会：请印发取消通知（打印会议通知，即印为取消通知），送达他们。": (
        "The meeting notice has gone out: those who received it will still come. Send them the "
        "cancellation notice (print the meeting notice: it prints as the cancellation notice)."
    ),
    # the conflict check's kinds and messages (core.meetings.conflicts), in the form and refusals
    "会议室已被占用": "Room already booked",
    "会议室容量不足": "Room too small",
    "人员时间冲突": "Someone due elsewhere",
    "主持": "Chair",
    "%1只能坐 %2 人，本次会议有 %3 人。": "%1 seats %2; this meeting has %3 people.",
    "%1在 %2 已安排“%3”，请换一个会议室或改时间。": "%1 is booked for “%3” at %2: choose another room or time.",
    "%1在本次会议时段（%2）已被占用，请换一个会议室或改时间。": (
        "%1 is booked during this meeting's time (%2): choose another room or time."
    ),
    "%1在 %2 要%3“%4”，地点：%5。": "%1 is due at “%4” (%3) at %2, place: %5.",
    "%1在 %2 要%3“%4”。": "%1 is due at “%4” (%3) at %2.",
    "%1在本次会议时段（%2）另有安排。": "%1 is engaged elsewhere during this meeting's time (%2).",
    # 座次 in the window: the observers' back row (ui.meetings.seating)
    "第%1排（旁听席）": "Row %1 (observers)",
    # the meeting's trail when the 督查 item made from its decision is voided (decision_supervision)
    "会议“%1”第 %2 项议定事项转成的督查事项 %3 已作废，可重新转督查": (
        "Meeting “%1”: supervision item %3, made from decision %2, was voided; the decision may be sent again"
    ),
    # a decision sent to 督查 cannot be deleted: the way back (core save_minutes, the 纪要 window)
    "议定事项“%1”已转督查，不能删除。如属误转，请在“督查”中作废其督查事项，此项即可删除或重新转督查；如需调整，请在督查事项中办理。": (
        "Decision “%1” was sent to supervision and cannot be deleted. If it was sent by mistake, void its "
        "item under Supervision: the decision may then be deleted or sent again. To change it, do so in "
        "the supervision item."
    ),
    "这项议定事项已转督查，不能删除。如属误转，请在“督查”中作废其督查事项，此项即可删除或重新转督查；如需调整，请在督查事项中办理。": (
        "This decision was sent to supervision and cannot be deleted. If it was sent by mistake, void its "
        "item under Supervision: the decision may then be deleted or sent again. To change it, do so in "
        "the supervision item."
    ),
    # a conflict's line in the meeting form: its mark, kind and message (ui.meetings.dialog)
    "%1%2：%3": "%1 %2: %3",
}
